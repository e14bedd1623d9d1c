"""The production store: PostgreSQL with PostGIS (psycopg 3 and a connection pool).

Same tables and semantics as the SQLite store, with a real geometry column
(EPSG:31370, GiST index) so bbox queries use ``&&`` and ``ST_Intersects``.
A write transaction (:mod:`.pgwrite`) first takes
transaction-scoped advisory locks on the feature ids (and idempotency keys)
it will write, reads what it needs, and sends its writes, the commit sequence
and the ``COMMIT`` together at the end; see that module for why the changes
feed stays in commit order and writers cannot deadlock.  The schema comes
from the connection's ``search_path`` (tests give each run its own schema).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg_pool import ConnectionPool

from .. import aggregates
from ..privacy import GRID, GRID_REACH
from .base import (
    AGGREGATE_COLUMNS,
    Gemeente,
    Query,
    Record,
    Store,
    StoreError,
    WriteTx,
    attribute_clauses,
    departure,
)
from .pgwrite import PgWriteTx

_SCHEMA = """
CREATE TABLE IF NOT EXISTS registry_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS verbeteringen (
    id text PRIMARY KEY,
    versie integer NOT NULL,
    seq bigint NOT NULL UNIQUE,
    deleted boolean NOT NULL DEFAULT false,
    gemeente_nis text, gemeente_2025 text, categorie text, status text, aard text,
    domein text, bron text, opgelegd integer, projectnaam text, uitvoeringsdatum text,
    properties text NOT NULL,
    geom geometry(Geometry, 31370)
);
CREATE INDEX IF NOT EXISTS verbeteringen_gemeente_seq ON verbeteringen (gemeente_2025, seq);
DROP INDEX IF EXISTS verbeteringen_gemeente;
CREATE INDEX IF NOT EXISTS verbeteringen_geom ON verbeteringen USING gist (geom);
CREATE TABLE IF NOT EXISTS idempotency (
    scope text NOT NULL, key text NOT NULL, request_hash text NOT NULL,
    status integer NOT NULL, headers text NOT NULL, body bytea NOT NULL, gemeente text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
CREATE TABLE IF NOT EXISTS departures (
    gemeente_2025 text NOT NULL, id text NOT NULL, seq bigint NOT NULL, versie integer NOT NULL,
    gemeente_nis text, moved_to text,
    PRIMARY KEY (gemeente_2025, id)
);
CREATE INDEX IF NOT EXISTS departures_seq ON departures (gemeente_2025, seq);
CREATE TABLE IF NOT EXISTS gemeenten (
    nis text PRIMARY KEY, naam text NOT NULL, inwoners integer, referentiejaar integer,
    bron text, geom geometry(MultiPolygon, 31370)
);
ALTER TABLE idempotency ADD COLUMN IF NOT EXISTS gemeente text;
CREATE INDEX IF NOT EXISTS verbeteringen_live_gemeente ON verbeteringen (gemeente_2025, id) WHERE NOT deleted;
CREATE TABLE IF NOT EXISTS voortgang_totalen (
    gemeente_2025 text NOT NULL, parameter text NOT NULL, bucket text NOT NULL, jaar integer NOT NULL,
    hoeveelheid double precision NOT NULL, aantal bigint NOT NULL,
    PRIMARY KEY (gemeente_2025, parameter, bucket, jaar)
);
INSERT INTO registry_meta (key, value) VALUES ('seq', '0') ON CONFLICT DO NOTHING;
INSERT INTO registry_meta (key, value) VALUES ('schema_version', '1') ON CONFLICT DO NOTHING;
"""

_RECORD_COLS = "id, versie, seq, deleted, properties, ST_AsBinary(geom)"
#: The record columns of ``verbeteringen v`` (in a join).
_PAGE_COLS = "v.id, v.versie, v.seq, v.deleted, v.properties, ST_AsBinary(v.geom)"
_GEMEENTE_COLS = "nis, naam, inwoners, referentiejaar, bron, ST_AsBinary(geom)"


def _record(row) -> Record:
    fid, versie, seq, deleted, props, geom = row
    return Record(fid, versie, seq, bool(deleted), json.loads(props),
                  bytes(geom) if geom is not None else None)


def _gemeente(row) -> Gemeente:
    nis, naam, inwoners, jaar, bron, geom = row
    return Gemeente(nis, naam, inwoners, jaar, bron, bytes(geom) if geom is not None else None)


def _configure(conn: psycopg.Connection) -> None:
    # No JIT and no parallel workers: the registry's statements are short and many run at
    # once.  PostGIS functions' high cost estimates made PostgreSQL compile a bbox page's
    # filter (9 ms, up to 1.6 s for a whole-table aggregate) and split an anonymous reader's
    # bbox page (private features matched by their generalized point) over two workers:
    # 44-59 ms instead of 20-28 ms at 6.4 million features on a busy 2-core machine.
    conn.execute("SET jit = off")
    conn.execute("SET max_parallel_workers_per_gather = 0")


class PostgisStore(Store):
    kind = "postgis"

    def __init__(self, dsn: str, *, min_size: int = 1, max_size: int = 40) -> None:
        self.dsn = dsn
        try:
            self.pool = ConnectionPool(dsn, min_size=min_size, max_size=max_size, open=True,
                                       kwargs={"autocommit": True}, timeout=60, configure=_configure)
            self.pool.wait(timeout=30)
            with self.pool.connection() as conn, conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(7340031)")  # one schema creator at a time
                conn.execute(_SCHEMA)
                fresh = conn.execute("SELECT 1 FROM registry_meta WHERE key = 'voortgang'").fetchone() is None
            if fresh:  # a database from before the aggregates: compute them once
                self.rebuild_voortgang()
        except (psycopg.Error, TimeoutError) as exc:
            raise StoreError(f"PostGIS store not available: {type(exc).__name__}: {exc}") from exc

    @contextmanager
    def _conn(self) -> Iterator[psycopg.Connection]:
        try:
            with self.pool.connection() as conn:
                yield conn
        except psycopg.OperationalError as exc:
            raise StoreError(str(exc)) from exc

    @contextmanager
    def write(self) -> Iterator[WriteTx]:
        # pipeline mode: reads in one round trip, the writes and the commit in another (pgwrite)
        with self._conn() as conn:
            with conn.pipeline(), conn.transaction():
                tx = PgWriteTx(conn)
                yield tx
                tx.finish()
            tx.committed()

    def get(self, feature_id: str) -> Record | None:
        with self._conn() as conn:
            row = conn.execute(f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE id = %s",
                               (feature_id,)).fetchone()
        return _record(row) if row else None

    def query(self, query: Query) -> tuple[list[Record], int | None]:
        clauses, args = attribute_clauses(query, "%s")
        clauses.insert(0, "NOT deleted")
        keyset = query.after is not None
        counted = query.count and not keyset
        if keyset:
            clauses.append("id > %s")
            args.append(query.after)
        if query.bbox is not None:
            x0, y0, x1, y1 = query.bbox
            exact = ("ST_GeomFromWKB(%s, 31370)" if query.area is not None
                     else "ST_MakeEnvelope(%s, %s, %s, %s, 31370)")
            area_args = [query.area] if query.area is not None else [*query.bbox]
            if query.restricted_for is None:
                clauses.append(f"geom && ST_MakeEnvelope(%s, %s, %s, %s, 31370) AND ST_Intersects(geom, {exact})")
                args += [x0, y0, x1, y1, *area_args]
            else:
                # hidden private features match by their generalized point (lekp_registry.privacy)
                r = GRID_REACH
                clauses.append("geom && ST_MakeEnvelope(%s, %s, %s, %s, 31370) AND CASE WHEN"
                               " COALESCE(domein, '') = 'privaat' AND gemeente_2025 IS DISTINCT FROM %s"
                               f" THEN ST_Intersects(ST_SnapToGrid(ST_Centroid(geom), {GRID}), {exact})"
                               f" ELSE ST_Intersects(geom, {exact}) END")
                args += [x0 - r, y0 - r, x1 + r, y1 + r, query.restricted_for, *area_args, *area_args]
        where = " AND ".join(clauses)
        offset = 0 if keyset else query.offset
        cap = query.max_counted
        with self._conn() as conn:
            if counted and query.bbox is not None:
                # One pass over the matches: the page needs all of them anyway (sorted by id),
                # and counting them on the way is nearly free; a second query would test every
                # match against the area again (half of a first page's time at 6,462 matches).
                # Then the page's rows by id (joining them in the same statement cost more to
                # plan, 12-20 ms at 6.4 million features, than both statements take to run).
                page = conn.execute(
                    f"SELECT id, count(*) OVER () FROM verbeteringen WHERE {where}"
                    " ORDER BY id LIMIT %s OFFSET %s", [*args, query.limit + 1, offset]).fetchall()
                total = page[0][1] if page else 0 if offset == 0 else self._count(conn, where, args, cap)
                if cap is not None and total is not None and total > cap:
                    total = None
                ids = [r[0] for r in page[:query.limit + (total is None)]]
                rows = conn.execute(f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE id = ANY(%s)"
                                    " AND NOT deleted ORDER BY id", [ids]).fetchall() if ids else []
                return [_record(r) for r in rows], total
            total = self._count(conn, where, args, cap) if counted else None
            more = keyset or (counted and total is None)  # one more row: is there a next page?
            rows = conn.execute(
                f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE {where} ORDER BY id LIMIT %s OFFSET %s",
                [*args, query.limit + more, offset]).fetchall()
        return [_record(r) for r in rows], total

    def near(self, boxes: list[tuple[float, float, float, float]], limit: int) -> list[list[Record]]:
        # one query for every envelope of a batch (a lateral join), not one per feature
        env = "ST_MakeEnvelope(b.x0, b.y0, b.x1, b.y1, 31370)"
        with self._conn() as conn:
            rows = conn.execute(
                f"SELECT b.i, {_PAGE_COLS} FROM json_to_recordset(%s::json)"
                " AS b(i int, x0 float8, y0 float8, x1 float8, y1 float8) CROSS JOIN LATERAL"
                f" (SELECT * FROM verbeteringen WHERE NOT deleted AND geom && {env}"
                f" AND ST_Intersects(geom, {env}) ORDER BY id LIMIT %s) v ORDER BY b.i, v.id",
                (json.dumps([{"i": i, "x0": b[0], "y0": b[1], "x1": b[2], "y1": b[3]}
                             for i, b in enumerate(boxes)]), limit)).fetchall()
        out: list[list[Record]] = [[] for _ in boxes]
        for r in rows:
            out[r[0]].append(_record(r[1:]))
        return out

    @staticmethod
    def _count(conn: psycopg.Connection, where: str, args: list, cap: int | None) -> int | None:
        """The number of matches, None when more than ``cap`` (counting stops there)."""
        if cap is None:
            return conn.execute(f"SELECT count(*) FROM verbeteringen WHERE {where}", args).fetchone()[0]
        n = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM verbeteringen WHERE {where} LIMIT %s) s",
                         [*args, cap + 1]).fetchone()[0]
        return None if n > cap else n

    def changes(self, since: int, limit: int, gemeente_2025: str | None = None) -> list[Record]:
        with self._conn() as conn:
            if gemeente_2025 is None:
                rows = conn.execute(
                    f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE seq > %s ORDER BY seq LIMIT %s",
                    (since, limit)).fetchall()
                return [_record(r) for r in rows]
            # each part a range scan of the (gemeente_2025, seq) index, never a walk of the whole
            # feed by seq in search of one gemeente's rows: "= ANY" keeps the planner from
            # reducing "ORDER BY gemeente_2025, seq" to "ORDER BY seq" (the seq index)
            one = [gemeente_2025]
            rows = conn.execute(
                f"(SELECT {_RECORD_COLS}, NULL::text AS moved_to FROM verbeteringen"
                " WHERE gemeente_2025 = ANY(%s) AND seq > %s ORDER BY gemeente_2025, seq LIMIT %s)"
                " UNION ALL (SELECT id, versie, seq, true, gemeente_nis, NULL::bytea, moved_to FROM departures"
                " WHERE gemeente_2025 = ANY(%s) AND seq > %s ORDER BY gemeente_2025, seq LIMIT %s)"
                " ORDER BY 3 LIMIT %s",
                (one, since, limit, one, since, limit, limit)).fetchall()
        return [_record(r[:6]) if r[6] is None else departure(*r[:3], r[4], r[6]) for r in rows]

    def last_seq(self) -> int:
        with self._conn() as conn:
            return int(conn.execute("SELECT value FROM registry_meta WHERE key = 'seq'").fetchone()[0])

    def count(self) -> int:
        with self._conn() as conn:
            return conn.execute("SELECT count(*) FROM verbeteringen WHERE NOT deleted").fetchone()[0]

    def extent(self) -> tuple[float, float, float, float] | None:
        # The box of the GiST index's root, read without a scan: every live geometry lies in it
        # (it may be a little larger: float boxes, rows deleted since the last VACUUM).  The exact
        # ST_Extent of all features took 36 s at 6.4 million features, on every GET /collections.
        with self._conn() as conn:
            row = conn.execute("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT"
                               " ST_EstimatedExtent(current_schema(), 'verbeteringen', 'geom')::geometry AS e) s"
                               ).fetchone()
        return None if row is None or row[0] is None else tuple(float(v) for v in row)

    def features_of_gemeente(self, nis_2025: str) -> Iterator[Record]:
        with self._conn() as conn:
            rows = conn.execute(f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE NOT deleted"
                                " AND gemeente_2025 = %s ORDER BY id", (nis_2025,)).fetchall()
        return (_record(r) for r in rows)

    def voortgang_rows(self, gemeenten: list[str] | None = None) -> list[aggregates.Row]:
        sql, args = f"SELECT {AGGREGATE_COLUMNS} FROM voortgang_totalen", []
        if gemeenten is not None:
            sql, args = sql + " WHERE gemeente_2025 = ANY(%s)", [list(gemeenten)]
        with self._conn() as conn:
            return [tuple(r) for r in conn.execute(sql + " ORDER BY gemeente_2025, parameter, bucket, jaar",
                                                            args).fetchall()]

    def rebuild_voortgang(self) -> tuple[int, int]:
        summer = aggregates.Summer()
        with self._conn() as conn, conn.transaction():
            # writers queue on the sequence row: none slips in between reading and replacing
            conn.execute("SELECT value FROM registry_meta WHERE key = 'seq' FOR UPDATE")
            with conn.cursor(name="lekp_rebuild") as cur:
                cur.itersize = 5000
                cur.execute("SELECT properties, ST_AsBinary(geom) FROM verbeteringen WHERE NOT deleted")
                for props, geom in cur:
                    summer.add(json.loads(props), bytes(geom) if geom is not None else None)
            rows = summer.rows()
            conn.execute("DELETE FROM voortgang_totalen")
            with conn.cursor() as cur, cur.copy(f"COPY voortgang_totalen ({AGGREGATE_COLUMNS}) FROM STDIN") as cp:
                for row in rows:
                    cp.write_row(row)
            conn.execute("INSERT INTO registry_meta (key, value) VALUES ('voortgang', '1')"
                         " ON CONFLICT (key) DO UPDATE SET value = '1'")
        return summer.features, len(rows)

    def list_gemeenten(self) -> list[Gemeente]:
        with self._conn() as conn:
            rows = conn.execute("SELECT nis, naam, inwoners, referentiejaar, bron, NULL FROM gemeenten"
                                " ORDER BY nis").fetchall()
        return [Gemeente(*r) for r in rows]

    def put_gemeente(self, gemeente: Gemeente) -> None:
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO gemeenten (nis, naam, inwoners, referentiejaar, bron, geom)"
                " VALUES (%s, %s, %s, %s, %s, ST_Multi(ST_GeomFromWKB(%s, 31370)))"
                " ON CONFLICT (nis) DO UPDATE SET naam = EXCLUDED.naam, inwoners = EXCLUDED.inwoners,"
                " referentiejaar = EXCLUDED.referentiejaar, bron = EXCLUDED.bron, geom = EXCLUDED.geom",
                (gemeente.nis, gemeente.naam, gemeente.inwoners, gemeente.referentiejaar, gemeente.bron,
                 gemeente.geometry))

    def get_gemeente(self, nis: str) -> Gemeente | None:
        with self._conn() as conn:
            row = conn.execute(f"SELECT {_GEMEENTE_COLS} FROM gemeenten WHERE nis = %s", (nis,)).fetchone()
        return _gemeente(row) if row else None

    def query_gemeenten(self, bbox, limit, offset, area=None):
        where, args = "true", []
        if bbox is not None and area is not None:
            where = ("geom && ST_MakeEnvelope(%s, %s, %s, %s, 31370)"
                     " AND ST_Intersects(geom, ST_GeomFromWKB(%s, 31370))")
            args = [*bbox, area]
        elif bbox is not None:
            where = ("geom && ST_MakeEnvelope(%s, %s, %s, %s, 31370)"
                     " AND ST_Intersects(geom, ST_MakeEnvelope(%s, %s, %s, %s, 31370))")
            args = [*bbox, *bbox]
        with self._conn() as conn:
            total = conn.execute(f"SELECT count(*) FROM gemeenten WHERE {where}", args).fetchone()[0]
            rows = conn.execute(f"SELECT {_GEMEENTE_COLS} FROM gemeenten WHERE {where} ORDER BY nis"
                                " LIMIT %s OFFSET %s", [*args, limit, offset]).fetchall()
        return [_gemeente(r) for r in rows], total

    def close(self) -> None:
        self.pool.close()


