"""Plain ``sqlite3`` access to a store: connections, GeoPackage geometry blobs, lock retries.

GeoPackage feature tables carry GDAL's rtree triggers, which call ``ST_IsEmpty``
and ``ST_MinX`` … ``ST_MaxY``; plain SQLite does not know them, so
:func:`connect` registers small implementations that read the envelope of a
GeoPackage geometry blob (or its WKB through OGR when the blob has none).
With them the sync engine writes feature rows directly, inside its own
transactions, without QGIS.

Every connection uses a busy timeout; :func:`write` runs a function in a
``BEGIN IMMEDIATE`` transaction and retries it when the store stays locked
(QGIS or another tool holding a write lock), so a write is applied completely
or not at all.
"""

from __future__ import annotations

import random
import sqlite3
import struct
import time
from collections.abc import Callable
from typing import TypeVar

from osgeo import ogr

ogr.UseExceptions()

T = TypeVar("T")

#: How long one statement waits for a lock before SQLite gives up (ms).
BUSY_TIMEOUT_MS = 15_000
#: How many times a whole write transaction is retried on "database is locked".
LOCK_RETRIES = 8

_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}


def _header(blob: bytes) -> tuple[int, bool, str, int] | None:
    """(envelope indicator, empty flag, byte order, header length) of a GPKG blob."""
    if not blob or len(blob) < 8 or blob[0:2] != b"GP":
        return None
    flags = blob[3]
    env = (flags >> 1) & 0x07
    order = "<" if flags & 0x01 else ">"
    return env, bool(flags & 0x10), order, 8 + 8 * _ENVELOPE_DOUBLES.get(env, 0)


def wkb_of(blob: bytes | None) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob (None for NULL)."""
    if blob is None:
        return None
    head = _header(bytes(blob))
    if head is None:
        return bytes(blob)  # tolerate plain WKB
    return bytes(blob)[head[3]:]


def envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a GPKG blob, None when empty or NULL."""
    if blob is None:
        return None
    blob = bytes(blob)
    head = _header(blob)
    if head is None:
        return None
    env, empty, order, _ = head
    if empty:
        return None
    if env:
        return struct.unpack(order + "4d", blob[8:40])
    try:
        geom = ogr.CreateGeometryFromWkb(wkb_of(blob))
    except RuntimeError:
        return None
    if geom is None or geom.IsEmpty():
        return None
    return geom.GetEnvelope()


def gpkg_blob(wkb: bytes | None, srs_id: int, bounds: tuple[float, float, float, float] | None) -> bytes | None:
    """A GeoPackage geometry blob (little endian, XY envelope) from WKB.

    ``bounds`` is (minx, miny, maxx, maxy) or None for an empty geometry.
    """
    if wkb is None:
        return None
    if bounds is None:
        return b"GP\x00" + bytes([0x11]) + struct.pack("<i", srs_id) + wkb
    minx, miny, maxx, maxy = bounds
    return (b"GP\x00" + bytes([0x03]) + struct.pack("<i", srs_id)
            + struct.pack("<4d", minx, maxx, miny, maxy) + wkb)


def _st(index: int) -> Callable[[bytes | None], float | None]:
    def fn(blob):
        env = envelope(blob)
        return None if env is None else env[index]
    return fn


def _st_is_empty(blob) -> int | None:
    if blob is None:
        return None
    return 1 if envelope(blob) is None else 0


def register_functions(con: sqlite3.Connection) -> None:
    """The ``ST_*`` functions GDAL's GeoPackage rtree triggers call."""
    con.create_function("ST_IsEmpty", 1, _st_is_empty, deterministic=True)
    con.create_function("ST_MinX", 1, _st(0), deterministic=True)
    con.create_function("ST_MaxX", 1, _st(1), deterministic=True)
    con.create_function("ST_MinY", 1, _st(2), deterministic=True)
    con.create_function("ST_MaxY", 1, _st(3), deterministic=True)


def connect(path: str, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with a busy timeout."""
    if readonly:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                              isolation_level=None)
    else:
        con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    register_functions(con)
    return con


def is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def write(con: sqlite3.Connection, fn: Callable[[sqlite3.Connection], T], *,
          retries: int = LOCK_RETRIES) -> T:
    """Run ``fn(con)`` in one ``BEGIN IMMEDIATE`` transaction; retry the whole of it when locked."""
    attempt = 0
    while True:
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if not is_locked(exc) or attempt >= retries:
                raise
            attempt += 1
            time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
            continue
        try:
            result = fn(con)
            con.execute("COMMIT")
            return result
        except BaseException as exc:
            if con.in_transaction:
                con.execute("ROLLBACK")
            if is_locked(exc) and attempt < retries:
                attempt += 1
                time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
                continue
            raise


def srs_id_of(con: sqlite3.Connection, table: str) -> int:
    row = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
                      (table,)).fetchone()
    return int(row[0]) if row else 0


def columns_of(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
