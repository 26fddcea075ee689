"""The calendar from the outside: upcoming and past lists, the month view, filters, modules, every
language, and the access matrix of members-only events (lists, pages, files, search, sitemap)."""

import datetime

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from events.factories import QualificationModuleFactory
from events.models import EventKind, Registration
from members.models import FieldOfCooperation, SpokenLanguage
from tests.conftest import LANGUAGES
from tests.events.conftest import in_days, login
from tests.html import soup

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [h.get_text(strip=True) for h in soup(response).select(".event-card__title")]


def test_upcoming_and_past_lists(client, publish_event, calendar):
    publish_event(title="Morgen", start=in_days(1))
    publish_event(title="Nächste Woche", start=in_days(7))
    publish_event(title="Letzten Monat", start=in_days(-30))

    upcoming = client.get(calendar.url)
    past = client.get(f"{calendar.url}vergangen/")

    assert upcoming.status_code == 200
    assert titles(upcoming) == ["Morgen", "Nächste Woche"]
    assert titles(past) == ["Letzten Monat"]


def test_month_view_puts_events_on_their_days(client, publish_event, calendar):
    start = in_days(40, hour=19)
    publish_event(title="Im Monat", start=start)
    month = timezone.localtime(start)

    response = client.get(f"{calendar.url}monat/{month:%Y-%m}/")

    assert response.status_code == 200
    html = soup(response)
    cell = next(
        td
        for td in html.select("td.month__day")
        if "Im Monat" in td.get_text() and "month__day--other" not in td["class"]
    )
    assert f"{month.day}." in cell.select_one(".month__date").get_text()
    assert "19:00" in cell.get_text()
    assert html.select_one("a[rel=prev]") and html.select_one("a[rel=next]")
    assert client.get(f"{calendar.url}monat/2026-13/").status_code == 404


def test_filters_combine_and_unknown_values_get_a_clear_400(client, cast, publish_event, calendar):
    education = FieldOfCooperation.objects.get(slug="bildung")
    turkish = SpokenLanguage.objects.get(code="tr")
    publish_event(
        title="Hausaufgabenhilfe",
        kind=EventKind.OFFERING,
        organiser=cast.organisation_a,
        field_of_cooperation=education,
        languages=[turkish],
    )
    publish_event(title="Netzwerktreffen", kind=EventKind.NETWORK_MEETING)

    by_kind = client.get(calendar.url, {"kind": "offering"})
    by_all = client.get(
        calendar.url,
        {"kind": "offering", "organisation": "verein-a", "field": "bildung", "language": "tr"},
    )
    none = client.get(calendar.url, {"kind": "network_meeting", "language": "tr"})
    unknown = client.get(calendar.url, {"kind": "party"})

    assert titles(by_kind) == ["Hausaufgabenhilfe"]
    assert titles(by_all) == ["Hausaufgabenhilfe"]
    assert titles(none) == []
    assert unknown.status_code == 400
    alert = soup(unknown).select_one("[role=alert]").get_text()
    with translation.override("de"):
        assert "Filter" in alert


def test_calendar_and_events_exist_in_every_language(client, publish_event, calendar):
    event = publish_event(title="Sommerfest", start=in_days(9), translate=True)
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        local_calendar = calendar.get_translation(locale)
        response = client.get(local_calendar.url)
        assert response.status_code == 200
        assert soup(response).html["lang"] == language
        expected = "Sommerfest" if language == "de" else f"Sommerfest [{language}]"
        assert titles(response) == [expected]
        page = client.get(event.get_translation(locale).url)
        assert page.status_code == 200
    assert (
        soup(client.get(calendar.get_translation(Locale.objects.get(language_code="ar")).url)).html[
            "dir"
        ]
        == "rtl"
    )


