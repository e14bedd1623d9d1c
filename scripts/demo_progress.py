#!/usr/bin/env python3
"""The demo's report step: toelichting as an officer types it in the dock, then ``lekp:progressreport``.

    .venv/bin/python scripts/demo_progress.py STORE --out DIR [--lang nl|en]

1. writes a toelichting for two objectives into the store's ``lekp_meta``
   (what the dock's Voortgang tab does), unless the store already has one;
2. runs ``qgis_process.bin run lekp:progressreport`` (with the QGIS profile of
   ``QGIS_CUSTOM_CONFIG_PATH``, as ``scripts/demo.sh`` exports it) →
   ``DIR/voortgangsrapport.pdf``, ``DIR/voortgang.csv``, ``DIR/pactportaal.csv``;
3. prints the progress table and, when poppler's ``pdftoppm`` is there,
   renders the pages to ``DIR/voortgangsrapport-1.png`` and ``-2.png``.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from lekp_plugin.report.storedata import TOELICHTING_KEY, read_meta, write_meta  # noqa: E402

QGIS_PROCESS = "/usr/bin/qgis_process.bin"

TOELICHTING = {
    "bomen": "Bomenrij Stationsstraat aangeplant in het najaar van 2023; het bomenplan 2025-2030 voorziet "
             "400 bomen per jaar op publiek domein en een premie voor bomen in private tuinen.",
    "ontharding": "Schoolplein onthard in de zomer van 2024 samen met de scholengemeenschap; de parking aan "
                  "de sporthal volgt na herstel van de geometrie.",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--out", required=True)
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    parser.add_argument("--peildatum", default="", help="JJJJ-MM-DD (leeg: vandaag)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    meta = read_meta(args.store)
    todo = {TOELICHTING_KEY.format(k): v for k, v in TOELICHTING.items() if not meta.get(TOELICHTING_KEY.format(k))}
    if todo:
        write_meta(args.store, todo)
        print(f"Toelichting ingevuld voor: {', '.join(k.split('.', 1)[1] for k in todo)}")

    pdf = os.path.join(args.out, "voortgangsrapport.pdf")
    table = os.path.join(args.out, "voortgang.csv")
    handover = os.path.join(args.out, "pactportaal.csv")
    cmd = [QGIS_PROCESS, "run", "lekp:progressreport", "--", f"STORE={args.store}", f"OUTPUT_PDF={pdf}",
           f"OUTPUT_CSV={table}", f"OUTPUT_HANDOVER={handover}", f"LANGUAGE={args.lang}"]
    if args.peildatum:
        cmd.append(f"PEILDATUM={args.peildatum}")
    env = {**os.environ, "PATH": "/usr/bin:" + os.environ.get("PATH", ""),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("VIRTUAL_ENV", None)
    env.pop("PYTHONHOME", None)
    run = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        print(run.stdout[-3000:] + run.stderr[-3000:], file=sys.stderr)
        return run.returncode
    print(" ".join([*cmd[:3], "--", "STORE=…", "OUTPUT_PDF=…", "OUTPUT_CSV=…", "OUTPUT_HANDOVER=…"]))

    with open(table, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(io.StringIO(fh.read()), delimiter=";" if args.lang == "nl" else ","))
    keys = (["omschrijving", "eenheid", "doel", "gerealiseerd", "percentage", "gepland", "opgelegd",
             "buiten_periode", "met_fouten"] if args.lang == "nl" else
            ["description", "unit", "target", "realised", "percentage", "planned", "imposed", "outside_period",
             "with_errors"])
    level = "niveau" if args.lang == "nl" else "level"
    shown = [[r[k] for k in keys] for r in rows if r[level] in ("doelstelling", "objective")]
    widths = [max(len(k), *(len(row[i]) for row in shown)) for i, k in enumerate(keys)]
    print("  ".join(k.ljust(w) for k, w in zip(keys, widths, strict=True)))
    for row in shown:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
    print(f"Rapport:     {pdf}\nTabel:       {table}\nPactPortaal: {handover}")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(args.out, "voortgangsrapport")],
                       check=False, timeout=120)
        print(f"Pagina's:    {os.path.join(args.out, 'voortgangsrapport-1.png')}, -2.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
