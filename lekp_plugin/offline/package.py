"""The package's GeoPackage and the way back (Qt-free: GDAL/OGR, sqlite3, shapely).

**Out**: :func:`make_package_store` copies the store with SQLite's backup API
(a consistent snapshot, ``layer_styles`` and all sync tables included), then,
in one transaction with ``sync_state.pulling`` set so the outbox triggers stay
silent, removes the features outside the area and empties the outbox, the
requests in flight and the held-back list: the package starts with nothing to
send, and its outbox records only what is edited in the field.  Each feature
keeps its ``sync_basis`` (ETag, versie), so a direct sync of the package
detects a registry change as a conflict; ``pakket_origineel`` keeps each
feature as it left the office, so a merge sees what changed on which side.

**Back**: :func:`check_wal` refuses a package whose edits are only in a
``-wal`` file that did not come along (the ``-shm`` index still counts its
frames); :func:`merge_package` applies the package's outbox to the office
store as local edits (recorded by the office store's outbox, sent at its next
sync) and records a conflict (``oorzaak = 'pakket'``, mine = the office's
version, theirs = the package's) for every feature changed on both sides —
never a silent overwrite.  A package is merged once.

Every failure is an :class:`OfflineError` with a Dutch and an English text;
nothing is left half-written (the package is written beside its target and
renamed into place; the merge is one transaction).
"""

from __future__ import annotations

import datetime as _dt
import errno
import json
import math
import os
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass, field

import shapely
from osgeo import ogr, osr

from ..core.schema import BOUNDARY_LAYER, STORAGE_EPSG
from ..store import migrations
from ..store import sqlite as sq
from ..sync import localstore as ls
from ..sync.conflicts import record_conflict

ogr.UseExceptions()
osr.UseExceptions()

ORIGINALS_TABLE = "pakket_origineel"
AREA_LAYER = "pakketgebied"
#: ``oorzaak`` of a conflict between a package and the office store.
PACKAGE_CAUSE = "pakket"
MERGED_KEY = "pakket_samengevoegd:"
#: Basemap estimate: bytes per rendered tile (JPEG, street level) and the default ceiling.
BYTES_PER_TILE = 20_000
BASEMAP_LIMIT = 200 * 1024 * 1024
MAX_ZOOM_CEILING = 17

_MESSAGES: dict[str, tuple[str, str]] = {
    "not_store": ("{path} is geen LEKP-opslag.", "{path} is not an LEKP store."),
    "no_boundary": ("De opslag {path} heeft geen gemeentegrens; maak de opslag met een grensbestand of "
                    "kies een gebied.",
                    "The store {path} has no municipal boundary; create the store with a boundary file "
                    "or choose an area."),
    "area_empty": ("Het gekozen gebied is leeg.", "The chosen area is empty."),
    "area_outside": ("Het gekozen gebied ({bbox}) ligt buiten gemeente {nis}; kies een gebied binnen de "
                     "gemeente.",
                     "The chosen area ({bbox}) lies outside municipality {nis}; choose an area inside "
                     "the municipality."),
    "conflicts": ("De opslag {path} heeft {n} open synchronisatieconflict(en); los ze eerst op (LEKP-paneel, "
                  "tab Synchronisatie) en maak dan het pakket.",
                  "The store {path} has {n} open sync conflict(s); resolve them first (LEKP panel, "
                  "Sync tab), then make the package."),
    "exists": ("{path} bestaat al en is niet leeg; kies een nieuwe of lege map.",
               "{path} already exists and is not empty; choose a new or empty folder."),
    "disk_full": ("Er is niet genoeg schijfruimte in {path} om het pakket te schrijven; er is niets "
                  "weggeschreven.",
                  "There is not enough disk space in {path} to write the package; nothing was written."),
    "write_failed": ("Het pakket kan niet geschreven worden in {path}: {reason}. Er is niets weggeschreven.",
                     "The package cannot be written in {path}: {reason}. Nothing was written."),
    "not_package": ("{path} is geen LEKP-veldpakket (geen pakket-id in lekp_meta).",
                    "{path} is not an LEKP field package (no package id in lekp_meta)."),
    "package_missing": ("Geen veldpakket gevonden in {path} (verwacht: een map of zip met een .gpkg).",
                        "No field package found in {path} (expected: a folder or zip with a .gpkg)."),
    "other_gemeente": ("Het pakket {path} is van gemeente {theirs}, de opslag van gemeente {mine}; het wordt "
                       "niet samengevoegd.",
                       "The package {path} belongs to municipality {theirs}, the store to municipality "
                       "{mine}; it is not merged."),
    "already_merged": ("Het pakket {pakket} is al samengevoegd met deze opslag (op {when}); het wordt geen "
                       "tweede keer samengevoegd.",
                       "Package {pakket} was already merged into this store (on {when}); it is not "
                       "merged a second time."),
    "package_conflicts": ("Het pakket {path} heeft {n} open synchronisatieconflict(en); los ze op in het "
                          "pakket of synchroniseer het pakket rechtstreeks.",
                          "The package {path} has {n} open sync conflict(s); resolve them in the package "
                          "or sync the package directly."),
    "wal_missing": ("Het pakket {path} is gekopieerd terwijl het nog open was: de laatste wijzigingen staan "
                    "in {wal}, dat ontbreekt ({frames} pagina's). Kopieer ook dat bestand mee (of sluit "
                    "het project op het toestel en kopieer opnieuw); zonder gaan die wijzigingen verloren, "
                    "dus het pakket wordt niet samengevoegd.",
                    "The package {path} was copied while it was still open: its last edits are in {wal}, "
                    "which is missing ({frames} pages). Copy that file too (or close the project on the "
                    "device and copy again); without it those edits would be lost, so the package is not "
                    "merged."),
    "locked": ("De opslag {path} is vergrendeld door een ander programma; probeer opnieuw.",
               "The store {path} is locked by another program; try again."),
}


