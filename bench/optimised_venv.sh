#!/bin/sh
# A second virtual environment for the benchmarks, on a Python built with profile-guided and
# link-time optimisation (PGO, LTO), as the image's is: python:3.11-slim-bookworm is configured
# with --enable-optimizations --with-lto. pyenv's builds and many others have neither; for a
# questionnaire submission they run about 10 % more instructions (docs/benchmarks.md).
# Debian's python3.11 is built with both (its venv module: apt-get install python3.11-venv).
#
#     bench/optimised_venv.sh [/usr/bin/python3.11]     # makes .venv-optimised
#     .venv-optimised/bin/python bench/survey_submissions.py -n 300
set -eu
cd "$(dirname "$0")/.."
PYTHON=${1:-/usr/bin/python3.11}
VENV=.venv-optimised
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# The pinned soupsieve (Beautiful Soup's CSS selectors, which the site does not use) needs
# Python 3.11.5; Debian 12's is 3.11.2. Everything else is installed as pinned.
grep -v '^soupsieve==' requirements.lock > "$VENV/constraints.txt"
"$VENV/bin/python" -m pip install --quiet -c "$VENV/constraints.txt" ".[test]"
"$VENV/bin/python" -c "import sys, django, wagtail; print(sys.executable, sys.version.split()[0], 'Django', django.__version__, 'Wagtail', wagtail.__version__)"
