#!/usr/bin/env python3
"""The registry at Flanders scale: a synthetic Flanders in PostGIS (filled with COPY), then timed reads and writes.

    .venv/bin/python scripts/bench_registry_scale.py [--scale 0.02] [--pg-dsn DSN] [--workers 3]
        [--clients 50] [--writes 20] [--rebuild] [--keep] [--reuse SCHEMA]

``--scale 1`` is the pact's Flanders: 6.6 million trees (points and
multipoints), 1 million polygons (ontharding, natuurgroenperken, hemelwater,
geveltuinen), 500,000 lines (hedges, about 3,300 km, and geveltuinen), spread
over the 285 gemeenten of 2025 in proportion to their population, with some
features still under the 15 NIS codes that disappeared on 1 January 2025.
The default ``--scale 0.02`` (128,073 features) ran in about 2 minutes on the
project's 2-core test machine, ``--scale 0.05`` (320,156 features) in about 2
minutes too; ``--scale 1`` (6,402,586 features, a 5.4 GB table) took 11
minutes to COPY, 1 minute for the indexes and about 3 for ``--rebuild``.

Features go into a fresh schema by COPY (not through the API); the progress
aggregates are summed with the registry's own contribution function
(:mod:`lekp_registry.aggregates`) while the rows are generated (``--rebuild``
also times ``rebuild``).  Then ``python -m lekp_registry serve`` runs on that
schema and the script times, over HTTP on loopback (median of several runs):
one gemeente's voortgang (the largest, Antwerpen), the Flanders
``GET /voortgang``, items with ``bbox`` and with ``gemeente_nis`` (first page
and a deep page by cursor, and the same deep page by offset for comparison),
the changes feed from 0 and from a recent cursor, and single writes by
``--clients`` clients under that volume against the same writes on an empty
database.  The PostgreSQL durability (fsync) is printed with the figures.
Needs ``../shared/data`` (boundaries and population).

``--keep`` keeps the filled schema; ``--reuse SCHEMA`` times that schema
again without filling it (e.g. after a change of the read path; its single
writes go to another part of the grid, ``--write-offset``).  The load average
of the machine is printed with the reads and with the writes.

Figures this script printed on this machine are in ``lekp_registry/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lekp_plugin.core.mergers import MERGERS_2025, is_disappeared  # noqa: E402
from lekp_plugin.core.population import is_flemish  # noqa: E402
from lekp_registry.aggregates import Summer  # noqa: E402
from lekp_registry.bench import describe, run_load, serve  # noqa: E402
from lekp_registry.gemeenten import load_gemeenten  # noqa: E402
from lekp_registry.geojson import CRS84, EPSG_31370, transform_bbox  # noqa: E402
from lekp_registry.storage import open_store  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
BOUNDARIES = SHARED / "municipalities" / "vl_bru_gemeente.shp"
POPULATION = SHARED / "population" / "statbel_bevolking_per_gemeente_2020_bmesuere.csv"
FULL = {"trees": 6_600_000, "polygons": 1_000_000, "lines": 500_000}
COLS = ("id, versie, seq, deleted, gemeente_nis, gemeente_2025, categorie, status, aard, domein, bron,"
        " opgelegd, projectnaam, uitvoeringsdatum, properties, geom")
L72 = "http://www.opengis.net/def/crs/EPSG/0/31370"


def inside_points(shape, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` random points inside ``shape`` (rejection sampling on its envelope), as an (n, 2) array."""
    x0, y0, x1, y1 = shape.bounds
    out = [np.empty((0, 2))]
    got = 0
    shapely.prepare(shape)
    while got < n:
        k = max(64, int((n - got) * 1.6))
        xs, ys = rng.uniform(x0, x1, k), rng.uniform(y0, y1, k)
        keep = shapely.contains_xy(shape, xs, ys)
        pts = np.column_stack([xs[keep], ys[keep]])
        out.append(pts)
        got += len(pts)
    return np.concatenate(out)[:n]


