"""The embedded store: one SQLite file in WAL mode, stdlib :mod:`sqlite3` only.

Geometries are WKB in EPSG:31370; their envelopes live in an R*Tree (built
into SQLite), so a bbox query finds candidates by index and keeps those whose
exact geometry intersects, with shapely.
Each thread has its own connection; write transactions take a process lock
before ``BEGIN IMMEDIATE`` so that concurrent writers queue instead of spinning
in SQLite's busy handler.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import shapely
from shapely.geometry import box

from .. import aggregates
from ..privacy import GRID_REACH, PRIVATE, generalized_point
from ..wkb import point_xy
from . import index_values
from .base import (
    AGGREGATE_COLUMNS,
    Gemeente,
    Query,
    Record,
    Store,
    StoredResponse,
    WriteTx,
    attribute_clauses,
    departure,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS registry_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS verbeteringen (
    id TEXT PRIMARY KEY,
    versie INTEGER NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    deleted INTEGER NOT NULL DEFAULT 0,
    gemeente_nis TEXT, gemeente_2025 TEXT, categorie TEXT, status TEXT, aard TEXT,
    domein TEXT, bron TEXT, opgelegd INTEGER, projectnaam TEXT, uitvoeringsdatum TEXT,
    properties TEXT NOT NULL,
    geom BLOB, minx REAL, miny REAL, maxx REAL, maxy REAL
);
CREATE INDEX IF NOT EXISTS verbeteringen_gemeente_seq ON verbeteringen (gemeente_2025, seq);
DROP INDEX IF EXISTS verbeteringen_gemeente;
CREATE VIRTUAL TABLE IF NOT EXISTS verbeteringen_rtree USING rtree (rid, minx, maxx, miny, maxy);
CREATE TABLE IF NOT EXISTS idempotency (
    scope TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL,
    status INTEGER NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL, gemeente TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (scope, key)
);
CREATE TABLE IF NOT EXISTS departures (
    gemeente_2025 TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, versie INTEGER NOT NULL,
    gemeente_nis TEXT, moved_to TEXT,
    PRIMARY KEY (gemeente_2025, id)
);
CREATE INDEX IF NOT EXISTS departures_seq ON departures (gemeente_2025, seq);
CREATE TABLE IF NOT EXISTS gemeenten (
    nis TEXT PRIMARY KEY, naam TEXT NOT NULL, inwoners INTEGER, referentiejaar INTEGER,
    bron TEXT, geom BLOB, minx REAL, miny REAL, maxx REAL, maxy REAL
);
CREATE INDEX IF NOT EXISTS verbeteringen_live_gemeente ON verbeteringen (gemeente_2025, id) WHERE deleted = 0;
CREATE TABLE IF NOT EXISTS voortgang_totalen (
    gemeente_2025 TEXT NOT NULL, parameter TEXT NOT NULL, bucket TEXT NOT NULL, jaar INTEGER NOT NULL,
    hoeveelheid REAL NOT NULL, aantal INTEGER NOT NULL,
    PRIMARY KEY (gemeente_2025, parameter, bucket, jaar)
);
INSERT OR IGNORE INTO registry_meta (key, value) VALUES ('seq', '0');
INSERT OR IGNORE INTO registry_meta (key, value) VALUES ('schema_version', '1');
"""

_RECORD_COLS = "id, versie, seq, deleted, properties, geom"


def _envelope(wkb: bytes | None) -> tuple[float | None, ...]:
    if wkb is None:
        return (None, None, None, None)
    xy = point_xy(wkb)  # a tree: no shapely object needed
    if xy is not None:
        return (*xy, *xy)
    geom = shapely.from_wkb(wkb)
    if geom.is_empty:
        return (None, None, None, None)
    return tuple(float(v) for v in geom.bounds)


def _record(row: sqlite3.Row | tuple) -> Record:
    fid, versie, seq, deleted, props, geom = row
    return Record(fid, versie, seq, bool(deleted), json.loads(props), geom)


