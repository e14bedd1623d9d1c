"""Validation while digitizing: every added or changed feature is checked at once.

:class:`LiveValidator` listens to the store layers' edit signals, gathers the
touched feature ids for a moment (so a paste of 500 features is one batch),
validates them with the core engine against their neighbours (overlaps and
duplicates) and the gemeente boundary, keeps the findings per feature and
marks the features with findings on the map.  An overlap is a finding on
both features, so the neighbours are re-checked too: those that overlapped
the changed feature before (their findings name it) and those that lie on
it now — moving A onto B gives B its LEKP-O001, moving A away takes it back.  The dock lists the findings;
:func:`apply_repair` puts a repaired geometry in as one undoable edit.
"""

from __future__ import annotations

import logging
from collections import defaultdict

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..core.schema import GEOMETRY_FAMILIES
from ..core.validation import Finding, Reference, Severity, validate_arrays
from ..core.validation.findings import PAIR_CODES
from ..qgisfeatures import STORAGE_CRS, Batch, read_layer, read_layers

LOGGER = logging.getLogger(__name__)
STORE_LAYERS = {fam.layer_name for fam in GEOMETRY_FAMILIES}
#: Neighbours within this distance (m) of a changed feature are compared with it.
NEIGHBOUR_MARGIN_M = 5.0
_COLOURS = {Severity.ERROR: QColor(200, 0, 30, 200), Severity.WARNING: QColor(230, 140, 0, 200)}


def is_store_layer(layer) -> bool:
    return (isinstance(layer, QgsVectorLayer) and layer.providerType() == "ogr"
            and layer.source().split("|layername=")[-1].split("|")[0] in STORE_LAYERS)