class OfflineError(Exception):
    """A bad situation of packaging or merging, with a Dutch and an English one-line message."""

    def __init__(self, code: str, **params) -> None:
        self.code = code
        self.params = params
        super().__init__(self.text("nl"))

    def text(self, lang: str = "nl") -> str:
        nl, en = _MESSAGES[self.code]
        return (nl if lang == "nl" else en).format(**self.params)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = str(exc).lower()
    return "disk is full" in text or "no space left" in text or "disk full" in text


# -- the area -------------------------------------------------------------------------

def store_boundary(con: sqlite3.Connection):
    """The gemeente's boundary (shapely, EPSG:31370) from ``gemeentegrens``, or None."""
    try:
        rows = con.execute(f'SELECT geom FROM "{BOUNDARY_LAYER}"').fetchall()
    except sqlite3.Error:
        return None
    geoms = [g for g in shapely.from_wkb([sq.wkb_of(r[0]) for r in rows if r[0] is not None],
                                         on_invalid="ignore") if g is not None and not g.is_empty]
    return shapely.union_all(geoms) if geoms else None


def _bbox_text(geom) -> str:
    minx, miny, maxx, maxy = geom.bounds
    return f"{minx:.0f} {miny:.0f} – {maxx:.0f} {maxy:.0f} (Lambert 72)"


def resolve_area(store: str, area_wkb: bytes | None):
    """(area, boundary) for a package; the whole gemeente when ``area_wkb`` is None.

    Raises :class:`OfflineError` for an empty area or one outside the gemeente.
    """
    con = sq.connect(store, readonly=True)
    try:
        boundary = store_boundary(con)
        nis = ls.meta(con).get("gemeente_nis", "")
    finally:
        con.close()
    if area_wkb is None:
        if boundary is None:
            raise OfflineError("no_boundary", path=store)
        return None, boundary
    area = shapely.from_wkb(area_wkb)
    if area is None or area.is_empty or area.area <= 0:
        raise OfflineError("area_empty")
    area = shapely.make_valid(area)
    if boundary is not None and shapely.intersection(area, boundary).area <= 0:
        raise OfflineError("area_outside", bbox=_bbox_text(area), nis=nis)
    return area, boundary


# -- making the package store ---------------------------------------------------------------

@dataclass
class PackageStore:
    path: str
    pakket_id: str
    gemeente_nis: str
    gemeente_naam: str
    counts: dict[str, int] = field(default_factory=dict)
    reference: int = 0
    extent: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # minx, miny, maxx, maxy (31370)


def _outside(con: sqlite3.Connection, table: str, area) -> list[int]:
    """fids of ``table`` whose geometry misses ``area`` (features without geometry stay)."""
    rows = con.execute(f'SELECT fid, geom FROM "{table}" WHERE geom IS NOT NULL').fetchall()
    if not rows:
        return []
    geoms = shapely.from_wkb([sq.wkb_of(r[1]) for r in rows], on_invalid="ignore")
    shapely.prepare(area)
    hit = shapely.intersects(area, geoms)
    return [int(r[0]) for r, keep, g in zip(rows, hit, geoms, strict=True) if g is not None and not keep]


