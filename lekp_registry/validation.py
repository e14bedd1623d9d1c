"""Server-side validation with the core rules (SPEC §4).

Writes are checked with :func:`lekp_plugin.core.validation.validate_features`,
the same engine the plugin runs before sync; the gemeente boundary for
LEKP-G005 comes from the ``gemeenten`` collection.  Findings of severity
``error`` block the write (422); warnings travel back with the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shapely

from lekp_plugin.core.mergers import to_2025

try:  # the engine lands separately; see _fallback below until it does
    from lekp_plugin.core.validation import validate_features as _engine
except ImportError:  # pragma: no cover - depends on checkout state
    _engine = None


def validate(items: Iterable[tuple[str, dict[str, Any], bytes | None]],
             boundary_of: Callable[[str], Any]) -> list[dict[str, Any]]:
    """Findings (as dicts) for ``(id, wire properties, WKB 31370)`` items."""
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for fid, props, wkb in items:
        nis = props.get("gemeente_nis")
        key = to_2025(nis) if isinstance(nis, str) else None
        geom = shapely.from_wkb(wkb) if wkb is not None else None
        groups.setdefault(key, []).append({"id": fid, "properties": props, "geometry": geom})
    findings: list[dict[str, Any]] = []
    for nis, features in groups.items():
        boundary = boundary_of(nis) if nis else None
        if _engine is not None:
            findings += [f.to_dict() for f in _engine(features, boundary=boundary)]
        else:
            findings += _fallback(features)
    return findings


def blocking(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f["severity"] == "error"]


def _fallback(features: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The few structural rules the registry cannot do without (no engine installed)."""
    from lekp_plugin.core.catalogue import PARAMETERS, geometry_type_allowed
    from lekp_plugin.core.schema import FIELDS

    out = []

    def add(fid, code, **params):
        out.append({"feature_id": fid, "code": code, "severity": "error", "message": code,
                    "params": params})

    for f in features:
        fid, p, geom = f["id"], f["properties"], f["geometry"]
        for fd in FIELDS:
            if fd.required and not fd.system and fd.name != "id" and p.get(fd.name) in (None, ""):
                add(fid, "LEKP-F001", field=fd.name)
            elif fd.choices and p.get(fd.name) is not None and p[fd.name] not in fd.choices:
                add(fid, "LEKP-F002", field=fd.name, value=p[fd.name])
        if geom is None or geom.is_empty:
            add(fid, "LEKP-G001")
        elif p.get("categorie") in PARAMETERS and not geometry_type_allowed(
                p["categorie"], geom.geom_type, len(getattr(geom, "geoms", [geom]))):
            add(fid, "LEKP-G003", geometry_type=geom.geom_type)
        q = p.get("hoeveelheid")
        if q is not None and q <= 0:
            add(fid, "LEKP-Q001")
        if p.get("status") == "uitgevoerd" and not p.get("uitvoeringsdatum"):
            add(fid, "LEKP-D001")
    return out
