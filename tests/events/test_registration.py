"""Registration from the outside: a visitor's double opt-in, members registering themselves and
colleagues, the waiting list, cancellation by link, and every kind of bad input."""

import datetime
import re

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from wagtail.models import Locale

from events import selectors, services
from events.models import Registration, RegistrationStatus
from events.services import RegistrationError
from tests.events.conftest import in_days, login
from tests.html import soup

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^/\s]+(/\S+)")


def german(code: str) -> str:
    """A service's message in German, which must be a real translation."""
    with translation.override("de"):
        message = str(RegistrationError.MESSAGES[code])
    with translation.override("en"):
        assert message != str(RegistrationError.MESSAGES[code])
    return message


def links(message) -> list[str]:
    return LINK.findall(message.body)


def register_publicly(client, event, **data):
    payload = {
        "name": "Leyla Şahin",
        "email": "leyla@example.org",
        "organisation_name": "Elternverein Lirich",
        "consent": "on",
        **data,
    }
    return client.post(f"{event.url}anmelden/", payload)


def test_visitor_registers_confirms_by_email_and_gets_a_place(client, publish_event, committed):
    event = publish_event(title="Elternabend", capacity=10)

    with committed():
        response = register_publicly(client, event)

    assert response.status_code == 200
    assert "leyla@example.org" in soup(response).select_one("main").get_text()
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.PENDING
    assert registration.language == "de"
    # Pending registrations hold no place.
    assert selectors.event_places(event).registered == 0
    [confirmation] = mail.outbox
    assert "Elternabend" in confirmation.subject
    confirm_path = next(link for link in links(confirmation) if link.endswith("/bestaetigen/"))

    # Mail scanners open links: GET only shows the button.
    page = client.get(confirm_path)
    assert page.status_code == 200
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING
    assert soup(page).select_one(f'form[action="{confirm_path}"] button')

    with committed():
        confirmed = client.post(confirm_path, follow=True)
    assert confirmed.status_code == 200
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.REGISTERED
    assert registration.confirmed_at is not None
    assert "Angemeldet" in soup(confirmed).select_one("#registration-status").get_text()
    assert len(mail.outbox) == 2
    assert any(link.endswith("/abmelden/") for link in links(mail.outbox[1]))


def test_registration_in_turkish_fills_the_same_places(client, publish_event, committed):
    event = publish_event(title="Modultermin", capacity=1, translate=True)
    turkish = event.get_translation(Locale.objects.get(language_code="tr"))

    with committed():
        response = register_publicly(client, turkish.specific)

    assert response.status_code == 200
    registration = Registration.objects.get()
    assert registration.event_id == event.pk
    assert registration.language == "tr"
    # The e-mail speaks Turkish and links to the Turkish pages.
    [confirmation] = mail.outbox
    assert any("/tr/anmeldung/" in link for link in links(confirmation))
    services.registration_confirm(registration=registration)
    german_page = client.get(event.url)
    assert "Alle Plätze sind vergeben" in soup(german_page).select_one(".places").get_text()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"email": ""}, "email"),
        ({"name": ""}, "name"),
        ({"consent": ""}, "consent"),
        ({"name": "x" * 300}, "name"),
    ],
)
def test_bad_input_is_refused_with_a_german_message_and_nothing_stored(
    client, publish_event, data, field
):
    event = publish_event(capacity=10)

    response = register_publicly(client, event, **data)

    assert response.status_code == 400
    html = soup(response)
    summary = html.select_one("#error-summary")
    assert summary is not None
    # The message is German and points at the field.
    assert summary.select_one(f'a[href="#id_{field}"]')
    assert "Bitte" in summary.get_text() or "gültig" in summary.get_text()
    assert not Registration.objects.exists()
    assert mail.outbox == []


def test_registration_after_the_deadline_is_refused(client, publish_event):
    event = publish_event(
        start=in_days(5), registration_deadline=timezone.now() - datetime.timedelta(hours=1)
    )
    # The form is no longer offered ...
    page = client.get(event.url)
    assert soup(page).select_one("form[action$='anmelden/']") is None
    # ... and a post made anyway gets the reason.
    response = register_publicly(client, event)
    assert response.status_code == 409
    assert german("closed") in soup(response).select_one("#registration-error").get_text()
    assert not Registration.objects.exists()


def test_same_email_twice_is_refused(client, publish_event):
    event = publish_event(capacity=10)
    register_publicly(client, event)
    services.registration_confirm(registration=Registration.objects.get())

    response = register_publicly(client, event, email="LEYLA@example.org")

    assert response.status_code == 409
    assert german("duplicate") in soup(response).select_one("#registration-error").get_text()
    assert Registration.objects.count() == 1


