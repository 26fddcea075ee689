"""Sessions end after a configurable idle time, in the extranet and in the admin; each request
starts the time again."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

IDLE_SECONDS = 600


@pytest.fixture
def clock(monkeypatch, settings):
    """Moves the time the session store sees (expiry is stored and checked in the database)."""
    settings.SESSION_COOKIE_AGE = IDLE_SECONDS
    start = timezone.now()
    offset = {"seconds": 0}
    monkeypatch.setattr(
        timezone, "now", lambda: start + datetime.timedelta(seconds=offset["seconds"])
    )

    def advance(seconds: int):
        offset["seconds"] += seconds

    return advance


def test_an_idle_member_is_logged_out_of_the_extranet(cast, extranet, clock):
    client = Client()
    client.post(
        "/de/konto/anmelden/", {"username": "member-a", "password": "a-long-test-password-1"}
    )
    assert client.get("/de/extranet/").status_code == 200

    clock(IDLE_SECONDS - 60)  # still active: the request starts the idle time again
    assert client.get("/de/extranet/").status_code == 200
    clock(IDLE_SECONDS - 60)
    assert client.get("/de/extranet/").status_code == 200

    clock(IDLE_SECONDS + 60)
    response = client.get("/de/extranet/")
    assert response.status_code == 302
    assert "/konto/anmelden/" in response["Location"]


def test_an_idle_editor_is_logged_out_of_the_admin(db, clock):
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", "pw-lang-genug-1")
    client = Client()
    client.post("/admin/login/", {"username": "chefin", "password": "pw-lang-genug-1"})
    assert client.get("/admin/").status_code == 200

    clock(IDLE_SECONDS + 60)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
