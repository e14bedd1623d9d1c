"""Geometry checks on a whole column of shapely geometries at once.

Owns what can be said about a geometry without its attributes: missing or
empty (LEKP-G001), GEOS validity with its reason and a repair (LEKP-G002),
coordinates outside the Lambert 72 extent of Flanders (LEKP-G004) and the
position relative to the gemeente boundary (LEKP-G005, :class:`Boundary`).
It also yields the *working* geometry the measure and overlap rules use: the
geometry itself when valid, its repair when invalid, nothing when unusable.

Every function works on numpy object arrays through shapely 2's vectorized
functions; per-geometry Python only runs for the few flagged geometries.
"""

from __future__ import annotations

import math
import os
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

#: Flanders (with Brussels) in EPSG:31370 with a 5 km margin.  Derived from the
#: 2025 gemeente layer (x 21,993–258,872, y 153,058–244,027); the margin keeps
#: features just across the regional border for LEKP-G005 to judge.
FLANDERS_EXTENT = (17_000.0, 148_000.0, 264_000.0, 249_000.0)
#: Coordinates inside this box look like longitude/latitude degrees.
DEGREES_EXTENT = (-180.0, -90.0, 180.0, 90.0)
#: LEKP-G005 tolerance: a geometry may stick out of the gemeente by this much.
BOUNDARY_TOLERANCE_M = 1.0

# shapely type ids
T_POINT, T_LINESTRING, T_LINEARRING, T_POLYGON = 0, 1, 2, 3
T_MULTIPOINT, T_MULTILINESTRING, T_MULTIPOLYGON, T_COLLECTION = 4, 5, 6, 7
TYPE_NAMES = ("Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString",
              "MultiPolygon", "GeometryCollection")
#: Topological dimension of each type id (collections: judged from their parts).
TYPE_DIM = np.array([0, 1, 1, 2, 0, 1, 2, -1], dtype=np.int8)


_POOL: ThreadPoolExecutor | None = None
#: Below this many geometries a vectorized call is not split over threads.
THREAD_MIN = 20_000


def _threaded(fn, geoms: np.ndarray, *others: np.ndarray, **kwargs) -> np.ndarray:
    """``fn(geoms, *others)`` split over the CPUs: shapely releases the GIL inside GEOS.

    ``others`` are arrays of the same length split alongside (pairwise
    functions such as ``intersection``).
    """
    global _POOL
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2 or len(geoms) < THREAD_MIN:
        return fn(geoms, *others, **kwargs)
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lekp-validate")
    bounds = np.linspace(0, len(geoms), workers + 1).astype(int)
    parts = [(geoms[s:e], *(o[s:e] for o in others)) for s, e in zip(bounds[:-1], bounds[1:], strict=True)]
    return np.concatenate(list(_POOL.map(lambda part: fn(*part, **kwargs), parts)))


def as_geometry_array(values) -> tuple[np.ndarray, np.ndarray]:
    """An object array of geometries (None where absent) and a mask of unreadable cells.

    Anything that is not a shapely geometry (a WKT string, a dict, garbage,
    an :class:`UnreadableGeometry`) counts as unreadable rather than raising.
    """
    if isinstance(values, np.ndarray) and values.dtype == object:
        arr = values
    else:
        values = list(values)
        # fromiter stores the objects as they are; slice assignment would probe each
        # one for being a sequence, 40 times slower
        arr = np.fromiter(values, dtype=object, count=len(values))
    is_geom = shapely.is_geometry(arr)
    unreadable = ~is_geom
    others = np.flatnonzero(unreadable)
    unreadable[others] = [arr[i] is not None for i in others.tolist()]
    if unreadable.any():
        arr = arr.copy()
        arr[unreadable] = None
    return arr, unreadable


class UnreadableGeometry(str):
    """Stands in for a geometry that could not be read; the text says why."""


