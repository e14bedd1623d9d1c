#!/usr/bin/env python3
"""Benchmark of the validation engine against QGIS's ``qgis:checkvalidity``.

Writes N (default 100,000) polygons with LEKP attributes to a GeoPackage
(with some invalid, overlapping, duplicate, out-of-boundary and badly dated
features among them), then in the same run:

1. reads the layer back columnar (OGR's Arrow stream) and times the engine
   with every rule, overlaps and the boundary included
   (``validate_arrays``) — reading time is reported apart;
2. runs QGIS's ``qgis:checkvalidity`` (GEOS method) on the same layer in a
   QGIS Python (``/usr/bin/python3``, offscreen), timing only the
   ``processing.run`` call;
3. prints both timings and the ratio.

``--million`` instead writes 1,000,000 features and validates them in
chunks of ``--chunk`` features with ``validate_chunks`` (overlaps across
chunks included), reporting the time and the peak resident memory of the
process (``resource.getrusage``).

Run with the project venv: ``.venv/bin/python scripts/bench_validate.py``.
Speed claims live here, not in timed tests.  Seen on the 2-CPU development VM
(shapely 2.0.7, GEOS 3.11.4), 27 November 2026, while other jobs shared the CPUs
(load 1.5–4.5), best of 7:

* 100,000 polygons: engine 0.65–0.88 s (0.72–0.85 s with GEOS on one thread;
  single runs up to 1.7 s under the heaviest load), reading 0.4–0.8 s,
  ``qgis:checkvalidity`` 8.1–12.9 s → ratio 11.6–14.6× (6.7–8.5× when our
  reading is counted too); both find the same 1,037 invalid polygons;
* ``--million``: 1,000,000 features in chunks of 100,000 in 24 s (read and
  engine, overlaps across chunks included), peak RSS 1.38 GB (0.56 GB of it
  already reached while writing the GeoPackage).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lekp_plugin.core.validation import (  # noqa: E402
    Boundary,
    geometry,
    validate_arrays,
    validate_chunks,
    validate_features,
)

LAYER = "verbeteringen_vlak"
#: Lower-left corner of the synthetic gemeente (EPSG:31370, in Oost-Vlaanderen).
X0, Y0 = 100_000.0, 160_000.0
SPACING = 40.0
VERTICES = 12
CATEGORIES = np.array(["ontharding", "natuurgroenperk", "boom", "hemelwater_buffer", "haag", "geveltuin"])
CATEGORY_P = [0.4, 0.15, 0.15, 0.1, 0.1, 0.1]
TODAY = dt.date(2026, 6, 15)
TEXT_FIELDS = ("id", "gemeente_nis", "projectnaam", "categorie", "aard", "status", "domein", "bron")
DATE_FIELDS = ("geplande_datum", "uitvoeringsdatum")


# -- synthetic data ------------------------------------------------------------------------

def make_chunk(start: int, n: int, total: int, seed: int = 1) -> dict:
    """Features ``start`` … ``start + n`` of a dataset of ``total`` on a jittered grid."""
    rng = np.random.default_rng(seed + start)
    nx = int(np.ceil(np.sqrt(total)))
    i = np.arange(start, start + n)
    cx = X0 + (i % nx) * SPACING + rng.uniform(-4, 4, n)
    cy = Y0 + (i // nx) * SPACING + rng.uniform(-4, 4, n)
    radius = rng.uniform(2.5, 14.0, n)
    angles = np.linspace(0, 2 * np.pi, VERTICES, endpoint=False)[None, :] + rng.uniform(-0.2, 0.2, (n, VERTICES))
    r = radius[:, None] * rng.uniform(0.7, 1.0, (n, VERTICES))
    ring = np.stack([cx[:, None] + r * np.cos(angles), cy[:, None] + r * np.sin(angles)], axis=-1)
    kind = rng.random(n)
    bowtie = kind < 0.01  # 1 % invalid: two vertices swapped → self-intersection
    ring[bowtie, 2], ring[bowtie, 7] = ring[bowtie, 7].copy(), ring[bowtie, 2].copy()
    overlap = (kind >= 0.01) & (kind < 0.03)  # 2 % overlap their left neighbour
    dup = (kind >= 0.03) & (kind < 0.035)  # 0.5 % duplicate their left neighbour
    shift = np.where(overlap, 0.6, 1.0)[:, None]
    near = (overlap | dup) & (i % nx > 0)
    ring[near, :, 0] -= SPACING * shift[near]
    ring = np.concatenate([ring, ring[:, :1]], axis=1)
    polys = shapely.polygons(ring)
    geoms = _as_multi(polys)

    cat = rng.choice(CATEGORIES, n, p=CATEGORY_P)
    area = shapely.area(polys)
    qty = np.select([cat == "ontharding", cat == "natuurgroenperk", cat == "boom",
                     cat == "hemelwater_buffer"],
                    [np.round(area * 0.8, 1), 1.0, np.maximum(1, np.floor(area / 20)), np.round(area * 0.5)],
                    10.0)
    status = np.where(kind > 0.85, "gepland", "uitgevoerd")
    day0 = dt.date(2021, 1, 1).toordinal()
    done = [dt.date.fromordinal(d).isoformat() for d in rng.integers(day0, day0 + 5 * 365, n)]
    planned = [dt.date.fromordinal(d).isoformat() for d in rng.integers(TODAY.toordinal(), day0 + 3650, n)]
    uitv = np.where(status == "uitgevoerd", np.array(done, dtype=object), None)
    gepl = np.where(status == "gepland", np.array(planned, dtype=object), None)
    # duplicates copy their neighbour's category and dates (they are made from the row before)
    dup_rows = np.flatnonzero(dup & near)
    dup_rows = dup_rows[dup_rows > 0]
    for arr in (cat, uitv, gepl, status):
        arr[dup_rows] = arr[dup_rows - 1]
    geoms[dup_rows] = geoms[dup_rows - 1]
    qty[dup_rows] = qty[dup_rows - 1]
    bad_date = (kind > 0.84) & (kind <= 0.842)  # 0.2 % completed before the pact
    uitv[bad_date] = "2019-05-01"
    return {
        "id": np.array([f"00000000-0000-4000-8000-{k:012d}" for k in i], dtype=object),
        "geometry": geoms,
        "gemeente_nis": np.full(n, "41027", dtype=object),
        "projectnaam": np.full(n, "Benchmark", dtype=object),
        "categorie": cat.astype(object),
        "aard": np.full(n, "aanleg", dtype=object),
        "hoeveelheid": qty.astype(float),
        "status": status.astype(object),
        "geplande_datum": gepl,
        "uitvoeringsdatum": uitv,
        "domein": np.where(kind > 0.5, "publiek", "privaat").astype(object),
        "opgelegd": kind < 0.05,
        "bron": np.full(n, "manueel", dtype=object),
    }


def _as_multi(polys: np.ndarray) -> np.ndarray:
    """One-part MultiPolygons, as the store's multi-part layer holds them."""
    return shapely.multipolygons(polys, indices=np.arange(len(polys)))


