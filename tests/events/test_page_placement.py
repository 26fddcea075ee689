"""Where the calendar and its events may live: the allowed parents and children of each page
type (every other page type refused), and one calendar per home page."""

import pytest
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from tests.placement import allowed_children, allowed_parents, name, page_types

PLACEMENT = {
    EventIndexPage: ({HomePage}, {EventPage}),
    EventPage: ({EventIndexPage}, set()),
}


def test_every_events_page_type_has_its_placement_tested():
    assert {model for model in page_types() if model._meta.app_label == "events"} == set(PLACEMENT)


@pytest.mark.parametrize("model", PLACEMENT, ids=name)
def test_an_events_page_lives_only_under_its_parents(model):
    parents, _children = PLACEMENT[model]
    assert allowed_parents(model) == parents


@pytest.mark.parametrize("model", PLACEMENT, ids=name)
def test_an_events_page_holds_only_its_children(model):
    _parents, children = PLACEMENT[model]
    assert allowed_children(model) == children


def test_one_calendar_per_home_page_and_no_global_limit():
    assert EventIndexPage.max_count is None
    assert EventIndexPage.max_count_per_parent == 1
    assert EventPage.max_count is None
    assert EventPage.max_count_per_parent is None


def test_a_home_page_with_a_calendar_takes_no_second(calendar, page_tree):
    assert not EventIndexPage.can_create_at(page_tree.home)
    assert not EventIndexPage.can_create_at(page_tree.translated(page_tree.home, "ar"))
    assert not EventPage.can_create_at(page_tree.home)


def test_the_calendar_takes_events_and_nothing_else(calendar, page_tree):
    assert EventPage.can_create_at(calendar)
    assert not EventIndexPage.can_create_at(calendar)
    assert not StandardPage.can_create_at(calendar)
    assert not EventPage.can_create_at(page_tree.about)
    assert not EventIndexPage.can_create_at(page_tree.about)
    assert not EventIndexPage.can_create_at(Page.get_first_root_node())


def test_a_new_home_page_takes_a_calendar(page_tree):
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Neu", slug="neu"))

    assert EventIndexPage.can_create_at(home)
