"""A backup does not keep the order in which people answered: pg_dump copies rows as they lie
on disk, and for a members-only questionnaire's participation rows and for single-use codes
that is the order of the answers (home.backup rewrites them first). pg_dump needs committed
data and PostgreSQL (CI; REQUIRE_POSTGRES=1 makes its absence a failure)."""

import subprocess

import pytest
from django.db import connection

from home.backup import DATABASE_FILE, _pg_environment, backup_create
from surveys.models import Access, AccessCode, CodeBatch, Participation
from tests.postgresql import postgresql_required

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def _postgresql(settings, tmp_path):
    postgresql_required("pg_dump and pg_restore need PostgreSQL")
    settings.MEDIA_ROOT = tmp_path / "media"


def on_disk(table: str, column: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column}::text FROM {table} ORDER BY ctid")  # noqa: S608
        return [row[0] for row in cursor.fetchall()]


def in_dump(folder, table: str, column: str) -> list[str]:
    """The values of one column of `table` in the order the dump holds its rows."""
    output = subprocess.run(
        ["pg_restore", "--data-only", f"--table={table}", "--file=-", str(folder / DATABASE_FILE)],
        env=_pg_environment(connection.settings_dict),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    header, rows = output.split(f"COPY public.{table} (", 1)[1].split("\n", 1)
    position = header.split(")", 1)[0].split(", ").index(column)
    return [line.split("\t")[position] for line in rows.split("\n\\.")[0].splitlines()]


def test_members_who_answered_are_not_in_the_order_they_answered(
    publish_questionnaire, django_user_model, tmp_path
):
    page = publish_questionnaire(access=Access.MEMBERS, anonymous=True)
    members = [django_user_model.objects.create_user(f"mitglied{n:02}") for n in range(30)]
    for member in members:  # one after the other, as they answer
        Participation.objects.create(questionnaire=page, user=member)
    answered = [str(member.pk) for member in members]
    assert on_disk("surveys_participation", "user_id") == answered, "what the rewrite undoes"

    backup_create(target=tmp_path)

    dumped = in_dump(tmp_path, "surveys_participation", "user_id")
    assert sorted(dumped) == sorted(answered), "every row is in the backup"
    assert dumped != answered
    by_key = [str(row.user_id) for row in sorted(Participation.objects.all(), key=lambda r: r.pk)]
    assert dumped == by_key, "in the order of their random ids"


def test_used_codes_are_in_the_order_they_were_made_not_used(publish_questionnaire, tmp_path):
    page = publish_questionnaire(access=Access.CODES, anonymous=True)
    batch = CodeBatch.objects.create(questionnaire=page)
    codes = [
        AccessCode.objects.create(batch=batch, questionnaire=page, code=f"CODE{n:06}")
        for n in range(20)
    ]
    used = [codes[n] for n in (13, 2, 17, 8, 5, 11)]
    for code in used:  # marked used as each response arrives
        AccessCode.objects.filter(pk=code.pk).update(used=True)
    in_use_order = [code.code for code in used]
    assert [c for c in on_disk("surveys_accesscode", "code") if c in in_use_order] == in_use_order

    backup_create(target=tmp_path)

    dumped = in_dump(tmp_path, "surveys_accesscode", "code")
    assert dumped == [code.code for code in codes], "in the order they were made"
