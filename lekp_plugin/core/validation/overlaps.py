"""Overlaps (LEKP-O001) and duplicates (LEKP-O002) through an STRtree.

Owns the pairing of features that may be counted twice: within one batch,
and between a batch and a reference set (the registry's features for the
gemeente, other sources' registrations) held in a :class:`PairIndex` that can
be built once and reused for many validations (live validation while
digitizing).

Two features are compared when they have the same ``categorie`` and the same
``aard`` (a removal overlapping the planting it undoes is not double
counting).  They *overlap* when their interiors share more than
:data:`OVERLAP_MIN` (0.1 m² for areas, 0.1 m for lines, one point for
points) — hairline slivers from digitizing next to each other are not
reported.  They are *duplicates* when, in addition, their geometries have an
intersection over union of at least :data:`DUPLICATE_IOU` (0.9) and both
their dates (uitvoeringsdatum and geplande_datum) are equal; a duplicate is
reported instead of the overlap.  Features of different dimension (a tree
point inside a tree polygon) can overlap but are never duplicates.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import shapely

from .geometry import _threaded, measure

#: Intersection over union from which two features are duplicates.
DUPLICATE_IOU = 0.9
#: Smallest shared measure (m², m, points) reported as an overlap, per dimension.
OVERLAP_MIN = {2: 0.1, 1: 0.1, 0: 0.5}
_EPS = 1e-9


@dataclass
class PairIndex:
    """Comparable facts about a set of features, with an STRtree over them.

    Arrays cover only the usable features (``rows`` gives their position in
    the original set).  ``group`` combines categorie and aard into one
    integer (-1: not comparable); ``dates`` holds two date ordinals per row.
    """

    ids: np.ndarray
    rows: np.ndarray
    work: np.ndarray
    dim: np.ndarray
    group: np.ndarray
    dates: np.ndarray
    size: np.ndarray
    tree: shapely.STRtree
    #: (xmin, ymin, xmax, ymax) of each working geometry
    bounds: np.ndarray

    @classmethod
    def build(cls, ids, rows, work, dim, group, dates) -> PairIndex:
        keep = group >= 0
        rows, work, dim, group, dates = rows[keep], work[keep], dim[keep], group[keep], dates[keep]
        ids = np.asarray(ids, dtype=object)[keep]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            size = measure(work, dim)
        return cls(ids, rows, work, dim, group, dates, size, shapely.STRtree(work), shapely.bounds(work))

    def single(self, positions: np.ndarray) -> np.ndarray:
        """``work`` at ``positions`` with one-part multi-geometries as their single part: the same
        point set, but GEOS tests a Polygon much faster (it knows rectangles, for one)."""
        return _single_parts(self.work[positions])

    def rings(self, positions: np.ndarray) -> tuple[Rings, np.ndarray]:
        """The :class:`Rings` of the features at ``positions`` and where each position's ring is."""
        needed = np.unique(positions)
        return Rings.of(self.single(needed), self.dim[needed]), np.searchsorted(needed, positions)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass
class Pair:
    """Positions in the left and right :class:`PairIndex` (not original rows)."""

    left: int
    right: int
    duplicate: bool
    overlap: float
    iou: float
    dim: int


def find_pairs(left: PairIndex, right: PairIndex | None = None,
               exclude: frozenset[str] | set[str] = frozenset()) -> list[Pair]:
    """Overlapping and duplicate pairs as :class:`Pair` objects (see :func:`pair_lists`)."""
    return [Pair(*values) for values in zip(*pair_lists(left, right, exclude), strict=True)]


