"""Progress of a gemeente towards its 2030 targets (``/gemeenten/{nis}/voortgang``).

The counting rules live in the core (:mod:`lekp_plugin.core.progress`); this
module only turns stored records into core features and the result into the
JSON answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import shapely

from lekp_plugin.core.catalogue import OBJECTIVES, PACT_END, PACT_START
from lekp_plugin.core.progress import progress
from lekp_plugin.core.targets import exact_text

from .storage import Gemeente, Record


def voortgang(gemeente: Gemeente, records: Iterable[Record]) -> dict[str, Any]:
    features = ({"properties": rec.properties,
                 "geometry": shapely.from_wkb(rec.geometry) if rec.geometry is not None else None}
                for rec in records)
    result = progress(features, gemeente.inwoners)
    doelstellingen = []
    for code, obj in OBJECTIVES.items():
        totals = result.totals[code]
        entry: dict[str, Any] = {"doelstelling": code, "label": obj.label_nl, "eenheid": obj.unit,
                                 **{k: round(v, 3) for k, v in vars(totals).items()}}
        goal = result.targets.get(code)
        if goal is not None:
            pct = result.percentage(code)
            entry["doel"] = exact_text(goal.exact)
            entry["doel_weergave"] = goal.display_text("nl")
            entry["percentage"] = round(pct, 1) if pct is not None else None
        doelstellingen.append(entry)
    return {"gemeente_nis": gemeente.nis, "naam": gemeente.naam, "inwoners": gemeente.inwoners,
            "referentiejaar": gemeente.referentiejaar, "aantal_verbeteringen": result.counted_features,
            "periode": [PACT_START, PACT_END], "doelstellingen": doelstellingen}