def _delete_fids(con: sqlite3.Connection, table: str, fids: list[int]) -> None:
    for i in range(0, len(fids), 500):
        chunk = fids[i:i + 500]
        con.execute(f'DELETE FROM "{table}" WHERE fid IN ({",".join("?" * len(chunk))})', chunk)


def _cut(con: sqlite3.Connection, area, pakket_id: str, source: str) -> dict[str, int]:
    """Inside the package's transaction, with the pulling flag set: cut to the area, empty the queues."""
    ls.set_pulling(con, True)
    if area is not None:
        for t in (*migrations.STORE_LAYERS, migrations.REFERENCE_LAYER):
            _delete_fids(con, t, _outside(con, t, area))
        # the extents GDAL keeps in gpkg_contents were the whole store's: let it compute them again
        con.execute("UPDATE gpkg_contents SET min_x = NULL, min_y = NULL, max_x = NULL, max_y = NULL "
                    "WHERE table_name IN (?, ?, ?, ?)", (*migrations.STORE_LAYERS, migrations.REFERENCE_LAYER))
    con.execute("DELETE FROM sync_outbox")
    con.execute("DELETE FROM sync_verzending")
    con.execute("DELETE FROM sync_tegengehouden")
    con.execute("DELETE FROM sync_conflicten")
    features = ls.read_features(con)
    con.execute("DELETE FROM sync_basis WHERE feature_id NOT IN (SELECT id FROM verbeteringen_vlak UNION "
                "SELECT id FROM verbeteringen_lijn UNION SELECT id FROM verbeteringen_punt)")
    con.execute(f"CREATE TABLE IF NOT EXISTS {ORIGINALS_TABLE} (feature_id TEXT PRIMARY KEY, laag TEXT, "
                "feature TEXT)")
    con.executemany(f"INSERT INTO {ORIGINALS_TABLE}(feature_id, laag, feature) VALUES (?, ?, ?)",
                    ((f.id, f.laag, json.dumps(f.feature())) for f in features.values()))
    for key, value in (("pakket_id", pakket_id), ("pakket_aangemaakt_op", _now()), ("pakket_bron", source)):
        con.execute(f"DELETE FROM {migrations.META_TABLE} WHERE sleutel = ?", (key,))
        con.execute(f"INSERT INTO {migrations.META_TABLE}(sleutel, waarde) VALUES (?, ?)", (key, value))
    ls.set_pulling(con, False)
    counts = {t: 0 for t in migrations.STORE_LAYERS}
    for f in features.values():
        counts[f.laag] += 1
    return counts


def _write_area_layer(path: str, area) -> None:
    ds = ogr.Open(path, 1)
    try:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(STORAGE_EPSG)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        layer = ds.CreateLayer(AREA_LAYER, srs, ogr.wkbMultiPolygon,
                               options=["FID=fid", "GEOMETRY_NAME=geom", "IDENTIFIER=Pakketgebied"])
        feat = ogr.Feature(layer.GetLayerDefn())
        geom = ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(shapely.to_wkb(area)))
        feat.SetGeometry(geom)
        layer.CreateFeature(feat)
    finally:
        ds = None


