"""Progress towards the 2030 targets: the counting rules of SPEC §2 ("gerealiseerd").

One implementation for everything that counts — the registry's
``/gemeenten/{nis}/voortgang`` now, the plugin's dashboard and the LEKP report
later:

- only ``status = uitgevoerd`` with ``uitvoeringsdatum`` in [2021-01-01,
  2030-12-31] is realised; ``uitgevoerd`` outside that period is reported as
  ``buiten_periode``;
- ``aard = verwijdering`` counts negative (net growth);
- ``opgelegd = true`` never counts and is reported apart;
- ``gepland`` is a forecast, never realised;
- features under a NIS code that disappeared on 1 January 2025 count for the
  new gemeente (:func:`belongs_to`).

- a feature with an error finding does not count until it is fixed and is
  reported apart (``met_fouten``; :func:`voortgang` with ``error_ids``);
- a grouped feature (``gegroepeerd = true``) counts its entered quantity.

Quantities follow the catalogue's quantity rule: points count one each, lines
their length, natuurgroenperken their parts of at least 10 m², ontharding
the entered m² capped by the area, everything else the entered value.

:func:`progress` gives the totals per objective (the registry's
``/voortgang`` today); :func:`voortgang` gives the full JSON-able shape per
objective *and* parameter with the cumulative series 2021–2030 that the
dock, the LEKP report and (in a later issue) the registry share.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .catalogue import NATUURGROENPERK_MIN_AREA_M2, OBJECTIVES, PACT_END, PACT_START, PARAMETERS, QuantityRule
from .mergers import to_2025
from .targets import Target, exact_text, targets


def belongs_to(gemeente_nis: str, feature_nis: str | None) -> bool:
    """True when a feature registered under ``feature_nis`` counts for ``gemeente_nis`` (2025)."""
    return feature_nis is not None and to_2025(str(feature_nis)) == gemeente_nis


def counted_quantity(categorie: str, hoeveelheid: Any, geometry: Any, gegroepeerd: bool = False) -> float:
    """What one feature contributes, in its category's unit, before the sign of ``aard``.

    ``geometry`` is a shapely geometry in EPSG:31370 (or None).  A grouped
    feature counts its entered quantity: its geometry says where, not how much.
    """
    rule = PARAMETERS[categorie].quantity_rule
    entered = float(hoeveelheid) if isinstance(hoeveelheid, int | float) and not isinstance(hoeveelheid, bool) \
        else 0.0
    if not math.isfinite(entered):
        entered = 0.0
    if gegroepeerd:
        return entered
    gtype = geometry.geom_type if geometry is not None and not geometry.is_empty else None
    parts = list(getattr(geometry, "geoms", [geometry])) if gtype else []
    if rule is QuantityRule.POINTS_OR_ENTERED and gtype in ("Point", "MultiPoint"):
        return float(len(parts))
    if rule is QuantityRule.LENGTH_OR_ENTERED and gtype in ("LineString", "MultiLineString"):
        return float(geometry.length)
    if rule is QuantityRule.PARTS_MIN_AREA:
        if gtype not in ("Polygon", "MultiPolygon"):
            return 0.0
        return float(sum(1 for p in parts if p.area >= NATUURGROENPERK_MIN_AREA_M2))
    if rule is QuantityRule.AREA_MAX and gtype in ("Polygon", "MultiPolygon"):
        return min(entered, float(geometry.area))
    return entered


@dataclass
class Totals:
    """One objective's sums, in its unit."""

    gerealiseerd: float = 0.0
    gepland: float = 0.0
    opgelegd: float = 0.0
    buiten_periode: float = 0.0


@dataclass
class Progress:
    totals: dict[str, Totals] = field(default_factory=lambda: {code: Totals() for code in OBJECTIVES})
    counted_features: int = 0
    targets: dict[str, Target] = field(default_factory=dict)

    def percentage(self, objective: str) -> float | None:
        """Realised share of the target, in %, or None without a target."""
        goal = self.targets.get(objective)
        if goal is None or not goal.exact:
            return None
        return 100.0 * self.totals[objective].gerealiseerd / float(goal.exact)