def pair_lists(left: PairIndex, right: PairIndex | None = None,
               exclude: frozenset[str] | set[str] = frozenset()) -> tuple[list, ...]:
    """Overlapping and duplicate pairs as six lists: positions in ``left`` and ``right``,
    duplicate or not, the shared measure, intersection over union, dimension (a :class:`Pair` each).

    Without ``right`` the index is paired with itself and each pair appears
    once (left < right).  ``right`` features whose id is in ``exclude`` are
    skipped (stored copies of the features being validated).
    """
    other = left if right is None else right
    if not len(left) or not len(other):
        return [], [], [], [], [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        # envelopes first (cheap), then the exact predicate on the few same-group candidates
        a, b = other.tree.query(left.work)
        keep = left.group[a] == other.group[b]
        if right is None:
            keep &= a < b
        else:
            keep &= left.ids[a] != other.ids[b]
        a, b = a[keep], b[keep]
        if exclude and len(b):
            out = np.fromiter((i in exclude for i in other.ids[b]), dtype=bool, count=len(b))
            a, b = a[~out], b[~out]
        da, db = left.dim[a], other.dim[b]
        # two areas whose boxes share no more than OVERLAP_MIN m² cannot share more (cheap, no GEOS)
        both2 = (da == 2) & (db == 2)
        if both2.any():
            lb, rb = left.bounds[a], other.bounds[b]
            w = np.minimum(lb[:, 2], rb[:, 2]) - np.maximum(lb[:, 0], rb[:, 0])
            h = np.minimum(lb[:, 3], rb[:, 3]) - np.maximum(lb[:, 1], rb[:, 1])
            small = both2 & (np.maximum(w, 0) * np.maximum(h, 0) <= OVERLAP_MIN[2])
            a, b, da, db = a[~small], b[~small], da[~small], db[~small]
        # two polygons without holes of which one is convex: their shared area in numpy (see
        # clip_areas); the other pairs through GEOS (intersects, then the intersection measured)
        shared = np.full(len(a), np.nan)
        both2 = (da == 2) & (db == 2)
        if both2.any() and NUMPY_AREAS:
            pa, pb = a[both2], b[both2]
            if other is left:  # one set of rings, only for the features in a pair
                rings, at = left.rings(np.concatenate([pa, pb]))
                shared[both2] = clip_areas(rings, at[:len(pa)], rings, at[len(pa):])
            else:
                (lr, la), (rr, rb) = left.rings(pa), other.rings(pb)
                shared[both2] = clip_areas(lr, la, rr, rb)
        geos = np.flatnonzero(np.isnan(shared))
        if len(geos):
            hit = geos[_threaded(shapely.intersects, left.single(a[geos]), other.single(b[geos]))]
            shared[geos] = 0.0
            if len(hit):
                inter = _intersection(left.work[a[hit]], other.work[b[hit]])
                shared[hit] = _threaded(measure, inter, np.minimum(da[hit], db[hit]))
        d = np.minimum(da, db)
        overlap = shared > np.array([OVERLAP_MIN[int(x)] for x in (0, 1, 2)])[d]
        if not overlap.any():
            return [], [], [], [], [], []
        union = left.size[a] + other.size[b] - shared
        iou = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
        iou[da != db] = 0.0
        same_dates = (left.dates[a] == other.dates[b]).all(axis=1)
        dup = overlap & same_dates & (iou >= DUPLICATE_IOU - _EPS)
    # plain Python values (int, bool, float), as Pair holds them
    return (a[overlap].tolist(), b[overlap].tolist(), dup[overlap].tolist(), shared[overlap].tolist(),
            iou[overlap].tolist(), d[overlap].tolist())


#: Shared areas of simple polygon pairs in numpy (:func:`clip_areas`); False: all through GEOS.
NUMPY_AREAS = True
#: Rings with more vertices than this go through GEOS (the numpy clip pads every ring of a
#: batch of pairs to the longest one).
CLIP_MAX_VERTICES = 64


@dataclass
class Rings:
    """Outer rings of the polygons without holes (at most :data:`CLIP_MAX_VERTICES` vertices).

    Flat, without the closing vertex: ring ``k`` is ``xy[start[k]:start[k] + count[k]]``
    (``count`` 0: no ring here, GEOS decides), counter-clockwise; ``convex`` where
    no vertex turns right.
    """

    xy: np.ndarray
    start: np.ndarray
    count: np.ndarray
    convex: np.ndarray

    @classmethod
    def of(cls, single: np.ndarray, dim: np.ndarray) -> Rings:
        n = len(single)
        start = np.zeros(n, dtype=np.int64)
        count = np.zeros(n, dtype=np.int64)
        convex = np.zeros(n, dtype=bool)
        empty = cls(np.zeros((0, 2)), start, count, convex)
        if not n:
            return empty
        cand = np.flatnonzero((dim == 2) & (shapely.get_type_id(single) == 3))
        if len(cand):
            cand = cand[shapely.get_num_interior_rings(single[cand]) == 0]
        if not len(cand):
            return empty
        polys = single[cand]  # without holes: their coordinates are the outer ring's
        closed = shapely.get_num_coordinates(polys)
        ok = (closed >= 4) & (closed - 1 <= CLIP_MAX_VERTICES)
        cand, polys, closed = cand[ok], polys[ok], closed[ok]
        if not len(cand):
            return empty
        coords = shapely.get_coordinates(polys)
        first = np.concatenate([[0], np.cumsum(closed)[:-1]])
        m = closed - 1  # without the closing vertex
        rid = np.repeat(np.arange(len(cand)), m)
        local = np.arange(len(rid)) - np.repeat(np.cumsum(m) - m, m)
        xy = coords[first[rid] + local]
        # orientation and convexity, relative to each ring's first vertex (small numbers)
        rel = xy - xy[np.repeat(np.cumsum(m) - m, m)]
        nxt = np.where(local == m[rid] - 1, np.arange(len(rid)) - local, np.arange(len(rid)) + 1)
        prv = np.where(local == 0, np.arange(len(rid)) + m[rid] - 1, np.arange(len(rid)) - 1)
        twice = np.bincount(rid, weights=rel[:, 0] * rel[nxt, 1] - rel[nxt, 0] * rel[:, 1], minlength=len(cand))
        ccw = twice > 0
        # reverse clockwise rings: vertex i of a ring of m becomes vertex (m - i) % m
        flip = ~ccw[rid]
        src = np.where(flip, np.arange(len(rid)) - local + (m[rid] - local) % m[rid], np.arange(len(rid)))
        xy = xy[src]
        rel = rel[src]
        e1 = rel - rel[prv]
        e2 = rel[nxt] - rel
        turn = e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0]
        right = np.bincount(rid, weights=turn < 0, minlength=len(cand))
        start[cand] = np.cumsum(m) - m
        count[cand] = np.where(twice != 0, m, 0)  # a ring without area: GEOS decides
        convex[cand] = (right == 0) & (twice != 0)
        return cls(xy, start, count, convex)


