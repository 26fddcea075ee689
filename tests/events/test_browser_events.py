"""A visitor on a phone finds a public event in the calendar, registers, confirms by the link in
the e-mail and later cancels by the link; axe-core checks each page. A member sees the month
view and their events. A participant answers a registration question and is checked in at the
door by their admission code, both on 320 px phones."""

import datetime
import re

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from events import checkin, questions
from events.factories import RegistrationFactory
from events.models import Registration, RegistrationStatus
from tests.accessibility import assert_accessible
from tests.conftest import csp_violations_watch
from tests.events.conftest import in_days

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LINK = re.compile(r"https?://[^/\s]+(/\S+)")


def _path(message, ending: str) -> str:
    return next(path for path in LINK.findall(message.body) if path.endswith(ending))


def _submit(page, selector: str) -> None:
    with page.expect_navigation():
        page.locator(selector).click()


def test_visitor_registers_confirms_and_cancels_on_a_phone(
    live_server, publish_event, calendar, phone
):
    publish_event(
        title="Modul 2: Fundraising",
        start=in_days(12, hour=10),
        capacity=12,
        teaser="Förderprogramme finden und Anträge schreiben.",
    )

    # The calendar.
    response = phone.goto(f"{live_server.url}{calendar.url}")
    assert response.status == 200
    assert phone.locator(".event-card__title").inner_text() == "Modul 2: Fundraising"
    assert_accessible(phone)

    # The event page, with its registration form.
    with phone.expect_navigation():
        phone.get_by_role("link", name="Modul 2: Fundraising").click()
    assert phone.locator("h1").inner_text() == "Modul 2: Fundraising"
    assert "12 von 12" in phone.locator(".places").inner_text()
    assert_accessible(phone)

    # A mistake first: it is announced, linked to its field, and nothing is stored.
    phone.fill("#id_name", "Leyla Şahin")
    phone.fill("#id_email", "leyla-at-example.org")
    phone.check("#id_consent")
    _submit(phone, "form.form button[type=submit]")
    summary = phone.locator("#error-summary")
    assert summary.is_visible()
    assert summary.locator('a[href="#id_email"]').count() == 1
    assert phone.input_value("#id_name") == "Leyla Şahin"
    assert not Registration.objects.exists()
    assert_accessible(phone)

    phone.fill("#id_email", "leyla@example.org")
    if not phone.is_checked("#id_consent"):
        phone.check("#id_consent")
    _submit(phone, "form.form button[type=submit]")
    assert "leyla@example.org" in phone.locator("main").inner_text()
    assert_accessible(phone)
    [confirmation] = mail.outbox

    # The link in the e-mail: confirm.
    phone.goto(live_server.url + _path(confirmation, "/bestaetigen/"))
    assert_accessible(phone)
    _submit(phone, "form.confirm-form button[type=submit]")
    assert phone.locator("#registration-status").inner_text() == "Angemeldet"
    assert phone.locator(".messages").is_visible()
    assert_accessible(phone)
    assert Registration.objects.get().status == RegistrationStatus.REGISTERED

    # Later, the cancellation link from the second e-mail.
    cancel = _path(mail.outbox[1], "/abmelden/")
    phone.goto(live_server.url + cancel)
    _submit(phone, "form.cancel-form button[type=submit]")
    assert phone.locator("#registration-status").inner_text() == "Abgemeldet"
    assert phone.locator("form.cancel-form").count() == 0
    assert_accessible(phone)
    assert Registration.objects.get().status == RegistrationStatus.CANCELLED


def test_month_view_and_module_page_are_accessible(live_server, publish_event, calendar, desktop):
    event = publish_event(title="Netzwerktreffen im Rathaus", start=in_days(3, hour=18))
    month = event.local_start.strftime("%Y-%m")

    response = desktop.goto(f"{live_server.url}{calendar.url}monat/{month}/")

    assert response.status == 200
    assert desktop.get_by_role("link", name=re.compile("Netzwerktreffen im Rathaus")).count() == 1
    assert_accessible(desktop)
    desktop.goto(f"{live_server.url}{calendar.url}vergangen/")
    assert_accessible(desktop)


