"""The storage interface every registry store implements.

A store does I/O only; the write protocol (preconditions, versions,
idempotency replays) lives in :mod:`lekp_registry.writes` and runs on the small
set of transaction primitives below, so SQLite and PostGIS behave the same by
construction.  A write transaction is serialized with every other write
transaction of the same database (SQLite ``BEGIN IMMEDIATE``); in PostgreSQL
writers lock the ids they write (:meth:`WriteTx.lock`) and from their first
:meth:`WriteTx.next_seq` to their commit hold the row lock on the sequence
counter.  That is what makes the commit sequence – the cursor of the changes
feed – monotonic in commit order.
"""

from __future__ import annotations

import abc
import contextlib
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from lekp_plugin.core.mergers import to_2025

from .. import aggregates

#: Query-able attribute columns of ``verbeteringen`` (also the property filters).
FILTER_COLUMNS = ("gemeente_nis", "categorie", "status", "aard", "domein", "bron", "opgelegd",
                  "projectnaam")


@dataclass
class Record:
    """One stored ``verbetering`` (or its tombstone)."""

    id: str
    versie: int
    seq: int
    deleted: bool
    #: Wire properties including the system fields, without ``id``.
    properties: dict[str, Any]
    #: WKB in EPSG:31370, ``None`` for no geometry (and for tombstones).
    geometry: bytes | None
    #: Only in a gemeente's changes feed: the feature left that gemeente for this NIS code
    #: (a departure; ``deleted`` is true and ``properties`` holds the old ``gemeente_nis``).
    moved_to: str | None = None


@dataclass
class Gemeente:
    nis: str
    naam: str
    inwoners: int | None
    referentiejaar: int | None
    bron: str | None
    #: WKB in EPSG:31370.
    geometry: bytes | None


@dataclass
class StoredResponse:
    """A response kept for an ``Idempotency-Key`` replay."""

    request_hash: str
    status: int
    headers: dict[str, str]
    body: bytes
    #: NIS code of the written feature: a replay is only for a caller who may still write it.
    gemeente: str | None = None


@dataclass
class Query:
    """Item query: every filter is optional; ``bbox`` is in EPSG:31370."""

    #: Envelope of the search area in EPSG:31370 (for the spatial index).
    bbox: tuple[float, float, float, float] | None = None
    #: The exact search area (WKB polygon, EPSG:31370), e.g. a CRS84 bbox transformed
    #: densified; ``None``: the ``bbox`` rectangle itself.
    area: bytes | None = None
    #: Privacy (see :mod:`lekp_registry.privacy`): ``None`` when the reader sees every
    #: feature whole, else the 2025 NIS code whose private features it sees whole ("" for
    #: none).  Other private features match a bbox by their generalized point and never
    #: match a ``projectnaam`` filter.
    restricted_for: str | None = None
    #: Inclusive ISO date bounds on ``uitvoeringsdatum`` (``None`` = open).
    date_from: str | None = None
    date_to: str | None = None
    filters: dict[str, Any] = field(default_factory=dict)
    limit: int = 10
    offset: int = 0
    #: Keyset paging: only features with an id after this one (the last id of the previous
    #: page); then ``offset`` is 0 and the store does not count the matches.
    after: str | None = None
    #: Count the matches (``numberMatched``); a caller that needs only the page says False.
    count: bool = True
    #: Count at most this many matches: when more match, the number matched is None
    #: (``numberMatched`` is optional in OGC API Features; an exact count of a large match
    #: would cost a pass over all of it on every first page).  ``None``: no bound.
    max_counted: int | None = 10_000


def attribute_clauses(query: Query, placeholder: str) -> tuple[list[str], list[Any]]:
    """SQL conditions and arguments for a query's property filters and date bounds.

    Shared by every store; ``placeholder`` is the driver's (``?`` or ``%s``).
    Column names come from :data:`FILTER_COLUMNS` only, never from the client.
    """
    ph = placeholder
    clauses: list[str] = []
    args: list[Any] = []
    for name, value in query.filters.items():
        if name == "gemeente_nis":
            clauses.append(f"gemeente_2025 = {ph}")
            args.append(to_2025(value))
        elif name == "opgelegd":
            clauses.append(f"opgelegd = {ph}")
            args.append(int(bool(value)))
        elif name == "projectnaam" and query.restricted_for is not None:
            # a hidden name cannot be searched for
            clauses.append(f"projectnaam = {ph} AND (COALESCE(domein, '') <> 'privaat'"
                           f" OR gemeente_2025 = {ph})")
            args += [value, query.restricted_for]
        else:
            clauses.append(f"{name} = {ph}")
            args.append(value)
    if query.date_from is not None:
        clauses.append(f"uitvoeringsdatum >= {ph}")
        args.append(query.date_from)
    if query.date_to is not None:
        clauses.append(f"uitvoeringsdatum <= {ph}")
        args.append(query.date_to)
    return clauses, args


