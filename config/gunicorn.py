"""Gunicorn's settings for the image (`gunicorn -c python:config.gunicorn`).

The access log names the path without the query string (`%(U)s`, not the request line
`%(r)s`) and leaves out the Referer (`%(f)s`, another site's address with its query string):
a questionnaire code, a search or a filter never reaches the log. A code link is exchanged
for the session and redirected to the address without it anyway (`surveys.views`); this is the
second lock. Its last field is the request id (home.request_id), which the app's own log lines
carry too.

The workers share their Prometheus metrics through files in `PROMETHEUS_MULTIPROC_DIR` (a fresh
folder under /tmp unless set), so that /metrics counts every worker's requests, not only its
own. It is set here, when gunicorn starts, and not in the image: a `manage.py` command in the
same container keeps its metrics in memory.
"""

import os
import shutil
import tempfile

accesslog = "-"
access_log_format = (
    '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)s "%(a)s" %({x-request-id}o)s'
)


def on_starting(server):
    # Before the workers start (and import the app), so that they inherit it. Metrics files of
    # an earlier run would be counted again: the folder starts empty.
    folder = os.environ.setdefault(
        "PROMETHEUS_MULTIPROC_DIR", os.path.join(tempfile.gettempdir(), f"metrics-{os.getpid()}")
    )
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder, exist_ok=True)


def child_exit(server, worker):
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Only the image's gunicorn needs it.
        from prometheus_client import multiprocess  # noqa: PLC0415

        multiprocess.mark_process_dead(worker.pid)
