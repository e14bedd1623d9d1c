"""Load generator for the registry: many concurrent clients, bounded writes, loopback only.

Used by ``scripts/bench_registry.py`` and the slow load test.  Each client
creates its share of features with client ids (points on a grid so no two are
duplicates), then the run checks the registry: every feature there exactly
once, the changes feed complete and gap-free, no 5xx.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import httpx

from .auth import key_entry_toml

L72_HEADERS = {"Content-Crs": "<http://www.opengis.net/def/crs/EPSG/0/31370>"}
ITEMS = "/collections/verbeteringen/items"
BATCH = "/collections/verbeteringen/batch"
#: Herzele (41027): a point well inside, the grid's origin.
ORIGIN = (116700.0, 173200.0)
GEMEENTE = "41027"


@dataclass
class LoadResult:
    writes: int
    seconds: float
    statuses: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return self.writes / self.seconds if self.seconds else 0.0


def _feature(fid: str, n: int, spacing: float = 4.0, origin: tuple[float, float] = ORIGIN,
             gemeente: str = GEMEENTE) -> dict:
    row, col = divmod(n, 120)
    return {"type": "Feature", "id": fid,
            "geometry": {"type": "Point", "coordinates": [origin[0] + col * spacing, origin[1] + row * spacing]},
            "properties": {"gemeente_nis": gemeente, "projectnaam": f"load {n}", "categorie": "boom",
                           "aard": "aanleg", "hoeveelheid": 1, "status": "uitgevoerd",
                           "uitvoeringsdatum": "2024-05-01", "domein": "publiek", "opgelegd": False,
                           "bron": "import"}}


def run_load(url: str, token: str, clients: int = 50, writes: int = 200, deadline_s: float = 600, *,
             mode: str = "single", batch_size: int = 200, origin: tuple[float, float] = ORIGIN,
             gemeente: str = GEMEENTE, offset: int = 0) -> LoadResult:
    """``clients`` threads each write ``writes`` features (with Idempotency-Keys); retried on transport errors.

    ``mode``: ``single`` (one POST per feature), ``batch`` (``batch_size``
    creates per POST to the batch endpoint; ``writes`` counts features) or
    ``baseline`` (the same requests as ``single``, sent with OPTIONS: the
    server reads them and answers ``Allow`` without touching the database,
    the HTTP ceiling of the machine).  ``offset`` shifts the grid (several
    runs on one database).
    """
    if mode not in ("single", "batch", "baseline"):
        raise ValueError(mode)
    result = LoadResult(0, 0.0)
    lock = threading.Lock()
    stop_at = time.monotonic() + deadline_s
    barrier = threading.Barrier(clients)

    host, port = urlparse(url).hostname, urlparse(url).port

    def client(k: int) -> None:
        # stdlib http.client: a light client, so the clients leave the CPU to the server
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/geo+json", **L72_HEADERS}
        conn = http.client.HTTPConnection(host, port, timeout=60)
        try:
            barrier.wait(timeout=60)
            step = batch_size if mode == "batch" else 1
            for i in range(0, writes, step):
                n = offset + k * writes + i
                if mode == "batch":
                    fids = [str(uuid.uuid4()) for _ in range(min(step, writes - i))]
                    body = json.dumps({"atomic": False, "operations": [
                        {"op": "create", "id": f, "feature": _feature(f, n + j, origin=origin, gemeente=gemeente),
                         "idempotency_key": f"load-{f}"} for j, f in enumerate(fids)]}).encode()
                    method, path, fid = "POST", BATCH, fids[0]
                else:
                    fid = str(uuid.uuid4())
                    fids = [fid]
                    body = json.dumps(_feature(fid, n, origin=origin, gemeente=gemeente)).encode()
                    method, path = ("OPTIONS" if mode == "baseline" else "POST"), ITEMS
                for attempt in range(3):  # bounded retries, replayed safely by the key
                    if time.monotonic() > stop_at:
                        with lock:
                            result.errors.append("deadline reached")
                        return
                    try:
                        conn.request(method, path, body, {**headers, "Idempotency-Key": f"load-{fid}"})
                        resp = conn.getresponse()
                        text = resp.read()
                    except (OSError, http.client.HTTPException) as exc:
                        conn.close()
                        conn = http.client.HTTPConnection(host, port, timeout=60)
                        with lock:
                            result.errors.append(f"{type(exc).__name__} (attempt {attempt + 1})")
                        continue
                    with lock:
                        if mode == "batch" and resp.status == 200:
                            for res in json.loads(text)["results"]:
                                result.statuses[res["status"]] += 1
                                if res["status"] == 201:
                                    result.ids.append(res["id"])
                                else:
                                    result.errors.append(f"{res['status']}: {str(res.get('problem'))[:200]}")
                            break
                        result.statuses[resp.status] += len(fids)
                        if resp.status == 201 or (mode == "baseline" and resp.status in (200, 204)):
                            result.ids.extend(fids)
                        else:
                            result.errors.append(f"{resp.status}: {text[:200]!r}")
                    break
        finally:
            conn.close()

    threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(1.0, stop_at - time.monotonic() + 5))
    result.seconds = time.monotonic() - start
    result.writes = sum(v for s, v in result.statuses.items() if s in ((200, 204) if mode == "baseline" else (201,)))
    return result


def check_registry(url: str, expected_ids: list[str]) -> list[str]:
    """Problems found when reading everything back (empty list: all good)."""
    problems = []
    with httpx.Client(base_url=url, timeout=60) as c:
        seen: list[str] = []
        next_url: str | None = f"{ITEMS}?limit=5000"
        pages = 0
        while next_url and pages < 1000:
            r = c.get(next_url)
            if r.status_code != 200:
                return [f"reading items failed: {r.status_code} {r.text[:200]}"]
            page = r.json()
            seen += [f["id"] for f in page["features"]]
            links = [link["href"] for link in page["links"] if link["rel"] == "next"]
            next_url = links[0] if links else None
            pages += 1
        dupes = [i for i, n in Counter(seen).items() if n > 1]
        if dupes:
            problems.append(f"{len(dupes)} duplicated features in items")
        missing = set(expected_ids) - set(seen)
        if missing:
            problems.append(f"{len(missing)} acknowledged writes missing")
        extra = set(seen) - set(expected_ids)
        if extra:
            problems.append(f"{len(extra)} unexpected features")
        cursor, seqs, feed_ids, rounds = 0, [], [], 0
        while rounds < 1000:
            r = c.get("/collections/verbeteringen/changes", params={"since": cursor, "limit": 5000})
            if r.status_code != 200:
                return [*problems, f"reading the changes feed failed: {r.status_code} {r.text[:200]}"]
            page = r.json()
            seqs += [e["seq"] for e in page["changes"]]
            feed_ids += [e["id"] for e in page["changes"]]
            cursor = page["next"]
            rounds += 1
            if not page["more"]:
                break
        if seqs != sorted(seqs) or len(set(seqs)) != len(seqs):
            problems.append("changes feed out of order or with repeated cursors")
        if sorted(feed_ids) != sorted(set(seen)):
            problems.append("changes feed does not match the items")
    return problems


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(db: str, workdir: Path, token: str = "lekp_bench_token", *, workers: int = 1,
          gemeente: str = GEMEENTE, rol: str = "invoerder", pids: list[int] | None = None,
          ) -> Iterator[tuple[str, str]]:
    """A registry subprocess on 127.0.0.1 for ``db`` (``workers`` processes); yields (url, token).

    ``pids`` (when given) gets the server's process id, for :func:`cpu_seconds`.
    """
    auth = workdir / "bench-auth.toml"
    auth.write_text("public_read = true\n" + key_entry_toml("bench", token, gemeente, rol))
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (workdir / "bench-serve.log").open("w")
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen([sys.executable, "-m", "lekp_registry", "serve", "--db", db, "--port", str(port),
                             "--auth", str(auth), "--log-level", "warning", "--workers", str(workers)],
                            cwd=root, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    if pids is not None:
        pids.append(proc.pid)
    try:
        wait = 30 + 30 * workers
        deadline = time.monotonic() + wait
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"registry exited early, see {log.name}")
            try:
                if httpx.get(url + "/", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"registry did not start within {wait:.0f} s")
            time.sleep(0.2)
        yield url, token
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def describe(db: str) -> str:
    """The store behind ``db`` and how durable its commits are, for any printed throughput."""
    if db.startswith("postgres"):
        return f"postgis ({urlparse(db).hostname}:{urlparse(db).port}; {durability(db)})"
    return "sqlite (WAL, synchronous=NORMAL)"


def durability(dsn: str) -> str:
    """``fsync``/``synchronous_commit`` of a PostgreSQL server, with a warning when commits are not durable.

    The test cluster of ``scripts/postgis.sh`` runs with ``fsync = off``: its
    throughput is higher than a durable production server's.
    """
    import psycopg

    try:
        with psycopg.connect(dsn, connect_timeout=10) as conn:
            fsync = conn.execute("SHOW fsync").fetchone()[0]
            sync = conn.execute("SHOW synchronous_commit").fetchone()[0]
    except psycopg.Error as exc:
        return f"durability unknown: {type(exc).__name__}"
    text = f"fsync {fsync}, synchronous_commit {sync}"
    if fsync == "off" or sync == "off":
        text += ": NOT durable (test cluster), a production server writes slower"
    return text


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of a process and all its descendants so far; None off Linux.

    On a shared machine throughput moves with the other jobs; CPU time per
    write moves much less, so the benchmarks print both.
    """
    try:
        children: dict[int, list[int]] = {}
        stat: dict[int, tuple[float, int]] = {}
        tick = os.sysconf("SC_CLK_TCK")
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            ppid = int(fields[1])
            children.setdefault(ppid, []).append(int(entry))
            stat[int(entry)] = ((int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])) / tick,
                                ppid)
    except (OSError, ValueError, AttributeError):
        return None
    if pid not in stat:
        return None
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += stat.get(p, (0.0, 0))[0]
        todo += children.get(p, [])
    return total


def postmaster_pid(dsn: str) -> int | None:
    """The PostgreSQL server's process id (its backends are its children), if this user may see it."""
    import psycopg

    try:
        with psycopg.connect(dsn, connect_timeout=10) as conn:
            data = conn.execute("SHOW data_directory").fetchone()[0]
        with open(Path(data) / "postmaster.pid") as f:
            return int(f.readline())
    except (psycopg.Error, OSError, ValueError):
        return None
