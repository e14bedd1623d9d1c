#!/usr/bin/env python3
"""Write throughput of the registry per store, against the HTTP ceiling of this machine; loopback only.

    .venv/bin/python scripts/bench_registry.py            # everything, one command
        [--clients 50] [--writes 40] [--batch-writes 200] [--batch-size 200] [--workers 3]
        [--pg-dsn DSN] [--fsync both|as-is] [--stores sqlite,postgis]

For each store (an SQLite file; a fresh PostGIS schema per run) it starts
``python -m lekp_registry serve`` and runs ``--clients`` concurrent clients:

* **baseline**: the same requests as the single writes, sent with OPTIONS to
  the items endpoint of the same server, which answers without touching the
  database: the ceiling of the HTTP stack and this load generator here;
* **single**: one POST per feature (with an Idempotency-Key);
* **batch**: POSTs of ``--batch-size`` creates to the batch endpoint.

PostGIS runs with 1 and with ``--workers`` server processes, on the cluster of
``--pg-dsn`` or ``LEKP_TEST_PG_DSN``; without either, ``scripts/postgis.sh
start`` starts the test cluster (and leaves it running).  That cluster runs with
``fsync`` and ``synchronous_commit`` off; with ``--fsync both`` (default, needs a
superuser DSN such as the test cluster's) the PostGIS runs are repeated with
both on (``ALTER SYSTEM`` + reload, reset after).  Each run checks that nothing
was lost or duplicated (items and changes feed) and counts errors.

Besides throughput it prints the CPU time per request or feature of the
server processes and of the PostgreSQL cluster (from ``/proc``): on a shared
machine throughput moves with the other jobs, CPU time per write much less.
At the end a table, and whether the targets of issue 16 hold: with 50 clients
and fsync off, single writes >= 700/s on PostGIS, batch writes >= 5,000
features/s on both stores, 0 errors.  Exit status 0 only when every run was
error-free and complete (the targets are reported, not enforced).
Figures measured are in ``lekp_registry/README.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lekp_registry.bench import (  # noqa: E402
    check_registry,
    cpu_seconds,
    describe,
    durability,
    postmaster_pid,
    run_load,
    serve,
)

#: Issue 16's targets (50 clients, fsync off).
SINGLE_TARGET_PG = 700
BATCH_TARGET = 5000


@dataclass
class Run:
    store: str  # "sqlite" | "postgis"
    workers: int
    durable: str  # "n/a" | "off" | "on"
    rates: dict[str, float] = field(default_factory=dict)
    #: CPU milliseconds per request/feature: mode -> (server, postgres or None)
    cpu: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    errors: int = 0
    complete: bool = True


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


def _delta(before: float | None, after: float | None, n: int) -> float | None:
    return None if before is None or after is None or not n else 1000 * (after - before) / n


def run_store(db: str, work: Path, args, workers: int, run: Run) -> Run:
    label = f"{describe(db)}, {workers} worker{'s' if workers > 1 else ''}"
    pids: list[int] = []
    pg = postmaster_pid(db) if db.startswith("postgres") else None
    with serve(db, work, workers=workers, pids=pids) as (url, token):
        if workers > 1:
            time.sleep(2)  # every worker listening
        runs = [("baseline", "baseline (OPTIONS)", args.writes, 1),
                ("single", "single writes", args.writes, 1),
                ("batch", f"batch writes ({args.batch_size}/batch)", args.batch_writes, args.batch_size)]
        ids: list[str] = []
        offset = 0
        for mode, what, writes, size in runs:
            s0, p0 = cpu_seconds(pids[0]), cpu_seconds(pg) if pg else None
            res = run_load(url, token, args.clients, writes, mode=mode, batch_size=size, offset=offset)
            s1, p1 = cpu_seconds(pids[0]), cpu_seconds(pg) if pg else None
            offset += args.clients * writes
            if mode != "baseline":
                ids += res.ids
            bad = {s: v for s, v in res.statuses.items() if s not in (200, 201, 204)}
            unit = "requests" if mode == "baseline" else "features"
            run.rates[mode] = res.per_second
            run.cpu[mode] = (_delta(s0, s1, res.writes), _delta(p0, p1, res.writes))
            run.errors += len(res.errors)
            run.complete = run.complete and not bad and res.writes == args.clients * writes
            server_ms, pg_ms = run.cpu[mode]
            cpu = "" if server_ms is None else f"; CPU per {unit[:-1]}: server {server_ms:.2f} ms" + (
                "" if pg_ms is None else f", PostgreSQL {pg_ms:.2f} ms")
            print(f"  {label}: {what}: {res.writes} {unit} in {res.seconds:.1f} s = {res.per_second:,.0f}/s"
                  f" ({args.clients} clients); errors {len(res.errors)}" + (f" {dict(bad)}" if bad else "")
                  + cpu, flush=True)
        problems = check_registry(url, ids)
        print(f"  {label}: read back: {problems or 'every write there once, changes feed complete'}", flush=True)
    run.complete = run.complete and not problems
    return run


def start_test_cluster() -> str:
    out = subprocess.run(["bash", str(ROOT / "scripts" / "postgis.sh"), "start"], check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()
    return out[-1]


def table(runs: list[Run]) -> str:
    def ms(v: tuple[float | None, float | None] | None) -> str:
        if v is None or v[0] is None:
            return "–"
        return f"{v[0]:.2f}" + ("" if v[1] is None else f" + {v[1]:.2f}")

    lines = ["| store | fsync | workers | baseline (OPTIONS) | single writes | batch writes"
             " | CPU ms per single write (server + PostgreSQL) | CPU ms per batch feature | errors |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in runs:
        lines.append(
            f"| {'SQLite (WAL, synchronous NORMAL)' if r.store == 'sqlite' else 'PostGIS'} | {r.durable}"
            f" | {r.workers} | {r.rates.get('baseline', 0):,.0f} req/s | {r.rates.get('single', 0):,.0f} /s"
            f" | {r.rates.get('batch', 0):,.0f} features/s | {ms(r.cpu.get('single'))} | {ms(r.cpu.get('batch'))}"
            f" | {r.errors}{'' if r.complete else ' (incomplete!)'} |")
    return "\n".join(lines)


def verdict(runs: list[Run]) -> list[str]:
    out = []
    fast_pg = [r for r in runs if r.store == "postgis" and r.durable == "off"]
    if fast_pg:
        best = max(fast_pg, key=lambda r: r.rates.get("single", 0))
        ok = best.rates.get("single", 0) >= SINGLE_TARGET_PG
        out.append(f"single writes on PostGIS (fsync off) >= {SINGLE_TARGET_PG}/s: {'yes' if ok else 'NO'}"
                   f" ({best.rates.get('single', 0):,.0f}/s with {best.workers} worker(s))")
    for store in ("sqlite", "postgis"):
        cands = [r for r in runs if r.store == store and r.durable in ("n/a", "off")]
        if cands:
            best = max(cands, key=lambda r: r.rates.get("batch", 0))
            ok = best.rates.get("batch", 0) >= BATCH_TARGET
            out.append(f"batch writes on {store} >= {BATCH_TARGET:,} features/s: {'yes' if ok else 'NO'}"
                       f" ({best.rates.get('batch', 0):,.0f}/s" + (f" with {best.workers} worker(s))"
                                                                    if store == "postgis" else ")"))
    errors = sum(r.errors for r in runs)
    out.append(f"0 errors, nothing lost: {'yes' if errors == 0 and all(r.complete for r in runs) else 'NO'}"
               f" ({errors} errors)")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--writes", type=int, default=40, help="single writes per client")
    parser.add_argument("--batch-writes", type=int, default=200, help="features per client in batches")
    parser.add_argument("--batch-size", type=int, default=200, help="features per batch request")
    parser.add_argument("--workers", type=int, default=3, help="server processes for the second PostGIS run")
    parser.add_argument("--pg-dsn", default=os.environ.get("LEKP_TEST_PG_DSN"),
                        help="default: LEKP_TEST_PG_DSN, else the test cluster of scripts/postgis.sh")
    parser.add_argument("--fsync", choices=("both", "as-is"), default="both",
                        help="also run PostGIS with fsync and synchronous_commit on")
    parser.add_argument("--stores", default="sqlite,postgis", help="comma-separated: sqlite, postgis")
    args = parser.parse_args()
    stores = {s.strip() for s in args.stores.split(",") if s.strip()}
    runs: list[Run] = []
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())} on {os.cpu_count()} CPUs",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="lekp-bench-") as tmp:
        work = Path(tmp)
        if "sqlite" in stores:
            print("sqlite:")
            runs.append(run_store(str(work / "bench.sqlite"), work, args, 1, Run("sqlite", 1, "n/a")))
        if "postgis" in stores:
            dsn = args.pg_dsn
            if not dsn:
                print("postgis: starting the test cluster (scripts/postgis.sh start; left running)", flush=True)
                dsn = start_test_cluster()
            fsync = "off" if "fsync off" in durability(dsn) else "on"
            print(f"postgis ({durability(dsn)}):")
            for workers in sorted({1, args.workers}):
                with pg_schema(dsn) as db:
                    runs.append(run_store(db, work, args, workers, Run("postgis", workers, fsync)))
            if args.fsync == "both" and fsync == "off":
                print("postgis, fsync on:")
                with durable(dsn):
                    for workers in sorted({1, args.workers}):
                        with pg_schema(dsn) as db:
                            runs.append(run_store(db, work, args, workers, Run("postgis", workers, "on")))
    print(f"\nload average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}; {args.clients} clients\n")
    print(table(runs))
    print()
    for line in verdict(runs):
        print(line)
    return 0 if all(r.errors == 0 and r.complete for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
