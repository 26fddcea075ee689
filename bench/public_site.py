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

Beside the app it loads, in the same run: a static CSS file through WhiteNoise (the yardstick
each uncached page is set against), and the front cache: Varnish with config/varnish/default.vcl
in front of the same gunicorn, against nginx serving the same HTML from a file (the ceiling;
target: the front cache reaches at least 0.3 of it). varnishd and nginx are installed with
apt-get if missing.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
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


def wrk(
    url: str, seconds: int, script: str | None = None, headers: dict | None = None
) -> tuple[float, float, float, int]:
    """(requests/s, p50 ms, p99 ms, non-2xx) for 8 connections on 2 threads."""
    extra = ["-s", script] if script else []
    for name, value in (headers or {}).items():
        extra += ["-H", f"{name}: {value}"]
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


def _wait_for_port(port: int, process: subprocess.Popen, what: str) -> None:
    for _ in range(100):
        if reachable("127.0.0.1", port):
            return
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{what} did not come up")


def varnish_start(workdir: Path, backend_port: int) -> tuple[subprocess.Popen, int, int]:
    """varnishd with the project's VCL in front of 127.0.0.1:`backend_port`."""
    vcl = (ROOT / "config/varnish/default.vcl").read_text()
    vcl = vcl.replace('.host = "web";', '.host = "127.0.0.1";')
    vcl = vcl.replace('.port = "8000";', f'.port = "{backend_port}";')
    (workdir / "bench.vcl").write_text(vcl)
    public, purge = free_port(), free_port()
    process = subprocess.Popen(
        ["varnishd", "-F", "-j", "none", "-n", str(workdir / "varnish"),
         "-a", f"public=127.0.0.1:{public}", "-a", f"purge=127.0.0.1:{purge}",
         "-f", str(workdir / "bench.vcl"), "-s", "malloc,128m"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    _wait_for_port(public, process, "varnishd")
    return process, public, purge


def nginx_start(workdir: Path, root: Path) -> tuple[subprocess.Popen, int]:
    """nginx (2 workers) serving the files under `root`, the ceiling for a front cache."""
    port = free_port()
    (workdir / "nginx-logs").mkdir(exist_ok=True)
    conf = workdir / "nginx.conf"
    conf.write_text(f"""
worker_processes 2;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-logs/error.log;
events {{ worker_connections 256; }}
http {{
    access_log off;
    default_type text/html;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
""")
    process = subprocess.Popen(
        ["nginx", "-c", str(conf), "-p", str(workdir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _wait_for_port(port, process, "nginx")
    return process, port


def front_cache_rows(env: dict, workdir: Path, seconds: int) -> dict:
    """{page: (front cache req/s, nginx file req/s)} for the pages a front cache can keep."""
    port = free_port()
    server = server_start({**env, "PAGE_CACHE_SECONDS": "600", "FRONT_CACHE_SECONDS": "600"}, port)
    varnish, public, _purge = varnish_start(workdir, port)
    files = workdir / "html"
    nginx, nginx_port = nginx_start(workdir, files)
    rows = {}
    try:
        for name, path in PAGES.items():
            if name == "search, new":
                continue  # a new query every time: nothing can keep it
            url = f"http://127.0.0.1:{public}{path}"
            request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                html = response.read()
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                if response.headers.get("X-Front-Cache") != "hit":
                    raise SystemExit(f"{name}: the front cache did not keep {path}")
            file_path = files / path.split("?")[0].lstrip("/") / "index.html"
            file_path.parent.mkdir(parents=True, exist_ok=True)
            file_path.write_bytes(html)
            cached = wrk(url, seconds, headers={"X-Forwarded-Proto": "https"})
            ceiling = wrk(f"http://127.0.0.1:{nginx_port}{path.split('?')[0]}", seconds)
            rows[name] = (cached[0], ceiling[0])
    finally:
        for process in (nginx, varnish):
            process.terminate()
            process.wait(timeout=10)
        server_stop(server, timeout=10)
    return rows


def static_rate(env: dict, seconds: int) -> float:
    """Requests/s for the site's CSS file through WhiteNoise, in the same gunicorn."""
    port = free_port()
    server = server_start({**env, "PAGE_CACHE_SECONDS": "0"}, port)
    try:
        request = urllib.request.Request(  # noqa: S310
            f"http://127.0.0.1:{port}/de/", headers={"X-Forwarded-Proto": "https"}
        )
        html = urllib.request.urlopen(request, timeout=10).read().decode()  # noqa: S310
        css = re.search(r'href="(/static/[^"]+\.css)"', html).group(1)
        proxied = {"X-Forwarded-Proto": "https"}
        return wrk(f"http://127.0.0.1:{port}{css}", seconds, headers=proxied)[0]
    finally:
        server_stop(server, timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="load per page and mode")
    parser.add_argument("--news", type=int, default=50, help="news articles beyond the demo's")
    options = parser.parse_args()

    for tool, package in (("wrk", "wrk"), ("varnishd", "varnish"), ("nginx", "nginx-light")):
        if not shutil.which(tool):
            subprocess.run(["apt-get", "install", "-y", "-qq", package], check=True)

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

    static = static_rate(env, options.seconds)
    front = front_cache_rows(env, workdir, options.seconds)

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

    print(f"\nstatic CSS through WhiteNoise: {static:.0f} req/s; uncached pages against it:")
    for (name, mode), (rps, *_rest) in results.items():
        if mode == "uncached":
            print(f"  {name:<14}{rps / static:>6.3f} x static")
    print("\nfront cache (Varnish) against nginx serving the same HTML from a file:")
    print(f"{'page':<14}{'varnish':>9}{'nginx':>9}{'ratio':>7}")
    for name, (cached, ceiling) in front.items():
        print(f"{name:<14}{cached:>9.0f}{ceiling:>9.0f}{cached / ceiling:>7.2f}")
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