def test_module_pages_list_their_sessions(client, publish_event, calendar):
    module = QualificationModuleFactory(number=2, title="Fundraising")
    publish_event(title="Fundraising I", kind=EventKind.MODULE_SESSION, module=module)
    publish_event(
        title="Fundraising 0", kind=EventKind.MODULE_SESSION, module=module, start=in_days(-40)
    )

    listing = client.get(f"{calendar.url}module/")
    detail = client.get(f"{calendar.url}module/2/")

    assert "Fundraising" in listing.content.decode()
    assert detail.status_code == 200
    text = soup(detail).select_one("main").get_text()
    assert "Fundraising I" in text and "Fundraising 0" in text
    assert client.get(f"{calendar.url}module/9/").status_code == 404


def test_event_page_says_when_where_and_how_many_places(client, publish_event):
    event = publish_event(
        title="Modul 1",
        start=datetime.datetime(2030, 3, 5, 10, tzinfo=timezone.get_current_timezone()),
        end=datetime.datetime(2030, 3, 5, 16, tzinfo=timezone.get_current_timezone()),
        capacity=12,
        accessibility="Stufenloser Zugang",
    )
    html = soup(client.get(event.url))
    facts = html.select_one(".facts").get_text()
    assert "5. März 2030, 10:00" in facts
    assert "16:00" in facts
    assert "Stufenloser Zugang" in facts
    assert "12 von 12" in html.select_one(".places").get_text()
    assert html.select_one(f'a[href="/de/kalender/veranstaltung-{event.pk}.ics"]')


# Members-only events: who sees them where ----------------------------------------------------

ROLES = ["anonymous", "editor", "member_a", "contact_b", "manager"]
MEMBERS = {"member_a", "contact_b", "manager"}


@pytest.mark.parametrize("role", ROLES)
def test_members_only_events_are_visible_to_members_only(
    client, cast, publish_event, calendar, role
):
    public = publish_event(title="Offenes Fest", start=in_days(5))
    internal = publish_event(title="Internes Treffen", start=in_days(6), members_only=True)
    user = cast.by_role(role)
    if user is not None:
        login(client, user)
    sees = role in MEMBERS

    listing = client.get(calendar.url)
    month = client.get(f"{calendar.url}monat/{timezone.localtime(internal.start):%Y-%m}/")
    page = client.get(internal.url)
    ics = client.get(f"/de/kalender/veranstaltung-{internal.pk}.ics")

    assert ("Internes Treffen" in titles(listing)) is sees
    assert "Offenes Fest" in titles(listing)
    assert ("Internes Treffen" in month.content.decode()) is sees
    if sees:
        assert page.status_code == 200
        assert "no-store" in page["Cache-Control"]
        assert "no-store" in listing["Cache-Control"]
        assert ics.status_code == 200
    else:
        assert page.status_code == 302
        assert "/konto/anmelden/" in page["Location"]
        assert "Internes Treffen" not in page.content.decode()
        assert ics.status_code == 404
    # Feeds, search and the sitemap are public: never with members-only events, for anyone.
    assert b"Internes Treffen" not in client.get("/de/kalender.ics").content
    search = client.get("/de/suche/", {"q": "Treffen"})
    assert "Internes Treffen" not in search.content.decode()
    assert internal.url not in client.get("/sitemap.xml").content.decode()
    assert public.url in client.get("/sitemap.xml").content.decode()


def test_members_only_event_cannot_be_registered_for_anonymously(client, publish_event):
    event = publish_event(members_only=True, capacity=5)
    response = client.post(
        f"{event.url}anmelden/",
        {"name": "X", "email": "x@example.org", "consent": "on"},
    )
    assert response.status_code == 302
    assert "/konto/anmelden/" in response["Location"]

    assert not Registration.objects.exists()


def test_turning_an_event_members_only_hides_it_and_back(client, publish_event, calendar):
    event = publish_event(title="Wechselhaft", start=in_days(3))
    assert "Wechselhaft" in titles(client.get(calendar.url))
    event.members_only = True
    event.save_revision().publish()
    assert "Wechselhaft" not in titles(client.get(calendar.url))
    event.members_only = False
    event.save_revision().publish()
    assert "Wechselhaft" in titles(client.get(calendar.url))
