"""The import pipeline: read → map → validate → preview → write, in one transaction.

:func:`prepare_import` reads the plan (:mod:`.readers`), applies the profile
(:mod:`.profiles`), puts the geometries in Lambert 72 (:mod:`.crs`), derives
quantities, recognises features of an earlier import of the same plan (by
``bron_sleutel`` within the plan's file name or project) and validates
everything with the core engine against the store's other features, the
registry's reference features and the gemeente boundary.  The result, an
:class:`ImportPlan`, is the preview: counts per category, what counts for the
pact, findings, and per feature whether it is new, an update or unchanged.

:func:`write_import` writes the valid new and changed features into the store
in ONE transaction (``bron = import``, ``bron_bestand``, ``bron_sha256``,
``bron_sleutel``): a failure or a killed process leaves the store as it was.
The spatial index, the feature count and the sync outbox get exactly the
rows GDAL's and the store's triggers would write.

No QGIS here: ``lekp:importplan``, the wizard, the benchmark and the tests
share this module.
"""

from __future__ import annotations

import datetime as _dt
import functools
import gc
import operator
import os
import re
import sqlite3
import struct
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely

from ..core.catalogue import PARAMETERS, geometry_type_allowed
from ..core.schema import FIELDS_BY_NAME, GEOMETRY_FAMILIES, FieldType, family_of
from ..core.validation import Boundary, Finding, Reference, validate_arrays
from ..core.validation.messages import format_number
from ..store import sqlite as sq
from ..store.migrations import REFERENCE_LAYER, upgrade
from . import crs as crsmod
from . import readers
from .messages import ImportFault
from .profiles import Profile, Rule, default_profile

#: Quantities from geometry are rounded to this many decimals (cm, cm²).
QUANTITY_DECIMALS = 2
#: Geometries of a re-imported feature within this distance (m) are the same.
SAME_GEOMETRY_TOLERANCE_M = 0.001
#: Properties compared to decide whether a re-imported feature changed.
COMPARED = ("projectnaam", "categorie", "aard", "hoeveelheid", "status", "geplande_datum",
            "uitvoeringsdatum", "domein", "opgelegd", "toelichting")
NEW, UPDATE, UNCHANGED = "nieuw", "bijwerken", "ongewijzigd"
_FAMILY_LAYERS = {f.key: f.layer_name for f in GEOMETRY_FAMILIES}


@dataclass
class Candidate:
    """One improvement the plan maps to."""

    key: str
    source_layer: str
    entity: str
    rule: Rule
    geometry: Any
    properties: dict[str, Any]
    action: str = NEW
    existing_layer: str | None = None
    existing_fid: int | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.properties["id"]

    @property
    def has_error(self) -> bool:
        return bool(self.findings) and any(f.severity.value == "error" for f in self.findings)

    @property
    def layer_name(self) -> str:
        return family_of(self.geometry.geom_type).layer_name


@dataclass
class CategoryCount:
    categorie: str
    unit: str
    objecten: int = 0
    hoeveelheid: float = 0.0
    #: valid, not imposed: what counts for the pact (realised or forecast by status)
    telt: float = 0.0
    opgelegd: float = 0.0
    fouten: int = 0


@dataclass
class ImportPlan:
    store: str
    source: readers.SourceData
    profile: Profile
    crs: str
    gemeente_nis: str
    candidates: list[Candidate]
    ignored: Counter
    unrecognised: Counter
    #: features of this plan already in the store from an earlier import of the same file
    same_file_in_store: int = 0
    #: keys of an earlier import of the plan that the new version no longer has
    vanished: list[str] = field(default_factory=list)

    @property
    def to_write(self) -> list[Candidate]:
        return [c for c in self.candidates if c.action != UNCHANGED and not c.has_error]

    @property
    def refused(self) -> list[Candidate]:
        return [c for c in self.candidates if c.has_error]

    def actions(self) -> Counter:
        return Counter(c.action for c in self.candidates if not c.has_error)

    def findings(self) -> list[Finding]:
        return [f for c in self.candidates for f in c.findings]

    def counts(self) -> dict[str, CategoryCount]:
        out: dict[str, CategoryCount] = {}
        for c in self.candidates:
            cat = c.properties["categorie"]
            row = out.setdefault(cat, CategoryCount(cat, PARAMETERS[cat].unit))
            q = c.properties.get("hoeveelheid") or 0.0
            row.objecten += 1
            row.hoeveelheid += q
            if c.has_error:
                row.fouten += 1
            elif c.properties.get("opgelegd"):
                row.opgelegd += q
            else:
                row.telt += q * (-1 if c.properties.get("aard") == "verwijdering" else 1)
        return dict(sorted(out.items()))

    def summary(self, lang: str = "nl") -> str:
        """The preview as text (``lekp:importplan`` prints it)."""
        nl = lang == "nl"
        s = self.source
        lines = [(f"Plan: {s.name} ({s.format}, {len(s)} objecten gelezen, CRS {self.crs})" if nl else
                  f"Plan: {s.name} ({s.format}, {len(s)} features read, CRS {self.crs})")]
        if s.scanned:
            read = ", ".join(f"{n} {t}" for t, n in sorted(s.scanned.items()))
            lines.append(("  DXF-entiteiten (ezdxf): " if nl else "  DXF entities (ezdxf): ") + read)
        if s.recovered:
            lines.append(f"  {'hersteld met ezdxf' if nl else 'recovered with ezdxf'}: "
                         f"{s.recovered_fixes} {'correcties' if nl else 'fixes'}")
        if s.not_read:
            missing = ", ".join(f"{n} {t}" for t, n in sorted(s.not_read.items()))
            lines.append(("  niet ingelezen (zonder geometrie): " if nl else
                          "  not read (no geometry): ") + missing)
        lines.append("Per categorie:" if nl else "Per category:")
        for row in self.counts().values():
            unit = row.unit.replace("m2", "m²").replace("m3", "m³")
            lines.append(f"  {row.categorie}: {row.objecten} {'objecten' if nl else 'features'}, "
                         f"{_n(row.hoeveelheid, lang)} {unit}; {'telt' if nl else 'counts'} {_n(row.telt, lang)}, "
                         f"{'opgelegd' if nl else 'imposed'} {_n(row.opgelegd, lang)}, "
                         f"{'met fouten' if nl else 'with errors'} {row.fouten}")
        for label, counter in ((("Genegeerd per laag" if nl else "Ignored per layer"), self.ignored),
                               (("Niet herkend per laag" if nl else "Not recognised per layer"),
                                self.unrecognised)):
            if counter:
                lines.append(f"{label}: " + ", ".join(f"{k}: {v}" for k, v in sorted(counter.items())))
        a = self.actions()
        lines.append((f"Te schrijven: {a.get(NEW, 0)} nieuw, {a.get(UPDATE, 0)} bijwerken, "
                      f"{a.get(UNCHANGED, 0)} ongewijzigd, {len(self.refused)} geweigerd (fouten)")
                     if nl else
                     (f"To write: {a.get(NEW, 0)} new, {a.get(UPDATE, 0)} updates, "
                      f"{a.get(UNCHANGED, 0)} unchanged, {len(self.refused)} refused (errors)"))
        if self.same_file_in_store:
            lines.append((f"Dit bestand werd al geïmporteerd ({self.same_file_in_store} objecten in de "
                          "opslag): alleen wijzigingen worden geschreven, geen dubbels.") if nl else
                         (f"This file was imported before ({self.same_file_in_store} features in the "
                          "store): only changes are written, no duplicates."))
        if self.vanished:
            lines.append((f"{len(self.vanished)} objecten van een vorige versie van het plan komen "
                          "niet meer voor; ze blijven in de opslag.") if nl else
                         (f"{len(self.vanished)} features of an earlier version of the plan are "
                          "gone; they stay in the store."))
        return "\n".join(lines)


