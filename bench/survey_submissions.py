"""Benchmark of questionnaire submissions: submissions per second, and none lost, also across a
PostgreSQL restart.

Serves the site with gunicorn (2 workers, production settings) on PostgreSQL (`mso_bench`) and
Redis (cache and sessions), builds a two-step questionnaire, walks N participants through the
wizard (each with its own cookies and server-side session), then fires the N final "send" POSTs
of the review step at once (50 in flight) and times them. Prints submissions/s, how many got the
thank-you redirect, failures by status, and the rows in the database, matched participant by
participant: each one types its own tag into a text question. Run it from the project root:

    .venv/bin/python bench/survey_submissions.py                     # 500 participants
    .venv/bin/python bench/survey_submissions.py --restart-postgres  # restart mid-run
    .venv/bin/python bench/survey_submissions.py -n 2000 --threads 4 # gthread workers
    .venv/bin/python bench/survey_submissions.py --code /tmp/older   # another checkout's code

With --code, the same benchmark serves the code of another checkout (an older revision, say:
`bench/against_revision.py` makes one and alternates runs of both), on a database and files of
its own, with this environment's packages.

Sync workers by default: on 2 quiet cores they gave the best figure (500 submissions: sync 123/s,
gthread with 4 threads 108/s, with 8 threads 103/s; the CPU per submission is the same, threads
only add switching). On a busy machine threads win, by taking CPU from the other programs: the
CPU line of the output says how much those took, and what the server would do on free cores.

With --restart-postgres, PostgreSQL is restarted (pg_ctlcluster) once ~30% of the submissions
are answered, while the rest keep coming; a failed one is sent again after a short pause, a few
times at most, as a participant presses the button again. gunicorn is not restarted: the site
has to recover by itself, and every submission that got the thank-you redirect must be stored.

gunicorn listens on loopback over plain HTTP; the client sends `X-Forwarded-Proto: https` as
the TLS-terminating proxy does, so the production settings apply unchanged (secure cookies,
HTTPS redirect, CSRF origin check). Target (issue): >= 100 submissions/s, none lost.
"""

import argparse
import concurrent.futures
import hashlib
import http.client
import http.cookies
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

from _server import free_port, health, reachable, server_start, server_stop

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "mso_bench"
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
REDIS_URL = "redis://127.0.0.1:6379/13"
# Static and media files of the bench database, kept between runs like the database itself.
WORKDIR = Path(tempfile.gettempdir()) / "mso-bench-surveys"
OK = "302 to danke/"
REVIEW = "pruefen"

# The questionnaire: two steps, no conditions; the text question "KENNUNG" carries each
# participant's tag, so that every stored response can be told apart.
STEPS = [
    (
        "Ihre Bewertung",
        [
            ("rating", "Wie zufrieden sind Sie mit dem Modul insgesamt?", {}),
            ("yes_no", "Würden Sie das Modul weiterempfehlen?", {}),
            (
                "matrix",
                "Wie sehr stimmen Sie zu?",
                {"items": ["Die Inhalte waren verständlich.", "Die Zeit hat gereicht."]},
            ),
        ],
    ),
    (
        "Ihre Hinweise",
        [
            (
                "single_choice",
                "Wie haben Sie vom Modul erfahren?",
                {"choices": ["Über das Netzwerk", "Über den Verein", "Im Internet"]},
            ),
            (
                "multiple_choice",
                "Welche Themen interessieren Sie?",
                {"choices": ["Fundraising", "Vereinsrecht", "Öffentlichkeitsarbeit", "Finanzen"]},
            ),
            ("short_text", "Ihre Kennung", {"code": "KENNUNG", "required": True}),
            ("long_text", "Was sollten wir verbessern?", {"required": False}),
        ],
    ),
]

