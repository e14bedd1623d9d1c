#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs every check.
#   1. ruff on the whole tree (the core's no-Qt rule included)
#   2. every UI string has its English translation
#   3. the core tier in a Python without QGIS (.venv-core)
#   4. everything (core, pytest-qgis, qgis_process, registry) in .venv, with
#      a throwaway PostGIS on a loopback port for the registry's store tests
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh

# QGIS's embedded Python takes its home from the first python3 on PATH.
export PATH="/usr/bin:$PATH"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

echo "== ruff"
.venv/bin/ruff check .
echo "== translations"
.venv/bin/python scripts/i18n.py check
echo "== core tier (no QGIS: $(.venv-core/bin/python -c 'import sys; print(sys.executable)'))"
.venv-core/bin/python -m pytest tests/core -q -W ignore::pytest.PytestConfigWarning

if [ -f scripts/postgis.sh ]; then
  echo "== starting PostGIS on loopback"
  LEKP_TEST_PG_DSN="$(bash scripts/postgis.sh start | tail -n 1)"
  export LEKP_TEST_PG_DSN
  trap 'bash scripts/postgis.sh stop >/dev/null 2>&1 || true' EXIT
fi

echo "== all tiers"
.venv/bin/python -m pytest "$@"
