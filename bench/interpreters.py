"""Two Python builds serving the same submissions, measured side by side: the server CPU per
final POST of this interpreter against another one (e.g. one built with PGO and LTO, as the
image's is; `bench/optimised_venv.sh` makes such an environment).

The served figure of `survey_submissions.py` moves by a third and more between runs a few
minutes apart on a shared machine, more than the difference sought. Here both servers run at
once (gunicorn, 2 workers each, production settings, the image's gunicorn settings, the same
database and Redis): N participants are walked to the review step on each, then their final
POSTs are sent in short rounds that alternate between the two (A, B, A, B, ...), so that both
meet the same phases of the machine. Prints gunicorn's CPU per final POST for each round and
the median per interpreter (the interpreter changes only gunicorn's share; PostgreSQL's and
Redis's are printed for the whole run).

    .venv/bin/python bench/interpreters.py .venv-optimised/bin/python
    .venv/bin/python bench/interpreters.py .venv-optimised/bin/python -n 600 --rounds 6
"""

import argparse
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _server import free_port, server_start, server_stop
from survey_submissions import (
    OK,
    Participant,
    Restart,
    _cpu,
    _cpu_used,
    _forget_cache,
    prepare,
    server_environment,
    submit_all,
    walk_all,
)

WARM_UP = 20  # final POSTs per server before the rounds, not measured


def _version(python: str) -> str:
    return subprocess.run(
        [python, "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("other", help="the other interpreter, in an environment with the deps")
    parser.add_argument("-n", "--participants", type=int, default=600, help="per interpreter")
    parser.add_argument("--rounds", type=int, default=6, help="per interpreter")
    parser.add_argument("--in-flight", type=int, default=50)
    options = parser.parse_args()
    options.restart_postgres = False  # what submit_all asks
    options.restart_after, options.retries, options.retry_pause = 1.0, 0, 0.0

    run_tag = time.strftime("%Y%m%d-%H%M%S")
    key_prefix = f"mso-bench-interpreters-{run_tag}"
    env = server_environment(key_prefix)
    survey = prepare(env, run_tag)
    pythons = {
        "A": (sys.executable, platform.python_version()),
        "B": (options.other, _version(options.other)),
    }
    log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in the finally below
        mode="w+", prefix="interpreters-", suffix=".log", delete=False
    )
    servers = {}
    try:
        for name, (python, _) in pythons.items():
            servers[name] = (port := free_port(), server_start(env, port, log=log, python=python))
        ready = {}
        for name, (port, _server) in servers.items():
            people = [
                Participant(port, survey, f"{run_tag}-{name}-{number}", number)
                for number in range(options.participants + WARM_UP)
            ]
            ready[name], failures, example = walk_all(people, options.in_flight)
            if failures:
                raise SystemExit(f"{name}: participants not ready: {dict(failures)}\n{example}")
        # The first final POSTs of a worker import and fill what the walk did not need.
        for name in servers:
            submit_all(ready[name][-WARM_UP:], options, Restart(enabled=False))
        per_round = {name: [] for name in servers}
        shared = {"postgres": 0.0, "redis": 0.0, "posts": 0}
        size = options.participants // options.rounds
        for number in range(options.rounds):
            for name, (_port, server) in servers.items():
                batch = ready[name][number * size : (number + 1) * size]
                before = _cpu(server.pid)
                phase = submit_all(batch, options, Restart(enabled=False))
                used = _cpu_used(before, _cpu(server.pid))
                stored = sum(1 for outcomes in phase["outcomes"] if outcomes[-1] == OK)
                if stored != len(batch):
                    raise SystemExit(f"{name}, round {number + 1}: {stored} of {len(batch)} OK")
                per_round[name].append(used["gunicorn"] * 1000 / len(batch))
                shared["postgres"] += used["postgres"]
                shared["redis"] += used["redis"]
                shared["posts"] += len(batch)
    finally:
        for _port, server in servers.values():
            server_stop(server)
        log.close()
        _forget_cache(key_prefix)

    print(f"\n{size} final POSTs per round, {options.rounds} rounds each, alternating")
    for name, rounds in per_round.items():
        python, version = pythons[name]
        figures = " / ".join(f"{ms:.1f}" for ms in rounds)
        print(
            f"{name} {python} (Python {version}): gunicorn CPU per final POST {figures} ms, "
            f"median {statistics.median(rounds):.2f} ms"
        )
    ratios = [b / a for a, b in zip(per_round["A"], per_round["B"], strict=True)]
    print(
        f"B against A, round by round: {' / '.join(f'{r:.2f}' for r in ratios)}, "
        f"median {statistics.median(ratios):.2f}"
    )
    posts = shared["posts"]
    print(
        f"both: PostgreSQL {shared['postgres'] * 1000 / posts:.2f} ms and Redis "
        f"{shared['redis'] * 1000 / posts:.2f} ms per final POST"
    )
    Path(log.name).unlink()


if __name__ == "__main__":
    main()
