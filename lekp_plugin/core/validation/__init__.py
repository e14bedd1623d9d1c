"""Validation of registered improvements against the LEKP rules (SPEC §4).

Qt-free and vectorized with shapely 2.  Call :func:`validate_features` with
feature dicts, :func:`validate_arrays` with columns, or
:func:`validate_chunks` for a stream of batches; each returns
:class:`Finding` objects (code, severity, JSON-ready parameters) whose text
is rendered with ``finding.message("nl" | "en")``.

Modules: ``findings`` (codes, severities, the Finding), ``messages`` (Dutch
and English texts), ``values`` (tolerant parsing of one cell),
``attributes`` (columns → typed arrays), ``geometry`` (validity, repair,
extent, boundary), ``overlaps`` (STRtree pairs), ``engine`` (the rules and
entry points), ``geojson`` (GeoJSON Feature → input dict).
"""

from .engine import Reference, features_to_columns, validate_arrays, validate_chunks, validate_features
from .findings import CODES, CodeDef, Finding, Severity
from .geojson import feature_from_geojson, features_from_geojson, geometry_from_geojson
from .geometry import BOUNDARY_TOLERANCE_M, FLANDERS_EXTENT, Boundary, repair_geometry
from .messages import render

__all__ = [
    "BOUNDARY_TOLERANCE_M",
    "CODES",
    "FLANDERS_EXTENT",
    "Boundary",
    "CodeDef",
    "Finding",
    "Reference",
    "Severity",
    "feature_from_geojson",
    "features_from_geojson",
    "features_to_columns",
    "geometry_from_geojson",
    "render",
    "repair_geometry",
    "validate_arrays",
    "validate_chunks",
    "validate_features",
]
