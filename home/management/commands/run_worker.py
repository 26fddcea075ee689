"""`python manage.py run_worker`: the task worker (compose's `worker`): django-tasks-db's
`db_worker`, which also notes a heartbeat each time it looks at its queue and after each task
(`home.selectors.worker_heartbeat_age`)."""

import logging
import time

from django.db import close_old_connections
from django_tasks_db.management.commands import db_worker

from home.services import heartbeat_record

# A heartbeat is written at most this often (seconds); a look at the queue comes every second.
BEAT_EVERY = 10


class HeartbeatWorker(db_worker.Worker):
    """Runs the library's loop in batches (all that is queued, then return) and beats between
    them, so the heartbeat shows that the loop itself goes round."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.until_empty = self.batch
        self.batch = True
        self.last_beat = 0.0

    def beat(self) -> None:
        if time.monotonic() - self.last_beat >= BEAT_EVERY:
            heartbeat_record(process="worker")
            self.last_beat = time.monotonic()

    def run(self) -> None:
        while self.running:
            close_old_connections()
            self.beat()
            super().run()
            self.startup_delay = False
            if self.until_empty or (
                self.max_tasks is not None and self._run_tasks >= self.max_tasks
            ):
                return
            if self.running:
                time.sleep(self.interval)

    def run_task(self, db_task_result) -> None:
        super().run_task(db_task_result)
        self.beat()


class Command(db_worker.Command):
    help = "Run the task worker (django-tasks-db's db_worker) with a heartbeat."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        self.configure_logging(verbosity)
        # The library's own loop logs its start and its empty queue at every look.
        logging.getLogger("django_tasks_db").setLevel(max(logging.WARNING, _level(verbosity)))
        queue_names = options["queue_name"].split(",")
        excluded = options["exclude_queues"].split(",") if options["exclude_queues"] else []
        worker = HeartbeatWorker(
            queue_names=queue_names,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            excluded_queue_names=excluded,
        )
        if not options["batch"]:
            worker.configure_signals()
            self.stdout.write(f"Worker {options['worker_id']} started.")
        worker.run()


def _level(verbosity: int) -> int:
    return logging.DEBUG if verbosity > 1 else logging.INFO
