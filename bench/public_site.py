"""Benchmark of the public site: requests per second and latency, cached and uncached.

Serves the demo site with gunicorn (2 sync workers, production settings) and loads it with wrk
(8 connections) on loopback; prints, per page, requests/s, p50 and p99 latency in both modes and
the database queries one uncached view makes. Run it from the project root:

    .venv/bin/python bench/public_site.py                 # PostgreSQL if reachable, else SQLite
    .venv/bin/python bench/public_site.py --seconds 20 --news 200

It builds its own database (`mso_bench` on the local PostgreSQL, or a temporary SQLite file),
uses Redis for the cache when one answers on 127.0.0.1:6379, and installs wrk with apt-get if it
is missing. Targets (docs/benchmarks.md): cached >= 1,500 req/s, uncached >= 150 req/s,
p99 < 100 ms.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from _server import free_port, reachable, server_start, server_stop

ROOT = Path(__file__).resolve().parent.parent
THREADS = int(os.environ.get("BENCH_THREADS", "1"))
PAGES = {
    "home": "/de/",
    "news list": "/de/aktuelles/",
    "news article": "/de/aktuelles/drittes-netzwerktreffen/",
    "search": "/de/suche/?q=Netzwerk",
    "search, new": "/de/suche/?q=Netzwerk",  # a different query on every request, see below
}
# wrk sends the "search, new" row's requests with varying words and page numbers, so that
# neither the page cache nor the cached result lists can answer them.
SEARCH_VARIED_LUA = """
local words = {"Netzwerk", "Verein", "Modul", "Sommerfest", "Schule", "Eltern", "Website",
               "Treffen", "Rathaus", "Fundraising", "Kooperation", "Integration"}
request = function()
  local word = words[math.random(#words)]
  return wrk.format("GET", "/de/suche/?q=" .. word .. "&page=" .. math.random(1, 1000))
end
"""


def _run(args: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def prepare(env: dict, news: int) -> None:
    python = sys.executable
    _run([python, "manage.py", "migrate", "--noinput", "-v0"], env)
    _run([python, "manage.py", "seed_demo"], env, stdout=subprocess.DEVNULL)
    _run([python, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    if news:
        script = f"""
from home.factories import NewsPageFactory
from home.models import NewsIndexPage, NewsPage
index = NewsIndexPage.objects.get(locale__language_code="de")
have = NewsPage.objects.child_of(index).filter(slug__startswith="bench-").count()
for number in range(have, {news}):
    article = NewsPageFactory(parent=index, title=f"Netzwerk-Nachricht {{number}}",
                              slug=f"bench-{{number}}", teaser="Aus dem Netzwerk.")
    article.tags.add("Netzwerk")
    article.save_revision().publish()
"""
        _run([python, "manage.py", "shell", "--no-imports", "-c", script], env)


def count_queries(env: dict) -> dict[str, int]:
    """Queries of one view after a first one (uncached page; the varied search a new query)."""
    visits = {name: (url, url) for name, url in PAGES.items()}
    visits["search, new"] = (PAGES["search, new"] + "&page=3", PAGES["search, new"] + "&page=4")
    script = f"""
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.test.utils import override_settings
with override_settings(
    PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["testserver"], SECURE_SSL_REDIRECT=False
):
    client = Client()
    for name, (first, second) in {visits!r}.items():
        client.get(first)
        with CaptureQueriesContext(connection) as queries:
            status = client.get(second).status_code
        print(f"{{name}}\\t{{status}}\\t{{len(queries)}}")
"""
    output = _run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        env,
        capture_output=True,
        text=True,
    ).stdout
    counts = {}
    for line in output.splitlines():
        name, status, queries = line.split("\t")
        if status != "200":
            raise SystemExit(f"{name} answered {status}")
        counts[name] = int(queries)
    return counts


def wrk(url: str, seconds: int, script: str | None = None) -> tuple[float, float, float, int]:
    """(requests/s, p50 ms, p99 ms, non-2xx) for 8 connections on 2 threads."""
    extra = ["-s", script] if script else []
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", *extra, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

    def percentile(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", output, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, percentile("50"), percentile("99"), int(errors.group(1)) if errors else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="load per page and mode")
    parser.add_argument("--news", type=int, default=50, help="news articles beyond the demo's")
    options = parser.parse_args()

    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)

    workdir = Path(tempfile.mkdtemp(prefix="mso-bench-"))
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    if reachable("127.0.0.1", 5432):
        # A fresh database each run: its media files live in this run's temporary folder.
        for command in ("dropdb", "createdb"):
            subprocess.run(
                [command, "-h", "127.0.0.1", "-U", "postgres", "mso_bench"],
                stderr=subprocess.DEVNULL,
                check=False,
            )
        env["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/mso_bench"
    else:
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    if reachable("127.0.0.1", 6379):
        env["REDIS_URL"] = "redis://127.0.0.1:6379/14"
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="benchmark-only-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        ALLOW_DEMO_DATA="true",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
    )

    cache = env.get("REDIS_URL", "local memory")
    print(f"database: {env['DATABASE_URL'].split('@')[-1]}  cache: {cache}")
    prepare(env, options.news)
    queries = count_queries(env)

    lua = str(workdir / "search_varied.lua")
    Path(lua).write_text(SEARCH_VARIED_LUA)
    results = {}
    for mode, seconds in (("uncached", 0), ("cached", 600)):
        port = free_port()
        server = server_start({**env, "PAGE_CACHE_SECONDS": str(seconds)}, port)
        try:
            for name, path in PAGES.items():
                url = f"http://127.0.0.1:{port}{path}"
                urllib.request.urlopen(url, timeout=10).read()  # noqa: S310 - warm up, fill cache
                script = lua if name == "search, new" else None
                results[(name, mode)] = wrk(url, options.seconds, script)
        finally:
            server_stop(server, timeout=10)

    cores = os.cpu_count()
    print(
        f"\ngunicorn 2 workers x {THREADS} thread(s), wrk 8 connections, "
        f"{options.seconds}s per row, {cores} cores"
    )
    print(
        f"{'page':<14}{'mode':<10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'queries':>9}"
    )
    for (name, mode), (rps, p50, p99, errors) in results.items():
        print(f"{name:<14}{mode:<10}{rps:>9.0f}{p50:>9.1f}{p99:>9.1f}{errors:>8}{queries[name]:>9}")
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
