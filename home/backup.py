"""Backups that are known to restore: the PostgreSQL database (`pg_dump`, custom format) and the
media files (a tar archive), restored into a fresh database and media folder and compared with
the originals: the row count of every table, a sample of pages (their row and their latest
revision) and of documents and images (their row and their file's bytes).

`python manage.py backup DIR` writes a backup; `python manage.py backup_verify` makes one,
restores it beside the live data and compares (docs/operations.md).

Before dumping, the tables named by the `backup_unordered_tables` Wagtail hook are rewritten in
the order of their primary key (`CLUSTER`). pg_dump copies rows in the order they lie on disk,
which is the order they were written; for a members-only questionnaire's participation rows and
for single-use codes marked used, that is the order in which people answered, and the
responses' answers have ids in that same order. Rewritten, a copy no longer pairs a person with
a response by rank (docs/security.md).
"""

import hashlib
import os
import subprocess
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg2
from django.conf import settings
from django.db import connections
from wagtail import hooks
from wagtail.images import get_image_model

DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"
SAMPLE_SIZE = 25


class BackupError(Exception):
    """A backup or restore step failed; the message says which and why."""


def _pg_environment(database: dict) -> dict[str, str]:
    """libpq's variables for `database` (a DATABASES entry), so no password is on a command
    line."""
    if database["ENGINE"] not in ("django.db.backends.postgresql", "home.postgresql"):
        raise BackupError("Backups are made of PostgreSQL databases only (set DATABASE_URL).")
    env = dict(os.environ)
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
    ):
        if database.get(key):
            env[variable] = str(database[key])
    return env


def _run(command: list[str], database: dict) -> None:
    # The PostgreSQL client programs with arguments from the settings, never from a request.
    result = subprocess.run(  # noqa: S603
        command, env=_pg_environment(database), capture_output=True, text=True
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def backup_create(*, target: Path, alias: str = "default") -> dict[str, Path]:
    """Write `database.dump` and `media.tar.gz` into `target` (created if missing)."""
    database = settings.DATABASES[alias]
    target.mkdir(parents=True, exist_ok=True)
    _forget_write_order(alias)
    dump = target / DATABASE_FILE
    _run(["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", database["NAME"]], database)
    media = target / MEDIA_FILE
    with tarfile.open(media, "w:gz") as archive:
        root = Path(settings.MEDIA_ROOT)
        if root.is_dir():
            archive.add(root, arcname=".")
    return {"database": dump, "media": media}


def unordered_tables() -> list:
    """The models whose rows must not lie in the order they were written (see above)."""
    return [model for provide in hooks.get_hooks("backup_unordered_tables") for model in provide()]


def _forget_write_order(alias: str) -> None:
    """Rewrite each of `unordered_tables()` in the order of its primary key. Each takes a
    moment's exclusive lock; these tables are small."""
    connection = connections[alias]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model in unordered_tables():
            table = model._meta.db_table
            constraints = connection.introspection.get_constraints(cursor, table)
            key = next(name for name, details in constraints.items() if details["primary_key"])
            # Names from the model and the catalogue, quoted.
            cursor.execute(f"CLUSTER {quote(table)} USING {quote(key)}")


def backup_restore(*, source: Path, database_name: str, media_root: Path) -> None:
    """Restore `source` into the existing, empty database `database_name` (on the server of
    the default database) and into `media_root`."""
    database = settings.DATABASES["default"]
    _run(
        [
            "pg_restore",
            "--no-owner",
            "--exit-on-error",
            f"--dbname={database_name}",
            str(source / DATABASE_FILE),
        ],
        database,
    )
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source / MEDIA_FILE, "r:gz") as archive:
        archive.extractall(media_root, filter="data")


def database_create(name: str) -> None:
    _run(["createdb", "--template=template0", name], settings.DATABASES["default"])


def database_drop(name: str) -> None:
    _run(["dropdb", "--if-exists", name], settings.DATABASES["default"])


# Comparison ----------------------------------------------------------------------------------


