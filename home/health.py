"""Liveness and readiness, as a container runtime and a load balancer ask for them.

`/healthz` (liveness) answers as long as the process serves requests, without touching the
database: a database outage must not make the orchestrator restart every app server.
`/readyz` (readiness) runs each function of `READINESS_CHECKS` and answers 503 when one fails,
so that a load balancer sends no visitors to an instance that cannot serve them.

A readiness check is a function without arguments that returns None when all is well and
raises (any exception) when not; its name in the answer is the function's `__name__` without
`_check`. Add one to `READINESS_CHECKS` below, or, from an app above `home`, register it with
the `readiness_checks` Wagtail hook (`@hooks.register("readiness_checks")` on a function that
returns a list of checks).
"""

import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db import connection
from wagtail import hooks

ReadinessCheck = Callable[[], None]


def database_check() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def cache_check() -> None:
    """A value written to the cache can be read back (Redis in production)."""
    key, value = "readyz-probe", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not return what was written")


# The worker beats while it polls its queue (home.management.commands.run_worker); two minutes
# of silence means queued mail waits, as compose's worker health check also says.
WORKER_SILENT_SECONDS_MAX = 120


def worker_check() -> None:
    """With the database task backend, a worker has looked at the queue lately. (On the
    immediate backend, as in run.sh, tasks run in the request and there is no worker.)"""
    from .jobs import tasks_in_database  # noqa: PLC0415 - only when readiness is asked
    from .selectors import worker_heartbeat_age  # noqa: PLC0415

    if not tasks_in_database():
        return
    age = worker_heartbeat_age()
    if age is None or age > WORKER_SILENT_SECONDS_MAX:
        raise RuntimeError("no task worker has looked at the queue lately")


READINESS_CHECKS: list[ReadinessCheck] = [database_check, cache_check, worker_check]


def readiness_checks() -> list[ReadinessCheck]:
    checks = list(READINESS_CHECKS)
    for provide in hooks.get_hooks("readiness_checks"):
        checks.extend(provide())
    return checks


def check_name(check: ReadinessCheck) -> str:
    return check.__name__.removesuffix("_check")


def readiness() -> dict[str, str]:
    """Each check's name with "ok" or the kind of its failure (never its message, which may
    name hosts or credentials)."""
    results = {}
    for check in readiness_checks():
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means "not ready"
            results[check_name(check)] = f"failed: {type(error).__name__}"
        else:
            results[check_name(check)] = "ok"
    return results