def _n(value: float, lang: str = "nl") -> str:
    return format_number(round(value, 2), lang)


@dataclass
class WriteResult:
    created: int
    updated: int
    unchanged: int
    refused: int


# -- the store --------------------------------------------------------------------

@dataclass
class _StoreFeatures:
    ids: list[str]
    geoms: list[Any]
    columns: dict[str, list[Any]]
    layer: list[str]
    fid: list[int]


def _read_store(path: str) -> tuple[dict[str, str], _StoreFeatures, _StoreFeatures, Any]:
    """(meta, store features, registry reference features, boundary geometry)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        meta = dict(con.execute("SELECT sleutel, waarde FROM lekp_meta").fetchall())
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

        def load(layers: list[str]) -> _StoreFeatures:
            out = _StoreFeatures([], [], {}, [], [])
            cols = [f for f in ("gemeente_nis", "projectnaam", "categorie", "aard", "hoeveelheid",
                                "status", "geplande_datum", "uitvoeringsdatum", "domein", "opgelegd",
                                "bron", "bron_bestand", "bron_sha256", "bron_sleutel", "gegroepeerd",
                                "toelichting")]
            for c in cols:
                out.columns[c] = []
            for t in layers:
                if t not in tables:
                    continue
                have = set(sq.columns_of(con, t))
                sel = ", ".join(f'"{c}"' if c in have else "NULL" for c in cols)
                for row in con.execute(f'SELECT fid, id, geom, {sel} FROM "{t}"'):
                    out.fid.append(row[0])
                    out.ids.append(row[1])
                    out.geoms.append(sq.wkb_of(row[2]))
                    out.layer.append(t)
                    for c, v in zip(cols, row[3:], strict=True):
                        out.columns[c].append(v)
            out.geoms = list(shapely.from_wkb(out.geoms, on_invalid="ignore")) if out.geoms else []
            return out

        own = load([f.layer_name for f in GEOMETRY_FAMILIES])
        ref = load([REFERENCE_LAYER])
        boundary = None
        if "gemeentegrens" in tables:
            row = con.execute("SELECT geom FROM gemeentegrens LIMIT 1").fetchone()
            if row and row[0]:
                boundary = shapely.from_wkb(sq.wkb_of(row[0]))
    finally:
        con.close()
    return meta, own, ref, boundary


# -- mapping ----------------------------------------------------------------------

#: A polyline whose ends are this close (m) is closed (GDAL closes bulged rings up to rounding).
CLOSED_TOLERANCE_M = 1e-6


def _closed(g) -> bool:
    coords = shapely.get_coordinates(g)
    return len(coords) >= 4 and bool(np.abs(coords[0] - coords[-1]).max() <= CLOSED_TOLERANCE_M)


def _to_polygon(g):
    if _closed(g):
        ring = shapely.get_coordinates(g)
        ring[-1] = ring[0]
        return shapely.Polygon(ring)
    return g


def _shape(g, rule: Rule, categorie: str):
    """The geometry the rule needs from a source geometry."""
    if g is None or g.is_empty:
        return g
    t = g.geom_type
    want = rule.geometrie
    if want == "auto":
        if t in ("LineString", "LinearRing") and _closed(g) and \
                geometry_type_allowed(categorie, "Polygon", parts=1):
            want = "vlak"
        else:
            return g
    if want == "punt":
        if t in ("Point", "MultiPoint"):
            return g
        if t in ("LineString", "LinearRing") and _closed(g):
            return _to_polygon(g).centroid
        return g.centroid if t in ("Polygon", "MultiPolygon") else g.representative_point()
    if want == "lijn":
        if t in ("Polygon", "MultiPolygon"):
            return g.boundary
        return shapely.LineString(g.coords) if t == "LinearRing" else g
    if want == "vlak":
        if t in ("LineString", "LinearRing"):
            return _to_polygon(g)
        if t == "MultiLineString":
            parts = [_to_polygon(p) for p in g.geoms]
            if all(p.geom_type == "Polygon" for p in parts):
                return shapely.MultiPolygon(parts)
    return g


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip().lower().replace("m³", "").replace("m3", "").replace("m²", "")
    text = text.replace(" ", "").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _quantity(rule: Rule, g, attrs: dict[str, Any]) -> float | None:
    q = rule.hoeveelheid
    if q is None:
        rule_q = PARAMETERS[rule.categorie].quantity_rule.value
        q = {"points_or_entered": "aantal", "length_or_entered": "lengte",
             "parts_min_area": "aantal", "area_max": "oppervlakte"}.get(rule_q)
        if q is None:
            return None
    if isinstance(q, (int, float)):
        return float(q)
    if g is None or g.is_empty:
        return None
    if q == "aantal":
        return float(shapely.get_num_geometries(g)) if g.geom_type.startswith("Multi") else 1.0
    if q == "lengte":
        return round(g.length, QUANTITY_DECIMALS) if g.length else None
    if q == "oppervlakte":
        return round(g.area, QUANTITY_DECIMALS) if g.area else None
    if q.startswith("attribuut:"):
        for name in q[len("attribuut:"):].split("|"):
            for k, v in attrs.items():
                if k.lower() == name.strip().lower():
                    n = _number(v)
                    if n is not None:
                        return n
    return None


_LINE_TYPES = (1, 2)       # LineString, LinearRing
_POLY_TYPES = (3, 6)       # Polygon, MultiPolygon
_MULTI_TYPES = (4, 5, 6, 7)


def _closed_many(arr: np.ndarray) -> np.ndarray:
    """Which geometries are lines whose ends meet (within :data:`CLOSED_TOLERANCE_M`)."""
    tid = shapely.get_type_id(arr)
    out = np.zeros(len(arr), dtype=bool)
    lines = np.isin(tid, _LINE_TYPES)
    if lines.any():
        sub = arr[lines]
        n = shapely.get_num_coordinates(sub)
        first, last = shapely.get_point(sub, 0), shapely.get_point(sub, -1)
        gap = np.maximum(np.abs(shapely.get_x(first) - shapely.get_x(last)),
                         np.abs(shapely.get_y(first) - shapely.get_y(last)))
        out[lines] = (n >= 4) & (gap <= CLOSED_TOLERANCE_M)
    return out


def _polygons_from_closed(lines: np.ndarray) -> np.ndarray:
    """Closed lines → polygons, the last vertex snapped onto the first."""
    coords, idx = shapely.get_coordinates(lines, return_index=True)
    counts = shapely.get_num_coordinates(lines)
    ends = np.cumsum(counts) - 1
    coords[ends] = coords[ends - counts + 1]
    return shapely.polygons(shapely.linearrings(coords, indices=idx))


def _shape_many(arr: np.ndarray, rule: Rule, categorie: str) -> np.ndarray:
    """:func:`_shape` over an array (vectorized for the common cases)."""
    out = arr.copy()
    present = shapely.is_geometry(out) & ~shapely.is_empty(out)
    tid = shapely.get_type_id(out)
    closed = _closed_many(out) & present
    want = rule.geometrie
    if want == "auto":
        if not geometry_type_allowed(categorie, "Polygon", parts=1) or not closed.any():
            return out
        out[closed] = _polygons_from_closed(out[closed])
        return out
    if want == "punt":
        if closed.any():
            out[closed] = shapely.centroid(_polygons_from_closed(out[closed]))
        poly = present & np.isin(tid, _POLY_TYPES)
        out[poly] = shapely.centroid(out[poly])
        other = present & ~closed & ~poly & ~np.isin(tid, (0, 4))
        out[other] = shapely.point_on_surface(out[other])
        return out
    if want == "vlak":
        if closed.any():
            out[closed] = _polygons_from_closed(out[closed])
        multi_lines = present & (tid == 5)
        for i in np.flatnonzero(multi_lines):
            out[i] = _shape(out[i], rule, categorie)
        return out
    if want == "lijn":
        poly = present & np.isin(tid, _POLY_TYPES)
        out[poly] = shapely.boundary(out[poly])
    return out


def _quantity_many(rule: Rule, arr: np.ndarray, attrs: list[dict[str, Any]]) -> list[float | None]:
    """:func:`_quantity` over an array."""
    n = len(arr)
    q = rule.hoeveelheid
    if q is None:
        q = {"points_or_entered": "aantal", "length_or_entered": "lengte", "parts_min_area": "aantal",
             "area_max": "oppervlakte"}.get(PARAMETERS[rule.categorie].quantity_rule.value)
        if q is None:
            return [None] * n
    if isinstance(q, (int, float)):
        return [float(q)] * n
    present = shapely.is_geometry(arr) & ~shapely.is_empty(arr)
    if q == "aantal":
        tid = shapely.get_type_id(arr)
        values = np.where(np.isin(tid, _MULTI_TYPES), shapely.get_num_geometries(arr), 1).astype(float)
    elif q == "lengte":
        values = np.round(shapely.length(arr), QUANTITY_DECIMALS)
        present &= values > 0
    elif q == "oppervlakte":
        values = np.round(shapely.area(arr), QUANTITY_DECIMALS)
        present &= values > 0
    else:
        return [_quantity(rule, arr[i], attrs[i]) for i in range(n)]
    return [float(v) if ok else None for v, ok in zip(values.tolist(), present.tolist(), strict=True)]


def _new_ids(n: int) -> list[str]:
    """``n`` new feature ids: random UUID4s in :func:`~lekp_plugin.core.schema.new_id`'s form, made in bulk.

    Sorted: handed out in this order, they reach the store's id indexes (the
    layer's unique id, the outbox's feature_id) in ascending order, which
    SQLite inserts faster than random keys.  Each id is still a random UUID4.
    """
    raw = np.frombuffer(os.urandom(16 * n), dtype=np.uint8).reshape(n, 16).copy()
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40  # version 4
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # variant RFC 4122
    digits = np.frombuffer(raw.tobytes().hex().encode("ascii"), dtype=np.uint8).reshape(n, 32)
    text = np.full((n, 36), ord("-"), dtype=np.uint8)
    for dst, src in ((0, 0), (9, 8), (14, 12), (19, 16), (24, 20)):
        width = {0: 8, 20: 12}.get(src, 4)
        text[:, dst:dst + width] = digits[:, src:src + width]
    joined = text.tobytes().decode("ascii")
    out = [joined[k:k + 36] for k in range(0, 36 * n, 36)]
    out.sort()
    return out


def _source_note(data: readers.SourceData, i: int) -> str:
    parts = [f"laag {data.layer[i]}"]
    if data.format == "DXF":
        parts.append(data.entity[i])
        if data.block[i]:
            parts.append(f"blok {data.block[i]}")
        if data.colour[i] is not None:
            parts.append(f"kleur {data.colour[i]}")
    return f"Import uit {data.name} ({', '.join(parts)})."


def _without_gc(func):
    """Run ``func`` with CPython's cyclic garbage collector paused (resumed after, also on error).

    An import allocates hundreds of thousands of small objects (records,
    dicts, geometries) that form no reference cycles; the collector would
    walk them over and over (a quarter of the preparation's CPU time on a
    50,000-entity plan).  Reference counting still frees everything.
    """
    @functools.wraps(func)
    def run(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()
    return run


@_without_gc
def prepare_import(source: str, store: str, *, profile: Profile | None = None, crs: str | None = None,
                   opgelegd: bool = False, projectnaam: str | None = None, layer: str | None = None,
                   today: _dt.date | None = None,
                   progress: Callable[[str], None] | None = None) -> ImportPlan:
    """Read, map and validate a plan against ``store``; nothing is written.

    ``opgelegd`` is the officer's answer to "are the plan's measures imposed by
    the verkavelingsvergunning?" for rules that leave it open (the default
    profile imposes hemelwater measures itself).  Raises :class:`ImportFault`.
    """
    say = progress or (lambda _msg: None)
    profile = profile or default_profile()
    store = os.path.abspath(store)
    if not os.path.isfile(store):
        raise ImportFault("not_found", path=store)
    try:
        upgrade(store)
        meta, own, ref, boundary = _read_store(store)
    except sqlite3.Error as exc:
        raise ImportFault("store", reason=f"{store} is geen LEKP-opslag ({exc}).") from None
    stated = crsmod.parse_crs(crs)
    say("lezen")
    data = readers.read_source(source, layer)
    if data.geodata_crs:
        crsmod.check_geodata(data.geodata_crs, data.path)

    say("toewijzen")
    ignored: Counter = Counter()
    unrecognised: Counter = Counter()
    picked: list[int] = []
    rules: list[Rule] = []
    cache: dict[tuple, Rule | None] = {}
    keys = list(zip(data.layer, data.block, data.entity, strict=True))
    if profile.attribute_rules:
        matched = [profile.match(*key, attrs) for key, attrs in zip(keys, data.attrs, strict=True)]
    else:  # one match per (layer, block, entity type)
        for key in dict.fromkeys(keys):
            cache[key] = profile.match(*key, {})
        matched = list(map(cache.__getitem__, keys))
    missing = shapely.is_missing(data.geoms).tolist() if len(data.geoms) else []
    for i, (rule, layer_name, no_geometry) in enumerate(zip(matched, data.layer, missing, strict=True)):
        if rule is None:
            unrecognised[layer_name] += 1
        elif rule.negeren:
            ignored[layer_name] += 1
        elif no_geometry:
            unrecognised[layer_name] += 1
        else:
            picked.append(i)
            rules.append(rule)
    if not picked:
        layers = Counter(data.layer)
        raise ImportFault("nothing_mapped", path=data.path, profile=profile.naam, count=len(data),
                          layers=", ".join(f"{k} ({v})" for k, v in sorted(layers.items())) or "-")

    idx = np.array(picked)
    geoms, crs_text = crsmod.to_lambert72(data.geoms[idx], path=data.path, file_crs_wkt=data.crs_wkt,
                                          stated=stated, geodata=data.geodata_crs)
    stem = os.path.splitext(data.name)[0]
    gemeente = meta.get("gemeente_nis", "")
    shaped = np.empty(len(picked), dtype=object)
    quantities: list[float | None] = [None] * len(picked)
    groups: dict[int, list[int]] = {}
    for j, rule in enumerate(rules):
        groups.setdefault(id(rule), []).append(j)
    for js in groups.values():
        rule = rules[js[0]]
        sel = np.array(js)
        shaped[sel] = _shape_many(geoms[sel], rule, rule.categorie)
        for j, q in zip(js, _quantity_many(rule, shaped[sel], [data.attrs[picked[j]] for j in js]),
                        strict=True):
            quantities[j] = q
    std = profile.standaard
    cands: list[Candidate] = []
    notes: dict[tuple, str] = {}
    templates: dict[tuple, dict[str, Any]] = {}
    name = data.name
    layer_col, entity_col, block_col, colour_col, key_col = (data.layer, data.entity, data.block,
                                                             data.colour, data.keys)
    by_field = profile.sleutelveld if data.format != "DXF" else None
    shaped_list = shaped.tolist()
    for j, (i, rule) in enumerate(zip(picked, rules, strict=True)):
        imposed = rule.opgelegd if rule.opgelegd is not None else opgelegd
        layer_name, entity_type = layer_col[i], entity_col[i]
        note_key = (layer_name, entity_type, block_col[i], colour_col[i], id(rule) if imposed else 0)
        note = notes.get(note_key)
        if note is None:
            note = _source_note(data, i)
            if imposed:
                reason = rule.opgelegd_reden or "verkavelingsvergunning (keuze bij import)"
                note += f" Opgelegd: {reason}."
            notes[note_key] = note
        key = key_col[i]
        if by_field:
            value = data.attrs[i].get(by_field)
            if value not in (None, ""):
                key = f"{layer_name}:{by_field}={value}"
        template = templates.get((id(rule), bool(imposed)))
        if template is None:  # what every feature of this rule shares
            template = templates[(id(rule), bool(imposed))] = {
                "id": None, "gemeente_nis": gemeente,
                "projectnaam": (projectnaam or rule.projectnaam or std.get("projectnaam") or stem)[:200],
                "categorie": rule.categorie, "aard": rule.aard or std.get("aard") or "aanleg",
                "hoeveelheid": None,
                "status": rule.status or std.get("status") or "gepland",
                "geplande_datum": rule.geplande_datum or std.get("geplande_datum"),
                "uitvoeringsdatum": rule.uitvoeringsdatum or std.get("uitvoeringsdatum"),
                "domein": rule.domein or std.get("domein"),
                "opgelegd": bool(imposed), "bron": "import", "bron_bestand": name[:255],
                "bron_sha256": data.sha256, "bron_sleutel": None, "gegroepeerd": False,
                "toelichting": None,
            }
        props = template.copy()
        props["hoeveelheid"] = quantities[j]
        props["bron_sleutel"] = key
        props["toelichting"] = note
        cands.append(Candidate(key, layer_name, entity_type, rule, shaped_list[j], props))

    # an earlier import of the same plan: by key within its file name or project
    say("vergelijken")
    earlier: dict[str, int] = {}
    same_file = 0
    scope_files = {data.name}
    scope_projects = {t["projectnaam"] for t in templates.values()}  # every candidate's, from its template
    for k in range(len(own.ids)):
        cols = own.columns
        if cols["bron"][k] != "import" or not cols["bron_sleutel"][k]:
            continue
        if cols["bron_sha256"][k] == data.sha256:
            same_file += 1
        if cols["bron_bestand"][k] in scope_files or cols["projectnaam"][k] in scope_projects:
            earlier.setdefault(cols["bron_sleutel"][k], k)
    matched: set[int] = set()
    fresh = iter(_new_ids(len(cands)))
    if not earlier:  # nothing of this plan in the store yet: every candidate is new
        for c, new_id in zip(cands, fresh, strict=False):  # as many ids as candidates
            c.properties["id"] = new_id
    for c in cands if earlier else ():
        k = earlier.get(c.key)
        if k is None:
            c.properties["id"] = next(fresh)
            continue
        matched.add(k)
        c.properties["id"] = own.ids[k]
        c.existing_layer, c.existing_fid = own.layer[k], own.fid[k]
        c.action = UNCHANGED if _same(c, own, k) else UPDATE
    vanished = sorted(own.columns["bron_sleutel"][k] for k in set(earlier.values()) - matched)

    say("valideren")
    keep = [k for k in range(len(own.ids)) if k not in matched]
    ref_ids = [own.ids[k] for k in keep] + ref.ids
    ref_geoms = [own.geoms[k] for k in keep] + list(ref.geoms)
    ref_cols = {c: [own.columns[c][k] for k in keep] + ref.columns[c] for c in own.columns}
    reference = Reference.from_arrays(ref_ids, ref_geoms, ref_cols) if ref_ids else None
    cols = _columns([c.properties for c in cands], [n for n in FIELDS_BY_NAME if n != "id"])
    findings = validate_arrays([c.properties["id"] for c in cands], [c.geometry for c in cands], cols,
                               boundary=Boundary(boundary) if boundary is not None else None,
                               reference=reference, today=today)
    for f in findings:
        if f.index is not None and 0 <= f.index < len(cands):
            cands[f.index].findings.append(f)
    return ImportPlan(store, data, profile, crs_text, gemeente, cands, ignored, unrecognised,
                      same_file, vanished)


def _columns(props: list[dict[str, Any]], names: list[str]) -> dict[str, list[Any]]:
    """``{name: [p.get(name) for p in props]}``, transposed at C speed when every dict has the key."""
    if not props:
        return {n: [] for n in names}
    present = [n for n in names if all(n in p for p in (props[0], props[-1]))]
    out: dict[str, list[Any]] = {n: [None] * len(props) for n in names if n not in present}
    if present:
        try:
            rows = list(map(operator.itemgetter(*present), props))
        except KeyError:
            rows = [tuple(p.get(n) for n in present) for p in props]
        if len(present) == 1:
            rows = [(r,) for r in rows]
        for n, col in zip(present, zip(*rows, strict=True), strict=True):
            out[n] = list(col)
    return {n: out[n] for n in names}


def _same(c: Candidate, own: _StoreFeatures, k: int) -> bool:
    for name in COMPARED:
        a, b = c.properties.get(name), own.columns[name][k]
        if name == "opgelegd":
            a, b = bool(a), bool(b)
        elif name == "hoeveelheid":
            if a is None or b is None:
                if a is not b:
                    return False
                continue
            if abs(float(a) - float(b)) > 1e-6:
                return False
            continue
        if (a or None) != (b or None):
            return False
    old = own.geoms[k]
    if old is None or c.geometry is None:
        return old is None and c.geometry is None
    if c.layer_name != own.layer[k]:
        return False
    return bool(shapely.equals_exact(_multi(c.geometry), _multi(old), SAME_GEOMETRY_TOLERANCE_M))


def _multi(g):
    t = g.geom_type
    if t == "Point":
        return shapely.MultiPoint([g])
    if t == "LineString":
        return shapely.MultiLineString([g])
    if t == "Polygon":
        return shapely.MultiPolygon([g])
    return g


# -- writing ------------------------------------------------------------------------

#: Rows per bulk INSERT: the progress (and a kill) can fall between them.
WRITE_CHUNK = 2_000
#: SQLite page cache of the import's connection (KiB; used only as far as the write needs it).
WRITE_CACHE_KIB = 131_072
_FAMILY_OF_TYPE = {0: "verbeteringen_punt", 4: "verbeteringen_punt", 1: "verbeteringen_lijn",
                   2: "verbeteringen_lijn", 5: "verbeteringen_lijn", 3: "verbeteringen_vlak",
                   6: "verbeteringen_vlak"}
_FAMILY_LOOKUP = np.array([_FAMILY_OF_TYPE.get(i) for i in range(max(_FAMILY_OF_TYPE) + 1)], dtype=object)


def _multi_many(arr: np.ndarray) -> np.ndarray:
    """Single-part geometries as their multi-part form (the store's layers are multi)."""
    out = arr.copy()
    tid = shapely.get_type_id(arr)
    for single, make in ((0, shapely.multipoints), (1, shapely.multilinestrings), (3, shapely.multipolygons)):
        sel = np.flatnonzero(tid == single)
        if len(sel):
            out[sel] = make(arr[sel], indices=np.arange(len(sel)))
    return out


#: WKB header of a one-part multi geometry (little-endian) per single-part type id
_MULTI_HEAD = {0: b"\x01\x04\x00\x00\x00\x01\x00\x00\x00", 1: b"\x01\x05\x00\x00\x00\x01\x00\x00\x00",
               3: b"\x01\x06\x00\x00\x00\x01\x00\x00\x00"}
_MULTI_HEAD[2] = _MULTI_HEAD[1]  # GEOS writes a linear ring as a line string


def _gpkg_blobs(arr: np.ndarray, srs_id: int, *, with_bounds: bool = False):
    """GeoPackage geometry blobs (with envelope) of the geometries as their multi-part form.

    A single-part geometry's WKB becomes a one-part multi geometry by putting
    the multi header in front of it (what :func:`_multi_many` would give,
    without building the geometries).  With ``with_bounds``: (blobs, their
    envelopes as (minx, miny, maxx, maxy)), the envelope being what the blob's header holds.
    """
    tid = shapely.get_type_id(arr)
    if bool(shapely.is_empty(arr).any()) or not np.isin(tid, (0, 1, 2, 3, 4, 5, 6)).all():
        arr, tid = _multi_many(arr), None
    wkbs = shapely.to_wkb(arr, byte_order=1).tolist()
    box = shapely.bounds(arr)
    # the headers (magic, version, flags: little endian with an XY envelope; srs id; minx, maxx,
    # miny, maxy) of all rows in one buffer, cut into one 40-byte header per row
    header = np.empty(len(wkbs), dtype=[("magic", "S4"), ("srs", "<i4"), ("envelope", "<f8", (4,))])
    header["magic"] = b"GP\x00\x03"
    header["srs"] = srs_id
    header["envelope"] = box[:, [0, 2, 1, 3]]
    raw = header.tobytes()
    heads = [raw[i:i + 40] for i in range(0, len(raw), 40)]
    if tid is None:
        blobs = list(map(operator.add, heads, wkbs))
    else:
        multi_head = _MULTI_HEAD
        blobs = [h + multi_head.get(t, b"") + w for h, w, t in zip(heads, wkbs, tid.tolist(), strict=True)]
    return (blobs, box) if with_bounds else blobs


def _constant_literal(values: list[Any]) -> str | None:
    """The SQL literal of a column whose rows all hold the same text, integer or NULL (else None).

    Such columns (gemeente, bron, bestand, project … of a plan) are not staged
    row by row but written once into the ``INSERT … SELECT``.  Reals are always
    staged (a literal could round differently), texts with NUL or of
    surprising length too.
    """
    if not values:
        return None
    first = values[0]
    if first is None:
        kind = "null"
    elif type(first) is int:
        kind = "int"
    elif type(first) is str and "\x00" not in first and len(first) <= 1000:
        kind = "text"
    else:
        return None
    if set(map(type, values)) != {type(first)} or values.count(first) != len(values):
        return None
    if kind == "null":
        return "NULL"
    if kind == "int":
        return str(first)
    return "'" + first.replace("'", "''") + "'"


def _sql_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if FIELDS_BY_NAME[name].type is FieldType.BOOLEAN:
        return 1 if value else 0
    return value


_OUTBOX_TRIGGER = re.compile(
    r'^CREATE TRIGGER "(?P<name>[^"]+)" AFTER INSERT ON "(?P<table>[^"]+)" WHEN (?P<when>.+?) BEGIN '
    r"INSERT INTO sync_outbox\s*\((?P<columns>[^)]*)\) VALUES \((?P<values>.+)\); END$", re.S)


def _outbox_inserts(con: sqlite3.Connection, tables) -> dict[str, str] | None:
    """Per table, the set-based equivalent of its outbox insert trigger (None: use the triggers).

    The store's ``<layer>_sync_insert`` trigger records one outbox row per
    inserted feature, ``INSERT INTO sync_outbox(…) VALUES (…)`` for each ``NEW``
    row its ``WHEN`` admits.  The bulk write skips the trigger (the ``pulling``
    flag of ``sync_state``) and runs the trigger's own ``WHEN`` and ``VALUES``
    once, as ``INSERT … SELECT`` over the new rows aliased ``NEW``, in fid
    order: the same rows, in the same order, as the trigger would have
    written.  The statement is taken from the trigger's text in
    ``sqlite_master``, so it follows whatever the store's migrations install;
    a trigger of another shape (or none) leaves the write to the triggers.
    """
    tables = list(tables)
    if not tables:
        return None
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "sync_state" not in names or "sync_outbox" not in names:
        return None
    if con.execute("SELECT count(*) FROM sync_state WHERE id = 1").fetchone()[0] != 1:
        return None
    out: dict[str, str] = {}
    for t in tables:
        rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                           "AND sql LIKE '%sync_outbox%'", (t,)).fetchall()
        # the triggers that fire on an insert into the layer and write the outbox: exactly one
        inserts = [sql for _name, sql in rows if re.search(r"\bINSERT\s+ON\s", sql or "", re.I)]
        if len(inserts) != 1:
            return None
        m = _OUTBOX_TRIGGER.match(inserts[0].strip())
        if m is None or m["table"] != t or "(SELECT pulling FROM sync_state WHERE id = 1) = 0" not in m["when"]:
            return None
        out[t] = (f"INSERT INTO sync_outbox ({m['columns']}) SELECT {m['values']} FROM \"{t}\" AS NEW "
                  f"WHERE NEW.fid > {{after}} AND ({m['when']}) ORDER BY NEW.fid")
    return out