class _SqliteTx(WriteTx):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._seq: int | None = None
        #: The counter as stored (it is written back once, in finish()).
        self._seq_stored: int | None = None
        self._sp = 0
        #: Current records read or written in this transaction (for the aggregate deltas).
        self._known: dict[str, Record | None] = {}
        #: Aggregate deltas summed per key (written in finish()): [quantity, count, a step was negative].
        self._sums: dict[aggregates.Key, list] = {}

    def get(self, feature_id: str) -> Record | None:
        row = self.conn.execute(f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE id = ?",
                                (feature_id,)).fetchone()
        rec = _record(row) if row else None
        self._known[feature_id] = rec
        return rec

    def next_seq(self) -> int:
        if self._seq is None:
            self._seq = self._seq_stored = int(self.conn.execute(
                "SELECT value FROM registry_meta WHERE key = 'seq'").fetchone()[0])
        self._seq += 1
        return self._seq

    def finish(self) -> None:
        """Before the commit: the sequence counter and the summed aggregate deltas, once."""
        if self._seq is not None and self._seq != self._seq_stored:
            self.conn.execute("UPDATE registry_meta SET value = ? WHERE key = 'seq'", (str(self._seq),))
            self._seq_stored = self._seq
        sums = sorted((k, v) for k, v in self._sums.items() if v[0] != 0 or v[1] != 0 or v[2])
        if sums:
            self.conn.executemany(
                f"INSERT INTO voortgang_totalen ({AGGREGATE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (gemeente_2025, parameter, bucket, jaar) DO UPDATE SET"
                " hoeveelheid = voortgang_totalen.hoeveelheid + excluded.hoeveelheid,"
                " aantal = voortgang_totalen.aantal + excluded.aantal",
                [(*k, v[0], v[1]) for k, v in sums])
            # an emptied total goes (no float residue)
            self.conn.executemany("DELETE FROM voortgang_totalen WHERE gemeente_2025 = ? AND parameter = ?"
                                  " AND bucket = ? AND jaar = ? AND aantal <= 0",
                                  [k for k, v in sums if v[2] and v[1] <= 0])
        self._sums.clear()

    def put(self, record: Record) -> None:
        old = self._old_and_sum(record)
        cols = index_values(record)
        minx, miny, maxx, maxy = _envelope(record.geometry)
        if old is not None and index_values(old)["gemeente_2025"] != cols["gemeente_2025"]:
            self._departure(record, cols)
        self._upsert(record, cols, minx, miny, maxx, maxy, fresh=old is None)
        self._known[record.id] = record

    def _upsert(self, record: Record, cols: dict, minx, miny, maxx, maxy, *, fresh: bool = False) -> None:
        """The row and its R*Tree entry; ``fresh``: the id has no row yet (nor an entry to drop)."""
        rowid = self.conn.execute(
            "INSERT INTO verbeteringen (id, versie, seq, deleted, gemeente_nis,"
            " gemeente_2025, categorie, status, aard, domein, bron, opgelegd, projectnaam,"
            " uitvoeringsdatum, properties, geom, minx, miny, maxx, maxy)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET versie = excluded.versie, seq = excluded.seq,"
            " deleted = excluded.deleted, gemeente_nis = excluded.gemeente_nis,"
            " gemeente_2025 = excluded.gemeente_2025, categorie = excluded.categorie,"
            " status = excluded.status, aard = excluded.aard, domein = excluded.domein,"
            " bron = excluded.bron, opgelegd = excluded.opgelegd, projectnaam = excluded.projectnaam,"
            " uitvoeringsdatum = excluded.uitvoeringsdatum, properties = excluded.properties,"
            " geom = excluded.geom, minx = excluded.minx, miny = excluded.miny,"
            " maxx = excluded.maxx, maxy = excluded.maxy RETURNING rowid",
            (record.id, record.versie, record.seq, int(record.deleted), cols["gemeente_nis"],
             cols["gemeente_2025"], cols["categorie"], cols["status"], cols["aard"],
             cols["domein"], cols["bron"], cols["opgelegd"], cols["projectnaam"],
             cols["uitvoeringsdatum"], json.dumps(record.properties, ensure_ascii=False),
             record.geometry, minx, miny, maxx, maxy)).fetchone()[0]
        if not fresh:
            self.conn.execute("DELETE FROM verbeteringen_rtree WHERE rid = ?", (rowid,))
        if minx is not None and not record.deleted:
            self.conn.execute("INSERT INTO verbeteringen_rtree VALUES (?, ?, ?, ?, ?)",
                              (rowid, minx, maxx, miny, maxy))

    def idempotency_get(self, scope: str, key: str) -> StoredResponse | None:
        row = self.conn.execute(
            "SELECT request_hash, status, headers, body, gemeente FROM idempotency"
            " WHERE scope = ? AND key = ?", (scope, key)).fetchone()
        if row is None:
            return None
        return StoredResponse(row[0], row[1], json.loads(row[2]), bytes(row[3]), row[4])

    def idempotency_put(self, scope: str, key: str, response: StoredResponse) -> None:
        self.writes += 1
        self.conn.execute(
            "INSERT INTO idempotency (scope, key, request_hash, status, headers, body, gemeente)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (scope, key, response.request_hash, response.status, json.dumps(response.headers),
             response.body, response.gemeente))

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        self._sp += 1
        name = f"sp{self._sp}"
        seq_before = self._seq
        sums_before = {k: list(v) for k, v in self._sums.items()}
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
            self._seq = seq_before
            self._sums = sums_before
            self._known.clear()
            raise
        else:
            self.conn.execute(f"RELEASE {name}")


