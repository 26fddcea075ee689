"""`home.plain_writes`: statements collected and sent together, all or none. On PostgreSQL,
outside a transaction, they go in one round trip that the server runs as one transaction."""

import datetime

import pytest
from django.contrib.sessions.models import Session
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from home.plain_writes import ROWS_PER_STATEMENT, PlainWrites
from tests.postgresql import postgresql_required

FIELDS = ["session_key", "session_data", "expire_date"]


def row(key: str) -> tuple:
    return (key, "data", timezone.now() + datetime.timedelta(days=1))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failing_statement_takes_back_the_ones_before_it():
    """Outside any transaction, as in a request: the first INSERT is not kept when the second
    fails, on every database."""
    writes = PlainWrites(Session)
    writes.insert(Session, FIELDS, [row("first")])
    writes.insert(Session, FIELDS, [row("second"), row("second")])  # the key twice

    with pytest.raises(IntegrityError):
        writes.send()

    assert not Session.objects.exists()
    assert writes.statements == [], "sent statements are not sent again"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_postgresql_all_statements_go_in_one_round_trip_without_begin_and_commit(
    django_assert_num_queries,
):
    postgresql_required("The single round trip is PostgreSQL's")
    Session.objects.create(
        session_key="old", session_data="", expire_date=timezone.now() + datetime.timedelta(1)
    )
    writes = PlainWrites(Session)
    writes.insert(Session, FIELDS, [row("new")])
    writes.delete(Session, "session_key", "old")
    seen = []

    def note_the_mode(execute, sql, params, many, context):
        seen.append((connection.get_autocommit(), connection.in_atomic_block))
        return execute(sql, params, many, context)

    with django_assert_num_queries(1) as queries, connection.execute_wrapper(note_the_mode):
        writes.send()

    # In autocommit, so the server runs the string as one implicit transaction: no BEGIN and
    # no COMMIT of their own.
    assert seen == [(True, False)]
    assert queries.captured_queries[0]["sql"].count(";") == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == ["new"]


@pytest.mark.django_db
def test_inside_a_callers_transaction_a_failure_leaves_that_transaction_usable():
    Session.objects.create(session_key="kept", session_data="", expire_date=timezone.now())
    writes = PlainWrites(Session)
    writes.insert(Session, FIELDS, [row("kept")])

    with transaction.atomic():
        with pytest.raises(IntegrityError):
            writes.send()
        # The caller can go on: the failed statements had their own savepoint.
        assert Session.objects.count() == 1


@pytest.mark.django_db
def test_many_rows_are_split_below_sqlites_limit_of_variables_and_all_arrive():
    rows = [row(f"key-{number}") for number in range(ROWS_PER_STATEMENT * 2 + 1)]
    writes = PlainWrites(Session)
    writes.insert(Session, FIELDS, rows)

    assert len(writes.statements) == 3
    assert max(len(params) for _sql, params in writes.statements) <= 999
    writes.send()
    assert Session.objects.count() == len(rows)


@pytest.mark.django_db
def test_a_delete_touches_only_the_rows_with_its_value():
    for key in ("a", "b", "c"):
        Session.objects.create(session_key=key, session_data="", expire_date=timezone.now())
    writes = PlainWrites(Session)
    writes.delete(Session, "session_key", "a")
    writes.delete(Session, "session_key", "c")
    writes.send()

    assert list(Session.objects.values_list("session_key", flat=True)) == ["b"]
