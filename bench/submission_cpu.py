"""Where the CPU of one questionnaire submission goes, measured inside one process.

`survey_submissions.py` measures the whole server under load; this one calls the WSGI
application directly, as gunicorn would, without HTTP or other processes in between, so that
the figures hold still on a busy machine. It prepares the same database (`mso_bench`, demo site,
a two-step questionnaire; Redis for cache and sessions, production settings), walks N
participants to the review step with Django's test client, then sends their N final POSTs and
prints:

- the CPU per final POST (this process only: Python and its side of PostgreSQL and Redis);
- the parts of it (the response's transaction, the session, the throttle, revalidation);
- the floor: the same POST answered by a view that only writes the session, which is what any
  POST through this stack costs (middleware, Wagtail's routing, session, CSRF).

    .venv/bin/python bench/submission_cpu.py            # 300 participants
    .venv/bin/python bench/submission_cpu.py -n 1000
    .venv/bin/python bench/submission_cpu.py --instructions   # 40, under callgrind

CPU seconds on a shared machine move by 10 % and more from run to run, and by a factor of two
between days. With --instructions the same run happens under valgrind's callgrind, which counts
the instructions of the final POSTs and of the floor's (only those: counting is switched on just
around them). The counts repeat within about 0.2 % whatever else the machine does, so two
versions of the code can be compared by running both (about two minutes each). They leave out
the kernel's work (system calls), and PostgreSQL's and Redis's own.

PostgreSQL's own CPU is not in these figures; `survey_submissions.py` adds it.
"""

import argparse
import collections
import functools
import io
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from survey_submissions import DATABASE_URL, prepare, server_environment  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/12"
REVIEW = "pruefen"


def environment(tag: str) -> dict:
    env = server_environment(f"mso-bench-cpu-{tag}")
    # Its own Redis database; Django's test client walks the participants (as "testserver").
    env.update(REDIS_URL=REDIS_URL, ALLOWED_HOSTS="127.0.0.1,localhost,testserver")
    return env


class Parts:
    """CPU seconds spent inside named functions (wrapped in place), summed over calls."""

    def __init__(self):
        self.seconds: collections.Counter = collections.Counter()

    def wrap(self, owner, name: str, label: str) -> None:
        function = getattr(owner, name)

        @functools.wraps(function)
        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[label] += time.process_time() - started

        setattr(owner, name, timed)


def answers_for(spec, tag: str) -> dict:
    fields: dict = {}
    for question in spec.questions:
        name = f"{spec.key}-{question.id}"
        if question.kind == "matrix":
            for item, _label in question.items:
                fields[f"{name}__{item}"] = str(question.scale[-1])
        elif question.kind in ("rating", "recommendation"):
            fields[name] = str(question.scale[0])
        elif question.kind == "yes_no":
            fields[name] = "yes"
        elif question.kind == "single_choice":
            fields[name] = question.choices[0][0]
        elif question.kind == "multiple_choice":
            fields[name] = [choice for choice, _label in question.choices[:2]]
        else:
            fields[name] = tag
    return fields


# Set in the copy of this script that runs under callgrind.
UNDER_CALLGRIND = "MSO_BENCH_UNDER_CALLGRIND"


def counted_by_callgrind(participants: int) -> None:
    """Run this benchmark again under callgrind, counting only the timed POSTs; print the
    instructions per POST of the submissions and of the floor."""
    folder = Path(tempfile.mkdtemp(prefix="mso-callgrind-"))
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={folder}/callgrind.%p",
        sys.executable,
        __file__,
        "-n",
        str(participants),
    ]
    # Python's own allocator confuses valgrind's; the system's costs the same in every run.
    env = {**os.environ, UNDER_CALLGRIND: "1", "PYTHONMALLOC": "malloc"}
    subprocess.run(command, env=env, check=True, stderr=subprocess.DEVNULL)
    totals = {}
    for dump in folder.glob("callgrind.*"):
        text = dump.read_text(errors="replace")
        trigger = next((line for line in text.splitlines() if line.startswith("desc: Trigger")), "")
        label = trigger.rsplit(" ", 1)[-1]
        total = next((line for line in text.splitlines() if line.startswith("totals:")), "")
        if label in ("submission", "floor") and total:
            totals[label] = int(total.split()[1]) / participants
    submission, floor = totals["submission"] / 1e6, totals["floor"] / 1e6
    print(f"\ninstructions per final POST (callgrind, this process): {submission:.2f} M")
    print(f"floor, the view that only writes the session: {floor:.2f} M")
    print(f"the submission's own work above the floor: {submission - floor:.2f} M")
    print(f"(callgrind's files: {folder})")


