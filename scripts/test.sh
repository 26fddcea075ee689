#!/usr/bin/env bash
# Runs the whole test suite: SQLite by default, PostgreSQL when DATABASE_URL is set.
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
exec python -m pytest "$@"
