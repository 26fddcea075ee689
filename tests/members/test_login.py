"""Logging in and out, the lockout after repeated failures, and the password reset."""

import re

import pytest
from django.core import mail
from django.test import Client

from members.services import user_language_set
from tests.members.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_member_logs_in_and_lands_in_the_extranet_of_their_language(cast, extranet):
    user_language_set(user=cast.member_a, language="ar")
    client = Client()

    response = client.post("/de/konto/anmelden/", {"username": "member-a", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/ar/extranet/"
    assert client.get("/ar/extranet/").status_code == 200


def test_login_is_locked_after_repeated_failures_even_with_the_right_password(cast, extranet):
    client = Client(HTTP_USER_AGENT="Chromium")
    attempts = [
        client.post("/de/konto/anmelden/", {"username": "member-a", "password": "x"})
        for _attempt in range(5)
    ]

    # The first failures are explained on the form; the fifth may already be the lockout.
    assert [response.status_code for response in attempts[:4]] == [200] * 4
    assert "Passwort eingeben" in attempts[0].content.decode()
    assert attempts[4].status_code in (200, 429)
    locked = client.post("/de/konto/anmelden/", {"username": "member-a", "password": PASSWORD})

    assert locked.status_code == 429
    assert "Zu viele" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # Someone else, on another device at the same address, is not affected.
    other = Client(HTTP_USER_AGENT="Firefox").post(
        "/de/konto/anmelden/", {"username": "contact-a", "password": PASSWORD}
    )
    assert other.status_code == 302


def test_logout_needs_a_post_and_ends_the_session(cast, extranet):
    client = Client()
    client.force_login(cast.member_a)

    assert client.get("/de/konto/abmelden/").status_code == 405
    response = client.post("/de/konto/abmelden/")

    assert response.status_code == 302
    assert client.get("/de/extranet/").status_code == 302


def test_password_reset_by_mail(cast, extranet):
    client = Client()
    client.post("/de/konto/passwort-vergessen/", {"email": cast.member_a.email})
    link = re.search(r"http://testserver(/de/konto/passwort-neu/\S+)", mail.outbox[0].body)[1]

    form = client.get(link, follow=True)
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "ganz-neues-passwort-7", "new_password2": "ganz-neues-passwort-7"},
    )

    assert done.status_code == 302
    cast.member_a.refresh_from_db()
    assert cast.member_a.check_password("ganz-neues-passwort-7")
