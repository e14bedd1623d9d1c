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

Features with errors or warnings are drawn by :class:`FindingsMap`: memory
layers of their own ("LEKP-bevindingen", one per geometry family, outside the
store), never a rule in the store layers' styles — those travel in the
GeoPackage's ``layer_styles`` to users without the plugin.  Only the
features whose findings changed are updated there, with the geometry just
read for the check, so a re-check after one edit touches a handful of
features however many are marked.  "Alles valideren" runs as a
:class:`ValidateAllTask` (QGIS's task manager: progress and cancel); its
result is put on the map in slices, so QGIS keeps responding.
"""

from __future__ import annotations

import bisect
import gc
import logging
from collections import defaultdict

import shapely
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsSymbol,
    QgsTask,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor

from .. import compat
from ..compat import FIELD_TYPES
from ..core.schema import GEOMETRY_FAMILIES
from ..core.validation import Finding, Reference, Severity, validate_arrays
from ..core.validation.findings import PAIR_CODES
from ..i18n import tr
from ..qgisfeatures import STORAGE_CRS, Batch, LayerReader, read_layer

LOGGER = logging.getLogger(__name__)
STORE_LAYERS = {fam.layer_name for fam in GEOMETRY_FAMILIES}
#: Neighbours within this distance (m) of a changed feature are compared with it.
NEIGHBOUR_MARGIN_M = 5.0
#: Colours of the marks, by severity value (not by the enum: a plugin reload makes a second Severity class).
_COLOURS = {Severity.ERROR.value: QColor(200, 0, 30, 200), Severity.WARNING.value: QColor(230, 140, 0, 200)}
#: Custom property that marks the findings layers (found back and replaced in a reopened project).
FINDINGS_PROPERTY = "lekp/findings_layer"
#: Features put on the findings map per slice after "Alles valideren" (one event-loop turn each).
MAP_SLICE = 1000
#: Items of an earlier run's findings freed per event-loop turn (see _release_in_slices).
RELEASE_SLICE = 500
#: From this many features on, Listing.update rebuilds the list in one pass.
LISTING_REBUILD = 500


def is_store_layer(layer) -> bool:
    return (isinstance(layer, QgsVectorLayer) and layer.providerType() == "ogr"
            and layer.source().split("|layername=")[-1].split("|")[0] in STORE_LAYERS)


class LiveValidator(QObject):
    """Findings per (layer id, fid), kept up to date while the user edits."""

    findingsChanged = pyqtSignal()
    #: "Alles valideren" is done (True) or was cancelled / failed (False), findings on the map.
    validationFinished = pyqtSignal(bool)

    def __init__(self, canvas=None, parent=None, delay_ms: int = 150):
        super().__init__(parent)
        self.canvas = canvas
        self.map = FindingsMap() if canvas is not None else None
        self.task: ValidateAllTask | None = None
        #: a whole run is under way: its task, then its findings going onto the map in slices
        self.validating = False
        self.validationFinished.connect(self._validation_over)
        #: keys re-checked live while a task runs: its older result does not overwrite them
        self._live_keys: set[tuple[str, int]] = set()
        #: feature id → keys of the features holding it (several, when ids were copied)
        self._key_of: dict[str, set[tuple[str, int]]] = {}
        self.listing = Listing()
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
            (layer.afterRollBack, lambda: self.start_validate_all()),
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
        gone = {k for k in self.findings if k[0] == layer_id}
        self.findings = {k: v for k, v in self.findings.items() if k[0] != layer_id}
        self._pending.pop(layer_id, None)
        if self.map is not None:
            self.map.drop_layer(layer_id)
            if not self.layers:  # the store is closed: its findings layers go too
                self.map.remove()
        if not self.layers:
            self.cancel_validate_all()
        self._changed(gone)

    def unwatch_all(self) -> None:
        self.cancel_validate_all()
        for layer_id in list(self.layers):
            self.unwatch(layer_id)
        if self.map is not None:
            self.map.remove()

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
        for key in self._naming(ids, old=old):
            self.schedule(*key)
        self._changed({(layer_id, fid)})

    def _naming(self, ids, keys=(), old=()) -> set[tuple[str, int]]:
        """Keys of features whose overlap or duplicate findings name one of ``ids``.

        Pairs are reported on both sides, so those features are the ones the
        findings of ``keys`` (and ``old`` findings) name in turn: looked up
        through the id → key index, not by going through every finding
        (a whole store's 60,000 findings took 360 ms per edit).  An id the
        index does not know falls back to the full search.
        """
        ids = {str(i) for i in ids if i is not None}
        if not ids:
            return set()
        named = {f.ander_id for key in keys for f in self.findings.get(key, ()) if f.code in PAIR_CODES}
        named |= {f.ander_id for f in old if f.code in PAIR_CODES}
        named.discard(None)
        candidates: set[tuple[str, int]] = set()
        for other in named:
            found = self._key_of.get(other)
            if not found:
                candidates = None
                break
            candidates |= found
        pool = (self.findings.items() if candidates is None
                else ((k, self.findings.get(k, ())) for k in candidates))
        return {key for key, fs in pool if any(f.code in PAIR_CODES and f.ander_id in ids for f in fs)}

    def _index_ids(self, ids, keys) -> None:
        """Remember which feature (key) holds which id, for :meth:`_naming`."""
        for fid, key in zip(ids, keys, strict=True):
            if fid is not None:
                self._key_of.setdefault(str(fid), set()).add(key)

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
        touched: set[tuple[str, int]] = set()
        for lid, fids in wanted.items():
            layer = self.layers.get(lid)
            if layer is None:
                continue
            fids = sorted(fids)
            part = read_layer(layer, QgsFeatureRequest().setFilterFids(fids))
            for fid in set(fids) - set(part.fids):  # deleted meanwhile
                self.findings.pop((lid, fid), None)
                touched.add((lid, fid))
            changed.extend(part)
        geoms = {}
        if len(changed):
            mine = set(changed.keys())
            partners = self._naming(changed.ids, mine) | self._touching(changed, mine)
            batch = changed
            for lid in {lid for lid, _ in partners - mine}:
                fids = sorted(fid for key_lid, fid in partners - mine if key_lid == lid)
                batch.extend(read_layer(self.layers[lid], QgsFeatureRequest().setFilterFids(fids)))
            keys = batch.keys()
            self._index_ids(batch.ids, keys)
            for key in partners - set(keys):  # a partner that is gone meanwhile
                self.findings.pop(key, None)
                touched.add(key)
            reference = self._neighbours(batch.geometries, exclude=set(keys))
            found = validate_arrays(batch.ids, batch.geometries, batch.columns, boundary=self.boundary,
                                    reference=reference, today=self.today)
            for key in keys:
                self.findings.pop(key, None)
            for f in found:
                self.findings.setdefault(keys[f.index], []).append(f)
            touched.update(keys)
            geoms = dict(zip(keys, batch.wkb, strict=True))
        self._changed(touched, geoms)

    def validate_layer(self, layer: QgsVectorLayer | None = None) -> int:
        """Validate every feature of one watched layer (or all of them together), here and now.

        Blocks until done; the dock's "Alles valideren" uses
        :meth:`start_validate_all` instead, which keeps QGIS responding.
        """
        self.cancel_validate_all()
        layers = [layer] if layer is not None else list(self.layers.values())
        task = ValidateAllTask([LayerReader(x) for x in layers], self.boundary, self.today,
                               {x.id(): x.name() for x in self.layers.values()})
        self._live_keys = set()
        task.run()
        self._apply_all(task, slices=False)
        return len(task.batch) if task.batch is not None else 0

    def start_validate_all(self) -> ValidateAllTask | None:
        """"Alles valideren" as a task in QGIS's task manager (progress bar, cancel button).

        Reading and checking run in the task's thread; the findings are put
        on the map and in the list in slices afterwards (``validationFinished``
        says when).  A run already going is cancelled first.
        """
        task = self.validate_all_task()
        if task is not None:
            QgsApplication.taskManager().addTask(task)
        return task

    def validate_all_task(self) -> ValidateAllTask | None:
        """The task :meth:`start_validate_all` starts (not started yet: add it to a task manager)."""
        self.cancel_validate_all()
        layers = list(self.layers.values())
        if not layers:
            self.validationFinished.emit(True)
            return None
        task = ValidateAllTask([LayerReader(x) for x in layers], self.boundary, self.today,
                               {x.id(): x.name() for x in self.layers.values()})
        task.done_callback = self._task_done
        self.task = task
        self.validating = True
        self._live_keys = set()
        return task

    def _validation_over(self, _ok: bool) -> None:
        self.validating = self.task is not None  # a newer run may already be under way

    def cancel_validate_all(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.done_callback = None
            try:
                task.cancel()
            except RuntimeError:  # already deleted by the task manager
                pass

    def _task_done(self, task: ValidateAllTask, ok: bool) -> None:
        if task is not self.task:
            return
        self.task = None
        if not ok or task.batch is None:
            if task.error:
                LOGGER.error("Alles valideren failed: %s", task.error)
            self.validationFinished.emit(False)
            return
        self._apply_all(task, slices=True)

    def _apply_all(self, task: ValidateAllTask, slices: bool) -> None:
        """A whole run's findings replace those of its layers; the map follows (in slices)."""
        read = {r.layer_id for r in task.readers}
        layer_ids = read & set(self.layers)
        findings = task.grouped  # grouped per feature in the task's thread
        live, self._live_keys = self._live_keys, set()
        for key in live:  # edited while the run read the layers: the live check is newer
            findings.pop(key, None)
            if key in self.findings:
                findings[key] = self.findings[key]
        if read == layer_ids == set(self.layers):
            previous = [self.findings, self._key_of, self.listing.entries, self.listing.sortkeys]
            self.findings = findings
            self._key_of = task.key_of
            self.listing = task.listing
            _release_in_slices(previous)
            self.listing.update(live, self.findings)
        else:
            self.findings = {k: v for k, v in self.findings.items() if k[0] not in layer_ids}
            self.findings.update((k, v) for k, v in findings.items() if k[0] in layer_ids)
            for fid, keys in task.key_of.items():
                self._key_of.setdefault(fid, set()).update(keys)
            self.listing.names.update(task.listing.names)
            self.listing.update({k for k in self.listing.sortkeys if k[0] in layer_ids} | set(findings),
                                self.findings)
        if self.map is not None:
            prepared = {family: [(key, feat) for key, feat in items if key not in live and key[0] in layer_ids]
                        for family, items in task.marks().items()}

            def done():
                if live:
                    self._changed(live)  # their current geometry, not the one the run read
                self._all_done()

            self.map.replace(layer_ids, prepared, slice_size=MAP_SLICE if slices else 0, done=done)
        else:
            self._all_done()

    def _all_done(self) -> None:
        self.findingsChanged.emit()
        self.validationFinished.emit(True)

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
    def all_findings(self, limit: int | None = None):
        """``[(layer, fid, finding)]``, most severe first, then by code, layer name and fid.

        The first ``limit`` only, when given (the dock lists 1000); read
        from the :class:`Listing`, kept sorted as findings change.
        """
        return [(self.layers[lid], fid, f) for lid, fid, f in self.listing.first(limit, self.layers)]

    def counts(self) -> dict[str, int]:
        """Findings per severity value (``error``, ``warning``, ``info``) in the watched layers."""
        return dict(self.listing.totals)

    def marked_count(self) -> int:
        """How many features are marked on the map (errors and warnings)."""
        return self.map.count() if self.map is not None else 0

    def _changed(self, keys=(), geoms=None) -> None:
        """Findings of ``keys`` changed: update their marks on the map, tell the dock."""
        if self.task is not None:
            self._live_keys.update(keys)
        if keys:
            for lid in {k[0] for k in keys} - set(self.listing.names):
                if lid in self.layers:
                    self.listing.names[lid] = self.layers[lid].name()
            self.listing.update(keys, self.findings)
        if self.map is not None and keys:
            geoms = geoms or {}
            marks = {}
            for key in keys:
                sev = _worst(self.findings.get(key)) if key[0] in self.layers else None
                geom = geoms.get(key)
                if sev is not None and geom is None:
                    geom = self._geometry(key)
                marks[key] = (sev, geom) if sev is not None else None
            self.map.update(marks)
        self.findingsChanged.emit()

    def _geometry(self, key):
        """A feature's geometry (WKB, Lambert 72), when the check did not just read it."""
        layer = self.layers.get(key[0])
        if layer is None:
            return None
        part = read_layer(layer, QgsFeatureRequest().setFilterFids([key[1]]))
        return part.wkb[0] if len(part) else None


def _worst(findings) -> Severity | None:
    """The most severe of errors and warnings among ``findings`` (None: nothing to mark)."""
    if not findings:
        return None
    sev = min((f.severity for f in findings), key=lambda s: s.rank)
    return sev if sev.value in _COLOURS else None


def _sorted(entries: list[tuple]) -> list[tuple]:
    """``sorted(entries)`` on their first six items (unique: findings themselves are never compared).

    Sorting 60,000 tuples of texts holds Python's GIL throughout (0.1–0.3 s
    in which QGIS's main thread cannot run, even while this runs in a task);
    numpy orders integer keys (the texts by their rank) and the list is put
    in that order item by item, so the GIL passes to the main thread.
    """
    if len(entries) < 2:
        return list(entries)
    import numpy as np

    columns = list(zip(*(e[:6] for e in entries), strict=True))
    keys = []
    for column in reversed(columns):  # np.lexsort: the last key is the primary one
        if all(type(v) is int for v in column):
            keys.append(np.fromiter(column, dtype=np.int64, count=len(column)))
        else:
            rank = {v: k for k, v in enumerate(sorted(set(column)))}
            keys.append(np.fromiter(map(rank.__getitem__, column), dtype=np.int64, count=len(column)))
    return [entries[k] for k in np.lexsort(keys).tolist()]


class Listing:
    """The findings in list order (severity, code, layer name, fid), kept sorted as they change.

    The dock shows the first 1000 after every edit; sorting a store's 60,000
    findings each time held QGIS up for 0.1–0.2 s.  A whole run builds the
    listing in its task's thread (:meth:`build`); a live re-check moves only
    the entries of the features it touched (:meth:`update`).
    """

    def __init__(self, names: dict[str, str] | None = None):
        self.names = dict(names or {})
        self.entries: list[tuple] = []
        self.sortkeys: dict[tuple[str, int], list[tuple]] = {}
        self.totals = {s.value: 0 for s in Severity}

    def _entries(self, key, findings) -> list[tuple]:
        name = self.names.get(key[0], "")
        return [(f.severity.rank, f.code, name, key[0], key[1], n, f) for n, f in enumerate(findings)]

    def build(self, grouped: dict) -> None:
        entries = []
        for key, fs in grouped.items():
            entries.extend(self._entries(key, fs))
        self.entries = entries = _sorted(entries)
        self.sortkeys = {}
        for e in entries:
            self.sortkeys.setdefault((e[3], e[4]), []).append(e[:6])
            self.totals[e[6].severity.value] += 1

    def update(self, keys, findings: dict) -> None:
        """The entries of ``keys`` become those of ``findings[key]`` (none when absent)."""
        if len(keys) > LISTING_REBUILD:
            self._rebuild(set(keys), findings)
            return
        for key in keys:
            for sk in self.sortkeys.pop(key, ()):
                k = bisect.bisect_left(self.entries, sk)
                if k < len(self.entries) and self.entries[k][:6] == sk:
                    self.totals[self.entries[k][6].severity.value] -= 1
                    del self.entries[k]
            fs = findings.get(key)
            if fs:
                new = self._entries(key, fs)
                for e in new:
                    bisect.insort(self.entries, e)
                    self.totals[e[6].severity.value] += 1
                self.sortkeys[key] = [e[:6] for e in new]

    def _rebuild(self, keys: set, findings: dict) -> None:
        """:meth:`update` for many keys in one pass: a bisect and a list move per entry of a whole
        layer's 40,000 features held QGIS up for 14 s (a layer removed, the project closed)."""
        kept = []
        for e in self.entries:
            if (e[3], e[4]) in keys:
                self.totals[e[6].severity.value] -= 1
            else:
                kept.append(e)
        new = []
        for key in keys:
            self.sortkeys.pop(key, None)
            fs = findings.get(key)
            if fs:
                entries = self._entries(key, fs)
                new.extend(entries)
                self.sortkeys[key] = [e[:6] for e in entries]
                for e in entries:
                    self.totals[e[6].severity.value] += 1
        if new:
            kept.extend(new)
            kept = _sorted(kept)
        self.entries = kept

    def first(self, limit: int | None, present) -> list[tuple]:
        """``[(layer id, fid, finding)]`` of the first ``limit`` entries whose layer is ``present``."""
        out = []
        for e in self.entries:
            if e[3] in present:
                out.append((e[3], e[4], e[6]))
                if limit is not None and len(out) >= limit:
                    break
        return out


_ERNST = 2  # index of the "ernst" field


def mark_fields() -> QgsFields:
    """The findings layers' fields: the store layer's id, the feature's fid, the worst severity."""
    fields = QgsFields()
    for name, kind in (("laag", FIELD_TYPES["string"]), ("bron_fid", FIELD_TYPES["int64"]),
                       ("ernst", FIELD_TYPES["string"])):
        fields.append(QgsField(name, kind))
    return fields


def mark_feature(key, sev: Severity, wkb, fields: QgsFields | None = None):
    """``(family, QgsFeature)`` marking ``key`` on the findings layer; None without a usable geometry.

    Plain value types only: safe to call in a task's thread.
    """
    if wkb is None:
        return None
    geom = QgsGeometry()
    geom.fromWkb(bytes(wkb))
    if geom.isNull() or geom.isEmpty():
        return None
    family = geom.type()
    if family not in FindingsMap.FAMILIES:
        return None
    abstract = geom.get()
    abstract.dropZValue()
    abstract.dropMValue()
    geom.convertToMultiType()
    feat = QgsFeature(fields if fields is not None else mark_fields())
    feat.setAttributes([key[0], key[1], sev.value])
    feat.setGeometry(geom)
    return family, feat


def _prepare_marks(batch: Batch, findings, is_cancelled) -> dict[int, list]:
    """The findings layers' features for a whole run (in the task's thread)."""
    worst: dict[int, int] = {}
    for f in findings:
        rank = f.severity.rank
        if f.severity.value in _COLOURS and rank < worst.get(f.index, 99):
            worst[f.index] = rank
    by_rank = {s.rank: s for s in Severity if s.value in _COLOURS}
    fields = mark_fields()
    keys = batch.keys()
    out: dict[int, list] = defaultdict(list)
    for n, (index, rank) in enumerate(worst.items()):
        if n % 5000 == 0 and is_cancelled():
            break
        made = mark_feature(keys[index], by_rank[rank], batch.wkb[index], fields)
        if made is not None:
            out[made[0]].append((keys[index], made[1]))
    return dict(out)


class ValidateAllTask(QgsTask):
    """Reads and checks whole layers in QGIS's task manager (progress, cancel).

    The readers were made in the main thread (:class:`LayerReader`), so
    :meth:`run` touches no layer.  ``batch`` and ``findings`` hold the result
    for ``done_callback`` (called in the main thread).
    """

    def __init__(self, readers: list[LayerReader], boundary, today, names: dict[str, str] | None = None):
        super().__init__(tr("LiveValidator", "LEKP: alles valideren"), QgsTask.Flag.CanCancel)
        self.listing = Listing(names)
        self.readers = readers
        self.boundary = boundary
        self.today = today
        self.batch: Batch | None = None
        self.findings: list[Finding] = []
        self.error: str | None = None
        self.done_callback = None
        self._marks: dict[int, list] = {}
        #: findings per (layer id, fid) and feature id → keys, made in the task's thread
        self.grouped: dict[tuple[str, int], list[Finding]] = {}
        self.key_of: dict[str, set[tuple[str, int]]] = {}

    def marks(self) -> dict[int, list]:
        """``{geometry family: [(key, QgsFeature for the findings layer)]}``, made in :meth:`run`."""
        return self._marks

    def run(self) -> bool:
        # Python's cyclic garbage collector would walk the hundreds of thousands of objects a
        # whole store's run makes while holding the GIL (0.1–0.3 s per full collection, QGIS
        # frozen meanwhile): it is paused for the run and what the run made is frozen (moved
        # out of its reach: findings, geometries and columns hold no reference cycles).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._run()
        finally:
            gc.freeze()
            if collecting:
                gc.enable()

    def _run(self) -> bool:
        try:
            batch = Batch(columns={})
            share = 50.0 / max(1, len(self.readers))
            for n, reader in enumerate(self.readers):
                if self.isCanceled():
                    return False
                batch.extend(reader.read(_Progress(self, n * share, share)))
            if self.isCanceled():
                return False
            self.setProgress(50)
            found = validate_arrays(batch.ids, batch.geometries, batch.columns, boundary=self.boundary,
                                    today=self.today)
            if self.isCanceled():
                return False
            self.batch, self.findings = batch, found
            keys = batch.keys()
            for f in found:
                self.grouped.setdefault(keys[f.index], []).append(f)
            for fid, key in zip(batch.ids, keys, strict=True):
                if fid is not None:
                    self.key_of.setdefault(str(fid), set()).add(key)
            self.listing.build(self.grouped)
            self.setProgress(90)
            self._marks = _prepare_marks(batch, found, self.isCanceled)
            self.setProgress(100)
            return not self.isCanceled()
        except Exception as exc:  # the log gets the reason; the dock keeps the findings it had
            LOGGER.exception("Alles valideren failed")
            self.error = f"{type(exc).__name__}: {exc}"
            return False

    def finished(self, ok: bool) -> None:  # QGIS calls this in the main thread
        if self.done_callback is not None:
            self.done_callback(self, ok)


class _Progress:
    """A reader's 0–100 % as a share of the task's progress; cancel passes through."""

    def __init__(self, task: QgsTask, start: float, share: float):
        self.task, self.start, self.share = task, start, share

    def isCanceled(self) -> bool:  # QgsFeedback's name
        return self.task.isCanceled()

    def setProgress(self, percent: float) -> None:
        self.task.setProgress(self.start + self.share * percent / 100.0)


class FindingsMap:
    """Memory layers that mark features with errors (red) and warnings (orange).

    One layer per geometry family, made when first needed, in Lambert 72,
    at the top of the layer tree.  :meth:`update` changes only the given
    features; :meth:`replace` puts a whole run's marks in, in slices of
    ``slice_size`` features per event-loop turn.
    """

    FAMILIES = {compat.geometry_type("Polygon"): ("MultiPolygon", "vlakken"),
                 compat.geometry_type("Line"): ("MultiLineString", "lijnen"),
                 compat.geometry_type("Point"): ("MultiPoint", "punten")}

    def __init__(self):
        self.layers: dict[int, QgsVectorLayer] = {}
        #: (layer id, fid) → (geometry family, fid in the findings layer)
        self.marks: dict[tuple[str, int], tuple[int, int]] = {}
        self._generation = 0

    def count(self) -> int:
        return len(self.marks)

    def layer(self, family: int) -> QgsVectorLayer:
        layer = self.layers.get(family)
        if layer is not None:
            return layer
        wkb, label = self.FAMILIES[family]
        for old in QgsProject.instance().mapLayers().values():  # left in a saved project
            if old.customProperty(FINDINGS_PROPERTY) == label:
                QgsProject.instance().removeMapLayer(old.id())
        layer = QgsVectorLayer(f"{wkb}?crs={STORAGE_CRS}", tr("LiveValidator", "LEKP-bevindingen ({0})").format(
            {"vlakken": tr("LiveValidator", "vlakken"), "lijnen": tr("LiveValidator", "lijnen"),
             "punten": tr("LiveValidator", "punten")}[label]), "memory")
        layer.dataProvider().addAttributes(mark_fields().toList())
        layer.updateFields()
        layer.setCustomProperty(FINDINGS_PROPERTY, label)
        layer.setRenderer(self._renderer(layer.geometryType()))
        layer.setReadOnly(True)
        QgsProject.instance().addMapLayer(layer, False)
        QgsProject.instance().layerTreeRoot().insertLayer(0, layer)
        layer.willBeDeleted.connect(lambda fam=family: self._gone(fam))
        self.layers[family] = layer
        return layer

    def _gone(self, family: int) -> None:
        self.layers.pop(family, None)
        self.marks = {k: v for k, v in self.marks.items() if v[0] != family}

    @staticmethod
    def _renderer(geometry_type) -> QgsCategorizedSymbolRenderer:
        cats = []
        for sev, label in ((Severity.ERROR, tr("LiveValidator", "fout")),
                           (Severity.WARNING, tr("LiveValidator", "waarschuwing"))):
            symbol = QgsSymbol.defaultSymbol(geometry_type)
            colour = _COLOURS[sev.value]
            if geometry_type == compat.geometry_type("Polygon"):
                symbol.setColor(QColor(colour.red(), colour.green(), colour.blue(), 40))
                symbol.symbolLayer(0).setStrokeColor(colour)
                symbol.symbolLayer(0).setStrokeWidth(0.8)
            else:
                symbol.setColor(colour)
                if geometry_type == compat.geometry_type("Line"):
                    symbol.setWidth(1.2)
                else:
                    symbol.setSize(3.5)
            cats.append(QgsRendererCategory(sev.value, symbol, label))
        return QgsCategorizedSymbolRenderer("ernst", cats)

    def update(self, marks: dict) -> None:
        """``{key: (severity, WKB) or None}``: set, move or take away these marks only."""
        deletes: dict[int, list[int]] = defaultdict(list)
        changes: dict[int, tuple[dict, dict]] = {}
        adds: dict[int, list] = defaultdict(list)
        for key, mark in marks.items():
            old = self.marks.get(key)
            feat = mark_feature(key, *mark) if mark is not None else None
            family = feat[0] if feat is not None else None
            if old is not None and (family is None or old[0] != family):
                deletes[old[0]].append(old[1])
                del self.marks[key]
                old = None
            if family is None:
                continue
            if old is not None:
                attrs, geoms = changes.setdefault(family, ({}, {}))
                attrs[old[1]] = {_ERNST: feat[1]["ernst"]}
                geoms[old[1]] = feat[1].geometry()
            else:
                adds[family].append((key, feat[1]))
        for family in set(deletes) | set(changes) | set(adds):
            if family not in self.layers and not adds.get(family):
                continue  # its layer is gone (removed by the user, or the project closing)
            layer = self.layer(family)
            provider = layer.dataProvider()
            if deletes.get(family):
                provider.deleteFeatures(deletes[family])
            if family in changes:
                attrs, geoms = changes[family]
                provider.changeAttributeValues(attrs)
                provider.changeGeometryValues(geoms)
            if adds.get(family):
                self._add(layer, family, adds[family])
            layer.triggerRepaint()

    def _add(self, layer: QgsVectorLayer, family: int, items) -> None:
        """``items``: ``[(key, QgsFeature)]`` made by :func:`mark_feature`."""
        ok, added = layer.dataProvider().addFeatures([feat for _key, feat in items])
        if ok:
            for (key, _feat), new in zip(items, added, strict=True):
                self.marks[key] = (family, new.id())

    def drop_layer(self, layer_id: str) -> None:
        """Take away the marks of one store layer."""
        self.update({key: None for key in self.marks if key[0] == layer_id})

    def replace(self, layer_ids, prepared: dict, slice_size: int = 0, done=None) -> None:
        """All marks of ``layer_ids`` become ``prepared`` (``{family: [(key, QgsFeature)]}``).

        With ``slice_size`` the new marks go in a slice per event-loop turn
        (a whole store's 40,000 marks would otherwise hold QGIS up); ``done``
        is called after the last one.
        """
        self._generation += 1
        generation = self._generation
        drop = defaultdict(list)
        for key, (family, ffid) in list(self.marks.items()):
            if key[0] in layer_ids:
                drop[family].append(ffid)
                del self.marks[key]
        for family, ffids in drop.items():
            layer = self.layers.get(family)
            if layer is not None:
                if len(ffids) == layer.featureCount():
                    layer.dataProvider().truncate()
                else:
                    layer.dataProvider().deleteFeatures(ffids)
                layer.triggerRepaint()
        todo = [(family, items[k:k + slice_size] if slice_size else items)
                for family, items in prepared.items()
                for k in range(0, len(items), slice_size or max(1, len(items)))]

        def step():
            if generation != self._generation:
                return  # a newer run took over
            if not todo:
                for layer in self.layers.values():
                    layer.triggerRepaint()
                if done is not None:
                    done()
                return
            family, items = todo.pop(0)
            self._add(self.layer(family), family, items)
            if slice_size:
                QTimer.singleShot(0, step)
            else:
                step()

        step()

    def remove(self) -> None:
        """Take the findings layers out of the project."""
        self._generation += 1
        ids = [layer.id() for layer in self.layers.values()]
        self.layers = {}
        self.marks = {}
        for layer_id in ids:
            if QgsProject.instance().mapLayer(layer_id) is not None:
                QgsProject.instance().removeMapLayer(layer_id)


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


def _release_in_slices(objects: list) -> None:
    """Free an earlier run's findings a slice per event-loop turn (dicts and lists nothing else holds).

    Freeing a whole store's findings (hundreds of thousands of objects) at
    once took QGIS's main thread 0.3–1.2 s when a second run replaced the
    first (after a sync pull, a second "Alles valideren").  In a thread it
    fought the main thread for the GIL; a few thousand items per turn of the
    event loop take milliseconds each.
    """
    containers = list(objects)
    objects.clear()

    def step():
        budget = RELEASE_SLICE
        while containers and budget > 0:
            obj = containers[-1]
            if isinstance(obj, dict):
                while obj and budget > 0:
                    obj.popitem()
                    budget -= 1
            elif isinstance(obj, list):
                cut = min(budget, len(obj))
                del obj[len(obj) - cut:]
                budget -= cut
            if not obj or not isinstance(obj, (dict, list)):
                containers.pop()
            del obj
        if containers:
            QTimer.singleShot(0, step)

    step()
