"""Progress of a gemeente towards its 2030 targets (``/gemeenten/{nis}/voortgang``).

The core has no progress module yet, so the counting rules of SPEC §2 are
implemented here, minimally, on the core's catalogue and targets:
only ``uitgevoerd`` with ``uitvoeringsdatum`` in the pact period counts,
``verwijdering`` counts negative, ``opgelegd`` is reported apart and never
counted, ``gepland`` is a forecast, and features under an old NIS code count
for the 2025 gemeente.  Move this to the core when it gets one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import shapely

from lekp_plugin.core.catalogue import (
    NATUURGROENPERK_MIN_AREA_M2,
    OBJECTIVES,
    PACT_END,
    PACT_START,
    PARAMETERS,
    QuantityRule,
)
from lekp_plugin.core.targets import exact_text, targets

from .storage import Gemeente, Record


def counted_quantity(categorie: str, hoeveelheid: Any, geometry: Any) -> float:
    """The quantity a feature contributes, in its category's unit (before the aard sign)."""
    rule = PARAMETERS[categorie].quantity_rule
    entered = float(hoeveelheid) if isinstance(hoeveelheid, int | float) else 0.0
    gtype = geometry.geom_type if geometry is not None and not geometry.is_empty else None
    if rule is QuantityRule.POINTS_OR_ENTERED and gtype in ("Point", "MultiPoint"):
        return float(shapely.get_num_geometries(geometry))
    if rule is QuantityRule.LENGTH_OR_ENTERED and gtype in ("LineString", "MultiLineString"):
        return float(geometry.length)
    if rule is QuantityRule.PARTS_MIN_AREA:
        if gtype not in ("Polygon", "MultiPolygon"):
            return 0.0
        parts = getattr(geometry, "geoms", [geometry])
        return float(sum(1 for p in parts if p.area >= NATUURGROENPERK_MIN_AREA_M2))
    if rule is QuantityRule.AREA_MAX and gtype in ("Polygon", "MultiPolygon"):
        return min(entered, float(geometry.area))
    return entered


def voortgang(gemeente: Gemeente, records: Iterable[Record]) -> dict[str, Any]:
    sums = {code: {"gerealiseerd": 0.0, "gepland": 0.0, "opgelegd": 0.0, "buiten_periode": 0.0}
            for code in OBJECTIVES}
    n = 0
    for rec in records:
        p = rec.properties
        param = PARAMETERS.get(p.get("categorie"))
        if param is None:
            continue
        n += 1
        geom = shapely.from_wkb(rec.geometry) if rec.geometry is not None else None
        qty = counted_quantity(param.code, p.get("hoeveelheid"), geom)
        if p.get("aard") == "verwijdering":
            qty = -qty
        bucket = sums[param.objective]
        datum = p.get("uitvoeringsdatum")
        if p.get("opgelegd"):
            bucket["opgelegd"] += qty
        elif p.get("status") == "gepland":
            bucket["gepland"] += qty
        elif p.get("status") == "uitgevoerd" and isinstance(datum, str) and PACT_START <= datum[:10] <= PACT_END:
            bucket["gerealiseerd"] += qty
        else:
            bucket["buiten_periode"] += qty
    goals = targets(gemeente.inwoners) if gemeente.inwoners is not None else {}
    doelstellingen = []
    for code, obj in OBJECTIVES.items():
        entry: dict[str, Any] = {"doelstelling": code, "label": obj.label_nl, "eenheid": obj.unit,
                                 **{k: round(v, 3) for k, v in sums[code].items()}}
        goal = goals.get(code)
        if goal is not None:
            entry["doel"] = exact_text(goal.exact)
            entry["doel_weergave"] = goal.display_text("nl")
            entry["percentage"] = (round(100.0 * sums[code]["gerealiseerd"] / float(goal.exact), 1)
                                   if goal.exact else None)
        doelstellingen.append(entry)
    return {"gemeente_nis": gemeente.nis, "naam": gemeente.naam, "inwoners": gemeente.inwoners,
            "referentiejaar": gemeente.referentiejaar, "aantal_verbeteringen": n,
            "periode": [PACT_START, PACT_END], "doelstellingen": doelstellingen}
