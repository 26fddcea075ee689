"""Benchmark of a questionnaire's report and exports at 1,000, 10,000 and 100,000 responses:
time, memory and database queries per request.

Builds its own PostgreSQL database (`bench_reports`, dropped and created again on every run,
dropped at the end unless --keep), migrated and seeded with the demo site (phases, modules,
sessions, locales) by manage.py in processes of their own, and publishes an anonymous
questionnaire that asks every common question type: single choice, yes/no (twice), number, a
matrix with 4 statements, two ratings, a recommendation, a multiple choice with "other" and a
long text (13.4 answers per response on average). The responses are written directly with
bulk_create, 2,000 at a time: six languages, days spread over the four project phases, 30% from
a session of the questionnaire's module and 10% from a session of another module, a long text
in one of three.

For each size, in this process, set up as a gunicorn worker is (`config.wsgi` imported, with
settings `config.settings.test`: DEBUG off, the local-memory cache) and with Django's test
client as a superuser, it requests

- the questionnaire's report page, unfiltered and filtered (`?language=tr&phase=2`),
- the CSV export (the whole streamed body read), the XLSX export (the whole file read),
- the interim report of phase 2 as PDF (WeasyPrint),

and prints the first request's time (the cache emptied before it: the report's charts are
drawn by matplotlib and then cached, so the first view of a report after new responses pays
for them), the median of the next 3 (each after a gc.collect()) with this process's CPU time,
the part of it spent in Python's garbage collector and the time spent executing SQL, the SQL
statements of one request, and its memory:

- "traced peak": the peak of Python's own allocations during one request including reading
  its body (`tracemalloc`, in a run of its own, as tracing slows Python down);
- "RSS growth": how far the process's maximum resident set size (`resource.getrusage`,
  ru_maxrss) rose above the size it had just before the first request, with the high-water
  mark reset first (/proc/self/clear_refs) and freed memory handed back (malloc_trim); this
  includes C libraries (psycopg2's buffers, matplotlib, WeasyPrint's cairo and pango).

The process has made every request once on the demo data before measuring, so "first" means
"charts not cached yet", not "modules not imported yet". Run it from the project root:

    .venv/bin/python bench/reports.py                          # 1,000, 10,000, 100,000
    .venv/bin/python bench/reports.py --sizes 1000,10000 --keep  # keep the database
    .venv/bin/python bench/reports.py --explain                # EXPLAIN ANALYZE the page's
                                                               # slowest queries at the end
    .venv/bin/python bench/reports.py --sql "CREATE INDEX answer_question_response
        ON surveys_answer (question_id, response_id)"          # try an index (bench DB only)

With the default sizes it takes 20-25 minutes on 2 cores (the demo data 1-4, the 100,000
responses about 2, the exports at 100,000 most of the rest).

Targets (issue): the report page under 1 s at 100,000 responses; the CSV export's memory flat
from 10,000 to 100,000 responses. The slowest queries of the report page at the largest size are
always listed; with --explain, or when the page misses its target, each is run again under
EXPLAIN (ANALYZE, BUFFERS) and its plan printed.
"""

import argparse
import contextlib
import ctypes
import datetime
import gc
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "bench_reports"
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
# Media files of the bench database (the demo's images), kept with it under --keep.
WORKDIR = Path(tempfile.gettempdir()) / "mso-bench-reports"
BATCH = 2000  # responses per bulk_create round
RUNS = 3  # timed runs after the first, of which the median is shown
PAGE_TARGET = 1.0  # seconds, report page at 100,000 responses
FLAT = 1.25  # CSV memory at the largest size / at 10,000 counts as flat up to this factor
FILTER = "?language=tr&phase=2"
PHASE = 2
SLOWEST = 5  # the report page's slowest queries listed at the largest size
WORKER_TIMEOUT = 30  # seconds, gunicorn's default (kills a sync worker busy for longer)

# Participants' languages, weighted as in the network (German first, then the communities').
LANGUAGES = ["de"] * 40 + ["tr"] * 22 + ["ar"] * 15 + ["ru"] * 10 + ["en"] * 7 + ["fr"] * 6

