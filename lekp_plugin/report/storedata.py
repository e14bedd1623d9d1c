"""A store's progress: its features, findings, population and toelichting, as the core's ``voortgang`` dict.

Plain ``sqlite3`` (read-only) on the GeoPackage and shapely, no QGIS, so the
Processing algorithm, the dock and scripts share it.  What the gemeente
writes itself lives in ``lekp_meta`` (no migration needed):

* ``toelichting.<doelstelling>``: its explanation per objective;
* ``inwoners``, ``inwoners_referentiejaar``, ``inwoners_bron``: a manual
  population that overrides the plugin's reference data.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import shapely

from ..core import population as pop
from ..core.catalogue import OBJECTIVES
from ..core.progress import is_true, voortgang
from ..core.schema import BOUNDARY_LAYER, GEOMETRY_FAMILIES
from ..store import sqlite as sq

META_TABLE = "lekp_meta"
STORE_LAYERS = tuple(f.layer_name for f in GEOMETRY_FAMILIES)
TOELICHTING_KEY = "toelichting.{}"
OVERRIDE_KEYS = ("inwoners", "inwoners_referentiejaar", "inwoners_bron")
_BOOLEANS = ("opgelegd", "gegroepeerd")
#: An error finding that only says "before the pact" is the "outside the period" bucket, not "errors".
OUTSIDE_PERIOD_CODES = frozenset({"LEKP-D002"})


@dataclass
class StoreData:
    path: str
    meta: dict[str, str]
    #: ``{"id", "properties", "geometry", "laag", "fid"}`` per feature.
    features: list[dict[str, Any]]
    boundary: Any = None
    error_ids: set[str] = field(default_factory=set)


def read_meta(path: str) -> dict[str, str]:
    con = sq.connect(path, readonly=True)
    try:
        return {k: v for k, v in con.execute(f"SELECT sleutel, waarde FROM {META_TABLE}") if k}
    finally:
        con.close()


def write_meta(path: str, values: Mapping[str, str | None]) -> None:
    """Set (or, with None or an empty text, remove) ``lekp_meta`` keys in one transaction."""
    def apply(con):
        for key, value in values.items():
            con.execute(f"DELETE FROM {META_TABLE} WHERE sleutel = ?", (key,))
            if value not in (None, ""):
                con.execute(f"INSERT INTO {META_TABLE}(sleutel, waarde) VALUES (?, ?)", (key, str(value)))

    con = sq.connect(path)
    try:
        sq.write(con, apply)
    finally:
        con.close()


def toelichting(meta: Mapping[str, str]) -> dict[str, str]:
    return {code: meta.get(TOELICHTING_KEY.format(code), "") or "" for code in OBJECTIVES}


def _tables(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}


def read_store(path: str) -> StoreData:
    """Meta, features and boundary of a store (read-only)."""
    con = sq.connect(path, readonly=True)
    try:
        meta = {k: v for k, v in con.execute(f"SELECT sleutel, waarde FROM {META_TABLE}") if k}
        tables = _tables(con)
        features = []
        for t in STORE_LAYERS:
            if t not in tables:
                continue
            cols = [c for c in sq.columns_of(con, t) if c not in ("fid", "geom")]
            select = ", ".join(f'"{c}"' for c in cols)
            for row in con.execute(f'SELECT fid, geom, {select} FROM "{t}"'):
                props = dict(zip(cols, row[2:], strict=True))
                for name in _BOOLEANS:
                    if name in props and props[name] is not None:
                        props[name] = is_true(props[name])
                wkb = sq.wkb_of(row[1])
                geom = shapely.from_wkb(wkb, on_invalid="ignore") if wkb else None
                if geom is not None and geom.is_empty:
                    geom = None
                if geom is not None and geom.geom_type.startswith("Multi") and len(geom.geoms) == 1:
                    geom = geom.geoms[0]
                features.append({"id": props.get("id"), "properties": props, "geometry": geom,
                                 "laag": t, "fid": int(row[0])})
        boundary = None
        if BOUNDARY_LAYER in tables:
            parts = [shapely.from_wkb(sq.wkb_of(r[0]), on_invalid="ignore")
                     for r in con.execute(f'SELECT geom FROM "{BOUNDARY_LAYER}"') if r[0]]
            parts = [p for p in parts if p is not None and not p.is_empty]
            boundary = shapely.union_all(parts) if parts else None
    finally:
        con.close()
    return StoreData(path, meta, features, boundary)


def error_ids(data: StoreData, today: _dt.date | None = None) -> set[str]:
    """Ids of features with an error finding (they do not count until fixed)."""
    from ..core.validation import validate_features

    findings = validate_features(data.features, boundary=data.boundary, today=today)
    codes: dict[str, set[str]] = {}
    for f in findings:
        if f.severity.value == "error" and f.feature_id:
            codes.setdefault(f.feature_id, set()).add(f.code)
    return {fid for fid, c in codes.items() if not c <= OUTSIDE_PERIOD_CODES}


def population_from_registry(url: str, nis: str, *, session=None, timeout: float = 15.0) -> pop.GemeentePopulation:
    """The gemeente's inwoners and reference year from the registry's ``gemeenten`` collection.

    ``session`` is a requests session (in QGIS: with QGIS's proxy); the
    collection is public.  Raises :class:`PopulationError` (``missing`` when
    the registry knows the gemeente without a population, ``registry`` for
    anything else, with the reason).
    """
    import requests

    base = url.rstrip("/")
    http = session or requests.Session()
    try:
        resp = http.get(f"{base}/collections/gemeenten/items/{nis}", timeout=timeout,
                        headers={"Accept": "application/geo+json, application/json"})
    except requests.RequestException as exc:
        raise pop.PopulationError("registry", url=base, nis=nis, reason=type(exc).__name__) from None
    finally:
        if session is None:
            http.close()
    if resp.status_code == 404:
        raise pop.PopulationError("registry", url=base, nis=nis, reason="404 (gemeente onbekend)")
    if resp.status_code != 200:
        raise pop.PopulationError("registry", url=base, nis=nis, reason=f"HTTP {resp.status_code}")
    try:
        props = resp.json().get("properties") or {}
    except ValueError:
        raise pop.PopulationError("registry", url=base, nis=nis, reason="geen JSON") from None
    inwoners = props.get("inwoners")
    if isinstance(inwoners, bool) or not isinstance(inwoners, int) or inwoners <= 0:
        raise pop.PopulationError("missing", nis=nis, naam=props.get("naam") or "?", bron=base)
    year = props.get("referentiejaar")
    return pop.GemeentePopulation(nis, props.get("naam") or "", inwoners, year if isinstance(year, int) else None,
                                  f"{props.get('bron') or 'register'} ({base})")


@dataclass
class Gathered:
    voortgang: dict[str, Any]
    data: StoreData
    #: User-facing problems (e.g. no population): (code, params) of a PopulationError, rendered by the caller.
    problems: list[pop.PopulationError] = field(default_factory=list)


def gather(path: str, *, population_file: str | None = None, inwoners: int | None = None,
           referentiejaar: int | None = None, peildatum: _dt.date | None = None,
           validate: bool = True, registry_url: str | None = None, session=None) -> Gathered:
    """The store's progress: population (explicit, override, registry, file, shipped), findings, toelichting."""
    data = read_store(path)
    meta = data.meta
    nis = meta.get("gemeente_nis", "")
    naam = meta.get("gemeente_naam", "")
    problems: list[pop.PopulationError] = []
    ref = None
    if inwoners is not None:
        ref = pop.GemeentePopulation(nis, naam, inwoners, referentiejaar, "opgegeven")
    else:
        try:
            if registry_url and not (meta.get("inwoners") or "").strip():
                ref = population_from_registry(registry_url, nis, session=session)
            else:
                ref = pop.resolve(nis, naam, meta, population_file, referentiejaar)
        except pop.PopulationError as exc:
            if exc.code != "missing":
                raise  # a bad file, override or registry: to be fixed, not a report without targets
            problems.append(exc)
    if not naam and ref is not None:
        naam = ref.naam
    if validate:
        data.error_ids = error_ids(data, peildatum)
    today = peildatum or _dt.date.today()
    result = voortgang(data.features, nis or None, ref.inwoners if ref else None, naam=naam,
                       referentiejaar=ref.referentiejaar if ref else None,
                       bron_inwoners=ref.bron if ref else "", error_ids=data.error_ids,
                       toelichting=toelichting(meta), peildatum=today.isoformat())
    result["bron_opslag"] = os.path.basename(path)
    result["bron_grens"] = meta.get("grens_bron", "")
    return Gathered(result, data, problems)
