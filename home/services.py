"""Writes of the background processes: recording a periodic job's run and a process's sign of
life; asking for a prepared download, trying it again, and deleting old ones."""

import datetime
import io
import logging
import traceback

from django.conf import settings
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone, translation

from .jobs import Job
from .models import Heartbeat, JobRun, PreparedDownload
from .prepared_downloads import prepared_download_render

logger = logging.getLogger(__name__)

# What a run's message keeps of the command's output or error (the end matters most).
MESSAGE_CHARS = 2000


def job_run(*, job: Job) -> JobRun:
    """Run `job`'s command once and record it: started, finished, ok or failed, with the
    command's output or the error. The job's failure is recorded, never raised."""
    run = JobRun.objects.create(job=job.name, started_at=timezone.now())
    output = io.StringIO()
    try:
        call_command(job.command, *job.args, stdout=output, stderr=output)
    except Exception as error:
        logger.exception("Job %s failed", job.name)
        run.result = JobRun.Result.FAILED
        message = f"{output.getvalue()}{type(error).__name__}: {error}\n"
        message += "".join(traceback.format_exception(error)[-3:])
    else:
        run.result = JobRun.Result.OK
        message = output.getvalue()
    run.message = message.strip()[-MESSAGE_CHARS:]
    run.finished_at = timezone.now()
    run.save(update_fields=["result", "message", "finished_at"])
    return run


def heartbeat_record(*, process: str) -> None:
    """Note that `process` (the worker, the scheduler) is alive now."""
    Heartbeat.objects.update_or_create(process=process, defaults={"beat_at": timezone.now()})


# Prepared downloads ------------------------------------------------------------------------------


def _prepared_download_enqueue(download: PreparedDownload) -> None:
    try:
        prepared_download_render.enqueue(download_id=str(download.pk))
    except Exception:  # the queue is unreachable: the page says so, it does not fail
        logger.exception("A prepared download could not be queued: %s", download.pk)
        PreparedDownload.objects.filter(pk=download.pk).update(
            status=PreparedDownload.Status.FAILED, finished_at=timezone.now()
        )
    download.refresh_from_db()


def prepared_download_request(*, kind: str, params: dict, user) -> PreparedDownload:
    """Ask the worker for a file of `kind` with `params` (the page's filters, as they are now),
    drawn in the active language, for `user` alone. The caller has checked that `user` may have
    it. The same file asked for again while the first is still being drawn is that one."""
    language = translation.get_language()
    waiting = PreparedDownload.objects.filter(
        kind=kind,
        params=params,
        language=language,
        requested_by=user,
        status=PreparedDownload.Status.PENDING,
        attempts=0,
    ).first()
    if waiting is not None:
        return waiting
    with transaction.atomic():
        download = PreparedDownload.objects.create(
            kind=kind, params=params, language=language, requested_by=user
        )
    _prepared_download_enqueue(download)
    return download


def prepared_download_retry(*, download: PreparedDownload) -> PreparedDownload:
    """Try a failed (or stalled) download once more, from its first attempt, as if asked for
    now (its time to be taken and its retention count from now)."""
    PreparedDownload.objects.filter(pk=download.pk).update(
        requested_at=timezone.now(),
        status=PreparedDownload.Status.PENDING,
        attempts=0,
        started_at=None,
        finished_at=None,
        error="",
    )
    _prepared_download_enqueue(download)
    return download


def prepared_downloads_expire(*, now: datetime.datetime | None = None) -> int:
    """Delete the prepared downloads asked for more than `PREPARED_DOWNLOAD_RETENTION_HOURS`
    ago, with their files, and any file in their storage that no download names any more (its
    person's account was deleted, a worker died between file and row). Returns how many files
    went."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(hours=settings.PREPARED_DOWNLOAD_RETENTION_HOURS)
    storage = storages["prepared_downloads"]
    removed = 0
    for download in PreparedDownload.objects.filter(requested_at__lt=cutoff).iterator():
        if download.file and storage.exists(download.file.name):
            storage.delete(download.file.name)
            removed += 1
        download.delete()
    try:
        _folders, names = storage.listdir("")
    except FileNotFoundError:
        return removed
    known = set(PreparedDownload.objects.exclude(file="").values_list("file", flat=True))
    for name in names:
        if name not in known and storage.get_modified_time(name) < cutoff:
            storage.delete(name)
            removed += 1
    return removed
