from django.conf import settings
from django.core.management.base import BaseCommand

from members.services import login_history_expire


class Command(BaseCommand):
    help = (
        "Delete django-axes' login records (failed attempts, failures, logins and logouts, with "
        "user name, address and browser) older than LOGIN_HISTORY_RETENTION_DAYS. Run it daily "
        "from cron."
    )

    def handle(self, *args, **options):
        count = login_history_expire()
        days = settings.LOGIN_HISTORY_RETENTION_DAYS
        self.stdout.write(f"Login records deleted (older than {days} days): {count}")
