#!/usr/bin/env bash
# Re-resolves the dependencies of pyproject.toml in a fresh venv and writes requirements.lock.
# Run it after changing a dependency, then commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet --upgrade pip
"$tmp/venv/bin/python" -m pip install --quiet ".[test]"
{
  echo "# Pinned versions of every dependency (constraints for pip: pip install -c requirements.lock '.[test]')."
  echo "# Regenerate with: scripts/lock.sh"
  "$tmp/venv/bin/python" -m pip freeze --exclude-editable | grep -vi '^mso-network'
} > requirements.lock
rm -rf "$tmp"
echo "requirements.lock written."