#: GDAL's per-row GeoPackage insert triggers that the bulk write replaces by one statement each:
#: the spatial index entry (``rtree_<table>_<column>_insert``) and the feature count.
_RTREE_INSERT = re.compile(
    r'^CREATE\s+TRIGGER\s+"rtree_(?P<t>[^"]+)_(?P<c>[^"]+)_insert"\s+AFTER\s+INSERT\s+ON\s+"(?P=t)"\s+'
    r'WHEN\s+\(new\."(?P=c)"\s+NOT\s+NULL\s+AND\s+NOT\s+ST_IsEmpty\(NEW\."(?P=c)"\)\)\s+BEGIN\s+'
    r'INSERT\s+OR\s+REPLACE\s+INTO\s+"rtree_(?P=t)_(?P=c)"\s+VALUES\s+\(NEW\."fid",\s*'
    r'ST_MinX\(NEW\."(?P=c)"\),\s*ST_MaxX\(NEW\."(?P=c)"\),\s*ST_MinY\(NEW\."(?P=c)"\),\s*'
    r'ST_MaxY\(NEW\."(?P=c)"\)\);\s*END$', re.I)
_COUNT_INSERT = re.compile(
    r'^CREATE\s+TRIGGER\s+"trigger_insert_feature_count_(?P<t>[^"]+)"\s+AFTER\s+INSERT\s+ON\s+"(?P=t)"\s+'
    r"BEGIN\s+UPDATE\s+gpkg_ogr_contents\s+SET\s+feature_count\s*=\s*feature_count\s*\+\s*1\s+"
    r"WHERE\s+lower\(table_name\)\s*=\s*lower\('(?P=t)'\);\s*END$", re.I)