def bucket(properties: Mapping[str, Any]) -> str:
    """Which total a feature goes to: gerealiseerd, gepland, opgelegd or buiten_periode."""
    if properties.get("opgelegd"):
        return "opgelegd"
    status = properties.get("status")
    if status == "gepland":
        return "gepland"
    datum = properties.get("uitvoeringsdatum")
    if status == "uitgevoerd" and isinstance(datum, str) and PACT_START <= datum[:10] <= PACT_END:
        return "gerealiseerd"
    return "buiten_periode"


def progress(features: Iterable[Mapping[str, Any]], inwoners: int | None = None) -> Progress:
    """Sum features (``{"properties", "geometry"}`` dicts) per objective; targets when ``inwoners`` is known.

    Features with an unknown ``categorie`` are skipped (validation reports them).
    """
    result = Progress(targets=targets(inwoners) if inwoners is not None else {})
    for feature in features:
        props = feature.get("properties") or {}
        param = PARAMETERS.get(props.get("categorie"))
        if param is None:
            continue
        result.counted_features += 1
        qty = counted_quantity(param.code, props.get("hoeveelheid"), feature.get("geometry"),
                               is_true(props.get("gegroepeerd")))
        if props.get("aard") == "verwijdering":
            qty = -qty
        totals = result.totals[param.objective]
        name = bucket(props)
        setattr(totals, name, getattr(totals, name) + qty)
    return result


# -- the full shape: per objective and parameter, with the cumulative series ---------------

#: Years of the cumulative series (the pact's period).
YEARS: tuple[int, ...] = tuple(range(int(PACT_START[:4]), int(PACT_END[:4]) + 1))
#: Where a feature can go; only ``gerealiseerd`` counts towards the target.
BUCKETS: tuple[str, ...] = ("gerealiseerd", "gepland", "opgelegd", "buiten_periode", "met_fouten")


