#!/usr/bin/env bash
# Runs the site with demo content on the embedded defaults (SQLite, local files, console e-mail):
# venv, installs, migrations, demo data, then the scheduler (periodic jobs) and the development
# server on HOST:PORT (127.0.0.1:8000). Debug is off (config.settings.demo): the site shows its
# own error pages; DEBUG=true brings Django's debug pages back. Every link the site writes
# (mails, QR codes, calendar feeds, the sitemap) starts with PUBLIC_URL, made from HOST and PORT
# unless set. Mail and other tasks run at once, inside the request, so no worker is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

host=${HOST:-127.0.0.1}
port=${PORT:-8000}
link_host=$host
if [ "$host" = 0.0.0.0 ]; then
  # Listening on every interface: links use this machine's first address, reachable from others.
  link_host=$(hostname -I 2>/dev/null | awk '{print $1}')
  link_host=${link_host:-$(hostname)}
fi
case $link_host in *:*) link_host="[$link_host]" ;; esac  # an IPv6 address in a URL
export PUBLIC_URL=${PUBLIC_URL:-http://$link_host:$port}
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-config.settings.demo}

echo "MSO-Netzwerk demo: preparing the database and the demo content (the first run installs"
echo "into .venv and builds the demo site, about a minute and a half) ..."
source scripts/_venv.sh
python manage.py migrate --noinput --skip-checks -v 0
python manage.py seed_demo -v 0

cat <<TEXT

Site:      $PUBLIC_URL/
Admin:     $PUBLIC_URL/admin/     admin / demo-admin-2026 (network manager);
           redaktion, freigabe, evaluation / demo-staff-2026
Extranet:  $PUBLIC_URL/de/konto/anmelden/     mehmet-aydin (contact person),
           mitglied1 (member) / demo-member-2026
All logins: README.md. Mail is printed here instead of sent. Stop with Ctrl+C.

TEXT
case $host in *:*) address="[$host]:$port" ;; *) address="$host:$port" ;; esac
python manage.py run_scheduler --verbosity 0 &
scheduler=$!
trap 'kill "$scheduler" 2>/dev/null || true' EXIT
python manage.py runserver --skip-checks "$address"
