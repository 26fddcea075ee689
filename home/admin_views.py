"""Admin views of the public site: the report of translations that are out of date, and the
state of the background work (periodic jobs, failed tasks, the worker's heartbeat)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from .jobs import tasks_in_database
from .roles import NETWORK_MANAGERS
from .selectors import (
    heartbeat_age,
    job_statuses,
    prepared_downloads_failed,
    prepared_downloads_waiting,
    task_failures,
    tasks_waiting,
    translations_out_of_date,
)


def outdated_translations_report(request):
    """Every translation whose German original changed since it was last synced, with a link
    to wagtail-localize's sync view. For staff who may submit translations."""
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    return render(
        request,
        "home/admin/outdated_translations.html",
        {"rows": translations_out_of_date(), "page_title": _("Translations out of date")},
    )


def may_see_background_work(user) -> bool:
    """The network management and superusers: they run the installation."""
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=NETWORK_MANAGERS).exists()
    )


def background_work(request):
    """Each periodic job with its last run, result and next run; the tasks that failed (mails
    the server refused) and how many wait; when the worker and the scheduler last beat."""
    if not may_see_background_work(request.user):
        raise PermissionDenied
    return render(
        request,
        "home/admin/background_work.html",
        {
            "page_title": _("Background jobs"),
            "statuses": job_statuses(),
            "failures": task_failures(),
            "waiting": tasks_waiting(),
            "worker_age": heartbeat_age("worker"),
            "scheduler_age": heartbeat_age("scheduler"),
            "tasks_in_database": tasks_in_database(),
            "downloads_failed": prepared_downloads_failed(),
            "downloads_waiting": prepared_downloads_waiting(),
        },
    )
