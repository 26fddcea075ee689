"""Errors you can see: liveness and readiness probes, a request id on responses and log lines,
JSON logs in production, error reports that carry no personal data, and Prometheus metrics
behind authentication."""

import datetime
import json
import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

import pytest
import sentry_sdk
from django.contrib.auth import get_user_model
from django.core.signals import request_started
from django.core.wsgi import get_wsgi_application
from django.db import OperationalError, close_old_connections, connection
from django.utils import timezone
from sentry_sdk.transport import Transport
from wagtail import hooks

import members.views
from home.error_reporting import error_reporting_init
from home.models import Heartbeat
from home.services import heartbeat_record

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
    }
}


def refuse_database(monkeypatch):
    def refuse():
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)


# Liveness and readiness ----------------------------------------------------------------------


def test_liveness_answers_without_the_database(client, monkeypatch):
    refuse_database(monkeypatch)

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_readiness_checks_the_database_and_the_cache(client):
    response = client.get("/readyz", HTTP_HOST="10.0.0.7:8000")  # a probe, whatever its host

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "worker": "ok"},  # immediate tasks: no worker
    }
    assert "no-cache" in response["Cache-Control"]


def test_readiness_fails_without_the_database(client, monkeypatch):
    refuse_database(monkeypatch)

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["checks"]["database"] == "failed: OperationalError"
    assert response.json()["checks"]["cache"] == "ok"


def test_readiness_fails_without_the_cache(client, settings):
    settings.CACHES = UNREACHABLE_REDIS

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "ok"
    assert response.json()["checks"]["cache"].startswith("failed: ")


def test_readiness_fails_while_no_worker_takes_queued_tasks(client, settings):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"]}}

    never_ran = client.get("/readyz")
    heartbeat_record(process="worker")
    beating = client.get("/readyz")
    Heartbeat.objects.update(beat_at=timezone.now() - datetime.timedelta(minutes=5))
    silent = client.get("/readyz")

    assert never_ran.status_code == 503
    assert never_ran.json()["checks"]["worker"] == "failed: RuntimeError"
    assert beating.status_code == 200
    assert beating.json()["checks"]["worker"] == "ok"
    assert silent.status_code == 503


def test_an_app_adds_a_readiness_check_through_the_hook(client):
    def worker_heartbeat_check():
        raise RuntimeError("no heartbeat for 5 minutes")

    with hooks.register_temporarily("readiness_checks", lambda: [worker_heartbeat_check]):
        response = client.get("/readyz")

    assert response.status_code == 503
    # The kind of failure only: a message may name hosts or credentials.
    assert response.json()["checks"]["worker_heartbeat"] == "failed: RuntimeError"


# Request id ----------------------------------------------------------------------------------


def test_every_response_carries_a_request_id(client, page_tree):
    first = client.get("/de/ueber-uns/")["X-Request-ID"]
    second = client.get("/de/ueber-uns/")["X-Request-ID"]  # from the page cache

    assert len(first) == 32 and len(second) == 32
    assert first != second


def test_the_proxys_request_id_is_kept_and_a_bad_one_replaced(client):
    kept = client.get("/healthz", HTTP_X_REQUEST_ID="nginx-7f3a9c01d2")
    replaced = client.get("/healthz", HTTP_X_REQUEST_ID="x\nforged log line")

    assert kept["X-Request-ID"] == "nginx-7f3a9c01d2"
    assert replaced["X-Request-ID"] != "x\nforged log line"
    assert len(replaced["X-Request-ID"]) == 32


def _manage_py(code: str, **env_overrides) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "SENTRY_DSN", "LOG_FORMAT"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="s" * 60,
        ALLOWED_HOSTS="testserver",
        PUBLIC_URL="https://netzwerk.example.org",
        SECURE_SSL_REDIRECT="false",
    )
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_logs_are_json_lines_with_the_request_id():
    # A NUL byte in the path is refused with 400 before any database access, and Django logs
    # every 4xx answer.
    result = _manage_py(
        "from django.test import Client; import sentry_sdk; "
        "Client().get('/de/x%00', HTTP_X_REQUEST_ID='req-0123456789'); "
        "print('reporting', sentry_sdk.get_client().is_active())"
    )

    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    [refused] = [record for record in records if record["logger"] == "django.request"]
    assert refused["level"] == "WARNING"
    assert refused["request_id"] == "req-0123456789"
    assert refused["message"].startswith("Bad Request")
    assert {"time", "level", "logger", "request_id", "message"} <= set(refused)
    assert "reporting False" in result.stdout  # no SENTRY_DSN, no error reporting