def generate(store, scale: float, seed: int, summer: Summer) -> int:
    """COPY the synthetic features into ``verbeteringen``; returns the number of rows."""
    rng = np.random.default_rng(seed)
    gemeenten = [g for g in store.list_gemeenten() if is_flemish(g.nis) and g.inwoners]
    total_inw = sum(g.inwoners for g in gemeenten)
    old_codes: dict[str, list[str]] = {}
    for old, new in MERGERS_2025.items():
        if is_disappeared(old):
            old_codes.setdefault(new, []).append(old)
    now = "2026-01-15T09:00:00.000Z"
    seq = 0
    with store._conn() as conn:
        conn.execute("DROP INDEX IF EXISTS verbeteringen_gemeente_seq, verbeteringen_geom,"
                     " verbeteringen_live_gemeente")
        with conn.cursor() as cur, cur.copy(f"COPY verbeteringen ({COLS}) FROM STDIN") as cp:
            for g in gemeenten:
                shape = shapely.from_wkb(store.get_gemeente(g.nis).geometry)
                share = g.inwoners / total_inw
                n_trees = round(FULL["trees"] * scale * share)
                n_poly = round(FULL["polygons"] * scale * share)
                n_lines = round(FULL["lines"] * scale * share)
                # trees: 70 % of the trees as single points, the rest in multipoints of 2-12
                singles = int(n_trees * 0.7)
                sizes = []
                left = n_trees - singles
                while left > 0:
                    k = min(left, int(rng.integers(2, 13)))
                    sizes.append(k)
                    left -= k
                feats: list[tuple[str, object, float]] = []
                pts = inside_points(shape, singles + len(sizes) + n_poly + n_lines, rng)
                i = 0
                for _ in range(singles):
                    feats.append(("boom", shapely.Point(pts[i]), 1))
                    i += 1
                for k in sizes:
                    x, y = pts[i]
                    i += 1
                    feats.append(("boom", shapely.MultiPoint([(x + 4 * j, y) for j in range(k)]), k))
                for _ in range(n_poly):
                    x, y = pts[i]
                    i += 1
                    side = float(rng.uniform(4, 40))
                    poly = shapely.box(x, y, x + side, y + side)
                    cat = str(rng.choice(["ontharding", "ontharding", "ontharding", "ontharding", "ontharding",
                                          "natuurgroenperk", "hemelwater_buffer", "hemelwater_infiltratie",
                                          "geveltuin", "geveltuin"]))
                    qty = round(side * side * 0.9, 2) if cat == "ontharding" else \
                        1 if cat == "natuurgroenperk" else round(float(rng.uniform(1, 30)), 1)
                    feats.append((cat, poly, qty))
                for _ in range(n_lines):
                    x, y = pts[i]
                    i += 1
                    length = float(rng.uniform(2, 14))  # hedges: 6.6 m on average
                    angle = float(rng.uniform(0, np.pi))
                    line = shapely.LineString([(x, y), (x + length * np.cos(angle), y + length * np.sin(angle))])
                    cat = "haag" if rng.random() < 0.8 else "geveltuin"
                    feats.append((cat, line, round(length, 2)))
                codes = old_codes.get(g.nis, [])
                for cat, geom, qty in feats:
                    seq += 1
                    fid = str(uuid.UUID(int=int(rng.integers(0, 2**63)) << 64 | seq, version=4))
                    nis = codes[seq % len(codes)] if codes and rng.random() < 0.3 else g.nis
                    r = rng.random()
                    status = "gepland" if r < 0.15 else "uitgevoerd"
                    props = {"gemeente_nis": nis, "projectnaam": f"synthetisch {seq % 997}", "categorie": cat,
                             "aard": "verwijdering" if cat in ("boom", "haag") and rng.random() < 0.03 else "aanleg",
                             "hoeveelheid": qty, "status": status,
                             "domein": "privaat" if rng.random() < 0.3 else "publiek",
                             "opgelegd": bool(rng.random() < 0.05), "bron": "import", "gegroepeerd": False,
                             "aangemaakt_op": now, "aangemaakt_door": "key:bench", "gewijzigd_op": now,
                             "gewijzigd_door": "key:bench", "versie": 1}
                    year = int(rng.integers(2021, 2026))
                    date = f"{year}-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}"
                    if status == "uitgevoerd":
                        props["uitvoeringsdatum"] = date
                    else:
                        props["geplande_datum"] = f"{year + 5}-06-01"
                    summer.add(props, geom)
                    cp.write_row((fid, 1, seq, False, nis, g.nis, cat, status, props["aard"], props["domein"],
                                  "import", int(props["opgelegd"]), props["projectnaam"],
                                  props.get("uitvoeringsdatum"), json.dumps(props),
                                  shapely.to_wkb(shapely.set_srid(geom, 31370), hex=True, include_srid=True)))
        conn.execute("UPDATE registry_meta SET value = %s WHERE key = 'seq'", (str(seq),))
        conn.execute("DELETE FROM voortgang_totalen")
        with conn.cursor() as cur, cur.copy("COPY voortgang_totalen FROM STDIN") as cp:
            for row in summer.rows():
                cp.write_row(row)
    return seq


