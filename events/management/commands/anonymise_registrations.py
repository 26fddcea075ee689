from django.conf import settings
from django.core.management.base import BaseCommand

from events.services import registrations_anonymise


class Command(BaseCommand):
    help = (
        "Remove names, e-mail addresses and accounts from registrations for events that ended "
        "more than EVENT_REGISTRATION_RETENTION_DAYS ago. Status, attendance, organisation and "
        "language stay, so the reports' counts do not change. Run it daily from cron."
    )

    def handle(self, *args, **options):
        count = registrations_anonymise()
        days = settings.EVENT_REGISTRATION_RETENTION_DAYS
        self.stdout.write(f"Registrations anonymised (events ended over {days} days ago): {count}")
