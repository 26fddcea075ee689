#!/usr/bin/env bash
# Runs the whole test suite: SQLite by default, PostgreSQL when DATABASE_URL is set.
# Tests run on every core (pytest-xdist, one test database per worker; TEST_WORKERS=1 for one
# process) in a random order (pytest-randomly; the header prints the seed, and
# `--randomly-seed=N` repeats an order, `-p no:randomly` switches it off).
# Browser tests use Debian's Chromium (/usr/bin/chromium); without it they are skipped and the
# summary says so, unless REQUIRE_BROWSER=1 (as in CI) makes that a failure.
# Extra arguments go to pytest, e.g. scripts/test.sh tests/home -k switcher
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Note: no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium}; browser tests will be skipped" \
       "(apt-get install chromium to run them)."
fi
workers=${TEST_WORKERS:-auto}
if [ "$workers" = 1 ]; then
  exec python -m pytest "$@"
fi
# Whole files per worker, so that what a module builds once is built once (tests/worlds.py).
exec python -m pytest -n "$workers" --dist loadfile "$@"
