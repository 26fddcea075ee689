"""Calendar files (RFC 5545): one event, the public calendar of a language, a member's own.

Times are written in Europe/Berlin with its VTIMEZONE, so that calendar programs keep 18:00 at
18:00 across the change to and from summer time.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from .models import EventPage

CONTENT_TYPE = "text/calendar; charset=utf-8"


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//Veranstaltungen//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    return cal


def _event(event: EventPage, request, status: str = "CONFIRMED") -> Event:
    zone = ZoneInfo(settings.TIME_ZONE)
    item = Event()
    # One identity for every language's version, so a calendar never holds the event twice.
    item.add("uid", f"event-{event.translation_key}@{event.get_site().hostname}")
    item.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    item.add("last-modified", (event.last_published_at or timezone.now()).astimezone(datetime.UTC))
    item.add("dtstart", event.start.astimezone(zone))
    item.add("dtend", event.end.astimezone(zone))
    item.add("summary", event.title)
    description = event.teaser or strip_tags(event.description)
    if description:
        item.add("description", description)
    location = ", ".join(
        part for part in (event.venue_name, " ".join(event.venue_address.split())) if part
    )
    if location:
        item.add("location", location)
    item.add("url", event.get_full_url(request))
    item.add("status", status)
    item.add("categories", [event.get_kind_display()])
    return item


def _with_timezones(cal: Calendar, events: list) -> None:
    # The time zone's rules only for the years the events need, which keeps the file small.
    years = [event.start.year for event in events] or [timezone.now().year]
    cal.add_missing_timezones(
        first_date=datetime.date(min(years) - 1, 1, 1),
        last_date=datetime.date(max(years) + 2, 1, 1),
    )


def event_ics(event: EventPage) -> str:
    """One event as calendar text, for the attachment of the registration e-mail."""
    cal = _calendar(event.title)
    cal.add_component(_event(event, None))
    _with_timezones(cal, [event])
    return cal.to_ical().decode()


def ics_response(*, name: str, events, request, filename: str, private: bool = False):
    cal = _calendar(name)
    events = list(events)
    for event in events:
        cal.add_component(_event(event, request))
    _with_timezones(cal, events)
    response = HttpResponse(cal.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    if private:
        response["Cache-Control"] = "private, no-store"
    return response
