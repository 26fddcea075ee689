"""`python manage.py heartbeat_check worker`: exit 0 when the process beat within `--max-age`
seconds, 1 when not (compose's health check of `worker` and `scheduler`)."""

from django.core.management.base import BaseCommand, CommandError

from home.selectors import heartbeat_age


class Command(BaseCommand):
    help = "Fail when the worker or the scheduler has shown no sign of life for too long."

    def add_arguments(self, parser):
        parser.add_argument("process", choices=["worker", "scheduler"])
        parser.add_argument("--max-age", type=float, default=120, help="Seconds (default 120).")

    def handle(self, *args, process, max_age, **options):
        age = heartbeat_age(process)
        if age is None or age > max_age:
            shown = "never" if age is None else f"{age:.0f} s ago"
            raise CommandError(f"The {process} last beat {shown}.")
        self.stdout.write(f"The {process} last beat {age:.0f} s ago.")
