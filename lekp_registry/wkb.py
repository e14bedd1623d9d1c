"""A fast path for the commonest geometry of a write: a 2D point (a tree) in WKB.

Parsing WKB into a shapely object costs more than everything a write does
with a point; these read its coordinates straight from the 21 bytes that
:func:`shapely.to_wkb` writes for it.  Anything else returns None and the
caller takes the general (shapely) path.
"""

from __future__ import annotations

import math
import struct

#: WKB of a 2D point, little-endian (what shapely.to_wkb writes on this platform).
POINT = struct.Struct("<BIdd")
_HEAD = POINT.pack(1, 1, 0.0, 0.0)[:5]


def point_xy(wkb: bytes | None) -> tuple[float, float] | None:
    """``(x, y)`` of a little-endian 2D WKB point that is not empty, else None."""
    if wkb is None or len(wkb) != POINT.size or wkb[:5] != _HEAD:
        return None
    _, _, x, y = POINT.unpack(wkb)
    return None if math.isnan(x) or math.isnan(y) else (x, y)
