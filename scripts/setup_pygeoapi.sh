#!/usr/bin/env bash
# A degraded OGC API – Features server for the sync tests: pygeoapi 0.21 with
# its TinyDB provider (transactions, but no ETags, no batch, no changes feed).
#
# It lives in its own venv, .venv-pygeoapi, made with Debian's python3
# WITHOUT system site packages: pygeoapi pulls PyPI wheels of pyproj,
# shapely and rasterio, and those must never enter .venv, where pyproj is
# Debian's build linked to QGIS's PROJ.  Idempotent: a venv whose stamp
# matches this script is kept as it is.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV=.venv-pygeoapi
PYGEOAPI_SPEC="pygeoapi==0.21.0"
STAMP="$(sha256sum "$0" | cut -c1-16)"

log() { printf '\033[1m[setup_pygeoapi]\033[0m %s\n' "$*"; }

if [ -x "$VENV/bin/python" ] && [ "$(cat "$VENV/.lekp-stamp" 2>/dev/null)" = "$STAMP" ] \
   && "$VENV/bin/python" -c "import pygeoapi.provider.tinydb_" 2>/dev/null; then
  log "ready: $("$VENV/bin/python" -c 'import pygeoapi; print("pygeoapi", pygeoapi.__version__)')"
  exit 0
fi

if ! /usr/bin/python3 -c "import ensurepip" 2>/dev/null; then
  SUDO=""; if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  log "installing python3-venv"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
fi

log "creating $VENV (Debian python3, no system site packages)"
# A venv's scripts carry its absolute path, so it is built under its final
# name; the stamp is written last, so an interrupted build is redone.
rm -rf "$VENV"
/usr/bin/python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$PYGEOAPI_SPEC" tinydb
"$VENV/bin/python" - <<'PY'
import sys
import pygeoapi
import pygeoapi.provider.tinydb_  # noqa: F401  the provider the tests configure
assert not any(p.startswith("/usr/lib/python3/") for p in sys.path), "system site packages in .venv-pygeoapi"
PY
echo "$STAMP" > "$VENV/.lekp-stamp"
log "ready: $("$VENV/bin/python" -c 'import pygeoapi; print("pygeoapi", pygeoapi.__version__)')"
