#!/usr/bin/env bash
# The README's demo command: LEKP-registratie for Diepenbeek (NIS 71011), the
# way a gemeente GIS officer's machine runs it.
#   1. set up (Debian packages, venvs, translations)
#   2. build the plugin zip and install it into a fresh QGIS profile under
#      .demo/, with shapely >= 2 and pyproj in that profile's
#      python/dependencies folder (what the plugin tells users to do)
#   3. create the gemeente's store with `qgis_process.bin run lekp:createstore`
#   4. digitize a few improvements (three with typical mistakes) and validate
#      them with `qgis_process.bin run lekp:validate` (HTML and CSV report)
#   5. start the embedded registry (OGC API – Features, one SQLite file) and
#      sync the store with `qgis_process.bin run lekp:sync`: correct
#      improvements are sent, the ones with errors held back with their findings
#   6. a colleague and the officer change the same improvement; the next sync
#      detects the conflict (the registry keeps the colleague's version), it is
#      resolved by merging field by field and synced; the registry's progress
#   7. import a generated verkavelingsplan (DXF) with `lekp:importplan`, twice
#      (the second import counts nothing twice), and sync it
#   8. the progress report for the gemeenteraad with `lekp:progressreport`
#      (PDF, CSV, PactPortaal hand-over)
#   9. print what the store holds and the gemeente's 2030 targets
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NIS="${LEKP_DEMO_NIS:-71011}"
DATA="$ROOT/../shared/data"
DEMO="$ROOT/.demo"

bash scripts/setup.sh
export PATH="/usr/bin:$PATH" QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Plugin verpakken en installeren in een QGIS-profiel ($DEMO/qgis)"
ZIP="$(/usr/bin/python3 scripts/package.py --output "$DEMO/dist")"
PROFILE="$DEMO/qgis/profiles/default"
rm -rf "$PROFILE/python/plugins/lekp_plugin"
mkdir -p "$PROFILE/python/plugins"
unzip -q -o "$ZIP" -d "$PROFILE/python/plugins"
# what the plugin's message tells a user to run, into a clean folder
rm -rf "$PROFILE/python/dependencies"
(cd "$PROFILE/python/plugins" && /usr/bin/python3 -m lekp_plugin.deps install --target "$PROFILE/python/dependencies")
export QGIS_CUSTOM_CONFIG_PATH="$DEMO/qgis"
if ! /usr/bin/qgis_process.bin plugins 2>/dev/null | grep -q '^\* lekp_plugin'; then
  /usr/bin/qgis_process.bin plugins enable lekp_plugin >/dev/null
fi
echo "$ZIP geïnstalleerd"

step "LEKP-opslag maken voor NIS $NIS (qgis_process.bin run lekp:createstore)"
STORE="$DEMO/lekp_$NIS.gpkg"
ARGS=("GEMEENTE_NIS=$NIS" "OUTPUT=$STORE" "OVERWRITE=true")
if [ -f "$DATA/municipalities/vl_bru_gemeente.shp" ]; then
  ARGS+=("BOUNDARY=$DATA/municipalities/vl_bru_gemeente.shp")
else
  echo "(../shared/data ontbreekt: opslag zonder gemeentegrens)"
fi
/usr/bin/qgis_process.bin run lekp:createstore -- "${ARGS[@]}" 2>/dev/null | sed -n '/^Results/,$p'

if [ "$NIS" = "71011" ]; then
  step "Verbeteringen intekenen en valideren (qgis_process.bin run lekp:validate)"
  .venv/bin/python scripts/demo_features.py "$STORE"
  VARGS=("--INPUT=$STORE|layername=verbeteringen_vlak" "--INPUT=$STORE|layername=verbeteringen_lijn"
         "--INPUT=$STORE|layername=verbeteringen_punt" "--OUTPUT=$DEMO/bevindingen.csv"
         "--REPORT_HTML=$DEMO/validatierapport.html")
  if [ -f "$DATA/municipalities/vl_bru_gemeente.shp" ]; then
    VARGS+=("--BOUNDARY=$STORE|layername=gemeentegrens")
  fi
  /usr/bin/qgis_process.bin run lekp:validate "${VARGS[@]}" 2>/dev/null | grep -oE 'LEKP-[A-Z][0-9]{3}: [0-9]+|^(ERRORS|WARNINGS|INFOS|FEATURES):.*'
  echo "Bevindingen: $DEMO/bevindingen.csv"
  echo "Rapport:     $DEMO/validatierapport.html"
  column -s, -t < "$DEMO/bevindingen.csv" | cut -c1-160

  step "Het ingebouwde register starten (python -m lekp_registry serve)"
  trap '.venv/bin/python scripts/demo_registry.py stop --workdir "$DEMO"' EXIT
  .venv/bin/python scripts/demo_registry.py start --workdir "$DEMO" --nis "$NIS"
  URL="$(cat "$DEMO/registry.url")"
  LEKP_REGISTRY_TOKEN="$(cat "$DEMO/registry-token")"
  export LEKP_REGISTRY_TOKEN
  sync() {
    if ! /usr/bin/qgis_process.bin run lekp:sync -- "STORE=$STORE" "REGISTRY_URL=$URL" "$@" \
        >"$DEMO/sync.log" 2>&1; then
      tail -n 20 "$DEMO/sync.log"
      return 1
    fi
    grep -E '^(Tegengehouden|Synchronisatie klaar|[0-9]+ conflict|PUSHED|PULLED|CONFLICTS|HELD_BACK|REQUESTS)' \
      "$DEMO/sync.log" || true
  }

  step "Synchroniseren: qgis_process.bin run lekp:sync (token uit LEKP_REGISTRY_TOKEN)"
  sync

  step "Een collega en de GIS-medewerker wijzigen dezelfde verbetering"
  .venv/bin/python scripts/demo_registry.py collega "$STORE" --workdir "$DEMO"

  step "Opnieuw synchroniseren: het conflict wordt gedetecteerd, het register blijft ongemoeid"
  sync

  step "Het conflict oplossen: veld per veld samenvoegen"
  .venv/bin/python scripts/demo_registry.py conflicten "$STORE"

  step "Synchroniseren: de samengevoegde versie gaat naar het register"
  sync

  step "Het register na de synchronisatie"
  .venv/bin/python scripts/demo_registry.py voortgang --workdir "$DEMO" --nis "$NIS"

  step "Een verkavelingsplan importeren (qgis_process.bin run lekp:importplan), twee keer"
  .venv/bin/python scripts/demo_import.py "$STORE" --workdir "$DEMO" --qgis-process

  step "Het plan synchroniseren"
  sync

  step "Het voortgangsrapport voor de gemeenteraad (qgis_process.bin run lekp:progressreport)"
  .venv/bin/python scripts/demo_progress.py "$STORE" --out "$DEMO"
fi

step "Wat de opslag bevat"
.venv/bin/python scripts/demo_report.py "$STORE" --population "$DATA/population/statbel_bevolking_per_gemeente_2020_bmesuere.csv"