def clip_areas(left: Rings, a: np.ndarray, right: Rings, b: np.ndarray) -> np.ndarray:
    """Area shared by polygon ``left[a[k]]`` and ``right[b[k]]``; NaN where GEOS must say.

    For pairs of polygons without holes of which at least one is convex:
    the other is clipped by the convex one (Sutherland–Hodgman, vectorised
    over the pairs; exact for a simple subject polygon and a convex clip
    polygon) and its area taken with the shoelace formula, in coordinates
    relative to the subject's first vertex.  The result equals GEOS's
    ``area(intersection(…))`` to rounding (about 1e-12 m² at Lambert 72
    coordinates; tests/core/test_validation_clip.py).
    """
    out = np.full(len(a), np.nan)
    if not len(a):
        return out
    na, nb = left.count[a], right.count[b]
    clip_b = (nb > 0) & (na > 0) & right.convex[b]
    clip_a = (nb > 0) & (na > 0) & ~clip_b & left.convex[a]
    for sel, (subj, si, clip, ci) in ((clip_b, (left, a, right, b)), (clip_a, (right, b, left, a))):
        k = np.flatnonzero(sel)
        if len(k):
            out[k] = _clip(subj, si[k], clip, ci[k])
    return out


def _gather(rings: Rings, idx: np.ndarray, origin: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Padded ``(pairs, most vertices, 2)`` rings relative to ``origin``, and their counts."""
    count = rings.count[idx]
    width = int(count.max())
    pos = np.minimum(np.arange(width)[None, :], count[:, None] - 1) + rings.start[idx][:, None]
    return rings.xy[pos] - origin[:, None, :], count


def _clip(subj: Rings, si: np.ndarray, clip: Rings, ci: np.ndarray) -> np.ndarray:
    origin = subj.xy[subj.start[si]]
    poly, c = _gather(subj, si, origin)
    edges, nc = _gather(clip, ci, origin)
    rows = np.arange(len(si))
    for j in range(edges.shape[1]):
        live = j < nc
        if not live.any():
            break
        e0 = edges[:, j]
        e1 = edges[rows, np.where(j + 1 < nc, j + 1, 0)]
        width = poly.shape[1]
        idx = np.arange(width)[None, :]
        valid = idx < c[:, None]
        d = e1 - e0
        side = d[:, None, 0] * (poly[:, :, 1] - e0[:, None, 1]) - d[:, None, 1] * (poly[:, :, 0] - e0[:, None, 0])
        inside = (side >= 0) | ~live[:, None]
        prev_idx = np.where(idx == 0, c[:, None] - 1, idx - 1)
        prev = np.take_along_axis(poly, prev_idx[:, :, None], axis=1)
        prev_side = np.take_along_axis(side, prev_idx, axis=1)
        prev_inside = np.take_along_axis(inside, prev_idx, axis=1)
        cross = valid & (inside != prev_inside)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(cross, prev_side / (prev_side - side), 0.0)
        point = prev + t[:, :, None] * (poly - prev)
        cand = np.empty((len(si), 2 * width, 2))
        cand[:, 0::2] = point
        cand[:, 1::2] = poly
        keep = np.empty((len(si), 2 * width), dtype=bool)
        keep[:, 0::2] = cross
        keep[:, 1::2] = valid & inside
        order = np.argsort(~keep, axis=1, kind="stable")
        c = keep.sum(axis=1)
        most = max(int(c.max()), 1)
        poly = np.take_along_axis(cand, order[:, :most, None], axis=1)
    width = poly.shape[1]
    idx = np.arange(width)[None, :]
    nxt = np.where(idx + 1 < c[:, None], idx + 1, 0)
    following = np.take_along_axis(poly, nxt[:, :, None], axis=1)
    terms = poly[:, :, 0] * following[:, :, 1] - following[:, :, 0] * poly[:, :, 1]
    terms[idx >= c[:, None]] = 0.0
    return np.abs(terms.sum(axis=1)) / 2.0


def _single_parts(work: np.ndarray) -> np.ndarray:
    """``work`` with each one-part MultiPoint/MultiLineString/MultiPolygon replaced by its part."""
    out = work.copy()
    if len(work):
        multi = np.isin(shapely.get_type_id(work), (4, 5, 6)) & (shapely.get_num_geometries(work) == 1)
        if multi.any():
            out[multi] = shapely.get_geometry(work[multi], 0)
    return out


def _intersection(ga: np.ndarray, gb: np.ndarray) -> np.ndarray:
    try:
        return _threaded(shapely.intersection, ga, gb)
    except shapely.errors.GEOSException:
        out = np.empty(len(ga), dtype=object)
        for k, (x, y) in enumerate(zip(ga, gb, strict=True)):
            try:
                out[k] = shapely.intersection(x, y)
            except shapely.errors.GEOSException:
                out[k] = shapely.Point()
        return out
