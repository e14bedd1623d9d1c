#!/usr/bin/env python3
"""Demo step: a verkavelingsplan for Diepenbeek, imported into the demo store.

Generates the plan as an architect's CAD would export it (``scripts/verkavelingsplan.py``:
tree blocks, hedges, green hatches of which one under 10 m², a rainwater
buffer, cadastral parcels, texts and dimension lines, Lambert 72), shows the
preview (counts per category, what counts for the pact, findings), imports
it, and imports it a second time to show that nothing is counted twice.

    .venv/bin/python scripts/demo_import.py STORE [--workdir .demo] [--qgis-process]

With ``--qgis-process`` the two imports run as ``qgis_process.bin run
lekp:importplan`` (the plugin and ezdxf must be installed in the QGIS profile
that ``QGIS_CUSTOM_CONFIG_PATH`` points to); without it they run the same
pipeline in this Python.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def _qgis_process(plan: str, store: str, *extra: str) -> dict:
    env = dict(os.environ)
    env["PATH"] = "/usr/bin:" + env.get("PATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    run = subprocess.run(["/usr/bin/qgis_process.bin", "--json", "run", "lekp:importplan", "--",
                          f"INPUT={plan}", f"STORE={store}", *extra], env=env, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stdout[-2000:] + run.stderr[-2000:])
        raise SystemExit(run.returncode)
    return json.loads(run.stdout[run.stdout.find("{"):])["results"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("--workdir", default=str(ROOT / ".demo"))
    ap.add_argument("--qgis-process", action="store_true", help="import through qgis_process.bin")
    args = ap.parse_args(argv)
    from verkavelingsplan import make_plan

    os.makedirs(args.workdir, exist_ok=True)
    plan = make_plan(os.path.join(args.workdir, "verkaveling_diepenbeek.dxf"))
    print(f"Verkavelingsplan gemaakt: {plan}")
    if args.qgis_process:
        print("$ qgis_process.bin run lekp:importplan -- INPUT=… STORE=… DRY_RUN=true")
        print(_qgis_process(plan, args.store, "DRY_RUN=true")["SUMMARY"])
        for attempt in ("eerste", "tweede"):
            r = _qgis_process(plan, args.store)
            print(f"Import ({attempt} keer): {r['CREATED']} nieuw, {r['UPDATED']} bijgewerkt, "
                  f"{r['UNCHANGED']} ongewijzigd, {r['REFUSED']} geweigerd")
        return 0

    from lekp_plugin.imports.messages import ImportFault
    from lekp_plugin.imports.pipeline import prepare_import, write_import

    try:
        preview = prepare_import(plan, args.store)
        print(preview.summary("nl"))
        for c in preview.candidates:
            for f in c.findings:
                print(f"  {c.key} ({c.source_layer}): {f.code} {f.message('nl')}")
        for attempt in ("eerste", "tweede"):
            p = preview if attempt == "eerste" else prepare_import(plan, args.store)
            r = write_import(p)
            print(f"Import ({attempt} keer): {r.created} nieuw, {r.updated} bijgewerkt, "
                  f"{r.unchanged} ongewijzigd, {r.refused} geweigerd")
    except ImportFault as exc:
        print(exc.message("nl"), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