@dataclass
class GeometryColumn:
    """The per-geometry facts the rules need; arrays of length n."""

    geoms: np.ndarray
    #: shapely type id of the input, -1 when absent.
    type_id: np.ndarray
    #: Number of parts of the input (1 for single geometries).
    parts: np.ndarray
    missing: np.ndarray
    empty: np.ndarray
    unreadable: np.ndarray
    nonfinite: np.ndarray
    outside_extent: np.ndarray
    likely_degrees: np.ndarray
    invalid: np.ndarray
    #: Valid geometry to measure: the input, its repair, or None.
    work: np.ndarray
    #: True where ``work`` may be measured and compared (present, valid or
    #: repaired, inside the extent).
    usable: np.ndarray
    #: Dimension of ``work`` (0, 1, 2; -1 when unusable).
    dim: np.ndarray
    #: Why each unreadable cell could not be read.
    unreadable_reason: dict[int, str]
    #: Envelope of the finite coordinates (xmin, ymin, xmax, ymax), NaN when absent.
    bounds: np.ndarray


def analyse(values, *, repair: bool = True) -> tuple[GeometryColumn, dict[int, tuple[str, BaseGeometry | None]]]:
    """Facts about each geometry, and ``{index: (GEOS reason, repair)}`` for invalid ones."""
    if not (isinstance(values, np.ndarray) and values.dtype == object):
        values = list(values)
    geoms, unreadable = as_geometry_array(values)
    n = len(geoms)
    reasons_in = {i: (v if isinstance(v, UnreadableGeometry) else f"not a geometry: {type(v).__name__}")
                  for i in np.flatnonzero(unreadable).tolist() for v in (values[i],)}
    missing = ~shapely.is_geometry(geoms)
    type_id = shapely.get_type_id(geoms).astype(np.int8)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        empty = ~missing & shapely.is_empty(geoms)
        present = ~missing & ~empty
        parts = np.ones(n, dtype=np.int32)
        multi = present & (type_id >= T_MULTIPOINT)
        parts[multi] = shapely.get_num_geometries(geoms[multi])

        # envelopes skip NaN ordinates, so this judges the finite coordinates
        bounds = shapely.bounds(geoms)
        bx0, by0, bx1, by1 = bounds[:, 0], bounds[:, 1], bounds[:, 2], bounds[:, 3]
        xmin, ymin, xmax, ymax = FLANDERS_EXTENT
        outside_extent = present & ((bx0 < xmin) | (bx1 > xmax) | (by0 < ymin) | (by1 > ymax))
        dx0, dy0, dx1, dy1 = DEGREES_EXTENT
        likely_degrees = outside_extent & (bx0 >= dx0) & (bx1 <= dx1) & (by0 >= dy0) & (by1 <= dy1)

        invalid = np.zeros(n, dtype=bool)
        invalid[present] = ~_threaded(shapely.is_valid, geoms[present])
        # GEOS calls every non-finite coordinate invalid, so only invalid ones need the look
        nonfinite = np.zeros(n, dtype=bool)
        if invalid.any():
            bad = np.flatnonzero(invalid)
            coords, cidx = shapely.get_coordinates(geoms[bad], return_index=True)
            nonfinite[bad[np.unique(cidx[~np.isfinite(coords).all(axis=1)])]] = True

        repairs: dict[int, tuple[str, BaseGeometry | None]] = {}
        work = geoms.copy()
        work[~present] = None
        if invalid.any():
            bad = np.flatnonzero(invalid)
            reasons = shapely.is_valid_reason(geoms[bad])
            fixed = repair_many(geoms[bad], nonfinite[bad]) if repair else [None] * len(bad)
            for i, reason, g in zip(bad.tolist(), reasons.tolist(), fixed, strict=True):
                repairs[i] = (reason or "Invalid", g)
                work[i] = g
        usable = shapely.is_geometry(work) & ~outside_extent
        usable[usable] = ~shapely.is_empty(work[usable])
        work[~usable] = None
        dim = np.full(n, -1, dtype=np.int8)
        dim[usable] = shapely.get_dimensions(work[usable])
    col = GeometryColumn(geoms, type_id, parts, missing & ~unreadable, empty, unreadable, nonfinite,
                         outside_extent, likely_degrees, invalid, work, usable, dim, reasons_in, bounds)
    return col, repairs


