"""Background work: every periodic job of the registry runs through the scheduler and is
recorded; the staff page shows them to the network management only; mail goes through the task
queue, a refused one shows as failed and is tried again, and no page claims a mail was sent
when it was not. The worker's own test runs django-tasks-db's queue and the `run_worker`
command for real."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from home import selectors, services
from home.jobs import DailyAt, Every, Job, all_jobs
from home.mail import queue_mail
from home.management.commands import run_scheduler as run_scheduler_command
from home.management.commands import run_worker as run_worker_command
from home.models import JobRun
from home.roles import EDITORS, EVALUATORS, NETWORK_MANAGERS, REVIEWERS, roles_ensure
from members.factories import UserFactory
from tests.worlds import world_once

pytestmark = pytest.mark.django_db

FAILING_MAIL = "tests.events.failing_mail.EmailBackend"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
PAGE = "/admin/reports/background-jobs/"
PASSWORD_RESET = "/de/konto/passwort-vergessen/"


@pytest.fixture(scope="module")
def people(django_db_setup, django_db_blocker):
    """The staff roles, one login each, and a superuser."""
    with world_once(django_db_blocker):
        roles_ensure()
        logins = {"superuser": UserFactory(username="root", is_superuser=True)}
        for role, group in [
            ("manager", NETWORK_MANAGERS),
            ("editor", EDITORS),
            ("reviewer", REVIEWERS),
            ("evaluator", EVALUATORS),
        ]:
            logins[role] = UserFactory(username=role)
            logins[role].groups.add(Group.objects.get(name=group))
        yield logins


@pytest.fixture(autouse=True)
def _connections_stay_open(monkeypatch):
    """The worker and the scheduler close stale connections on every round, as Django does
    between requests; inside a test's transaction that would close the test's own connection
    (Django's test client skips it between requests for the same reason)."""
    for module in (db_worker, run_worker_command, run_scheduler_command):
        monkeypatch.setattr(module, "close_old_connections", lambda: None)


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# The jobs ---------------------------------------------------------------------------------------


@override_settings(TASKS=DATABASE_TASKS)
def test_the_scheduler_runs_every_job_of_the_registry_once_and_records_it():
    call_command("run_scheduler", "--once", stdout=io.StringIO())

    runs = {run.job: run for run in JobRun.objects.all()}
    assert sorted(runs) == sorted(job.name for job in all_jobs())
    for run in runs.values():
        assert run.result == JobRun.Result.OK, (run.job, run.message)
        assert run.finished_at >= run.started_at
    assert "Reminders sent: 0" in runs["event_reminders"].message
    assert selectors.heartbeat_age("scheduler") < 60

    # Now nothing is due: a second look runs nothing.
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert JobRun.objects.count() == len(all_jobs())


def test_a_job_that_does_not_apply_here_is_neither_due_nor_run():
    # With the immediate backend there are no stored task results to prune.
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert not JobRun.objects.filter(job="task_results_prune").exists()
    statuses = {status.job.name: status for status in selectors.job_statuses()}
    assert statuses["task_results_prune"].next_run is None
    assert statuses["publish_scheduled"].next_run is not None


def test_a_job_is_due_again_when_its_schedule_says_so():
    now = timezone.now()
    call_command("run_job", "publish_scheduled", stdout=io.StringIO())
    call_command("run_job", "sessions_clear", stdout=io.StringIO())
    due = {job.name for job in selectors.jobs_due(now=now + datetime.timedelta(minutes=4))}
    assert "publish_scheduled" not in due and "sessions_clear" not in due
    assert "event_reminders" in due  # never ran
    later = {job.name for job in selectors.jobs_due(now=now + datetime.timedelta(minutes=6))}
    assert "publish_scheduled" in later and "sessions_clear" not in later
    tomorrow = {job.name for job in selectors.jobs_due(now=now + datetime.timedelta(days=1))}
    assert "sessions_clear" in tomorrow


def test_schedules_count_intervals_and_local_wall_clock_times():
    # 02:00 UTC on a winter day is 03:00 in Berlin.
    moment = datetime.datetime(2026, 1, 10, 2, 0, tzinfo=datetime.UTC)
    nightly = DailyAt(3, 30).next_after(moment)
    assert (nightly.hour, nightly.minute, nightly.date()) == (3, 30, datetime.date(2026, 1, 10))
    after = DailyAt(3, 30).next_after(nightly)
    assert after.date() == datetime.date(2026, 1, 11)
    assert Every(5).next_after(moment) == moment + datetime.timedelta(minutes=5)


def test_a_failing_job_is_recorded_as_failed_with_its_error():
    broken = Job("broken", "Kaputt", Every(5), "no_such_command")
    run = services.job_run(job=broken)
    run.refresh_from_db()
    assert run.result == JobRun.Result.FAILED
    assert "Unknown command" in run.message
    assert run.finished_at is not None


def test_run_job_runs_one_job_by_hand_and_records_it():
    out = io.StringIO()
    call_command("run_job", "registrations_anonymise", stdout=out)
    assert "Registrations anonymised" in out.getvalue()
    assert JobRun.objects.get(job="registrations_anonymise").result == JobRun.Result.OK


# The staff page ---------------------------------------------------------------------------------


def test_the_network_management_sees_each_job_with_last_run_result_and_next_run(people):
    services.job_run(job=Job("publish_scheduled", "", Every(5), "publish_scheduled"))
    services.job_run(job=Job("event_reminders", "", Every(60), "no_such_command"))
    for role in ("manager", "superuser"):
        response = client_for(people[role]).get(PAGE, HTTP_ACCEPT_LANGUAGE="de")
        assert response.status_code == 200
        html = response.content.decode()
        for job in all_jobs():
            assert f'id="job-{job.name}"' in html
        row = html.split('id="job-publish_scheduled"')[1].split("</tr>")[0]
        assert "erfolgreich" in row or "succeeded" in row
        reminders = html.split('id="job-event_reminders"')[1].split("</tr>")[0]
        assert "Unknown command" in reminders


def test_the_staff_page_is_in_the_reports_menu_of_the_network_management_only(people):
    assert PAGE in client_for(people["manager"]).get("/admin/").content.decode()
    assert PAGE not in client_for(people["editor"]).get("/admin/").content.decode()


@pytest.mark.parametrize("role", ["editor", "reviewer", "evaluator"])
def test_other_staff_roles_are_refused_the_staff_page(people, role):
    response = client_for(people[role]).get(PAGE)
    assert response.status_code in (302, 403)
    assert b"publish_scheduled" not in response.content


def test_anonymous_visitors_are_sent_to_the_login(people):
    response = Client().get(PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


# Mail -----------------------------------------------------------------------------------------


def test_a_password_reset_mail_goes_through_the_task_and_the_page_says_so(people):
    response = Client().post(PASSWORD_RESET, {"email": people["editor"].email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [people["editor"].email]
    assert "/de/konto/passwort-neu/" in mail.outbox[0].body


@override_settings(EMAIL_BACKEND=FAILING_MAIL)
def test_a_password_reset_that_could_not_be_sent_does_not_say_it_was(people):
    response = Client().post(PASSWORD_RESET, {"email": people["editor"].email})
    assert response.status_code == 503
    html = response.content.decode()
    assert "konnte gerade nicht gesendet werden" in html
    assert "gesendet/" not in response.get("Location", "")


def test_queue_mail_reports_whether_the_mail_was_handed_over():
    assert queue_mail("Betreff", "Text", None, ["a@example.org"]) is True
    assert mail.outbox[0].subject == "Betreff"
    with override_settings(EMAIL_BACKEND=FAILING_MAIL):
        assert queue_mail("Betreff", "Text", None, ["a@example.org"]) is False


# The worker, for real -----------------------------------------------------------------------------


def run_worker() -> None:
    call_command("run_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())


@override_settings(TASKS=DATABASE_TASKS)
def test_the_worker_delivers_queued_mail_and_beats(people):
    response = Client().post(PASSWORD_RESET, {"email": people["editor"].email})
    assert response.status_code == 302  # handed over: queued in the database
    assert mail.outbox == []
    queued = DBTaskResult.objects.get()
    assert queued.status == TaskResultStatus.READY

    run_worker()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [people["editor"].email]
    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL
    assert selectors.worker_heartbeat_age() < 60


@override_settings(TASKS=DATABASE_TASKS, EMAIL_BACKEND=FAILING_MAIL)
def test_a_refused_mail_shows_as_failed_and_is_tried_again_later(people):
    assert queue_mail("Einladung", "Text", None, ["nora@example.org"]) is True
    run_worker()

    failed = DBTaskResult.objects.failed().get()
    assert failed.exception_class_path == "smtplib.SMTPServerDisconnected"
    retry = DBTaskResult.objects.get(status=TaskResultStatus.READY)
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > timezone.now() + datetime.timedelta(seconds=30)
    assert selectors.tasks_waiting() == 1

    html = client_for(people["manager"]).get(PAGE).content.decode()
    assert "nora@example.org" in html
    assert "smtplib.SMTPServerDisconnected" in html


@override_settings(TASKS=DATABASE_TASKS, EMAIL_BACKEND=FAILING_MAIL, MAIL_ATTEMPTS=2)
def test_a_mail_is_given_up_after_its_last_attempt():
    queue_mail("Einladung", "Text", None, ["nora@example.org"])
    run_worker()
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=timezone.now())
    run_worker()
    assert DBTaskResult.objects.failed().count() == 2
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()


def test_the_health_check_fails_until_the_worker_beats():
    assert selectors.worker_heartbeat_age() is None
    with pytest.raises(CommandError, match="worker last beat never"):
        call_command("heartbeat_check", "worker", stdout=io.StringIO())
    with override_settings(TASKS=DATABASE_TASKS):
        run_worker()
    out = io.StringIO()
    call_command("heartbeat_check", "worker", "--max-age", "60", stdout=out)
    assert "worker last beat" in out.getvalue()
