"""`python manage.py backup DIR`: the database (pg_dump, custom format) and the media files
(media.tar.gz) into DIR. Restore: docs/operations.md; proof that it restores: `backup_verify`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Back up the database and the media files into a folder."

    def add_arguments(self, parser):
        parser.add_argument("target", type=Path, help="folder for database.dump and media.tar.gz")

    def handle(self, *args, target: Path, **options):
        try:
            written = backup_create(target=target)
        except BackupError as error:
            raise CommandError(str(error)) from error
        for path in written.values():
            self.stdout.write(f"{path} ({path.stat().st_size:,} bytes)")
