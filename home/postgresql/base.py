"""Django's PostgreSQL backend, with a connection health check that costs no round trip.

Persistent connections (`CONN_MAX_AGE`) need a check at the start of each request, so that a
connection the server has ended (a restart, an idle timeout, `pg_terminate_backend`) is replaced
before it fails the request. Django's check sends `SELECT 1` and waits for the answer: a round
trip to the server, and a statement for it to parse and run, on every request. Here the
connection's socket is asked instead, without waiting: an idle connection has nothing to read,
so anything readable (the server's goodbye message, or the end of the stream) means the
connection is no longer usable, and Django opens a new one. A message the server might send on
its own to a healthy idle connection (none does for this site, which neither listens for
notifications nor changes server settings) would only cost one reconnection. A connection in a
failed transaction counts as unusable too, as it does for `SELECT 1`.
"""

import select

from django.db.backends.postgresql.base import DatabaseWrapper as PostgreSQLDatabaseWrapper
from psycopg2.extensions import TRANSACTION_STATUS_IDLE, TRANSACTION_STATUS_INTRANS

# Idle, or inside a transaction that has not failed: the states in which `SELECT 1` succeeds.
USABLE_STATES = (TRANSACTION_STATUS_IDLE, TRANSACTION_STATUS_INTRANS)


class DatabaseWrapper(PostgreSQLDatabaseWrapper):
    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed:
            return False
        try:
            socket = connection.fileno()
            if connection.info.transaction_status not in USABLE_STATES:
                return False  # a failed transaction, or a connection in an unknown state
        except Exception:  # noqa: BLE001 - psycopg2 raises InterfaceError on a closed one
            return False
        poller = select.poll()
        poller.register(socket, select.POLLIN | select.POLLPRI)
        # POLLERR, POLLHUP and POLLNVAL are reported whether asked for or not.
        return not poller.poll(0)
