"""QGIS features ↔ the core's feature form (ids, shapely geometries, columns).

The one place that turns ``QgsFeature`` values into what the Qt-free core
expects: NULL → None, QDate → ISO date text, geometries → shapely (through
WKB, in bulk) in EPSG:31370.  Values are passed on as they are otherwise, so
that the validation engine, not this adapter, judges them.

One value cannot be passed on as QGIS gives it: a GeoPackage DATE cell
holding text that is no date ('31/02/2023') comes back from OGR as NULL (with
a warning on stderr), which would read as "no date" (LEKP-D001).  For date
cells that come back NULL from a GeoPackage, :func:`read_layer` reads the raw
cell text from the file (read-only SQLite) so the engine reports the wrong
date itself (LEKP-D006).
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from .compat import FIELD_TYPES
from .core.schema import FIELD_NAMES, STORAGE_EPSG
from .core.validation.attributes import READ_FIELDS

STORAGE_CRS = f"EPSG:{STORAGE_EPSG}"
LOGGER = logging.getLogger(__name__)
#: fids per SQLite query when reading raw date cells (below SQLite's 999 variables)
_RAW_CHUNK = 500
#: from this many rows on, one scan of the column replaces the lookups by fid
_RAW_SCAN = 2000


def plain(value: Any) -> Any:
    """A QGIS attribute value as a plain Python value for the core."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toPyDateTime().isoformat() if value.isValid() else None
    return value


#: WKB parsed per call of ``shapely.from_wkb``: it holds Python's GIL throughout (100,000
#: geometries: 0.2–0.3 s in which a QgsTask running it would freeze QGIS's main thread)
WKB_SLICE = 10_000


def from_wkb(wkb):
    """shapely geometries (None for NULL or unreadable WKB) from a sequence of WKB, in slices."""
    import numpy as np

    arr = wkb if isinstance(wkb, np.ndarray) else np.array(wkb, dtype=object)
    if len(arr) <= WKB_SLICE:
        return shapely.from_wkb(arr, on_invalid="ignore")
    return np.concatenate([shapely.from_wkb(arr[k:k + WKB_SLICE], on_invalid="ignore")
                           for k in range(0, len(arr), WKB_SLICE)])


@dataclass
class Batch:
    """Features in the core's column form, with where each came from (layer id, QGIS fid)."""

    layer_ids: list[str] = field(default_factory=list)
    fids: list[int] = field(default_factory=list)
    ids: list[Any] = field(default_factory=list)
    wkb: list[bytes | None] = field(default_factory=list)
    columns: dict[str, list[Any]] = field(default_factory=dict)
    #: shapely geometries, parsed once from ``wkb`` (the Arrow reader sets them at once)
    _geoms: Any = field(default=None, repr=False, compare=False)

    @property
    def geometries(self):
        if self._geoms is None or len(self._geoms) != len(self.wkb):
            self._geoms = from_wkb(self.wkb) if self.wkb else []
        return self._geoms

    def set_geometries(self, geoms, wkb) -> None:
        """Geometries parsed already (one ``from_wkb`` over a whole array) with their WKB."""
        self.wkb = list(wkb)
        self._geoms = geoms

    def __len__(self) -> int:
        return len(self.fids)

    def origin(self, index: int) -> tuple[str, int]:
        """(layer id, fid) of the feature at ``index`` (a finding's ``index``)."""
        return self.layer_ids[index], self.fids[index]

    def keys(self) -> list[tuple[str, int]]:
        """(layer id, fid) of every feature, in batch order."""
        return list(zip(self.layer_ids, self.fids, strict=True))

    def subset(self, indices) -> Batch:
        """The features at ``indices`` (positions in this batch), as a new batch."""
        indices = list(indices)
        geoms = self.geometries
        out = Batch(layer_ids=[self.layer_ids[k] for k in indices], fids=[self.fids[k] for k in indices],
                    ids=[self.ids[k] for k in indices],
                    columns={name: [values[k] for k in indices] for name, values in self.columns.items()})
        out.set_geometries(geoms[indices] if len(indices) else geoms[:0],
                           [self.wkb[k] for k in indices])
        return out

    def extend(self, other: Batch) -> None:
        import numpy as np

        mine = self.geometries if len(self.wkb) else np.empty(0, dtype=object)
        theirs = other.geometries if len(other.wkb) else np.empty(0, dtype=object)
        self.layer_ids += other.layer_ids
        self.fids += other.fids
        self.ids += other.ids
        for name, values in other.columns.items():
            self.columns.setdefault(name, [None] * (len(self.wkb))).extend(values)
        self.set_geometries(np.concatenate([np.asarray(mine, dtype=object), np.asarray(theirs, dtype=object)]),
                            self.wkb + list(other.wkb))

    def to_features(self, skip_fids=frozenset()) -> list[dict[str, Any]]:
        """The core's feature dicts (``{"id", "properties", "geometry"}``)."""
        geoms = self.geometries
        out = []
        for k, fid in enumerate(self.fids):
            if fid in skip_fids:
                continue
            props = {name: values[k] for name, values in self.columns.items()}
            props["id"] = self.ids[k]
            out.append({"id": self.ids[k], "properties": props, "geometry": geoms[k]})
        return out


