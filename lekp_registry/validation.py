"""Server-side validation with the core rules (SPEC §4).

Writes are checked with :func:`lekp_plugin.core.validation.validate_features`,
the same engine the plugin runs before sync.  The gemeente boundary for
LEKP-G005 comes from the ``gemeenten`` collection, and the stored features
around a write are the reference for overlaps and duplicates (LEKP-O001,
LEKP-O002), so a feature sent twice under two ids is caught here too.
Findings of severity ``error`` block the write (422); warnings travel back
with the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shapely

from lekp_plugin.core.mergers import to_2025
from lekp_plugin.core.validation import Boundary, validate_features

#: Stored features near geometries: [(WKB 31370, id to leave out)] -> feature dicts for each
#: (one call for a whole batch: one query, not one per feature).
Neighbours = Callable[[list[tuple[bytes, str]]], list[list[dict[str, Any]]]]


def validate(items: Iterable[tuple[str, dict[str, Any], bytes | None]],
             boundary_of: Callable[[str], Boundary | None],
             neighbours: Neighbours | None = None) -> list[dict[str, Any]]:
    """Findings (as dicts) for ``(id, wire properties, WKB 31370)`` items."""
    items = list(items)
    own = {fid for fid, _, _ in items}
    groups: dict[str | None, list[dict[str, Any]]] = {}
    reference: dict[str, dict[str, Any]] = {}
    for fid, props, wkb in items:
        nis = props.get("gemeente_nis")
        key = to_2025(nis) if isinstance(nis, str) and len(nis) == 5 else None
        geom = shapely.from_wkb(wkb) if wkb is not None else None
        groups.setdefault(key, []).append({"id": fid, "properties": props, "geometry": geom})
    located = [(wkb, fid) for fid, _, wkb in items if wkb is not None]
    if neighbours is not None and located:
        for near in neighbours(located):
            # the stored versions of features being rewritten are no reference
            reference.update((n["id"], n) for n in near if n["id"] not in own)
    findings: list[dict[str, Any]] = []
    for nis, features in groups.items():
        boundary = boundary_of(nis) if nis else None
        found = validate_features(features, boundary=boundary,
                                  reference=list(reference.values()) or None)
        findings += [f.to_dict() for f in found]
    return findings


def blocking(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f["severity"] == "error"]
