"""The e-mails that give a place carry the event as a calendar file and the admission code,
in the person's language; the network manager writes to an event's registrants at once, each
person in their own mail and language."""

import io

import pytest
import zxingcpp
from django.core import mail
from icalendar import Calendar
from PIL import Image

from events import checkin, services
from events.factories import RegistrationFactory
from events.models import RegistrationStatus
from tests.events.conftest import login
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(small_event):
    return small_event


def _ics(message) -> Calendar:
    filename, content, mimetype = message.attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    return Calendar.from_ical(content)


def test_the_confirmation_carries_the_event_as_a_calendar_file(event, committed):
    with committed():
        registration = services.registration_request(
            event=event, name="Bora", email="bora@example.org", language="tr", consent=True
        )
    confirm = mail.outbox[-1]
    assert not confirm.attachments  # no place yet: nothing for the calendar
    with committed():
        services.registration_confirm(registration=registration)
    # The admission code for the door, in her language.
    assert checkin.admission_code(registration) in mail.outbox[-1].body
    assert "Kapıdaki giriş kodunuz" in mail.outbox[-1].body
    # The admission QR code, as an image mail programs show.
    _name, png, mimetype = mail.outbox[-1].attachments[1]
    assert mimetype == "image/png"
    image = Image.open(io.BytesIO(png))
    [found] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert checkin.registration_from_code(found.text) == registration
    [item] = _ics(mail.outbox[-1]).walk("VEVENT")
    assert str(item["summary"]) == "Veli toplantısı"
    assert item["dtstart"].dt == event.start
    assert str(item["uid"]).startswith(f"event-{event.translation_key}@")


def test_the_waiting_list_mail_has_no_calendar_file_and_an_offer_waits_for_confirmation(
    event, committed
):
    first = services.registration_confirm(
        registration=services.registration_request(
            event=event, name="A", email="a@example.org", language="de", consent=True
        )
    )
    with committed():
        second = services.registration_confirm(
            registration=services.registration_request(
                event=event, name="B", email="b@example.org", language="de", consent=True
            )
        )
    assert second.status == RegistrationStatus.WAITING
    assert not mail.outbox[-1].attachments
    with committed():
        services.registration_cancel(registration=first)
    offer = next(m for m in mail.outbox if m.to == ["b@example.org"] and "frei" in m.subject)
    assert not offer.attachments
    second.refresh_from_db()
    with committed():
        services.offer_accept(registration=second)
    assert _ics(mail.outbox[-1])


@pytest.fixture
def registrants(event):
    RegistrationFactory(event=event, name="Aylin", email="aylin@example.org", language="de")
    RegistrationFactory(event=event, name="Bora", email="bora@example.org", language="tr")
    RegistrationFactory(
        event=event, name="Carla", email="carla@example.org", status=RegistrationStatus.WAITING
    )
    RegistrationFactory(
        event=event, name="Dana", email="dana@example.org", status=RegistrationStatus.CANCELLED
    )
    RegistrationFactory(event=event, name="Ohne Adresse", email="")
    return event


ROLES = {"anonymous": 302, "editor": 302, "member_a": 403, "contact_a": 403, "manager": 200}


@pytest.mark.parametrize(("role", "status"), ROLES.items())
def test_only_the_network_manager_writes_to_the_registrants(
    client, cast, registrants, committed, role, status
):
    user = cast.by_role(role)
    if user is not None:
        login(client, user)
    url = f"/de/extranet/veranstaltungen/{registrants.pk}/nachricht/"
    assert client.get(url).status_code == status
    data = {"audience": "registered", "subject": "Raum", "body": "Wir sind im Raum 2."}
    with committed():
        response = client.post(url, data)
    assert response.status_code == (302 if role == "manager" else status)
    assert bool(mail.outbox) == (role == "manager")


def test_each_person_gets_their_own_mail_in_their_language(client, cast, registrants, committed):
    login(client, cast.manager)
    with committed():
        response = client.post(
            f"/de/extranet/veranstaltungen/{registrants.pk}/nachricht/",
            {"audience": "waiting", "subject": "Raum", "body": "Wir sind im Raum 2."},
            follow=True,
        )
    assert "3" in soup(response).select_one(".messages, [role=status]").get_text()
    by_address = {m.to[0]: m for m in mail.outbox}
    assert set(by_address) == {"aylin@example.org", "bora@example.org", "carla@example.org"}
    assert all(len(m.to) == 1 and not m.bcc for m in mail.outbox)
    bora = by_address["bora@example.org"].body
    assert "Merhaba Bora" in bora and "Wir sind im Raum 2." in bora
    assert "Veli toplantısı" in bora
    assert "Hallo Aylin" in by_address["aylin@example.org"].body


def test_an_empty_or_unknown_message_is_refused_with_a_message(client, cast, registrants):
    login(client, cast.manager)
    url = f"/de/extranet/veranstaltungen/{registrants.pk}/nachricht/"
    for data in (
        {"audience": "registered", "subject": "", "body": "x"},
        {"audience": "everyone", "subject": "x", "body": "x"},
        {"audience": "registered", "subject": "x" * 151, "body": "x"},
    ):
        response = client.post(url, data)
        assert response.status_code == 400
        assert soup(response).select(".form-field--error, .errorlist")
    assert not mail.outbox


def test_a_subject_is_one_line(client, cast, registrants, committed):
    login(client, cast.manager)
    with committed():
        client.post(
            f"/de/extranet/veranstaltungen/{registrants.pk}/nachricht/",
            {"audience": "registered", "subject": "Raum\r\nBcc: x@example.org", "body": "x"},
        )
    assert {m.subject for m in mail.outbox} == {"Raum Bcc: x@example.org"}
    assert all(not m.bcc for m in mail.outbox)


def test_the_attended_audience_reaches_only_those_marked_present(registrants, cast, committed):
    registrants.registrations.filter(name="Bora").update(attended=True)
    with committed():
        sent = services.registrants_message(
            by=cast.manager, event=registrants, audience="attended", subject="Danke", body="x"
        )
    assert sent == 1
    assert [m.to for m in mail.outbox] == [["bora@example.org"]]
