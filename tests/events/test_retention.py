"""What happens over time: reminders before the event, removal of old personal data that keeps
the counts, deleted accounts, the member's data export, and the extranet's dashboard."""

import datetime
import io
import json

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from events import selectors, services
from events.factories import RegistrationFactory
from events.models import EventAttendance, Registration, RegistrationStatus
from members.factories import ProjectPhaseFactory
from tests.events.conftest import PASSWORD, in_days, login

pytestmark = pytest.mark.django_db


@override_settings(EVENT_REMINDER_HOURS=24)
def test_reminders_go_once_to_people_with_a_place(publish_event, committed):
    soon = publish_event(title="Morgen früh", start=timezone.now() + datetime.timedelta(hours=20))
    later = publish_event(title="Nächste Woche", start=in_days(7))
    RegistrationFactory(event=soon, email="platz@example.org", language="fr")
    RegistrationFactory(event=soon, email="wartet@example.org", status=RegistrationStatus.WAITING)
    RegistrationFactory(event=soon, email="weg@example.org", status=RegistrationStatus.CANCELLED)
    RegistrationFactory(event=later, email="spaeter@example.org")

    with committed():
        call_command("send_event_reminders", stdout=io.StringIO())
    with committed():
        call_command("send_event_reminders", stdout=io.StringIO())

    assert [message.to for message in mail.outbox] == [["platz@example.org"]]
    [reminder] = mail.outbox
    assert "Morgen früh" in reminder.subject
    assert reminder.subject.startswith("Rappel")  # in the registrant's language (French)
    assert "/fr/anmeldung/" in reminder.body


@override_settings(EVENT_REGISTRATION_RETENTION_DAYS=365)
def test_old_personal_data_is_removed_and_the_counts_stay(cast, publish_event):
    ProjectPhaseFactory(
        number=1,
        start_date=datetime.date(2013, 1, 1),
        end_date=datetime.date(2013, 12, 31),
    )
    old = publish_event(
        start=datetime.datetime(2013, 5, 1, 18, tzinfo=timezone.get_current_timezone())
    )
    recent = publish_event(start=in_days(-10))
    for event in (old, recent):
        RegistrationFactory(
            event=event,
            name="Dilan Kaya",
            email="dilan@example.org",
            user=cast.member_a,
            organisation=cast.organisation_a,
            attended=True,
        )
    EventAttendance.objects.create(event=old, walk_ins=3)
    before = selectors.attendance_by_phase()

    call_command("anonymise_registrations", stdout=io.StringIO())

    gone = Registration.objects.get(event=old)
    kept = Registration.objects.get(event=recent)
    assert (gone.name, gone.email, gone.user, gone.organisation_name) == ("", "", None, "")
    assert gone.anonymised_at is not None
    assert gone.organisation == cast.organisation_a
    assert gone.attended is True
    assert kept.name == "Dilan Kaya"
    assert selectors.attendance_by_phase() == before


def test_deleting_an_account_keeps_its_registrations_anonymous(client, cast, publish_event):
    event = publish_event(capacity=5)
    services.registration_member(event=event, by=cast.member_a, language="de")
    login(client, cast.member_a)

    exported = json.loads(client.get("/de/konto/meine-daten.json").content)
    assert exported["event_registrations"][0]["event"] == event.title

    response = client.post("/de/konto/loeschen/", {"password": PASSWORD})

    assert response.status_code == 302

    registration = Registration.objects.get()
    assert registration.name == ""
    assert registration.email == ""
    assert registration.status == RegistrationStatus.REGISTERED
    assert selectors.event_places(event).registered == 1


def test_dashboard_shows_next_events_and_the_menu_leads_to_my_events(
    client, cast, extranet, publish_event
):
    publish_event(title="Bald intern", start=in_days(2), members_only=True)
    publish_event(title="Längst vorbei", start=in_days(-20))
    login(client, cast.member_a)

    dashboard = client.get(extranet.extranet.url)

    text = dashboard.content.decode()
    assert "Bald intern" in text
    assert "Längst vorbei" not in text
    assert 'href="/de/extranet/veranstaltungen/"' in text
    assert client.get("/de/extranet/veranstaltungen/").status_code == 200
