"""Failed logins, paused logins and permission denials are logged with the user name and a
shortened address, never with a password."""

import logging

from django.test import Client

from .conftest import PASSWORD

LOGIN = "/de/konto/anmelden/"
WRONG = "ein-falsches-Passwort-123"


def test_a_failed_login_logs_the_name_and_network_but_no_password(cast, extranet, caplog):
    with caplog.at_level(logging.INFO, logger="members.security"):
        Client(REMOTE_ADDR="203.0.113.77").post(LOGIN, {"username": "member-a", "password": WRONG})

    messages = [r.getMessage() for r in caplog.records if r.name == "members.security"]
    assert messages == ["Login failed: user 'member-a' from 203.0.113.0/24"]
    assert WRONG not in caplog.text and "203.0.113.77" not in caplog.text


def test_a_paused_login_is_logged(cast, extranet, caplog, settings):
    client = Client(REMOTE_ADDR="203.0.113.77", HTTP_USER_AGENT="Chromium")
    with caplog.at_level(logging.INFO, logger="members.security"):
        for _attempt in range(settings.AXES_FAILURE_LIMIT + 1):
            client.post(LOGIN, {"username": "member-a", "password": WRONG})
        client.post(LOGIN, {"username": "member-a", "password": PASSWORD})

    paused = [
        r for r in caplog.records if r.name == "members.security" and r.levelno == logging.WARNING
    ]
    assert paused
    assert paused[0].getMessage() == (
        "Logins paused after repeated failures: user 'member-a' from 203.0.113.0/24"
    )
    assert WRONG not in caplog.text and PASSWORD not in caplog.text


def test_a_permission_denial_is_logged(cast, extranet, caplog):
    client = Client(REMOTE_ADDR="203.0.113.77")
    client.force_login(cast.member_a)  # not the contact person of organisation A
    with caplog.at_level(logging.INFO, logger="home.security"):
        response = client.get("/de/extranet/organisation/verein-a/bearbeiten/")

    assert response.status_code == 403
    denials = [r.getMessage() for r in caplog.records if r.name == "home.security"]
    assert denials[0] == (
        "Permission denied: user 'member-a', GET /de/extranet/organisation/verein-a/bearbeiten/,"
        " from 203.0.113.0/24"
    )
