"""The PostgreSQL write transaction: reads in one round trip, writes and commit in another.

A write transaction of :class:`~lekp_registry.storage.postgis.PostgisStore`
runs in psycopg's pipeline mode.  ``BEGIN``, the advisory locks on the ids and
idempotency keys (:meth:`PgWriteTx.lock`) and the reads of the current
records and idempotency records (:meth:`PgWriteTx.prefetch`) go to the server
together: one round trip.  The protocol (:mod:`lekp_registry.writes`) then
decides in Python; what it writes is kept here and sent at the end
(:meth:`PgWriteTx.finish`), every kind of row in one statement, with the
``COMMIT`` behind it: a second round trip, for one feature or a batch of a
thousand.

The commit sequence is taken by the server in that last statement: an
``UPDATE … RETURNING`` of the sequence counter in a CTE that also inserts the
features (and the departures) with ``base + n``.  That row lock is what keeps
the sequence in commit order (the changes feed relies on it); it is now held
from that statement to the ``COMMIT`` right behind it in the same pipeline,
without a round trip to this process in between, where it used to be held
across five round trips and the Python work between them.  Locks are still
taken ids first, sequence second, aggregate rows last (all under the
sequence lock): writers cannot deadlock.

Within the transaction :attr:`Record.seq` is a provisional number (1, 2, …
in the order of :meth:`next_seq`); a feature written twice in one batch is
stored once, with the later version and its sequence number, as before.
After the commit the records written carry their real sequence numbers.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from typing import Any

import psycopg

from .. import aggregates
from . import index_values
from .base import Record, StoredResponse, WriteTx

_RECORD_COLS = "id, versie, seq, deleted, properties, ST_AsBinary(geom)"

#: Rows travel as one JSON array per statement (``json_to_recordset``): one parameter to
#: convert instead of one per column and row (psycopg's array dumpers cost more than the SQL).
_COLUMNS = ("id text, versie int, ord bigint, deleted bool, gemeente_nis text, gemeente_2025 text,"
            " categorie text, status text, aard text, domein text, bron text, opgelegd int,"
            " projectnaam text, uitvoeringsdatum text, properties json, geom text")
#: Features: the sequence counter moves by ``n`` and every row gets ``base + its number``.
_FEATURES = (
    "WITH s AS (UPDATE registry_meta SET value = (value::bigint + %(n)s)::text WHERE key = 'seq'"
    " RETURNING value::bigint - %(n)s AS base),"
    f" r AS (SELECT * FROM json_to_recordset(%(rows)s::json) AS r({_COLUMNS})),"
    " ins AS (INSERT INTO verbeteringen (id, versie, seq, deleted, gemeente_nis, gemeente_2025, categorie,"
    " status, aard, domein, bron, opgelegd, projectnaam, uitvoeringsdatum, properties, geom)"
    " SELECT r.id, r.versie, s.base + r.ord, r.deleted, r.gemeente_nis, r.gemeente_2025, r.categorie,"
    " r.status, r.aard, r.domein, r.bron, r.opgelegd, r.projectnaam, r.uitvoeringsdatum, r.properties::text,"
    " ST_GeomFromWKB(decode(r.geom, 'hex'), 31370) FROM r CROSS JOIN s"
    " ON CONFLICT (id) DO UPDATE SET versie = EXCLUDED.versie, seq = EXCLUDED.seq,"
    " deleted = EXCLUDED.deleted, gemeente_nis = EXCLUDED.gemeente_nis,"
    " gemeente_2025 = EXCLUDED.gemeente_2025, categorie = EXCLUDED.categorie,"
    " status = EXCLUDED.status, aard = EXCLUDED.aard, domein = EXCLUDED.domein,"
    " bron = EXCLUDED.bron, opgelegd = EXCLUDED.opgelegd, projectnaam = EXCLUDED.projectnaam,"
    " uitvoeringsdatum = EXCLUDED.uitvoeringsdatum, properties = EXCLUDED.properties,"
    " geom = EXCLUDED.geom)")
#: Departures (a feature left a gemeente) and departures dropped (it came back), in the same statement.
_DEPARTURES = (
    ", dep AS (INSERT INTO departures (gemeente_2025, id, seq, versie, gemeente_nis, moved_to)"
    " SELECT d.g, d.id, s.base + d.ord, d.versie, d.nis, d.moved FROM json_to_recordset(%(dep)s::json)"
    " AS d(g text, id text, ord bigint, versie int, nis text, moved text) CROSS JOIN s"
    " ON CONFLICT (gemeente_2025, id) DO UPDATE SET seq = EXCLUDED.seq, versie = EXCLUDED.versie,"
    " gemeente_nis = EXCLUDED.gemeente_nis, moved_to = EXCLUDED.moved_to),"
    " back AS (DELETE FROM departures USING json_to_recordset(%(back)s::json) AS b(g text, id text)"
    " WHERE departures.gemeente_2025 = b.g AND departures.id = b.id)")
_AGGREGATES = (
    "INSERT INTO voortgang_totalen (gemeente_2025, parameter, bucket, jaar, hoeveelheid, aantal)"
    " SELECT * FROM json_to_recordset(%s::json) AS a(g text, p text, b text, j int, q float8, n bigint)"
    " ON CONFLICT (gemeente_2025, parameter, bucket, jaar) DO UPDATE SET"
    " hoeveelheid = voortgang_totalen.hoeveelheid + excluded.hoeveelheid,"
    " aantal = voortgang_totalen.aantal + excluded.aantal")
_EMPTIED = (
    "DELETE FROM voortgang_totalen t USING json_to_recordset(%s::json) AS k(g text, p text, b text, j int)"
    " WHERE t.gemeente_2025 = k.g AND t.parameter = k.p AND t.bucket = k.b"
    " AND t.jaar = k.j AND t.aantal <= 0")
_IDEMPOTENCY = (
    "INSERT INTO idempotency (scope, key, request_hash, status, headers, body, gemeente)"
    " SELECT s, k, h, st, hd::text, decode(b, 'hex'), g FROM json_to_recordset(%s::json)"
    " AS i(s text, k text, h text, st int, hd json, b text, g text)")


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _json(rows: list[dict[str, Any]]) -> str:
    # properties keep their text as json.dumps(..., ensure_ascii=False) wrote it before
    return _ENCODER.encode(rows)


def _record(row) -> Record:
    fid, versie, seq, deleted, props, geom = row
    return Record(fid, versie, seq, bool(deleted), json.loads(props),
                  bytes(geom) if geom is not None else None)


class PgWriteTx(WriteTx):
    PARAM = "%s"

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        #: Current records read or written in this transaction (locked ids: nobody else changes them).
        self._known: dict[str, Record | None] = {}
        #: Idempotency records read or written in this transaction, by (scope, key).
        self._replies: dict[tuple[str, str], StoredResponse | None] = {}
        #: Provisional sequence numbers handed out (the real ones are ``base + n``).
        self._n = 0
        #: What :meth:`finish` writes: the last version of each feature (with its index
        #: columns), departures by (gemeente, id) (None: drop it), summed aggregate deltas,
        #: idempotency records.
        self._rows: dict[str, tuple[Record, dict[str, Any]]] = {}
        self._departures: dict[tuple[str, str], tuple[int, int, str | None, str | None] | None] = {}
        self._sums: dict[aggregates.Key, list] = {}
        self._idem: dict[tuple[str, str], StoredResponse] = {}
        self._base: psycopg.Cursor | None = None

    # -- reads -------------------------------------------------------------------
    def lock(self, keys: list[str]) -> None:
        hashes = sorted({int.from_bytes(hashlib.blake2b(k.encode(), digest_size=8).digest(), "big", signed=True)
                         for k in keys})
        if hashes:
            # one statement, in one global (sorted) order: two writers never wait on each other in a
            # cycle; in the pipeline it goes to the server with the reads that follow
            self.conn.execute("SELECT count(pg_advisory_xact_lock(h)) FROM"
                              " (SELECT h FROM unnest(%s::bigint[]) WITH ORDINALITY AS u(h, i) ORDER BY i) s",
                              (hashes,))

    def prefetch(self, ids: list[str], scope: str, keys: list[str]) -> None:
        ids = sorted(set(ids) - set(self._known))
        keys = sorted({k for k in keys if (scope, k) not in self._replies})
        # both queries sent before either answer is awaited: one round trip (with BEGIN and the locks)
        feats = self.conn.execute(f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE id = ANY(%s)",
                                  (ids,)) if ids else None
        replies = self.conn.execute(
            "SELECT key, request_hash, status, headers, body, gemeente FROM idempotency"
            " WHERE scope = %s AND key = ANY(%s)", (scope, keys)) if keys else None
        if feats is not None:
            found = {r[0]: _record(r) for r in feats.fetchall()}
            self._known.update((fid, found.get(fid)) for fid in ids)
        if replies is not None:
            got = {r[0]: StoredResponse(r[1], r[2], json.loads(r[3]), bytes(r[4]), r[5])
                   for r in replies.fetchall()}
            self._replies.update(((scope, k), got.get(k)) for k in keys)

    def get(self, feature_id: str) -> Record | None:
        if feature_id in self._known:  # its id is locked: still what this transaction last saw
            return self._known[feature_id]
        row = self.conn.execute(f"SELECT {_RECORD_COLS} FROM verbeteringen WHERE id = %s",
                                (feature_id,)).fetchone()
        rec = _record(row) if row else None
        self._known[feature_id] = rec
        return rec

    def idempotency_get(self, scope: str, key: str) -> StoredResponse | None:
        if (scope, key) in self._replies:
            return self._replies[(scope, key)]
        row = self.conn.execute(
            "SELECT request_hash, status, headers, body, gemeente FROM idempotency"
            " WHERE scope = %s AND key = %s", (scope, key)).fetchone()
        reply = None if row is None else StoredResponse(row[0], row[1], json.loads(row[2]), bytes(row[3]), row[4])
        self._replies[(scope, key)] = reply
        return reply

    # -- writes (kept until finish) ---------------------------------------------------
    def next_seq(self) -> int:
        self._n += 1
        return self._n

    def put(self, record: Record) -> None:
        old = self._old_and_sum(record)
        cols = index_values(record)
        if old is not None:
            was = index_values(old)
            if was["gemeente_2025"] != cols["gemeente_2025"]:
                # a departure from the gemeente it leaves; none any more in the one it enters
                if was["gemeente_2025"] is not None:
                    self._departures[(was["gemeente_2025"], record.id)] = (
                        record.seq, record.versie, was["gemeente_nis"], cols["gemeente_nis"])
                if cols["gemeente_2025"] is not None:
                    self._departures[(cols["gemeente_2025"], record.id)] = None
        self._rows.pop(record.id, None)  # the later version, at its place in the order
        self._rows[record.id] = (record, cols)
        self._known[record.id] = record

    def idempotency_put(self, scope: str, key: str, response: StoredResponse) -> None:
        self.writes += 1
        self._replies[(scope, key)] = response
        self._idem[(scope, key)] = response

    def finish(self) -> None:
        """Before the commit: every row kept, one statement per table (queued in the pipeline)."""
        if self._rows:
            rows = []
            for r, c in self._rows.values():
                row = {"id": r.id, "versie": r.versie, "ord": r.seq, "deleted": r.deleted,
                       "properties": r.properties, "geom": r.geometry.hex() if r.geometry is not None else None}
                row.update(c)
                rows.append(row)
            args: dict[str, Any] = {"n": self._n, "rows": _json(rows)}
            sql = _FEATURES
            if self._departures:
                args["dep"] = _json([{"g": g, "id": fid, "ord": v[0], "versie": v[1], "nis": v[2], "moved": v[3]}
                                     for (g, fid), v in self._departures.items() if v is not None])
                args["back"] = _json([{"g": g, "id": fid} for (g, fid), v in self._departures.items() if v is None])
                sql += _DEPARTURES
            self._base = self.conn.execute(sql + " SELECT base FROM s", args)
        elif self._n:  # pragma: no cover - every sequence number belongs to a put
            raise RuntimeError("sequence numbers taken without a write")
        sums = sorted((k, v) for k, v in self._sums.items() if v[0] != 0 or v[1] != 0 or v[2])
        if sums:
            self.conn.execute(_AGGREGATES, (_json([{"g": k[0], "p": k[1], "b": k[2], "j": k[3], "q": v[0],
                                                     "n": v[1]} for k, v in sums]),))
            emptied = [k for k, v in sums if v[2] and v[1] <= 0]
            if emptied:  # an emptied total goes (no float residue)
                self.conn.execute(_EMPTIED, (_json([{"g": k[0], "p": k[1], "b": k[2], "j": k[3]}
                                                    for k in emptied]),))
        if self._idem:
            self.conn.execute(_IDEMPOTENCY, (_json([
                {"s": s, "k": k, "h": r.request_hash, "st": r.status, "hd": r.headers, "b": r.body.hex(),
                 "g": r.gemeente} for (s, k), r in self._idem.items()]),))

    def committed(self) -> None:
        """After the commit: the records written get their real sequence numbers."""
        if self._base is not None:
            row = self._base.fetchone()
            if row is not None:
                for record, _ in self._rows.values():
                    record.seq += row[0]

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        # nothing is written before finish(): a rolled-back scope only forgets what it kept
        saved = (self._n, dict(self._rows), dict(self._departures), {k: list(v) for k, v in self._sums.items()},
                 dict(self._idem), dict(self._known), dict(self._replies), self.writes)
        try:
            yield
        except BaseException:
            (self._n, self._rows, self._departures, self._sums, self._idem, self._known, self._replies,
             self.writes) = saved
            raise