_ID_DEFAULT = re.compile(
    r'^CREATE\s+TRIGGER\s+"(?P<t>[^"]+)_id_default"\s+AFTER\s+INSERT\s+ON\s+"(?P=t)"\s+'
    r"WHEN\s+NEW\.id\s+IS\s+NULL\s+OR\s+NEW\.id\s*=\s*''\s+BEGIN\s", re.I)


@dataclass
class _Deferred:
    """The per-row triggers of one layer that the bulk insert drops and re-creates (name, SQL)."""

    #: GDAL's spatial-index and feature-count triggers: their work is done set-based instead
    rtree: tuple[str, str] | None = None
    count: tuple[str, str] | None = None
    #: triggers that do nothing for the bulk's rows: the id default (every row has an id) and
    #: the outbox insert trigger (skipped with ``pulling``; its rows are written set-based)
    idle: list[tuple[str, str]] = field(default_factory=list)

    def all(self) -> list[tuple[str, str]]:
        return [t for t in (self.rtree, self.count, *self.idle) if t]


def _deferred_triggers(con: sqlite3.Connection, table: str, *, ids_set: bool = False,
                       outbox_set_based: bool = False) -> _Deferred:
    """The layer's insert triggers the bulk insert can do without, when they have the exact shape
    GDAL and the store's migrations give them.

    A trigger of another shape (another GDAL, a hand-made store) stays in place
    and does its work row by row: slower, never wrong.  ``ids_set``: every
    inserted row has an id; ``outbox_set_based``: the outbox rows are written
    by :func:`_outbox_inserts`' statement with ``pulling`` set.
    """
    out = _Deferred()
    rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                       (table,)).fetchall()
    for name, sql in rows:
        text = (sql or "").strip()
        m = _RTREE_INSERT.match(text)
        if m and m["t"] == table and m["c"] == "geom" and name == f"rtree_{table}_geom_insert":
            if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                           (f"rtree_{table}_geom",)).fetchone():
                out.rtree = (name, sql)
        m = _COUNT_INSERT.match(text)
        if m and m["t"] == table and name == f"trigger_insert_feature_count_{table}":
            out.count = (name, sql)
        m = _ID_DEFAULT.match(text)
        if ids_set and m and m["t"] == table and name == f"{table}_id_default":
            out.idle.append((name, sql))
        m = _OUTBOX_TRIGGER.match(text)
        if (outbox_set_based and m and m["table"] == table and m["name"] == name
                and "(SELECT pulling FROM sync_state WHERE id = 1) = 0" in m["when"]):
            out.idle.append((name, sql))
    return out