def departure(fid: str, versie: int, seq: int, gemeente_nis: str | None, moved_to: str) -> Record:
    """The changes-feed record of a feature that left a gemeente (for ``moved_to``)."""
    return Record(fid, versie, seq, True, {"gemeente_nis": gemeente_nis}, None, moved_to)


def live(record: Record | None) -> tuple[dict[str, Any], bytes | None] | None:
    """``(properties, geometry)`` of a live record (None for none or a tombstone)."""
    return None if record is None or record.deleted else (record.properties, record.geometry)


#: Marks a feature id whose current record a transaction has not read yet.
UNKNOWN = object()

#: ``voortgang_totalen``: the progress aggregates (see :mod:`lekp_registry.aggregates`).
AGGREGATE_COLUMNS = "gemeente_2025, parameter, bucket, jaar, hoeveelheid, aantal"


class StoreError(Exception):
    """A storage failure the client cannot fix (mapped to 503/500)."""


class WriteTx(abc.ABC):
    """A serialized write transaction; commits when the context exits cleanly."""

    #: Statements that changed something so far (:meth:`put`, :meth:`idempotency_put`).
    writes: int = 0

    @abc.abstractmethod
    def get(self, feature_id: str) -> Record | None:
        """The current record, tombstones included."""

    def lock(self, keys: list[str]) -> None:  # noqa: B027 - optional: SQLite serializes whole transactions
        """Lock these feature ids and idempotency keys for this transaction, before reading them.

        Called once, before anything else, with everything the transaction
        will write.  A store that serializes whole write transactions needs
        nothing here.
        """

    def prefetch(self, ids: list[str], scope: str, keys: list[str]) -> None:  # noqa: B027 - optional
        """Read these (locked) features and idempotency records at once, for :meth:`get` and
        :meth:`idempotency_get` later in the transaction (a batch)."""

    def pipeline(self) -> AbstractContextManager[Any]:
        """A scope in which the store may send statements without waiting for each answer."""
        return contextlib.nullcontext()

    #: The driver's query parameter marker (sqlite3: ``?``, psycopg: ``%s``).
    PARAM = "?"

    def _old_and_sum(self, record: Record) -> Record | None:
        """The record ``record`` replaces (read once per transaction), its aggregate change summed.

        Needs ``self._known`` (ids read or written in this transaction) and
        ``self._sums`` (aggregate key → [quantity, count, went down]), which
        the store writes once when the transaction finishes.
        """
        self.writes += 1
        old = self._known.get(record.id, UNKNOWN)
        if old is UNKNOWN:
            old = self.get(record.id)
        for key, (qty, n) in aggregates.delta(live(old), live(record)).items():
            acc = self._sums.setdefault(key, [0.0, 0, False])
            acc[0] += qty
            acc[1] += n
            acc[2] = acc[2] or n < 0
        return old

    def _departure(self, record: Record, cols: dict) -> None:
        """The feature changes gemeente: a departure in the feed of the one it leaves, none in the new one's.

        ``cols`` are the record's :func:`index_values`; needs ``self.conn``.
        """
        p = self.PARAM
        self.conn.execute(
            "INSERT INTO departures (gemeente_2025, id, seq, versie, gemeente_nis, moved_to)"
            f" SELECT gemeente_2025, id, {p}, {p}, gemeente_nis, {p} FROM verbeteringen"
            f" WHERE id = {p} AND gemeente_2025 IS NOT NULL AND gemeente_2025 IS DISTINCT FROM {p}"
            " ON CONFLICT (gemeente_2025, id) DO UPDATE SET seq = excluded.seq,"
            " versie = excluded.versie, gemeente_nis = excluded.gemeente_nis, moved_to = excluded.moved_to",
            (record.seq, record.versie, cols["gemeente_nis"], record.id, cols["gemeente_2025"]))
        if cols["gemeente_2025"] is not None:
            self.conn.execute(f"DELETE FROM departures WHERE gemeente_2025 = {p} AND id = {p}",
                              (cols["gemeente_2025"], record.id))

    @abc.abstractmethod
    def next_seq(self) -> int:
        """The next commit sequence number (monotonic across the database, in commit order)."""

    @abc.abstractmethod
    def put(self, record: Record) -> None:
        """Insert or overwrite a record (the caller set versie and seq).

        When the record changes 2025 gemeente, the store also keeps a
        *departure* for the gemeente it left (see :meth:`Store.changes`), and
        drops any departure for the gemeente it enters.
        """

    @abc.abstractmethod
    def idempotency_get(self, scope: str, key: str) -> StoredResponse | None: ...

    @abc.abstractmethod
    def idempotency_put(self, scope: str, key: str, response: StoredResponse) -> None: ...

    @abc.abstractmethod
    def savepoint(self) -> AbstractContextManager[None]:
        """A nested scope that is rolled back when its body raises."""


