"""`python manage.py run_job NAME`: run one periodic job now and record it like the scheduler."""

from django.core.management.base import BaseCommand, CommandError

from home.jobs import all_jobs, job_by_name
from home.models import JobRun
from home.services import job_run


class Command(BaseCommand):
    help = "Run one periodic job of the registry (home/jobs.py) now, recorded like a scheduled run."

    def add_arguments(self, parser):
        parser.add_argument("name", choices=[job.name for job in all_jobs()])

    def handle(self, *args, name, **options):
        run = job_run(job=job_by_name(name))
        if run.message:
            self.stdout.write(run.message)
        if run.result != JobRun.Result.OK:
            raise CommandError(f"Job {name} failed.")
