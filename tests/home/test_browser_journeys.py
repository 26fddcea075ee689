"""A visitor's first journey, in a real Chromium: home page, switch to Arabic, right to left."""

from urllib.parse import urlparse

import pytest

from tests.accessibility import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_visitor_switches_to_arabic_and_gets_a_right_to_left_page(live_server, page_tree, phone):
    requested_hosts = set()
    phone.on("request", lambda request: requested_hosts.add(urlparse(request.url).netloc))
    phone.goto(live_server.url + "/")
    assert phone.locator("html").get_attribute("lang") == "de"
    assert_accessible(phone)

    phone.locator(".language-switcher summary").click()
    phone.locator('a[hreflang="ar"]').click()

    phone.wait_for_url("**/ar/**")
    html = phone.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
    assert phone.locator("h1").inner_text() == "Start [ar]"
    # The layout mirrors: the brand sits at the right edge in right-to-left.
    brand = phone.locator(".brand").bounding_box()
    assert brand["x"] + brand["width"] > 360 / 2
    assert_accessible(phone)
    # Privacy: nothing is loaded from any other host (fonts, scripts, icons are all local).
    assert requested_hosts == {urlparse(live_server.url).netloc}


def test_skip_link_is_the_first_stop_for_keyboard_users(live_server, page_tree, desktop):
    desktop.goto(live_server.url + page_tree.about.url)

    desktop.keyboard.press("Tab")

    focused = desktop.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    assert desktop.locator(".skip-link").is_visible()
    assert_accessible(desktop)
