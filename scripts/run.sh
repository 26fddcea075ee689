#!/usr/bin/env bash
# Runs the site with demo content on the embedded defaults (SQLite, local files, console e-mail):
# venv, installs, migrations, demo data, the scheduler and the development server on
# http://127.0.0.1:8000/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
python manage.py migrate --noinput
python manage.py seed_demo
echo "Site: http://${HOST:-127.0.0.1}:${PORT:-8000}/   Admin: http://${HOST:-127.0.0.1}:${PORT:-8000}/admin/"
# The periodic jobs (scheduled publishing, reminders …) beside the server; mail and other tasks
# run at once here, inside the request, so no worker is needed.
python manage.py run_scheduler --verbosity 0 &
scheduler=$!
trap 'kill "$scheduler" 2>/dev/null || true' EXIT
python manage.py runserver "${HOST:-127.0.0.1}:${PORT:-8000}"