def transform_to_storage(layer: QgsVectorLayer) -> QgsCoordinateTransform | None:
    """A transform to Lambert 72 when the layer declares another CRS, else None.

    A layer without a CRS, or one that wrongly declares 31370 while holding
    degrees, is passed on untouched so LEKP-G004 can report it.
    """
    crs = layer.crs()
    if not crs.isValid() or crs.authid() == STORAGE_CRS:
        return None
    return QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(STORAGE_CRS), QgsProject.instance())


def _ogr_source(layer: QgsVectorLayer) -> tuple[str | None, str | None, int | None]:
    """(file path, layer name, layer index) of an OGR layer's source; Nones otherwise."""
    if layer.providerType() != "ogr":
        return None, None, None
    return _decode_ogr(layer.source())


@functools.lru_cache(maxsize=64)
def _decode_ogr(source: str) -> tuple[str | None, str | None, int | None]:
    parts = QgsProviderRegistry.instance().decodeUri("ogr", source)
    path, name, index = (plain(parts.get(key)) for key in ("path", "layerName", "layerId"))
    return (str(path) if path else None, str(name) if name else None,
            int(index) if index is not None else None)


def source_layer_name(layer: QgsVectorLayer) -> str:
    """The layer's name within its source: the GeoPackage table, the shapefile's base name.

    ``qgis_process`` names a layer given as ``cases.gpkg|layername=vlakken``
    after the file ("cases"); a findings table must say "vlakken".  Layers
    without a file (memory, services) keep their layer name.
    """
    path, name, index = _ogr_source(layer)
    if name:
        return name
    if path:
        from osgeo import gdal

        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
            lyr = ds.GetLayer(index or 0) if ds is not None else None
            if lyr is not None:
                return lyr.GetName()
        except RuntimeError:  # with gdal.UseExceptions(): not readable, fall back to the file name
            pass
        finally:
            gdal.PopErrorHandler()
        return os.path.splitext(os.path.basename(path))[0]
    return layer.name()


def _geopackage_table(layer: QgsVectorLayer) -> tuple[str, str] | None:
    """(file, table) when ``layer`` reads a GeoPackage table through OGR, else None."""
    path, _name, _index = _ogr_source(layer)
    if not path or not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    return path, source_layer_name(layer)


def _connect_ro(path: str) -> sqlite3.Connection:
    return sqlite3.connect("file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro", uri=True)


def _primary_key(con: sqlite3.Connection, table: str) -> str | None:
    pk = [row[1] for row in con.execute(f'PRAGMA table_info("{_quote(table)}")') if row[5]]
    return pk[0] if len(pk) == 1 else None