def test_the_database_refuses_a_second_active_registration(publish_event):
    event = publish_event()
    Registration.objects.create(event=event, status="registered", email="a@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(event=event, status="waiting", email="a@example.org")
    # A cancelled one does not count.
    Registration.objects.filter(event=event).update(status="cancelled")
    Registration.objects.create(event=event, status="registered", email="a@example.org")


def test_full_event_puts_people_on_the_waiting_list_and_a_cancellation_moves_them_up(
    client, publish_event, committed
):
    event = publish_event(title="Kleiner Kreis", capacity=1)
    first = services.registration_request(
        event=event, name="Erste", email="eins@example.org", language="de", consent=True
    )
    second = services.registration_request(
        event=event, name="Zweite", email="zwei@example.org", language="ar", consent=True
    )
    services.registration_confirm(registration=first)
    services.registration_confirm(registration=second)
    second.refresh_from_db()
    assert second.status == RegistrationStatus.WAITING
    waiting_page = client.get(services.registration_url(second).split("localhost", 1)[-1])
    # Her link opens in Arabic, her language, and shows her place in the queue.
    assert soup(waiting_page).html["lang"] == "ar"
    status = soup(waiting_page).select_one("#registration-status").parent.get_text()
    assert "قائمة الانتظار" in status
    assert "1" in status
    mail.outbox.clear()

    cancel_path = LINK.search(services.registration_url(first, "cancel")).group(1)
    with committed():
        response = client.post(cancel_path, follow=True)

    assert response.status_code == 200
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == RegistrationStatus.CANCELLED
    assert second.status == RegistrationStatus.REGISTERED
    assert second.placed_at is not None
    # The person who moved up is told, in their language; the one who cancelled too.
    recipients = {message.to[0]: message for message in mail.outbox}
    assert set(recipients) == {"eins@example.org", "zwei@example.org"}
    with translation.override("ar"):
        expected = str(services.SUBJECTS["promoted"]).format(event=event.title)
    assert recipients["zwei@example.org"].subject == expected


def test_a_cancelled_registration_cannot_be_cancelled_again(client, publish_event):
    event = publish_event(capacity=5)
    registration = services.registration_request(
        event=event, name="A", email="a@example.org", language="de", consent=True
    )
    services.registration_cancel(registration=registration)
    path = LINK.search(services.registration_url(registration, "cancel")).group(1)

    response = client.post(path)

    assert response.status_code == 409
    assert german("cancelled") in soup(response).select_one("[role=alert]").get_text()


def test_a_link_cannot_be_forged_or_turned_into_someone_elses(client, publish_event):
    event = publish_event(capacity=5)
    mine = services.registration_request(
        event=event, name="Ich", email="ich@example.org", language="de", consent=True
    )
    theirs = services.registration_request(
        event=event, name="Andere", email="andere@example.org", language="de", consent=True
    )
    token = services.registration_token(mine)
    # Change the signed number, or make one up: the link does not work.
    forged = [
        token[:-1] + ("A" if token[-1] != "A" else "B"),
        f"{theirs.pk}:forged",
        "x",
        token.replace(token.split(":")[0], services.registration_token(theirs).split(":")[0]),
    ]
    for bad in forged:
        for suffix in ("", "abmelden/", "bestaetigen/"):
            response = client.post(f"/de/anmeldung/{bad}/{suffix}")
            assert response.status_code == 404, (bad, suffix)
    theirs.refresh_from_db()
    assert theirs.status == RegistrationStatus.PENDING
    assert "Andere" not in client.get(f"/de/anmeldung/{forged[0]}/").content.decode()


def test_member_registers_themselves_and_a_colleague(client, cast, publish_event):
    event = publish_event(title="Netzwerktreffen", capacity=10, members_only=True)
    login(client, cast.contact_a)

    mine = client.post(f"{event.url}anmelden/", {"for_whom": "self"})
    colleague = client.post(
        f"{event.url}anmelden/",
        {
            "for_whom": "other",
            "name": "Fatma Yıldız",
            "email": "",
            "organisation": cast.organisation_a.pk,
        },
    )
    again = client.post(
        f"{event.url}anmelden/",
        {"for_whom": "other", "name": "fatma yıldız", "organisation": cast.organisation_a.pk},
    )

    assert mine.status_code == 302
    assert colleague.status_code == 302
    assert again.status_code == 409
    registrations = Registration.objects.order_by("pk")
    assert [r.status for r in registrations] == ["registered", "registered"]
    assert registrations[0].user == cast.contact_a
    assert registrations[1].name == "Fatma Yıldız"
    assert registrations[1].registered_by == cast.contact_a
    assert registrations[1].organisation == cast.organisation_a
    # The member's page lists both, with their links.
    overview = client.get("/de/extranet/veranstaltungen/")
    assert "Fatma Yıldız" in overview.content.decode()


def test_member_cannot_register_people_of_another_organisation(client, cast, publish_event):
    event = publish_event(capacity=10)
    login(client, cast.member_a)

    response = client.post(
        f"{event.url}anmelden/",
        {"for_whom": "other", "name": "Fremd", "organisation": cast.organisation_b.pk},
    )

    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_event_without_registration_says_so(client, publish_event):
    event = publish_event(registration_required=False)
    page = client.get(event.url)
    assert page.status_code == 200
    assert soup(page).select_one("form[action$='anmelden/']") is None
    response = register_publicly(client, event)
    assert response.status_code == 409
    assert not Registration.objects.exists()


def test_get_on_the_registration_address_goes_back_to_the_event(client, publish_event):
    event = publish_event()
    response = client.get(f"{event.url}anmelden/")
    assert response.status_code == 302
    assert response["Location"] == event.url