def _log_in(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/de/konto/anmelden/")
    page.fill("#id_username", username)
    page.fill("#id_password", "a-long-test-password-1")
    _submit(page, "main form.form button[type=submit]")


def test_manager_marks_attendance_on_a_tablet(live_server, publish_event, cast, chromium):
    event = publish_event(title="Netzwerktreffen", start=in_days(0, hour=0), capacity=30)
    for name in ("Aylin Demir", "Bora Kaya", "Chiara Rossi"):
        RegistrationFactory(event=event, name=name, organisation=cast.organisation_a)
    context = chromium.new_context(viewport={"width": 820, "height": 1180}, locale="de-DE")
    tablet = context.new_page()
    violations = csp_violations_watch(tablet)
    _log_in(tablet, live_server, "manager")

    tablet.goto(f"{live_server.url}/de/extranet/veranstaltungen/{event.pk}/anwesenheit/")
    assert_accessible(tablet)
    # Tapping anywhere on a row ticks it.
    tablet.get_by_text("Aylin Demir").click()
    tablet.get_by_text("Chiara Rossi").click()
    tablet.fill("#id_walk_ins", "2")
    _submit(tablet, "form.attendance-form button[type=submit]")

    assert tablet.locator(".messages").is_visible()
    attended = set(event.registrations.filter(attended=True).values_list("name", flat=True))
    assert attended == {"Aylin Demir", "Chiara Rossi"}
    assert tablet.is_checked("input[name=present] >> nth=0")
    assert_accessible(tablet)

    # Someone who did not register gives their name at the door.
    tablet.fill("#id_name", "Deniz Yıldız")
    tablet.select_option("#id_organisation", label=cast.organisation_a.name)
    _submit(tablet, "form.walk-in-form button[type=submit]")

    assert tablet.locator(".messages").is_visible()
    assert tablet.get_by_label(re.compile("Deniz Yıldız")).is_checked()
    assert event.registrations.get(name="Deniz Yıldız").walk_in
    assert_accessible(tablet)
    context.close()
    assert violations == []


def test_contact_person_proposes_an_offering(live_server, calendar, cast, desktop):
    _log_in(desktop, live_server, "contact-a")
    desktop.goto(f"{live_server.url}/de/extranet/veranstaltungen/angebot-einreichen/")
    assert_accessible(desktop)
    desktop.fill("#id_title", "Lesepatenschaften")
    desktop.fill("#id_start", "2030-05-04T15:00")
    desktop.fill("#id_end", "2030-05-04T17:00")
    desktop.fill("#id_teaser", "Ehrenamtliche lesen mit Kindern.")
    desktop.fill("#id_venue_name", "Vereinsheim")
    desktop.fill("#id_venue_address", "Marktstraße 1")
    _submit(desktop, "form.form button[type=submit]")

    assert desktop.url.endswith("/de/extranet/veranstaltungen/")
    assert "Lesepatenschaften" in desktop.locator("table").inner_text()
    assert_accessible(desktop)


# What sticks out sideways at 320 px (none: the door is used on small phones).
SIDEWAYS = "() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth"


def test_participant_answers_a_question_and_is_checked_in_at_the_door_on_phones(
    live_server, publish_event, cast, chromium
):
    # Doors open: the event starts in half an hour, registration is still open.
    event = publish_event(
        title="Elternabend",
        start=timezone.now() + datetime.timedelta(minutes=30),
        capacity=20,
        registration_questions=[
            ("food", {"question": "Essen", "help_text": "", "required": True}),
            ("childcare", {"question": "Kinderbetreuung", "help_text": "", "required": False}),
        ],
    )
    food = next(q for q in questions.event_questions(event) if q.kind == "food")
    context = chromium.new_context(viewport={"width": 320, "height": 700}, locale="de-DE")
    phone = context.new_page()
    violations = csp_violations_watch(phone)

    # The participant registers, answering the question, and confirms by the e-mail's link.
    phone.goto(f"{live_server.url}{event.url}")
    phone.fill("#id_name", "Leyla Şahin")
    phone.fill("#id_email", "leyla@example.org")
    phone.select_option(f"#id_{food.field_name}", "halal")
    phone.check("#id_consent")
    _submit(phone, "form.form button[type=submit]")
    phone.goto(live_server.url + _path(mail.outbox[0], "/bestaetigen/"))
    _submit(phone, "form.confirm-form button[type=submit]")
    registration = Registration.objects.get()
    assert registration.answers == {food.key: "halal"}
    # Her page shows the admission code as QR code and as text.
    assert phone.locator(".admission-qr svg").is_visible()
    code = phone.locator(".admission-code").inner_text()
    assert code == checkin.admission_code(registration)
    assert phone.evaluate(SIDEWAYS) <= 0
    assert_accessible(phone)

    # At the door, on the network manager's phone: search, see the answer, type the code.
    door = chromium.new_context(viewport={"width": 320, "height": 700}, locale="de-DE").new_page()
    door_violations = csp_violations_watch(door)
    _log_in(door, live_server, "manager")
    door.goto(f"{live_server.url}/de/extranet/veranstaltungen/{event.pk}/anwesenheit/")
    door.fill("#door-search", "şahin")
    _submit(door, "form.door-search button[type=submit]")
    assert "Halal" in door.locator(".registration-answers").inner_text()
    assert door.evaluate(SIDEWAYS) <= 0
    assert_accessible(door)
    door.fill("#id_code", code.lower())
    _submit(door, "form.checkin-code-form button[type=submit]")
    assert "eingecheckt" in door.locator(".messages").inner_text()
    assert Registration.objects.get().attended
    assert door.evaluate(SIDEWAYS) <= 0
    assert_accessible(door)
    # The QR code, scanned by the phone's camera, opens the check-in page: twice is harmless.
    door.goto(checkin.admission_url(registration).replace(settings.PUBLIC_URL, live_server.url))
    assert door.evaluate(SIDEWAYS) <= 0
    _submit(door, "form.checkin-form button[type=submit]")
    assert "bereits eingecheckt" in door.locator(".messages").inner_text()
    door.context.close()
    context.close()
    assert violations == door_violations == []
