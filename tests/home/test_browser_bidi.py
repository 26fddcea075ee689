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


def _read(groups: list, *, rtl: bool) -> list[str]:
    """The digit groups in the order a reader meets them: line by line, each line from its
    start (the right on an Arabic page)."""
    ordered = sorted(groups, key=lambda g: (g[1], -g[2] if rtl else g[2]))
    return [group for group, *_ in ordered]


def test_phone_number_and_event_date_read_in_order_in_arabic(
    live_server,
    page_tree,
    publish_event,  # noqa: F811
    phone,
):
    # One test, one world: building the pages again for a second browser test costs seconds.
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.phone = PHONE
    contact.save()
    event = publish_event(
        title="Netzwerktreffen",
        start=berlin(2026, 12, 16, 10),
        end=berlin(2026, 12, 16, 12),
        translate=True,
    )

    phone.goto(live_server.url + page_tree.translated(page_tree.home, "ar").url)
    assert phone.locator("html").get_attribute("dir") == "rtl"
    number = phone.locator("footer a[href^='tel:'] bdi")
    groups = number.evaluate(GROUP_POSITIONS)
    assert [group for group, _x in groups] == ["0208", "825", "9042"]
    xs = [x for _group, x in groups]
    assert xs == sorted(xs), f"The digit groups are not laid out left to right: {groups}"
    assert number.inner_text() == PHONE

    arabic = _when(
        phone, live_server.url + event.get_translation(Locale.objects.get(language_code="ar")).url
    )
    german = _when(phone, live_server.url + event.url)

    # Arabic: day, year, start and end time follow each other from right to left (line by
    # line), and each time keeps its hours left of its minutes.
    expected = ["16", "2026", "10", "00", "12", "00"]
    assert [group for group, *_ in arabic] == expected
    day, year, start_h, start_m, end_h, end_m = arabic
    assert _read([day, year, start_m, end_m], rtl=True) == ["16", "2026", "00", "00"], arabic
    for hours, minutes in ((start_h, start_m), (end_h, end_m)):
        assert hours[1] == minutes[1] and hours[3] <= minutes[2], arabic
    # German: all of it left to right.
    assert _read(german, rtl=False) == expected, german
