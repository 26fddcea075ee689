"""Operations: health check, production settings that refuse to start without a secret key, an
access log without query strings."""

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.db import OperationalError, connection
from gunicorn.config import Config
from gunicorn.glogging import Logger

from config import gunicorn as gunicorn_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthz_answers_ok_with_the_database_up(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_a_probe_from_inside_the_container(client, settings):
    settings.ALLOWED_HOSTS = ["netzwerk.example.org"]
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/healthz", HTTP_HOST="127.0.0.1:8000")

    assert response.status_code == 200


@pytest.mark.django_db
def test_readyz_reports_an_unreachable_database(client, monkeypatch):
    def refuse():
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)

    response = client.get("/readyz")

    assert response.status_code == 503


def _run_with_production_settings(args: list[str], **env_overrides) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        PUBLIC_URL="https://netzwerk.example.org",
    )
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_production_settings_refuse_to_start_without_secret_key():
    result = _run_with_production_settings(["check"], ALLOWED_HOSTS="example.org")

    assert result.returncode != 0
    assert "The environment variable SECRET_KEY is required" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = _run_with_production_settings(
        ["check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY="x" * 20 + "a-long-random-production-secret-for-the-check-1234",
        ALLOWED_HOSTS="netzwerk.example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_ssl_redirect_can_be_switched_off_without_a_deploy_warning():
    result = _run_with_production_settings(
        ["check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY="y" * 20 + "a-long-random-production-secret-for-the-check-1234",
        ALLOWED_HOSTS="netzwerk.example.org",
        SECURE_SSL_REDIRECT="false",
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_a_malformed_boolean_is_a_clear_error():
    result = _run_with_production_settings(
        ["check"], SECRET_KEY="z" * 60, ALLOWED_HOSTS="example.org", SECURE_SSL_REDIRECT="perhaps"
    )

    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT must be true or false" in result.stderr


def test_the_access_log_has_no_query_strings():
    """The image's gunicorn logs the path without the query string and no Referer, so that a
    questionnaire code in a link (`?code=`) never reaches the access log."""
    assert '"python:config.gunicorn"' in (ROOT / "Dockerfile").read_text()
    config = Config()
    for name in ("accesslog", "access_log_format"):
        config.set(name, getattr(gunicorn_settings, name))
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/de/befragungen/rueckmeldung/?code=GEHEIM42",
        "PATH_INFO": "/de/befragungen/rueckmeldung/",
        "QUERY_STRING": "code=GEHEIM42",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": "https://example.org/?code=GEHEIM42",
        "HTTP_USER_AGENT": "Test",
        "REMOTE_ADDR": "192.0.2.1",
    }
    response = SimpleNamespace(
        status="303 See Other", sent=0, headers=[("X-Request-ID", "3f2a9c01d2e84b5f")]
    )
    atoms = Logger(config).atoms(response, SimpleNamespace(headers=[]), environ, timedelta(0))

    line = config.access_log_format % atoms

    assert '"GET /de/befragungen/rueckmeldung/ HTTP/1.1" 303' in line
    assert line.endswith(" 3f2a9c01d2e84b5f")  # the request id, as in the app's log lines
    assert "GEHEIM42" not in line and "?" not in line


def test_production_settings_with_redis_pass_the_deploy_check():
    """The throttles' cache check (django-ratelimit) has nothing to say about Redis."""
    result = _run_with_production_settings(
        ["check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY="r" * 20 + "a-long-random-production-secret-for-the-check-1234",
        ALLOWED_HOSTS="netzwerk.example.org",
        REDIS_URL="redis://redis.invalid:6379/0",
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_a_malformed_throttle_rate_is_a_clear_error():
    result = _run_with_production_settings(
        ["check"],
        SECRET_KEY="z" * 60,
        ALLOWED_HOSTS="example.org",
        THROTTLE_SURVEY_CODE_PER_IP="20",
    )

    assert result.returncode != 0
    assert "THROTTLE_SURVEY_CODE_PER_IP must be a rate such as 5/h" in result.stderr
