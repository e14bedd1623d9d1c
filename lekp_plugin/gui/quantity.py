"""``hoeveelheid`` proposed from the geometry, and kept following it until the user types a value.

The proposal follows SPEC §2's "quantity from geometry" column: number of
points for trees drawn as points, length for hedges and facade gardens drawn
as lines, number of polygon parts of ≥ 10 m² for a natuurgroenperk, the area
for ontharding (the user may enter less: partial permeability).  Other cases
(trees as a polygon, rainwater volumes, grouped entries) are entered.

:class:`QuantityFollower` watches one layer's edit buffer: when a feature's
geometry changes and its ``hoeveelheid`` is empty or still the value proposed
for its previous geometry, the new proposal is written — in the edit buffer,
as its own undo step, never to disk.  Once the user typed another value the
feature no longer follows.
"""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer

from ..compat import geometry_type
from ..core.catalogue import NATUURGROENPERK_MIN_AREA_M2

FIELD = "hoeveelheid"


def _true(value) -> bool:
    return value not in (None, False, 0, "0", "false", "") and not (hasattr(value, "isNull") and value.isNull())


def propose(categorie, geometry: QgsGeometry | None, gegroepeerd=False) -> float | None:
    """The quantity the geometry gives, or None where the user enters it."""
    if _true(gegroepeerd) or geometry is None or geometry.isEmpty() or not isinstance(categorie, str):
        return None
    kind = geometry.type()
    parts = geometry.asGeometryCollection() if geometry.isMultipart() else [geometry]
    dim = next((d for d, name in enumerate(("Point", "Line", "Polygon")) if kind == geometry_type(name)), -1)
    if categorie == "boom" and dim == 0:
        return float(len(parts))
    if categorie in ("haag", "geveltuin") and dim == 1:
        return round(geometry.length(), 2)
    if categorie == "natuurgroenperk" and dim == 2:
        return float(sum(1 for p in parts if p.area() >= NATUURGROENPERK_MIN_AREA_M2))
    if categorie == "ontharding" and dim == 2:
        return round(geometry.area(), 1)
    return None


def _same(a, b) -> bool:
    try:
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-6
    except (TypeError, ValueError):
        return False


def _plain(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


class QuantityFollower(QObject):
    """Keeps ``hoeveelheid`` of one layer's features equal to the geometry's until typed."""

    def __init__(self, layer: QgsVectorLayer):
        super().__init__(layer)
        self.layer = layer
        self.idx = layer.fields().indexOf(FIELD)
        #: fid → the value last proposed (what "still following" compares with)
        self.proposed: dict[int, float] = {}
        #: fids whose quantity the user typed: they no longer follow
        self.typed: set[int] = set()
        self._writing = False
        self._pending: set[int] = set()
        layer.geometryChanged.connect(self._geometry_changed)
        layer.featureAdded.connect(self._feature_added)
        layer.attributeValueChanged.connect(self._attribute_changed)
        layer.afterCommitChanges.connect(self._forget)
        layer.afterRollBack.connect(self._forget)

    def _forget(self) -> None:
        self.proposed.clear()
        self.typed.clear()

    def _values(self, fid: int):
        feat = self.layer.getFeature(fid)
        return feat, _plain(feat["categorie"]), _plain(feat[FIELD]), _plain(feat["gegroepeerd"])

    def _feature_added(self, fid: int) -> None:
        if self._writing or self.idx < 0:
            return
        feat, cat, value, grouped = self._values(fid)
        proposal = propose(cat, feat.geometry(), grouped)
        if proposal is None:
            return
        if value is None:
            self.proposed[fid] = proposal
            self._pending.add(fid)
            QTimer.singleShot(0, self._write_pending)
        elif _same(value, proposal):
            self.proposed[fid] = proposal
        else:
            self.typed.add(fid)

    def _attribute_changed(self, fid: int, idx: int, value) -> None:
        if self._writing or idx != self.idx:
            return
        value = _plain(value)
        if value is None:
            self.typed.discard(fid)  # emptied: follows again
        elif not _same(value, self.proposed.get(fid)):
            self.typed.add(fid)

    def _previous_proposal(self, fid: int, cat, grouped):
        if fid in self.proposed:
            return self.proposed[fid]
        if fid < 0:
            return None
        # not proposed in this session: the saved geometry's proposal
        saved = next(self.layer.dataProvider().getFeatures(QgsFeatureRequest(fid)), None)
        return propose(cat, saved.geometry(), grouped) if saved is not None else None

    def _geometry_changed(self, fid: int, geometry) -> None:
        if self._writing or self.idx < 0 or fid in self.typed:
            return
        feat, cat, value, grouped = self._values(fid)
        if value is not None and not _same(value, self._previous_proposal(fid, cat, grouped)):
            self.typed.add(fid)
            return
        if propose(cat, geometry, grouped) is None:
            return
        self._pending.add(fid)
        # after the geometry command has ended (also while undoing): its own undo step
        QTimer.singleShot(0, self._write_pending)

    def _write_pending(self) -> None:
        pending, self._pending = self._pending, set()
        if not self.layer.isEditable():
            return
        for fid in pending:
            feat, cat, value, grouped = self._values(fid)
            if not feat.isValid() or fid in self.typed:
                continue
            proposal = propose(cat, feat.geometry(), grouped)
            if proposal is None or _same(value, proposal):
                if proposal is not None:
                    self.proposed[fid] = proposal
                continue
            self._writing = True
            try:
                self.layer.beginEditCommand("Hoeveelheid volgt de geometrie")
                self.layer.changeAttributeValue(fid, self.idx, proposal, value)
                self.layer.endEditCommand()
            finally:
                self._writing = False
            self.proposed[fid] = proposal


def follow(layer: QgsVectorLayer) -> QuantityFollower:
    """The layer's follower (one per layer, kept as the layer's child)."""
    existing = layer.findChild(QuantityFollower)
    return existing or QuantityFollower(layer)
