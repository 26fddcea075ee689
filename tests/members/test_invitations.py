"""Invitations: a link works once, expires, and only brings people into the organisation it was
made for, by people allowed to invite."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.test import Client, override_settings
from django.utils import timezone

from members import selectors, services
from members.models import Invitation, Membership

pytestmark = pytest.mark.django_db

NEW_ACCOUNT = {
    "first_name": "Neue",
    "last_name": "Person",
    "password1": "ein-sehr-gutes-passwort-42",
    "password2": "ein-sehr-gutes-passwort-42",
}


def _invite(cast, *, by=None, role="member", email="neu@example.org", language="de"):
    return services.invitation_create(
        by=by or cast.contact_a,
        organisation=cast.organisation_a,
        email=email,
        role=role,
        language=language,
        base_url="http://testserver",
    )


def test_invitation_mail_carries_a_link_that_creates_the_account_once(cast, extranet):
    invitation = _invite(cast, language="tr")
    url = f"/tr/konto/einladung/{invitation.token}/"

    assert url in mail.outbox[0].body
    assert mail.outbox[0].to == ["neu@example.org"]
    first = Client().post(url, NEW_ACCOUNT)
    second = Client().post(url, NEW_ACCOUNT)
    again = Client().get(url)

    assert first.status_code == 302
    user = get_user_model().objects.get(email="neu@example.org")
    assert Membership.objects.get(user=user).organisation == cast.organisation_a
    assert selectors.user_language(user) == "tr"
    assert second.status_code == 410 and again.status_code == 410
    assert "bereits verwendet" in Client().get(url.replace("/tr/", "/de/")).content.decode()
    assert get_user_model().objects.filter(email="neu@example.org").count() == 1
    # Only a hash of the token is stored.
    assert not Invitation.objects.filter(token_hash=invitation.token).exists()


def test_expired_invitation_is_refused_with_a_clear_page(cast, extranet):
    invitation = _invite(cast)
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    response = Client().post(f"/de/konto/einladung/{invitation.token}/", NEW_ACCOUNT)

    assert response.status_code == 410
    assert "abgelaufen" in response.content.decode()
    assert not get_user_model().objects.filter(email="neu@example.org").exists()


def test_unknown_and_withdrawn_invitations_are_refused(cast, extranet):
    invitation = _invite(cast)
    services.invitation_withdraw(by=cast.contact_a, invitation=invitation)

    unknown = Client().get("/de/konto/einladung/nicht-echt/")
    withdrawn = Client().get(f"/de/konto/einladung/{invitation.token}/")

    assert unknown.status_code == 404
    assert withdrawn.status_code == 410


def test_logged_in_member_joins_a_second_organisation_with_one_click(cast, extranet):
    invitation = services.invitation_create(
        by=cast.contact_b,
        organisation=cast.organisation_b,
        email=cast.member_a.email,
        role="member",
        language="de",
        base_url="http://testserver",
    )
    client = Client()
    client.force_login(cast.member_a)

    response = client.post(f"/de/konto/einladung/{invitation.token}/")

    assert response.status_code == 302
    assert set(cast.member_a.memberships.values_list("organisation__slug", flat=True)) == {
        "verein-a",
        "verein-b",
    }


def test_only_the_network_manager_invites_contact_persons(cast, extranet):
    with pytest.raises(PermissionDenied):
        _invite(cast, by=cast.contact_a, role="contact")
    with pytest.raises(PermissionDenied):
        _invite(cast, by=cast.member_a, role="member")

    invitation = _invite(cast, by=cast.manager, role="contact")

    assert invitation.role == "contact"


def test_contact_cannot_invite_into_another_organisation(cast, extranet):
    client = Client()
    client.force_login(cast.contact_b)

    response = client.post(
        "/de/extranet/organisation/verein-a/mitglieder/",
        {"email": "fremd@example.org", "role": "member", "language": "de"},
    )
    tampered_role = Client()
    tampered_role.force_login(cast.contact_a)
    as_contact = tampered_role.post(
        "/de/extranet/organisation/verein-a/mitglieder/",
        {"email": "fremd@example.org", "role": "contact", "language": "de"},
    )

    assert response.status_code == 403
    assert as_contact.status_code == 400  # "contact" is not a role this user may offer
    assert Invitation.objects.count() == 0
    assert mail.outbox == []


def test_weak_password_on_the_invitation_form_is_explained(cast, extranet):
    invitation = _invite(cast)

    response = Client().post(
        f"/de/konto/einladung/{invitation.token}/",
        {**NEW_ACCOUNT, "password1": "123", "password2": "123"},
    )

    assert response.status_code == 400
    assert "zu kurz" in response.content.decode()
    assert Invitation.objects.get(pk=invitation.pk).accepted_at is None


def test_an_invitation_whose_mail_was_refused_is_not_called_sent(cast, extranet):
    client = Client()
    client.force_login(cast.contact_a)
    url = "/de/extranet/organisation/verein-a/mitglieder/"
    data = {"email": "neu@example.org", "role": "member", "language": "de"}

    with override_settings(EMAIL_BACKEND="tests.events.failing_mail.EmailBackend"):
        refused = client.post(url, data, follow=True).content.decode()
    sent = client.post(url, data, follow=True).content.decode()

    assert "Die Einladung an neu@example.org konnte nicht gesendet werden" in refused
    assert "Die Einladung wurde an neu@example.org gesendet" not in refused
    assert "Die Einladung wurde an neu@example.org gesendet" in sent
    assert mail.outbox[0].to == ["neu@example.org"]
