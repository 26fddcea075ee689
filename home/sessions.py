"""Django's cached-database sessions, with a lighter write of an existing session.

Every request that changes a session (each questionnaire step, every form with a message)
writes it to the database and then to Redis. Django's own update builds a model instance and
saves it inside `transaction.atomic()`: three statements (BEGIN, UPDATE, COMMIT) and the
ORM's save path, about a third of a millisecond more than the single UPDATE it amounts to. Here
an existing session is written with that single UPDATE, written as plain SQL (a queryset's
`update` costs another 0.1 ms to build and compile), which is atomic on its own; a missing
row or a failed write still raises `UpdateError` (the middleware answers "session
interrupted"), and creating a session (`must_create`, a new key at login) is Django's own code.
"""

import contextlib
import logging

from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.cached_db import SessionStore as CachedDBStore
from django.db import DatabaseError, connections, router, transaction

from .plain_writes import update_statement

logger = logging.getLogger("django.contrib.sessions")


class SessionStore(CachedDBStore):
    def save(self, must_create=False):
        if must_create or self.session_key is None:
            return super().save(must_create)
        using = router.db_for_write(self.model)
        # Inside a caller's transaction, a savepoint as Django's own save has, so that a failed
        # write does not break that transaction; outside one the UPDATE is atomic by itself.
        in_transaction = connections[using].in_atomic_block
        try:
            with (
                transaction.atomic(using=using) if in_transaction else contextlib.nullcontext(),
                connections[using].cursor() as cursor,
            ):
                cursor.execute(*self._update_statement(using))
                updated = cursor.rowcount
        except DatabaseError:
            raise UpdateError from None  # as Django: the middleware answers "session interrupted"
        if not updated:
            raise UpdateError
        try:
            self._cache.set(self.cache_key, self._session, self.get_expiry_age())
        except Exception:
            logger.exception("Error saving to cache (%s)", self._cache)

    def _update_statement(self, using: str) -> tuple[str, list]:
        """The UPDATE of this session's row, written plainly: the ORM's own would build and
        compile a queryset on every request that changes a session (about 0.1 ms)."""
        values = {
            "session_data": self.encode(self._get_session()),
            "expire_date": self.get_expiry_date(),
        }
        return update_statement(
            connections[using], self.model, values, "session_key", self.session_key
        )
