"""`python manage.py request_profile_confirmations`: e-mail the contact persons of every profile
due for its yearly confirmation (run it daily, e.g. from cron; see docs/operations.md)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from members.services import confirmation_requests_send


class Command(BaseCommand):
    help = "Ask contact persons by e-mail to confirm profiles not confirmed for a year."

    def handle(self, *args, **options):
        asked = confirmation_requests_send(base_url=settings.PUBLIC_URL)
        self.stdout.write(f"Confirmation requested for {asked} organisation(s).")
