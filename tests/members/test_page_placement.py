"""Where the directory and the extranet's pages may live: the allowed parents and children of
each page type (every other page type refused), and one of each index per home page."""

import pytest
from wagtail.models import Page

from home.models import HomePage
from members.models import (
    DirectoryPage,
    ExtranetPage,
    MaterialsIndexPage,
    MinutesIndexPage,
    MinutesPage,
    ModuleMaterialsPage,
)
from tests.placement import allowed_children, allowed_parents, name, page_types

PLACEMENT = {
    DirectoryPage: ({HomePage}, set()),
    ExtranetPage: ({HomePage}, {MinutesIndexPage, MaterialsIndexPage}),
    MinutesIndexPage: ({ExtranetPage}, {MinutesPage}),
    MinutesPage: ({MinutesIndexPage}, set()),
    MaterialsIndexPage: ({ExtranetPage}, {ModuleMaterialsPage}),
    ModuleMaterialsPage: ({MaterialsIndexPage}, set()),
}


def test_every_members_page_type_has_its_placement_tested():
    members_types = {model for model in page_types() if model._meta.app_label == "members"}
    assert members_types == set(PLACEMENT)


@pytest.mark.parametrize("model", PLACEMENT, ids=name)
def test_a_members_page_lives_only_under_its_parents(model):
    parents, _children = PLACEMENT[model]
    assert allowed_parents(model) == parents
    assert Page not in allowed_parents(model)


@pytest.mark.parametrize("model", PLACEMENT, ids=name)
def test_a_members_page_holds_only_its_children(model):
    _parents, children = PLACEMENT[model]
    assert allowed_children(model) == children


@pytest.mark.parametrize("model", PLACEMENT, ids=name)
def test_indexes_are_one_per_parent_and_no_type_has_a_global_limit(model):
    """One directory and one extranet per home page, so one per language; never a global limit,
    which would stop a language's tree."""
    singletons = {DirectoryPage, ExtranetPage, MinutesIndexPage, MaterialsIndexPage}
    assert model.max_count is None
    assert model.max_count_per_parent == (1 if model in singletons else None)


def test_a_home_page_with_a_directory_and_an_extranet_takes_no_second(extranet):
    home = extranet.extranet.get_parent().specific

    assert not DirectoryPage.can_create_at(home)
    assert not ExtranetPage.can_create_at(home)
    assert not MinutesIndexPage.can_create_at(home)
    assert not MinutesPage.can_create_at(home)


def test_the_extranet_takes_no_second_index_but_the_indexes_take_more_pages(extranet):
    extranet_page = extranet.extranet
    minutes_index = extranet.minutes.get_parent().specific
    materials_index = extranet.materials.get_parent().specific

    assert not MinutesIndexPage.can_create_at(extranet_page)
    assert not MaterialsIndexPage.can_create_at(extranet_page)
    assert not MinutesPage.can_create_at(extranet_page)
    assert not ModuleMaterialsPage.can_create_at(extranet_page)
    assert MinutesPage.can_create_at(minutes_index)
    assert not ModuleMaterialsPage.can_create_at(minutes_index)
    assert ModuleMaterialsPage.can_create_at(materials_index)
    assert not MinutesPage.can_create_at(materials_index)


def test_a_new_home_page_takes_a_directory_and_an_extranet(extranet):
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Neu", slug="neu"))

    assert DirectoryPage.can_create_at(home)
    assert ExtranetPage.can_create_at(home)
    assert not DirectoryPage.can_create_at(extranet.directory)
    assert not ExtranetPage.can_create_at(Page.get_first_root_node())
