"""`python manage.py send_digest`: the weekly e-mail digest to every member who wants it (the
scheduler runs it weekly; see docs/participation.md)."""

from django.core.management.base import BaseCommand

from participation.services import digests_send


class Command(BaseCommand):
    help = "Send each member the digest of what is new for them, in their language."

    def handle(self, *args, **options):
        sent = digests_send()
        self.stdout.write(f"Digests sent: {sent}")
