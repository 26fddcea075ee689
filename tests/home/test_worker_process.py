"""The worker as production runs it: a mail queued in PostgreSQL by this process is sent by
`manage.py run_worker` in a process of its own, which notes its heartbeat. It needs committed
rows that another process can read, so PostgreSQL (CI has it; REQUIRE_POSTGRES=1 makes its
absence a failure)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from home.mail import queue_mail
from home.selectors import worker_heartbeat_age
from tests.postgresql import postgresql_required

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _postgresql():
    postgresql_required("The worker process is tested on PostgreSQL")


def _database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    host = db["HOST"] or "127.0.0.1"
    port = db["PORT"] or 5432
    return f"postgres://{db['USER']}{password}@{host}:{port}/{db['NAME']}"


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_a_worker_process_sends_the_queued_mail_and_beats():
    assert queue_mail("Willkommen im Netzwerk", "Hallo Nora", None, ["nora@example.org"])
    queued = DBTaskResult.objects.get()
    assert queued.status == TaskResultStatus.READY
    assert worker_heartbeat_age() is None

    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": _database_url(),
        "TASKS_BACKEND": "database",
        "EMAIL_HOST": "",  # mail printed to the worker's output
        "DEBUG": "false",
    }
    worker = subprocess.run(
        [sys.executable, "manage.py", "run_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )

    assert worker.returncode == 0, worker.stderr
    assert "Subject: Willkommen im Netzwerk" in worker.stdout
    assert "To: nora@example.org" in worker.stdout
    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL
    assert worker_heartbeat_age() < 180
