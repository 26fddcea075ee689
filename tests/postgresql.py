"""Tests that need PostgreSQL itself (races between connections, pg_dump, the worker process)."""

import os

import pytest
from django.db import connection


def postgresql_required(why: str) -> None:
    """Skip the test on another database, or fail it where PostgreSQL is required
    (`REQUIRE_POSTGRES=1`, as in CI), so that CI never passes without running it."""
    if connection.vendor != "postgresql":
        message = f"{why} (set DATABASE_URL); CI does."
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
