"""Every periodic job of the site, declared in this one place: its name, when it runs and the
management command it runs. `manage.py run_scheduler` runs them when they are due (compose's
`scheduler` service), `manage.py run_job NAME` runs one by hand, and the admin's page
"Background jobs" shows each one's last run, result and next run. Each command is idempotent,
so a run that comes late or twice does no harm.

The commands are named, not imported: this registry sits in `home`, below the apps whose
commands it runs. An app above `home` adds its own jobs through the `register_jobs` Wagtail hook,
a function that returns a list of `Job`s (see `participation/wagtail_hooks.py`); `all_jobs()` is
the registry with them.
"""

import dataclasses
import datetime
from collections.abc import Callable

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@dataclasses.dataclass(frozen=True)
class Every:
    """At a fixed interval after the last run started."""

    minutes: int

    def next_after(self, moment: datetime.datetime) -> datetime.datetime:
        return moment + datetime.timedelta(minutes=self.minutes)

    def __str__(self):
        if self.minutes == 60:
            return str(_("every hour"))
        return str(_("every %(minutes)s min.") % {"minutes": self.minutes})


@dataclasses.dataclass(frozen=True)
class DailyAt:
    """Once a day at a wall-clock time of the site's time zone."""

    hour: int
    minute: int = 0

    def next_after(self, moment: datetime.datetime) -> datetime.datetime:
        local = timezone.localtime(moment)
        candidate = local.replace(hour=self.hour, minute=self.minute, second=0, microsecond=0)
        if candidate <= local:
            candidate += datetime.timedelta(days=1)
        return candidate

    def __str__(self):
        return str(_("daily at %(time)s") % {"time": f"{self.hour:02d}:{self.minute:02d}"})


def _always() -> bool:
    return True


def tasks_in_database() -> bool:
    """Whether tasks are queued for the worker (else they run at once, in the request)."""
    return settings.TASKS["default"]["BACKEND"] == settings.TASK_BACKENDS["database"]


@dataclasses.dataclass(frozen=True)
class Job:
    name: str
    title: str
    schedule: Every | DailyAt
    command: str
    args: tuple[str, ...] = ()
    # Whether the job has anything to do on this installation.
    applies: Callable[[], bool] = _always

    def next_run(self, last_started: datetime.datetime | None, now: datetime.datetime):
        """A job that never ran is due at once; otherwise its schedule says when."""
        return self.schedule.next_after(last_started) if last_started else now


JOBS: tuple[Job, ...] = (
    # A page's go-live and expiry dates take effect only when this runs.
    Job("publish_scheduled", _("Publish scheduled pages"), Every(5), "publish_scheduled"),
    Job("event_reminders", _("Event reminders"), Every(60), "send_event_reminders"),
    # A place offered from the waiting list passes on within this long after its deadline.
    Job(
        "waiting_list_offers",
        _("Pass on unconfirmed waiting-list places"),
        Every(15),
        "expire_waiting_list_offers",
    ),
    Job(
        "registrations_anonymise",
        _("Anonymise past registrations"),
        DailyAt(3, 30),
        "anonymise_registrations",
    ),
    Job(
        "profile_confirmations",
        _("Ask for profile confirmations"),
        DailyAt(4, 15),
        "request_profile_confirmations",
    ),
    Job("sessions_clear", _("Delete expired sessions"), DailyAt(3, 15), "clearsessions"),
    Job(
        "login_history_expire",
        _("Delete old login records"),
        DailyAt(3, 45),
        "expire_login_history",
    ),
    # Long PDFs and large exports the worker prepared for someone (home.prepared_downloads).
    Job(
        "prepared_downloads_expire",
        _("Delete prepared downloads"),
        Every(60),
        "expire_prepared_downloads",
    ),
    # Finished tasks (sent mails) stay 30 days for the failure list, then go.
    Job(
        "task_results_prune",
        _("Delete old task results"),
        DailyAt(4, 45),
        "prune_db_task_results",
        ("--min-age-days", "30", "--queue-name", "*"),
        applies=tasks_in_database,
    ),
)


def all_jobs() -> tuple[Job, ...]:
    """The jobs declared here and those other apps register with the `register_jobs` hook."""
    registered = [job for hook in hooks.get_hooks("register_jobs") for job in hook()]
    return (*JOBS, *registered)


def job_by_name(name: str) -> Job | None:
    return next((job for job in all_jobs() if job.name == name), None)
