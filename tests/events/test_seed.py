"""The events app's demo data: the calendar in every language, the concept's meetings and module
sessions with registrations and attendance in each phase, upcoming events with a waiting list,
and the organisations' own offerings."""

import pytest
from django.test import Client
from django.utils import timezone

from events import selectors
from events.models import (
    EventIndexPage,
    EventKind,
    EventPage,
    QualificationModule,
    Registration,
    RegistrationStatus,
)
from tests.conftest import LANGUAGES
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_demo_calendar_has_past_and_upcoming_events_with_attendance(seeded):
    german = EventPage.objects.filter(locale__language_code="de")
    now = timezone.now()

    assert EventIndexPage.objects.live().count() == len(LANGUAGES)
    for language in LANGUAGES:
        assert EventPage.objects.filter(locale__language_code=language).count() == german.count()

    meetings = german.filter(kind=EventKind.NETWORK_MEETING)
    assert meetings.filter(end__lt=now).count() == 3
    assert all(meeting.minutes_page_id for meeting in meetings.filter(end__lt=now))
    assert meetings.filter(start__gt=now).exists()
    assert (
        german.filter(kind=EventKind.OFFERING, start__gt=now, organiser__isnull=False).count() >= 2
    )
    for module in QualificationModule.objects.filter(locale__language_code="de"):
        assert module.materials_page_id, module
        assert german.filter(module=module, end__lt=now).exists(), module

    # Every phase has something to report.
    for row in selectors.attendance_by_phase():
        assert row["events"] > 0, row["phase"]
        assert row["attended"] > 0, row["phase"]
    # A full upcoming session with people waiting.
    assert Registration.objects.filter(
        status=RegistrationStatus.WAITING, event__start__gt=now
    ).exists()
    # A place offered from that waiting list awaits confirmation; sessions ask questions.
    assert Registration.objects.filter(
        status=RegistrationStatus.REGISTERED, offer_expires_at__gt=now
    ).exists()
    assert Registration.objects.exclude(answers={}).filter(event__start__gt=now).exists()

    # The public calendar works in every language; members-only meetings are not in it.
    client = Client()
    for calendar in EventIndexPage.objects.all():
        response = client.get(calendar.url)
        assert response.status_code == 200
    german_calendar = client.get(EventIndexPage.objects.get(locale__language_code="de").url)
    listed = [h.get_text(strip=True) for h in soup(german_calendar).select(".event-card__title")]
    assert "Offene Hausaufgabenhilfe" in listed
    assert not any("Netzwerktreffen" in title for title in listed)
