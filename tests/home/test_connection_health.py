"""The health check of persistent database connections (home.postgresql): a connection the
server has ended is found unusable, so Django replaces it before a request uses it, and a
healthy one is checked without sending the server anything."""

import time

import pytest
from django.db import DataError, connection, connections

from tests.postgresql import postgresql_required

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_connection():
    """A connection of its own, outside the test's transaction, as a worker process holds one."""
    postgresql_required("The health check is PostgreSQL's")
    wrapper = connections.create_connection("default")
    wrapper.ensure_connection()
    yield wrapper
    wrapper.close()


def _last_statement(pid: int) -> str | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT query FROM pg_stat_activity WHERE pid = %s", [pid])
        row = cursor.fetchone()
    return row[0] if row else None


def test_a_healthy_connection_passes_without_a_statement(own_connection):
    with own_connection.cursor() as cursor:
        cursor.execute("SELECT 'the last thing this connection sent'")
    pid = own_connection.connection.info.backend_pid

    assert own_connection.is_usable()
    assert own_connection.is_usable()

    # Django's own check would have sent SELECT 1.
    assert _last_statement(pid) == "SELECT 'the last thing this connection sent'"


def test_a_connection_the_server_ended_is_replaced(own_connection):
    pid = own_connection.connection.info.backend_pid
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    deadline = time.monotonic() + 5
    while _last_statement(pid) is not None and time.monotonic() < deadline:
        time.sleep(0.02)

    assert not own_connection.is_usable()

    # What Django does at the start of a request when the check fails.
    own_connection.health_check_enabled = True
    own_connection.health_check_done = False
    own_connection.close_if_health_check_failed()
    with own_connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        new_pid = cursor.fetchone()[0]
    assert new_pid != pid
    assert own_connection.is_usable()


def test_a_closed_connection_is_not_usable(own_connection):
    own_connection.connection.close()

    assert not own_connection.is_usable()


def test_a_connection_in_a_failed_transaction_is_not_usable(own_connection):
    own_connection.set_autocommit(False)
    with own_connection.cursor() as cursor:
        with pytest.raises(DataError):
            cursor.execute("SELECT 1 / 0")

        assert not own_connection.is_usable()

        own_connection.rollback()
        cursor.execute("SELECT 1")
    assert own_connection.is_usable(), "inside a transaction that has not failed"
    own_connection.rollback()
    own_connection.set_autocommit(True)
