#!/usr/bin/env bash
# Runs the site with demo content on the embedded defaults (SQLite, local files, console e-mail):
# venv, installs, migrations, demo data, development server on http://127.0.0.1:8000/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
python manage.py migrate --noinput
python manage.py seed_demo
echo "Site: http://${HOST:-127.0.0.1}:${PORT:-8000}/   Admin: http://${HOST:-127.0.0.1}:${PORT:-8000}/admin/"
exec python manage.py runserver "${HOST:-127.0.0.1}:${PORT:-8000}"