def raw_cells(path: str, table: str, column: str, fids: list[int] | None) -> dict[int, Any]:
    """``{fid: raw value}`` of one column for some rows, read-only, non-NULL cells only.

    Plain ``sqlite3`` in read-only mode (``file:…?mode=ro``): it never writes,
    so the GeoPackage's rtree triggers (which call ``ST_*`` functions) never
    run.  The fid is the table's integer primary key.  ``fids=None`` scans
    the whole column for cells that are not ISO dates (``date(x) = x``): one
    query instead of thousands when many rows are asked about.
    """
    out: dict[int, Any] = {}
    con = _connect_ro(path)
    try:
        pk = _primary_key(con, table)
        if pk is None:
            return out
        col = f'"{_quote(column)}"'
        sql = f'SELECT "{_quote(pk)}", {col} FROM "{_quote(table)}" WHERE {col} IS NOT NULL AND '
        if fids is None:
            return dict(con.execute(sql + f"(date({col}) IS NULL OR date({col}) <> {col})").fetchall())
        sql += f'"{_quote(pk)}" IN '
        for start in range(0, len(fids), _RAW_CHUNK):
            chunk = fids[start:start + _RAW_CHUNK]
            out.update(con.execute(sql + "(" + ",".join("?" * len(chunk)) + ")", chunk).fetchall())
    finally:
        con.close()
    return out


def bad_date_cells(path: str, table: str, columns: list[str]) -> dict[str, dict[int, Any]]:
    """``{column: {fid: raw value}}`` of the cells that are no ISO date, all columns in one scan.

    What :func:`raw_cells` with ``fids=None`` gives per column, but the table
    (geometry blobs and all) is read once instead of once per date column.
    """
    out: dict[str, dict[int, Any]] = {c: {} for c in columns}
    if not columns:
        return out
    con = _connect_ro(path)
    try:
        pk = _primary_key(con, table)
        if pk is None:
            return out
        bad = [f'({c} IS NOT NULL AND (date({c}) IS NULL OR date({c}) <> {c}))'
               for c in (f'"{_quote(name)}"' for name in columns)]
        picks = ", ".join(f'CASE WHEN {b} THEN "{_quote(c)}" END' for b, c in zip(bad, columns, strict=True))
        sql = f'SELECT "{_quote(pk)}", {picks} FROM "{_quote(table)}" WHERE {" OR ".join(bad)}'
        for fid, *values in con.execute(sql):
            for name, value in zip(columns, values, strict=True):
                if value is not None:
                    out[name][fid] = value
    finally:
        con.close()
    return out


def raw_columns(path: str, table: str, columns: list[str]) -> tuple[list[int], list[list[Any]]]:
    """``(fids, [values of each column])`` for every row in fid order (read-only, as :func:`raw_cells`)."""
    con = _connect_ro(path)
    try:
        pk = _primary_key(con, table)
        if pk is None:
            raise sqlite3.DatabaseError(f"{table}: no single primary key")
        cols = ", ".join(f'"{_quote(c)}"' for c in columns)
        rows = con.execute(f'SELECT "{_quote(pk)}", {cols} FROM "{_quote(table)}" ORDER BY 1').fetchall()
    finally:
        con.close()
    if not rows:
        return [], [[] for _ in columns]
    fids, *values = (list(col) for col in zip(*rows, strict=True))
    return fids, values


def _quote(name: str) -> str:
    return str(name).replace('"', '""')


def _fill_raw_dates(batch: Batch, source: tuple[str, str] | None, dates: list[str],
                    changed: dict[int, set[str]], suspect: frozenset = frozenset()) -> None:
    """Put the raw text of unreadable GeoPackage date cells in the batch (see the module docstring).

    Only cells read as NULL while the file holds something; features added
    or with that field changed in an edit session (``changed``: fid → field
    names) are what the user typed, not the file, and are left alone.  Both
    readers (QgsFeature and Arrow) get NULL for such a cell, so both pass
    through here and give the same findings.  GDAL's Arrow stream (GDAL 3.6)
    gives such a cell as 1970-01-01 instead of NULL: values in ``suspect``
    are re-read too and replaced unless the file holds that very date.
    Thread-safe (plain sqlite3).
    """
    if not dates or not len(batch) or source is None:
        return
    scan = len(batch) > _RAW_SCAN
    position: dict[int, int] | None = None
    scanned: dict[str, dict[int, Any]] = {}
    if scan:  # a whole layer: one query for the cells that are no ISO date (usually none)
        try:
            scanned = bad_date_cells(*source, [n for n in dates if n in batch.columns])
        except sqlite3.Error as exc:  # locked or not SQLite after all: NULL stays NULL
            LOGGER.warning("raw date cells of %s not readable: %s", source[0], exc)
            return
    for name in dates:
        values = batch.columns.get(name)
        if values is None:
            continue
        if scan:
            rows = None
            raw = scanned.get(name, {})
        else:
            rows = {batch.fids[k]: k for k, v in enumerate(values)
                    if (v is None or v in suspect) and batch.fids[k] >= 0
                    and name not in changed.get(batch.fids[k], ())}
            if not rows:
                continue
            try:
                raw = raw_cells(*source, name, sorted(rows))
            except sqlite3.Error as exc:  # locked or not SQLite after all: NULL stays NULL
                LOGGER.warning("raw %s cells of %s not readable: %s", name, source[0], exc)
                continue
        if raw and rows is None:
            if position is None:
                position = {fid: k for k, fid in enumerate(batch.fids)}
            rows = {fid: position[fid] for fid in raw if fid in position
                    and (values[position[fid]] is None or values[position[fid]] in suspect)
                    and name not in changed.get(fid, ())}
        for fid, value in raw.items():
            if rows and fid in rows:
                text = value if isinstance(value, str) else str(value)
                k = rows[fid]
                if values[k] is None or not text.startswith(values[k]):
                    values[k] = text


