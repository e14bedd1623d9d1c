"""GeoJSON in and out: strict parsing of incoming features, CRS transforms.

Geometries are stored in EPSG:31370.  Output is CRS84 unless a client asks for
another supported CRS (OGC API Features Part 2); input is CRS84 unless the
request names its CRS in ``Content-Crs``.  Parsing is strict on purpose: a bad
body gets a 400 that says what is wrong rather than a half-stored feature.
"""

from __future__ import annotations

import json
import math
import re
import struct
import uuid
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import mapping, shape

from lekp_plugin.core.schema import FIELDS, FIELDS_BY_NAME, STORAGE_EPSG, FieldType

from .problems import Problem
from .wkb import point_xy

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326"
EPSG_31370 = f"http://www.opengis.net/def/crs/EPSG/0/{STORAGE_EPSG}"
#: Supported CRS URIs → pyproj CRS strings.
SUPPORTED_CRS = {CRS84: "OGC:CRS84", EPSG_4326: "EPSG:4326", EPSG_31370: f"EPSG:{STORAGE_EPSG}"}

GEOMETRY_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon")
_DEPTH = {"Point": 1, "MultiPoint": 2, "LineString": 2, "MultiLineString": 3, "Polygon": 3,
          "MultiPolygon": 4}

#: Largest integer accepted in a number property (beyond it a float cannot hold it).
MAX_NUMBER = 10 ** 300
SYSTEM_FIELDS = frozenset(f.name for f in FIELDS if f.system)
USER_FIELDS = tuple(f for f in FIELDS if not f.system and f.name != "id")


def parse_crs(value: str | None, param: str = "crs") -> str:
    """A supported CRS URI from a ``crs`` parameter or ``Content-Crs`` header (CRS84 default)."""
    if value is None or value == "":
        return CRS84
    uri = value.strip().strip("<>").strip()
    if uri not in SUPPORTED_CRS:
        raise Problem(400, f"{param}: unsupported CRS {value!r}; supported: {', '.join(SUPPORTED_CRS)}")
    return uri


@lru_cache(maxsize=16)
def _transformer(src: str, dst: str) -> Transformer:
    # EPSG:4326 keeps its authority axis order (lat, lon); CRS84 and 31370 are x/y.
    return Transformer.from_crs(SUPPORTED_CRS[src], SUPPORTED_CRS[dst], always_xy=False)


def transform(geom: Any, src: str, dst: str) -> Any:
    if src == dst or geom is None:
        return geom
    tr = _transformer(src, dst)
    return shapely.transform(geom, lambda xy: _apply(tr, xy))


def _apply(tr: Transformer, xy):
    x, y = tr.transform(xy[:, 0], xy[:, 1])
    out = xy.copy()
    out[:, 0], out[:, 1] = x, y
    return out


def transform_bbox(bbox: tuple[float, float, float, float], src: str, dst: str):
    if src == dst:
        return bbox
    tr = _transformer(src, dst)
    x0, y0, x1, y1 = tr.transform_bounds(*bbox, densify_pts=21)
    return (x0, y0, x1, y1)


def bbox_area(bbox: tuple[float, float, float, float], src: str):
    """A bbox in ``src`` as (envelope, exact area WKB or None) in EPSG:31370.

    A bbox in another CRS is not a rectangle in EPSG:31370 (a CRS84 box is a
    curved, turned quadrilateral there): its edges are densified and
    transformed, so a filter by the area keeps exactly what lies in the box;
    the envelope serves the spatial index.  Segments of at most about 200 m
    (a parallel's radius in Lambert 72 is over 5,000 km: a 200 m chord stays
    within a millimetre of it), at most 256 per edge: a 2 km box gets 10, not
    256 (each feature of a page is tested against the area).
    """
    if src == EPSG_31370:
        return bbox, None
    x0, y0, x1, y1 = bbox
    corners = transform(shapely.MultiPoint([(x0, y0), (x1, y0), (x1, y1), (x0, y1)]), src, EPSG_31370)
    xy = shapely.get_coordinates(corners)
    metres = float(np.nan_to_num(np.hypot(*(xy - np.roll(xy, 1, axis=0)).T), nan=1e9, posinf=1e9).max())
    step = max(x1 - x0, y1 - y0) / min(256, max(1, math.ceil(metres / 200))) or 1.0
    ring = shapely.segmentize(shapely.box(x0, y0, x1, y1), step)
    area = transform(ring, src, EPSG_31370)
    if not bool(np.isfinite(shapely.get_coordinates(area)).all()):
        raise Problem(400, f"bbox cannot be transformed from {src} to EPSG:31370 (out of range?)")
    return tuple(float(v) for v in area.bounds), shapely.to_wkb(area)