def callgrind(*arguments: str) -> None:
    """Tell the callgrind that runs this process to switch counting, zero or dump."""
    subprocess.run(
        ["callgrind_control", *arguments, str(os.getpid())], check=True, stdout=subprocess.DEVNULL
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--participants", type=int)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count instructions under valgrind's callgrind (40 participants unless -n)",
    )
    options = parser.parse_args()
    if options.instructions:
        counted_by_callgrind(options.participants or 40)
        return
    options.participants = options.participants or 300
    counting = os.environ.get(UNDER_CALLGRIND) == "1"
    tag = time.strftime("%Y%m%d-%H%M%S")
    env = environment(tag)
    print(f"database: {DATABASE_URL.split('@')[-1]}  cache and sessions: {REDIS_URL}")
    survey = prepare(env, tag)
    os.environ.update(env)
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))

    import django  # noqa: PLC0415

    django.setup()
    from django.contrib.sessions.backends.cached_db import SessionStore  # noqa: PLC0415
    from django.contrib.sessions.middleware import SessionMiddleware  # noqa: PLC0415
    from django.core.wsgi import get_wsgi_application  # noqa: PLC0415
    from django.http import HttpResponseRedirect  # noqa: PLC0415
    from django.test import Client  # noqa: PLC0415

    from home import routing  # noqa: PLC0415
    from surveys import services, wizard  # noqa: PLC0415
    from surveys.models import QuestionnairePage  # noqa: PLC0415

    page = QuestionnairePage.objects.get(pk=survey["id"])
    specs = page.step_specs()
    url, prefix = page.url, f"questionnaire_{page.translation_key.hex}"
    secure = {"HTTP_X_FORWARDED_PROTO": "https", "secure": True}

    def walk(number: int) -> dict:
        """One participant at the review step; the WSGI environ of their final POST."""
        client = Client()
        assert client.get(url, **secure).status_code == 200
        assert client.post(url, {}, **secure).status_code == 302
        for spec in specs:
            fields = {f"{prefix}-current_step": spec.key, **answers_for(spec, f"p{number}")}
            step_url = f"{url}schritt/{spec.key}/"
            assert client.post(step_url, fields, **secure).status_code == 302
        path = f"{url}schritt/{REVIEW}/"
        token = client.cookies["csrftoken"].value
        body = urllib.parse.urlencode(
            {f"{prefix}-current_step": REVIEW, "csrfmiddlewaretoken": token}
        ).encode()
        return {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": path,
            "SCRIPT_NAME": "",
            "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_HOST": "127.0.0.1",
            "HTTP_X_FORWARDED_PROTO": "https",
            "HTTP_ORIGIN": "https://127.0.0.1",
            "HTTP_REFERER": "https://127.0.0.1" + path,
            "CONTENT_TYPE": "application/x-www-form-urlencoded",
            "CONTENT_LENGTH": str(len(body)),
            "HTTP_COOKIE": "; ".join(f"{k}={m.value}" for k, m in client.cookies.items()),
            "wsgi.input": io.BytesIO(body),
            "wsgi.url_scheme": "http",
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": False,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
            "wsgi.version": (1, 0),
        }

    application = get_wsgi_application()
    answered: collections.Counter = collections.Counter()

    def start_response(status, headers, exc_info=None):
        location = dict(headers).get("Location", "")
        answered["thank-you" if location.endswith("/danke/") else status] += 1

    def send_all(environs: list[dict], label: str = "") -> float:
        """CPU milliseconds per POST; under callgrind, the instructions of a labelled run are
        counted and dumped under its label."""
        if counting and label:
            callgrind("--zero")
            callgrind("--instr=on")
        started = time.process_time()
        for environ in environs:
            result = application(environ, start_response)
            b"".join(result)
            result.close()
        spent = (time.process_time() - started) * 1000 / len(environs)
        if counting and label:
            callgrind("--instr=off")
            callgrind(f"--dump={label}")
        return spent

    count = options.participants
    walked = time.perf_counter()
    environs = [walk(number) for number in range(2 * count + 10)]
    print(
        f"participants at the review step: {len(environs)} ({time.perf_counter() - walked:.1f} s)"
    )
    send_all(environs[:10])  # first calls: imports, connections, process caches
    answered.clear()

    parts = Parts()
    parts.wrap(services, "response_submit", "the response's transaction (response_submit)")
    parts.wrap(SessionMiddleware, "process_response", "saving the session (DB and Redis)")
    parts.wrap(SessionStore, "load", "loading the session")
    parts.wrap(wizard, "throttle", "the per-address throttle")
    parts.wrap(wizard.QuestionnaireWizard, "get_cleaned_data_for_step", "revalidating the steps")
    submission = send_all(environs[10 : 10 + count], "submission")
    spent = parts.seconds.copy()  # before the floor's run, which saves sessions too
    stored = dict(answered)
    answered.clear()

    def session_only(request, *, page, step):
        request.session["bench"] = time.time()
        return HttpResponseRedirect(page.url + page.reverse_subpage("thanks_route"))

    routing._page_views()["surveys.questionnaire_step"] = session_only
    floor = send_all(environs[10 + count :], "floor")

    print(f"\nfinal POSTs: {count}, answers: {stored}")
    if counting:
        return  # CPU times under valgrind say nothing; the instructions are printed outside.
    print(f"CPU per final POST (this process): {submission:.2f} ms")
    for label, seconds in spent.most_common():
        print(f"  {seconds * 1000 / count:6.2f} ms  {label}")
    print(f"floor, the same POST answered by a view that only writes the session: {floor:.2f} ms")
    print(f"the submission's own work above the floor: {submission - floor:.2f} ms")


if __name__ == "__main__":
    main()
