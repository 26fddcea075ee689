"""A visitor searches from the header of any page on a 320 px screen (the width WCAG's reflow
uses), in Arabic and in German, in a real Chromium."""

import pytest
from wagtail.models import Locale

from home.factories import StandardPageFactory
from tests.accessibility import assert_accessible
from tests.conftest import page_tree_build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def narrow(phone):
    phone.set_viewport_size({"width": 320, "height": 640})
    return phone


@pytest.mark.parametrize(
    ("language", "title", "query"),
    [("ar", "الْمَدْرَسَة", "مدرسة"), ("de", "Beratung für Vereine", "Vereinen")],
)
def test_searching_from_the_header_on_a_narrow_screen(live_server, narrow, language, title, query):
    tree = page_tree_build()
    home = tree.home.get_translation(Locale.objects.get(language_code=language))
    StandardPageFactory(parent=home, title=title, slug="gesucht")

    narrow.goto(live_server.url + home.url)
    search = narrow.locator("header").get_by_role("search")
    field = search.get_by_role("searchbox")
    assert field.is_visible() and search.get_by_role("button").is_visible()
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(narrow)

    field.fill(query)
    field.press("Enter")
    narrow.wait_for_load_state()

    assert narrow.locator("html").get_attribute("lang") == language
    assert narrow.locator(".search-results__title").all_inner_texts() == [title]
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(narrow)
