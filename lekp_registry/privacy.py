"""Privacy of private-domain registrations (``domein = privaat``).

A registration in a private garden says where somebody lives and what they
did there.  Readers who are not of the feature's gemeente (anonymous readers
under ``public_read``, users of other gemeenten) get a *generalized view*:

* no personal or free-text fields (:data:`PERSONAL_FIELDS`);
* instead of the geometry, its centroid rounded to a 100 m grid in
  EPSG:31370 (:func:`generalized_point`; PostGIS computes the same point as
  ``ST_SnapToGrid(ST_Centroid(geom), 100)`` when it filters).

The gemeente's own users (any role) and beheerders with gemeente ``*`` see
the feature whole.  Filters follow the view: a restricted reader's bbox
matches a private feature by its generalized point, and ``projectnaam``
never matches a private feature it cannot see whole.
"""

from __future__ import annotations

from typing import Any

import shapely

from lekp_plugin.core.mergers import to_2025
from lekp_plugin.core.schema import FIELDS_BY_NAME

from .auth import ALL_GEMEENTEN, Principal
from .storage import Record

PRIVATE = "privaat"
#: Grid (m, EPSG:31370) the generalized location is rounded to.
GRID = 100.0
#: Largest distance between a geometry's envelope and its generalized point (half a grid diagonal).
GRID_REACH = GRID * 0.7072
#: Fields left out of the generalized view: free text, names, people, source files.
PERSONAL_FIELDS = frozenset(n for n in ("projectnaam", "toelichting", "aangemaakt_door", "gewijzigd_door",
                                        "bron_bestand", "bron_sha256", "bron_sleutel")
                            if n in FIELDS_BY_NAME)


def restricted_for(principal: Principal) -> str | None:
    """``None`` when ``principal`` sees every feature whole, else the 2025 NIS code it sees whole
    (``""`` for anonymous readers: none)."""
    if principal.method == "anonymous" or not principal.gemeente:
        return ""
    if principal.gemeente == ALL_GEMEENTEN:
        return None
    return to_2025(principal.gemeente)


def hidden(properties: dict[str, Any], restricted: str | None) -> bool:
    """Whether a reader restricted to ``restricted`` gets the generalized view of these properties."""
    if restricted is None or properties.get("domein") != PRIVATE:
        return False
    nis = properties.get("gemeente_nis")
    return not (restricted and isinstance(nis, str) and to_2025(nis) == restricted)


def generalized_point(wkb: bytes | None) -> Any:
    """The centroid of ``wkb`` (EPSG:31370) rounded to :data:`GRID`, a shapely Point (``None`` if empty)."""
    if wkb is None:
        return None
    geom = shapely.from_wkb(wkb)
    if geom.is_empty:
        return None
    c = geom.centroid
    # round half to even, as PostGIS's ST_SnapToGrid (rint) does
    return shapely.Point(round(c.x / GRID) * GRID, round(c.y / GRID) * GRID)


def public_view(record: Record) -> Record:
    """The generalized view of a private record."""
    props = {k: v for k, v in record.properties.items() if k not in PERSONAL_FIELDS}
    point = generalized_point(record.geometry)
    return Record(record.id, record.versie, record.seq, record.deleted, props,
                  None if point is None else shapely.to_wkb(point), record.moved_to)