def loads(body: bytes) -> Any:
    """JSON with numbers that must be finite (``1e400`` and ``NaN`` are refused)."""
    if not body:
        raise Problem(400, "empty request body: a JSON document is required")

    def finite(text: str) -> float:
        value = float(text)
        if not math.isfinite(value):
            raise ValueError(f"number {text} is out of range")
        return value

    def constant(name: str) -> float:
        raise ValueError(f"{name} is not valid JSON")

    try:
        return json.loads(body, parse_float=finite, parse_constant=constant)
    except UnicodeDecodeError:
        raise Problem(400, "request body is not UTF-8", kind="malformed-json") from None
    except ValueError as exc:
        raise Problem(400, f"malformed JSON: {exc}", kind="malformed-json") from None
    except RecursionError:
        raise Problem(400, "malformed JSON: nested too deeply", kind="malformed-json") from None


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def canonical_id(value: Any, where: str = "id") -> str:
    if not isinstance(value, str):
        raise Problem(400, f"{where} must be a UUID string, got {type(value).__name__}")
    if _CANONICAL_UUID.fullmatch(value):  # already what str(uuid.UUID(value)) gives
        return value
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        raise Problem(400, f"{where} {value[:80]!r} is not a UUID") from None
    if str(parsed) != value.lower():
        raise Problem(400, f"{where} {value[:80]!r} must be a hyphenated UUID")
    return str(parsed)


def _check_coords(coords: Any, depth: int, path: str) -> None:
    if depth == 1:
        if not isinstance(coords, list) or len(coords) not in (2, 3):
            raise Problem(400, f"{path}: a position must be an array of 2 or 3 numbers")
        for c in coords:
            if isinstance(c, bool) or not isinstance(c, int | float):
                raise Problem(400, f"{path}: coordinates must be numbers, got {type(c).__name__}")
            # compare first: math.isfinite cannot take an int beyond the float range
            if abs(c) > 1e9 or not math.isfinite(c):
                shown = c if abs(c) < 1e30 else f"{str(c)[:12]}... ({len(str(abs(c)))} digits)"
                raise Problem(400, f"{path}: coordinate {shown} is out of range")
        return
    if not isinstance(coords, list):
        raise Problem(400, f"{path}: expected an array")
    for i, item in enumerate(coords):
        _check_coords(item, depth - 1, f"{path}[{i}]")


def _check_rings(rings: list, path: str) -> None:
    """GeoJSON (RFC 7946 §3.1.6): a linear ring has 4 or more positions, the last equal to the first."""
    for i, ring in enumerate(rings):
        if len(ring) < 4:
            raise Problem(400, f"{path}[{i}]: a polygon ring needs at least 4 positions, got {len(ring)}")
        if ring[0] != ring[-1]:
            raise Problem(400, f"{path}[{i}]: the polygon ring is not closed (its last position must "
                               "equal its first)")


#: WKB of a 2D point, little-endian (what shapely.to_wkb writes on this platform).
_POINT_WKB = struct.Struct("<BIdd")


