#!/usr/bin/env python3
"""Print what a store holds and the gemeente's 2030 targets (the demo's last step)."""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from lekp_plugin.core import catalogue, population, targets
from lekp_plugin.core.mergers import merged_from
from lekp_plugin.store import describe_store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store")
    parser.add_argument("--population", help="Statbel CSV (bevolking op 1 januari)")
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    args = parser.parse_args()
    info = describe_store(args.store)
    print(info.summary(args.lang))

    if args.population and os.path.exists(args.population):
        rows = population.read_statbel_csv(args.population)
        codes = merged_from(info.gemeente_nis) or [info.gemeente_nis]
        if all(code in rows for code in codes):
            inwoners = population.population_2025(rows, codes)[info.gemeente_nis]
            year = "2020"
            print(f"\nDoelen 2030 voor {info.gemeente_naam or info.gemeente_nis} "
                  f"({targets.format_int(inwoners, args.lang)} inwoners op 1/1/{year}, Statbel):")
            for code, t in targets.targets(inwoners).items():
                obj = catalogue.OBJECTIVES[code]
                print(f"  - {obj.label(args.lang):<22} {t.display_text(args.lang):>14}"
                      f"   (exact {targets.exact_text(t.exact, args.lang)} {catalogue.UNITS[t.unit].label_nl}; "
                      f"{obj.norm_nl if args.lang == 'nl' else obj.norm_en})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
