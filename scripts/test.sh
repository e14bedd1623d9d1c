#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs every check.
#   1. ruff on the whole tree (the core's no-Qt rule included)
#   2. every UI string has its English translation
#   3. Qt6 (QGIS 4) readiness of the plugin (scripts/qt6check.py)
#   4. the core tier in a Python without QGIS (.venv-core)
#   5. everything (core, pytest-qgis, qgis_process, registry) on QGIS 3.22 in
#      .venv, with a throwaway PostGIS on a loopback port for the registry's
#      store tests
#   6. the tests listed in tests/qgis340.txt on QGIS 3.40 LTR, in a Debian 13
#      chroot that scripts/qgis340.sh builds (cached outside the clone)
# Every stage runs even when an earlier one failed; the end shows each
# stage's result and time, and the exit status is non-zero if any failed.
# Arguments go to the QGIS 3.22 pytest run.  LEKP_QGIS340=0 skips stage 6
# (it says so at the end).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh || exit 1

# QGIS's embedded Python takes its home from the first python3 on PATH.
export PATH="/usr/bin:$PATH"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

SUMMARY=()
FAILED=0
# stage NAME CMD...: run one stage, record its result and time
stage() {
  local name="$1" started=$SECONDS rc=0
  shift
  echo "== $name"
  "$@" || rc=$?
  local took=$((SECONDS - started))
  local line
  line="$(printf '%-48s %-6s %4d s (%d min %02d s)' "$name" "$([ $rc = 0 ] && echo ok || echo FAILED)" \
    "$took" $((took / 60)) $((took % 60)))"
  SUMMARY+=("$line")
  echo "== $name: $([ $rc = 0 ] && echo ok || echo "FAILED (exit $rc)") in ${took} s"
  [ $rc = 0 ] || FAILED=1
}

stage "ruff" .venv/bin/ruff check .
stage "translations" .venv/bin/python scripts/i18n.py check
stage "Qt6 readiness (scripts/qt6check.py)" \
  .venv/bin/python scripts/qt6check.py --metadata lekp_plugin/metadata.txt
stage "core tier (no QGIS, .venv-core)" \
  .venv-core/bin/python -m pytest tests/core -q -W ignore::pytest.PytestConfigWarning

PG_STARTED=""
if [ -f scripts/postgis.sh ]; then
  echo "== starting PostGIS on loopback"
  if LEKP_TEST_PG_DSN="$(bash scripts/postgis.sh start | tail -n 1)"; then
    export LEKP_TEST_PG_DSN
    PG_STARTED=1
  else
    echo "PostGIS did not start: the registry's PostGIS tests will fail"
  fi
fi
stage "QGIS 3.22 tier (all tests, .venv)" .venv/bin/python -m pytest "$@"
if [ -n "$PG_STARTED" ]; then bash scripts/postgis.sh stop >/dev/null 2>&1 || true; fi

if [ "${LEKP_QGIS340:-1}" = 0 ]; then
  SUMMARY+=("QGIS 3.40 LTR tier                               SKIPPED (LEKP_QGIS340=0)")
else
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  stage "QGIS 3.40 LTR tier (chroot, tests/qgis340.txt)" $SUDO bash scripts/qgis340.sh test -q
fi

echo
echo "== summary"
printf '%s\n' "${SUMMARY[@]}"
exit $FAILED
