"""Abuse from the outside: password resets and invitations are throttled with a 429 page in the
visitor's language, and the login lockout cannot be turned against an account's owner."""

import pytest
from django.core import mail
from django.test import Client

from members.models import Invitation
from tests.members.conftest import PASSWORD
from tests.throttling import assert_throttled, later

pytestmark = pytest.mark.django_db

ATTACKER, OWNER, PROXY = "203.0.113.5", "198.51.100.7", "10.0.0.2"
RESET = "/{language}/konto/passwort-vergessen/"
LOGIN = "/de/konto/anmelden/"
MEMBERS = "/de/extranet/organisation/{slug}/mitglieder/"


def reset(ip: str, email: str, language: str = "de"):
    return Client(REMOTE_ADDR=ip).post(RESET.format(language=language), {"email": email})


# Password reset -------------------------------------------------------------------------------


def test_password_reset_is_limited_per_address_in_any_language(cast, monkeypatch):
    address = cast.member_a.email
    # Five resets from five places reach the owner; the sixth mails nothing, wherever from.
    for number in range(5):
        assert reset(f"192.0.2.{number}", address).status_code == 302
    assert len(mail.outbox) == 5

    assert_throttled(reset("192.0.2.50", address))
    assert_throttled(reset("192.0.2.51", address.upper(), language="ar"), language="ar")
    assert len(mail.outbox) == 5
    # Another address from the same place still works.
    assert reset("192.0.2.50", cast.contact_a.email).status_code == 302
    assert mail.outbox[-1].to == [cast.contact_a.email]

    later(monkeypatch, 3601)
    assert reset("192.0.2.50", address).status_code == 302
    assert mail.outbox[-1].to == [address]


def test_password_reset_is_limited_per_sender_address(cast, monkeypatch):
    for number in range(20):
        assert reset(ATTACKER, f"unknown-{number}@example.org").status_code == 302

    refused = reset(ATTACKER, cast.member_a.email, language="ar")

    assert_throttled(refused, language="ar")
    assert mail.outbox == []
    # The owner, elsewhere, is not affected.
    assert reset(OWNER, cast.member_a.email).status_code == 302
    assert len(mail.outbox) == 1
    later(monkeypatch, 3601)
    assert reset(ATTACKER, cast.contact_a.email).status_code == 302
    assert len(mail.outbox) == 2


# Invitations ----------------------------------------------------------------------------------


def invite(client, slug: str, email: str):
    return client.post(
        MEMBERS.format(slug=slug), {"email": email, "role": "member", "language": "de"}
    )


def test_invitations_are_limited_per_user(cast, extranet, settings, monkeypatch):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "invitation_user": "2/h"}
    contact_a, contact_b = Client(), Client()
    contact_a.force_login(cast.contact_a)
    contact_b.force_login(cast.contact_b)
    assert invite(contact_a, "verein-a", "eins@example.org").status_code == 302
    assert invite(contact_a, "verein-a", "zwei@example.org").status_code == 302

    assert_throttled(invite(contact_a, "verein-a", "drei@example.org"))
    assert Invitation.objects.count() == 2
    assert len(mail.outbox) == 2
    # Another person may still invite.
    assert invite(contact_b, "verein-b", "drei@example.org").status_code == 302
    assert len(mail.outbox) == 3

    later(monkeypatch, 3601)
    assert invite(contact_a, "verein-a", "drei@example.org").status_code == 302
    assert Invitation.objects.filter(organisation=cast.organisation_a).count() == 3


def test_the_default_invitation_rate_allows_a_whole_group_at_once(cast, extranet):
    contact = Client()
    contact.force_login(cast.contact_a)
    responses = [invite(contact, "verein-a", f"person-{n}@example.org") for n in range(30)]

    assert {response.status_code for response in responses} == {302}
    assert_throttled(invite(contact, "verein-a", "one-too-many@example.org"))
    assert Invitation.objects.count() == 30


# Login lockout --------------------------------------------------------------------------------


def fail_logins(ip: str, username: str, times: int = 5, **headers) -> None:
    attacker = Client(REMOTE_ADDR=ip, HTTP_USER_AGENT="curl", **headers)
    for _attempt in range(times):
        attacker.post(LOGIN, {"username": username, "password": "wrong"})


def test_failed_logins_from_elsewhere_do_not_lock_the_owner_out(cast, extranet):
    fail_logins(ATTACKER, "member-a")

    # The attacker is locked out, even with the right password.
    attacker = Client(REMOTE_ADDR=ATTACKER, HTTP_USER_AGENT="curl")
    locked = attacker.post(LOGIN, {"username": "member-a", "password": PASSWORD})
    assert locked.status_code == 429
    assert "_auth_user_id" not in attacker.session
    # The owner, from their own address (same browser name, even), logs in.
    owner = Client(REMOTE_ADDR=OWNER, HTTP_USER_AGENT="curl")
    response = owner.post(LOGIN, {"username": "member-a", "password": PASSWORD})
    assert response.status_code == 302
    assert owner.session["_auth_user_id"] == str(cast.member_a.pk)


def test_one_browser_trying_many_names_is_locked_for_every_name(cast, extranet):
    for username in ("member-a", "contact-a", "contact-b", "manager", "editor"):
        fail_logins(ATTACKER, username, times=1)

    attacker = Client(REMOTE_ADDR=ATTACKER, HTTP_USER_AGENT="curl")
    locked = attacker.post(LOGIN, {"username": "member-a", "password": PASSWORD})

    assert locked.status_code == 429
    owner = Client(REMOTE_ADDR=OWNER, HTTP_USER_AGENT="curl")
    assert owner.post(LOGIN, {"username": "member-a", "password": PASSWORD}).status_code == 302


def test_behind_the_proxy_the_lockout_counts_the_visitors_address(cast, extranet, settings):
    """In production every request comes from the reverse proxy; it appends the visitor's
    address to X-Forwarded-For. What a client writes there itself does not count."""
    settings.TRUSTED_PROXY_COUNT = 1
    fail_logins(PROXY, "member-a", HTTP_X_FORWARDED_FOR=f"{OWNER}, {ATTACKER}")

    attacker = Client(
        REMOTE_ADDR=PROXY, HTTP_USER_AGENT="curl", HTTP_X_FORWARDED_FOR=f"192.0.2.9, {ATTACKER}"
    )
    owner = Client(REMOTE_ADDR=PROXY, HTTP_USER_AGENT="curl", HTTP_X_FORWARDED_FOR=OWNER)

    assert attacker.post(LOGIN, {"username": "member-a", "password": PASSWORD}).status_code == 429
    assert owner.post(LOGIN, {"username": "member-a", "password": PASSWORD}).status_code == 302