@dataclass
class Comparison:
    tables: int = 0
    rows: int = 0
    pages: int = 0
    files: int = 0
    differences: list[str] = field(default_factory=list)


def _rows(cursor, sql: str, params=()) -> list[tuple]:
    cursor.execute(sql, params)
    return cursor.fetchall()


def _sample(ids: list[int]) -> list[int]:
    """Up to SAMPLE_SIZE ids spread evenly over `ids` (sorted), first and last included."""
    if len(ids) <= SAMPLE_SIZE:
        return ids
    step = (len(ids) - 1) / (SAMPLE_SIZE - 1)
    return sorted({ids[round(i * step)] for i in range(SAMPLE_SIZE)})


def _digest(path: Path) -> str | None:
    if not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _restored_connection(name: str):
    """A plain connection to the restored database: it is no database of the project's, and
    Django (and its test runner) need not know it."""
    database = settings.DATABASES["default"]
    return psycopg2.connect(
        dbname=name,
        host=database.get("HOST") or None,
        port=database.get("PORT") or None,
        user=database.get("USER") or None,
        password=database.get("PASSWORD") or None,
    )


def backup_compare(*, restored_database: str, restored_media: Path) -> Comparison:
    """Compare the live database and media with the restored ones."""
    restored = _restored_connection(restored_database)
    try:
        with restored, restored.cursor() as cursor:
            return _compare(cursor, restored_media)
    finally:
        restored.close()  # or the restored database could not be dropped


def _compare(b, restored_media: Path) -> Comparison:
    result = Comparison()
    live = connections["default"]
    tables = sorted(live.introspection.table_names())
    with live.cursor() as a:
        restored_tables = {
            table
            for (table,) in _rows(b, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
        for table in tables:
            if table not in restored_tables:
                result.differences.append(f"table {table}: missing in the restore")
                continue
            quoted = live.ops.quote_name(table)
            count_sql = f"SELECT count(*) FROM {quoted}"  # noqa: S608 - a table name from introspection
            [(count,)] = _rows(a, count_sql)
            [(restored_count,)] = _rows(b, count_sql)
            result.tables += 1
            result.rows += count
            if count != restored_count:
                result.differences.append(f"table {table}: {count} rows, {restored_count} restored")

        page_ids = _sample(
            [pk for (pk,) in _rows(a, "SELECT id FROM wagtailcore_page ORDER BY id")]
        )
        page_sql = (
            "SELECT p.id, p.path, p.url_path, p.title, p.slug, p.live, p.locale_id,"
            " p.content_type_id, r.content::text FROM wagtailcore_page p"
            " LEFT JOIN wagtailcore_revision r ON r.id = p.latest_revision_id"
            " WHERE p.id = ANY(%s) ORDER BY p.id"
        )
        pages, restored_pages = _rows(a, page_sql, [page_ids]), _rows(b, page_sql, [page_ids])
        result.pages = len(pages)
        if pages != restored_pages:
            differing = {row[0] for row in set(pages) ^ set(restored_pages)}
            result.differences.append(f"pages {sorted(differing)}: differ in the restore")

        for table in ("wagtaildocs_document", get_image_model()._meta.db_table):
            ids = _sample([pk for (pk,) in _rows(a, f"SELECT id FROM {table} ORDER BY id")])  # noqa: S608
            file_sql = f"SELECT id, title, file FROM {table} WHERE id = ANY(%s) ORDER BY id"  # noqa: S608
            rows, restored_rows = _rows(a, file_sql, [ids]), _rows(b, file_sql, [ids])
            if rows != restored_rows:
                result.differences.append(f"{table}: rows differ in the restore")
            for pk, _title, name in rows:
                original = _digest(Path(settings.MEDIA_ROOT) / name)
                copy = _digest(restored_media / name)
                result.files += 1
                if original is None:
                    result.differences.append(
                        f"{table} {pk}: file {name} missing in the live media"
                    )
                elif original != copy:
                    result.differences.append(f"{table} {pk}: file {name} differs in the restore")
    return result