def parse_geometry(value: Any, crs: str) -> bytes | None:
    """A GeoJSON geometry (or null) → 2D WKB in EPSG:31370."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise Problem(400, "geometry must be a GeoJSON geometry object or null")
    gtype = value.get("type")
    if gtype not in GEOMETRY_TYPES:
        raise Problem(400, f"geometry type {str(gtype)[:40]!r} is not supported; "
                           f"use one of {', '.join(GEOMETRY_TYPES)}")
    if "coordinates" not in value:
        raise Problem(400, "geometry has no coordinates")
    _check_coords(value["coordinates"], _DEPTH[gtype], "geometry.coordinates")
    if gtype == "Polygon":
        _check_rings(value["coordinates"], "geometry.coordinates")
    elif gtype == "MultiPolygon":
        for i, polygon in enumerate(value["coordinates"]):
            _check_rings(polygon, f"geometry.coordinates[{i}]")
    if gtype == "Point" and crs == EPSG_31370:
        # the commonest write (a tree) needs no shapely object: its WKB, as shapely.to_wkb writes it
        x, y = value["coordinates"][:2]
        return _POINT_WKB.pack(1, 1, float(x), float(y))
    try:
        geom = shape({"type": gtype, "coordinates": value["coordinates"]})
    except (ValueError, TypeError, IndexError, shapely.errors.ShapelyError) as exc:
        raise Problem(400, f"geometry cannot be built: {exc}") from None
    geom = shapely.force_2d(geom)
    geom = transform(geom, crs, EPSG_31370)
    coords = shapely.get_coordinates(geom)
    if coords.size and not bool(np.isfinite(coords).all()):
        raise Problem(400, f"geometry cannot be transformed from {crs} to EPSG:31370 "
                           "(coordinates out of range for that CRS?)")
    return shapely.to_wkb(geom)


def check_properties(props: Any) -> dict[str, Any]:
    """User properties of an incoming feature; system fields are ignored (server-set)."""
    if props is None:
        return {}
    if not isinstance(props, dict):
        raise Problem(400, "properties must be a JSON object")
    unknown = sorted(k for k in props if k not in FIELDS_BY_NAME)
    if unknown:
        raise Problem(400, f"unknown properties: {', '.join(u[:60] for u in unknown[:20])}",
                      kind="unknown-properties", unknown=unknown[:100])
    errors = []
    out: dict[str, Any] = {}
    for name, value in props.items():
        if name in SYSTEM_FIELDS or name == "id":
            continue
        fdef = FIELDS_BY_NAME[name]
        if value is None:
            out[name] = None
            continue
        if fdef.type is FieldType.REAL:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif fdef.type is FieldType.INTEGER:
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif fdef.type is FieldType.BOOLEAN:
            ok = isinstance(value, bool)
        else:
            ok = isinstance(value, str)
        if not ok:
            errors.append(f"{name} must be {_TYPE_WORDS[fdef.type]}, got {type(value).__name__}")
            continue
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
            errors.append(f"{name} is out of range ({len(str(abs(value)))} digits)")
            continue
        if isinstance(value, str) and fdef.max_length and len(value) > fdef.max_length:
            errors.append(f"{name} is longer than {fdef.max_length} characters")
            continue
        # a REAL stays a float on the wire, so clients that guess field types
        # from the first page (GDAL, QGIS) do not make hoeveelheid an integer
        out[name] = float(value) if fdef.type is FieldType.REAL else value
    if errors:
        raise Problem(400, "; ".join(errors), kind="wrong-property-types", errors=errors)
    return out


_TYPE_WORDS = {FieldType.REAL: "a number", FieldType.INTEGER: "an integer",
               FieldType.BOOLEAN: "true or false", FieldType.STRING: "a string",
               FieldType.TEXT: "a string", FieldType.DATE: "an ISO 8601 date string",
               FieldType.DATETIME: "an ISO 8601 date-time string", FieldType.UUID: "a UUID string"}


def parse_feature(doc: Any, crs: str, path_id: str | None = None) -> tuple[str | None, dict, bytes | None]:
    """(id, user properties, WKB 31370) of an incoming GeoJSON Feature."""
    if not isinstance(doc, dict):
        raise Problem(400, "body must be a GeoJSON Feature object")
    if doc.get("type") != "Feature":
        raise Problem(400, f"body must be a GeoJSON Feature, got type {str(doc.get('type'))[:40]!r}")
    if "geometry" not in doc:
        raise Problem(400, "a GeoJSON Feature needs a 'geometry' member (null is allowed)")
    props = doc.get("properties")
    fid = doc.get("id")
    if fid is not None:
        fid = canonical_id(fid)
    if isinstance(props, dict) and props.get("id") is not None:
        pid = canonical_id(props["id"], "properties.id")
        if fid is not None and pid != fid:
            raise Problem(400, "id and properties.id differ")
        fid = pid
    if path_id is not None and fid is not None and fid != path_id:
        raise Problem(400, f"feature id {fid} does not match the URL ({path_id})")
    return fid, check_properties(props), parse_geometry(doc["geometry"], crs)


def geometry_out(wkb: bytes | None, crs: str) -> dict | None:
    if wkb is None:
        return None
    if crs == EPSG_31370 and (xy := point_xy(wkb)) is not None:
        return {"type": "Point", "coordinates": xy}  # what mapping() gives, without a shapely object
    geom = shapely.from_wkb(wkb)
    if geom.is_empty:
        return None
    return mapping(transform(geom, EPSG_31370, crs))