def test_error_reporting_switches_on_with_a_dsn():
    result = _manage_py(
        "import sentry_sdk; print('reporting', sentry_sdk.get_client().is_active())",
        SENTRY_DSN="https://public@sentry.example.org/1",
    )

    assert result.returncode == 0, result.stderr
    assert "reporting True" in result.stdout


# Error reports -------------------------------------------------------------------------------


class CapturingTransport(Transport):
    def __init__(self, options=None):
        super().__init__(options)
        self.events = []

    def capture_envelope(self, envelope):
        event = envelope.get_event()
        if event is not None:
            self.events.append(event)


@pytest.fixture
def reported(settings):
    transport = CapturingTransport()
    error_reporting_init(
        dsn="https://public@sentry.example.org/1",
        environment="test",
        release="",
        traces_sample_rate=0.0,
        transport=transport,
    )
    yield transport.events
    sentry_sdk.get_client().close()
    sentry_sdk.init()  # no DSN: reporting off again


def wsgi_post(path: str, query: str, form: dict, **headers) -> tuple[str, dict]:
    """POST through Django's WSGI application as gunicorn calls it (Sentry hooks in there, not
    in the test client); the status line and the response headers."""
    csrf_secret = "c" * 32
    body = urlencode({"csrfmiddlewaretoken": csrf_secret, **form}).encode()
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": BytesIO(body),
        "HTTP_HOST": "testserver",
        "HTTP_COOKIE": f"csrftoken={csrf_secret}; sessionid=geheime-sitzung",
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    setup_testing_defaults(environ)
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer.update(status=status, headers=dict(response_headers))

    # As Django's test client does: the test's transaction must survive the request's end.
    request_started.disconnect(close_old_connections)
    try:
        response = get_wsgi_application()(environ, start_response)
        b"".join(response)
        response.close()
    finally:
        request_started.connect(close_old_connections)
    return answer["status"], answer["headers"]


def test_an_error_report_carries_no_answers_codes_or_passwords(reported, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the mail server is on fire")

    monkeypatch.setattr(members.views, "throttle", broken)

    status, headers = wsgi_post(
        "/de/konto/passwort-vergessen/",
        "code=GEHEIMCODE1",
        {"email": "leyla@example.org", "password": "geheimes-passwort", "answer": "meine Antwort"},
        referer="https://example.org/?code=GEHEIMCODE2",
        authorization="Bearer geheimes-token",
        x_forwarded_for="198.51.100.23",
        user_agent="Testbrowser",
    )

    assert status.startswith("500")
    [event] = reported
    assert event["exception"]["values"][-1]["type"] == "RuntimeError"
    assert event["request"]["url"] == "http://testserver/de/konto/passwort-vergessen/"
    assert event["request"]["method"] == "POST"
    assert event["request"]["headers"]["User-Agent"] == "Testbrowser"
    assert event["tags"]["request_id"] == headers["X-Request-ID"]
    sent = json.dumps(event)
    for secret in (
        "GEHEIMCODE",
        "geheimes-passwort",
        "meine Antwort",
        "leyla@example.org",
        "geheime-sitzung",
        "geheimes-token",
        "198.51.100.23",
        "c" * 32,  # the CSRF secret
    ):
        assert secret not in sent, secret


# Metrics -------------------------------------------------------------------------------------


def test_metrics_need_the_token_or_a_superuser(client, settings):
    settings.METRICS_TOKEN = "scraper-token-0123456789"
    user_model = get_user_model()
    editor = user_model.objects.create_user("redakteurin", password="x", is_staff=True)
    boss = user_model.objects.create_superuser("chefin", password="x")
    client.get("/healthz")  # something to count

    anonymous = client.get("/metrics")
    wrong = client.get("/metrics", HTTP_AUTHORIZATION="Bearer not-the-token")
    scraper = client.get("/metrics", HTTP_AUTHORIZATION="Bearer scraper-token-0123456789")
    client.force_login(editor)
    staff = client.get("/metrics")
    client.force_login(boss)
    superuser = client.get("/metrics")

    assert anonymous.status_code == wrong.status_code == staff.status_code == 401
    assert anonymous["WWW-Authenticate"].startswith("Bearer")
    assert b"django_http_requests" not in anonymous.content
    assert scraper.status_code == superuser.status_code == 200
    assert b"django_http_requests_total_by_method_total" in scraper.content
    assert scraper["Content-Type"].startswith("text/plain")


def test_without_a_token_only_superusers_read_the_metrics(client, settings):
    settings.METRICS_TOKEN = ""

    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 401
