"""What the database health check at the start of each request costs: Django's `SELECT 1`
against `home.postgresql`'s look at the socket, on one persistent connection to the local
PostgreSQL (its `postgres` database; nothing is read or written). Prints the CPU per check of
this process and of its PostgreSQL server process (from /proc), and the wall time. Run it from
the project root:

    .venv/bin/python bench/health_check.py
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKS = 20_000


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/postgres"
    import django  # noqa: PLC0415

    django.setup()
    from django.db import connection  # noqa: PLC0415
    from django.db.backends.postgresql.base import DatabaseWrapper  # noqa: PLC0415

    connection.ensure_connection()
    server = Path(f"/proc/{connection.connection.info.backend_pid}/stat")
    tick = os.sysconf("SC_CLK_TCK")

    def server_cpu() -> float:
        fields = server.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick  # utime + stime

    checks = {
        "Django's SELECT 1": lambda: DatabaseWrapper.is_usable(connection),
        "home.postgresql (the socket)": connection.is_usable,
    }
    for label, check in checks.items():
        assert all(check() for _ in range(200))
        server_before, client_before, wall_before = (
            server_cpu(),
            time.process_time(),
            time.perf_counter(),
        )
        for _ in range(CHECKS):
            check()
        server_used = server_cpu() - server_before
        client_used = time.process_time() - client_before
        wall = time.perf_counter() - wall_before
        print(
            f"{label}: this process {client_used * 1e6 / CHECKS:.1f} µs, PostgreSQL "
            f"{server_used * 1e6 / CHECKS:.1f} µs of CPU, {wall * 1e6 / CHECKS:.1f} µs wall "
            f"per check ({CHECKS} checks)"
        )


if __name__ == "__main__":
    main()