# -- the spatial index, bulk-loaded ---------------------------------------------------

#: SQLite's R*Tree stores float32 boxes rounded outwards (``rtreeValueDown``/``Up`` in rtree.c).
_RND_TOWARDS = 1.0 - 1.0 / 8388608.0
_RND_AWAY = 1.0 + 1.0 / 8388608.0
#: The spatial index is rebuilt in bulk when the new entries are at least this share of the old
#: ones; fewer new entries into a large index are inserted one by one.
RTREE_REBUILD_SHARE = 0.5


def _rtree_down(d: np.ndarray) -> np.ndarray:
    f = d.astype(np.float32)
    over = f.astype(np.float64) > d
    if over.any():
        f[over] = (d[over] * np.where(d[over] < 0, _RND_AWAY, _RND_TOWARDS)).astype(np.float32)
    return f


def _rtree_up(d: np.ndarray) -> np.ndarray:
    f = d.astype(np.float32)
    under = f.astype(np.float64) < d
    if under.any():
        f[under] = (d[under] * np.where(d[under] < 0, _RND_TOWARDS, _RND_AWAY)).astype(np.float32)
    return f


def _str_order(box: np.ndarray, per_node: int) -> np.ndarray:
    """Sort-Tile-Recursive order of boxes (columns minx, maxx, miny, maxy) for nodes of ``per_node``."""
    n = len(box)
    cx = box[:, 0].astype(np.float64) + box[:, 1]
    cy = box[:, 2].astype(np.float64) + box[:, 3]
    slices = int(np.ceil(np.sqrt(np.ceil(n / per_node))))
    per_slice = slices * per_node
    by_x = np.argsort(cx, kind="stable")
    parts = [chunk[np.argsort(cy[chunk], kind="stable")] for chunk in
             (by_x[i:i + per_slice] for i in range(0, n, per_slice))]
    return np.concatenate(parts) if parts else by_x


