"""The CRS rules of the import.

A DXF (and a CSV or a shapefile without ``.prj``) states no CRS: Belgian
Lambert 72 (EPSG:31370) is assumed, the officer may state Lambert 2008
(EPSG:3812), WGS 84 or any other.  When the CRS was assumed, coordinates that
cannot be Lambert 72 in Flanders (degrees, zone-prefixed Gauss-Krüger, the
British grid, local drawing coordinates) stop the import with the LEKP-G004
explanation and a hint at what they look like.  A DXF GEODATA object that
places the drawing in a non-Belgian CRS stops it whatever CRS is stated.
Other CRSs are reprojected to EPSG:31370 with pyproj.
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from ..core.schema import STORAGE_EPSG
from ..core.validation import FLANDERS_EXTENT
from .messages import ImportFault, fmt

#: CRSs a GEODATA object may name for a drawing in Flanders.
BELGIAN_EPSG = frozenset({31370, 3812, 31300, 8370, 6190})
#: Tolerance around Flanders' extent before coordinates are judged impossible (m).
EXTENT_MARGIN_M = 5_000.0


def parse_crs(text: str | None) -> CRS | None:
    """``"EPSG:3812"``, ``"3812"``, WKT or PROJ text → a pyproj CRS (None when empty)."""
    if text is None or not str(text).strip():
        return None
    text = str(text).strip()
    if text.isdigit():
        text = f"EPSG:{text}"
    try:
        return CRS.from_user_input(text)
    except CRSError:
        raise ImportFault("crs_unknown", crs=text) from None


def describe(crs: CRS) -> str:
    epsg = crs.to_epsg()
    return f"EPSG:{epsg} ({crs.name})" if epsg else crs.name


def _bounds(geoms: np.ndarray) -> tuple[float, float, float, float] | None:
    present = geoms[shapely.is_geometry(geoms)]
    if not len(present):
        return None
    b = shapely.bounds(present)
    with np.errstate(invalid="ignore"):
        box = (np.nanmin(b[:, 0]), np.nanmin(b[:, 1]), np.nanmax(b[:, 2]), np.nanmax(b[:, 3]))
    if not all(np.isfinite(box)):
        return None
    return tuple(float(v) for v in box)


def in_flanders(box: tuple[float, float, float, float], margin: float = EXTENT_MARGIN_M) -> bool:
    xmin, ymin, xmax, ymax = FLANDERS_EXTENT
    return (box[0] >= xmin - margin and box[2] <= xmax + margin
            and box[1] >= ymin - margin and box[3] <= ymax + margin)


def hint_for(box: tuple[float, float, float, float]) -> str:
    """What coordinates outside Flanders' Lambert 72 extent look like."""
    x0, y0, x1, y1 = box
    if 2.0 <= x0 and x1 <= 7.0 and 49.0 <= y0 and y1 <= 52.0:
        return "degrees"
    if abs(x0) < 20_000 and abs(x1) < 20_000 and abs(y0) < 20_000 and abs(y1) < 20_000:
        return "local"
    if 500_000 <= x0 and x1 <= 800_000 and 600_000 <= y0 and y1 <= 760_000:
        return "lambert2008"
    if 1_000_000 <= x0 and x1 <= 100_000_000 and 1_000_000 <= y0 and y1 <= 10_000_000:
        return "gauss_kruger"
    if 0 <= x0 and x1 <= 700_000 and 0 <= y0 and y1 <= 1_300_000:
        return "british_grid"
    return ""


def check_geodata(geodata: str, path: str) -> int:
    """The EPSG code of a GEODATA object; LEKP-G004 when it is not a Belgian CRS."""
    epsg = None
    if geodata.startswith("EPSG:"):
        try:
            epsg = int(geodata[5:])
        except ValueError:
            epsg = None
    if epsg not in BELGIAN_EPSG:
        name = geodata
        if epsg:
            try:
                name = f"{geodata} ({CRS.from_epsg(epsg).name})"
            except CRSError:
                pass
        raise ImportFault("g004_geodata", path=path, crs=name)
    return epsg


def to_lambert72(geoms: np.ndarray, *, path: str, file_crs_wkt: str | None, stated: CRS | None,
                 geodata: str | None = None) -> tuple[np.ndarray, str]:
    """Geometries in EPSG:31370 and a description of the CRS they came from.

    Raises :class:`ImportFault` (LEKP-G004) when the CRS was assumed and the
    coordinates cannot be Lambert 72 in Flanders, or when GEODATA places the
    drawing elsewhere.
    """
    if geodata:
        epsg = check_geodata(geodata, path)
        if stated is None:
            stated = CRS.from_epsg(epsg)
    source = stated or (CRS.from_wkt(file_crs_wkt) if file_crs_wkt else None)
    if source is None or source.to_epsg() == STORAGE_EPSG:
        if stated is None:
            outside = _mostly_outside(geoms)
            if outside is not None:
                raise ImportFault("g004", path=path, xmin=fmt(outside[0]), xmax=fmt(outside[2]),
                                  ymin=fmt(outside[1]), ymax=fmt(outside[3]), hint=hint_for(outside))
        return geoms, describe(source) if source is not None else "EPSG:31370 (aangenomen)"
    transformer = Transformer.from_crs(source, CRS.from_epsg(STORAGE_EPSG), always_xy=True)

    def project(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    out = shapely.transform(geoms, project)
    outside = _mostly_outside(out)
    if outside is not None:
        raise ImportFault("g004_after", path=path, crs=describe(source), xmin=fmt(outside[0]),
                          xmax=fmt(outside[2]), ymin=fmt(outside[1]), ymax=fmt(outside[3]))
    return out, describe(source)


def _mostly_outside(geoms: np.ndarray) -> tuple[float, float, float, float] | None:
    """The extent of the features outside Flanders when they are the majority, else None.

    A CAD drawing often has a stray entity at the origin; that one feature gets
    its own LEKP-G004 finding from the validation, the plan is not refused for it.
    """
    present = geoms[shapely.is_geometry(geoms)]
    if not len(present):
        return None
    b = shapely.bounds(present)
    xmin, ymin, xmax, ymax = FLANDERS_EXTENT
    m = EXTENT_MARGIN_M
    with np.errstate(invalid="ignore"):
        inside = ((b[:, 0] >= xmin - m) & (b[:, 2] <= xmax + m) & (b[:, 1] >= ymin - m)
                  & (b[:, 3] <= ymax + m))
    if inside.sum() * 2 > len(present):
        return None
    return _bounds(present[~inside])
