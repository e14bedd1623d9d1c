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
    """Findings (as dicts) for ``(id, wire properties, WKB 31370)`` items, validated together."""
    items = list(items)
    return _validate(items, boundary_of, _nearby(items, neighbours))


def validate_each(items: list[tuple[str, dict[str, Any], bytes | None]],
                  boundary_of: Callable[[str], Boundary | None],
                  neighbours: Neighbours | None = None) -> list[list[dict[str, Any]]]:
    """Findings of each item as if it were validated alone (concurrent single writes).

    One engine run and one neighbour query for all of them: the engine's
    cost per call is mostly fixed.  What only the company of the others
    could add is left out: pairs between two of the items (``batch``), and
    pairs with a stored feature that is not among the item's own
    neighbours.  When an item's stored neighbours include another item's id
    (its stored version would then be no reference), or two items share an
    id, each is validated alone.
    """
    ids = [fid for fid, _, _ in items]
    near = _nearby(items, neighbours)
    own_near = [{n["id"] for n in ns} for ns in near]
    others = set(ids)
    if len(items) < 2 or len(others) < len(ids) or any(
            ns & (others - {fid}) for fid, ns in zip(ids, own_near, strict=True)):
        return [_validate([item], boundary_of, [ns]) for item, ns in zip(items, near, strict=True)]
    found = _validate(items, boundary_of, near)
    out: dict[str, list[dict[str, Any]]] = {fid: [] for fid in ids}
    allowed = dict(zip(ids, own_near, strict=True))
    for f in found:
        source = f["params"].get("other_source") if f["ander_id"] is not None else None
        if source == "batch" or (source == "reference" and f["ander_id"] not in allowed[f["feature_id"]]):
            continue
        out[f["feature_id"]].append(f)
    return [out[fid] for fid in ids]


def _nearby(items: list[tuple[str, dict[str, Any], bytes | None]],
            neighbours: Neighbours | None) -> list[list[dict[str, Any]]]:
    """The stored neighbours of each item (one query for all)."""
    located = [(wkb, fid) for fid, _, wkb in items if wkb is not None]
    found = iter(neighbours(located) if neighbours is not None and located else [])
    return [next(found) if wkb is not None else [] for _, _, wkb in items]


def _validate(items: list[tuple[str, dict[str, Any], bytes | None]],
              boundary_of: Callable[[str], Boundary | None],
              near: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    own = {fid for fid, _, _ in items}
    groups: dict[str | None, list[dict[str, Any]]] = {}
    reference: dict[str, dict[str, Any]] = {}
    for (fid, props, wkb), ns in zip(items, near, strict=True):
        nis = props.get("gemeente_nis")
        key = to_2025(nis) if isinstance(nis, str) and len(nis) == 5 else None
        geom = shapely.from_wkb(wkb) if wkb is not None else None
        groups.setdefault(key, []).append({"id": fid, "properties": props, "geometry": geom})
        # the stored versions of features being rewritten are no reference
        reference.update((n["id"], n) for n in ns if n["id"] not in own)
    findings: list[dict[str, Any]] = []
    for nis, features in groups.items():
        boundary = boundary_of(nis) if nis else None
        found = validate_features(features, boundary=boundary,
                                  reference=list(reference.values()) or None)
        findings += [f.to_dict() for f in found]
    return _pairs_by_other(findings)


def _pairs_by_other(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each feature's overlaps and duplicates of one code in the order of the other feature's id.

    The engine lists them in the order of its spatial index, which depends on
    every feature in the run; this order does not (a write validated with
    others or alone lists the same findings the same way).
    """
    first: dict[tuple[Any, str], int] = {}
    for i, f in enumerate(findings):
        first.setdefault((f["feature_id"], f["code"]), i)
    return sorted(findings, key=lambda f: (first[(f["feature_id"], f["code"])],
                                           "" if f["ander_id"] is None else str(f["ander_id"])))


def blocking(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f["severity"] == "error"]