def make_package_store(store: str, dest: str, area_wkb: bytes | None = None) -> PackageStore:
    """Write the package GeoPackage for ``area`` (WKB, EPSG:31370; None: the whole gemeente) at ``dest``.

    Raises :class:`OfflineError`; on failure nothing is left at ``dest``.
    """
    from ..store.geopackage import is_store

    if not os.path.exists(store) or not is_store(store):
        raise OfflineError("not_store", path=store)
    try:
        con = ls.open_store(store)  # upgraded, WAL
    except Exception as exc:  # SyncError: locked or not a store
        raise OfflineError("not_store", path=store) from exc
    try:
        n_conflicts = len(ls.open_conflict_ids(con))
        meta = ls.meta(con)
    finally:
        con.close()
    if n_conflicts:
        raise OfflineError("conflicts", path=store, n=n_conflicts)
    area, boundary = resolve_area(store, area_wkb)
    cut_area = area
    extent_geom = area if area is not None else boundary

    directory = os.path.dirname(os.path.abspath(dest)) or "."
    pakket_id = str(uuid.uuid4())
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".lekp-pakket-", suffix=".gpkg", dir=directory)
        os.close(fd)
        src = sq.connect(store, readonly=True)
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")  # one file to carry; QGIS/QField choose their own
        finally:
            out.close()
            src.close()
        con = sq.connect(tmp)
        try:
            counts = sq.write(con, lambda c: _cut(c, cut_area, pakket_id, os.path.basename(store)))
            reference = con.execute(f'SELECT count(*) FROM "{migrations.REFERENCE_LAYER}"').fetchone()[0]
            if cut_area is not None:
                con.execute("VACUUM")
        finally:
            con.close()
        _write_area_layer(tmp, extent_geom)
        os.replace(tmp, dest)
        tmp = None
    except OfflineError:
        raise
    except (OSError, sqlite3.Error, RuntimeError) as exc:
        if _is_disk_full(exc):
            raise OfflineError("disk_full", path=directory) from None
        raise OfflineError("write_failed", path=directory, reason=str(exc).strip() or type(exc).__name__) from None
    finally:
        if tmp is not None:
            for suffix in ("", "-journal", "-wal", "-shm"):
                try:
                    os.unlink(tmp + suffix)
                except OSError:
                    pass
    return PackageStore(dest, pakket_id, meta.get("gemeente_nis", ""), meta.get("gemeente_naam", ""), counts,
                        int(reference), tuple(extent_geom.bounds))


# -- the basemap estimate ------------------------------------------------------------------

def _tile_range(lon0: float, lat0: float, lon1: float, lat1: float, z: int) -> int:
    n = 2 ** z

    def tx(lon):
        return int((lon + 180.0) / 360.0 * n)

    def ty(lat):
        r = math.radians(lat)
        return int((1.0 - math.asinh(math.tan(r)) / math.pi) / 2.0 * n)

    return (abs(tx(lon1) - tx(lon0)) + 1) * (abs(ty(lat0) - ty(lat1)) + 1)


def estimate_basemap(extent: tuple[float, float, float, float], zoom_min: int, zoom_max: int,
                     bytes_per_tile: int = BYTES_PER_TILE) -> tuple[int, int]:
    """(tiles, bytes) of an XYZ basemap of ``extent`` (minx, miny, maxx, maxy in EPSG:31370)."""
    src = osr.SpatialReference()
    src.ImportFromEPSG(STORAGE_EPSG)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4326)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(src, dst)
    lon0, lat0, lon1, lat1 = tr.TransformBounds(extent[0], extent[1], extent[2], extent[3], 21)
    tiles = sum(_tile_range(lon0, lat0, lon1, lat1, z) for z in range(zoom_min, zoom_max + 1))
    return tiles, tiles * bytes_per_tile


def default_max_zoom(extent: tuple[float, float, float, float], zoom_min: int,
                     limit: int = BASEMAP_LIMIT, ceiling: int = MAX_ZOOM_CEILING) -> int:
    """The highest zoom (street level at most) whose basemap estimate stays under ``limit`` bytes."""
    z = ceiling
    while z > zoom_min and estimate_basemap(extent, zoom_min, z)[1] > limit:
        z -= 1
    return z


# -- coming back ---------------------------------------------------------------------------

def check_wal(path: str) -> None:
    """Refuse a GeoPackage whose last edits are in a ``-wal`` file that is missing.

    A tool that has the file open in WAL mode keeps new pages in ``<file>-wal``
    and counts them in ``<file>-shm``; a clean close copies them into the file
    and removes both.  A copy with the ``-shm`` counting frames but without the
    ``-wal`` lost those edits: opening it would silently drop them.
    """
    frames = ls.missing_wal_frames(path)
    if frames:
        raise OfflineError("wal_missing", path=path, wal=os.path.basename(path) + "-wal", frames=frames)


def find_package_gpkg(folder: str) -> str:
    """The package GeoPackage in a package folder (the one with a pakket id)."""
    if os.path.isfile(folder) and folder.lower().endswith(".gpkg"):
        return folder
    candidates = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.lower().endswith(".gpkg")) \
        if os.path.isdir(folder) else []
    for path in candidates:
        check_wal(path)
        try:
            con = sq.connect(path, readonly=True)
            try:
                if ls.meta(con).get("pakket_id"):
                    return path
            finally:
                con.close()
        except sqlite3.Error:
            continue
    raise OfflineError("package_missing", path=folder)