class SqliteStore(Store):
    kind = "sqlite"

    def __init__(self, path: str) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        conn = self._conn()
        conn.executescript(_SCHEMA)
        # databases made before idempotency records kept their gemeente
        if "gemeente" not in {r[1] for r in conn.execute("PRAGMA table_info(idempotency)")}:
            conn.execute("ALTER TABLE idempotency ADD COLUMN gemeente TEXT")
        # a database from before the aggregates: compute them once
        if conn.execute("SELECT 1 FROM registry_meta WHERE key = 'voortgang'").fetchone() is None:
            self.rebuild_voortgang()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                   timeout=60)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=60000")
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def write(self) -> Iterator[WriteTx]:
        conn = self._conn()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                tx = _SqliteTx(conn)
                yield tx
                tx.finish()
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")

    def get(self, feature_id: str) -> Record | None:
        row = self._conn().execute(f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE id = ?",
                                   (feature_id,)).fetchone()
        return _record(row) if row else None

    def _where(self, query: Query) -> tuple[str, list[Any]]:
        clauses, args = attribute_clauses(query, "?")
        clauses.insert(0, "deleted = 0")
        if query.after is not None:
            clauses.append("id > ?")
            args.append(query.after)
        if query.bbox is not None:
            clauses.append("rowid IN (SELECT rid FROM verbeteringen_rtree"
                           " WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?)")
            x0, y0, x1, y1 = query.bbox
            if query.restricted_for is not None:  # generalized points lie up to GRID_REACH outside
                x0, y0, x1, y1 = x0 - GRID_REACH, y0 - GRID_REACH, x1 + GRID_REACH, y1 + GRID_REACH
            args += [x0, x1, y0, y1]
        return " AND ".join(clauses), args

    def query(self, query: Query) -> tuple[list[Record], int | None]:
        where, args = self._where(query)
        conn = self._conn()
        keyset = query.after is not None
        cap = query.max_counted
        counted = query.count and not keyset
        if query.bbox is None:
            total = None
            if counted and cap is None:
                total = conn.execute(f"SELECT count(*) FROM verbeteringen WHERE {where}", args).fetchone()[0]
            elif counted:  # counting stops after the cap
                total = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM verbeteringen WHERE {where}"
                                     " LIMIT ?)", [*args, cap + 1]).fetchone()[0]
                total = None if total > cap else total
            more = keyset or (counted and total is None)  # one more row: is there a next page?
            rows = conn.execute(
                f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE {where} ORDER BY id LIMIT ? OFFSET ?",
                [*args, query.limit + more, 0 if keyset else query.offset]).fetchall()
            return [_record(r) for r in rows], total
        area = shapely.from_wkb(query.area) if query.area is not None else box(*query.bbox)
        shapely.prepare(area)
        rows = conn.execute(f"SELECT {_RECORD_COLS}, domein, gemeente_2025 FROM verbeteringen"
                            f" WHERE {where} ORDER BY id", args)
        restricted = query.restricted_for

        def hit(r) -> bool:
            if r[5] is None:
                return False
            if restricted is not None and r[6] == PRIVATE and r[7] != restricted:
                point = generalized_point(r[5])
                return point is not None and area.intersects(point)
            return area.intersects(shapely.from_wkb(r[5]))

        if keyset:
            page = []
            for r in rows:
                if hit(r):
                    page.append(r)
                    if len(page) > query.limit:
                        break
            return [_record(r[:6]) for r in page], None
        hits = [r for r in rows if hit(r)]
        total = len(hits) if cap is None or len(hits) <= cap else None
        page = hits[query.offset:query.offset + query.limit + (total is None)]
        return [_record(r[:6]) for r in page], total

    def near(self, boxes: list[tuple[float, float, float, float]], limit: int) -> list[list[Record]]:
        # the R*Tree's candidates first: most boxes of a write have none, and need no shapely box
        conn = self._conn()
        out: list[list[Record]] = []
        for x0, y0, x1, y1 in boxes:
            rows = conn.execute(
                f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE deleted = 0 AND rowid IN"
                " (SELECT rid FROM verbeteringen_rtree WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?)"
                " ORDER BY id", (x0, x1, y0, y1)).fetchall()
            if rows:
                area = box(x0, y0, x1, y1)
                rows = [r for r in rows if r[5] is not None and area.intersects(shapely.from_wkb(r[5]))][:limit]
            out.append([_record(r) for r in rows])
        return out

    def changes(self, since: int, limit: int, gemeente_2025: str | None = None) -> list[Record]:
        if gemeente_2025 is None:
            rows = self._conn().execute(
                f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE seq > ? ORDER BY seq LIMIT ?",
                (since, limit)).fetchall()
            return [_record(r) for r in rows]
        rows = self._conn().execute(
            f"SELECT {_RECORD_COLS}, NULL FROM verbeteringen WHERE seq > ? AND gemeente_2025 = ?"
            " UNION ALL SELECT id, versie, seq, 1, gemeente_nis, NULL, moved_to FROM departures"
            " WHERE seq > ? AND gemeente_2025 = ? ORDER BY seq LIMIT ?",
            (since, gemeente_2025, since, gemeente_2025, limit)).fetchall()
        return [_record(r[:6]) if r[6] is None else departure(*r[:3], r[4], r[6]) for r in rows]

    def last_seq(self) -> int:
        return int(self._conn().execute(
            "SELECT value FROM registry_meta WHERE key = 'seq'").fetchone()[0])

    def count(self) -> int:
        return self._conn().execute("SELECT count(*) FROM verbeteringen WHERE deleted = 0").fetchone()[0]

    def extent(self) -> tuple[float, float, float, float] | None:
        row = self._conn().execute(
            "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM verbeteringen WHERE deleted = 0"
        ).fetchone()
        return None if row[0] is None else tuple(row)

    def features_of_gemeente(self, nis_2025: str) -> Iterator[Record]:
        rows = self._conn().execute(
            f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE deleted = 0 AND gemeente_2025 = ?"
            " ORDER BY id", (nis_2025,)).fetchall()
        return (_record(r) for r in rows)

    def voortgang_rows(self, gemeenten: list[str] | None = None) -> list[aggregates.Row]:
        sql = f"SELECT {AGGREGATE_COLUMNS} FROM voortgang_totalen"
        if gemeenten is not None:
            if not gemeenten:
                return []
            sql += f" WHERE gemeente_2025 IN ({', '.join('?' * len(gemeenten))})"
        return [tuple(r) for r in self._conn().execute(sql + " ORDER BY gemeente_2025, parameter, bucket, jaar",
                                                                gemeenten or ())]

    def rebuild_voortgang(self) -> tuple[int, int]:
        summer = aggregates.Summer()
        conn = self._conn()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for props, geom in conn.execute("SELECT properties, geom FROM verbeteringen WHERE deleted = 0"):
                    summer.add(json.loads(props), geom)
                rows = summer.rows()
                conn.execute("DELETE FROM voortgang_totalen")
                conn.executemany(f"INSERT INTO voortgang_totalen ({AGGREGATE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                                 rows)
                conn.execute("INSERT OR REPLACE INTO registry_meta (key, value) VALUES ('voortgang', '1')")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        return summer.features, len(rows)

    def list_gemeenten(self) -> list[Gemeente]:
        rows = self._conn().execute(
            "SELECT nis, naam, inwoners, referentiejaar, bron, NULL FROM gemeenten ORDER BY nis").fetchall()
        return [Gemeente(*r) for r in rows]

    def put_gemeente(self, gemeente: Gemeente) -> None:
        minx, miny, maxx, maxy = _envelope(gemeente.geometry)
        conn = self._conn()
        with self._write_lock:
            conn.execute(
                "INSERT OR REPLACE INTO gemeenten (nis, naam, inwoners, referentiejaar, bron, geom,"
                " minx, miny, maxx, maxy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (gemeente.nis, gemeente.naam, gemeente.inwoners, gemeente.referentiejaar,
                 gemeente.bron, gemeente.geometry, minx, miny, maxx, maxy))

    def get_gemeente(self, nis: str) -> Gemeente | None:
        row = self._conn().execute(
            "SELECT nis, naam, inwoners, referentiejaar, bron, geom FROM gemeenten WHERE nis = ?",
            (nis,)).fetchone()
        return Gemeente(*row) if row else None

    def query_gemeenten(self, bbox, limit, offset, area=None):
        clauses, args = "1 = 1", []
        if bbox is not None:
            clauses = "maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?"
            args = [bbox[0], bbox[2], bbox[1], bbox[3]]
        rows = self._conn().execute(
            f"SELECT nis, naam, inwoners, referentiejaar, bron, geom FROM gemeenten WHERE {clauses}"
            " ORDER BY nis", args).fetchall()
        items = [Gemeente(*r) for r in rows]
        if bbox is not None:
            shape = shapely.from_wkb(area) if area is not None else box(*bbox)
            items = [g for g in items if g.geometry and shapely.from_wkb(g.geometry).intersects(shape)]
        return items[offset:offset + limit], len(items)

    def close(self) -> None:
        with self._all_lock:
            for conn in self._all:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._all.clear()
        self._local = threading.local()