def gemeente_boundary(total: int) -> shapely.Polygon:
    """The synthetic gemeente: the grid's extent, its east border a 4,000-vertex wavy line
    through the last column (so some polygons cross it and the boundary is as detailed as a
    real one)."""
    nx = int(np.ceil(np.sqrt(total)))
    ny = int(np.ceil(total / nx))
    x_east = X0 + (nx - 1) * SPACING - 3
    y = np.linspace(Y0 + ny * SPACING + 50, Y0 - 50, 4000)
    east = np.column_stack([x_east + 2.0 * np.sin(y / 7.0), y])
    ring = np.vstack([[(X0 - 50, Y0 - 50), (X0 - 50, Y0 + ny * SPACING + 50)], east])
    return shapely.Polygon(ring)


# -- GeoPackage ----------------------------------------------------------------------------

def write_gpkg(path: Path, total: int, chunk: int) -> float:
    from osgeo import ogr, osr

    ogr.UseExceptions()
    t = time.perf_counter()
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    lyr = ds.CreateLayer(LAYER, srs, ogr.wkbMultiPolygon, ["SPATIAL_INDEX=YES", "FID=fid"])
    for name in TEXT_FIELDS:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("hoeveelheid", ogr.OFTReal))
    for name in DATE_FIELDS:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTDate))
    fd = ogr.FieldDefn("opgelegd", ogr.OFTInteger)
    fd.SetSubType(ogr.OFSTBoolean)
    lyr.CreateField(fd)
    defn = lyr.GetLayerDefn()
    idx = {defn.GetFieldDefn(k).GetName(): k for k in range(defn.GetFieldCount())}
    for start in range(0, total, chunk):
        n = min(chunk, total - start)
        data = make_chunk(start, n, total)
        wkb = shapely.to_wkb(data["geometry"])
        lyr.StartTransaction()
        for r in range(n):
            f = ogr.Feature(defn)
            for name in TEXT_FIELDS:
                f.SetField(idx[name], data[name][r])
            f.SetField(idx["hoeveelheid"], float(data["hoeveelheid"][r]))
            for name in DATE_FIELDS:
                v = data[name][r]
                if v is not None:
                    y, m, d = (int(p) for p in v.split("-"))
                    f.SetField(idx[name], y, m, d, 0, 0, 0, 0)
            f.SetField(idx["opgelegd"], int(bool(data["opgelegd"][r])))
            f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb[r]))
            lyr.CreateFeature(f)
        lyr.CommitTransaction()
    ds = None
    return time.perf_counter() - t


