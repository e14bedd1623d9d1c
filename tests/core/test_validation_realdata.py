"""The validation engine on real gemeente boundaries (../shared/data, unmodified).

Reads the 2025 gemeenten as GeoJSON in CRS84 and projects them to Lambert 72
with pyproj, so this runs in the QGIS-free core tier too.  Skips when the data
folder is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyproj import Transformer

from lekp_plugin.core.validation import FLANDERS_EXTENT, validate_features

from .conftest import good_properties

SOURCE = (Path(__file__).resolve().parents[2].parent / "shared" / "data" / "municipalities"
          / "vl_bru_gemeente_2025_crs84.geojson")


@pytest.fixture(scope="module")
def gemeenten() -> dict[str, shapely.Geometry]:
    if not SOURCE.is_file():
        pytest.skip(f"{SOURCE} not found (real data sits beside the repo as ../shared/data)")
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    to_lambert = Transformer.from_crs(4326, 31370, always_xy=True)
    out = {}
    for f in data["features"]:
        geom = shapely.geometry.shape(f["geometry"])
        out[f["properties"]["geoitem"]] = shapely.transform(
            geom, lambda xy: np.column_stack(to_lambert.transform(xy[:, 0], xy[:, 1])))
    return out


def test_flanders_extent_holds_every_flemish_gemeente(gemeenten):
    flemish = list(gemeenten.values())
    assert len(flemish) == 285 + 19  # the file holds the Flemish and the Brussels gemeenten
    x0, y0, x1, y1 = shapely.total_bounds(flemish)
    ex0, ey0, ex1, ey1 = FLANDERS_EXTENT
    assert ex0 < x0 and ey0 < y0 and x1 < ex1 and y1 < ey1
    centroids = shapely.centroid(flemish)
    fs = validate_features([{"id": str(k), "properties": good_properties(categorie="boom", hoeveelheid=1),
                             "geometry": c} for k, c in enumerate(centroids)])
    assert not [f for f in fs if f.code == "LEKP-G004"]


@pytest.mark.parametrize("nis", ["41027", "11002", "44021"])  # Herzele, Antwerpen, Gent
def test_g005_on_a_real_boundary_agrees_with_plain_geos(gemeenten, nis):
    gemeente = gemeenten[nis]
    rng = np.random.default_rng(int(nis))
    x0, y0, x1, y1 = gemeente.bounds
    # boxes scattered over the envelope, plus boxes centred on boundary vertices
    ring = shapely.get_coordinates(shapely.get_exterior_ring(shapely.get_parts(gemeente)))
    on_border = ring[rng.integers(0, len(ring), 700)]
    centres = np.vstack([np.column_stack([rng.uniform(x0, x1, 700), rng.uniform(y0, y1, 700)]),
                         on_border + rng.uniform(-3, 3, on_border.shape)])
    sizes = rng.uniform(0.5, 30, len(centres))
    geoms = shapely.box(centres[:, 0] - sizes / 2, centres[:, 1] - sizes / 4,
                        centres[:, 0] + sizes / 2, centres[:, 1] + sizes / 4)
    features = [{"id": str(k), "properties": good_properties(categorie="hemelwater_buffer", hoeveelheid=1),
                 "geometry": g} for k, g in enumerate(geoms)]
    got = {f.feature_id: f.severity.value for f in validate_features(features, boundary=gemeente)
           if f.code == "LEKP-G005"}
    buffered = gemeente.buffer(1.0, quad_segs=16)
    expected = {}
    for k, g in enumerate(geoms):
        if not buffered.covers(g):
            expected[str(k)] = "error" if g.intersection(gemeente).area / g.area < 0.5 else "warning"
    assert got == expected
    assert "warning" in expected.values() and "error" in expected.values()
