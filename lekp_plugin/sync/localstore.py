"""The store as sync sees it: features as GeoJSON, pulled writes, the coalesced outbox.

Plain ``sqlite3`` on the GeoPackage (with the ``ST_*`` functions of
:mod:`lekp_plugin.store.sqlite` registered for the rtree triggers).  Writes
made for sync (pulled changes, conflict resolutions taking the registry's
version) run with ``sync_state.pulling = 1`` inside their transaction, so the
outbox triggers skip them.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
from dataclasses import dataclass
from typing import Any

import shapely

from ..core import mergers
from ..core.schema import FIELDS_BY_NAME, GEOMETRY_FAMILIES, FieldType, family_of
from ..store import migrations
from ..store import sqlite as sq
from .errors import SyncError

STORE_LAYERS = migrations.STORE_LAYERS
REFERENCE_LAYER = migrations.REFERENCE_LAYER
SYSTEM_FIELDS = frozenset(f.name for f in FIELDS_BY_NAME.values() if f.system)
_BOOL = frozenset(f.name for f in FIELDS_BY_NAME.values() if f.type is FieldType.BOOLEAN)
_INT = frozenset(f.name for f in FIELDS_BY_NAME.values() if f.type is FieldType.INTEGER)
_REAL = frozenset(f.name for f in FIELDS_BY_NAME.values() if f.type is FieldType.REAL)
_DEFAULTS = {f.name: f.default for f in FIELDS_BY_NAME.values()
             if f.default is not None and not f.system and f.name != "id"}


def wal_frames(shm: str) -> int:
    """Valid WAL frames that a ``-shm`` index counts (0 when it counts none or cannot be read)."""
    try:
        with open(shm, "rb") as fh:
            head = fh.read(48)
    except OSError:
        return 0
    if len(head) < 48 or head[12] == 0:  # isInit
        return 0
    for order in ("<", ">"):
        version = struct.unpack(order + "I", head[0:4])[0]
        if version == 3007000:  # WALINDEX_VERSION, in the writer's native byte order
            return struct.unpack(order + "I", head[16:20])[0]
    return 0


def missing_wal_frames(path: str) -> int:
    """Pages of the last edits that are in a ``<path>-wal`` file that is missing (0: nothing lost).

    A tool that has the file open in WAL mode keeps new pages in ``-wal`` and
    counts them in ``-shm``; a clean close copies them into the file and
    removes both. A copy with the ``-shm`` counting frames but without the
    ``-wal`` lost those edits: opening it would silently drop them (and SQLite
    would delete the ``-shm``, the evidence).
    """
    if os.path.exists(path + "-wal"):
        return 0
    return wal_frames(path + "-shm")


def open_store(path: str) -> sqlite3.Connection:
    """A connection to an upgraded store (raises :class:`SyncError`)."""
    if not os.path.exists(path):
        raise SyncError("store_missing", path=path)
    frames = missing_wal_frames(path)
    if frames:
        raise SyncError("wal_missing", path=path, wal=os.path.basename(path) + "-wal", frames=frames)
    try:
        con = sq.connect(path)
        try:
            version = migrations.version_of(con)
        finally:
            con.close()
        if version == 0:
            raise SyncError("not_store", path=path)
        if version < migrations.LATEST:
            migrations.upgrade(path)
        con = sq.connect(path)
        _CACHE.clear()  # columns and SRS per connection: a new connection reads them again
        if con.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            try:
                con.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError:
                pass  # another connection holds the store: it stays in its journal mode
        return con
    except sqlite3.DatabaseError as exc:
        if sq.is_locked(exc):
            raise SyncError("store_locked", path=path) from exc
        raise SyncError("not_store", path=path) from exc


_CACHE: dict[tuple[int, str, str], object] = {}


def _cols(con: sqlite3.Connection, table: str) -> list[str]:
    key = (id(con), "cols", table)
    if key not in _CACHE:
        _CACHE[key] = sq.columns_of(con, table)
    return _CACHE[key]  # type: ignore[return-value]


def _srs(con: sqlite3.Connection, table: str) -> int:
    key = (id(con), "srs", table)
    if key not in _CACHE:
        _CACHE[key] = sq.srs_id_of(con, table)
    return _CACHE[key]  # type: ignore[return-value]


def meta(con: sqlite3.Connection) -> dict[str, str]:
    return dict(con.execute(f"SELECT sleutel, waarde FROM {migrations.META_TABLE}").fetchall())


# -- rows ↔ GeoJSON -----------------------------------------------------------------

def _wire(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _BOOL:
        return bool(value)
    if name in _INT:
        return int(value)
    if name in _REAL:
        return float(value)
    if isinstance(value, bytes):
        return None
    return value


def _to_single(geom):
    """A multi-geometry of one part as that part (a tree is a Point on the wire)."""
    if geom is not None and geom.geom_type.startswith("Multi") and shapely.get_num_geometries(geom) == 1:
        return shapely.get_geometry(geom, 0)
    return geom


@dataclass
class LocalFeature:
    id: str
    laag: str
    fid: int
    properties: dict[str, Any]
    geometry: Any  # shapely (EPSG:31370), single part when it has one part

    def feature(self, *, system: bool = True) -> dict[str, Any]:
        props = {k: v for k, v in self.properties.items() if system or k not in SYSTEM_FIELDS}
        geom = None if self.geometry is None else json.loads(shapely.to_geojson(self.geometry))
        return {"type": "Feature", "id": self.id, "geometry": geom, "properties": props}


def read_features(con: sqlite3.Connection, ids: set[str] | None = None,
                  layers: tuple[str, ...] = STORE_LAYERS, exclude: set[str] | dict | None = None,
                  ) -> dict[str, LocalFeature]:
    """Features of the store layers (all, or those with the given ids, minus ``exclude``) by id."""
    out: dict[str, LocalFeature] = {}
    for t in layers:
        cols = [c for c in sq.columns_of(con, t) if c not in ("fid", "geom")]
        select = ", ".join(f'"{c}"' for c in cols)
        if ids is None:
            rows = con.execute(f'SELECT fid, geom, {select} FROM "{t}" WHERE id IS NOT NULL AND id <> \'\'')
            rows = rows.fetchall()
        else:
            rows = []
            wanted = list(ids)
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                rows += con.execute(f'SELECT fid, geom, {select} FROM "{t}" WHERE id IN '
                                    f'({",".join("?" * len(chunk))})', chunk).fetchall()
        if exclude:
            id_at = 2 + cols.index("id")
            rows = [r for r in rows if r[id_at] not in exclude]
        if not rows:
            continue
        wkbs = [sq.wkb_of(r[1]) for r in rows]
        geoms = shapely.from_wkb(wkbs, on_invalid="ignore")
        # multi-geometries of one part as that part, empty as None (vectorized)
        kinds = shapely.get_type_id(geoms)
        single = (kinds >= 4) & (kinds <= 6) & (shapely.get_num_geometries(geoms) == 1)
        geoms[single] = shapely.get_geometry(geoms[single], 0)
        geoms[shapely.is_empty(geoms)] = None
        for row, geom in zip(rows, geoms, strict=True):
            props = {}
            for name, value in zip(cols, row[2:], strict=True):
                if name in FIELDS_BY_NAME:
                    v = _wire(name, value)
                    if v is not None:
                        props[name] = v
            fid_ = props.get("id")
            if not fid_:
                continue
            out[fid_] = LocalFeature(fid_, t, int(row[0]), props, geom)
    return out


def present(con: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, int]]:
    """(layer, fid) of each of ``ids`` found in the store layers."""
    out: dict[str, tuple[str, int]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for t in STORE_LAYERS:
            out.update((r[0], (t, int(r[1]))) for r in
                       con.execute(f'SELECT id, fid FROM "{t}" WHERE id IN ({marks})', chunk))
    return out


def reference_ids(con: sqlite3.Connection, ids: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(r[0] for r in con.execute(
            f'SELECT id FROM "{REFERENCE_LAYER}" WHERE id IN ({",".join("?" * len(chunk))})', chunk))
    return out


def edited(con: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Those of ``ids`` with unsent local edits (outbox rows or a request being sent)."""
    out: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        out.update(r[0] for r in con.execute(
            f"SELECT feature_id FROM sync_outbox WHERE feature_id IN ({marks}) UNION "
            f"SELECT feature_id FROM sync_verzending WHERE feature_id IN ({marks})", chunk + chunk))
    return out


