"""A backup that is known to restore: `backup_verify` backs up the database and the media files,
restores them into a fresh database and media folder and compares; it passes on a faithful
restore and names what differs in a damaged one. pg_dump needs committed data and PostgreSQL,
so these tests run there (CI does; REQUIRE_POSTGRES=1 makes their absence a failure)."""

import re
from io import StringIO

import psycopg2
import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connections
from wagtail.documents import get_document_model

import home.management.commands.backup_verify as backup_verify_command
from home.backup import backup_restore
from tests.postgresql import postgresql_required

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MINUTES = b"%PDF-1.4\n% Protokoll des Netzwerktreffens\n" + bytes(range(256)) * 40


@pytest.fixture(autouse=True)
def _postgresql():
    postgresql_required("pg_dump and pg_restore need PostgreSQL")


@pytest.fixture
def minutes(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return get_document_model().objects.create(
        title="Protokoll", file=ContentFile(MINUTES, name="protokoll.pdf")
    )


def test_a_faithful_restore_is_identical(minutes, tmp_path):
    out = StringIO()

    call_command("backup_verify", keep=tmp_path / "backup", stdout=out)

    summary = re.search(
        r"identical: (\d+) tables \(([\d,]+) rows\), (\d+) pages and (\d+) files", out.getvalue()
    )
    assert summary, out.getvalue()
    tables, rows, pages, files = summary.groups()
    assert int(tables) > 50 and int(pages) >= 1
    assert int(files) == 1  # the minutes (no images here)
    assert (tmp_path / "backup" / "database.dump").stat().st_size > 0
    assert (tmp_path / "backup" / "media.tar.gz").stat().st_size > 0


def test_a_damaged_restore_is_named(minutes, monkeypatch):
    def restore_and_damage(*, source, database_name, media_root):
        backup_restore(source=source, database_name=database_name, media_root=media_root)
        (media_root / minutes.file.name).write_bytes(b"not the minutes")
        database = connections["default"].settings_dict
        restored = psycopg2.connect(
            dbname=database_name,
            host=database["HOST"],
            port=database["PORT"] or None,
            user=database["USER"],
            password=database["PASSWORD"],
        )
        try:
            with restored, restored.cursor() as cursor:
                cursor.execute("INSERT INTO taggit_tag (name, slug) VALUES ('extra', 'extra')")
        finally:
            restored.close()  # or the restored database cannot be dropped

    monkeypatch.setattr(backup_verify_command, "backup_restore", restore_and_damage)
    errors = StringIO()

    with pytest.raises(CommandError, match="The restore differs from the original"):
        call_command("backup_verify", stderr=errors)

    assert f"file {minutes.file.name} differs in the restore" in errors.getvalue()
    assert "table taggit_tag: 0 rows, 1 restored" in errors.getvalue()
