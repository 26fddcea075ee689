"""Reflow (WCAG 1.4.10): at 320 px, the width WCAG's reflow criterion uses, no page of any type
scrolls sideways, in any of the six languages: the public pages of the demo site (with their
routes: a directory profile, the calendar's views, the modules), the login and search pages, and
the extranet of a contact person (dashboard with its participation table, member directory, own
events, organisation, proposals, a date poll and a working group) logged in."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from events.models import EventIndexPage
from members.models import DirectoryPage, ExtranetPage, Organisation
from members.models.pages import MembersOnlyPage
from participation.models import DatePoll, Proposal, ProposalProcess, WorkingGroup

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTH = 320
CONTACT_PERSON = "mehmet-aydin"

# What sticks out of the viewport, to name it when a page scrolls sideways.
OVERFLOW = """() => {
    const root = document.scrollingElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return null;
    const wide = [...document.body.querySelectorAll("*")].filter(element => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1);
    }).slice(-3).map(element => element.tagName.toLowerCase()
        + (element.className ? "." + String(element.className).split(" ").join(".") : "")
        + " " + element.textContent.trim().slice(0, 40));
    return {scrollWidth: root.scrollWidth, clientWidth: width, wide};
}"""


def _public_urls(language: str) -> list[str]:
    """One live public page of every page type in `language`, and the routes below the routable
    ones, as paths."""
    locale = Locale.objects.get(language_code=language)
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1).specific()
    by_type: dict[type, Page] = {}
    for page in pages.order_by("path"):
        if not isinstance(page, MembersOnlyPage):
            by_type.setdefault(type(page), page)
    urls = [page.url for page in by_type.values()]
    directory = by_type.get(DirectoryPage)
    if directory:
        organisation = Organisation.objects.filter(is_listed=True).order_by("name").first()
        urls.append(f"{directory.url}{organisation.slug}/")
    calendar = by_type.get(EventIndexPage)
    if calendar:
        month = datetime.date.today().strftime("%Y-%m")
        urls += [f"{calendar.url}{route}" for route in ("vergangen/", "module/", "module/1/")]
        urls.append(f"{calendar.url}monat/{month}/")
    with translation.override(language):
        urls += [reverse("members:login"), reverse("search") + "?q=Netzwerk"]
    return urls


def _extranet_urls(language: str) -> list[str]:
    locale = Locale.objects.get(language_code=language)
    dashboard = ExtranetPage.objects.live().filter(locale=locale).first()
    organisation = Organisation.objects.get(memberships__user__username=CONTACT_PERSON)
    process = ProposalProcess.objects.order_by("pk").first()
    proposal = Proposal.objects.order_by("-pk").first()
    poll = DatePoll.objects.order_by("pk").first()
    group = WorkingGroup.objects.order_by("pk").first()
    with translation.override(language):
        return [
            dashboard.url,
            reverse("members:directory"),
            reverse("events:my_events"),
            reverse("members:organisation", kwargs={"slug": organisation.slug}),
            # Participation: proposals with comments, a date poll, a working group.
            reverse("participation:processes"),
            reverse("participation:process", kwargs={"pk": process.pk}),
            reverse("participation:proposal", kwargs={"pk": proposal.pk}),
            reverse("participation:poll", kwargs={"pk": poll.pk}),
            reverse("participation:group", kwargs={"slug": group.slug}),
        ]


def _log_in(context, live_server) -> None:
    """A contact person's session, as the login form would make it."""
    client = Client()
    client.force_login(get_user_model().objects.get(username=CONTACT_PERSON))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def test_no_page_scrolls_sideways_at_320_pixels_in_any_language(live_server, seeded, chromium):
    context = chromium.new_context(viewport={"width": WIDTH, "height": 640})
    page = context.new_page()
    visited, overflowing = 0, []

    def check(url: str) -> None:
        nonlocal visited
        response = page.goto(live_server.url + url)
        assert response.status < 400, f"{url} answered {response.status}"
        visited += 1
        found = page.evaluate(OVERFLOW)
        if found:
            overflowing.append(f"{url}: {found}")

    try:
        for language, _name in settings.LANGUAGES:
            for url in _public_urls(language):
                check(url)
        _log_in(context, live_server)
        for language, _name in settings.LANGUAGES:
            for url in _extranet_urls(language):
                check(url)
    finally:
        context.close()

    assert visited > 6 * 15
    assert overflowing == [], "These pages scroll sideways at 320 px:\n" + "\n".join(overflowing)