def is_true(value: Any) -> bool:
    """A boolean cell as stores and the wire carry it (True, 1, "1", "true")."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "ja", "yes", "waar")
    return bool(value) if isinstance(value, bool | int | float) else False


def _year(value: Any) -> int | None:
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return int(text[:4]) if len(text) >= 4 and text[:4].isdigit() else None


@dataclass(frozen=True)
class Counted:
    """How one feature counts: its parameter, bucket and signed quantity."""

    feature: Mapping[str, Any]
    feature_id: str | None
    parameter: str
    objective: str
    bucket: str
    quantity: float
    #: Year in the series: of ``uitvoeringsdatum`` when realised, ``geplande_datum`` when planned.
    year: int | None


def feature_id(feature: Mapping[str, Any]) -> str | None:
    fid = feature.get("id")
    if fid is None:
        fid = (feature.get("properties") or {}).get("id")
    return None if fid is None else str(fid)


def classify(features: Iterable[Mapping[str, Any]], gemeente_nis: str | None = None,
             error_ids: Iterable[str] = ()) -> tuple[list[Counted], dict[str, int]]:
    """Each feature of the gemeente with its bucket and signed quantity, plus what was skipped.

    Skipped (second value): ``andere_gemeente`` (a NIS code that is not, and
    did not merge into, ``gemeente_nis``; a missing code is the store's own
    gemeente) and ``onbekende_categorie``.  A feature whose id is in
    ``error_ids`` (it has an error finding) goes to ``met_fouten`` whatever
    its status, with its entered quantity.
    """
    errors = {str(e) for e in error_ids}
    out: list[Counted] = []
    skipped = {"andere_gemeente": 0, "onbekende_categorie": 0}
    for feature in features:
        props = feature.get("properties") or {}
        nis = props.get("gemeente_nis")
        if gemeente_nis and nis not in (None, "") and not belongs_to(gemeente_nis, str(nis).strip()):
            skipped["andere_gemeente"] += 1
            continue
        param = PARAMETERS.get(props.get("categorie"))
        if param is None:
            skipped["onbekende_categorie"] += 1
            continue
        fid = feature_id(feature)
        name = "met_fouten" if fid is not None and fid in errors else bucket(
            {**props, "opgelegd": is_true(props.get("opgelegd"))})
        # a feature with an error shows what it would add once fixed: its entered quantity
        # (its geometry may be the error: a self-crossing polygon has no area)
        qty = counted_quantity(param.code, props.get("hoeveelheid"), feature.get("geometry"),
                               is_true(props.get("gegroepeerd")) or name == "met_fouten")
        if props.get("aard") == "verwijdering":
            qty = -qty
        year = _year(props.get("uitvoeringsdatum")) if name == "gerealiseerd" else \
            _year(props.get("geplande_datum")) if name == "gepland" else None
        out.append(Counted(feature, fid, param.code, param.objective, name, qty, year))
    return out, skipped


def _empty_sums() -> dict[str, Any]:
    return {**{b: 0.0 for b in BUCKETS}, "aantal": {b: 0 for b in BUCKETS},
            "_jaar": {"gerealiseerd": [0.0] * len(YEARS), "gepland": [0.0] * len(YEARS)}}


def _add(sums: dict[str, Any], name: str, year: int | None, quantity: float, n: int = 1) -> None:
    sums[name] += quantity
    sums["aantal"][name] += n
    if name in ("gerealiseerd", "gepland") and year in YEARS:
        sums["_jaar"][name][YEARS.index(year)] += quantity


def _finish(sums: dict[str, Any]) -> dict[str, Any]:
    per_year = sums.pop("_jaar")
    for b in BUCKETS:
        sums[b] = _round(sums[b])
    series = {}
    for name, values in per_year.items():
        running, cumulative = 0.0, []
        for v in values:
            running += v
            cumulative.append(_round(running))
        series[name] = cumulative
    sums["reeks"] = series
    return sums


def _round(value: float) -> float:
    value = round(value, 3)
    return 0.0 if value == 0 else value


def voortgang(features: Iterable[Mapping[str, Any]], gemeente_nis: str | None = None,
              inwoners: int | None = None, *, naam: str = "", referentiejaar: int | None = None,
              bron_inwoners: str = "", error_ids: Iterable[str] = (),
              toelichting: Mapping[str, str] | None = None, peildatum: str | None = None) -> dict[str, Any]:
    """A gemeente's progress as one JSON-able dict (the dock, the report, later ``/voortgang``).

    ``features`` are ``{"id", "properties", "geometry"}`` dicts (wire
    properties, shapely geometry in EPSG:31370); ``error_ids`` the ids of
    features with an error finding; ``toelichting`` the gemeente's own text
    per objective.  Quantities are in the objective's unit (m for hedges,
    shown in km), rounded to 3 decimals; the target is exact (``doel``, text)
    and as a number (``doel_waarde``), both None when ``inwoners`` is unknown
    ("doel onbekend").  Shape::

        {"gemeente_nis", "naam", "inwoners", "referentiejaar", "bron_inwoners",
         "periode": ["2021-01-01", "2030-12-31"], "jaren": [2021, ..., 2030], "peildatum",
         "aantal_verbeteringen", "andere_gemeente", "onbekende_categorie",
         "doelstellingen": [
           {"doelstelling", "label", "label_en", "eenheid", "weergave_eenheid", "norm", "norm_en",
            "doel", "doel_waarde", "doel_weergave", "doel_weergave_en", "percentage",
            "gerealiseerd", "gepland", "opgelegd", "buiten_periode", "met_fouten",
            "aantal": {bucket: number of features},
            "reeks": {"gerealiseerd": [cumulative per year], "gepland": [cumulative per year]},
            "toelichting",
            "parameters": [{"parameter", "label", "label_en", "eenheid", <the five buckets>,
                            "aantal", "reeks"}]}]}

    ``gerealiseerd`` is net (removals negative) and the only bucket that
    counts; ``reeks.gerealiseerd`` runs by ``uitvoeringsdatum``,
    ``reeks.gepland`` by ``geplande_datum`` (planned work without a date in
    2021–2030 is in the total, not in the series).
    """
    counted, skipped = classify(features, gemeente_nis, error_ids)
    return voortgang_from_sums(((c.parameter, c.bucket, c.year, c.quantity, 1) for c in counted),
                               gemeente_nis, inwoners, naam=naam, referentiejaar=referentiejaar,
                               bron_inwoners=bron_inwoners, toelichting=toelichting, peildatum=peildatum,
                               skipped=skipped)


def voortgang_from_sums(sums: Iterable[tuple[str, str, int | None, float, int]], gemeente_nis: str | None = None,
                        inwoners: int | None = None, *, naam: str = "", referentiejaar: int | None = None,
                        bron_inwoners: str = "", toelichting: Mapping[str, str] | None = None,
                        peildatum: str | None = None, skipped: Mapping[str, int] | None = None) -> dict[str, Any]:
    """The :func:`voortgang` dict from pre-summed contributions (e.g. a registry's aggregates).

    ``sums`` are ``(parameter, bucket, year, quantity, aantal)`` rows: what
    :func:`classify` gives per feature (``Counted.parameter``, ``.bucket``,
    ``.year``, ``.quantity`` and 1), or any sums of those with the same
    parameter, bucket and year.  Rows of an unknown parameter are ignored.
    """
    goals = targets(inwoners) if inwoners is not None else {}
    toelichting = toelichting or {}
    per_param = {code: _empty_sums() for code in PARAMETERS}
    per_obj = {code: _empty_sums() for code in OBJECTIVES}
    aantal = 0
    for parameter, name, year, quantity, n in sums:
        param = PARAMETERS.get(parameter)
        if param is None or name not in BUCKETS:
            continue
        _add(per_param[parameter], name, year, quantity, n)
        _add(per_obj[param.objective], name, year, quantity, n)
        aantal += n
    skipped = dict(skipped or {"andere_gemeente": 0, "onbekende_categorie": 0})
    doelstellingen = []
    for code, obj in OBJECTIVES.items():
        entry: dict[str, Any] = {"doelstelling": code, "label": obj.label_nl, "label_en": obj.label_en,
                                 "eenheid": obj.unit, "weergave_eenheid": obj.display_unit,
                                 "norm": obj.norm_nl, "norm_en": obj.norm_en}
        goal = goals.get(code)
        entry.update(_finish(per_obj[code]))
        entry["doel"] = exact_text(goal.exact) if goal else None
        entry["doel_waarde"] = float(goal.exact) if goal else None
        entry["doel_weergave"] = goal.display_text("nl") if goal else None
        entry["doel_weergave_en"] = goal.display_text("en") if goal else None
        entry["percentage"] = round(100.0 * entry["gerealiseerd"] / float(goal.exact), 3) \
            if goal and goal.exact else None
        entry["toelichting"] = toelichting.get(code, "") or ""
        entry["parameters"] = [{"parameter": p.code, "label": p.label_nl, "label_en": p.label_en,
                                "eenheid": p.unit, **_finish(per_param[p.code])}
                               for p in PARAMETERS.values() if p.objective == code]
        doelstellingen.append(entry)
    return {"gemeente_nis": gemeente_nis, "naam": naam, "inwoners": inwoners,
            "referentiejaar": referentiejaar, "bron_inwoners": bron_inwoners,
            "periode": [PACT_START, PACT_END], "jaren": list(YEARS), "peildatum": peildatum,
            "aantal_verbeteringen": aantal, **skipped, "doelstellingen": doelstellingen}