def matched(body: dict) -> str:
    n = body.get("numberMatched")
    return f"{n:,} matched" if n is not None else "numberMatched left out: more than the registry counts"


def timed(client, url: str, runs: int = 5, **params) -> tuple[float, dict]:
    """Median milliseconds of ``runs`` GETs (after one warm-up) and the last body."""
    params = params or None  # httpx drops the query of a URL (a next link) given params={}
    r = client.get(url, params=params)
    r.raise_for_status()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r = client.get(url, params=params)
        times.append((time.perf_counter() - t) * 1000)
        r.raise_for_status()
    return statistics.median(times), r.json()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.02, help="1 = 6.6 million trees (default 0.02)")
    parser.add_argument("--pg-dsn", default=os.environ.get("LEKP_TEST_PG_DSN"))
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--writes", type=int, default=20, help="single writes per client")
    parser.add_argument("--seed", type=int, default=2030)
    parser.add_argument("--rebuild", action="store_true", help="also time `rebuild` of the aggregates")
    parser.add_argument("--keep", action="store_true", help="keep the schemas (prints their names)")
    parser.add_argument("--reuse", metavar="SCHEMA", help="time a schema kept by --keep, without filling")
    parser.add_argument("--write-offset", type=int, default=10_000,
                        help="grid offset of the single writes (another one for each --reuse)")
    args = parser.parse_args()
    if not args.pg_dsn:
        print("needs PostGIS: --pg-dsn or LEKP_TEST_PG_DSN (scripts/postgis.sh start)", file=sys.stderr)
        return 2
    if not BOUNDARIES.exists():
        print(f"shared data not found: {BOUNDARIES}", file=sys.stderr)
        return 2
    import httpx
    import psycopg

    schemas = []

    def schema_dsn(reuse: str | None = None) -> str:
        sep = "&" if "?" in args.pg_dsn else "?"
        if reuse is not None:
            if not reuse.isidentifier():
                raise SystemExit(f"--reuse: not a schema name: {reuse!r}")
            return f"{args.pg_dsn}{sep}options=-csearch_path%3D{reuse},public"
        name = f"scale_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(args.pg_dsn, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        schemas.append(name)
        return f"{args.pg_dsn}{sep}options=-csearch_path%3D{name},public"

    results: list[tuple[str, str]] = []

    def report(what: str, value: str) -> None:
        results.append((what, value))
        print(f"  {what}: {value}", flush=True)

    def load() -> str:
        one, five, fifteen = os.getloadavg()
        return f"load average {one:.1f}, {five:.1f}, {fifteen:.1f}"

    try:
        full_db, empty_db = schema_dsn(args.reuse), schema_dsn()
        print(f"PostGIS: {describe(full_db)}; scale {args.scale if not args.reuse else 'of ' + args.reuse}")
        if args.reuse:
            store = open_store(full_db)
            with store._conn() as conn:
                rows = store.last_seq()
                size = conn.execute("SELECT pg_size_pretty(pg_total_relation_size('verbeteringen'))").fetchone()[0]
            report("reused", f"{args.reuse}: {store.count():,} features, {rows:,} writes; table {size}")
        else:
            store = open_store(full_db)
            t = time.monotonic()
            load_gemeenten(store, str(BOUNDARIES), str(POPULATION), 2020)
            summer = Summer()
            rows = generate(store, args.scale, args.seed, summer)
            fill = time.monotonic() - t
            store.close()
            t = time.monotonic()
            store = open_store(full_db)  # recreates the indexes dropped for the COPY
            with store._conn() as conn:
                conn.execute("VACUUM ANALYZE verbeteringen")
                conn.execute("ANALYZE voortgang_totalen")
                size = conn.execute("SELECT pg_size_pretty(pg_total_relation_size('verbeteringen'))").fetchone()[0]
            report("fill", f"{rows:,} features ({summer.features:,} counted) by COPY in {fill:.0f} s,"
                           f" indexes and VACUUM ANALYZE {time.monotonic() - t:.0f} s; table {size}")
        if args.rebuild:
            t = time.monotonic()
            before = store.voortgang_rows()
            store.rebuild_voortgang()
            after = store.voortgang_rows()
            same = [r[:4] + r[5:] for r in after] == [r[:4] + r[5:] for r in before] and all(
                abs(a[4] - b[4]) <= 1e-6 * max(1.0, abs(b[4])) for a, b in zip(after, before, strict=True))
            report("rebuild", f"{time.monotonic() - t:.0f} s; same totals as at the fill: {same}")
        with store._conn() as conn:
            nis = conn.execute("SELECT gemeente_2025 FROM verbeteringen GROUP BY 1 ORDER BY count(*) DESC"
                               " LIMIT 1").fetchone()[0]
            n_nis = conn.execute("SELECT count(*) FROM verbeteringen WHERE gemeente_2025 = %s AND NOT deleted",
                                 (nis,)).fetchone()[0]
            deep_offset = int(n_nis * 0.9)
            deep_id = conn.execute("SELECT id FROM verbeteringen WHERE gemeente_2025 = %s AND NOT deleted"
                                   " ORDER BY id OFFSET %s LIMIT 1", (nis, deep_offset)).fetchone()[0]
            cx, cy = conn.execute("SELECT ST_X(c), ST_Y(c) FROM (SELECT ST_PointOnSurface(geom) c FROM gemeenten"
                                  " WHERE nis = '44021') s").fetchone()
        store.close()
        work = Path(tempfile.mkdtemp(prefix="lekp-scale-"))
        with serve(full_db, work, workers=args.workers, gemeente="41027") as (url, token), \
                httpx.Client(base_url=url, timeout=120) as c:
            report("reads", load())
            ms, body = timed(c, f"/gemeenten/{nis}/voortgang")
            report(f"voortgang of {nis} ({n_nis:,} features)", f"{ms:.0f} ms")
            t = time.perf_counter()
            c.get("/voortgang").raise_for_status()
            report("voortgang of Flanders, computed (first read after a write)", f"{(time.perf_counter() - t) * 1000:.0f} ms")
            ms, body = timed(c, "/voortgang", runs=3)
            bomen = body["totaal"]["doelstellingen"][0]
            report(f"voortgang of Flanders ({body['aantal_gemeenten']} gemeenten), again (cached until a write)",
                   f"{ms:.0f} ms ({len(json.dumps(body)) // 1024} KiB; bomen gerealiseerd"
                   f" {bomen['gerealiseerd']:,.0f} of {bomen['doel_waarde']:,.0f})")
            ms, _ = timed(c, "/collections/verbeteringen")
            report("collection document (with the extent)", f"{ms:.0f} ms")
            ms, body = timed(c, "/collections/verbeteringen/items", limit=100)
            report("items, no filter, first page (100)", f"{ms:.0f} ms ({matched(body)})")
            box = f"{cx - 1000},{cy - 1000},{cx + 1000},{cy + 1000}"
            ms, body = timed(c, "/collections/verbeteringen/items", bbox=box, **{"bbox-crs": L72}, limit=100)
            report("items bbox 2 km x 2 km in Gent, first page (100)", f"{ms:.0f} ms ({matched(body)})")
            nxt = next((link["href"] for link in body["links"] if link["rel"] == "next"), None)
            if nxt:
                ms, page = timed(c, nxt)
                report("items bbox, next page (cursor)", f"{ms:.0f} ms ({page['numberReturned']} features)")
            lon0, lat0, lon1, lat1 = transform_bbox((cx - 1000, cy - 1000, cx + 1000, cy + 1000), EPSG_31370, CRS84)
            ms, body = timed(c, "/collections/verbeteringen/items", bbox=f"{lon0},{lat0},{lon1},{lat1}", limit=100)
            report("items bbox in CRS84 around the same box, first page (100)", f"{ms:.0f} ms ({matched(body)})")
            ms, body = timed(c, "/collections/verbeteringen/items", gemeente_nis=nis, limit=100)
            report(f"items gemeente_nis={nis}, first page (100)", f"{ms:.0f} ms ({matched(body)})")
            ms, _ = timed(c, "/collections/verbeteringen/items", gemeente_nis=nis, limit=100, cursor=deep_id)
            report(f"items gemeente_nis={nis}, deep page by cursor (at {deep_offset:,})", f"{ms:.0f} ms")
            ms, _ = timed(c, "/collections/verbeteringen/items", runs=3, gemeente_nis=nis, limit=100,
                          offset=deep_offset)
            report(f"items gemeente_nis={nis}, same page by offset (old clients)", f"{ms:.0f} ms")
            ms, body = timed(c, "/collections/verbeteringen/changes", since=0, limit=100)
            report("changes from 0 (100)", f"{ms:.0f} ms")
            ms, _ = timed(c, "/collections/verbeteringen/changes", since=rows - 50, limit=100)
            report("changes from a recent cursor", f"{ms:.0f} ms")
            ms, _ = timed(c, "/collections/verbeteringen/changes", since=rows // 2, limit=100, gemeente_nis=nis)
            report(f"changes of {nis} from the middle", f"{ms:.0f} ms")
            report("writes", load())
            full = run_load(url, token, args.clients, args.writes, offset=args.write_offset)
        # the same writes on an empty database (gemeenten loaded)
        store = open_store(empty_db)
        load_gemeenten(store, str(BOUNDARIES), str(POPULATION), 2020)
        store.close()
        with serve(empty_db, work, workers=args.workers, gemeente="41027") as (url, token):
            empty = run_load(url, token, args.clients, args.writes, offset=args.write_offset)
        bad = sum(v for s, v in full.statuses.items() if s != 201) + \
            sum(v for s, v in empty.statuses.items() if s != 201)
        report(f"single writes, {args.clients} clients, {args.workers} worker(s)",
               f"{full.per_second:.0f}/s at this volume, {empty.per_second:.0f}/s on an empty database"
               f" ({empty.per_second / full.per_second if full.per_second else float('inf'):.2f}x); errors {bad}")
    finally:
        if not args.keep:
            with psycopg.connect(args.pg_dsn, autocommit=True) as conn:
                for name in schemas:
                    conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        else:
            print(f"kept schemas: {', '.join(schemas)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