def read_gpkg(path: Path, batch: int):
    """Yield ``(ids, geometries, columns)`` per Arrow batch of the layer."""
    from osgeo import ogr

    ogr.UseExceptions()
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(LAYER)
    stream = lyr.GetArrowStreamAsNumPy(options=[f"MAX_FEATURES_IN_BATCH={batch}"])
    geom_col = lyr.GetGeometryColumn() or "geom"
    for b in stream:
        geoms = shapely.from_wkb(b[geom_col])
        columns = {}
        for name in (*TEXT_FIELDS, "hoeveelheid", "opgelegd", *DATE_FIELDS):
            columns[name] = _column(b[name])
        yield columns.pop("id"), geoms, columns
    ds = None


def _column(arr: np.ndarray) -> np.ndarray:
    """An object column with None for NULL (Arrow gives masked bytes and datetime64 arrays)."""
    mask = np.ma.getmaskarray(arr)
    data = np.ma.getdata(arr)
    if data.dtype.kind == "S":
        out = np.empty(len(data), dtype=object)
        out[:] = [v.decode("utf-8") for v in data.tolist()]
    elif data.dtype.kind == "M":
        out = data.astype("datetime64[D]").astype(object)  # datetime.date
    else:
        out = data.astype(object)
    out[mask] = None
    return out


# -- runs ----------------------------------------------------------------------------------

CHECKVALIDITY = textwrap.dedent("""
    import json, sys, time
    from qgis.core import QgsApplication, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append('/usr/share/qgis/python/plugins')
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    layer = QgsVectorLayer(sys.argv[1] + '|layername=' + sys.argv[2], 'bench', 'ogr')
    assert layer.isValid(), 'layer did not load'
    t = time.perf_counter()
    res = processing.run('qgis:checkvalidity', {
        'INPUT_LAYER': layer, 'METHOD': 2, 'IGNORE_RING_SELF_INTERSECTION': False,
        'VALID_OUTPUT': 'memory:', 'INVALID_OUTPUT': 'memory:', 'ERROR_OUTPUT': 'memory:'})
    elapsed = time.perf_counter() - t
    print(json.dumps({'seconds': elapsed, 'valid': res['VALID_COUNT'], 'invalid': res['INVALID_COUNT'],
                      'errors': res['ERROR_COUNT']}))
""")


def run_checkvalidity(path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:" + os.environ.get("PATH", ""))
    env.pop("PYTHONPATH", None)
    out = subprocess.run(["/usr/bin/python3", "-c", CHECKVALIDITY, str(path), LAYER], env=env,
                         capture_output=True, text=True, check=True, timeout=1800)
    return json.loads(out.stdout.strip().splitlines()[-1])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def summarize(findings) -> str:
    counts: dict[str, int] = {}
    for f in findings:
        key = f.code + ("/warning" if f.code == "LEKP-G005" and f.severity.value == "warning" else "")
        counts[key] = counts.get(key, 0) + 1
    return ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))