def _drop_nonfinite(geom: BaseGeometry) -> BaseGeometry | None:
    """The geometry rebuilt without its NaN/inf vertices (None if nothing is left)."""

    def ring(coords):
        c = np.asarray(coords)[:, :2]
        c = c[np.isfinite(c).all(axis=1)]
        return c

    kind = geom.geom_type
    try:
        if kind == "Point":
            c = ring(geom.coords)
            return shapely.points(c[0]) if len(c) else None
        if kind in ("LineString", "LinearRing"):
            c = ring(geom.coords)
            return shapely.linestrings(c) if len(c) >= 2 else None
        if kind == "Polygon":
            rings = [ring(geom.exterior.coords)] + [ring(i.coords) for i in geom.interiors]
            rings = [np.vstack([r, r[:1]]) if len(r) and not np.array_equal(r[0], r[-1]) else r
                     for r in rings]
            if len(rings[0]) < 4:
                return None
            return shapely.Polygon(rings[0], [r for r in rings[1:] if len(r) >= 4])
        kept = [g for g in (_drop_nonfinite(p) for p in shapely.get_parts(geom)) if g is not None]
        return shapely.geometrycollections(kept) if kept else None
    except (ValueError, shapely.errors.GEOSException):
        return None


def _keep_dimension(geom: BaseGeometry | None, dim: int) -> BaseGeometry | None:
    """The parts of ``geom`` of dimension ``dim``, as a single or multi geometry."""
    if geom is None or geom.is_empty:
        return None
    parts = [p for p in shapely.get_parts(geom) if not p.is_empty]
    flat: list[BaseGeometry] = []
    for p in parts:
        if p.geom_type == "GeometryCollection":
            sub = _keep_dimension(p, dim)
            if sub is not None:
                flat.extend(shapely.get_parts(sub))
        elif shapely.get_dimensions(p) == dim:
            flat.append(p)
    if not flat:
        return None
    if dim == 2:
        merged = shapely.union_all(flat) if len(flat) > 1 else flat[0]
    elif dim == 1:
        merged = shapely.multilinestrings(flat) if len(flat) > 1 else flat[0]
    else:
        merged = shapely.multipoints(flat) if len(flat) > 1 else flat[0]
    return merged if merged.is_valid and not merged.is_empty else None


#: GEOS's "structure" make-valid method is reachable from shapely 2.1 on (GEOS >= 3.10).
HAS_STRUCTURE = tuple(int(p) for p in shapely.__version__.split(".")[:2]) >= (2, 1) \
    and shapely.geos_version >= (3, 10, 0)


def make_valid_structure(geoms: np.ndarray) -> np.ndarray:
    """Polygonal geometries repaired as areas: shells unioned, holes subtracted, collapses dropped.

    GEOS's "structure" method where shapely offers it (2.1+).  On shapely 2.0
    (the build that matches QGIS's own GEOS) the same rule is applied here,
    the way GEOS's GeometryFixer does it: every ring becomes the area it
    encloses in either orientation (zero-width buffers of the ring and of its
    reverse, unioned — a bow-tie keeps both lobes), then the shells of a
    geometry are unioned and its holes taken out.  Input coordinates must be
    finite; the results are polygonal or empty.
    """
    if HAS_STRUCTURE:
        return _threaded(shapely.make_valid, geoms, method="structure", keep_collapsed=False)
    n = len(geoms)
    out = np.fromiter([shapely.Polygon()] * n, dtype=object, count=n)
    parts, pidx = shapely.get_parts(geoms, return_index=True)
    rings, ridx = shapely.get_rings(parts, return_index=True)
    if not len(rings):
        return out
    shell = np.ones(len(rings), dtype=bool)
    shell[1:] = ridx[1:] != ridx[:-1]
    owner = pidx[ridx]
    polys = shapely.polygons(rings)
    one, other = shapely.buffer(polys, 0), shapely.buffer(shapely.reverse(polys), 0)
    e1, e2 = shapely.is_empty(one), shapely.is_empty(other)
    areas = np.where(e1, other, one)
    both = ~e1 & ~e2
    if both.any():  # often the same area both ways: skip the overlay then
        both[both] = ~shapely.equals_exact(shapely.normalize(one[both]), shapely.normalize(other[both]), 0.0)
    if both.any():
        areas[both] = shapely.union(one[both], other[both])
    keep = ~shapely.is_empty(areas)
    n_shells = np.bincount(owner[shell & keep], minlength=n)
    n_holes = np.bincount(owner[~shell & keep], minlength=n)
    simple = shell & keep & (n_shells[owner] == 1) & (n_holes[owner] == 0)
    out[owner[simple]] = areas[simple]
    rest = keep & ~simple
    shells: dict[int, list[BaseGeometry]] = {}
    holes: dict[int, list[BaseGeometry]] = {}
    for k, area, is_shell in zip(owner[rest].tolist(), areas[rest], shell[rest].tolist(), strict=True):
        (shells if is_shell else holes).setdefault(k, []).append(area)
    for k, found in shells.items():
        merged = found[0] if len(found) == 1 else shapely.union_all(found)
        if k in holes:
            merged = shapely.difference(merged, shapely.union_all(holes[k]))
        out[k] = _keep_dimension(merged, 2) or shapely.Polygon()
    return out