class LiveValidator(QObject):
    """Findings per (layer id, fid), kept up to date while the user edits."""

    findingsChanged = pyqtSignal()

    def __init__(self, canvas=None, parent=None, delay_ms: int = 150):
        super().__init__(parent)
        self.canvas = canvas
        self.boundary = None
        self.today = None
        self.layers: dict[str, QgsVectorLayer] = {}
        self.findings: dict[tuple[str, int], list[Finding]] = {}
        self._connections: dict[str, list] = {}
        self._pending: dict[str, set[int]] = defaultdict(set)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._bands: list = []

    def set_boundary(self, geometry) -> None:
        """The gemeente boundary (shapely, EPSG:31370), prepared once for every check."""
        from ..core.validation import Boundary

        self.boundary = Boundary(geometry) if geometry is not None else None

    # -- which layers ------------------------------------------------------
    def watch(self, layer: QgsVectorLayer) -> None:
        if layer.id() in self.layers:
            return
        self.layers[layer.id()] = layer
        lid = layer.id()
        conns = [
            (layer.featureAdded, lambda fid: self.schedule(lid, fid)),
            (layer.geometryChanged, lambda fid, _g: self.schedule(lid, fid)),
            (layer.attributeValueChanged, lambda fid, _i, _v: self.schedule(lid, fid)),
            (layer.featureDeleted, lambda fid: self._forget(lid, fid)),
            (layer.afterRollBack, lambda: self.validate_layer(layer)),
            (layer.willBeDeleted, lambda: self.unwatch(lid)),
        ]
        for signal, slot in conns:
            signal.connect(slot)
        self._connections[lid] = conns

    def unwatch(self, layer_id: str) -> None:
        for signal, slot in self._connections.pop(layer_id, []):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self.layers.pop(layer_id, None)
        self.findings = {k: v for k, v in self.findings.items() if k[0] != layer_id}
        self._pending.pop(layer_id, None)
        self._changed()

    def unwatch_all(self) -> None:
        for layer_id in list(self.layers):
            self.unwatch(layer_id)
        self._clear_bands()

    # -- when ----------------------------------------------------------------
    def schedule(self, layer_id: str, fid: int) -> None:
        self._pending[layer_id].add(fid)
        self._timer.start()

    def flush(self) -> None:
        pending, self._pending = self._pending, defaultdict(set)
        wanted = {lid: fids for lid, fids in pending.items() if lid in self.layers and fids}
        if wanted:
            self.validate_many(wanted)

    def _forget(self, layer_id: str, fid: int) -> None:
        """A deleted feature: drop its findings; its overlap partners lose theirs at the next flush."""
        self._pending[layer_id].discard(fid)
        old = self.findings.pop((layer_id, fid), None)
        if old is None:
            return
        ids = {f.feature_id for f in old if f.code in PAIR_CODES and f.feature_id is not None}
        for key in self._naming(ids):
            self.schedule(*key)
        self._changed()

    def _naming(self, ids) -> set[tuple[str, int]]:
        """Keys of features whose overlap or duplicate findings name one of ``ids``."""
        ids = {str(i) for i in ids if i is not None}
        if not ids:
            return set()
        return {key for key, fs in self.findings.items()
                if any(f.code in PAIR_CODES and f.ander_id in ids for f in fs)}

    # -- what ----------------------------------------------------------------
    def validate_fids(self, layer: QgsVectorLayer, fids) -> None:
        """Validate some features of ``layer``, and their neighbours, against their neighbours."""
        self.validate_many({layer.id(): set(fids)})

    def validate_many(self, wanted: dict[str, set[int]]) -> None:
        """Validate changed features ``{layer id: fids}`` and the neighbours they touch or touched.

        The batch is the changed features, the features whose findings name
        one of them (they overlapped the old geometry) and the features whose
        box meets one of them now (they may overlap the new geometry); it is
        validated as one, against the features around it, so every pair in it
        gives a finding on both sides and each feature's findings are complete.
        """
        changed = Batch(columns={})
        for lid, fids in wanted.items():
            layer = self.layers.get(lid)
            if layer is None:
                continue
            fids = sorted(fids)
            part = read_layer(layer, QgsFeatureRequest().setFilterFids(fids))
            for fid in set(fids) - set(part.fids):  # deleted meanwhile
                self.findings.pop((lid, fid), None)
            changed.extend(part)
        if len(changed):
            mine = set(changed.keys())
            partners = self._naming(changed.ids) | self._touching(changed, mine)
            batch = changed
            for lid in {lid for lid, _ in partners - mine}:
                fids = sorted(fid for key_lid, fid in partners - mine if key_lid == lid)
                batch.extend(read_layer(self.layers[lid], QgsFeatureRequest().setFilterFids(fids)))
            keys = batch.keys()
            for key in partners - set(keys):  # a partner that is gone meanwhile
                self.findings.pop(key, None)
            reference = self._neighbours(batch.geometries, exclude=set(keys))
            found = validate_arrays(batch.ids, batch.geometries, batch.columns, boundary=self.boundary,
                                    reference=reference, today=self.today)
            for key in keys:
                self.findings.pop(key, None)
            for f in found:
                self.findings.setdefault(keys[f.index], []).append(f)
        self._changed()

    def validate_layer(self, layer: QgsVectorLayer | None = None) -> int:
        """Validate every feature of one watched layer (or all of them together)."""
        layers = [layer] if layer is not None else list(self.layers.values())
        batch = read_layers(layers)
        self.findings = {k: v for k, v in self.findings.items() if k[0] not in {x.id() for x in layers}}
        for f in validate_arrays(batch.ids, batch.geometries, batch.columns, boundary=self.boundary,
                                 today=self.today):
            self.findings.setdefault(batch.origin(f.index), []).append(f)
        self._changed()
        return len(batch)

    def _nearby(self, geoms, margin: float) -> Batch:
        """Features of the watched layers within ``margin`` of the box around ``geoms``."""
        near = Batch(columns={})
        present = [g for g in geoms if g is not None and not g.is_empty]
        if not present:
            return near
        minx, miny, maxx, maxy = shapely.total_bounds(present)
        if any(v != v for v in (minx, miny, maxx, maxy)):  # NaN ordinates
            return near
        for lyr in self.layers.values():
            rect = QgsRectangle(minx - margin, miny - margin, maxx + margin, maxy + margin)
            if lyr.crs().isValid() and lyr.crs().authid() != STORAGE_CRS:
                rect = QgsCoordinateTransform(QgsCoordinateReferenceSystem(STORAGE_CRS), lyr.crs(),
                                              QgsProject.instance()).transformBoundingBox(rect)
            near.extend(read_layer(lyr, QgsFeatureRequest().setFilterRect(rect)))
        return near

    def _touching(self, changed: Batch, exclude: set[tuple[str, int]]) -> set[tuple[str, int]]:
        """Keys of features whose box meets the box of a changed feature (possible overlaps now)."""
        near = self._nearby(changed.geometries, 0.0)
        if not len(near):
            return set()
        mine = [g for g in changed.geometries if g is not None and not g.is_empty]
        if not mine:
            return set()
        hit = set(shapely.STRtree(mine).query(near.geometries)[0].tolist())
        return {key for k, key in enumerate(near.keys()) if k in hit and key not in exclude}

    def _neighbours(self, geoms, exclude: set[tuple[str, int]]) -> Reference | None:
        """Features of the watched layers near ``geoms`` (overlap and duplicate candidates)."""
        near = self._nearby(geoms, NEIGHBOUR_MARGIN_M)
        keep = [k for k, key in enumerate(near.keys()) if key not in exclude]
        if not keep:
            return None
        near = near.subset(keep)
        return Reference.from_arrays(near.ids, near.geometries, near.columns)

    # -- showing ---------------------------------------------------------------
    def all_findings(self):
        """``[(layer, fid, finding)]``, most severe first."""
        rows = [(self.layers[lid], fid, f) for (lid, fid), fs in self.findings.items()
                if lid in self.layers for f in fs]
        return sorted(rows, key=lambda r: (r[2].severity.rank, r[2].code, r[0].name(), r[1]))

    def _changed(self) -> None:
        self._update_map()
        self.findingsChanged.emit()

    def _clear_bands(self) -> None:
        if self.canvas is not None:
            for band in self._bands:
                self.canvas.scene().removeItem(band)
        self._bands = []

    def _update_map(self) -> None:
        """Mark features with errors (red) or warnings (orange) on the map canvas."""
        if self.canvas is None:
            return
        from qgis.gui import QgsRubberBand

        self._clear_bands()
        worst: dict[tuple[str, int], Severity] = {}
        for key, fs in self.findings.items():
            sev = min((f.severity for f in fs), key=lambda s: s.rank, default=None)
            if sev in _COLOURS:
                worst[key] = sev
        for (lid, fid), sev in worst.items():
            layer = self.layers.get(lid)
            if layer is None:
                continue
            feat = layer.getFeature(fid)
            if not feat.hasGeometry():
                continue
            band = QgsRubberBand(self.canvas, layer.geometryType())
            band.setColor(_COLOURS[sev])
            band.setWidth(3)
            band.setToGeometry(feat.geometry(), layer)
            self._bands.append(band)


def apply_repair(layer: QgsVectorLayer, fid: int, repaired, lang: str = "nl") -> bool:
    """Put the repaired geometry (shapely, EPSG:31370) in as one undoable edit."""
    geom = QgsGeometry()
    geom.fromWkb(shapely.to_wkb(repaired))
    if layer.crs().isValid() and layer.crs().authid() != STORAGE_CRS:
        geom.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem(STORAGE_CRS), layer.crs(),
                                              QgsProject.instance()))
    if QgsWkbTypes.isMultiType(layer.wkbType()):
        geom.convertToMultiType()
    if not layer.isEditable() and not layer.startEditing():
        return False
    layer.beginEditCommand("LEKP: geometrie hersteld" if lang == "nl" else "LEKP: geometry repaired")
    ok = layer.changeGeometry(fid, geom)
    if ok:
        layer.endEditCommand()
    else:
        layer.destroyEditCommand()
    return ok
