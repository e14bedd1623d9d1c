"""Generate ``lekp_plugin/resources/gemeenten_2025.csv``: population per 2025 gemeente.

Source: Statbel, population on 1 January 2020 per municipality (CC0 copy in
``../shared/data/population/statbel_bevolking_per_gemeente_2020_bmesuere.csv``).
The 300 Flemish gemeenten of that file are summed into the 285 gemeenten of
1 January 2025 with the plugin's merger map (``lekp_plugin.core.mergers``).
Names are Statbel's (without its disambiguation in parentheses, "Hove
(Antwerpen)" → "Hove"); the names of the new merged gemeenten are typed below
as facts from the merger decree. Nothing is taken from the boundary files,
which carry no licence and are never shipped.

    python3 scripts/make_reference_data.py [--population FILE] [--check]

``--check`` only compares the generated text with the committed file (exit 1
when they differ).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from lekp_plugin.core import population  # noqa: E402
from lekp_plugin.core.mergers import MERGERS_2025  # noqa: E402

DEFAULT_SOURCE = os.path.join(ROOT, "..", "shared", "data", "population",
                              "statbel_bevolking_per_gemeente_2020_bmesuere.csv")
REFERENCE_YEAR = 2020
SOURCE_LABEL = "Statbel, bevolking op 1 januari 2020, fusies van 2025 opgeteld"

#: Names of the gemeenten formed on 1 January 2025 (Flemish ones; Antwerpen kept its name).
MERGED_NAMES = {
    "11002": "Antwerpen",
    "23106": "Pajottegem",
    "37021": "Wingene",
    "37022": "Tielt",
    "44086": "Nazareth-De Pinte",
    "44087": "Lochristi",
    "44088": "Merelbeke-Melle",
    "46029": "Lokeren",
    "46030": "Beveren-Kruibeke-Zwijndrecht",
    "71071": "Tessenderlo-Ham",
    "71072": "Hasselt",
    "73110": "Bilzen-Hoeselt",
    "73111": "Tongeren-Borgloon",
}


def build(source: str) -> str:
    rows = population.read_statbel_csv(source)
    flemish = [nis for nis in rows if population.is_flemish(nis)]
    totals = population.population_2025(rows, flemish)
    missing_names = sorted({MERGERS_2025[n] for n in flemish if n in MERGERS_2025} - set(MERGED_NAMES))
    if missing_names:
        raise SystemExit(f"no name typed for merged gemeenten {missing_names}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(population.BUNDLED_COLUMNS)
    for nis in sorted(totals):
        naam = MERGED_NAMES.get(nis) or re.sub(r"\s*\([^)]*\)$", "", rows[nis].naam)
        writer.writerow([nis, naam, totals[nis], REFERENCE_YEAR, SOURCE_LABEL])
    gewest = rows.get("02000")
    if gewest is not None and sum(totals.values()) != gewest.inwoners:
        raise SystemExit(f"sum {sum(totals.values())} differs from Vlaams Gewest {gewest.inwoners}")
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--population", default=DEFAULT_SOURCE)
    parser.add_argument("--output", default=population.BUNDLED_FILE)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = build(args.population)
    if args.check:
        with open(args.output, encoding="utf-8") as fh:
            same = fh.read() == text
        print("up to date" if same else f"{args.output} differs from what the script makes")
        return 0 if same else 1
    with open(args.output, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    print(f"{args.output}: {text.count(chr(10)) - 1} gemeenten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
