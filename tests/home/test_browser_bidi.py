"""In a real Chromium, the footer's phone number reads left to right on the Arabic page, and an
event's date and times read in the page's order, each number left to right."""

import pytest
from wagtail.models import Locale, Site

from home.models import ContactSettings
from tests.events.conftest import berlin, calendar, publish_event  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = "0208 825-9042"

# The x position on screen of each digit group of the element's text, in the text's order.
GROUP_POSITIONS = """element => {
    const text = element.firstChild;
    const positions = [];
    for (const match of text.data.matchAll(/\\d+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        positions.push([match[0], range.getBoundingClientRect().x]);
    }
    return positions;
}"""


def test_footer_phone_number_reads_left_to_right_in_arabic(live_server, page_tree, phone):
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.phone = PHONE
    contact.save()

    phone.goto(live_server.url + page_tree.translated(page_tree.home, "ar").url)

    assert phone.locator("html").get_attribute("dir") == "rtl"
    number = phone.locator("footer a[href^='tel:'] bdi")
    groups = number.evaluate(GROUP_POSITIONS)
    assert [group for group, _x in groups] == ["0208", "825", "9042"]
    xs = [x for _group, x in groups]
    assert xs == sorted(xs), f"The digit groups are not laid out left to right: {groups}"
    assert number.inner_text() == PHONE


# Each digit group of the element's text, in the text's order: [group, line (top), x, right].
DIGIT_GROUPS = """element => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const groups = [];
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const match of text.data.matchAll(/\\d+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const box = range.getBoundingClientRect();
            groups.push([match[0], Math.round(box.top), box.left, box.right]);
        }
    }
    return groups;
}"""


def _when(page, url: str) -> list:
    page.goto(url)
    return page.locator(".event .facts dd").first.evaluate(DIGIT_GROUPS)


def test_an_event_date_reads_in_order_in_arabic_and_german(live_server, publish_event, desktop):  # noqa: F811
    event = publish_event(
        title="Netzwerktreffen",
        start=berlin(2026, 12, 16, 10),
        end=berlin(2026, 12, 16, 12),
        translate=True,
    )
    arabic = event.get_translation(Locale.objects.get(language_code="ar"))

    groups = _when(desktop, live_server.url + arabic.url)
    assert desktop.locator("html").get_attribute("dir") == "rtl"
    german = _when(desktop, live_server.url + event.url)

    # Arabic: the day, the year, the start and the end time follow each other from right to
    # left on one line …
    assert [group for group, *_ in groups] == ["16", "2026", "10", "00", "12", "00"]
    assert len({line for _group, line, *_ in groups}) == 1, groups
    day, year, start_h, start_m, end_h, end_m = (group[2:] for group in groups)
    assert day[0] >= year[1] and year[0] >= start_m[1] and start_h[0] >= end_m[1], groups
    # … and each time keeps its hours left of its minutes.
    assert start_h[1] <= start_m[0] and end_h[1] <= end_m[0], groups
    # German: everything left to right.
    assert [group for group, *_ in german] == ["16", "2026", "10", "00", "12", "00"]
    assert [x for *_, x, _right in german] == sorted(x for *_, x, _right in german), german
