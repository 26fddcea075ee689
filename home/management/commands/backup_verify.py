"""`python manage.py backup_verify`: make a backup, restore it into a fresh database (beside the
live one, on the same server) and a fresh media folder, and compare: the row count of every
table, a sample of pages (row and latest revision) and of documents and images (row and file
bytes). Exits with an error on any difference; the fresh database is dropped afterwards."""

import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.backup import (
    BackupError,
    backup_compare,
    backup_create,
    backup_restore,
    database_create,
    database_drop,
)


class Command(BaseCommand):
    help = "Back up, restore into a fresh database and media folder, and compare."

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep", type=Path, help="keep the backup in this folder instead of a temporary one"
        )

    def handle(self, *args, keep: Path | None = None, **options):
        started = time.monotonic()
        restored_name = f"{settings.DATABASES['default']['NAME']}_restore_check"
        with tempfile.TemporaryDirectory(prefix="backup-verify-") as scratch:
            folder = keep or Path(scratch) / "backup"
            restored_media = Path(scratch) / "media"
            try:
                backup_create(target=folder)
                database_drop(restored_name)
                database_create(restored_name)
                try:
                    backup_restore(
                        source=folder, database_name=restored_name, media_root=restored_media
                    )
                    result = backup_compare(
                        restored_database=restored_name, restored_media=restored_media
                    )
                finally:
                    database_drop(restored_name)
            except BackupError as error:
                raise CommandError(str(error)) from error
        seconds = time.monotonic() - started
        summary = (
            f"{result.tables} tables ({result.rows:,} rows), {result.pages} pages and "
            f"{result.files} files compared in {seconds:.1f} s"
        )
        if result.differences:
            for difference in result.differences:
                self.stderr.write(difference)
            raise CommandError(f"The restore differs from the original: {summary}.")
        self.stdout.write(self.style.SUCCESS(f"Backup restored and identical: {summary}."))
