"""Progress aggregates: what each stored feature adds to its gemeente's voortgang.

The registry keeps, per 2025 gemeente × parameter × bucket × year, the sum of
the counted quantities and the number of features (table
``voortgang_totalen``).  Every write updates it in the same transaction, with
the difference between the feature's old and new contribution, so
``/gemeenten/{nis}/voortgang`` and ``/voortgang`` read the aggregates, never
the features.  What a feature contributes comes from the core's counting
rules (:func:`lekp_plugin.core.progress.classify`): one implementation of
SPEC §2 for the registry, the dock and the report.  ``python -m lekp_registry
rebuild`` recomputes the table from the features.

No Qt, no database: only the core and shapely.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import shapely

from lekp_plugin.core.mergers import to_2025
from lekp_plugin.core.progress import classify

from .wkb import point_xy

#: (gemeente_2025, parameter, bucket, jaar); ``jaar`` 0 means "not in the series".
Key = tuple[str, str, str, int]
#: Rows of ``voortgang_totalen``: key + (hoeveelheid, aantal).
Row = tuple[str, str, str, int, float, int]


def contribution(properties: Mapping[str, Any], geometry: bytes | Any | None) -> tuple[Key, float] | None:
    """The aggregate key and signed quantity of one live feature, or None when it counts nowhere.

    ``geometry`` is WKB (or a shapely geometry) in EPSG:31370.  A feature
    without a NIS code or with an unknown category counts nowhere.  The
    registry refuses features with errors, so nothing goes to ``met_fouten``.
    """
    nis = properties.get("gemeente_nis")
    if not isinstance(nis, str) or not nis:
        return None
    if isinstance(geometry, bytes) and point_xy(geometry) is not None:
        # a point counts the same wherever it lies: one classification per kind of point feature
        key = tuple((type(v), v) for v in map(properties.get, _COUNTED))
        try:
            return _POINTS[key]
        except TypeError:  # an unhashable value: no caching
            return _contribution(properties, geometry)
        except KeyError:
            if len(_POINTS) >= 4096:
                _POINTS.clear()
            found = _POINTS[key] = _contribution(properties, geometry)
            return found
    return _contribution(properties, geometry)


#: What :func:`lekp_plugin.core.progress.classify` reads of a feature's properties.
_COUNTED = ("gemeente_nis", "categorie", "opgelegd", "status", "uitvoeringsdatum", "geplande_datum",
            "hoeveelheid", "gegroepeerd", "aard")
#: Contributions of point features by their counted properties (with their types).
_POINTS: dict[tuple, tuple[Key, float] | None] = {}


def _contribution(properties: Mapping[str, Any], geometry: bytes | Any | None) -> tuple[Key, float] | None:
    nis = properties["gemeente_nis"]
    geom = shapely.from_wkb(geometry) if isinstance(geometry, bytes | bytearray | memoryview) else geometry
    counted, _skipped = classify([{"properties": properties, "geometry": geom}])
    if not counted:
        return None
    c = counted[0]
    return (to_2025(nis), c.parameter, c.bucket, c.year or 0), c.quantity


def delta(old: tuple[Mapping[str, Any], Any] | None, new: tuple[Mapping[str, Any], Any] | None
          ) -> dict[Key, tuple[float, int]]:
    """What replacing ``old`` by ``new`` (each ``(properties, geometry)`` of a live feature, or None) changes."""
    out: dict[Key, list] = {}
    for sign, side in ((-1, old), (1, new)):
        if side is None:
            continue
        c = contribution(*side)
        if c is None:
            continue
        key, qty = c
        acc = out.setdefault(key, [0.0, 0])
        acc[0] += sign * qty
        acc[1] += sign
    return {k: (q, n) for k, (q, n) in out.items() if n != 0 or q != 0}


class Summer:
    """Sums contributions (a rebuild, or the benchmark's fill) into aggregate rows."""

    def __init__(self) -> None:
        self.sums: dict[Key, list] = {}
        self.features = 0

    def add(self, properties: Mapping[str, Any], geometry: bytes | Any | None) -> None:
        self.features += 1
        c = contribution(properties, geometry)
        if c is None:
            return
        acc = self.sums.setdefault(c[0], [0.0, 0])
        acc[0] += c[1]
        acc[1] += 1

    def rows(self) -> list[Row]:
        return [(*key, qty, n) for key, (qty, n) in sorted(self.sums.items())]


def core_rows(rows: Iterable[Row]) -> list[tuple[str, str, int | None, float, int]]:
    """Aggregate rows of one gemeente as :func:`lekp_plugin.core.progress.voortgang_from_sums` takes them."""
    return [(param, bucket, jaar or None, qty, n) for _nis, param, bucket, jaar, qty, n in rows]