@dataclass
class MergeResult:
    pakket_id: str
    applied: int = 0
    conflicts: int = 0
    unchanged: int = 0
    created: int = 0
    changed: int = 0
    deleted: int = 0
    conflict_ids: list[str] = field(default_factory=list)


def merge_package(package: str, store: str) -> MergeResult:
    """Merge the edits of a package (folder or its ``.gpkg``) into the office ``store``.

    A feature the office did not change since packaging takes the package's
    version (a local edit of the office store, sent at its next sync); one
    changed on both sides becomes an open conflict; one changed to the same
    version on both sides needs nothing.  Raises :class:`OfflineError`.
    """
    gpkg = find_package_gpkg(package)
    check_wal(gpkg)
    try:
        pcon = sq.connect(gpkg)  # read-write: SQLite replays a -wal that came along
        pmeta = ls.meta(pcon)
    except sqlite3.Error as exc:
        raise OfflineError("not_package", path=gpkg) from exc
    try:
        pakket_id = pmeta.get("pakket_id")
        if not pakket_id:
            raise OfflineError("not_package", path=gpkg)
        try:
            ocon = ls.open_store(store)
        except Exception as exc:
            raise OfflineError("not_store", path=store) from exc
        try:
            ometa = ls.meta(ocon)
            if pmeta.get("gemeente_nis") != ometa.get("gemeente_nis"):
                raise OfflineError("other_gemeente", path=package, theirs=pmeta.get("gemeente_nis"),
                                   mine=ometa.get("gemeente_nis"))
            when = ometa.get(MERGED_KEY + pakket_id)
            if when:
                raise OfflineError("already_merged", pakket=pakket_id, when=when)
            n_conflicts = len(ls.open_conflict_ids(pcon))
            if n_conflicts:
                raise OfflineError("package_conflicts", path=package, n=n_conflicts)
            result = _merge(pcon, ocon, pakket_id)
        finally:
            ocon.close()
        # the edits are in the office store now: the package has nothing left to send on its own
        try:
            sq.write(pcon, lambda c: (c.execute("DELETE FROM sync_outbox"),
                                      c.execute(f"INSERT INTO {migrations.META_TABLE}(sleutel, waarde) "
                                                "VALUES ('pakket_samengevoegd_op', ?)", (_now(),))))
        except sqlite3.Error:
            pass  # a read-only copy: the office store's record keeps it from being merged twice
        return result
    except sqlite3.Error as exc:
        if sq.is_locked(exc):
            raise OfflineError("locked", path=store) from None
        raise OfflineError("write_failed", path=store, reason=str(exc)) from None
    finally:
        pcon.close()


def _merge(pcon: sqlite3.Connection, ocon: sqlite3.Connection, pakket_id: str) -> MergeResult:
    pend = {fid: p for fid, p in ls.pending(pcon).items() if p.op is not None}
    ids = set(pend)
    mine_now = ls.read_features(pcon, ids) if ids else {}
    originals: dict[str, dict] = {}
    for fid, text in pcon.execute(f"SELECT feature_id, feature FROM {ORIGINALS_TABLE}"):
        if fid in ids:
            originals[fid] = json.loads(text)
    result = MergeResult(pakket_id)

    def apply(con: sqlite3.Connection) -> None:
        office = ls.read_features(con, ids) if ids else {}
        for fid in sorted(ids, key=lambda i: pend[i].max_seq):
            field_doc = mine_now[fid].feature() if fid in mine_now else None
            original = originals.get(fid)
            office_doc = office[fid].feature() if fid in office else None
            if ls.same(office_doc, original) or (original is None and office_doc is None):
                table = mine_now[fid].laag if fid in mine_now else None
                ls.write_feature(con, field_doc, fid, table=table)  # a local edit: the outbox records it
                result.applied += 1
                if field_doc is None:
                    result.deleted += 1
                elif original is None:
                    result.created += 1
                else:
                    result.changed += 1
            elif ls.same(office_doc, field_doc):
                result.unchanged += 1
            else:
                b = ls.basis(con, fid)
                laag = office[fid].laag if fid in office else pend[fid].laag
                record_conflict(con, fid, laag, office_doc, field_doc, b[0] if b else None, PACKAGE_CAUSE)
                result.conflicts += 1
                result.conflict_ids.append(fid)
        con.execute(f"INSERT INTO {migrations.META_TABLE}(sleutel, waarde) VALUES (?, ?)",
                    (MERGED_KEY + pakket_id, _now()))

    sq.write(ocon, apply)
    return result