def bench_100k(path: Path, n: int, repeat: int, skip_qgis: bool) -> None:
    print(f"writing {n:,} polygons to {path} …", flush=True)
    print(f"  written in {write_gpkg(path, n, 100_000):.1f} s")
    t = time.perf_counter()
    [(ids, geoms, columns)] = list(read_gpkg(path, n))
    read_s = time.perf_counter() - t
    boundary = gemeente_boundary(n)
    t = time.perf_counter()
    prepared = Boundary(boundary)
    boundary_s = time.perf_counter() - t
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        findings = validate_arrays(ids, geoms, columns, boundary=prepared, today=TODAY)
        times.append(time.perf_counter() - t)
    engine_s = min(times)
    print(f"read (OGR Arrow stream + from_wkb): {read_s:.3f} s; boundary prepared once: {boundary_s:.3f} s")
    print(f"engine, all rules incl. overlaps and boundary, {n:,} polygons: "
          f"{engine_s:.3f} s (best of {repeat}: {', '.join(f'{x:.3f}' for x in times)})")
    print(f"  {len(findings):,} findings — {summarize(findings)}")
    serial = []
    saved = geometry.THREAD_MIN
    geometry.THREAD_MIN = sys.maxsize  # GEOS calls on one thread only
    try:
        for _ in range(repeat):
            t = time.perf_counter()
            validate_arrays(ids, geoms, columns, boundary=prepared, today=TODAY)
            serial.append(time.perf_counter() - t)
    finally:
        geometry.THREAD_MIN = saved
    print(f"engine on one thread: {min(serial):.3f} s (best of {repeat})")
    features = [{"id": ids[k], "geometry": geoms[k], "properties": {c: columns[c][k] for c in columns}}
                for k in range(n)]
    t = time.perf_counter()
    validate_features(features, boundary=prepared, today=TODAY)
    print(f"validate_features on {n:,} feature dicts (the registry's entry point): "
          f"{time.perf_counter() - t:.3f} s")
    del features
    print(f"peak RSS so far: {peak_rss_mb():.0f} MB")
    if skip_qgis:
        return
    print("running qgis:checkvalidity (GEOS) in QGIS …", flush=True)
    qgis = run_checkvalidity(path)
    print(f"qgis:checkvalidity (GEOS method), same layer: {qgis['seconds']:.3f} s "
          f"(valid {qgis['valid']:,}, invalid {qgis['invalid']:,}, errors {qgis['errors']:,})")
    print(f"ratio checkvalidity / engine: {qgis['seconds'] / engine_s:.1f}× "
          f"(counting our read of the GeoPackage too, as checkvalidity reads its layer: "
          f"{qgis['seconds'] / (engine_s + read_s):.1f}×)")
    g002 = sum(1 for f in findings if f.code == "LEKP-G002")
    print(f"  engine LEKP-G002: {g002:,} vs checkvalidity invalid: {qgis['invalid']:,}")


def bench_million(path: Path, n: int, chunk: int) -> None:
    print(f"writing {n:,} polygons to {path} …", flush=True)
    print(f"  written in {write_gpkg(path, n, chunk):.1f} s; peak RSS so far {peak_rss_mb():.0f} MB")
    boundary = Boundary(gemeente_boundary(n))
    t = time.perf_counter()
    total = 0
    counts: list = []
    for findings in validate_chunks(read_gpkg(path, chunk), boundary=boundary, today=TODAY):
        total += len(findings)
        counts.extend(findings)
    elapsed = time.perf_counter() - t
    print(f"chunked validation of {n:,} features in chunks of {chunk:,} (read + engine, overlaps across "
          f"chunks included): {elapsed:.1f} s, {total:,} findings")
    print(f"  {summarize(counts)}")
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="number of polygons (default 100,000)")
    ap.add_argument("--million", action="store_true", help="1,000,000 features validated in chunks")
    ap.add_argument("--chunk", type=int, default=100_000, help="chunk size for --million")
    ap.add_argument("--repeat", type=int, default=3, help="engine runs; the best is reported")
    ap.add_argument("--gpkg", type=Path, help="GeoPackage to write (default: a temporary file)")
    ap.add_argument("--skip-qgis", action="store_true", help="do not run qgis:checkvalidity")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lekp-bench-") as tmp:
        path = args.gpkg or Path(tmp) / "bench.gpkg"
        print(f"shapely {shapely.__version__}, GEOS {shapely.geos_version_string}, numpy {np.__version__}, "
              f"{os.cpu_count()} CPU(s)")
        if args.million:
            bench_million(path, 1_000_000 if args.n == 100_000 else args.n, args.chunk)
        else:
            bench_100k(path, args.n, args.repeat, args.skip_qgis)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
