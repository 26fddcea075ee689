"""Attendance agrees with the registration, through the door list and the certificate link:
nothing is recorded before the event's start (and at the start it is), whoever is ticked is
registered (off the waiting list, back from a cancellation), a person who came without
registering is added at the door by name and counts everywhere a registration counts, the
nameless stay a number, and a certificate exists only from the start on, only for who was
marked present, and says why it is gone once the name has been removed."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext
from pypdf import PdfReader

from events import selectors, services
from events.factories import QualificationModuleFactory, RegistrationFactory
from events.models import EventKind, Registration, RegistrationStatus
from tests.events.conftest import in_days, login
from tests.html import soup

pytestmark = pytest.mark.django_db


def door_list(event) -> str:
    return f"/de/extranet/veranstaltungen/{event.pk}/anwesenheit/"


def walk_in_url(event) -> str:
    return door_list(event) + "person-hinzufuegen/"


def certificate_url(registration, language: str = "de") -> str:
    token = services.registration_token(registration)
    return f"/{language}/anmeldung/{token}/teilnahmebescheinigung.pdf"


def said(message: str, language: str = "de", **values) -> str:
    """`message` as the UI shows it in `language`, with its placeholders filled in."""
    with translation.override(language):
        text = gettext(message)
    return text % values if values else text


def text_of(response) -> str:
    return " ".join(soup(response).get_text(" ").split())


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.fixture
def session(publish_event):
    """`session(start)`: a module session with one place, starting at `start`."""
    module = QualificationModuleFactory(number=2, title="Öffentlichkeitsarbeit")

    def make(start):
        return publish_event(
            title="Modul 2, Termin 1",
            kind=EventKind.MODULE_SESSION,
            module=module,
            start=start,
            end=start + datetime.timedelta(hours=3),
            capacity=1,
        )

    return make


@pytest.fixture
def at(monkeypatch):
    """`at(moment)`: from now on, the clock of every request says `moment`."""
    return lambda moment: monkeypatch.setattr(timezone, "now", lambda: moment)


# Before the start, at the start ----------------------------------------------------------------


def test_nothing_is_recorded_for_an_event_three_weeks_ahead(client, cast, session):
    event = session(in_days(21))
    registration = RegistrationFactory(event=event, name="Aylin", organisation=cast.organisation_a)
    login(client, cast.manager)

    page = client.get(door_list(event))
    assert page.status_code == 200
    assert 'name="present"' not in page.content.decode()
    start = said("Attendance can be recorded from the start of the event on (%(start)s).")
    assert start.split("%(start)s")[0].strip() in page.content.decode()
    assert "Aylin" in text_of(page)

    ticked = client.post(
        door_list(event), {"present": [registration.pk], "walk_ins": 0, "guests": 0}
    )
    added = client.post(walk_in_url(event), {"name": "Bora Gast", "language": "de"})

    refusal = said("Attendance can be recorded from the start of the event on, not before.")
    assert ticked.status_code == 409
    assert refusal in text_of(ticked)
    assert added.status_code == 409
    assert refusal in text_of(added)
    registration.refresh_from_db()
    assert registration.attended is None
    assert list(Registration.objects.values_list("name", flat=True)) == ["Aylin"]


def test_a_certificate_before_the_start_is_refused_even_if_marked(client, cast, session):
    event = session(in_days(21))
    # Marked present by an earlier version or by hand in the database.
    registration = RegistrationFactory(event=event, attended=True)

    response = client.get(certificate_url(registration))

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    assert said(
        "The event has not begun yet. A certificate of attendance exists only once the event "
        "has started and you have been marked as present."
    ) in text_of(response)
    page = client.get(f"/de/anmeldung/{services.registration_token(registration)}/")
    assert "teilnahmebescheinigung.pdf" not in page.content.decode()


def test_attendance_opens_at_the_start_to_the_second(client, cast, session, at):
    start = in_days(1, hour=10)
    event = session(start)
    registration = RegistrationFactory(event=event, name="Aylin", organisation=cast.organisation_a)
    ticked = {"present": [registration.pk], "walk_ins": 0, "guests": 0}

    at(start - datetime.timedelta(seconds=1))
    login(client, cast.manager)
    early = client.post(door_list(event), ticked)
    early_certificate = client.get(certificate_url(registration))
    at(start)
    on_time = client.post(door_list(event), ticked)
    certificate = client.get(certificate_url(registration))

    assert early.status_code == 409
    assert early_certificate.status_code == 404
    assert on_time.status_code == 302
    registration.refresh_from_db()
    assert registration.attended is True
    assert certificate.status_code == 200
    assert certificate["Content-Type"] == "application/pdf"
    assert "Aylin" in pdf_text(certificate.content)


# Whoever is ticked is registered ---------------------------------------------------------------


def test_a_person_on_the_waiting_list_who_came_leaves_it_for_good(client, cast, session):
    event = session(timezone.now() - datetime.timedelta(hours=1))
    placed = RegistrationFactory(event=event, name="Aylin")
    waiting = RegistrationFactory(
        event=event, name="Bora", status=RegistrationStatus.WAITING, placed_at=None
    )
    login(client, cast.manager)
    page = client.get(door_list(event))
    assert said("waiting list: ticking registers them") in text_of(page)

    response = client.post(
        door_list(event), {"present": [waiting.pk], "walk_ins": 0, "guests": 0}, follow=True
    )

    assert response.status_code == 200
    assert said(
        "Marked present and so registered (they leave the waiting list): %(names)s", names="Bora"
    ) in text_of(response)
    waiting.refresh_from_db()
    placed.refresh_from_db()
    assert waiting.status == RegistrationStatus.REGISTERED
    assert waiting.attended is True and waiting.placed_at is not None
    assert placed.attended is False
    assert selectors.event_places(event).waiting == 0
    assert selectors.waiting_position(waiting) is None
    # No later offer of a place: nobody is left waiting, and nothing is mailed.
    assert services.waiting_list_advance(event=event) == []
    assert len(mail.outbox) == 0
    own_page = client.get(f"/de/anmeldung/{services.registration_token(waiting)}/")
    status = soup(own_page).select_one("#registration-status").get_text(strip=True)
    with translation.override("de"):
        assert status == str(RegistrationStatus.REGISTERED.label)
    assert "teilnahmebescheinigung.pdf" in own_page.content.decode()


def test_a_cancelled_person_who_came_is_registered_again(client, cast, session):
    event = session(timezone.now() - datetime.timedelta(hours=1))
    cancelled = RegistrationFactory(
        event=event,
        name="Cem",
        status=RegistrationStatus.CANCELLED,
        cancelled_at=timezone.now() - datetime.timedelta(days=2),
    )
    # Cancelled once, registered again: only the active registration is on the list.
    RegistrationFactory(
        event=event,
        name="Dilek",
        email="dilek@example.org",
        status=RegistrationStatus.CANCELLED,
        cancelled_at=timezone.now() - datetime.timedelta(days=3),
    )
    again = RegistrationFactory(event=event, name="Dilek", email="dilek@example.org")
    login(client, cast.manager)

    page = client.get(door_list(event))
    ticks = [box["value"] for box in soup(page).select('input[name="present"]')]
    assert sorted(int(value) for value in ticks) == sorted([cancelled.pk, again.pk])
    assert said("cancelled: ticking registers them again") in text_of(page)

    response = client.post(
        door_list(event), {"present": [cancelled.pk], "walk_ins": 0, "guests": 0}, follow=True
    )

    assert said(
        "Marked present, so their cancellation is undone: %(names)s", names="Cem"
    ) in text_of(response)
    cancelled.refresh_from_db()
    assert cancelled.status == RegistrationStatus.REGISTERED
    assert cancelled.attended is True and cancelled.cancelled_at is None
    assert client.get(certificate_url(cancelled)).status_code == 200


# Added at the door -------------------------------------------------------------------------------


def test_a_person_added_at_the_door_counts_and_gets_a_certificate(client, cast, session, committed):
    # Over: the figures of the reports count events that have ended.
    event = session(timezone.now() - datetime.timedelta(hours=4))
    RegistrationFactory(event=event, name="Aylin", organisation=cast.organisation_a, attended=True)
    login(client, cast.manager)

    with committed():
        response = client.post(
            walk_in_url(event),
            {
                "name": " Emre Spontan ",
                "organisation": cast.organisation_b.pk,
                "email": "Emre@Example.org",
                "language": "tr",
            },
            follow=True,
        )

    assert response.status_code == 200
    assert said("%(name)s has been added and marked present.", name="Emre Spontan") in text_of(
        response
    )
    emre = Registration.objects.get(name="Emre Spontan")
    assert (emre.walk_in, emre.status, emre.attended) == (True, "registered", True)
    assert (emre.email, emre.organisation, emre.language) == (
        "emre@example.org",
        cast.organisation_b,
        "tr",
    )
    # Their page, with the certificate, by e-mail in their language.
    [message] = mail.outbox
    assert message.to == ["emre@example.org"]
    assert message.subject.startswith(
        said("Thank you for taking part: {event}", "tr").split("{event}")[0]
    )
    assert f"/tr/anmeldung/{services.registration_token(emre)}/" in message.body
    certificate = client.get(certificate_url(emre, "tr"))
    assert certificate.status_code == 200
    assert "Emre Spontan" in pdf_text(certificate.content)
    assert "Verein B e.V." in pdf_text(certificate.content)

    # Every count agrees: the event, the participants figure, the organisations.
    counts = selectors.attendance_for_event(event)
    assert (counts["added_at_door"], counts["attended"], counts["total"]) == (1, 2, 2)
    assert said("Added at the door: %(added)s.", added=1) in text_of(client.get(door_list(event)))
    totals = selectors.attendance_totals(events=selectors.events_held().filter(pk=event.pk))
    assert (totals["attended"], totals["organisations"], totals["total"]) == (2, 2, 2)
    organisations = {
        row["organisation__name"]: row["people"]
        for row in selectors.attendance_by_organisation(
            events=selectors.events_held().filter(pk=event.pk)
        )
    }
    assert organisations == {"Verein A e.V.": 1, "Verein B e.V.": 1}
    matrix = selectors.sessions_attended_by_organisation_and_module()
    assert matrix[(cast.organisation_b.pk, event.module_id)] == 1

    exported = client.get(f"/de/extranet/veranstaltungen/{event.pk}/teilnehmende.csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    column = rows[0].index(said("Added at the door"))
    assert {row[0]: row[column] for row in rows[1:]} == {
        "Aylin": said("no"),
        "Emre Spontan": said("yes"),
    }


def test_a_person_without_e_mail_is_added_and_the_manager_prints_the_certificate(
    client, cast, session, committed
):
    event = session(timezone.now() - datetime.timedelta(hours=1))
    login(client, cast.manager)

    with committed():
        response = client.post(
            walk_in_url(event),
            {"name": "Fatma", "organisation_name": "Gastverein", "language": "de"},
        )

    assert response.status_code == 302
    fatma = Registration.objects.get(name="Fatma")
    assert (fatma.organisation_label, fatma.email, fatma.walk_in) == ("Gastverein", "", True)
    assert len(mail.outbox) == 0
    page = client.get(door_list(event))
    links = [a["href"] for a in soup(page).select("a[href$='teilnahmebescheinigung.pdf']")]
    # The token is signed with the second it was made in: compare whom it names.
    [link] = links
    token = link.split("/anmeldung/")[1].split("/")[0]
    assert link == f"/de/anmeldung/{token}/teilnahmebescheinigung.pdf"
    assert services.registration_from_token(token) == fatma
    assert said("added at the door") in text_of(page)
    assert client.get(link).status_code == 200


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "", "language": "de"}, "name"),
        ({"name": "   ", "language": "de"}, "name"),
        ({"name": "Gül", "email": "keine-adresse", "language": "de"}, "email"),
        ({"name": "Gül", "organisation": "999999", "language": "de"}, "organisation"),
        ({"name": "Gül", "language": "xx"}, "language"),
    ],
)
def test_bad_input_at_the_door_is_refused_with_a_message(client, cast, session, data, field):
    event = session(timezone.now() - datetime.timedelta(hours=1))
    login(client, cast.manager)

    response = client.post(walk_in_url(event), data)

    assert response.status_code == 400
    form = soup(response).select_one("form.walk-in-form")
    assert form.select_one(f"#id_{field}").find_parent(class_="form-field--error") is not None
    assert not Registration.objects.exists()


def test_someone_already_registered_is_marked_not_added_twice(client, cast, session):
    event = session(timezone.now() - datetime.timedelta(hours=1))
    waiting = RegistrationFactory(
        event=event,
        name="Hasan",
        email="hasan@example.org",
        status=RegistrationStatus.WAITING,
        placed_at=None,
    )
    login(client, cast.manager)

    by_address = client.post(
        walk_in_url(event), {"name": "H. K.", "email": "HASAN@example.org", "language": "de"}
    )
    first = client.post(walk_in_url(event), {"name": "Inci", "language": "de"})
    second = client.post(walk_in_url(event), {"name": "inci", "language": "de"})

    assert by_address.status_code == 302
    waiting.refresh_from_db()
    assert (waiting.status, waiting.attended, waiting.walk_in) == ("registered", True, False)
    assert first.status_code == 302
    assert second.status_code == 409
    assert said(
        "A person of this name and organisation is already on the list: please tick them there."
    ) in text_of(second)
    assert sorted(Registration.objects.values_list("name", flat=True)) == ["Hasan", "Inci"]


def test_people_who_give_no_name_stay_a_number(client, cast, session):
    event = session(timezone.now() - datetime.timedelta(hours=1))
    aylin = RegistrationFactory(event=event, name="Aylin")
    login(client, cast.manager)
    client.post(walk_in_url(event), {"name": "Jale", "language": "de"})

    response = client.post(
        door_list(event),
        {
            "present": [aylin.pk, Registration.objects.get(name="Jale").pk],
            "walk_ins": 3,
            "guests": 1,
        },
    )

    assert response.status_code == 302
    counts = selectors.attendance_for_event(event)
    assert counts == {
        "registered": 1,
        "added_at_door": 1,
        "attended": 2,
        "walk_ins": 3,
        "guests": 1,
        "total": 6,
    }


def test_only_the_network_manager_adds_people_at_the_door(client, cast, session):
    event = session(timezone.now() - datetime.timedelta(hours=1))
    for role, status in (("anonymous", 302), ("member_a", 403), ("contact_a", 403)):
        client.logout()
        user = cast.by_role(role)
        if user is not None:
            login(client, user)
        response = client.post(walk_in_url(event), {"name": "Kaan", "language": "de"})
        assert response.status_code == status, role
    assert not Registration.objects.exists()


# Certificates that are not (or no longer) there --------------------------------------------------


def test_no_certificate_for_who_was_not_marked_present(client, session):
    event = session(timezone.now() - datetime.timedelta(hours=1))
    absent = RegistrationFactory(event=event, attended=False)

    response = client.get(certificate_url(absent))

    assert response.status_code == 404
    assert said(
        "A certificate of attendance is issued for module sessions to people who have been "
        "marked as present. This registration has not been marked as present; if you were "
        "there, please contact the network office."
    ) in text_of(response)


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_the_certificate_of_an_anonymised_registration_is_gone_and_says_why(
    client, session, language
):
    event = session(in_days(-400))
    registration = RegistrationFactory(event=event, name="Lale", attended=True, language="de")
    assert services.registrations_anonymise() == 1

    response = client.get(certificate_url(registration, language))

    assert response.status_code == 410
    page = soup(response)
    assert page.find("html")["lang"] == language
    assert page.h1.get_text(strip=True) == said("This certificate is no longer available", language)
    assert said(
        "If you need a confirmation of your attendance, please contact the network office.",
        language,
    ) in text_of(response)
    assert "365" in text_of(response)
