"""`python manage.py expire_prepared_downloads`: delete prepared downloads (long PDFs, large
exports) and their files after `PREPARED_DOWNLOAD_RETENTION_HOURS`."""

from django.core.management.base import BaseCommand

from home.services import prepared_downloads_expire


class Command(BaseCommand):
    help = "Delete prepared downloads and their files after the retention period."

    def handle(self, *args, **options):
        removed = prepared_downloads_expire()
        self.stdout.write(f"Prepared files deleted: {removed}")
