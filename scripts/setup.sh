#!/usr/bin/env bash
# Installs everything the demo and the tests need on Debian 12, idempotently:
#   - Debian packages (QGIS 3.22, GDAL, PostgreSQL 15 + PostGIS, Xvfb, Qt tools,
#     matplotlib and poppler for the report, fontTools and pyparsing for ezdxf in QGIS)
#   - .venv      : Debian's /usr/bin/python3 with --system-site-packages (sees
#                  QGIS's bindings and Debian's numpy 1.24) + pinned PyPI deps
#   - .venv-core : the `python3` on PATH, *without* system packages: a Python
#                  with no QGIS, where the Qt-free core is tested
#   - compiled translations (.qm)
# Re-running is cheap: each step is skipped when already done for this pyproject.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

APT_PACKAGES=(
  qgis python3-qgis qgis-providers python3-gdal python3-pyproj gdal-bin
  python3-venv python3-pip xvfb x11-utils qttools5-dev-tools
  postgresql-15 postgresql-15-postgis-3 zip unzip
  python3-matplotlib python3-openpyxl poppler-utils
  python3-fonttools python3-pyparsing
)

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A pip numpy 2 would shadow Debian's numpy 1.24 that QGIS, matplotlib and
# scipy were built against: keep whatever Debian has.
CONSTRAINTS="$(mktemp)"
trap 'rm -f "$CONSTRAINTS"' EXIT
echo "numpy<2" > "$CONSTRAINTS"

STAMP_SRC="$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)"

if [ ! -x .venv/bin/python ] || [ "$(cat .venv/.lekp-stamp 2>/dev/null)" != "$STAMP_SRC" ]; then
  log "creating .venv (Debian python3 with system site-packages)"
  rm -rf .venv
  /usr/bin/python3 -m venv --system-site-packages .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  /usr/bin/python3 scripts/requirements.py all > .venv/requirements.txt
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -c "$CONSTRAINTS" -r .venv/requirements.txt
  # Debian's pyproj finds PROJ's data under sys.prefix, which a venv moves.
  mkdir -p .venv/share && ln -sfn /usr/share/proj .venv/share/proj
  echo "$STAMP_SRC" > .venv/.lekp-stamp
fi
.venv/bin/python - <<'PY'
import numpy, pyproj, shapely, qgis.core
assert int(numpy.__version__.split(".")[0]) < 2, f"numpy {numpy.__version__} shadows Debian's numpy"
assert pyproj.__file__.startswith("/usr/lib/python3/"), f"pyproj must be Debian's, not {pyproj.__file__}"
assert pyproj.Transformer.from_crs(4326, 31370, always_xy=True).transform(5.4, 50.9)[0] > 200000
assert int(shapely.__version__.split(".")[0]) >= 2, shapely.__version__
PY

CORE_PY="$(command -v python3)"
if [ ! -x .venv-core/bin/python ] || [ "$(cat .venv-core/.lekp-stamp 2>/dev/null)" != "$STAMP_SRC" ]; then
  log "creating .venv-core ($CORE_PY, no system site-packages, no QGIS)"
  rm -rf .venv-core
  "$CORE_PY" -m venv .venv-core
  .venv-core/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  { /usr/bin/python3 scripts/requirements.py; /usr/bin/python3 scripts/requirements.py dev | grep -E '^(pytest|pytest-timeout)=='; } > .venv-core/requirements.txt
  .venv-core/bin/python -m pip install --quiet --disable-pip-version-check -r .venv-core/requirements.txt
  echo "$STAMP_SRC" > .venv-core/.lekp-stamp
fi

log "compiling translations"
/usr/bin/python3 scripts/i18n.py compile >/dev/null
log "ready: $(/usr/bin/python3 -c 'from qgis.core import Qgis; print("QGIS", Qgis.QGIS_VERSION)')"