_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])


def _rtree_nodes(ids: np.ndarray, box: np.ndarray, node_size: int):
    """Bulk-load an R*Tree: ([(nodeno, blob)], (rowids, their leaf nodenos), (nodenos, their parents)).

    The layout of SQLite's rtree module (rtree.c): a node is a blob of
    ``node_size`` bytes, a 16-bit tree depth (root only) and cell count, then
    cells of a 64-bit id (the row's id in a leaf, a child node number above)
    and the float32 box, all big-endian; node 1 is the root.  Leaves are
    filled in Sort-Tile-Recursive order, as GDAL's bulk loader does.
    """
    per_node = (node_size - 4) // _CELL.itemsize
    nodes: list[tuple[int, bytes]] = []
    rowids: tuple[np.ndarray, np.ndarray] = (np.empty(0, np.int64), np.empty(0, np.int64))
    parents: list[tuple[np.ndarray, np.ndarray]] = []
    level_ids, level_box = ids, box
    depth = 0
    next_no = 2
    while True:
        order = _str_order(level_box, per_node)
        level_ids, level_box = level_ids[order], level_box[order]
        count = len(level_ids)
        root = count <= per_node
        n_nodes = 1 if root else -(-count // per_node)
        numbers = np.array([1]) if root else np.arange(next_no, next_no + n_nodes, dtype=np.int64)
        next_no += 0 if root else n_nodes
        cells = np.empty(count, dtype=_CELL)
        cells["id"] = level_ids
        cells["box"] = level_box
        data = cells.tobytes()
        size = _CELL.itemsize * per_node
        starts = np.arange(0, count, per_node)
        up_box = np.column_stack([np.minimum.reduceat(level_box[:, 0], starts),
                                  np.maximum.reduceat(level_box[:, 1], starts),
                                  np.minimum.reduceat(level_box[:, 2], starts),
                                  np.maximum.reduceat(level_box[:, 3], starts)]) if count else None
        for k, no in enumerate(numbers.tolist()):
            chunk = data[k * size:(k + 1) * size]
            blob = struct.pack(">HH", depth if root else 0, len(chunk) // _CELL.itemsize) + chunk
            nodes.append((no, blob + bytes(node_size - len(blob))))
        owner = np.repeat(numbers, per_node)[:count]
        if depth == 0:
            rowids = (level_ids, owner)
        else:
            parents.append((level_ids, owner))
        if root:
            return nodes, rowids, parents
        level_ids, level_box = numbers, up_box
        depth += 1


def _rtree_add(con: sqlite3.Connection, table: str, fids: np.ndarray, bounds: np.ndarray) -> None:
    """Add entries to the layer's spatial index as its insert trigger would: ``fids`` with their
    ``bounds`` (rows of minx, miny, maxx, maxy).

    Many entries (at least :data:`RTREE_REBUILD_SHARE` of those already
    there) rebuild the whole index in bulk; a few are inserted one by one.
    The shadow tables are checked to have the layout of SQLite's rtree
    module; any other layout gets the one-by-one insert.
    """
    rtree = f"rtree_{table}_geom"
    layout = {s: [r[1] for r in con.execute(f'PRAGMA table_info("{rtree}_{s}")')]
              for s in ("node", "rowid", "parent")}
    root = con.execute(f'SELECT length(data) FROM "{rtree}_node" WHERE nodeno = 1').fetchone()
    existing = con.execute(f'SELECT count(*) FROM "{rtree}_rowid"').fetchone()[0]
    bulk = (layout == {"node": ["nodeno", "data"], "rowid": ["rowid", "nodeno"], "parent": ["nodeno", "parentnode"]}
            and root is not None and bool(root[0]) and len(fids) >= RTREE_REBUILD_SHARE * existing)
    if not bulk:
        con.executemany(f'INSERT OR REPLACE INTO "{rtree}" VALUES (?, ?, ?, ?, ?)',
                        zip(fids.tolist(), bounds[:, 0].tolist(), bounds[:, 2].tolist(),
                            bounds[:, 1].tolist(), bounds[:, 3].tolist(), strict=True))
        return
    box = np.column_stack([_rtree_down(bounds[:, 0]), _rtree_up(bounds[:, 2]),
                           _rtree_down(bounds[:, 1]), _rtree_up(bounds[:, 3])])
    ids = np.asarray(fids, dtype=np.int64)
    if existing:
        old = con.execute(f'SELECT id, minx, maxx, miny, maxy FROM "{rtree}"').fetchall()
        old_ids = np.array([r[0] for r in old], dtype=np.int64)
        keep = ~np.isin(old_ids, ids)  # INSERT OR REPLACE: a new entry replaces an old one
        ids = np.concatenate([old_ids[keep], ids])
        box = np.concatenate([np.array([r[1:] for r in old], dtype=np.float32).reshape(-1, 4)[keep], box])
    nodes, rowids, parents = _rtree_nodes(ids, box, int(root[0]))
    for s in ("node", "rowid", "parent"):
        con.execute(f'DELETE FROM "{rtree}_{s}"')
    con.executemany(f'INSERT INTO "{rtree}_node" (nodeno, data) VALUES (?, ?)', nodes)
    con.executemany(f'INSERT INTO "{rtree}_rowid" (rowid, nodeno) VALUES (?, ?)',
                    zip(rowids[0].tolist(), rowids[1].tolist(), strict=True))
    for children, parent in parents:
        con.executemany(f'INSERT INTO "{rtree}_parent" (nodeno, parentnode) VALUES (?, ?)',
                        zip(children.tolist(), parent.tolist(), strict=True))


#: The bulk write skips the outbox triggers and writes their rows itself (tests switch it off to compare).
SET_BASED_OUTBOX = True
#: The bulk write fills the spatial index and the feature count set-based (tests switch it off to compare).
SET_BASED_GPKG_TRIGGERS = True


@_without_gc
def write_import(plan: ImportPlan, *, progress: Callable[[int, int], None] | None = None) -> WriteResult:
    """Write the plan's valid new and changed features in ONE transaction of the store.

    The write runs on a plain SQLite connection (:func:`lekp_plugin.store.sqlite.connect`,
    which gives GDAL's rtree triggers their ``ST_*`` functions) in one
    ``BEGIN IMMEDIATE`` … ``COMMIT``: an error rolls back, a killed process
    leaves the store as it was.  New features (and updates whose geometry
    moved to another layer) are inserted in bulk, with what GeoPackage and
    the store would do per row done once per layer instead, as GDAL does for
    a spatial index it creates after a bulk load:

    * the spatial index: the ``rtree_<layer>_geom_insert`` trigger is dropped
      for the insert and re-created after it, in the same transaction, and
      the index filled with one statement from the envelopes the geometry
      blobs carry (what the trigger's ``ST_MinX`` … read);
    * the feature count of ``gpkg_ogr_contents``: likewise, one update by the
      number of rows;
    * the sync outbox: the insert triggers are skipped with
      ``sync_state.pulling`` and their own statement runs once over the new
      rows (:func:`_outbox_inserts`).

    Triggers of another shape than GDAL's and the store's stay in place and
    record row by row.  In-place updates are plain ``UPDATE`` statements,
    recorded by the store's triggers.
    """
    # plan.to_write, plan.refused and the unchanged ones, in one pass
    todo: list[Candidate] = []
    updates_at: list[int] = []
    unchanged = refused = 0
    for c in plan.candidates:
        if c.findings and c.has_error:
            refused += 1
        elif c.action == UNCHANGED:
            unchanged += 1
        else:
            if c.action == UPDATE:
                updates_at.append(len(todo))
            todo.append(c)
    result = WriteResult(len(todo) - len(updates_at), len(updates_at), unchanged, refused)
    if not todo:
        return result
    names = [n for n in FIELDS_BY_NAME if not FIELDS_BY_NAME[n].system]
    booleans = {n for n in names if FIELDS_BY_NAME[n].type is FieldType.BOOLEAN}
    geoms = np.empty(len(todo), dtype=object)
    geoms[:] = [c.geometry for c in todo]
    tid = shapely.get_type_id(geoms)
    if not np.isin(tid, list(_FAMILY_OF_TYPE)).all():
        raise KeyError(sorted(set(tid.tolist()) - set(_FAMILY_OF_TYPE)))  # validation lets none through
    layer_arr = _FAMILY_LOOKUP[tid]
    in_place: list[int] = []
    moved: list[int] = []
    stays = np.ones(len(todo), dtype=bool)  # inserted (new, or an update moved to another layer)
    for k in updates_at:
        if todo[k].existing_layer == layer_arr[k]:
            in_place.append(k)
            stays[k] = False
        else:
            moved.append(k)
    inserts: dict[str, list[int]] = {}
    for t in dict.fromkeys(layer_arr[stays].tolist()):  # the layers in order of first appearance
        inserts[t] = np.flatnonzero(stays & (layer_arr == t)).tolist()
    total = len(todo)
    try:
        con = sq.connect(plan.store)
        # room for the whole transaction's pages: none spilled to the WAL and rewritten before the commit
        con.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
    except sqlite3.Error as exc:
        raise ImportFault("write_failed", path=plan.store, reason=str(exc).strip()) from None
    try:
        srs = {t: sq.srs_id_of(con, t) for t in {*inserts, *(todo[k].existing_layer for k in in_place)}}
        # per layer: the INSERT statement (columns that hold one value for every row as literals),
        # its rows, and the envelopes of the geometries for the spatial index
        statements: dict[str, tuple[str, list[tuple], np.ndarray]] = {}
        ids_set: dict[str, bool] = {}
        for t, ks in inserts.items():
            by_name = _columns([todo[k].properties for k in ks], names)
            ids_set[t] = set(map(type, by_name["id"])) == {str} and all(by_name["id"])
            exprs, staged = [], []
            for n in names:
                values = by_name[n]
                if n in booleans:
                    values = [None if v is None else (1 if v else 0) for v in values]
                literal = _constant_literal(values)
                if literal is not None:  # the same for every row: written once into the SQL
                    exprs.append(literal)
                    continue
                staged.append(values)
                exprs.append("?")
            blobs, bounds = _gpkg_blobs(geoms[np.array(ks)], srs[t], with_bounds=True)
            staged.append(blobs)
            exprs.append("?")
            cols = ", ".join(f'"{n}"' for n in (*names, "geom"))
            statements[t] = (f'INSERT INTO "{t}" ({cols}) VALUES ({", ".join(exprs)})',
                             list(zip(*staged, strict=True)), bounds)
        updates = []
        if in_place:
            sets = ", ".join(f'"{n}" = ?' for n in (*names, "geom"))
            for k in in_place:
                c = todo[k]
                blob = _gpkg_blobs(geoms[[k]], srs[c.existing_layer])[0]
                updates.append((f'UPDATE "{c.existing_layer}" SET {sets} WHERE fid = ?',
                                (*(_sql_value(n, c.properties.get(n)) for n in names), blob, c.existing_fid)))

        def write(con: sqlite3.Connection) -> None:
            done = 0
            for k in moved:
                c = todo[k]
                con.execute(f'DELETE FROM "{c.existing_layer}" WHERE fid = ?', (c.existing_fid,))
            outbox_sql = _outbox_inserts(con, inserts) if SET_BASED_OUTBOX else None
            after = {t: con.execute(f'SELECT coalesce(max(fid), 0) FROM "{t}"').fetchone()[0] for t in inserts}
            pulling = None
            if outbox_sql:
                pulling = con.execute("SELECT pulling FROM sync_state WHERE id = 1").fetchone()[0]
                con.execute("UPDATE sync_state SET pulling = 1 WHERE id = 1")
            for t, (sql, rows, bounds) in statements.items():
                deferred = (_deferred_triggers(con, t, ids_set=ids_set[t], outbox_set_based=bool(outbox_sql))
                            if SET_BASED_GPKG_TRIGGERS else _Deferred())
                if deferred.rtree and not np.isfinite(bounds).all():
                    deferred.rtree = None  # an empty geometry: the trigger decides what it indexes
                for name, _sql in deferred.all():
                    con.execute(f'DROP TRIGGER "{name}"')
                for start in range(0, len(rows), WRITE_CHUNK):
                    con.executemany(sql, rows[start:start + WRITE_CHUNK])
                    done += min(WRITE_CHUNK, len(rows) - start)
                    if progress is not None:
                        progress(done, total)
                if deferred.rtree:
                    fids = np.fromiter((r[0] for r in con.execute(
                        f'SELECT fid FROM "{t}" WHERE fid > ? ORDER BY fid', (after[t],))), dtype=np.int64)
                    if len(fids) != len(rows):
                        raise RuntimeError(f"{t}: {len(fids)} nieuwe rijen in plaats van {len(rows)}")
                    _rtree_add(con, t, fids, bounds)
                if deferred.count:
                    con.execute("UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? "
                                "WHERE lower(table_name) = lower(?)", (len(rows), t))
                for _name, sql_text in deferred.all():
                    con.execute(sql_text)
            if outbox_sql:
                con.execute("UPDATE sync_state SET pulling = ? WHERE id = 1", (pulling,))
                for t in inserts:
                    con.execute(outbox_sql[t].format(after=after[t]))
            for sql, values in updates:
                con.execute(sql, values)
                done += 1
            if updates and progress is not None:
                progress(done, total)
            touched = sorted({*inserts, *(todo[k].existing_layer for k in (*moved, *in_place))})
            con.executemany("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                            "WHERE lower(table_name) = lower(?)", [(t,) for t in touched])

        try:
            sq.write(con, write)
        except (sqlite3.Error, RuntimeError, ValueError, TypeError) as exc:
            raise ImportFault("write_failed", path=plan.store, reason=str(exc).strip()) from None
    finally:
        con.close()
    return result


def import_plan(source: str, store: str, **kwargs) -> tuple[ImportPlan, WriteResult]:
    """:func:`prepare_import` then :func:`write_import` (the non-interactive path)."""
    progress = kwargs.pop("write_progress", None)
    plan = prepare_import(source, store, **kwargs)
    return plan, write_import(plan, progress=progress)