SETUP_SCRIPT = """
import json
from wagtail.models import Locale
from surveys import services
from surveys.factories import QuestionnairePageFactory, steps_data
from surveys.models import SurveyIndexPage
index = SurveyIndexPage.objects.filter(locale=Locale.get_default()).first()
page = QuestionnairePageFactory.build(
    title="Lasttest {tag}", slug="lasttest-{tag}", steps=steps_data({steps!r})
)
index.add_child(instance=page)
page.save_revision().publish()
page.refresh_from_db()
services.questions_sync(page)  # the question rows, which the first submission would write
steps = [
    {{
        "key": spec.key,
        "questions": [
            {{
                "id": q.id,
                "kind": q.kind,
                "code": q.code,
                "scale": q.scale,
                "choices": [choice for choice, _label in q.choices],
                "items": [item for item, _label in q.items],
            }}
            for q in spec.questions
        ],
    }}
    for spec in page.step_specs()
]
print(json.dumps({{"id": page.pk, "url": page.url, "hex": page.translation_key.hex,
                  "steps": steps}}))
"""

COUNT_SCRIPT = """
import json
from surveys.models import Answer, Response
page = {page_id}
rows = Response.objects.filter(questionnaire_id=page).count()
tags = list(
    Answer.objects.filter(response__questionnaire_id=page, question__code="KENNUNG")
    .values_list("text", flat=True)
)
print(json.dumps({{"rows": rows, "tags": tags}}))
"""


class Failed(Exception):
    """A participant's request that did not answer as the wizard should."""

    def __init__(self, what: str, body: str = ""):
        super().__init__(what)
        self.what = what
        self.body = body


def use_checkout(code: Path) -> None:
    """Serve the code in `code` instead of this checkout's: its own bench database and files
    (named after the folder), so that its migrations never meet this checkout's."""
    global ROOT, DATABASE, DATABASE_URL, WORKDIR  # noqa: PLW0603 - set once, before anything runs
    ROOT = code.resolve()
    if not (ROOT / "manage.py").is_file():
        raise SystemExit(f"no manage.py in {ROOT}")
    suffix = hashlib.sha256(str(ROOT).encode()).hexdigest()[:8]
    DATABASE = f"mso_bench_{suffix}"
    DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
    WORKDIR = WORKDIR.with_name(f"{WORKDIR.name}-{suffix}")


