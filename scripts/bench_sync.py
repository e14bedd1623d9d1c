#!/usr/bin/env python3
"""Sync push speed: 10,000 new features from a store to the embedded SQLite registry.

    .venv/bin/python scripts/bench_sync.py [--features 10000] [--check]

On loopback only.  Creates a Herzele store, writes the features into it
through OGR (as GDAL or QGIS would), starts ``python -m lekp_registry serve``
on a fresh SQLite file and runs ``lekp_plugin.sync.run_sync``; then a second
sync with nothing to do.  Prints features/s and the HTTP requests of each
sync, and, as the baseline measured in the same run, the same features pushed
naively (one POST per feature, one keep-alive connection) to a second fresh
registry.  Checks that the registry holds every feature exactly once.

Targets (issue 10): the 10,000 creates in at most 10 s; a sync with nothing to
do makes at most 2 requests.  ``--check`` exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from lekp_registry.bench import GEMEENTE, serve  # noqa: E402

L72 = "http://www.opengis.net/def/crs/EPSG/0/31370"
ORIGIN = (116700.0, 173150.0)  # a 500 m square inside Herzele, 5 m grid
TARGET_SECONDS = 10.0
TARGET_NOOP_REQUESTS = 2


class CountingSession(requests.Session):
    """Counts the HTTP requests that go through it, per method."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}

    def request(self, method, url, *args, **kwargs):
        self.counts[method.upper()] = self.counts.get(method.upper(), 0) + 1
        return super().request(method, url, *args, **kwargs)

    def total(self) -> int:
        return sum(self.counts.values())

    def reset(self) -> None:
        self.counts.clear()


def make_store(path: Path, n: int) -> list[dict]:
    """A Herzele store with ``n`` valid trees written through OGR; returns them as GeoJSON."""
    from osgeo import ogr

    from lekp_plugin.store import create_store

    boundary = ROOT.parent / "shared" / "data" / "municipalities" / "vl_bru_gemeente.shp"
    create_store(str(path), GEMEENTE, str(boundary) if boundary.exists() else None)
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("verbeteringen_punt")
    features = []
    layer.StartTransaction()
    for i in range(n):
        fid = str(uuid.uuid4())
        props = {"id": fid, "gemeente_nis": GEMEENTE, "projectnaam": f"Bomenplan blok {i // 100}",
                 "categorie": "boom", "aard": "aanleg", "hoeveelheid": 1.0, "status": "uitgevoerd",
                 "uitvoeringsdatum": "2024-03-15", "domein": "publiek", "opgelegd": 0, "bron": "import",
                 "toelichting": f"boom {i}"}
        x, y = ORIGIN[0] + 5.0 * (i % 100), ORIGIN[1] + 5.0 * (i // 100)
        feat = ogr.Feature(layer.GetLayerDefn())
        for k, v in props.items():
            feat.SetField(k, v)
        feat.SetGeometry(ogr.CreateGeometryFromWkt(f"MULTIPOINT (({x} {y}))"))
        layer.CreateFeature(feat)
        props["opgelegd"] = False
        features.append({"type": "Feature", "id": fid,
                         "geometry": {"type": "MultiPoint", "coordinates": [[x, y]]}, "properties": props})
    layer.CommitTransaction()
    ds = None
    return features


def registry_ids(url: str) -> list[str]:
    r = requests.get(f"{url}/collections/verbeteringen/items",
                     params={"gemeente_nis": GEMEENTE, "limit": 10000}, timeout=300)
    r.raise_for_status()
    ids = [f["id"] for f in r.json()["features"]]
    while True:
        nxt = next((lk["href"] for lk in r.json().get("links", []) if lk.get("rel") == "next"), None)
        if not nxt or not r.json()["features"]:
            return ids
        r = requests.get(nxt, timeout=300)
        r.raise_for_status()
        ids += [f["id"] for f in r.json()["features"]]


def naive_push(url: str, token: str, features: list[dict]) -> tuple[float, dict[int, int]]:
    statuses: dict[int, int] = {}
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/geo+json",
               "Content-Crs": f"<{L72}>"}
    with requests.Session() as s:
        t0 = time.perf_counter()
        for f in features:
            r = s.post(f"{url}/collections/verbeteringen/items", data=json.dumps(f), headers=headers,
                       timeout=60)
            statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
        return time.perf_counter() - t0, statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=10_000)
    parser.add_argument("--no-naive", action="store_true", help="skip the one-POST-per-feature baseline")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    n = args.features
    if not 0 < n <= 10_000:
        parser.error("--features must be between 1 and 10000 (one 5 m grid inside Herzele)")

    from lekp_plugin.sync import run_sync, sync_status

    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
          " (the figures below scale with it)")
    ok = True
    with tempfile.TemporaryDirectory(prefix="lekp-bench-sync-") as tmp:
        work = Path(tmp)
        store = work / "herzele.gpkg"
        t0 = time.perf_counter()
        features = make_store(store, n)
        print(f"store: {n} features written through OGR in {time.perf_counter() - t0:.1f} s")

        (work / "sync").mkdir()
        with serve(str(work / "sync" / "registry.sqlite"), work / "sync") as (url, token):
            session = CountingSession()
            t0 = time.perf_counter()
            result = run_sync(str(store), url, token, session=session)
            push_s = time.perf_counter() - t0
            push_requests = session.total()
            ids = registry_ids(url)
            session.reset()
            t0 = time.perf_counter()
            noop = run_sync(str(store), url, token, session=session)
            noop_s = time.perf_counter() - t0
            noop_requests = session.total()
            pending = sync_status(str(store)).pending
        want = {f["id"] for f in features}
        lost, dup = len(want - set(ids)), len(ids) - len(set(ids))
        print(f"sync push: {result.pushed} features in {push_s:.2f} s = {result.pushed / push_s:.0f} features/s;"
              f" {push_requests} HTTP requests ({result.requests} by the engine's count);"
              f" held back {result.held_back}; lost {lost}; duplicated {dup}; pending after {pending}")
        print(f"no-op sync: {noop_requests} HTTP requests in {noop_s:.2f} s; pushed {noop.pushed},"
              f" pulled {noop.pulled}")
        if result.warnings:
            print("warnings: " + " | ".join(result.warnings))
        ok = result.pushed == n and not lost and not dup
        if n == 10_000:
            ok = ok and push_s <= TARGET_SECONDS
            print(f"target: 10,000 creates in <= {TARGET_SECONDS:.0f} s: "
                  f"{'met' if push_s <= TARGET_SECONDS else 'MISSED'} ({push_s:.2f} s)")
        met = noop_requests <= TARGET_NOOP_REQUESTS
        ok = ok and met
        print(f"target: no-op sync <= {TARGET_NOOP_REQUESTS} requests: {'met' if met else 'MISSED'}"
              f" ({noop_requests})")

        if not args.no_naive:
            (work / "naive").mkdir()
            with serve(str(work / "naive" / "registry.sqlite"), work / "naive") as (url, token):
                naive_s, statuses = naive_push(url, token, features)
            print(f"naive baseline (one POST per feature, same run): {n} features in {naive_s:.2f} s ="
                  f" {n / naive_s:.0f} features/s, {n} requests; statuses {statuses}")
            print(f"ratio: sync is {naive_s / push_s:.1f}x faster than the naive push,"
                  f" with {n / max(push_requests, 1):.0f}x fewer requests")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
