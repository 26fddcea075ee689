"""`python manage.py send_agreement_reminders`: remind the owner of each open agreement past its
date, once (the scheduler runs it daily; see docs/participation.md)."""

from django.core.management.base import BaseCommand

from participation.services import agreement_reminders_send


class Command(BaseCommand):
    help = "Remind the owners of open agreements past their date, once each."

    def handle(self, *args, **options):
        sent = agreement_reminders_send()
        self.stdout.write(f"Agreement reminders sent: {sent}")