SOURCES = ["Über meinen Verein", "Über das Netzwerk", "Über die Presse", "Über Freunde"]
ITEMS = [
    "Die Inhalte waren verständlich.",
    "Die Referentin war kompetent.",
    "Die Zeit hat gereicht.",
    "Ich kann das Gelernte im Verein anwenden.",
]
TOPICS = ["Fördermittel", "Pressearbeit", "Datenschutz", "Vereinsrecht", "Ehrenamt"]
STEPS = [
    (
        "Ihre Teilnahme",
        [
            (
                "single_choice",
                "Wie haben Sie vom Modul erfahren?",
                {"code": "F1", "choices": SOURCES},
            ),
            ("yes_no", "Waren Sie an allen Terminen da?", {"code": "F2"}),
            (
                "number",
                "Wie viele Personen aus Ihrem Verein waren dabei?",
                {"min_value": 0, "max_value": 50},
            ),
        ],
    ),
    (
        "Ihre Bewertung",
        [
            (
                "matrix",
                "Wie sehr stimmen Sie zu?",
                {"items": ITEMS, "low_label": "gar nicht", "high_label": "voll"},
            ),
            (
                "rating",
                "Wie zufrieden sind Sie insgesamt?",
                {"faces": True, "low_label": "unzufrieden", "high_label": "zufrieden"},
            ),
            ("rating", "Wie zufrieden waren Sie mit der Organisation?", {}),
            ("recommendation", "Würden Sie das Modul weiterempfehlen?", {}),
        ],
    ),
    (
        "Ihre Anregungen",
        [
            (
                "multiple_choice",
                "Welche Themen wünschen Sie sich?",
                {"choices": TOPICS, "allow_other": True},
            ),
            ("yes_no", "Möchten Sie an weiteren Modulen teilnehmen?", {}),
            ("long_text", "Was sollten wir verbessern?", {}),
        ],
    ),
]
TEXTS = [
    "Mehr Beispiele aus der Praxis, bitte.",
    "Gerne wieder!",
    "Die Räume waren zu klein und es war sehr warm.",
    "Ein Termin am Wochenende wäre für berufstätige Vorstände besser.",
    "Die Unterlagen hätte ich gern vorher bekommen, um mich vorzubereiten.",
    "Mehr Zeit für Fragen und für den Austausch mit den anderen Vereinen.",
    "Eine Kinderbetreuung während der Termine würde vielen Eltern helfen.",
    "Çok faydalı bir eğitimdi, teşekkürler.",
    "كانت الدورة مفيدة جدا، شكرا لكم.",
    "Было бы хорошо получить материалы на русском языке.",
    "Bitte auch eine Sitzung zu Förderanträgen bei Stiftungen anbieten, mit einem Beispiel "
    "eines erfolgreichen Antrags und den typischen Fehlern, die man vermeiden sollte.",
]
OTHER_TOPICS = ["Buchhaltung", "Jugendarbeit", "Social Media", "Satzung"]


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, check=False)


def _environment() -> dict:
    env = {
        k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=DATABASE_URL,
        MEDIA_ROOT=str(WORKDIR / "media"),
    )
    return env


def database_create() -> None:
    """`bench_reports` new (an earlier run's is dropped), migrated and with the demo data, made
    by manage.py in processes of their own, so that this one holds only what a worker would."""
    _run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DATABASE])
    done = _run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE])
    if done.returncode:
        raise SystemExit(f"createdb {DATABASE} failed: {done.stderr.strip()}")
    shutil.rmtree(WORKDIR, ignore_errors=True)
    for command in (["migrate", "--noinput", "-v0"], ["seed_demo"]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=_environment(),
            stdout=subprocess.DEVNULL,
            check=True,
        )


def database_drop() -> None:
    from django.db import connections

    connections.close_all()
    _run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DATABASE])
    shutil.rmtree(WORKDIR, ignore_errors=True)


def django_setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.pop("REDIS_URL", None)  # the charts' cache in this process, emptied at will
    os.environ.update(_environment())
    # As a gunicorn worker starts: the WSGI module sets Django up (and freezes what it loaded
    # out of the garbage collector's reach, if it does so).
    import config.wsgi  # noqa: F401


# Data ------------------------------------------------------------------------------------------


@dataclass
class Survey:
    page: object
    questions: dict  # block id -> Question row
    specs: list  # QuestionSpec, questionnaire order
    sessions: list  # [(event id or None, share)]
    days: list[datetime.date]