def locate(con: sqlite3.Connection, fid: str) -> tuple[str, int] | None:
    for t in STORE_LAYERS:
        row = con.execute(f'SELECT fid FROM "{t}" WHERE id = ?', (fid,)).fetchone()
        if row:
            return t, int(row[0])
    return None


def _geometry_from_feature(feature: dict[str, Any]):
    g = feature.get("geometry")
    if not g:
        return None
    geom = shapely.from_geojson(json.dumps(g))
    return None if geom.is_empty else geom


def _as_multi(geom):
    if geom is None:
        return None
    t = geom.geom_type
    if t == "Point":
        return shapely.MultiPoint([geom])
    if t == "LineString":
        return shapely.MultiLineString([geom])
    if t == "Polygon":
        return shapely.MultiPolygon([geom])
    return geom


def layer_for(feature: dict[str, Any]) -> str:
    geom = _geometry_from_feature(feature)
    if geom is None:
        return GEOMETRY_FAMILIES[0].layer_name
    try:
        return family_of(geom.geom_type).layer_name
    except KeyError:
        return GEOMETRY_FAMILIES[0].layer_name


def _row_values(con: sqlite3.Connection, table: str, feature: dict[str, Any], multi: bool) -> dict[str, Any]:
    props = dict(feature.get("properties") or {})
    props["id"] = str(feature.get("id") or props.get("id"))
    cols = set(_cols(con, table))
    values: dict[str, Any] = {}
    for name, value in props.items():
        if name not in cols or name in ("fid", "geom"):
            continue
        if name in _BOOL and value is not None:
            value = 1 if value else 0
        elif isinstance(value, (dict, list)):
            value = json.dumps(value)
        values[name] = value
    for name in cols - set(values) - {"fid", "geom"}:
        values[name] = None
    geom = _geometry_from_feature(feature)
    if multi:
        geom = _as_multi(geom)
    if geom is None:
        values["geom"] = None
    else:
        values["geom"] = sq.gpkg_blob(shapely.to_wkb(geom), _srs(con, table), geom.bounds)
    return values


