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

Quantities follow the catalogue's quantity rule: points count one each, lines
their length, natuurgroenperken their parts of at least 10 m², ontharding
the entered m² capped by the area, everything else the entered value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .catalogue import NATUURGROENPERK_MIN_AREA_M2, OBJECTIVES, PACT_END, PACT_START, PARAMETERS, QuantityRule
from .mergers import to_2025
from .targets import Target, targets


def belongs_to(gemeente_nis: str, feature_nis: str | None) -> bool:
    """True when a feature registered under ``feature_nis`` counts for ``gemeente_nis`` (2025)."""
    return feature_nis is not None and to_2025(str(feature_nis)) == gemeente_nis


def counted_quantity(categorie: str, hoeveelheid: Any, geometry: Any) -> float:
    """What one feature contributes, in its category's unit, before the sign of ``aard``.

    ``geometry`` is a shapely geometry in EPSG:31370 (or None).
    """
    rule = PARAMETERS[categorie].quantity_rule
    entered = float(hoeveelheid) if isinstance(hoeveelheid, int | float) and not isinstance(hoeveelheid, bool) \
        else 0.0
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
        qty = counted_quantity(param.code, props.get("hoeveelheid"), feature.get("geometry"))
        if props.get("aard") == "verwijdering":
            qty = -qty
        totals = result.totals[param.objective]
        name = bucket(props)
        setattr(totals, name, getattr(totals, name) + qty)
    return result
