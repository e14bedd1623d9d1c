"""QGIS features ↔ the core's feature form (ids, shapely geometries, columns).

The one place that turns ``QgsFeature`` values into what the Qt-free core
expects: NULL → None, QDate → ISO date text, geometries → shapely (through
WKB, in bulk) in EPSG:31370.  Values are passed on as they are otherwise, so
that the validation engine, not this adapter, judges them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from .core.schema import FIELD_NAMES, STORAGE_EPSG

STORAGE_CRS = f"EPSG:{STORAGE_EPSG}"


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