def survey_create() -> Survey:
    """The questionnaire with its Question rows, in the demo site."""
    from wagtail.models import Locale

    from events.models import EventKind, EventPage
    from members.models import ProjectPhase
    from surveys import services
    from surveys.factories import QuestionnairePageFactory, steps_data
    from surveys.models import Access, SurveyIndexPage

    sessions = EventPage.objects.filter(
        locale=Locale.get_default(), kind=EventKind.MODULE_SESSION, module__isnull=False
    ).order_by("module__number", "start")
    own = sessions.first()
    if own is None:
        raise SystemExit("the demo data has no module sessions")
    other = sessions.exclude(module=own.module).first() or own
    index = SurveyIndexPage.objects.filter(locale=Locale.get_default()).first()
    page = QuestionnairePageFactory.build(
        title="Auswertung unter Last",
        slug="auswertung-unter-last",
        steps=steps_data(STEPS),
        module=own.module,
        access=Access.OPEN_LINK,
        anonymous=True,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    questions = services.questions_sync(page)
    phases = ProjectPhase.objects.order_by("number")
    first, last = phases.first().start_date, phases.last().end_date
    days = [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]
    return Survey(
        page=page,
        questions=questions,
        specs=[spec for step in page.step_specs() for spec in step.questions],
        sessions=[(None, 0.6), (own.pk, 0.3), (other.pk, 0.1)],
        days=days,
    )


def _answers(survey: Survey, response_id, rng: random.Random) -> list:
    from surveys.models import Answer

    rows = []

    def add(spec, **values):
        rows.append(
            Answer(response_id=response_id, question_id=survey.questions[spec.id].pk, **values)
        )

    for spec in survey.specs:
        kind = spec.kind
        if kind == "matrix":
            for item_id, _label in spec.items:
                add(spec, item=item_id, number=rng.choices(spec.scale, (1, 2, 5, 9, 6))[0])
        elif kind == "rating":
            add(spec, number=rng.choices(spec.scale, (1, 1, 3, 8, 7))[0])
        elif kind == "recommendation":
            add(spec, number=rng.choices(spec.scale, (1, 1, 1, 1, 1, 2, 3, 5, 8, 7, 6))[0])
        elif kind == "number":
            add(spec, number=min(50, int(rng.expovariate(1 / 3))))
        elif kind == "yes_no":
            add(spec, choice="yes" if rng.random() < 0.7 else "no")
        elif kind == "single_choice":
            add(spec, choice=rng.choices(spec.choices, (5, 3, 1, 1))[0][0])
        elif kind == "multiple_choice":
            for choice_id, _label in rng.sample(spec.choices, rng.randint(1, 3)):
                add(spec, choice=choice_id)
            if rng.random() < 0.05:
                add(spec, choice="other", text=rng.choice(OTHER_TOPICS))
        elif rng.random() < 0.35:
            add(spec, text=rng.choice(TEXTS), quoted=rng.random() < 0.001)
    return rows


def responses_add(survey: Survey, count: int, rng: random.Random) -> tuple[int, float]:
    """`count` more responses with their answers; (answers written, seconds)."""
    from django.db import connection, transaction

    from surveys.models import Answer, Response

    started = time.perf_counter()
    events = [event for event, _share in survey.sessions]
    shares = [share for _event, share in survey.sessions]
    written = 0
    for start in range(0, count, BATCH):
        responses, answers = [], []
        for _ in range(min(BATCH, count - start)):
            response = Response(
                id=uuid.UUID(int=rng.getrandbits(128), version=4),
                questionnaire_id=survey.page.pk,
                language=rng.choice(LANGUAGES),
                submitted_on=rng.choice(survey.days),
                event_id=rng.choices(events, shares)[0],
                anonymous=True,
                submission_key=uuid.UUID(int=rng.getrandbits(128), version=4),
            )
            responses.append(response)
            answers.extend(_answers(survey, response.id, rng))
        with transaction.atomic():
            Response.objects.bulk_create(responses)
            Answer.objects.bulk_create(answers, batch_size=5000)
        written += len(answers)
    with connection.cursor() as cursor:
        # What autovacuum does after a large load, for every table: the plans of a settled
        # database. (Autovacuum alone never analyzes surveys_question: too few rows change.)
        cursor.execute("VACUUM ANALYZE")
    return written, time.perf_counter() - started


# Measuring -------------------------------------------------------------------------------------


@dataclass
class Measured:
    name: str
    first: float
    median: float
    cpu: float  # this process's CPU seconds (Python, templates, psycopg), median
    sql: float  # seconds spent in execute() of the SQL statements, median
    gc: float  # seconds of Python's garbage collection during the request, median
    queries: int
    traced_peak: int  # bytes
    rss_growth: int  # bytes
    body: int  # bytes
    slow: list[tuple[float, str, object]] = field(default_factory=list)  # (s, sql, params)


def _read(client, url: str) -> int:
    """GET `url` and read its whole body, keeping none of it; its length in bytes."""
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"GET {url} answered {response.status_code}")
    if response.streaming:
        size = sum(len(chunk) for chunk in response.streaming_content)
    else:
        size = len(response.content)
    response.close()
    return size


