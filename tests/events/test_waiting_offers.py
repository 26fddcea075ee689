"""A place offered from the waiting list waits a set time for the person's confirmation, then
passes on to the next person waiting; everyone is told in their language, accepting twice is
harmless, and the door list and a lapsed offer stay consistent."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from events import services
from events.models import Registration, RegistrationStatus
from home.jobs import job_by_name
from tests.events.conftest import in_days, login
from tests.html import soup

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^/\s]+(/\S+)")


def _path(registration, action="") -> str:
    return LINK.search(services.registration_url(registration, action)).group(1)


@pytest.fixture
def full(cast, publish_event, committed):
    """One place: Aylin has it; Bora (Turkish) and Carla (Arabic) wait in that order."""
    event = publish_event(title="Kleiner Kreis", capacity=1, start=in_days(10))
    people = []
    for name, language in (("Aylin", "de"), ("Bora", "tr"), ("Carla", "ar")):
        registration = services.registration_request(
            event=event,
            name=name,
            email=f"{name.lower()}@example.org",
            language=language,
            consent=True,
        )
        people.append(services.registration_confirm(registration=registration))
    mail.outbox.clear()
    return event, people


def _subject(kind, language, event) -> str:
    with translation.override(language):
        return str(services.SUBJECTS[kind]).format(event=event.title)


def test_a_freed_place_is_offered_with_a_deadline_in_the_persons_language(full, committed):
    event, (aylin, bora, carla) = full
    with committed():
        services.registration_cancel(registration=aylin)
    bora.refresh_from_db()
    assert bora.status == RegistrationStatus.REGISTERED and bora.offer_open
    expected = timezone.now() + datetime.timedelta(hours=48)
    assert abs((bora.offer_expires_at - expected).total_seconds()) < 60
    offer = next(m for m in mail.outbox if m.to == ["bora@example.org"])
    assert offer.subject == _subject("promoted", "tr", event)
    # The link's token is signed with the time, so it is read back rather than rebuilt (a
    # second can pass between the mail and this line).
    accept = re.search(r"https?://[^/\s]+(/tr/anmeldung/([^/\s]+)/platz-annehmen/)", offer.body)
    assert accept is not None, offer.body
    assert services.registration_from_token(accept.group(2)) == bora
    # The offered place is held: a newcomer waits behind Carla.
    newcomer = services.registration_confirm(
        registration=services.registration_request(
            event=event, name="Dilek", email="dilek@example.org", language="de", consent=True
        )
    )
    assert newcomer.status == RegistrationStatus.WAITING
    assert Registration.objects.get(pk=carla.pk).status == RegistrationStatus.WAITING


def test_accepting_makes_the_place_theirs_and_twice_is_harmless(client, full, committed):
    event, (aylin, bora, _carla) = full
    services.registration_cancel(registration=aylin)
    bora.refresh_from_db()
    page = soup(client.get(_path(bora, "accept")))
    assert page.select_one("form.confirm-form button")
    assert page.html["lang"] == "tr"
    with committed():
        response = client.post(_path(bora, "accept"))
    assert response.status_code == 302
    bora.refresh_from_db()
    assert bora.status == RegistrationStatus.REGISTERED and not bora.offer_open
    assert [m.subject for m in mail.outbox if m.to == ["bora@example.org"]][-1] == _subject(
        "registered", "tr", event
    )
    sent = len(mail.outbox)
    assert client.post(_path(bora, "accept")).status_code == 302
    assert len(mail.outbox) == sent
    # Passing the deadline later changes nothing for a confirmed place.
    assert services.offers_expire(now=timezone.now() + datetime.timedelta(days=3)) == 0


def test_an_unconfirmed_offer_passes_to_the_next_person_and_everyone_is_told(full, committed):
    event, (aylin, bora, carla) = full
    services.registration_cancel(registration=aylin)
    bora.refresh_from_db()
    mail.outbox.clear()
    later = bora.offer_expires_at + datetime.timedelta(minutes=1)

    with committed():
        assert services.offers_expire(now=later) == 1

    bora.refresh_from_db()
    carla.refresh_from_db()
    assert bora.status == RegistrationStatus.CANCELLED and bora.offer_expires_at is not None
    assert carla.offer_open
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects == {
        "bora@example.org": _subject("offer_expired", "tr", event),
        "carla@example.org": _subject("promoted", "ar", event),
    }
    # Run again: nothing more to do.
    assert services.offers_expire(now=later) == 0


def test_accepting_after_the_deadline_is_refused_with_a_message(client, full):
    _event, (aylin, bora, _carla) = full
    services.registration_cancel(registration=aylin)
    Registration.objects.filter(pk=bora.pk).update(
        offer_expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    path = _path(bora, "accept").replace("/tr/", "/de/")
    response = client.post(path)
    assert response.status_code == 409
    assert "Frist" in soup(response).select_one("[role=alert]").get_text()
    assert Registration.objects.get(pk=bora.pk).offer_open  # the job passes it on


def test_accepting_without_an_offer_is_refused(client, full):
    _event, (_aylin, _bora, carla) = full
    response = client.post(_path(carla, "accept").replace("/ar/", "/de/"))
    assert response.status_code == 409
    assert Registration.objects.get(pk=carla.pk).status == RegistrationStatus.WAITING


@pytest.mark.parametrize("role", ["anonymous", "member_a", "contact_a", "manager", "editor"])
def test_a_forged_accept_link_is_refused_for_everyone(client, cast, full, role):
    _event, (aylin, bora, _carla) = full
    services.registration_cancel(registration=aylin)
    user = cast.by_role(role)
    if user is not None:
        login(client, user)
    token = services.registration_token(bora)
    for bad in (token[:-1] + ("A" if token[-1] != "A" else "B"), "x"):
        assert client.post(f"/de/anmeldung/{bad}/platz-annehmen/").status_code == 404
    assert Registration.objects.get(pk=bora.pk).offer_open


def test_the_deadline_never_passes_the_start_and_a_late_place_is_given_outright(
    publish_event, cast
):
    soon = publish_event(capacity=1, start=timezone.now() + datetime.timedelta(hours=5))
    now = timezone.now()
    assert services._offer_deadline(soon, now) == soon.start
    very_soon = publish_event(capacity=1, start=now + datetime.timedelta(minutes=40))
    assert services._offer_deadline(very_soon, now) is None


def test_no_offer_window_when_the_setting_is_zero(full, settings):
    settings.EVENT_WAITING_OFFER_HOURS = 0
    _event, (aylin, bora, _carla) = full
    services.registration_cancel(registration=aylin)
    bora.refresh_from_db()
    assert bora.status == RegistrationStatus.REGISTERED and not bora.offer_open


def test_coming_to_the_door_takes_up_the_offered_place(full, cast):
    event, (aylin, bora, _carla) = full
    services.registration_cancel(registration=aylin)
    event.start = timezone.now() - datetime.timedelta(minutes=5)
    event.save()
    bora.refresh_from_db()
    services.attendance_record(
        by=cast.manager, event=event, present={bora.pk}, listed={bora.pk}, walk_ins=0, guests=0
    )
    bora.refresh_from_db()
    assert bora.attended and not bora.offer_open


def test_the_job_is_declared_and_its_command_runs(full):
    job = job_by_name("waiting_list_offers")
    assert job.command == "expire_waiting_list_offers"
    out = io.StringIO()
    call_command(job.command, stdout=out)
    assert "Offers passed on: 0" in out.getvalue()


def test_the_door_list_shows_an_open_offer(client, cast, full):
    event, (aylin, _bora, _carla) = full
    services.registration_cancel(registration=aylin)
    login(client, cast.manager)
    page = soup(client.get(f"/de/extranet/veranstaltungen/{event.pk}/anwesenheit/"))
    assert "Platz angeboten bis" in page.get_text()


def test_an_open_offer_gets_no_reminder_until_it_is_confirmed(full):
    event, (aylin, bora, _carla) = full
    services.registration_cancel(registration=aylin)
    bora.refresh_from_db()
    soon = event.start - datetime.timedelta(hours=2)
    assert services.reminders_send(now=soon) == 0
    services.offer_accept(registration=bora)
    assert services.reminders_send(now=soon) == 1
