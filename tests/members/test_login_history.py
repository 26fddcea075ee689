"""django-axes' login records (name, address, browser, times) go with a deleted account, and
are deleted after the retention period."""

import datetime
from io import StringIO

from axes.models import AccessAttempt, AccessLog
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from .conftest import PASSWORD

LOGIN = "/de/konto/anmelden/"


def _records(username: str) -> int:
    return (
        AccessAttempt.objects.filter(username=username).count()
        + AccessLog.objects.filter(username=username).count()
    )


def test_deleting_the_account_deletes_its_login_history(cast, extranet):
    client = Client(REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Firefox")
    client.post(LOGIN, {"username": "member-a", "password": "falsch"})
    assert AccessAttempt.objects.filter(username="member-a").exists()
    client.post(LOGIN, {"username": "member-a", "password": PASSWORD})
    assert AccessLog.objects.filter(username="member-a", ip_address="203.0.113.7").exists()
    Client(REMOTE_ADDR="203.0.113.8").post(LOGIN, {"username": "contact-a", "password": "nein"})
    Client(REMOTE_ADDR="203.0.113.8").post(LOGIN, {"username": "member-a", "password": "nein"})

    response = client.post("/de/konto/loeschen/", {"password": PASSWORD})

    assert response.status_code == 302
    assert not get_user_model().objects.filter(username="member-a").exists()
    assert _records("member-a") == 0
    assert _records("contact-a") == 1  # other people's history stays


def test_an_account_deleted_in_the_admin_loses_its_login_history_too(cast):
    Client().post(LOGIN, {"username": "contact-b", "password": "falsch"})
    assert _records("contact-b") == 1

    cast.contact_b.delete()

    assert _records("contact-b") == 0


def test_login_history_older_than_the_retention_period_is_deleted(cast, settings):
    settings.LOGIN_HISTORY_RETENTION_DAYS = 90
    now = timezone.now()
    for days, username in [(91, "alt"), (89, "neu")]:
        log = AccessLog.objects.create(username=username, ip_address="203.0.113.9")
        attempt = AccessAttempt.objects.create(
            username=username, get_data="", post_data="", failures_since_start=1
        )
        AccessLog.objects.filter(pk=log.pk).update(attempt_time=now - datetime.timedelta(days))
        AccessAttempt.objects.filter(pk=attempt.pk).update(
            attempt_time=now - datetime.timedelta(days)
        )

    out = StringIO()
    call_command("expire_login_history", stdout=out)

    assert "2" in out.getvalue()

    assert _records("alt") == 0
    assert _records("neu") == 2
