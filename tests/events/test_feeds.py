"""Calendar files parsed with a real iCalendar parser: one event, the public feed of a language
and a member's private feed; local times survive the change to and from summer time."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from events import services
from events.models import CalendarFeed
from tests.events.conftest import berlin, in_days, login

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events_of(calendar: Calendar) -> dict[str, object]:
    return {str(item["SUMMARY"]): item for item in calendar.walk("VEVENT")}


def test_summer_and_winter_events_keep_their_local_time(client, publish_event):
    summer = publish_event(
        title="Sommertreffen", start=berlin(2027, 7, 7, 18), end=berlin(2027, 7, 7, 20)
    )
    winter = publish_event(
        title="Wintertreffen", start=berlin(2027, 12, 8, 18), end=berlin(2027, 12, 8, 20)
    )
    # The night the clocks go back at 03:00: from 01:30 to 04:00 is three and a half hours.
    autumn = publish_event(
        title="Nachtwache",
        start=datetime.datetime(2027, 10, 31, 1, 30, tzinfo=BERLIN),
        end=datetime.datetime(2027, 10, 31, 4, 0, tzinfo=BERLIN),
    )

    feed = parse(client.get("/de/kalender.ics"))

    assert feed["VERSION"] == "2.0"
    assert feed["PRODID"]
    [zone] = feed.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Berlin"
    assert {item.name for item in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    items = events_of(feed)
    for title, event in (("Sommertreffen", summer), ("Wintertreffen", winter)):
        start = items[title]["DTSTART"]
        assert start.params["TZID"] == "Europe/Berlin"
        assert start.dt.hour == 18
        assert start.dt == event.start
    assert items["Sommertreffen"]["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=2)
    assert items["Wintertreffen"]["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=1)
    night = items["Nachtwache"]
    length = night["DTEND"].dt.astimezone(datetime.UTC) - night["DTSTART"].dt.astimezone(
        datetime.UTC
    )
    assert length == autumn.end - autumn.start == datetime.timedelta(hours=3, minutes=30)
    assert night["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=2)
    assert night["DTEND"].dt.utcoffset() == datetime.timedelta(hours=1)
    # Every event has the fields calendar programs need.
    for item in items.values():
        for field in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL"):
            assert field in item, field


def test_one_event_file_and_its_uid_is_the_same_in_every_language(client, publish_event):
    event = publish_event(title="Modul 2", start=in_days(10), translate=True)
    german = events_of(parse(client.get(f"/de/kalender/veranstaltung-{event.pk}.ics")))
    english_page = event.get_translations().get(locale__language_code="en")
    english = events_of(parse(client.get(f"/en/kalender/veranstaltung-{english_page.pk}.ics")))

    [(german_title, german_item)] = german.items()
    [(english_title, english_item)] = english.items()
    assert german_title == "Modul 2"
    assert english_title == "Modul 2 [en]"
    assert german_item["UID"] == english_item["UID"]
    assert english_item["URL"].endswith(english_page.url)


def test_public_feed_leaves_out_members_only_and_draft_events(client, publish_event, calendar):
    publish_event(title="Öffentlich", start=in_days(3))
    publish_event(title="Intern", start=in_days(4), members_only=True)
    draft = publish_event(title="Entwurf", start=in_days(5))
    draft.unpublish()

    titles = set(events_of(parse(client.get("/de/kalender.ics"))))

    assert titles == {"Öffentlich"}


def test_members_only_event_file_is_refused_to_outsiders(client, cast, publish_event):
    event = publish_event(title="Intern", members_only=True)
    url = f"/de/kalender/veranstaltung-{event.pk}.ics"

    assert client.get(url).status_code == 404
    login(client, cast.editor)
    assert client.get(url).status_code == 404
    login(client, cast.member_a)
    response = client.get(url)
    assert "Intern" in events_of(parse(response))
    assert "no-store" in response["Cache-Control"]


def test_personal_feed_lists_what_the_member_registered_for(client, cast, publish_event):
    mine = publish_event(title="Meins", start=in_days(3), members_only=True, capacity=5)
    publish_event(title="Nicht meins", start=in_days(4))
    services.registration_member(event=mine, by=cast.member_a, language="de")
    login(client, cast.member_a)
    overview = client.get("/de/extranet/veranstaltungen/")
    feed = CalendarFeed.objects.get(user=cast.member_a)
    assert feed.token in overview.content.decode()
    client.logout()

    # Calendar programs fetch it without logging in: the address is the secret.
    response = client.get(f"/de/extranet/kalender/{feed.token}.ics")
    assert set(events_of(parse(response))) == {"Meins"}
    assert "no-store" in response["Cache-Control"]

    # A new address ends the old one.
    login(client, cast.member_a)
    client.post("/de/extranet/kalender/neue-adresse/")
    assert client.get(f"/de/extranet/kalender/{feed.token}.ics").status_code == 404
    feed.refresh_from_db()
    assert client.get(f"/de/extranet/kalender/{feed.token}.ics").status_code == 200


def test_unknown_feed_address_is_not_found(client, calendar):
    assert client.get("/de/extranet/kalender/erfunden.ics").status_code == 404
