#!/usr/bin/env python3
"""Write throughput of the registry per store, on loopback only.

    .venv/bin/python scripts/bench_registry.py [--clients 50] [--writes 200] [--pg-dsn DSN]

Starts ``python -m lekp_registry serve`` for an SQLite file and, when a DSN is
given (or LEKP_TEST_PG_DSN is set, see scripts/postgis.sh), for a fresh
PostGIS schema; runs the concurrent clients; checks nothing was lost or
duplicated; prints writes/s per store.  The PostGIS cluster of
scripts/postgis.sh runs with fsync off (a throwaway test cluster): each
printed figure says how durable its store's commits were.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lekp_registry.bench import check_registry, describe, run_load, serve


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--writes", type=int, default=200, help="writes per client")
    parser.add_argument("--pg-dsn", default=os.environ.get("LEKP_TEST_PG_DSN"))
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="lekp-bench-") as tmp:
        work = Path(tmp)
        dbs = [str(work / "bench.sqlite")]
        schema = None
        if args.pg_dsn:
            import psycopg

            schema = f"bench_{uuid.uuid4().hex[:10]}"
            with psycopg.connect(args.pg_dsn, autocommit=True) as conn:
                conn.execute(f"CREATE SCHEMA {schema}")
            sep = "&" if "?" in args.pg_dsn else "?"
            dbs.append(f"{args.pg_dsn}{sep}options=-csearch_path%3D{schema},public")
        else:
            print("postgis: skipped (no --pg-dsn and LEKP_TEST_PG_DSN unset)")
        try:
            for db in dbs:
                with serve(db, work) as (url, token):
                    res = run_load(url, token, args.clients, args.writes)
                    problems = check_registry(url, res.ids)
                fivexx = sum(v for s, v in res.statuses.items() if s >= 500)
                print(f"{describe(db)}: {res.writes} writes in {res.seconds:.1f} s = {res.per_second:.0f} writes/s"
                      f" ({args.clients} clients x {args.writes}); statuses {dict(res.statuses)};"
                      f" 5xx {fivexx}; problems {problems or 'none'}")
                ok = ok and not problems and not fivexx and res.writes == args.clients * args.writes
        finally:
            if schema:
                with psycopg.connect(args.pg_dsn, autocommit=True) as conn:
                    conn.execute(f"DROP SCHEMA {schema} CASCADE")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
