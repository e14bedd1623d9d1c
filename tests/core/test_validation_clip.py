"""Shared areas of polygon pairs in numpy (``overlaps.clip_areas``) equal GEOS's, and so do the findings.

A whole territory has tens of thousands of overlapping pairs; GEOS's
``intersection`` costs 15–45 µs a pair.  For two polygons without holes of
which one is convex, the engine clips the other by it in numpy instead.  These
tests hold that to ``area(intersection(a, b))`` on convex, concave, rotated,
touching, nested and far-apart pairs at Lambert 72 coordinates, and the
engine's findings with it to the findings of the GEOS path on the benchmark's
sparse (12-vertex, often concave) and dense (rectangles) layers.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import shapely

from lekp_plugin.core.validation import Boundary, overlaps, validate_arrays

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import bench_validate as bench  # noqa: E402

X0, Y0 = 104_000.0, 190_000.0


def shapes(rng: np.random.Generator, n: int) -> list:
    out = []
    for _ in range(n):
        cx, cy = X0 + rng.uniform(0, 60), Y0 + rng.uniform(0, 60)
        kind = rng.integers(0, 5)
        if kind == 0:  # convex: hull of random points
            pts = rng.uniform(-10, 10, (rng.integers(3, 30), 2)) + np.array([cx, cy])
            g = shapely.convex_hull(shapely.multipoints(pts))
        elif kind == 1:  # concave star
            k = rng.integers(5, 20)
            ang = np.linspace(0, 2 * np.pi, k, endpoint=False)
            r = rng.uniform(2, 12, k)
            g = shapely.Polygon(np.column_stack([cx + r * np.cos(ang), cy + r * np.sin(ang)]))
        elif kind == 2:  # rotated rectangle, clockwise
            g = shapely.affinity.rotate(shapely.box(cx, cy, cx + rng.uniform(1, 15), cy + rng.uniform(1, 15)),
                                        rng.uniform(0, 90))
            g = shapely.Polygon(list(g.exterior.coords)[::-1])
        elif kind == 3:  # with a hole: GEOS decides
            g = shapely.box(cx, cy, cx + 12, cy + 12).difference(shapely.box(cx + 4, cy + 4, cx + 8, cy + 8))
        else:  # L-shape (concave) with collinear vertices
            g = shapely.Polygon([(cx, cy), (cx + 5, cy), (cx + 10, cy), (cx + 10, cy + 4), (cx + 4, cy + 4),
                                 (cx + 4, cy + 10), (cx, cy + 10)])
        if g.geom_type == "Polygon" and g.is_valid and g.area > 0:
            out.append(g)
    return out


def test_clip_areas_equal_geos_intersection_areas():
    rng = np.random.default_rng(15)
    geoms = np.array(shapes(rng, 250), dtype=object)
    # pairs sharing a side or a corner, one inside the other, far apart
    geoms = np.concatenate([geoms, np.array([shapely.box(X0, Y0, X0 + 5, Y0 + 5), shapely.box(X0 + 5, Y0, X0 + 9, Y0 + 5),
                                             shapely.box(X0 + 5, Y0 + 5, X0 + 9, Y0 + 9),
                                             shapely.box(X0 + 1, Y0 + 1, X0 + 2, Y0 + 2),
                                             shapely.box(X0 + 900, Y0, X0 + 905, Y0 + 5)], dtype=object)])
    rings = overlaps.Rings.of(geoms, np.full(len(geoms), 2))
    a, b = np.meshgrid(np.arange(len(geoms)), np.arange(len(geoms)))
    a, b = a.ravel(), b.ravel()
    got = overlaps.clip_areas(rings, a, rings, b)
    want = shapely.area(shapely.intersection(geoms[a], geoms[b]))
    numpy_side = ~np.isnan(got)
    assert numpy_side.mean() > 0.3, "many pairs take the numpy path"
    holes = shapely.get_num_interior_rings(geoms) > 0
    assert not (numpy_side & (holes[a] | holes[b])).any(), "polygons with holes go through GEOS"
    assert not (numpy_side & ~rings.convex[a] & ~rings.convex[b]).any(), "one of the two must be convex"
    np.testing.assert_allclose(got[numpy_side], want[numpy_side], rtol=1e-9, atol=1e-9)
    assert ((got[numpy_side] > 0.1) == (want[numpy_side] > 0.1)).all()


def test_clip_areas_are_exact_for_rectangles_at_lambert_coordinates():
    rng = np.random.default_rng(7)
    x, y = X0 + rng.uniform(0, 400, 4000), Y0 + rng.uniform(0, 400, 4000)
    w, h = rng.uniform(3, 12, (2, 4000))
    geoms = shapely.box(x, y, x + w, y + h)
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms)
    rings = overlaps.Rings.of(geoms, np.full(len(geoms), 2))
    got = overlaps.clip_areas(rings, a, rings, b)
    want = shapely.area(shapely.intersection(geoms[a], geoms[b]))
    assert not np.isnan(got).any()
    assert np.abs(got - want).max() < 1e-9
    assert (np.round(got, 2) == np.round(want, 2)).all()


def key_of(findings):
    return [(f.index, f.code, f.feature_id, f.severity.value, f.params) for f in findings]


@pytest.mark.parametrize("make", ["sparse", "dense"])
def test_findings_are_those_of_the_geos_path(make, monkeypatch):
    n = 20_000
    data = (bench.make_chunk if make == "sparse" else bench.make_dense_chunk)(0, n, n)
    ids = data.pop("id").tolist()
    geoms = data.pop("geometry")
    boundary = Boundary(bench.gemeente_boundary(n)) if make == "sparse" else None
    fast = validate_arrays(ids, geoms, data, boundary=boundary, today=bench.TODAY)
    monkeypatch.setattr(overlaps, "NUMPY_AREAS", False)
    slow = validate_arrays(ids, geoms, data, boundary=boundary, today=bench.TODAY)
    assert sum(f.code == "LEKP-O001" for f in fast) > 50
    assert key_of(fast) == key_of(slow)
