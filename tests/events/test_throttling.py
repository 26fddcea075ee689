"""Visitors' registrations mail text of the sender's choosing to the address typed in: they are
throttled per address of the sender and per e-mail address, with a 429 page in the visitor's
language; members registering themselves or colleagues are not."""

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import Locale

from events.models import Registration
from tests.events.conftest import login
from tests.throttling import assert_throttled, later

pytestmark = pytest.mark.django_db

ATTACKER, OTHER = "203.0.113.5", "198.51.100.7"


def register(ip: str, event, email: str):
    return Client(REMOTE_ADDR=ip).post(
        f"{event.url}anmelden/",
        {
            "name": "Leyla Şahin",
            "email": email,
            "organisation_name": "Elternverein Lirich",
            "consent": "on",
        },
    )


def test_visitors_registrations_are_limited_per_sender_address(
    publish_event, committed, monkeypatch
):
    event = publish_event(title="Elternabend", capacity=50, translate=True)
    arabic = event.get_translation(Locale.objects.get(language_code="ar")).specific
    with committed():
        for number in range(10):
            assert register(ATTACKER, event, f"person-{number}@example.org").status_code == 200

        assert_throttled(register(ATTACKER, event, "victim@example.org"))
        assert_throttled(register(ATTACKER, arabic, "victim@example.org"), language="ar")

    assert Registration.objects.count() == 10
    assert len(mail.outbox) == 10
    assert not Registration.objects.filter(email="victim@example.org").exists()
    # Someone else, elsewhere, still registers; the sender does again after the hour.
    with committed():
        assert register(OTHER, event, "victim@example.org").status_code == 200
    later(monkeypatch, 3601)
    with committed():
        assert register(ATTACKER, event, "again@example.org").status_code == 200
    assert len(mail.outbox) == 12


def test_visitors_registrations_are_limited_per_email_address(
    publish_event, committed, monkeypatch
):
    events = [publish_event(title=f"Termin {number}", capacity=10) for number in range(5)]
    with committed():
        for number, event in enumerate(events[:3]):
            assert register(f"192.0.2.{number}", event, "victim@example.org").status_code == 200

        refused = register("192.0.2.99", events[3], "Victim@Example.org")

    assert_throttled(refused)
    assert Registration.objects.count() == 3
    assert len(mail.outbox) == 3
    with committed():
        assert register("192.0.2.99", events[3], "someone@example.org").status_code == 200
    later(monkeypatch, 3601)
    with committed():
        assert register("192.0.2.99", events[4], "victim@example.org").status_code == 200
    assert len(mail.outbox) == 5


def test_members_registering_colleagues_are_not_throttled(cast, publish_event, settings):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "event_registration_ip": "1/h"}
    events = [publish_event(title=f"Treffen {n}", capacity=10, members_only=True) for n in range(3)]
    client = Client(REMOTE_ADDR=ATTACKER)
    login(client, cast.contact_a)

    responses = [client.post(f"{event.url}anmelden/", {"for_whom": "self"}) for event in events]

    assert [response.status_code for response in responses] == [302, 302, 302]
    assert Registration.objects.count() == 3