class Store(abc.ABC):
    """A registry database."""

    kind: str = "abstract"

    @abc.abstractmethod
    def write(self) -> AbstractContextManager[WriteTx]:
        """A serialized write transaction; rolled back when the body raises."""

    @abc.abstractmethod
    def get(self, feature_id: str) -> Record | None:
        """A record by id, tombstones included."""

    @abc.abstractmethod
    def query(self, query: Query) -> tuple[list[Record], int | None]:
        """Live records matching ``query`` ordered by id, and the number matched.

        The number matched is exact, or None: with ``query.after`` (keyset
        paging), when ``query.count`` is false and when more than
        ``query.max_counted`` features match.  When it is None, up to
        ``limit + 1`` records come back: the extra one says there is a next page.
        """

    def near(self, boxes: list[tuple[float, float, float, float]], limit: int) -> list[list[Record]]:
        """For each envelope (EPSG:31370), up to ``limit`` live records intersecting it, by id.

        The reference of server-side validation: a batch asks for all its
        features at once (a store may answer in one query).
        """
        return [self.query(Query(bbox=b, limit=limit, count=False))[0] for b in boxes]

    @abc.abstractmethod
    def changes(self, since: int, limit: int, gemeente_2025: str | None = None) -> list[Record]:
        """Records (tombstones included) with ``seq > since`` in seq order, of one gemeente if given.

        For one gemeente, features that left it for another gemeente (and are
        not back) come as departures: ``Record.moved_to`` set, ``deleted`` true,
        at the seq of the write that moved them.
        """

    @abc.abstractmethod
    def last_seq(self) -> int: ...

    @abc.abstractmethod
    def count(self) -> int:
        """Number of live records."""

    @abc.abstractmethod
    def extent(self) -> tuple[float, float, float, float] | None:
        """Envelope of all live geometries in EPSG:31370."""

    @abc.abstractmethod
    def features_of_gemeente(self, nis_2025: str) -> Iterator[Record]:
        """Live records counting for a 2025 gemeente (old codes included)."""

    @abc.abstractmethod
    def voortgang_rows(self, gemeenten: list[str] | None = None) -> list[aggregates.Row]:
        """Progress aggregate rows, of the given 2025 gemeenten or of all, ordered by gemeente."""

    @abc.abstractmethod
    def rebuild_voortgang(self) -> tuple[int, int]:
        """Recompute the aggregates from the live features (writes wait); (features read, rows)."""

    @abc.abstractmethod
    def list_gemeenten(self) -> list[Gemeente]:
        """Every gemeente by NIS code, without its geometry."""

    @abc.abstractmethod
    def put_gemeente(self, gemeente: Gemeente) -> None: ...

    @abc.abstractmethod
    def get_gemeente(self, nis: str) -> Gemeente | None: ...

    @abc.abstractmethod
    def query_gemeenten(self, bbox: tuple[float, float, float, float] | None, limit: int,
                        offset: int, area: bytes | None = None) -> tuple[list[Gemeente], int]:
        """Gemeenten intersecting ``area`` (WKB, EPSG:31370) or else the ``bbox`` rectangle."""

    def close(self) -> None:  # noqa: B027 - optional hook
        pass
