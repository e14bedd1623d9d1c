"""Benchmark: a whole-gemeente field package for Diepenbeek (NIS 71011), time and size.

Creates a Diepenbeek store (boundary from ../shared/data) with ``--features``
improvements (trees, hedges, ontharding; a tenth planned, so the field list
has pages), then writes the package the way ``lekp:offlinepackage`` does —
store for the whole gemeente, project, field list PDF, zip, and a basemap
rendered from the local gemeente boundaries at the default zoom levels (12 up
to street level within 200 MB) — and prints the time per part and the sizes.
Acceptance: under 60 s (``--check`` exits 1 when it is not).

    .venv/bin/python scripts/bench_offline.py [--features 5000] [--check]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BOUNDARIES = ROOT.parent / "shared" / "data" / "municipalities" / "vl_bru_gemeente.shp"
LIMIT_S = 60.0


def fill(store: str, n: int) -> None:
    import shapely
    from osgeo import ogr

    ds = ogr.Open(store, 1)
    grens = ds.GetLayerByName("gemeentegrens").GetNextFeature()  # kept: its geometry lives in it
    area = shapely.from_wkb(bytes(grens.GetGeometryRef().ExportToWkb()))
    minx, miny, maxx, maxy = area.bounds
    rnd = random.Random(71011)
    layers = {n_: ds.GetLayerByName(n_) for n_ in ("verbeteringen_punt", "verbeteringen_lijn", "verbeteringen_vlak")}
    ds.StartTransaction()
    made = 0
    while made < n:
        x, y = rnd.uniform(minx, maxx), rnd.uniform(miny, maxy)
        if not area.contains(shapely.Point(x, y)):
            continue
        kind = made % 10
        if kind < 6:
            name, wkt, cat, q = "verbeteringen_punt", f"MULTIPOINT ({x} {y})", "boom", 1
        elif kind < 8:
            name, wkt, cat, q = ("verbeteringen_lijn", f"MULTILINESTRING (({x} {y}, {x + 25} {y + 3}))", "haag",
                                 25.18)
        else:
            name = "verbeteringen_vlak"
            wkt, cat, q = f"MULTIPOLYGON ((({x} {y}, {x + 12} {y}, {x + 12} {y + 9}, {x} {y + 9}, {x} {y})))", \
                "ontharding", 100
        layer = layers[name]
        f = ogr.Feature(layer.GetLayerDefn())
        planned = made % 10 == 3
        for k, v in {"id": str(uuid.uuid4()), "gemeente_nis": "71011", "projectnaam": f"Project {made % 40}",
                     "categorie": cat, "aard": "aanleg", "hoeveelheid": q,
                     "status": "gepland" if planned else "uitgevoerd", "domein": "publiek", "bron": "manueel"}.items():
            f.SetField(k, v)
        f.SetField("geplande_datum" if planned else "uitvoeringsdatum", "2026-05-01" if planned else "2024-05-01")
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(f)
        made += 1
    ds.CommitTransaction()
    ds = None


def size_of(path: str) -> int:
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=5000)
    parser.add_argument("--check", action="store_true", help="exit 1 when the package takes 60 s or more")
    args = parser.parse_args()

    from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from lekp_plugin.offline.project import build_package
    from lekp_plugin.store import create_store

    work = tempfile.mkdtemp(prefix="bench-offline-")
    store = os.path.join(work, "diepenbeek.gpkg")
    create_store(store, "71011", str(BOUNDARIES))
    fill(store, args.features)
    background = QgsVectorLayer(str(BOUNDARIES), "gemeenten", "ogr")

    class Timed(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.marks = [(time.perf_counter(), "start")]

        def setProgressText(self, text):
            self.marks.append((time.perf_counter(), text))

        def pushInfo(self, info):
            print("  " + info)

    feedback = Timed()
    t0 = time.perf_counter()
    feedback.marks = [(t0, "start")]
    result = build_package(store, os.path.join(work, "pakket"), basemap_layers=[background], make_zip=True,
                           feedback=feedback)
    elapsed = time.perf_counter() - t0
    load = os.getloadavg()
    print(f"Diepenbeek, whole gemeente: {sum(result.store.counts.values())} features in the package, "
          f"{result.planned} planned on the field list, basemap {result.basemap_tiles} tiles "
          f"(estimated {result.basemap_estimate / 1e6:.1f} MB)")
    print(f"  time {elapsed:.1f} s (acceptance < {LIMIT_S:.0f} s); load average {load[0]:.2f} {load[1]:.2f}")
    marks = [*feedback.marks, (t0 + elapsed, "end")]
    for (start, what), (end, _) in zip(marks[1:], marks[2:], strict=False):
        print(f"  {what:28s} {end - start:8.1f} s")
    for name in result.files:
        print(f"  {name:28s} {size_of(os.path.join(result.folder, name)) / 1e6:8.2f} MB")
    print(f"  folder {size_of(result.folder) / 1e6:.2f} MB, zip {size_of(result.zip) / 1e6:.2f} MB")
    return 1 if args.check and elapsed >= LIMIT_S else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # QGIS 3.22 may crash tearing down layers still referenced at exit; the figures are out