def _memory_settle() -> None:
    """Garbage collected and free heap pages handed back, so that a rise is the request's."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _max_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _rss_peak_reset() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


class Queries:
    """Counts and times every SQL statement on the default connection (an execute wrapper:
    unlike CaptureQueriesContext, whose log keeps the last 9,000, it misses none)."""

    def __init__(self):
        self.timed: list[tuple[float, str, object]] = []

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.timed.append((time.perf_counter() - started, sql, params))

    def __len__(self) -> int:
        return len(self.timed)

    def seconds(self) -> float:
        return sum(seconds for seconds, _sql, _params in self.timed)

    def slowest(self, count: int) -> list[tuple[float, str, object]]:
        return sorted(self.timed, key=lambda timed: timed[0], reverse=True)[:count]


class Collections:
    """Times Python's garbage collections while in use (gc.callbacks)."""

    def __init__(self):
        self.seconds = 0.0
        self._started = 0.0

    def __call__(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started

    def __enter__(self):
        gc.callbacks.append(self)
        return self

    def __exit__(self, *_exc) -> None:
        gc.callbacks.remove(self)


def measure(client, name: str, url: str) -> Measured:
    from django.core.cache import cache
    from django.db import connection

    cache.clear()
    _memory_settle()
    _rss_peak_reset()
    before = _max_rss()
    started = time.perf_counter()
    size = _read(client, url)
    first = time.perf_counter() - started
    growth = _max_rss() - before

    times, cpu, sql, collecting = [], [], [], []
    for _ in range(RUNS):
        gc.collect()  # every run from the same state, as the first one
        queries, collector = Queries(), Collections()
        with connection.execute_wrapper(queries), collector:
            started, cpu_started = time.perf_counter(), time.process_time()
            _read(client, url)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        sql.append(queries.seconds())
        collecting.append(collector.seconds)

    _memory_settle()
    tracemalloc.start()
    _read(client, url)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    return Measured(
        name=name,
        first=first,
        median=statistics.median(times),
        cpu=statistics.median(cpu),
        sql=statistics.median(sql),
        gc=statistics.median(collecting),
        queries=len(queries),
        traced_peak=peak,
        rss_growth=growth,
        body=size,
        slow=queries.slowest(SLOWEST),
    )


def requests_for(survey: Survey) -> list[tuple[str, str]]:
    from django.urls import reverse

    pk = survey.page.pk
    page = reverse("evaluation_results:results", args=[pk])
    return [
        ("report page", page),
        (f"report page {FILTER}", page + FILTER),
        ("CSV export", reverse("evaluation_results:results_csv", args=[pk])),
        ("XLSX export", reverse("evaluation_results:results_xlsx", args=[pk])),
        (f"phase {PHASE} report PDF", reverse("evaluation:phase_report_pdf", args=[PHASE])),
    ]


def client_for_superuser():
    from django.contrib.auth import get_user_model
    from django.test import Client

    user = get_user_model().objects.create_superuser(
        username="bench-reports", email="bench@example.org", password=uuid.uuid4().hex
    )
    client = Client()
    client.force_login(user)
    return client


# Output ----------------------------------------------------------------------------------------


def _mb(value: int) -> str:
    return f"{value / 1024 / 1024:.1f}"


def _size(value: int) -> str:
    if value >= 1024 * 1024:
        return f"{value / 1024 / 1024:.1f} MB"
    return f"{value / 1024:.0f} kB"


def header() -> None:
    import django
    import wagtail
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        server = cursor.fetchone()[0]
        cursor.execute("SHOW shared_buffers")
        buffers = cursor.fetchone()[0]
        cursor.execute("SHOW work_mem")
        work_mem = cursor.fetchone()[0]
    cpu = platform.processor() or platform.machine()
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = ""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GB RAM"
    print(f"machine: {os.cpu_count()} cores ({cpu}){memory}")
    print(
        f"PostgreSQL {server} on 127.0.0.1 (shared_buffers {buffers}, work_mem {work_mem}); "
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}"
    )
    print(
        "requests in this process (config.wsgi imported as by a gunicorn worker) with Django's "
        "test client as a superuser, settings config.settings.test (DEBUG off, local-memory "
        "cache)"
    )
    print(
        f"first: the first request, cache emptied before it (charts drawn); median: of the next "
        f"{RUNS} (wall clock, each after a gc.collect()), with this process's CPU time, the "
        "part of it in Python's garbage collector (gc.callbacks) and the time spent executing "
        "SQL statements; queries: SQL statements of one request; traced peak: tracemalloc's peak "
        "of Python allocations during the request incl. reading the body; RSS growth: rise of "
        "the process's max RSS (getrusage ru_maxrss, peak reset before) in the first request, "
        "C libraries included"
    )
    print(f"{_load()}\n")


