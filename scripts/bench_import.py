#!/usr/bin/env python3
"""Benchmark of the plan import against ogr2ogr, measured in the same run.

Generates a 50,000-entity verkavelingsplan DXF in Lambert 72 (tree INSERTs with
attributes, hedge polylines, green hatches, rainwater buffers, cadastral parcels
and texts), then times

* the baseline: ``ogr2ogr -f GPKG`` converting the same file with the same DXF
  options (``DXF_INLINE_BLOCKS=FALSE``, arcs segmentized at the same
  ``OGR_ARC_STEPSIZE``);
* the import as the user waits for it (``prepare_import`` then ``write_import``,
  in this process): the SHA-256 and the independent entity count (ezdxf's
  check, in a second thread) beside GDAL's read, mapping with the default
  profile, CRS check, validation against the store and the boundary, and the
  write of every valid feature into a fresh store in one transaction, with the
  spatial index and one sync-outbox row per feature;

in interleaved runs (each import right after its ogr2ogr run, so both see the
same load), and prints every run's wall-clock ratio and the median of those
ratios (the acceptance: at most 2×), with the CPU seconds of both (process
CPU, all threads), which other load on the machine disturbs less.  Not timed:
Python's and QGIS's start-up (ogr2ogr's process start-up is in its time).

Measured here (2 cores shared with five other sessions), 7 interleaved runs
each: the median of the runs' ratios was 1.80× at load average 4 (ogr2ogr
median 1.07 s, import 1.78 s; single runs 1.36-2.29×), 1.60× at load 4-7
(runs 1.33-3.79×) and 1.47× at load 8 (runs 1.27-3.03×); CPU ogr2ogr 0.88-0.94
s, import 1.50-1.58 s (1.70-1.73×).  Before the write was reworked: CPU
2.2-2.5×, best runs 2.2-2.4×; before any speed work: CPU 3.4×.  The import's
stages (wall-clock at load 4): reading 0.7-0.8 s (GDAL's read as in ogr2ogr,
with the SHA-256 and the quick entity count in a second thread), mapping
0.1 s, validation 0.2 s, writing 0.7-0.8 s.  The write does more than
ogr2ogr's: one sync-outbox row per feature (the feature as JSON with its
geometry in hex: 33.0 MB of the 64.4 MB store, where ogr2ogr writes 11.6 MB)
and a durable WAL commit; its spatial index is bulk-loaded.

    .venv/bin/python scripts/bench_import.py [--entities 50000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

BOUNDARIES = ROOT.parent / "shared" / "data" / "municipalities" / "vl_bru_gemeente.shp"
LIMIT = 2.0
#: CPU seconds per run (the wall-clock ratio is the acceptance; CPU shows it without other load)
CPU: dict[str, list[float]] = {"ogr2ogr": [], "import": []}


def ogr2ogr(dxf: str, out: str) -> float:
    from lekp_plugin.imports.readers import ARC_STEPSIZE_DEGREES

    if os.path.exists(out):
        os.unlink(out)
    cmd = ["ogr2ogr", "-f", "GPKG", out, dxf, "entities", "--config", "DXF_INLINE_BLOCKS", "FALSE",
           "--config", "OGR_ARC_STEPSIZE", ARC_STEPSIZE_DEGREES, "--config", "DXF_MERGE_BLOCK_GEOMETRIES",
           "TRUE", "-mapFieldType", "StringList=String,RealList=String", "-q"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU["ogr2ogr"].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return wall


def our_import(dxf: str, template: str, store: str) -> tuple[float, dict]:
    from lekp_plugin.imports.pipeline import prepare_import, write_import

    shutil.copy(template, store)
    marks: list[tuple[str, float]] = []
    cpu = time.process_time()
    t = time.perf_counter()
    plan = prepare_import(dxf, store, progress=lambda step: marks.append((step, time.perf_counter())))
    marks.append(("schrijven", time.perf_counter()))
    result = write_import(plan)
    end = time.perf_counter()
    CPU["import"].append(time.process_time() - cpu)
    elapsed = end - t
    names = ["opslag"] + [m[0] for m in marks]
    times = [t] + [m[1] for m in marks] + [end]
    stages = {name: round(b - a, 2) for name, a, b in zip(names, times, times[1:], strict=False)}
    con = sqlite3.connect(store)
    try:
        outbox = con.execute("SELECT coalesce(sum(length(new_values)), 0) FROM sync_outbox").fetchone()[0]
    finally:
        con.close()
    return elapsed, {"created": result.created, "refused": result.refused,
                     "ignored": sum(plan.ignored.values()), "read": len(plan.source), "stages_s": stages,
                     "store_mb": round(os.path.getsize(store) / 1e6, 1), "outbox_mb": round(outbox / 1e6, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entities", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=5,
                    help="interleaved runs of each; the median of the runs' ratios is compared")
    args = ap.parse_args(argv)
    from verkavelingsplan import make_large_plan

    from lekp_plugin.store import create_store

    with tempfile.TemporaryDirectory(prefix="lekp-bench-import-") as tmp:
        dxf = os.path.join(tmp, "verkaveling_50k.dxf")
        t = time.perf_counter()
        counts = make_large_plan(dxf, args.entities)
        print(f"plan: {sum(counts.values())} entities {counts} ({os.path.getsize(dxf) / 1e6:.1f} MB, "
              f"generated in {time.perf_counter() - t:.1f} s)")
        template = os.path.join(tmp, "template.gpkg")
        load_before = os.getloadavg()[0]
        create_store(template, "71011", str(BOUNDARIES) if BOUNDARIES.exists() else None)
        base, ours, info = [], [], {}
        for i in range(args.repeat):  # interleaved: each import right after its ogr2ogr run
            base.append(ogr2ogr(dxf, os.path.join(tmp, "ogr2ogr.gpkg")))
            elapsed, info = our_import(dxf, template, os.path.join(tmp, f"store{i}.gpkg"))
            ours.append(elapsed)
            size = os.path.getsize(os.path.join(tmp, "ogr2ogr.gpkg")) / 1e6
            print(f"run {i + 1}: ogr2ogr {base[-1]:.2f} s ({size:.1f} MB), import {ours[-1]:.2f} s "
                  f"-> {ours[-1] / base[-1]:.2f}x {info}")
        ratios = [o / b for o, b in zip(ours, base, strict=True)]
        cpu = [o / b for o, b in zip(CPU["import"], CPU["ogr2ogr"], strict=True)]
        ratio = statistics.median(ratios)
        print(f"CPU: ogr2ogr median {statistics.median(CPU['ogr2ogr']):.2f} s, import median "
              f"{statistics.median(CPU['import']):.2f} s -> median of the runs' ratios {statistics.median(cpu):.2f}x")
        print(f"wall-clock: ogr2ogr median {statistics.median(base):.2f} s, import median "
              f"{statistics.median(ours):.2f} s; ratio per run {' '.join(f'{r:.2f}' for r in ratios)}; "
              f"best runs {min(ours) / min(base):.2f}x; load average before/after "
              f"{load_before:.1f}/{os.getloadavg()[0]:.1f}")
        print(f"median of the runs' ratios: {ratio:.2f}x (limit {LIMIT:.1f}x): "
              f"{'OK' if ratio <= LIMIT else 'TOO SLOW'}")
        return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