def repair_many(geoms: np.ndarray, nonfinite: np.ndarray) -> list[BaseGeometry | None]:
    """:func:`repair_geometry` for many geometries; polygons with finite coordinates in one call."""
    out: list[BaseGeometry | None] = [None] * len(geoms)
    tid = shapely.get_type_id(geoms)
    fast = np.isin(tid, (T_POLYGON, T_MULTIPOLYGON)) & ~nonfinite
    done = np.zeros(len(geoms), dtype=bool)
    if fast.any():
        idx = np.flatnonzero(fast)
        try:
            fixed = make_valid_structure(geoms[idx])
        except shapely.errors.GEOSException:
            fixed = None
        if fixed is not None:
            ok = np.isin(shapely.get_type_id(fixed), (T_POLYGON, T_MULTIPOLYGON)) & ~shapely.is_empty(fixed)
            collapsed = shapely.is_empty(fixed)
            for k, i in enumerate(idx.tolist()):
                if ok[k]:
                    out[i] = fixed[k]
                done[i] = ok[k] or collapsed[k]
    for i in np.flatnonzero(~done).tolist():
        out[i] = repair_geometry(geoms[i])
    return out


def repair_geometry(geom: BaseGeometry) -> BaseGeometry | None:
    """A valid geometry of the input's own family (polygons stay polygons), or None.

    Polygonal input is repaired with the "structure" rule (rings are unioned
    as areas, collapsed parts dropped: :func:`make_valid_structure`), other
    input with GEOS's "linework" method;
    then only the parts of the input's dimension are kept, so a bow-tie
    hedge polygon becomes two polygons and never a stray line.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        try:
            target = _family_dimension(geom)
            if target < 0:
                return None
            coords = shapely.get_coordinates(geom)
            if not np.isfinite(coords).all():
                geom = _drop_nonfinite(geom)
                if geom is None:
                    return None
            if target == 2 and shapely.get_type_id(geom) in (T_POLYGON, T_MULTIPOLYGON):
                fixed = make_valid_structure(np.array([geom], dtype=object))[0]
            else:
                fixed = shapely.make_valid(geom)
            return _keep_dimension(fixed, target)
        except (ValueError, TypeError, shapely.errors.GEOSException):
            return None


def _family_dimension(geom: BaseGeometry) -> int:
    tid = shapely.get_type_id(geom)
    if tid == T_COLLECTION:
        dims = [shapely.get_dimensions(p) for p in shapely.get_parts(geom) if not p.is_empty]
        return max(dims) if dims else -1
    return int(TYPE_DIM[tid])


def measure(geoms: np.ndarray, dims: np.ndarray) -> np.ndarray:
    """Area for polygonal, length for lineal, number of points for puntal geometries."""
    out = np.zeros(len(geoms), dtype=float)
    for d, fn in ((2, shapely.area), (1, shapely.length)):
        m = dims == d
        if m.any():
            out[m] = fn(geoms[m])
    m = dims == 0
    if m.any():  # an empty Point still reports one "geometry"
        g = geoms[m]
        out[m] = np.where(shapely.is_empty(g), 0, shapely.get_num_geometries(g))
    return out


class Boundary:
    """The gemeente boundary, prepared once for LEKP-G005.

    *How "crosses the border by more than 1 m" is measured*: a geometry
    crosses by more than 1 m when some point of it lies more than 1 m
    outside the boundary, i.e. when it is not covered by the boundary
    buffered by :data:`BOUNDARY_TOLERANCE_M` (round joins, 16 segments per
    quarter circle: the buffer is at most 1.2 mm short of the true 1 m).
    Within that tolerance nothing is reported, whatever the share outside
    (a tree digitized on the border line).  Beyond it: an error when less
    than half of the geometry (by area, length or number of points) lies
    inside, otherwise a warning.  The reported distance is the largest
    distance of a vertex from the boundary.
    """

    def __init__(self, geometry: BaseGeometry, tolerance_m: float = BOUNDARY_TOLERANCE_M):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            if not geometry.is_valid:
                geometry = shapely.make_valid(geometry)
        self.geometry = geometry
        self.tolerance_m = tolerance_m
        self.buffered = shapely.buffer(geometry, tolerance_m, quad_segs=16)
        self._edges: shapely.STRtree | None = None
        self._segments = np.empty((0, 2, 2))
        shapely.prepare(self.geometry)
        shapely.prepare(self.buffered)
        self._build_grid()

    def check(self, work: np.ndarray, usable: np.ndarray, dim: np.ndarray) -> list[tuple[int, str, float, float]]:
        """``[(index, "error"|"warning", inside_fraction, max_distance_m)]`` for flagged geometries."""
        idx = np.flatnonzero(usable)
        if not len(idx):
            return []
        g = work[idx]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            decided, inside = self._grid_lookup(shapely.bounds(g))
            exact = ~decided
            inside[exact] = shapely.covers(self.geometry, g[exact])
            cand = idx[~inside]
            if not len(cand):
                return []
            far = ~shapely.covers(self.buffered, work[cand])
            cand = cand[far]
            if not len(cand):
                return []
            gc = work[cand]
            total = measure(gc, dim[cand])
            # the boundary clipped to each geometry's envelope first: overlaying a
            # small piece is much cheaper than overlaying the whole gemeente
            part = self._inside_measure(gc, dim[cand])
            frac = np.divide(part, total, out=np.zeros_like(total), where=total > 0)
            dist = self._max_vertex_distance(gc)
            return [(i, "error" if f < 0.5 else "warning", min(max(f, 0.0), 1.0), d)
                    for i, f, d in zip(cand.tolist(), frac.tolist(), dist.tolist(), strict=True)]

    def _inside_measure(self, geoms: np.ndarray, dims: np.ndarray) -> np.ndarray:
        """Area, length or number of points of each geometry inside the boundary."""
        pieces = np.empty(len(geoms), dtype=object)
        for k, (x0, y0, x1, y1) in enumerate(shapely.bounds(geoms).tolist()):
            pieces[k] = shapely.clip_by_rect(self.geometry, x0 - 1, y0 - 1, x1 + 1, y1 + 1)
        try:
            return measure(shapely.intersection(geoms, pieces), dims)
        except shapely.errors.GEOSException:  # a clipped piece with touching rings: one by one
            return np.array([_safe_inside(g, self.geometry, d, b) for g, d, b in
                             zip(geoms, dims, shapely.bounds(geoms), strict=True)])

    #: The inside/outside grid has at most about this many cells.
    GRID_CELLS = 50_000

    def _build_grid(self) -> None:
        """Square cells over the boundary's envelope: 0 outside, 1 inside, 2 on the border.

        A cell whose envelope meets no edge's envelope has no border running
        through it, so its centre tells whether all of it is inside.
        """
        x0, y0, x1, y1 = shapely.bounds(self.geometry)
        size = max(25.0, math.sqrt(max((x1 - x0) * (y1 - y0), 1.0) / self.GRID_CELLS))
        nx, ny = int((x1 - x0) // size) + 1, int((y1 - y0) // size) + 1
        ix, iy = np.meshgrid(np.arange(nx), np.arange(ny))
        ix, iy = ix.ravel(), iy.ravel()
        cx0, cy0 = x0 + ix * size, y0 + iy * size
        border = np.zeros(nx * ny, dtype=bool)
        border[self._edge_tree().query(shapely.box(cx0, cy0, cx0 + size, cy0 + size))[0]] = True
        inside = shapely.contains_xy(self.geometry, cx0 + size / 2, cy0 + size / 2)
        status = np.where(border, 2, np.where(inside, 1, 0)).astype(np.int8)
        self._grid = (x0, y0, size, nx, ny, status.reshape(ny, nx))

    def _grid_lookup(self, bounds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(decided, inside)`` per envelope from the grid alone (no geometry work).

        Decided are envelopes spanning at most 2 × 2 cells that are all inside
        or all outside, and envelopes reaching beyond the boundary's own.
        """
        x0, y0, size, nx, ny, status = self._grid
        with np.errstate(invalid="ignore"):
            ix0 = np.floor((bounds[:, 0] - x0) / size)
            iy0 = np.floor((bounds[:, 1] - y0) / size)
            ix1 = np.floor((bounds[:, 2] - x0) / size)
            iy1 = np.floor((bounds[:, 3] - y0) / size)
        beyond = (ix0 < 0) | (iy0 < 0) | (ix1 >= nx) | (iy1 >= ny)
        small = ~beyond & (ix1 - ix0 <= 1) & (iy1 - iy0 <= 1)
        decided = beyond.copy()
        inside = np.zeros(len(bounds), dtype=bool)
        k = np.flatnonzero(small)
        a, b = ix0[k].astype(np.intp), ix1[k].astype(np.intp)
        c, d = iy0[k].astype(np.intp), iy1[k].astype(np.intp)
        corners = np.stack([status[c, a], status[c, b], status[d, a], status[d, b]])
        all_in = (corners == 1).all(axis=0)
        all_out = (corners == 0).all(axis=0)
        decided[k] = all_in | all_out
        inside[k] = all_in
        return decided, inside

    def _edge_tree(self) -> shapely.STRtree:
        """An STRtree of the boundary's edges (one segment each), built on first use."""
        if self._edges is None:
            rings = shapely.get_rings(shapely.get_parts(self.geometry))
            coords, idx = shapely.get_coordinates(rings, return_index=True)
            same = idx[:-1] == idx[1:]
            self._segments = np.stack([coords[:-1][same], coords[1:][same]], axis=1)
            self._edges = shapely.STRtree(shapely.linestrings(self._segments))
        return self._edges

    #: Vertices are matched with the boundary edges within this distance (m) in numpy;
    #: farther ones (features far outside) fall back to a plain GEOS distance.
    NEAR_M = 50.0

    def _max_vertex_distance(self, geoms: np.ndarray) -> np.ndarray:
        """Per geometry, the largest distance of a vertex from the boundary polygon.

        A gemeente has thousands of edges: the STRtree of edges picks the few
        near each vertex (envelopes only) and numpy measures point-to-segment
        distances; GEOS's nearest-neighbour search is far slower here.
        """
        coords, idx = shapely.get_coordinates(geoms, return_index=True)
        out = np.zeros(len(geoms))
        if not len(coords):
            return out
        outside = ~shapely.intersects_xy(self.geometry, coords[:, 0], coords[:, 1])
        if not outside.any():
            return out
        xy, owner = coords[outside], idx[outside]
        r = self.NEAR_M
        boxes = shapely.box(xy[:, 0] - r, xy[:, 1] - r, xy[:, 0] + r, xy[:, 1] + r)
        pi, si = self._edge_tree().query(boxes)
        a, b = self._segments[si, 0], self._segments[si, 1]
        ab = b - a
        p = xy[pi]
        t = np.clip(np.einsum("ij,ij->i", p - a, ab) / np.maximum(np.einsum("ij,ij->i", ab, ab), 1e-300), 0, 1)
        d = np.hypot(*(p - (a + t[:, None] * ab)).T)
        nearest = np.full(len(xy), np.inf)
        np.minimum.at(nearest, pi, d)
        far = ~np.isfinite(nearest) | (nearest > r)
        if far.any():
            nearest[far] = shapely.distance(shapely.points(xy[far]), self.geometry)
        np.maximum.at(out, owner, nearest)
        return out


def _safe_inside(geom: BaseGeometry, boundary: BaseGeometry, d: int, bounds) -> float:
    """The measure of ``geom`` inside ``boundary`` (clipped to ``geom``'s envelope first)."""
    x0, y0, x1, y1 = bounds
    try:
        piece = shapely.clip_by_rect(boundary, x0 - 1, y0 - 1, x1 + 1, y1 + 1)
        try:
            inter = shapely.intersection(geom, piece)
        except shapely.errors.GEOSException:  # clipping may leave touching rings
            inter = shapely.intersection(geom, shapely.make_valid(piece))
    except shapely.errors.GEOSException:
        return 0.0
    return float(measure(np.array([inter], dtype=object), np.array([d]))[0])
