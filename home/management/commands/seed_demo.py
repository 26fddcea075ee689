"""`python manage.py seed_demo`: a believable demo site, built from the project concept.

Each app contributes its part through the `seed_demo` hook (see each app's wagtail_hooks.py), so
this command in the bottom app needs to import none of the apps above it. Idempotent.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail import hooks

from home.indexing import deferred_indexing


class Command(BaseCommand):
    help = "Create the demo content (pages, translations, organisations, modules, goals, logins)."

    def handle(self, *args, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError(
                "Refusing to create demo data with these settings: it adds logins whose "
                "passwords are published. Set ALLOW_DEMO_DATA=true for a demo installation."
            )
        created = []
        # -v 0 (scripts/run.sh) prints nothing; the run script says what matters in a few lines.
        quiet = options["verbosity"] == 0

        def log(message: str) -> None:
            created.append(message)
            if not quiet:
                self.stdout.write(f"  {message}")

        # Indexes are written once per object at the end, not on each of its many saves.
        with transaction.atomic(), deferred_indexing():
            for seed in hooks.get_hooks("seed_demo"):
                seed(log=log)
        if quiet:
            return
        if not any(not line.endswith("(password unchanged)") for line in created):
            self.stdout.write("Demo data already complete; nothing changed.")
        self.stdout.write(self.style.SUCCESS("Demo logins (see README):"))
        for line in self.demo_logins():
            self.stdout.write(f"  {line}")

    @staticmethod
    def demo_logins() -> list[str]:
        lines = []
        for provide in hooks.get_hooks("demo_logins"):
            lines.extend(provide())
        return lines