_UNKNOWN = object()


def write_feature(con: sqlite3.Connection, feature: dict[str, Any] | None, fid: str,
                  table: str | None = None, where: Any = _UNKNOWN) -> None:
    """Put ``feature`` (GeoJSON, EPSG:31370) into the store layers, or delete ``fid`` when None.

    Runs inside the caller's transaction; the caller decides whether the
    outbox sees it (the ``pulling`` flag).  ``where`` is the feature's
    (layer, fid) or None when the caller already looked it up.
    """
    if where is _UNKNOWN:
        where = locate(con, fid)
    if feature is None:
        if where:
            con.execute(f'DELETE FROM "{where[0]}" WHERE fid = ?', (where[1],))
        return
    target = table or layer_for(feature)
    values = _row_values(con, target, feature, multi=True)
    if where and where[0] == target:
        sets = ", ".join(f'"{k}" = ?' for k in values)
        con.execute(f'UPDATE "{target}" SET {sets} WHERE fid = ?', (*values.values(), where[1]))
        return
    if where:
        con.execute(f'DELETE FROM "{where[0]}" WHERE fid = ?', (where[1],))
    names = ", ".join(f'"{k}"' for k in values)
    con.execute(f'INSERT INTO "{target}" ({names}) VALUES ({",".join("?" * len(values))})',
                tuple(values.values()))


def write_reference(con: sqlite3.Connection, feature: dict[str, Any] | None, fid: str) -> None:
    """Upsert or delete a feature of ``registry_referentie`` (under the pulling flag)."""
    row = con.execute(f'SELECT fid FROM "{REFERENCE_LAYER}" WHERE id = ?', (fid,)).fetchone()
    if feature is None:
        if row:
            con.execute(f'DELETE FROM "{REFERENCE_LAYER}" WHERE fid = ?', (row[0],))
        return
    values = _row_values(con, REFERENCE_LAYER, feature, multi=False)
    if row:
        sets = ", ".join(f'"{k}" = ?' for k in values)
        con.execute(f'UPDATE "{REFERENCE_LAYER}" SET {sets} WHERE fid = ?', (*values.values(), row[0]))
    else:
        names = ", ".join(f'"{k}"' for k in values)
        con.execute(f'INSERT INTO "{REFERENCE_LAYER}" ({names}) VALUES ({",".join("?" * len(values))})',
                    tuple(values.values()))


def set_pulling(con: sqlite3.Connection, on: bool) -> None:
    con.execute("UPDATE sync_state SET pulling = ? WHERE id = 1", (1 if on else 0,))


# -- comparing versions ---------------------------------------------------------------

def comparable(feature: dict[str, Any] | None) -> tuple | None:
    """What makes two versions of a feature the same (no system fields, no nulls, geometry)."""
    if feature is None:
        return None
    props = {k: v for k, v in (feature.get("properties") or {}).items()
             if k not in SYSTEM_FIELDS and k != "id" and v is not None}
    for name, default in _DEFAULTS.items():  # the registry fills schema defaults a tool left NULL
        props.setdefault(name, default)
    if "gemeente_nis" in props:
        props["gemeente_nis"] = mergers.to_2025(str(props["gemeente_nis"]))
    for k in _REAL:
        if k in props:
            props[k] = round(float(props[k]), 9)
    geom = _to_single(_geometry_from_feature(feature))
    wkb = None if geom is None else shapely.to_wkb(shapely.normalize(shapely.set_precision(geom, 1e-6)))
    return tuple(sorted(props.items())), wkb


