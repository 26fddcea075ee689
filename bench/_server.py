"""The site under gunicorn for the benchmarks: started on a free loopback port and stopped again.

gunicorn runs 2 workers with the given environment (the benchmarks pass production settings) and
the image's gunicorn settings (`config/gunicorn.py`: the access log, Prometheus's metrics shared
through files), with the interpreter that runs the benchmark; it counts as up once /healthz
answers 200. Requests carry `X-Forwarded-Proto: https` as the
TLS-terminating proxy's do, so the HTTPS redirect may stay on.
"""

import http.client
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2


def reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def health(port: int) -> int | None:
    """The status of /healthz, or None when nothing answers."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", "/healthz", headers={"X-Forwarded-Proto": "https"})
        return connection.getresponse().status
    except (OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()


def server_start(
    env: dict,
    port: int,
    *,
    threads: int = 1,
    log=None,
    python: str = sys.executable,
    code: Path = ROOT,
) -> subprocess.Popen:
    """gunicorn on 127.0.0.1:`port`, once it is up (sync workers, gthread with `threads` > 1);
    its output goes to `log` (an open file) if given; without one, its warnings go to this
    terminal and its access log nowhere. `python`: the interpreter, in an environment with the
    project's dependencies; `code`: the checkout whose code it serves. Ends the benchmark if it
    is not up after 100 tries 0.1 s apart."""
    worker = ["--worker-class", "gthread", "--threads", str(threads)] if threads > 1 else []
    command = [
        python,
        "-m",
        "gunicorn",
        "config.wsgi:application",
        "--config",
        "python:config.gunicorn",
        "--workers",
        str(WORKERS),
        *worker,
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
    ]
    # The workers' metrics files, removed again by server_stop.
    metrics = tempfile.mkdtemp(prefix="bench-metrics-")
    env = {**env, "PROMETHEUS_MULTIPROC_DIR": metrics}
    try:
        # stdout is the access log, a line per request.
        server = subprocess.Popen(
            command, cwd=code, env=env, stdout=log or subprocess.DEVNULL, stderr=log
        )
    except BaseException:
        shutil.rmtree(metrics, ignore_errors=True)
        raise
    server.metrics_folder = metrics
    try:
        for _ in range(100):
            if health(port) == 200:
                return server
            if server.poll() is not None:
                break
            time.sleep(0.1)
    except BaseException:  # Ctrl-C while waiting: no gunicorn left behind
        server_stop(server, timeout=0)
        raise
    server_stop(server, timeout=0)
    raise SystemExit("gunicorn did not come up")


def server_stop(server: subprocess.Popen, timeout: float = 15) -> None:
    """Ask gunicorn to finish (SIGTERM: workers end their requests), kill it after `timeout`."""
    server.terminate()
    try:
        server.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    shutil.rmtree(getattr(server, "metrics_folder", ""), ignore_errors=True)
