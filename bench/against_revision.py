"""Questionnaire submissions served by an older revision and by this checkout, one run after the
other, alternating: the CPU per final POST of both, measured in the same phases of the machine.

A figure from another hour cannot be compared with this one's: on this shared machine the same
code measured about 10 ms one night and under 5 ms three hours later. An older revision
measured now can. This script exports REVISION (`git archive`) into a temporary folder, then
runs `survey_submissions.py` on the older code (`--code`, its own database) and on this
checkout in turn, PAIRS times, and prints each run's server CPU per final POST, successful
submissions per second, and the ratio of this checkout to the older code pair by pair. Every
run must store every submission, or the comparison ends with that run's output; the CPU that
other programs took during a run is printed beside it (a busy neighbour makes a pair worth
less).

    .venv/bin/python bench/against_revision.py f1f488a            # 3 pairs of 500 submissions
    .venv/bin/python bench/against_revision.py f1f488a -n 1000 --pairs 5

The older revision runs on this environment's packages with this checkout's benchmark, so it
must have what the benchmark uses: `config/gunicorn.py`, the factories and services of its
setup script (`steps_data`, `questions_sync`, `step_specs`), the wizard's addresses
(`schritt/`, `pruefen`, `danke/`) and `THROTTLE_SURVEY_SUBMISSION_PER_IP` (f1f488a, the code
before issue 22, has them all). Each run prepares its database first (migrate, demo site),
which is not timed; a pair takes one to two minutes, the first run of a revision longer. The
older code's database (`mso_bench_` and eight characters) is kept for the next comparison,
like `mso_bench`. Compare one revision at a time: two comparisons of the same revision would
share its folder and database.
"""

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent / "survey_submissions.py"
CPU = re.compile(r"= ([\d.]+) ms per POST")
RATE = re.compile(r"successful ([\d.]+)/s")
OTHERS = re.compile(r"other programs ([\d.]+) s")
SUCCESSES = re.compile(r"successes \(302 to danke/\): (\d+) of (\d+)")
ALL_STORED = "(all stored, none extra)"


def _git(*arguments: str) -> bytes:
    done = subprocess.run(["git", *arguments], cwd=ROOT, capture_output=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"git {' '.join(arguments)}: {done.stderr.decode().strip()}")
    return done.stdout


def export(revision: str) -> Path:
    """The files of `revision`, afresh, in a temporary folder named after its commit: the same
    folder, and so the same bench database (`survey_submissions.use_checkout`), every time."""
    commit = _git("rev-parse", "--verify", f"{revision}^{{commit}}").decode().strip()
    folder = Path(tempfile.gettempdir()) / f"mso-bench-revision-{commit[:12]}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    subprocess.run(["tar", "-x", "-C", str(folder)], input=_git("archive", commit), check=True)
    if not (folder / "config" / "gunicorn.py").is_file():
        shutil.rmtree(folder)
        raise SystemExit(f"{revision} has no config/gunicorn.py; the benchmark's server needs it")
    return folder


def run(participants: int, code: Path | None) -> tuple[float, float, float]:
    """One run of the submissions benchmark: server CPU ms per final POST, successful
    submissions/s, and the CPU seconds other programs took meanwhile. Ends the comparison, with
    the run's output, unless every participant reached the review and every submission got the
    thank-you page and was stored exactly once."""
    command = [sys.executable, str(BENCH), "-n", str(participants)]
    if code is not None:
        command += ["--code", str(code)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    output = done.stdout
    cpu, rate, others = CPU.search(output), RATE.search(output), OTHERS.search(output)
    successes = SUCCESSES.search(output)
    complete = (
        done.returncode == 0
        and cpu
        and rate
        and others
        and successes
        and successes.group(1) == successes.group(2) == str(participants)
        and ALL_STORED in output
        and "participants not ready" not in output
    )
    if not complete:
        raise SystemExit(
            f"{' '.join(command)} (exit {done.returncode}) did not store every submission:\n"
            f"{output}{done.stderr}"
        )
    return float(cpu.group(1)), float(rate.group(1)), float(others.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("revision", help="the older revision (anything git archive takes)")
    parser.add_argument("-n", "--participants", type=int, default=500)
    parser.add_argument("--pairs", type=int, default=3)
    options = parser.parse_args()
    if options.pairs < 1 or options.participants < 1:
        parser.error("--pairs and --participants must be at least 1")

    head = _git("rev-parse", "--short", "HEAD").decode().strip()
    older = export(options.revision)
    print(f"older: {options.revision} in {older}; this checkout: {head} (and its changes)")
    print(f"{options.participants} submissions per run, {options.pairs} pairs\n")
    print(
        f"{'pair':>4}  {'older ms':>8}  {'older/s':>7}  {'this ms':>7}  {'this/s':>6}  ratio"
        "  other programs (s)"
    )
    ratios = []
    try:
        for pair in range(1, options.pairs + 1):
            old_cpu, old_rate, old_others = run(options.participants, older)
            new_cpu, new_rate, new_others = run(options.participants, None)
            ratios.append(new_cpu / old_cpu)
            print(
                f"{pair:>4}  {old_cpu:>8.1f}  {old_rate:>7.0f}  {new_cpu:>7.1f}  {new_rate:>6.0f}"
                f"  {ratios[-1]:.2f}   {old_others:.1f} / {new_others:.1f}"
            )
    finally:
        shutil.rmtree(older, ignore_errors=True)
    print(
        f"\nthis checkout's CPU per final POST against the older code's: median "
        f"{statistics.median(ratios):.2f} (from {min(ratios):.2f} to {max(ratios):.2f})"
    )
    print(
        "a figure the older code gave at another time, times this ratio, is about what this "
        "checkout would have given then"
    )


if __name__ == "__main__":
    main()