#: What GDAL 3.6's Arrow stream gives for a date cell it cannot parse (OGR's epoch).
_ARROW_EPOCH = frozenset({"1970-01-01", "1970-01-01T00:00:00"})

#: The columns the validation engine reads (SPEC §3 names, without ``id``).
COLUMNS = tuple(n for n in READ_FIELDS if n != "id")


def _arrow_source(layer: QgsVectorLayer) -> tuple[str, str | None, int | None] | None:
    """(path, layer name, index) when the whole layer can be read through GDAL's Arrow stream.

    That is an OGR file layer without unsaved edits, subset string or
    reprojection to Lambert 72; everything else goes through QgsFeature.
    """
    if layer.providerType() != "ogr" or layer.subsetString() or layer.isModified():
        return None
    if transform_to_storage(layer) is not None:
        return None
    path, name, index = _ogr_source(layer)
    if not path or not os.path.exists(path) or "|" in path:
        return None
    try:
        from osgeo import ogr
    except ImportError:  # pragma: no cover - QGIS always ships the GDAL bindings
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):  # GDAL < 3.6
        return None
    return path, name, index


def _arrow_column(arr, kind: str) -> list[Any]:
    """One Arrow column as the plain values the QgsFeature reader gives (None for NULL)."""
    import numpy as np

    mask = np.ma.getmaskarray(arr)
    data = np.ma.getdata(arr)
    if data.dtype.kind == "S":
        try:  # numpy decodes ASCII in C; other text (é, ë) goes through Python's UTF-8 decoder
            out = data.astype(f"U{max(1, data.dtype.itemsize)}").tolist()
        except UnicodeDecodeError:
            out = [v.decode("utf-8", "replace") for v in data.tolist()]
    elif data.dtype.kind == "O":
        out = [v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in data.tolist()]
    elif data.dtype.kind == "M":
        if kind == "date":  # ISO text, as QDate.toString("yyyy-MM-dd") gives it
            out = np.datetime_as_string(data.astype("datetime64[D]"), unit="D").tolist()
        else:  # QDateTime.toPyDateTime().isoformat(), as plain() gives it
            out = [d.isoformat() if d is not None else None
                   for d in data.astype("datetime64[ms]").astype(object).tolist()]
    else:
        out = data.tolist()  # bool, int, float as Python values
    if mask.any():
        for k in np.flatnonzero(mask).tolist():
            out[k] = None
    return out


_BOOLS = {0: False, 1: True}


def _raw_bool(value: Any) -> Any:
    """A GeoPackage boolean cell (0/1 integer) as QGIS gives it: a bool; other values as stored."""
    if value is None:
        return None
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    return value


