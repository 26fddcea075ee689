"""Writes of the background processes: recording a periodic job's run and a process's sign of
life."""

import io
import logging
import traceback

from django.core.management import call_command
from django.utils import timezone

from .jobs import Job
from .models import Heartbeat, JobRun

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
