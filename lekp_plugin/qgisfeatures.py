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
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from .core.schema import FIELD_NAMES, STORAGE_EPSG

STORAGE_CRS = f"EPSG:{STORAGE_EPSG}"
LOGGER = logging.getLogger(__name__)
#: fids per SQLite query when reading raw date cells (below SQLite's 999 variables)
_RAW_CHUNK = 500


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


@dataclass
class Batch:
    """Features in the core's column form, with where each came from (layer id, QGIS fid)."""

    layer_ids: list[str] = field(default_factory=list)
    fids: list[int] = field(default_factory=list)
    ids: list[Any] = field(default_factory=list)
    wkb: list[bytes | None] = field(default_factory=list)
    columns: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def geometries(self):
        return shapely.from_wkb(self.wkb, on_invalid="ignore") if self.wkb else []

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
        return Batch(layer_ids=[self.layer_ids[k] for k in indices], fids=[self.fids[k] for k in indices],
                     ids=[self.ids[k] for k in indices], wkb=[self.wkb[k] for k in indices],
                     columns={name: [values[k] for k in indices] for name, values in self.columns.items()})

    def extend(self, other: Batch) -> None:
        self.layer_ids += other.layer_ids
        self.fids += other.fids
        self.ids += other.ids
        self.wkb += other.wkb
        for name, values in other.columns.items():
            self.columns.setdefault(name, []).extend(values)

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
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
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


def raw_cells(path: str, table: str, column: str, fids: list[int]) -> dict[int, Any]:
    """``{fid: raw value}`` of one column for some rows, read-only, non-NULL cells only.

    Plain ``sqlite3`` in read-only mode (``file:…?mode=ro``): it never writes,
    so the GeoPackage's rtree triggers (which call ``ST_*`` functions) never
    run.  The fid is the table's integer primary key.
    """
    uri = "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro"
    out: dict[int, Any] = {}
    con = sqlite3.connect(uri, uri=True)
    try:
        pk = [row[1] for row in con.execute(f'PRAGMA table_info("{_quote(table)}")') if row[5]]
        if len(pk) != 1:
            return out
        sql = (f'SELECT "{_quote(pk[0])}", "{_quote(column)}" FROM "{_quote(table)}" '
               f'WHERE "{_quote(column)}" IS NOT NULL AND "{_quote(pk[0])}" IN ')
        for start in range(0, len(fids), _RAW_CHUNK):
            chunk = fids[start:start + _RAW_CHUNK]
            out.update(con.execute(sql + "(" + ",".join("?" * len(chunk)) + ")", chunk).fetchall())
    finally:
        con.close()
    return out


def _quote(name: str) -> str:
    return str(name).replace('"', '""')


def _fill_raw_dates(layer: QgsVectorLayer, batch: Batch, idx: dict[str, int]) -> None:
    """Put the raw text of unreadable GeoPackage date cells in the batch (see the module docstring).

    Only cells QGIS gives as NULL while the file holds something; features
    added or with that field changed in an edit session are what the user
    typed, not the file, and are left alone.
    """
    dates = [n for n in batch.columns if n in idx and layer.fields().at(idx[n]).isDateOrTime()]
    if not dates or not len(batch):
        return
    source = _geopackage_table(layer)
    if source is None:
        return
    buffer = layer.editBuffer() if layer.isEditable() else None
    changed = buffer.changedAttributeValues() if buffer is not None else {}
    for name in dates:
        values = batch.columns[name]
        rows = {batch.fids[k]: k for k, v in enumerate(values)
                if v is None and batch.fids[k] >= 0 and idx[name] not in changed.get(batch.fids[k], {})}
        if not rows:
            continue
        try:
            raw = raw_cells(*source, name, sorted(rows))
        except sqlite3.Error as exc:  # locked or not SQLite after all: NULL stays NULL
            LOGGER.warning("raw %s cells of %s not readable: %s", name, source[0], exc)
            continue
        for fid, value in raw.items():
            if fid in rows:
                values[rows[fid]] = value if isinstance(value, str) else str(value)


def read_layer(layer: QgsVectorLayer, request: QgsFeatureRequest | None = None,
               feedback=None) -> Batch:
    """Every requested feature of ``layer`` as a :class:`Batch`."""
    names = [n for n in FIELD_NAMES if layer.fields().indexOf(n) >= 0]
    idx = {n: layer.fields().indexOf(n) for n in names}
    batch = Batch(columns={n: [] for n in FIELD_NAMES if n != "id"})
    transform = transform_to_storage(layer)
    total = layer.featureCount() if request is None else 0
    for i, feat in enumerate(layer.getFeatures(request or QgsFeatureRequest())):
        if feedback is not None and feedback.isCanceled():
            break
        attrs = feat.attributes()
        batch.layer_ids.append(layer.id())
        batch.fids.append(feat.id())
        batch.ids.append(plain(attrs[idx["id"]]) if "id" in idx else None)
        for name in batch.columns:
            batch.columns[name].append(plain(attrs[idx[name]]) if name in idx else None)
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
    _fill_raw_dates(layer, batch, idx)
    return batch


def read_layers(layers, feedback=None) -> Batch:
    """All features of several layers as one batch, so overlaps across layers are found too."""
    batch = Batch(columns={n: [] for n in FIELD_NAMES if n != "id"})
    for layer in layers:
        if feedback is not None and feedback.isCanceled():
            break
        batch.extend(read_layer(layer, feedback=feedback))
    return batch


def read_features(layer: QgsVectorLayer, request: QgsFeatureRequest | None = None) -> list[dict[str, Any]]:
    """Features as the core's dicts (``{"id", "properties", "geometry"}``)."""
    return read_layer(layer, request).to_features()


def union_geometry(layer: QgsVectorLayer):
    """All geometries of a (boundary) layer united, as shapely in EPSG:31370."""
    batch = read_layer(layer)
    geoms = [g for g in batch.geometries if g is not None and not g.is_empty]
    return shapely.union_all(shapely.make_valid(geoms)) if geoms else None