def _load() -> str:
    one, five, _fifteen = os.getloadavg()
    return (
        f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores: "
        "other programs running at the same time slow the wall-clock times down"
    )


def table(rows: list[tuple[int, int, Measured]]) -> str:
    lines = [
        "| responses | answers | request | first (s) | median of 3 (s) | CPU (s) | GC (s) "
        "| SQL (s) | queries | traced peak (MB) | RSS growth (MB) | body |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for responses, answers, found in rows:
        lines.append(
            f"| {responses:,} | {answers:,} | {found.name} | {found.first:.2f} "
            f"| {found.median:.2f} | {found.cpu:.2f} | {found.gc:.2f} | {found.sql:.2f} "
            f"| {found.queries} "
            f"| {_mb(found.traced_peak)} | {_mb(found.rss_growth)} | {_size(found.body)} |"
        )
    return "\n".join(lines)


def verdicts(rows: list[tuple[int, int, Measured]]) -> list[str]:
    sizes = sorted({responses for responses, _a, _m in rows})
    largest = sizes[-1]
    found = {(responses, m.name): m for responses, _a, m in rows}
    lines = []
    page = found[(largest, "report page")]
    filtered = found[(largest, f"report page {FILTER}")]
    ok = page.median < PAGE_TARGET and filtered.median < PAGE_TARGET
    lines.append(
        f"- Report page under {PAGE_TARGET:.0f} s at {largest:,} responses: "
        f"{'met' if ok else 'MISSED'} (unfiltered {page.median:.2f} s, filtered "
        f"{filtered.median:.2f} s, median of {RUNS}; the first view after new responses, "
        f"charts drawn, {page.first:.2f} s and {filtered.first:.2f} s)"
        + ("" if largest >= 100_000 else f" (target is for 100,000; largest size {largest:,})")
    )
    if 10_000 in sizes and largest > 10_000:
        small, big = found[(10_000, "CSV export")], found[(largest, "CSV export")]
        ratio = big.traced_peak / small.traced_peak
        rss = (
            f"; RSS growth {_mb(small.rss_growth)} MB -> {_mb(big.rss_growth)} MB"
            if small.rss_growth or big.rss_growth
            else ""
        )
        lines.append(
            f"- CSV memory flat from 10,000 to {largest:,} responses: "
            f"{'met' if ratio <= FLAT else 'MISSED'} (traced peak {_mb(small.traced_peak)} MB "
            f"-> {_mb(big.traced_peak)} MB, x{ratio:.2f}{rss}; the body grew "
            f"{_size(small.body)} -> {_size(big.body)})"
        )
    from surveys.exports import CHUNK

    counts: dict[str, list[tuple[int, int]]] = {}
    for responses, _a, m in rows:
        counts.setdefault(m.name, []).append((responses, m.queries))
    fixed = [name for name, per_size in counts.items() if len({q for _r, q in per_size}) == 1]
    if fixed:
        lines.append(f"- Queries the same at every size: {', '.join(fixed)}")
    for name, per_size in counts.items():
        if name not in fixed:
            listed = ", ".join(f"{q} at {r:,}" for r, q in per_size)
            lines.append(
                f"- Queries of the {name}: {listed} (one answers query per {CHUNK:,} responses: "
                "the export reads them chunk by chunk, by design)"
            )
    collecting = [
        f"{m.name} {m.gc:.1f} of {m.median:.1f} s at {r:,}"
        for r, _a, m in rows
        if m.gc >= 0.2 * m.median and m.gc >= 0.5
    ]
    if collecting:
        lines.append(
            "- Python's garbage collector takes a large share (each full collection walks every "
            f"object the process holds): {', '.join(collecting)}"
        )
    slow = [
        f"{m.name} {m.median:.0f} s at {r:,}"
        for r, _a, m in rows
        if "export" in m.name and max(m.first, m.median) >= WORKER_TIMEOUT
    ]
    if slow:
        lines.append(
            f"- Exports longer than gunicorn's worker timeout ({WORKER_TIMEOUT} s by default: "
            f"a sync worker would be killed mid-download, a gthread worker is not): "
            f"{', '.join(slow)}"
        )
    return lines


def explain(sql: str, params) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes",
        default="1000,10000,100000",
        help="responses in all, ascending, comma-separated (default 1000,10000,100000)",
    )
    parser.add_argument("--keep", action="store_true", help=f"keep the database {DATABASE}")
    parser.add_argument(
        "--explain", action="store_true", help="EXPLAIN ANALYZE the page's slowest queries"
    )
    parser.add_argument(
        "--sql",
        action="append",
        default=[],
        help="SQL run on the bench database before the responses are added, e.g. a candidate "
        "index (repeatable)",
    )
    options = parser.parse_args()
    sizes = sorted(int(size.replace("_", "")) for size in options.sizes.split(","))

    began = time.perf_counter()
    database_create()
    django_setup()
    from django.db import connection

    rng = random.Random(2013)
    rows: list[tuple[int, int, Measured]] = []
    try:
        survey = survey_create()
        client = client_for_superuser()
        header()
        for statement in options.sql:
            with connection.cursor() as cursor:
                cursor.execute(statement)
            print(f"run before measuring: {statement}")
        print(
            f"database {DATABASE} made and seeded in {time.perf_counter() - began:.0f} s; "
            f"questionnaire {survey.page.pk} ({len(survey.specs)} questions, anonymous)"
        )
        requests = requests_for(survey)
        # Every request once before measuring (imports, matplotlib's fonts, WeasyPrint).
        responses_add(survey, 20, rng)
        for _name, url in requests:
            _read(client, url)
        have, answers = 20, 0
        from surveys.models import Answer

        for size in sizes:
            if size > have:
                written, seconds = responses_add(survey, size - have, rng)
                print(
                    f"\n{size - have:,} responses added ({written:,} answers) in {seconds:.0f} s",
                    flush=True,
                )
                have = size
            answers = Answer.objects.filter(question__questionnaire=survey.page).count()
            print(f"{have:,} responses, {answers:,} answers:", flush=True)
            for name, url in requests:
                found = measure(client, name, url)
                rows.append((have, answers, found))
                print(
                    f"  {name:<34} first {found.first:6.2f} s  median {found.median:6.2f} s "
                    f"(CPU {found.cpu:5.2f} s, GC {found.gc:5.2f} s, SQL {found.sql:5.2f} s)  "
                    f"{found.queries:3} queries  "
                    f"traced peak {_mb(found.traced_peak):>6} MB  "
                    f"RSS growth {_mb(found.rss_growth):>6} MB  body {_size(found.body)}",
                    flush=True,
                )

        largest = sizes[-1]
        page = next(m for r, _a, m in rows if r == largest and m.name == "report page")
        print(f"\nslowest queries of the report page at {largest:,} responses:")
        for seconds, sql, params in page.slow:
            print(f"  {seconds * 1000:7.1f} ms  {sql[:300]}  {params!r:.200}")
        if options.explain or page.median >= PAGE_TARGET:
            for seconds, sql, params in page.slow[:3]:
                print(f"\nEXPLAIN ANALYZE ({seconds * 1000:.1f} ms in the request):")
                print(f"{sql}\n{params!r}\n")
                print(explain(sql, params))
        print("\n" + table(rows) + "\n")
        print("\n".join(verdicts(rows)))
        print(f"- {_load()}")
    finally:
        if options.keep:
            print(f"\ndatabase kept: {DATABASE_URL} (media in {WORKDIR})")
        else:
            database_drop()


if __name__ == "__main__":
    main()
