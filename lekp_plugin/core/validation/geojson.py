"""GeoJSON Feature dicts → the engine's input form, without ever raising.

Owns the tolerant reading of one GeoJSON Feature (as the registry receives it
or a file holds it): ``{"id", "properties", "geometry"}`` with the geometry as
a shapely object.  A geometry that cannot be built (coordinates that are not
numbers, a ring that does not close, an unknown type) becomes ``None`` plus a
``geometry_error`` text, which the engine reports as LEKP-G002.  The
coordinates are taken as EPSG:31370; reprojection belongs to the caller.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import shapely
import shapely.geometry


def feature_from_geojson(feature: Any) -> dict[str, Any]:
    """``{"id", "properties", "geometry"[, "geometry_error"]}`` from a GeoJSON Feature."""
    if isinstance(feature, (str, bytes)):
        try:
            feature = json.loads(feature)
        except ValueError as exc:
            return {"id": None, "properties": {}, "geometry": None,
                    "geometry_error": f"not JSON: {exc}"}
    if not isinstance(feature, Mapping):
        return {"id": None, "properties": {}, "geometry": None,
                "geometry_error": f"not a GeoJSON Feature: {type(feature).__name__}"}
    props = feature.get("properties")
    props = dict(props) if isinstance(props, Mapping) else {}
    fid = feature.get("id", props.get("id"))
    out: dict[str, Any] = {"id": None if fid is None else str(fid), "properties": props}
    geometry, error = geometry_from_geojson(feature.get("geometry"))
    out["geometry"] = geometry
    if error:
        out["geometry_error"] = error
    return out


def geometry_from_geojson(geometry: Any) -> tuple[Any, str | None]:
    """``(shapely geometry or None, error text or None)``; null geometry is no error."""
    if geometry is None:
        return None, None
    if not isinstance(geometry, Mapping) or "type" not in geometry:
        return None, "not a GeoJSON geometry"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            geom = shapely.geometry.shape(geometry)
    except Exception as exc:  # any malformed input is reported, never raised
        text = str(exc) or type(exc).__name__
        return None, f"unreadable {geometry.get('type')}: {text}"[:300]
    return geom, None


def features_from_geojson(collection: Any) -> Iterator[dict[str, Any]]:
    """Every Feature of a FeatureCollection (or a list of Features) in the engine's form."""
    if isinstance(collection, Mapping):
        items: Iterable[Any] = collection.get("features") or []
        if collection.get("type") == "Feature":
            items = [collection]
    else:
        items = collection or []
    for item in items:
        yield feature_from_geojson(item)
