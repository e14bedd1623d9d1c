#!/usr/bin/env python3
"""Write throughput of the registry per store, against the HTTP ceiling of this machine; loopback only.

    .venv/bin/python scripts/bench_registry.py [--clients 50] [--writes 40] [--batch-writes 200]
        [--batch-size 200] [--workers 3] [--pg-dsn DSN] [--fsync both|as-is]

For each store (an SQLite file; a fresh PostGIS schema when a DSN is given or
LEKP_TEST_PG_DSN is set, see scripts/postgis.sh) it starts
``python -m lekp_registry serve`` and runs ``--clients`` concurrent clients:

* **baseline**: the same requests as the single writes, sent with OPTIONS to
  the items endpoint of the same server, which answers without touching the
  database: the ceiling of the HTTP stack and the load generator here;
* **single**: one POST per feature (with an Idempotency-Key);
* **batch**: POSTs of ``--batch-size`` creates to the batch endpoint.

PostGIS runs with 1 and with ``--workers`` server processes.  Each run checks
that nothing was lost or duplicated (items and changes feed) and counts
non-201 answers.  Every PostGIS figure says whether the server ran with fsync
on or off; with ``--fsync both`` (default, needs a superuser DSN such as the
test cluster's) the PostGIS runs are repeated with ``fsync`` and
``synchronous_commit`` switched on (``ALTER SYSTEM`` + reload, reset after).

The machine is shared and small (2 cores here): the baseline in the same run
is the yardstick, not the absolute figures.  Figures measured are in
``lekp_registry/README.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lekp_registry.bench import check_registry, describe, run_load, serve


@contextlib.contextmanager
def pg_schema(dsn: str):
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in dsn else "?"
    try:
        yield f"{dsn}{sep}options=-csearch_path%3D{schema},public"
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@contextlib.contextmanager
def durable(dsn: str):
    """fsync and synchronous_commit on for the duration (test cluster: superuser)."""
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("ALTER SYSTEM SET fsync = on")
        conn.execute("ALTER SYSTEM SET synchronous_commit = on")
        conn.execute("SELECT pg_reload_conf()")
    time.sleep(1)
    try:
        yield
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("ALTER SYSTEM RESET fsync")
            conn.execute("ALTER SYSTEM RESET synchronous_commit")
            conn.execute("SELECT pg_reload_conf()")


def run_store(db: str, work: Path, args, workers: int) -> bool:
    label = f"{describe(db)}, {workers} worker{'s' if workers > 1 else ''}"
    ok = True
    with serve(db, work, workers=workers) as (url, token):
        if workers > 1:
            time.sleep(2)  # every worker listening
        runs = [("baseline", "baseline (OPTIONS)", args.writes, 1),
                ("single", "single writes", args.writes, 1),
                ("batch", f"batch writes ({args.batch_size}/batch)", args.batch_writes, args.batch_size)]
        ids: list[str] = []
        offset = 0
        for mode, what, writes, size in runs:
            res = run_load(url, token, args.clients, writes, mode=mode, batch_size=size, offset=offset)
            offset += args.clients * writes
            if mode != "baseline":
                ids += res.ids
            bad = {s: v for s, v in res.statuses.items() if s not in (200, 201, 204)}
            unit = "requests" if mode == "baseline" else "features"
            print(f"  {label}: {what}: {res.writes} {unit} in {res.seconds:.1f} s = {res.per_second:,.0f}/s"
                  f" ({args.clients} clients); errors {len(res.errors)}"
                  + (f" {dict(bad)}" if bad else ""), flush=True)
            ok = ok and not bad and res.writes == args.clients * writes
        problems = check_registry(url, ids)
        print(f"  {label}: read back: {problems or 'every write there once, changes feed complete'}")
    return ok and not problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--writes", type=int, default=40, help="single writes per client")
    parser.add_argument("--batch-writes", type=int, default=200, help="features per client in batches")
    parser.add_argument("--batch-size", type=int, default=200, help="features per batch request")
    parser.add_argument("--workers", type=int, default=3, help="server processes for the second PostGIS run")
    parser.add_argument("--pg-dsn", default=os.environ.get("LEKP_TEST_PG_DSN"))
    parser.add_argument("--fsync", choices=("both", "as-is"), default="both",
                        help="also run PostGIS with fsync and synchronous_commit on")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="lekp-bench-") as tmp:
        work = Path(tmp)
        print("sqlite:")
        ok = run_store(str(work / "bench.sqlite"), work, args, 1) and ok
        if not args.pg_dsn:
            print("postgis: skipped (no --pg-dsn and LEKP_TEST_PG_DSN unset)")
            return 0 if ok else 1
        print("postgis:")
        for workers in sorted({1, args.workers}):
            with pg_schema(args.pg_dsn) as db:
                ok = run_store(db, work, args, workers) and ok
        if args.fsync == "both":
            print("postgis, fsync on:")
            with durable(args.pg_dsn), pg_schema(args.pg_dsn) as db:
                ok = run_store(db, work, args, args.workers) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