def _run(args: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def _django(env: dict, script: str) -> dict:
    """Runs `script` in `manage.py shell`; its last line of output is JSON."""
    output = _run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        env,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def prepare(env: dict, tag: str) -> dict:
    """The bench database (created when missing), migrated, with the demo site and a new
    questionnaire; returns the questionnaire's id, url, storage prefix and step specs."""
    created = subprocess.run(
        ["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE],
        stderr=subprocess.DEVNULL,
        check=False,
    )
    if created.returncode == 0:
        shutil.rmtree(WORKDIR / "media", ignore_errors=True)  # a new database's media files
    python = sys.executable
    _run([python, "manage.py", "migrate", "--noinput", "-v0"], env)
    _run([python, "manage.py", "seed_demo"], env, stdout=subprocess.DEVNULL)
    _run([python, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    return _django(env, SETUP_SCRIPT.format(tag=tag, steps=STEPS))


def count_rows(env: dict, page_id: int) -> dict:
    return _django(env, COUNT_SCRIPT.format(page_id=page_id))


class Participant:
    """One browser: its own cookies (and so its own session), talking to gunicorn as the proxy
    would (plain HTTP on loopback, X-Forwarded-Proto: https)."""

    def __init__(self, port: int, survey: dict, tag: str, seed: int):
        self.port = port
        self.survey = survey
        self.tag = tag
        self.origin = f"https://127.0.0.1:{port}"
        self.cookies: dict[str, str] = {}
        self.csrf = ""
        self.rng = random.Random(seed)

    def request(self, method: str, path: str, fields: dict | None = None):
        """(status, Location, body)."""
        headers = {"X-Forwarded-Proto": "https", "Connection": "close"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields, doseq=True)
            headers.update(
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Origin": self.origin,
                    "Referer": self.origin + path,
                }
            )
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = http.cookies.SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response.status, response.getheader("Location") or "", text

    def step_url(self, step: str) -> str:
        return f"{self.survey['url']}schritt/{step}/"

    def expect(self, method: str, path: str, fields: dict | None, location: str = "") -> str:
        status, found, body = self.request(method, path, fields)
        wanted = 302 if location else 200
        if status != wanted or (location and not found.endswith(location)):
            where = f" to {found}" if status in (301, 302) else ""
            raise Failed(f"{method} {path}: {status}{where}", body)
        return body

    def post_fields(self, step: str, answers: dict | None = None) -> dict:
        return {
            "csrfmiddlewaretoken": self.csrf,
            f"questionnaire_{self.survey['hex']}-current_step": step,
            **(answers or {}),
        }

    def answers(self, step: dict) -> dict:
        fields: dict = {}
        for question in step["questions"]:
            name = f"{step['key']}-{question['id']}"
            kind = question["kind"]
            if kind == "matrix":
                for item in question["items"]:
                    fields[f"{name}__{item}"] = str(self.rng.choice(question["scale"]))
            elif kind in {"rating", "recommendation"}:
                fields[name] = str(self.rng.choice(question["scale"]))
            elif kind == "yes_no":
                fields[name] = "yes"  # keeps every condition on it that says "ja" true
            elif kind == "single_choice":
                fields[name] = self.rng.choice(question["choices"])
            elif kind == "multiple_choice":
                fields[name] = self.rng.sample(question["choices"], 2)
            elif kind == "number":
                fields[name] = str(self.rng.randint(1, 20))
            elif question["code"] == "KENNUNG":
                fields[name] = self.tag
            else:
                fields[name] = "Mehr Zeit für Fragen, bitte."
        return fields

    def walk_to_review(self) -> None:
        """Everything before the submission, as a browser does it: the introduction, start,
        each step shown and sent, the review shown."""
        url = self.survey["url"]
        page = self.expect("GET", url, None)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if not found:
            raise Failed(f"GET {url}: no CSRF token in the page", page)
        self.csrf = found.group(1)
        steps = self.survey["steps"]
        self.expect("POST", url, {"csrfmiddlewaretoken": self.csrf}, "schritt/1/")
        for number, step in enumerate(steps):
            following = steps[number + 1]["key"] if number + 1 < len(steps) else REVIEW
            self.expect("GET", self.step_url(step["key"]), None)
            fields = self.post_fields(step["key"], self.answers(step))
            self.expect("POST", self.step_url(step["key"]), fields, f"schritt/{following}/")
        self.expect("GET", self.step_url(REVIEW), None)

    def submit(self) -> str:
        """The review step's POST: OK, or what came back instead."""
        try:
            status, location, _body = self.request(
                "POST", self.step_url(REVIEW), self.post_fields(REVIEW)
            )
        except OSError as error:
            return f"no answer ({type(error).__name__})"
        except http.client.HTTPException as error:
            return f"broken answer ({type(error).__name__})"
        if status == 302:
            return OK if location.endswith("/danke/") else f"302 to {location}"
        return str(status)


def _cpu(master: int) -> dict[str, dict[int, float]]:
    """CPU seconds used so far by gunicorn's workers (children of `master`), PostgreSQL's and
    Redis's processes, by process id; and the whole machine's busy time (/proc/stat) as "all"."""
    tick = os.sysconf("SC_CLK_TCK")
    found: dict[str, dict[int, float]] = {"gunicorn": {}, "postgres": {}, "redis": {}}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        seconds = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
        if int(fields[1]) == master:
            found["gunicorn"][int(entry.name)] = seconds
        elif name.startswith("postgres"):
            found["postgres"][int(entry.name)] = seconds
        elif name.startswith("redis-server"):
            found["redis"][int(entry.name)] = seconds
    ticks = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    busy = sum(ticks[:8]) - ticks[3] - ticks[4]  # all but idle and iowait
    found["all"] = {0: busy / tick}
    found["client"] = {0: time.process_time()}
    return found


def _cpu_used(before: dict, after: dict) -> dict[str, float]:
    """CPU seconds each group used between two `_cpu` snapshots; "others": everything else
    on the machine (other programs), which disturbs the measurement."""
    used = {
        group: sum(seconds - before[group].get(pid, 0.0) for pid, seconds in after[group].items())
        for group in after
    }
    ours = used["gunicorn"] + used["postgres"] + used["redis"] + used["client"]
    used["others"] = max(0.0, used.pop("all") - ours)
    return used


def _cluster() -> list[str]:
    """pg_ctlcluster's version and name of the local cluster on port 5432."""
    output = subprocess.run(
        ["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=True
    ).stdout
    for line in output.splitlines():
        version, name, port = line.split()[:3]
        if port == "5432":
            return [version, name]
    raise SystemExit("no PostgreSQL cluster on port 5432 for --restart-postgres")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def walk_all(participants: list[Participant], in_flight: int) -> tuple[list, Counter, str]:
    """Every participant to the review step; (ready ones, failures by kind, first body)."""
    ready, failures, example = [], Counter(), ""

    def walk(participant: Participant) -> Participant:
        participant.walk_to_review()
        return participant

    with concurrent.futures.ThreadPoolExecutor(in_flight) as pool:
        futures = [pool.submit(walk, participant) for participant in participants]
        for future in concurrent.futures.as_completed(futures):
            try:
                ready.append(future.result())
            except Failed as error:
                failures[error.what.split(": ", 1)[-1]] += 1
                example = example or f"{error.what}\n{error.body[:1500]}"
            except (OSError, http.client.HTTPException) as error:
                failures[f"no answer ({type(error).__name__})"] += 1
    return ready, failures, example


def submit_all(participants: list[Participant], options, restart) -> dict:
    """The N review POSTs, `options.in_flight` at a time; with a restart, failed ones again."""
    retrying = options.restart_postgres
    threshold = max(1, int(len(participants) * options.restart_after))
    answered = 0
    lock = threading.Lock()

    def send(participant: Participant) -> tuple[list[str], float]:
        nonlocal answered
        outcomes = []
        started = time.perf_counter()
        latency = 0.0
        for attempt in range(1 + (options.retries if retrying else 0)):
            if attempt:
                time.sleep(options.retry_pause)
            outcome = participant.submit()
            outcomes.append(outcome)
            if attempt == 0:
                latency = time.perf_counter() - started
                with lock:
                    answered += 1
                    if answered == threshold:
                        restart.answered = answered
                        restart.trigger.set()
            if outcome == OK:
                break
        return outcomes, latency

    started = time.perf_counter()
    restart.started = started
    with concurrent.futures.ThreadPoolExecutor(options.in_flight) as pool:
        results = list(pool.map(send, participants))
    elapsed = time.perf_counter() - started
    return {
        "elapsed": elapsed,
        "outcomes": [outcomes for outcomes, _latency in results],
        "latencies": [latency for _outcomes, latency in results],
        "ok_tags": [
            participant.tag
            for participant, (outcomes, _latency) in zip(participants, results, strict=True)
            if outcomes[-1] == OK
        ],
    }


class Restart:
    """Restarts PostgreSQL in a thread once `trigger` is set (unless cancelled first)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.trigger = threading.Event()
        self.cancelled = False
        self.started = 0.0
        self.answered = 0
        self.report = "PostgreSQL not restarted: too few submissions were answered"
        self.thread = threading.Thread(target=self.run, daemon=True)
        if enabled:
            self.cluster = _cluster()
            self.thread.start()

    def run(self) -> None:
        self.trigger.wait()
        if self.cancelled:
            return
        began = time.perf_counter()
        done = subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", *self.cluster, "restart"],
            capture_output=True,
            text=True,
            check=False,
        )
        took = time.perf_counter() - began
        status = "ok" if done.returncode == 0 else f"failed: {done.stderr.strip()}"
        self.report = (
            f"PostgreSQL {' '.join(self.cluster)} restarted {began - self.started:.2f} s into "
            f"the phase, after {self.answered} submissions were answered; took {took:.2f} s "
            f"({status})"
        )

    def finish(self) -> None:
        if self.enabled:
            self.cancelled = not self.trigger.is_set()
            self.trigger.set()
            self.thread.join()
            if not reachable("127.0.0.1", 5432):
                raise SystemExit("PostgreSQL did not come back after the restart")


def server_errors(log_path: Path) -> list[str]:
    """The server log's exceptions (last line of each traceback) and gunicorn's complaints."""
    found: Counter = Counter()
    for line in log_path.read_text(errors="replace").splitlines():
        if re.match(r"^[\w.]+(Error|Exception|Warning)\b", line):
            found[line[:140]] += 1
        elif "WORKER TIMEOUT" in line or "Booting worker" in line or "Worker exiting" in line:
            found[re.sub(r"^\[[^]]*\] \[\d+\] ", "", line)[:140]] += 1
    return [f"{count:>5} x {line}" for line, count in found.most_common(12)]


def server_environment(key_prefix: str) -> dict:
    """The environment of the benchmark's gunicorn: production settings on the bench database
    and Redis, under a cache prefix of its own."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=key_prefix,  # nothing cached by an earlier run or another bench
        # Every participant comes from 127.0.0.1 here, unlike a room of phones: the per-address
        # limit on submissions (60/h) would answer all but the first 60 with a 429.
        THROTTLE_SURVEY_SUBMISSION_PER_IP="1000000/h",
        SECRET_KEY="benchmark-only-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        ALLOW_DEMO_DATA="true",
        STATIC_ROOT=str(WORKDIR / "static"),
        MEDIA_ROOT=str(WORKDIR / "media"),
    )
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--participants", type=int, default=500)
    parser.add_argument("--in-flight", type=int, default=50, help="concurrent requests")
    parser.add_argument("--threads", type=int, default=1, help="per worker; >1: gthread")
    parser.add_argument("--restart-postgres", action="store_true")
    parser.add_argument(
        "--restart-after", type=float, default=0.3, help="share of submissions answered first"
    )
    parser.add_argument("--retries", type=int, default=5, help="with --restart-postgres")
    parser.add_argument("--retry-pause", type=float, default=1.0, help="seconds")
    parser.add_argument("--code", type=Path, help="serve another checkout's code (a folder)")
    options = parser.parse_args()
    if options.code:
        use_checkout(options.code)

    if not reachable("127.0.0.1", 5432):
        raise SystemExit("PostgreSQL must answer on 127.0.0.1:5432")
    if not reachable("127.0.0.1", 6379):
        raise SystemExit("Redis must answer on 127.0.0.1:6379 (cache and sessions)")
    run_tag = time.strftime("%Y%m%d-%H%M%S")
    key_prefix = f"mso-bench-surveys-{run_tag}"
    env = server_environment(key_prefix)
    print(f"code: {ROOT}")
    print(f"database: {DATABASE_URL.split('@')[-1]}  cache and sessions: {REDIS_URL}")
    survey = prepare(env, run_tag)
    print(f"questionnaire: {survey['url']} ({len(survey['steps'])} steps)")

    log_file = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in the finally below
        mode="w+", prefix="survey-submissions-", suffix=".log", delete=False
    )
    log_path = Path(log_file.name)
    port = free_port()
    server = server_start(env, port, threads=options.threads, log=log_file, code=ROOT)
    restart = None
    try:
        workers_before = sorted(_cpu(server.pid)["gunicorn"])
        participants = [
            Participant(port, survey, f"{run_tag}-{number}", number)
            for number in range(options.participants)
        ]
        began = time.perf_counter()
        ready, prep_failures, example = walk_all(participants, options.in_flight)
        walked = time.perf_counter() - began
        if prep_failures:
            print(f"participants not ready: {dict(prep_failures)}\n{example}")
        if not ready:
            raise SystemExit("no participant reached the review step")

        restart = Restart(options.restart_postgres)
        cpu_before = _cpu(server.pid)
        phase = submit_all(ready, options, restart)
        cpu = _cpu_used(cpu_before, _cpu(server.pid))
        restart.finish()

        after = Participant(port, survey, f"{run_tag}-after", -1)
        healthz = health(port)
        try:
            after.walk_to_review()
            after_outcome = after.submit()
        except Failed as error:
            after_outcome = error.what
        workers_after = sorted(_cpu(server.pid)["gunicorn"])
        alive = server.poll() is None
    finally:
        server_stop(server)
        log_file.close()
        _forget_cache(key_prefix)

    stored = count_rows(env, survey["id"])
    report(options, survey, participants, ready, walked, phase, stored)
    posts = sum(len(attempts) for attempts in phase["outcomes"])
    served = cpu["gunicorn"] + cpu["postgres"] + cpu["redis"]
    print(
        f"CPU in the timed phase ({os.cpu_count()} cores x {phase['elapsed']:.1f} s): gunicorn "
        f"{cpu['gunicorn']:.1f} s, PostgreSQL {cpu['postgres']:.1f} s, Redis {cpu['redis']:.1f} s "
        f"= {served * 1000 / posts:.1f} ms per POST; this client {cpu['client']:.1f} s; "
        f"other programs {cpu['others']:.1f} s"
    )
    print(
        f"capacity if the server had the {os.cpu_count()} cores to itself (estimate from CPU "
        f"per POST): {os.cpu_count() * posts / served:.0f} submissions/s"
    )
    tags = Counter(stored["tags"])
    after_stored = tags.get(after.tag, 0)
    if restart.enabled:
        print(restart.report)
    print(
        f"afterwards: gunicorn master {'running' if alive else 'GONE'}, workers "
        f"{'unchanged' if workers_after == workers_before else 'REPLACED'} "
        f"({workers_before} -> {workers_after}), /healthz {healthz}, "
        f"a new participant: "
        f"{after_outcome}{' (stored)' if after_stored else ' (NOT stored)'}"
    )
    errors = server_errors(log_path)
    if errors:
        print(f"server log ({log_path}):")
        print("\n".join(errors))
    else:
        log_path.unlink()
        print("server log: no errors")


def report(options, survey, participants, ready, walked, phase, stored) -> None:
    outcomes = phase["outcomes"]
    finals = Counter(attempts[-1] for attempts in outcomes)
    firsts = Counter(attempts[0] for attempts in outcomes)
    successes = finals[OK]
    retried = [attempts for attempts in outcomes if len(attempts) > 1]
    elapsed = phase["elapsed"]
    sent = len(outcomes)
    tags = Counter(stored["tags"])
    ok_tags = phase["ok_tags"]
    lost = [tag for tag in ok_tags if not tags.get(tag)]
    after_rows = sum(count for tag, count in tags.items() if tag.endswith("-after"))
    rows = stored["rows"] - after_rows
    duplicated = sum(count - 1 for count in tags.values() if count > 1)
    worker = f"gthread, {options.threads} threads" if options.threads > 1 else "sync"
    requests = 3 + 2 * len(survey["steps"])
    latencies = [seconds * 1000 for seconds in phase["latencies"]]

    print(
        f"\ngunicorn 2 workers ({worker}), production settings, {os.cpu_count()} cores, "
        f"{options.in_flight} requests in flight"
    )
    print(f"interpreter: {sys.executable} (Python {platform.python_version()})")
    print(
        f"participants: {len(participants)}, at the review step: {len(ready)} "
        f"({walked:.1f} s, {len(ready) * requests / walked:.0f} req/s, {requests} requests each)"
    )
    print(
        f"submissions: {sent} in {elapsed:.2f} s = {sent / elapsed:.1f} submissions/s, "
        f"successful {successes / elapsed:.1f}/s; latency p50 "
        f"{statistics.median(latencies):.0f} ms, p99 {_percentile(latencies, 0.99):.0f} ms"
    )
    print(
        f"end to end (whole wizard, {requests + 1} requests per participant): "
        f"{successes / (walked + elapsed):.1f} participants/s"
    )
    print(f"successes ({OK}): {successes} of {sent}")
    failed_first = {k: v for k, v in firsts.items() if k != OK}
    failed_final = {k: v for k, v in finals.items() if k != OK}
    print(f"failures, first attempt: {failed_first or 'none'}")
    if options.restart_postgres:
        attempts = Counter(len(a) for a in retried)
        print(
            f"sent again: {len(retried)} submissions (attempts: "
            f"{dict(sorted(attempts.items())) or '-'}), succeeded after retrying: "
            f"{sum(1 for a in retried if a[-1] == OK)}"
        )
        print(f"failures, after retrying: {failed_final or 'none'}")
    verdict = []
    if lost:
        verdict.append(f"LOST {len(lost)} (e.g. {lost[:3]})")
    if rows > successes:
        verdict.append(f"EXTRA {rows - successes}")
    if duplicated:
        verdict.append(f"DUPLICATED {duplicated}")
    print(
        f"rows in the database: {rows} for {successes} successes "
        f"{'; '.join(verdict) if verdict else '(all stored, none extra)'}"
    )


def _forget_cache(prefix: str) -> None:
    """Deletes this run's keys (sessions, cached pages) from Redis; other keys stay."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    for start in range(0, len(keys), 500):
        client.delete(*keys[start : start + 500])


if __name__ == "__main__":
    main()
