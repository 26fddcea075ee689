"""Questionnaire submissions served by an older revision and by this checkout, one run after the
other, alternating: the CPU per final POST of both, measured in the same phases of the machine.

A figure from another day cannot be compared with today's: on this shared machine the same code
measured 3.6 ms one morning and 10.6 ms the evening before. An older revision measured now can.
This script exports REVISION (`git archive`) into a temporary folder, then runs
`survey_submissions.py` on the older code (`--code`, its own database) and on this checkout in
turn, PAIRS times, and prints each run's server CPU per final POST, submissions per second, and
the ratio of this checkout to the older code pair by pair.

    .venv/bin/python bench/against_revision.py f1f488a            # 3 pairs of 500 submissions
    .venv/bin/python bench/against_revision.py f1f488a -n 1000 --pairs 5

The older revision runs on this environment's packages and must have `config/gunicorn.py`
(the benchmark's server starts with it). Each run prepares its database first (migrate,
demo site), which is not timed; a pair takes one to two minutes. The older code's database
(`mso_bench_` and eight characters) is kept for the next comparison, like `mso_bench`.
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
RATE = re.compile(r"= ([\d.]+) submissions/s")
STORED = re.compile(r"rows in the database: .*")


def export(revision: str) -> Path:
    """The files of `revision`, afresh, in a temporary folder named after its commit: the same
    folder, and so the same bench database (`survey_submissions.use_checkout`), every time."""
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", f"{revision}^{{commit}}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    folder = Path(tempfile.gettempdir()) / f"mso-bench-revision-{commit[:12]}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    archive = subprocess.run(
        ["git", "archive", revision], cwd=ROOT, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    if not (folder / "config" / "gunicorn.py").is_file():
        shutil.rmtree(folder)
        raise SystemExit(f"{revision} has no config/gunicorn.py; the benchmark's server needs it")
    return folder


def run(participants: int, code: Path | None) -> tuple[float, float, str]:
    """One run of the submissions benchmark: CPU ms per final POST, submissions/s, and its line
    on the stored rows (every success must be stored)."""
    command = [sys.executable, str(BENCH), "-n", str(participants)]
    if code is not None:
        command += ["--code", str(code)]
    output = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    cpu, rate, stored = CPU.search(output), RATE.search(output), STORED.search(output)
    if not (cpu and rate and stored):
        raise SystemExit(f"unexpected output of {' '.join(command)}:\n{output}")
    return float(cpu.group(1)), float(rate.group(1)), stored.group(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("revision", help="the older revision (anything git archive takes)")
    parser.add_argument("-n", "--participants", type=int, default=500)
    parser.add_argument("--pairs", type=int, default=3)
    options = parser.parse_args()

    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    older = export(options.revision)
    print(f"older: {options.revision} in {older}; this checkout: {head} (and its changes)")
    print(f"{options.participants} submissions per run, {options.pairs} pairs\n")
    print(f"{'pair':>4}  {'older ms':>8}  {'older/s':>7}  {'this ms':>7}  {'this/s':>6}  ratio")
    ratios = []
    try:
        for pair in range(1, options.pairs + 1):
            old_cpu, old_rate, old_stored = run(options.participants, older)
            new_cpu, new_rate, new_stored = run(options.participants, None)
            ratios.append(new_cpu / old_cpu)
            print(
                f"{pair:>4}  {old_cpu:>8.1f}  {old_rate:>7.0f}  {new_cpu:>7.1f}  {new_rate:>6.0f}"
                f"  {ratios[-1]:.2f}"
            )
            for label, stored in (("older", old_stored), ("this", new_stored)):
                if "all stored, none extra" not in stored:
                    print(f"      {label}: {stored}")
    finally:
        shutil.rmtree(older, ignore_errors=True)
    print(
        f"\nthis checkout's CPU per final POST against the older code's: median "
        f"{statistics.median(ratios):.2f} (from {min(ratios):.2f} to {max(ratios):.2f})"
    )
    print(
        "a figure measured on the older code on another day, times this ratio, is what this "
        "checkout would have measured then"
    )


if __name__ == "__main__":
    main()
