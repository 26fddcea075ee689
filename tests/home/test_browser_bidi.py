"""In a real Chromium, the footer's phone number reads left to right on the Arabic page."""

import pytest
from wagtail.models import Site

from home.models import ContactSettings

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