def same(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    return comparable(a) == comparable(b)


# -- the outbox, coalesced --------------------------------------------------------------

@dataclass
class Pending:
    id: str
    laag: str
    op: str | None  # "create" | "replace" | "delete" | None (nothing to send: create + delete)
    max_seq: int
    n_rows: int


def pending(con: sqlite3.Connection) -> dict[str, Pending]:
    """The outbox coalesced per feature.

    create+updates → create; create+delete → nothing; updates → replace;
    update+delete → delete; delete+create of one id → replace.  Whether a
    feature exists on the registry comes from ``sync_basis`` (the last
    version both sides agreed on); whether it exists locally from the layers.
    """
    rows = con.execute("SELECT feature_id, laag, max(seq), count(*) FROM sync_outbox GROUP BY feature_id")
    per: dict[str, tuple[str, int, int]] = {r[0]: (r[1], r[2], r[3]) for r in rows}
    if not per:
        return {}
    remote = set()
    local: dict[str, str] = {}
    ids = list(per)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        remote.update(r[0] for r in con.execute(
            f"SELECT feature_id FROM sync_basis WHERE feature_id IN ({marks})", chunk))
        for t in STORE_LAYERS:
            local.update((r[0], t) for r in con.execute(f'SELECT id FROM "{t}" WHERE id IN ({marks})', chunk))
    out: dict[str, Pending] = {}
    for fid, (laag, max_seq, n) in per.items():
        exists_here, exists_there = fid in local, fid in remote
        if exists_here:
            op = "replace" if exists_there else "create"
        else:
            op = "delete" if exists_there else None
        out[fid] = Pending(fid, local.get(fid, laag), op, max_seq, n)
    return out


def open_conflict_ids(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT feature_id FROM sync_conflicten WHERE status = 'open'")}


def basis(con: sqlite3.Connection, fid: str) -> tuple[str | None, dict | None] | None:
    """(ETag, GeoJSON Feature) of the last version both sides agreed on; None when never synced.

    After a push the stored document is the batch operation that was sent
    (its ``feature`` is the agreed version: kept as sent, not re-encoded).
    """
    row = con.execute("SELECT etag, versie, feature FROM sync_basis WHERE feature_id = ?", (fid,)).fetchone()
    if row is None:
        return None
    doc = json.loads(row[2]) if row[2] else None
    if isinstance(doc, dict) and "op" in doc:
        doc = doc.get("feature")
        if doc is not None and row[1] is not None:
            doc.setdefault("properties", {})["versie"] = row[1]
    return row[0], doc


def basis_etags(con: sqlite3.Connection, ids: list[str]) -> dict[str, str | None]:
    """ETag of the agreed version per feature id (only ids that have one)."""
    out: dict[str, str | None] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(con.execute(f"SELECT feature_id, etag FROM sync_basis WHERE feature_id IN "
                               f"({','.join('?' * len(chunk))})", chunk).fetchall())
    return out


def set_basis(con: sqlite3.Connection, fid: str, etag: str | None, versie: int | None,
              feature: dict | str | None) -> None:
    text = feature if isinstance(feature, str) or feature is None else json.dumps(feature)
    con.execute("INSERT OR REPLACE INTO sync_basis(feature_id, etag, versie, feature) VALUES (?, ?, ?, ?)",
                (fid, etag, versie, text))


def drop_basis(con: sqlite3.Connection, fid: str) -> None:
    con.execute("DELETE FROM sync_basis WHERE feature_id = ?", (fid,))


def drop_outbox(con: sqlite3.Connection, fid: str, max_seq: int | None = None) -> None:
    if max_seq is None:
        con.execute("DELETE FROM sync_outbox WHERE feature_id = ?", (fid,))
    else:
        con.execute("DELETE FROM sync_outbox WHERE feature_id = ? AND seq <= ?", (fid, max_seq))


def has_local_edits(con: sqlite3.Connection, fid: str) -> bool:
    return con.execute("SELECT 1 FROM sync_outbox WHERE feature_id = ? UNION ALL "
                       "SELECT 1 FROM sync_verzending WHERE feature_id = ? LIMIT 1", (fid, fid)).fetchone() is not None
