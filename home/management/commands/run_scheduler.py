"""`python manage.py run_scheduler`: the scheduler process (compose's `scheduler`). Every
`--interval` seconds it notes its heartbeat and runs each job of the registry (home/jobs.py)
that is due, one after another, recording each run. Run one scheduler per installation."""

import logging
import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from home.selectors import jobs_due
from home.services import heartbeat_record, job_run

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run the periodic jobs of home/jobs.py when they are due, until stopped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=float, default=30, help="Seconds between two looks (default 30)."
        )
        parser.add_argument(
            "--once", action="store_true", help="Run the jobs that are due now, then exit."
        )

    def handle(self, *args, interval, once, verbosity, **options):
        self.running = True
        self.verbosity = verbosity
        if not once and verbosity:
            signal.signal(signal.SIGTERM, self._stop)
            signal.signal(signal.SIGINT, self._stop)
            self.stdout.write(f"Scheduler started, looking every {interval:g} s.")
        while self.running:
            close_old_connections()
            heartbeat_record(process="scheduler")
            for job in jobs_due():
                if not self.running:
                    break
                run = job_run(job=job)
                if self.verbosity:
                    self.stdout.write(f"{job.name}: {run.result}")
            close_old_connections()
            if once:
                return
            self._sleep(interval)

    def _stop(self, signum, frame):
        # The job in progress ends first; the next look does not come.
        self.running = False

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while self.running and time.monotonic() < deadline:
            time.sleep(min(1.0, deadline - time.monotonic()))
