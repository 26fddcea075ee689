"""Django's cached-database sessions, with a lighter write of an existing session.

Every request that changes a session (each questionnaire step, every form with a message)
writes it to the database and then to Redis. Django's own update builds a model instance and
saves it inside `transaction.atomic()`: three statements (BEGIN, UPDATE, COMMIT) and the
ORM's save path, about a third of a millisecond more than the single UPDATE it amounts to. Here
an existing session is written with that single UPDATE, written as plain SQL (a queryset's
`update` costs another 0.1 ms to build and compile), which is atomic on its own; a missing
row or a failed write still raises `UpdateError` (the middleware answers "session
interrupted"), and creating a session (`must_create`, a new key at login) is Django's own code.

A write that stores other rows can carry the session's UPDATE along (`write_with`): sending a
questionnaire writes the response and the participant's session, as it is once the response is
stored, in one round trip and one transaction. The response's own save then finds the row
current and writes only the cache (where its entry still exists), unless the session changed in
between.
"""

import contextlib
import logging
from collections.abc import Callable

from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.cached_db import SessionStore as CachedDBStore
from django.db import DatabaseError, connections, router, transaction

from .plain_writes import PlainWrites, update_statement

logger = logging.getLogger("django.contrib.sessions")


class SessionStore(CachedDBStore):
    # The key and the serialised session last written along with other rows (`write_with`).
    _in_database: tuple[str, bytes] | None = None

    def write_with(self, writes: PlainWrites) -> Callable[[int], None] | None:
        """Add this session's UPDATE, as the session is now, to `writes` (the caller's rows, sent
        in one transaction), as their last statement. The returned function takes the row count
        that `writes.send()` returns; `None` when there is no row to update yet."""
        if self.session_key is None or writes.using != router.db_for_write(self.model):
            return None
        writes.update(self.model, self._row_values(), "session_key", self.session_key)
        written = (self.session_key, self.serializer().dumps(self._get_session()))

        def sent(rows: int) -> None:
            # No row: the session was deleted meanwhile (a logout elsewhere); `save` refuses it.
            self._in_database = written if rows == 1 else None

        return sent

    def save(self, must_create=False):
        if must_create or self.session_key is None:
            return super().save(must_create)
        written, self._in_database = self._in_database, None
        # Written along and unchanged since (the same key too): only the cache, and only if
        # the entry is still there. A logout in another tab since the write deleted it; the
        # database then refuses the session (`UpdateError`) rather than the cache reviving it.
        unchanged = written is not None and written == (
            self.session_key,
            self.serializer().dumps(self._get_session()),
        )
        if unchanged and self._cache_replace():
            return
        self._save_to_database()
        try:
            self._cache.set(self.cache_key, self._session, self.get_expiry_age())
        except Exception:
            logger.exception("Error saving to cache (%s)", self._cache)

    def _cache_replace(self) -> bool:
        """Write the cache's entry of this session if it still exists; whether it did."""
        try:
            replace = getattr(self._cache, "replace", None)
            if replace is not None:  # Redis (home.redis_cache): one atomic command
                return replace(self.cache_key, self._session, self.get_expiry_age())
            if self._cache.has_key(self.cache_key):
                self._cache.set(self.cache_key, self._session, self.get_expiry_age())
                return True
        except Exception:
            logger.exception("Error saving to cache (%s)", self._cache)
        return False

    def _save_to_database(self) -> None:
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

    def _update_statement(self, using: str) -> tuple[str, list]:
        """The UPDATE of this session's row, written plainly: the ORM's own would build and
        compile a queryset on every request that changes a session (about 0.1 ms)."""
        return update_statement(
            connections[using], self.model, self._row_values(), "session_key", self.session_key
        )

    def _row_values(self) -> dict:
        return {
            "session_data": self.encode(self._get_session()),
            "expire_date": self.get_expiry_date(),
        }