class LayerReader:
    """Reads one layer into a :class:`Batch`; made in the main thread, :meth:`read` may run in a task.

    Everything that needs the layer (fields, edit buffer, CRS, a
    ``QgsVectorLayerFeatureSource``) is taken here, so :meth:`read` touches
    no ``QgsVectorLayer`` and is safe in a ``QgsTask``.  A whole OGR file
    layer without unsaved edits, subset string or reprojection is read
    through GDAL's Arrow stream (``GetArrowStreamAsNumPy``), with one
    ``shapely.from_wkb`` over all geometries; the rest through
    ``QgsFeature``.  Both give the same values (dates as ISO text, NULL as
    None) and so the same findings.
    """

    def __init__(self, layer: QgsVectorLayer, request: QgsFeatureRequest | None = None, *,
                 arrow: bool = True):
        fields = layer.fields()
        self.layer_id = layer.id()
        self.names = [n for n in FIELD_NAMES if (n == "id" or n in COLUMNS) and fields.indexOf(n) >= 0]
        self.idx = {n: fields.indexOf(n) for n in self.names}
        self.kinds = {}
        for n in self.names:
            fld = fields.at(self.idx[n])
            self.kinds[n] = ("date" if fld.type() == FIELD_TYPES["date"] else
                             "datetime" if fld.isDateOrTime() else "other")
        self.dates = [n for n in self.names if n != "id" and self.kinds[n] != "other"]
        self.gpkg_any = _geopackage_table(layer) if layer.providerType() == "ogr" else None
        self.gpkg = self.gpkg_any if self.dates else None
        self.changed: dict[int, set[str]] = {}
        if layer.isEditable() and layer.editBuffer() is not None:
            names_by_idx = {i: n for n, i in self.idx.items()}
            for fid, values in layer.editBuffer().changedAttributeValues().items():
                self.changed[fid] = {names_by_idx[i] for i in values if i in names_by_idx}
        self.arrow = _arrow_source(layer) if arrow and request is None else None
        self.transform = None
        self.source = None
        self.request = None
        self.total = layer.featureCount() if request is None else 0
        if self.arrow is None:
            self.transform = transform_to_storage(layer)
            self.source = QgsVectorLayerFeatureSource(layer)
            self.request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
            self.request.setSubsetOfAttributes(sorted(self.idx.values()))

    @property
    def uses_arrow(self) -> bool:
        return self.arrow is not None

    def read(self, feedback=None) -> Batch:
        batch = None
        if self.arrow is not None:
            batch = self._read_arrow(feedback)
        if batch is None:
            batch = self._read_features(feedback)
        _fill_raw_dates(batch, self.gpkg, self.dates, self.changed,
                        _ARROW_EPOCH if self.arrow is not None else frozenset())
        return batch

    def _read_arrow(self, feedback=None) -> Batch | None:
        """The layer through GDAL's Arrow stream; None when GDAL cannot (then QgsFeature reads)."""
        import numpy as np
        from osgeo import gdal, ogr

        path, name, index = self.arrow
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
            if ds is None:
                return None
            lyr = ds.GetLayerByName(name) if name else ds.GetLayer(index or 0)
            if lyr is None:
                return None
            defn = lyr.GetLayerDefn()
            present = {defn.GetFieldDefn(k).GetName() for k in range(defn.GetFieldCount())}
            if not set(self.names) <= present:
                return None
            # GDAL 3.6's Arrow → NumPy conversion scrambles boolean columns (seen: 1,034 of
            # 4,995 true values read as true, others moved): read them from the GeoPackage
            bools = [n for n in self.names
                     if defn.GetFieldDefn(defn.GetFieldIndex(n)).GetSubType() == ogr.OFSTBoolean]
            if bools and self.gpkg_any is None:
                return None
            lyr.SetIgnoredFields([n for n in present if n not in self.names or n in bools])
            fid_col = lyr.GetFIDColumn() or "OGC_FID"
            geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
            stream = lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=65536"])
            batch = Batch(columns={n: [] for n in COLUMNS})
            wkb_parts = []
            for part in stream:
                if feedback is not None and feedback.isCanceled():
                    break
                fids = part.get(fid_col)
                if fids is None:
                    return None
                n = len(fids)
                batch.fids += np.asarray(fids).tolist()
                batch.layer_ids += [self.layer_id] * n
                batch.ids += _arrow_column(part["id"], "other") if "id" in self.idx else [None] * n
                for col in COLUMNS:
                    batch.columns[col] += (_arrow_column(part[col], self.kinds[col])
                                           if col in self.idx and col not in bools else [None] * n)
                geoms = part.get(geom_col)
                if geoms is None and defn.GetGeomType() != ogr.wkbNone:
                    return None  # the geometry column under another name: QgsFeature reads
                if geoms is None:
                    wkb_parts.append(np.full(n, None, dtype=object))
                else:
                    mask = np.ma.getmaskarray(geoms)
                    data = np.ma.getdata(geoms)
                    if data.dtype.kind == "V":  # WKB of one length: numpy makes the bytes (3x the loop's speed)
                        data = data.astype(object)
                    elif data.dtype.kind != "O":
                        data = np.array([bytes(v) for v in data], dtype=object)
                    data = data.astype(object)
                    data[mask] = None
                    wkb_parts.append(data)
                if feedback is not None and self.total:
                    feedback.setProgress(min(100.0, 100.0 * len(batch) / self.total))
            if bools:
                raw_fids, raw = raw_columns(*self.gpkg_any, bools)
                if raw_fids == batch.fids:  # the usual case: both in fid order
                    for name, values in zip(bools, raw, strict=True):
                        batch.columns[name] = [_BOOLS.get(v, v) if type(v) is int else v for v in values]
                else:
                    where = {fid: k for k, fid in enumerate(raw_fids)}
                    for name, values in zip(bools, raw, strict=True):
                        batch.columns[name] = [_raw_bool(values[where[fid]]) if fid in where else None
                                               for fid in batch.fids]
            wkb = np.concatenate(wkb_parts) if wkb_parts else np.empty(0, dtype=object)
            batch.set_geometries(from_wkb(wkb), wkb)
            return batch
        except (RuntimeError, KeyError, ValueError, sqlite3.Error) as exc:  # GDAL refuses: the QgsFeature path reads
            LOGGER.info("Arrow stream of %s not usable (%s); reading features", path, exc)
            return None
        finally:
            gdal.PopErrorHandler()
            ds = lyr = None  # close the dataset in this thread

    def _read_features(self, feedback=None) -> Batch:
        idx = self.idx
        batch = Batch(columns={n: [] for n in COLUMNS})
        cols = [(batch.columns[n], idx.get(n)) for n in COLUMNS]
        id_idx = idx.get("id")
        transform = self.transform
        total = self.total
        for i, feat in enumerate(self.source.getFeatures(self.request)):
            if feedback is not None and feedback.isCanceled():
                break
            attrs = feat.attributes()
            batch.layer_ids.append(self.layer_id)
            batch.fids.append(feat.id())
            batch.ids.append(plain(attrs[id_idx]) if id_idx is not None else None)
            for values, k in cols:
                values.append(plain(attrs[k]) if k is not None else None)
            geom = feat.geometry()
            if geom is None or geom.isNull():
                batch.wkb.append(None)
            else:
                if transform is not None:
                    geom = type(geom)(geom)
                    try:
                        geom.transform(transform)
                    except Exception:  # an unprojectable geometry stays as it was: G004 reports it
                        geom = feat.geometry()
                batch.wkb.append(bytes(geom.asWkb()))
            if feedback is not None and total and i % 1000 == 0:
                feedback.setProgress(100.0 * i / total)
        return batch


