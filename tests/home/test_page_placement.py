"""Where the home app's pages may live: the home page directly under Wagtail's root, content
pages nested below it, one news index per home page with its articles; every other placement
refused. (`test_page_tree_rules` in test_pages.py is the short version of this.)"""

import pytest
from wagtail.models import Page

from events.models import EventIndexPage
from home.models import (
    AccessibilityStatementPage,
    HomePage,
    ImprintPage,
    NewsIndexPage,
    NewsPage,
    PrivacyPage,
    StandardPage,
)
from members.models import DirectoryPage, ExtranetPage
from surveys.models import SurveyIndexPage
from tests.placement import allowed_children, allowed_parents, name, page_types

PLACEMENT = {
    HomePage: (
        {Page},
        {
            StandardPage,
            NewsIndexPage,
            ImprintPage,
            PrivacyPage,
            AccessibilityStatementPage,
            DirectoryPage,
            ExtranetPage,
            EventIndexPage,
            SurveyIndexPage,
        },
    ),
    StandardPage: ({HomePage, StandardPage}, {StandardPage}),
    NewsIndexPage: ({HomePage}, {NewsPage}),
    NewsPage: ({NewsIndexPage}, set()),
    ImprintPage: ({HomePage}, set()),
    PrivacyPage: ({HomePage}, set()),
    AccessibilityStatementPage: ({HomePage}, set()),
}
# One of each per home page (per language).
ONE_PER_PARENT = {NewsIndexPage, ImprintPage, PrivacyPage, AccessibilityStatementPage}


def test_every_home_page_type_has_its_placement_tested():
    assert {model for model in page_types() if model._meta.app_label == "home"} == set(PLACEMENT)


@pytest.mark.parametrize("model", PLACEMENT, ids=name)
def test_a_home_app_page_lives_only_under_its_parents(model):
    parents, _children = PLACEMENT[model]
    assert allowed_parents(model) == parents


@pytest.mark.parametrize("model", PLACEMENT, ids=name)
def test_a_home_app_page_holds_only_its_children(model):
    _parents, children = PLACEMENT[model]
    assert allowed_children(model) == children


@pytest.mark.parametrize("model", PLACEMENT, ids=name)
def test_only_the_news_index_and_legal_pages_are_one_per_parent_and_none_has_a_global_limit(
    model,
):
    """A home page per language, so no global limit; one news index and one of each legal page
    per home page."""
    assert model.max_count is None
    assert model.max_count_per_parent == (1 if model in ONE_PER_PARENT else None)


def test_the_root_takes_another_home_page_but_nothing_else(page_tree):
    root = Page.get_first_root_node()

    assert HomePage.can_create_at(root)
    assert not StandardPage.can_create_at(root)
    assert not NewsIndexPage.can_create_at(root)
    assert not HomePage.can_create_at(page_tree.home)
    assert not HomePage.can_create_at(page_tree.about)


def test_content_pages_nest_but_take_no_news(page_tree):
    assert StandardPage.can_create_at(page_tree.home)
    assert StandardPage.can_create_at(page_tree.about)
    assert not NewsIndexPage.can_create_at(page_tree.about)
    assert not NewsPage.can_create_at(page_tree.about)
    assert not NewsPage.can_create_at(page_tree.home)


def test_a_home_page_with_a_news_index_takes_no_second(news_index, page_tree):
    assert not NewsIndexPage.can_create_at(page_tree.home)
    assert NewsPage.can_create_at(news_index)
    assert not StandardPage.can_create_at(news_index)
    assert not NewsIndexPage.can_create_at(news_index)

    home = Page.get_first_root_node().add_child(instance=HomePage(title="Neu", slug="neu"))
    assert NewsIndexPage.can_create_at(home)
