#!/usr/bin/env python3
"""Digitize a handful of realistic improvements into a demo store (through OGR).

Most are correct; three carry a mistake a GIS officer makes (a self-crossing
polygon, a perk of 6 m², a date before the pact) so that validation has
something to say.  Coordinates lie in Diepenbeek (NIS 71011, Lambert 72).
"""

from __future__ import annotations

import argparse
import sys

from osgeo import ogr

ogr.UseExceptions()

# centre of Diepenbeek, Lambert 72
X, Y = 224_000, 178_000

FEATURES = [
    ("verbeteringen_punt", f"MULTIPOINT (({X + 10} {Y + 10}), ({X + 20} {Y + 12}), ({X + 30} {Y + 14}))",
     dict(projectnaam="Bomenrij Stationsstraat", categorie="boom", hoeveelheid=3, status="uitgevoerd",
          uitvoeringsdatum="2023-11-20", domein="publiek")),
    ("verbeteringen_lijn", f"MULTILINESTRING (({X + 100} {Y}, {X + 160} {Y + 5}))",
     dict(projectnaam="Haag speelplein", categorie="haag", hoeveelheid=60, status="uitgevoerd",
          uitvoeringsdatum="2024-03-02", domein="publiek")),
    ("verbeteringen_vlak", f"MULTIPOLYGON ((({X + 200} {Y}, {X + 240} {Y}, {X + 240} {Y + 25}, {X + 200} {Y + 25}, {X + 200} {Y})))",
     dict(projectnaam="Ontharding schoolplein", categorie="ontharding", hoeveelheid=950, status="uitgevoerd",
          uitvoeringsdatum="2024-08-30", domein="publiek")),
    ("verbeteringen_vlak", f"MULTIPOLYGON ((({X + 300} {Y}, {X + 320} {Y}, {X + 320} {Y + 15}, {X + 300} {Y + 15}, {X + 300} {Y})))",
     dict(projectnaam="Bloemenweide kerkhof", categorie="natuurgroenperk", hoeveelheid=1, status="uitgevoerd",
          uitvoeringsdatum="2022-05-15", domein="publiek")),
    ("verbeteringen_punt", f"MULTIPOINT (({X + 400} {Y + 40}))",
     dict(projectnaam="Regenwaterput sporthal", categorie="hemelwater_hergebruik", hoeveelheid=20,
          status="gepland", geplande_datum="2027-04-01", domein="publiek")),
    # mistakes
    ("verbeteringen_vlak", f"MULTIPOLYGON ((({X + 500} {Y}, {X + 530} {Y + 30}, {X + 530} {Y}, {X + 500} {Y + 30}, {X + 500} {Y})))",
     dict(projectnaam="Ontharding parking (zelfkruisend)", categorie="ontharding", hoeveelheid=400,
          status="uitgevoerd", uitvoeringsdatum="2025-02-10", domein="publiek")),
    ("verbeteringen_vlak", f"MULTIPOLYGON ((({X + 600} {Y}, {X + 603} {Y}, {X + 603} {Y + 2}, {X + 600} {Y + 2}, {X + 600} {Y})))",
     dict(projectnaam="Mini-perk", categorie="natuurgroenperk", hoeveelheid=1, status="uitgevoerd",
          uitvoeringsdatum="2024-06-01", domein="privaat")),
    ("verbeteringen_punt", f"MULTIPOINT (({X + 700} {Y}))",
     dict(projectnaam="Boom vóór het pact", categorie="boom", hoeveelheid=1, status="uitgevoerd",
          uitvoeringsdatum="2020-10-01", domein="privaat")),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    args = parser.parse_args()
    ds = ogr.Open(args.store, 1)
    for layer_name, wkt, values in FEATURES:
        layer = ds.GetLayerByName(layer_name)
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for key, value in values.items():
            feat.SetField(key, value)
        layer.CreateFeature(feat)
    ds = None
    print(f"{len(FEATURES)} verbeteringen ingetekend in {args.store}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
