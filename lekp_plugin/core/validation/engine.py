"""The validation engine: every rule of SPEC §4 over a batch of features.

Owns the orchestration — which rule runs on which features, what each
finding carries — and the three entry points:

* :func:`validate_arrays`: columnar (ids, an array of shapely geometries,
  property columns); the fast path every other entry point uses;
* :func:`validate_features`: an iterable of feature dicts
  ``{"id", "properties", "geometry"}`` (wire-format properties, shapely
  geometry in EPSG:31370);
* :func:`validate_chunks`: a stream of batches validated one by one in
  bounded memory, with overlaps also found across batches.

Thresholds that are a judgement call live here as named constants with the
reason for their value.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from lekp_plugin.core.catalogue import (
    NATUURGROENPERK_MIN_AREA_M2,
    PACT_END,
    PACT_START,
    PARAMETERS,
    QuantityRule,
    geometry_type_allowed,
)
from lekp_plugin.core.schema import AARD, BRON, DOMEIN, STATUS

from . import attributes as A
from .findings import CODES, Finding, Severity, json_safe
from .geometry import TYPE_NAMES, Boundary, GeometryColumn, UnreadableGeometry, analyse, measure
from .overlaps import PairIndex, pair_lists
from .values import parse_date, show

#: LEKP-A002: an entered quantity may exceed what the geometry allows by 1 %.
QUANTITY_TOLERANCE = 0.01
#: LEKP-A003: more than one tree per this many m² of polygon is implausible.
M2_PER_TREE = 4.0
#: LEKP-Q002 (volume looks like litres).  A hemelwater point is one
#: installation: a rain tank or cistern holds 1–50 m³, so 1000 or more
#: "m³" at one point is almost always litres (a 1000 l tank entered as 1000).
#: For polygons and lines the volume is judged against the footprint: more
#: than 10 m³ per m² (a 10 m deep basin) or per metre of infiltration line
#: does not exist in a gemeente, litres entered as m³ easily exceed it.
LITRES_SUSPECT_POINT_M3 = 1000.0
LITRES_SUSPECT_M3_PER_M2 = 10.0
LITRES_SUSPECT_M3_PER_M = 10.0
#: Rounding allowance when comparing areas to the 10 m² limit.
AREA_EPS_M2 = 1e-6

_PACT_START = _dt.date.fromisoformat(PACT_START).toordinal()
_PACT_END = _dt.date.fromisoformat(PACT_END).toordinal()
_CODE_ORDER = {code: k for k, code in enumerate(CODES)}
_NCODES = len(CODES)
_STATUS_GEPLAND, _STATUS_UITGEVOERD = STATUS.index("gepland"), STATUS.index("uitgevoerd")
_REQUIRED = ("id", "gemeente_nis", "projectnaam", "categorie", "status")


def _allowed_tables() -> tuple[np.ndarray, np.ndarray]:
    """``[categorie, type_id]`` → allowed (any parts), allowed with one part only."""
    ncat, ntype = len(A.CATEGORIES), len(TYPE_NAMES)
    anyp = np.zeros((ncat, ntype), dtype=bool)
    one = np.zeros((ncat, ntype), dtype=bool)
    for c, cat in enumerate(A.CATEGORIES):
        for t, name in enumerate(TYPE_NAMES):
            anyp[c, t] = geometry_type_allowed(cat, name, parts=2)
            one[c, t] = geometry_type_allowed(cat, name, parts=1)
    return anyp, one


_ALLOWED_ANY, _ALLOWED_ONE = _allowed_tables()
_RULE = np.array([PARAMETERS[c].quantity_rule.value for c in A.CATEGORIES], dtype=object)


class Reference:
    """Features to compare against (LEKP-O001/O002) without reporting on them.

    Build it once (``Reference(features)``) and pass it to many validations;
    a plain iterable of feature dicts works too but is indexed every call.
    """

    def __init__(self, features: Iterable[Mapping[str, Any]] = ()):
        self.index = _pair_index(*features_to_columns(features))

    @classmethod
    def from_arrays(cls, ids: Sequence[Any], geometries: Sequence[Any] | np.ndarray,
                    columns: Mapping[str, Sequence[Any]]) -> Reference:
        """The same from columns (as :func:`validate_arrays` takes them)."""
        ref = cls.__new__(cls)
        ref.index = _pair_index(ids, geometries, columns)
        return ref

    def __len__(self) -> int:
        return len(self.index)


def _pair_index(ids, geoms, columns) -> PairIndex:
    geo, _repairs = analyse(geoms)
    ids = A.feature_ids(ids)
    attrs = A.parse_columns(columns, len(ids), ids)
    return _index_from(ids, geo, attrs, 0)


def _index_from(ids, geo: GeometryColumn, attrs: A.AttributeColumns, index_offset: int) -> PairIndex:
    # grouped (whole-territory) entries take part in no overlap or duplicate check (SPEC §2)
    group = np.where((attrs.categorie >= 0) & (attrs.aard >= 0) & geo.usable & (attrs.gegroepeerd != 1),
                     attrs.categorie.astype(np.int32) * len(AARD) + attrs.aard, -1)
    dates = np.stack([attrs.uitvoeringsdatum, attrs.geplande_datum], axis=1)
    rows = np.arange(n := len(ids)) + index_offset
    id_arr = np.fromiter(ids, dtype=object, count=n)
    return PairIndex.build(id_arr, rows, geo.work, geo.dim, group, dates)


def features_to_columns(features: Iterable[Mapping[str, Any]]) -> tuple[list[Any], list[Any], dict[str, list[Any]]]:
    """``(ids, geometries, columns)`` from feature dicts; tolerant of missing keys."""
    ids: list[Any] = []
    geoms: list[Any] = []
    props: list[Mapping[str, Any]] = []
    for f in features:
        if type(f) is not dict and not isinstance(f, Mapping):
            f = {"geometry_error": f"not a feature: {type(f).__name__}"}
        p = f.get("properties") or {}
        if type(p) is not dict and not isinstance(p, Mapping):
            p = {}
        fid = f.get("id")
        ids.append(fid if fid is not None else p.get("id"))
        geom = f.get("geometry")
        if geom is None and f.get("geometry_error"):
            geom = UnreadableGeometry(f["geometry_error"])
        geoms.append(geom)
        props.append(p)
    columns = {name: [p.get(name) for p in props] for name in A.READ_FIELDS if name != "id"}
    return ids, geoms, columns


def validate_features(features: Iterable[Mapping[str, Any]], *, boundary: BaseGeometry | Boundary | None = None,
                      reference: Iterable[Mapping[str, Any]] | Reference | None = None,
                      today: _dt.date | None = None) -> list[Finding]:
    """All findings for a batch of feature dicts (see the module docstring)."""
    ids, geoms, columns = features_to_columns(features)
    return validate_arrays(ids, geoms, columns, boundary=boundary, reference=reference, today=today)


def validate_arrays(ids: Sequence[Any], geometries: Sequence[Any] | np.ndarray,
                    columns: Mapping[str, Sequence[Any]], *,
                    boundary: BaseGeometry | Boundary | None = None,
                    reference: Iterable[Mapping[str, Any]] | Reference | None = None,
                    today: _dt.date | None = None, index_offset: int = 0) -> list[Finding]:
    """All findings for a batch given as columns.

    ``ids`` and every column (keyed by SPEC §3 field name; absent ones count
    as empty) have one value per feature, ``geometries`` holds shapely
    geometries (or None) in EPSG:31370.  ``Finding.index`` is the position
    in the batch plus ``index_offset``.
    """
    run = _Run(ids, geometries, columns, boundary=boundary, today=today, index_offset=index_offset)
    run.per_feature()
    run.overlaps_within()
    if reference is not None:
        ref = reference if isinstance(reference, Reference) else Reference(reference)
        run.overlaps_with(ref.index)
    return run.findings()


def validate_chunks(chunks: Iterable[Any], *, boundary: BaseGeometry | Boundary | None = None,
                    reference: Iterable[Mapping[str, Any]] | Reference | None = None,
                    today: _dt.date | None = None, across_chunks: bool = True) -> Iterator[list[Finding]]:
    """Validate a stream of batches; yields the findings of each batch in turn.

    A chunk is a list of feature dicts or an ``(ids, geometries, columns)``
    tuple.  Only the comparable facts of earlier chunks (working geometry,
    category, dates) are kept so overlaps and duplicates across chunks are
    still found (``across_chunks=False`` drops that and keeps memory flat);
    such a pair's finding for the earlier feature comes with the later chunk.
    """
    if boundary is not None and not isinstance(boundary, Boundary):
        boundary = Boundary(boundary)
    if reference is not None and not isinstance(reference, Reference):
        reference = Reference(reference)
    earlier: list[PairIndex] = []
    offset = 0
    for chunk in chunks:
        if isinstance(chunk, tuple):
            ids, geoms, columns = chunk
        else:
            ids, geoms, columns = features_to_columns(chunk)
        run = _Run(ids, geoms, columns, boundary=boundary, today=today, index_offset=offset)
        run.per_feature()
        run.overlaps_within()
        if reference is not None:
            run.overlaps_with(reference.index)
        if across_chunks:
            for prev in earlier:
                run.overlaps_with(prev, both_sides=True)
            earlier.append(run.pair_index)
        offset += run.n
        yield run.findings()


class _Run:
    """One batch being validated: parsed columns, geometry facts, findings so far."""

    def __init__(self, ids, geometries, columns, *, boundary, today, index_offset):
        self.n = n = len(geometries)
        ids = list(ids) if ids is not None else [None] * n
        if len(ids) != n:
            raise ValueError(f"{len(ids)} ids for {n} geometries")
        self.ids = A.feature_ids(ids)
        self.offset = index_offset
        self.today = today or _dt.date.today()
        self.boundary = boundary if boundary is None or isinstance(boundary, Boundary) else Boundary(boundary)
        self.geo, self.repairs = analyse(geometries)
        self.attrs = A.parse_columns(columns, n, self.ids)
        self._out: list[tuple[int, int, Finding]] = []
        self._pair_index: PairIndex | None = None

    # -- emitting ---------------------------------------------------------------------------

    def emit(self, i: int, code: str, params: dict[str, Any] | None = None, *,
             severity: Severity | None = None, repaired: BaseGeometry | None = None,
             feature_id: str | None = None, index: int | None = None) -> None:
        idx = self.offset + i if index is None else index
        fid = self.ids[i] if index is None else feature_id
        finding = Finding(fid, code, severity or CODES[code].severity, json_safe(params or {}),
                          repaired, idx)
        self._out.append((idx * _NCODES + _CODE_ORDER[code], finding))

    def emit_all(self, mask: np.ndarray, code: str, params=None) -> None:
        for i in np.flatnonzero(mask).tolist():
            self.emit(i, code, params(i) if callable(params) else params)

    def findings(self) -> list[Finding]:
        """By feature, then code (stable: emission order within one code)."""
        self._out.sort(key=itemgetter(0))
        return [f for _, f in self._out]

    # -- per-feature rules ------------------------------------------------------------------

    def per_feature(self) -> None:
        self._fields()
        self._geometry()
        self._quantities()
        self._dates()
        self.emit_all(self.attrs.opgelegd == 1, "LEKP-N001")

    def _fields(self) -> None:
        at = self.attrs
        missing = {
            "id": at.id_missing,
            "gemeente_nis": at.nis_missing,
            "projectnaam": at.projectnaam_missing,
            "categorie": at.categorie == A.MISSING,
            "status": at.status == A.MISSING,
        }
        for name in _REQUIRED:
            self.emit_all(missing[name], "LEKP-F001", {"field": name})
        for name, arr, allowed in (("categorie", at.categorie, A.CATEGORIES), ("aard", at.aard, AARD),
                                   ("status", at.status, STATUS), ("domein", at.domein, DOMEIN),
                                   ("bron", at.bron, BRON)):
            self.emit_all(arr == A.UNKNOWN, "LEKP-F002", lambda i, name=name, allowed=allowed: {
                "field": name, "value": show(at.raw_value(name, i)), "allowed": list(allowed)})
        self.emit_all(at.nis_bad, "LEKP-F002", lambda i: {
            "field": "gemeente_nis", "value": show(at.raw_value("gemeente_nis", i)),
            "allowed": ["NNNNN"], "format": True})
        for name, arr in (("opgelegd", at.opgelegd), ("gegroepeerd", at.gegroepeerd)):
            self.emit_all(arr == -1, "LEKP-F002", lambda i, name=name: {
                "field": name, "value": show(at.raw_value(name, i)), "allowed": ["true", "false"]})

    def _geometry(self) -> None:
        geo, at = self.geo, self.attrs
        self.emit_all(geo.missing, "LEKP-G001", {"reason": "missing"})
        self.emit_all(geo.empty, "LEKP-G001", {"reason": "empty"})
        self.emit_all(geo.unreadable, "LEKP-G002", lambda i: {
            "reason": geo.unreadable_reason.get(i, "unreadable"), "repairable": False})
        for i, (reason, fixed) in self.repairs.items():
            params: dict[str, Any] = {"reason": reason, "repairable": fixed is not None,
                                      "repaired_type": fixed.geom_type if fixed is not None else None}
            cat = int(at.categorie[i])
            if fixed is not None and cat >= 0:
                params["repair_allowed"] = geometry_type_allowed(
                    A.CATEGORIES[cat], fixed.geom_type, int(shapely.get_num_geometries(fixed)))
            self.emit(i, "LEKP-G002", params, repaired=fixed)
        present = ~geo.missing & ~geo.empty & ~geo.unreadable
        known = at.categorie >= 0
        tid = np.where(geo.type_id >= 0, geo.type_id, 0)
        cat = np.where(known, at.categorie, 0)
        allowed = _ALLOWED_ANY[cat, tid] | (_ALLOWED_ONE[cat, tid] & (geo.parts == 1))
        self.type_ok = known & present & allowed
        self.emit_all(known & present & ~allowed, "LEKP-G003", lambda i: {
            "categorie": A.CATEGORIES[at.categorie[i]], "geometry_type": TYPE_NAMES[geo.type_id[i]],
            "parts": int(geo.parts[i]),
            "allowed": sorted(PARAMETERS[A.CATEGORIES[at.categorie[i]]].geometry_types)})
        for i in np.flatnonzero(geo.outside_extent).tolist():
            x0, y0, x1, y1 = (float(v) if np.isfinite(v) else None for v in geo.bounds[i])
            self.emit(i, "LEKP-G004", {"xmin": x0, "ymin": y0, "xmax": x1, "ymax": y1,
                                       "likely_degrees": bool(geo.likely_degrees[i])})
        if self.boundary is not None:
            for i, kind, frac, dist in self.boundary.check(geo.work, geo.usable, geo.dim):
                self.emit(i, "LEKP-G005", {"severity": kind, "inside_fraction": round(frac, 6),
                                           "outside_distance_m": round(dist, 3),
                                           "tolerance_m": self.boundary.tolerance_m},
                          severity=Severity(kind))

    def _quantities(self) -> None:
        geo, at = self.geo, self.attrs
        q, reason = at.quantity, at.q_reason
        raw = lambda i: show(at.raw_value("hoeveelheid", i))  # noqa: E731
        for code, name in A.Q_REASONS.items():
            if code == A.Q_TEXT:
                self.emit_all(reason == code, "LEKP-Q001", lambda i: {
                    "reason": "text", "value": raw(i), "suggestion": float(q[i])})
            else:
                self.emit_all(reason == code, "LEKP-Q001", lambda i, name=name: {
                    "reason": name, "value": raw(i)})
        numeric = reason == A.Q_OK
        self.emit_all(numeric & (q == 0), "LEKP-Q001", lambda i: {"reason": "zero", "value": raw(i)})
        self.emit_all(numeric & (q < 0), "LEKP-Q001", lambda i: {"reason": "negative", "value": raw(i)})

        has_q = np.isfinite(q) & (q > 0)
        # a grouped (whole-territory) entry counts its entered quantity: its geometry
        # says where, not how much, so no rule compares the quantity with it (SPEC §2)
        ok = self.type_ok & geo.usable & has_q & (at.gegroepeerd != 1)
        rule = np.where(at.categorie >= 0, _RULE[np.maximum(at.categorie, 0)], "")
        dim = geo.dim
        size = np.zeros(self.n)
        size[ok] = measure(geo.work[ok], dim[ok])
        limit = np.full(self.n, np.nan)

        # natuurgroenperk: every part at least 10 m²; quantity at most the number of such parts
        sel = ok & (rule == QuantityRule.PARTS_MIN_AREA.value) & (dim == 2)
        if sel.any():
            idx = np.flatnonzero(sel)
            parts, pidx = shapely.get_parts(geo.work[idx], return_index=True)
            areas = shapely.area(parts)
            small = areas < NATUURGROENPERK_MIN_AREA_M2 - AREA_EPS_M2
            n_small = np.bincount(pidx, weights=small, minlength=len(idx)).astype(int)
            n_parts = np.bincount(pidx, minlength=len(idx))
            smallest = np.full(len(idx), np.inf)
            np.minimum.at(smallest, pidx, areas)
            for k in np.flatnonzero(n_small).tolist():
                self.emit(int(idx[k]), "LEKP-A001", {
                    "parts_too_small": int(n_small[k]), "parts": int(n_parts[k]),
                    "smallest_m2": round(float(smallest[k]), 2), "min_m2": NATUURGROENPERK_MIN_AREA_M2})
            limit[idx] = n_parts - n_small
        measures = {QuantityRule.AREA_MAX.value: (2, "area", "m2"),
                    QuantityRule.LENGTH_OR_ENTERED.value: (1, "length", "m"),
                    QuantityRule.POINTS_OR_ENTERED.value: (0, "points", "stuks")}
        kind = np.full(self.n, "", dtype=object)
        for r, (d, name, _unit) in measures.items():
            m = ok & (rule == r) & (dim == d)
            limit[m] = size[m]
            kind[m] = name
        kind[sel] = "parts"
        over = ok & np.isfinite(limit) & (q > limit * (1 + QUANTITY_TOLERANCE) + 1e-9)
        self.emit_all(over, "LEKP-A002", lambda i: {
            "hoeveelheid": float(q[i]), "max": round(float(limit[i]), 3), "measure": kind[i],
            "tolerance": QUANTITY_TOLERANCE, "categorie": A.CATEGORIES[at.categorie[i]]})

        dense = ok & (rule == QuantityRule.POINTS_OR_ENTERED.value) & (dim == 2) & (q * M2_PER_TREE > size)
        self.emit_all(dense, "LEKP-A003", lambda i: {
            "hoeveelheid": float(q[i]), "area_m2": round(float(size[i]), 2), "m2_per_tree": M2_PER_TREE})

        water = (rule == QuantityRule.ENTERED.value) & has_q
        ratio_ok = water & ok & (dim >= 1)
        per = np.divide(q, size, out=np.zeros(self.n), where=ratio_ok & (size > 0))
        threshold = np.where(dim == 2, LITRES_SUSPECT_M3_PER_M2, LITRES_SUSPECT_M3_PER_M)
        litres = (ratio_ok & (per > threshold)) | (water & ~ratio_ok & (q >= LITRES_SUSPECT_POINT_M3))
        self.emit_all(litres, "LEKP-Q002", lambda i: {
            "hoeveelheid": float(q[i]), "suggestion_m3": float(q[i]) / 1000.0,
            "basis": ("m3_per_m2" if dim[i] == 2 else "m3_per_m") if ratio_ok[i] else "point",
            "threshold": float(threshold[i]) if ratio_ok[i] else LITRES_SUSPECT_POINT_M3})

    def _dates(self) -> None:
        at = self.attrs
        today = self.today.toordinal()
        uitv, gepl = at.uitvoeringsdatum, at.geplande_datum

        def iso(o: int) -> str:
            return _dt.date.fromordinal(int(o)).isoformat()

        for name, arr in (("uitvoeringsdatum", uitv), ("geplande_datum", gepl)):
            def bad(i: int, name: str = name) -> dict[str, Any]:
                raw = at.raw_value(name, i)
                return {"field": name, "value": show(raw), "suggestion": parse_date(raw).suggestion}
            self.emit_all(arr == A.BAD_DATE, "LEKP-D006", bad)
        self.emit_all((at.status == _STATUS_UITGEVOERD) & (uitv == A.NO_DATE), "LEKP-D001")
        has_u = uitv > 0
        self.emit_all(has_u & (uitv < _PACT_START), "LEKP-D002",
                      lambda i: {"field": "uitvoeringsdatum", "date": iso(uitv[i]), "limit": PACT_START})
        self.emit_all(has_u & (uitv > today), "LEKP-D003",
                      lambda i: {"field": "uitvoeringsdatum", "date": iso(uitv[i]),
                                 "today": self.today.isoformat()})
        for name, arr in (("uitvoeringsdatum", uitv), ("geplande_datum", gepl)):
            self.emit_all((arr > 0) & (arr > _PACT_END), "LEKP-D004",
                          lambda i, name=name, arr=arr: {"field": name, "date": iso(arr[i]), "limit": PACT_END})
        self.emit_all((at.status == _STATUS_GEPLAND) & (gepl > 0) & (gepl < today), "LEKP-D005",
                      lambda i: {"field": "geplande_datum", "date": iso(gepl[i]),
                                 "today": self.today.isoformat()})

    # -- overlaps and duplicates ------------------------------------------------------------

    @property
    def pair_index(self) -> PairIndex:
        if self._pair_index is None:
            self._pair_index = _index_from(self.ids, self.geo, self.attrs, self.offset)
        return self._pair_index

    def _emit_pairs(self, left: PairIndex, right: PairIndex, pairs, source: str, *, left_side: bool = True,
                    right_side: bool = False, right_source: str = "batch") -> None:
        """LEKP-O001/O002 for the pairs, on the left feature and/or the right one.

        In bulk: every parameter is a plain str or float already, so the
        finding is built directly (what :meth:`emit` with ``json_safe`` gives).
        """
        out = self._out
        o001, o002 = _CODE_ORDER["LEKP-O001"], _CODE_ORDER["LEKP-O002"]
        s001, s002 = CODES["LEKP-O001"].severity, CODES["LEKP-O002"].severity
        units = {2: "m2", 1: "m", 0: "stuks"}
        plain = (str, type(None))

        append = out.append
        lrows, lids, rrows, rids = left.rows.tolist(), left.ids, right.rows.tolist(), right.ids
        sides = ((True, source),) * left_side + ((False, right_source),) * right_side
        for a, b, duplicate, overlap, iou, dim in zip(*pairs, strict=True):
            iou = round(iou, 4)  # rounded once per pair (both findings say the same)
            if duplicate:
                code, order, sev = "LEKP-O002", o002, s002
            else:
                code, order, sev = "LEKP-O001", o001, s001
                overlap, unit = round(overlap, 2), units[dim]
            for on_left, src in sides:
                if on_left:
                    index, fid, other = lrows[a], lids[a], rids[b]
                else:
                    index, fid, other = rrows[b], rids[b], lids[a]
                if duplicate:
                    params = {"other_id": other, "other_source": src, "iou": iou}
                else:
                    params = {"other_id": other, "other_source": src, "overlap": overlap, "unit": unit, "iou": iou}
                if type(other) not in plain:
                    params = json_safe(params)
                append((index * _NCODES + order, Finding(fid, code, sev, params, None, index)))

    def overlaps_within(self) -> None:
        pi = self.pair_index
        self._emit_pairs(pi, pi, pair_lists(pi), "batch", right_side=True)

    def overlaps_with(self, other: PairIndex, *, both_sides: bool = False) -> None:
        """Pairs with ``other``; reference features get no findings unless ``both_sides``."""
        pi = self.pair_index
        # a stored copy of a feature being validated is not a second feature
        exclude = frozenset() if both_sides else {i for i in self.ids if i is not None}
        self._emit_pairs(pi, other, pair_lists(pi, other, exclude), "batch" if both_sides else "reference",
                         right_side=both_sides)