def read_layer(layer: QgsVectorLayer, request: QgsFeatureRequest | None = None,
               feedback=None, *, arrow: bool = True) -> Batch:
    """Every requested feature of ``layer`` as a :class:`Batch` (see :class:`LayerReader`)."""
    return LayerReader(layer, request, arrow=arrow).read(feedback)


def read_layers(layers, feedback=None, *, arrow: bool = True) -> Batch:
    """All features of several layers as one batch, so overlaps across layers are found too."""
    batch = Batch(columns={n: [] for n in COLUMNS})
    for layer in layers:
        if feedback is not None and feedback.isCanceled():
            break
        batch.extend(read_layer(layer, feedback=feedback, arrow=arrow))
    return batch


def read_features(layer: QgsVectorLayer, request: QgsFeatureRequest | None = None) -> list[dict[str, Any]]:
    """Features as the core's dicts (``{"id", "properties", "geometry"}``)."""
    return read_layer(layer, request).to_features()


def union_geometry(layer: QgsVectorLayer):
    """All geometries of a (boundary) layer united, as shapely in EPSG:31370."""
    batch = read_layer(layer)
    geoms = [g for g in batch.geometries if g is not None and not g.is_empty]
    return shapely.union_all(shapely.make_valid(geoms)) if geoms else None
