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
    #: ``work`` with one-part multi-geometries as their single part, for ``intersects``: the
    #: same point set, but GEOS tests a Polygon much faster (it knows rectangles, for one)
    single: np.ndarray

    @classmethod
    def build(cls, ids, rows, work, dim, group, dates) -> PairIndex:
        keep = group >= 0
        rows, work, dim, group, dates = rows[keep], work[keep], dim[keep], group[keep], dates[keep]
        ids = np.asarray(ids, dtype=object)[keep]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            size = measure(work, dim)
        return cls(ids, rows, work, dim, group, dates, size, shapely.STRtree(work), shapely.bounds(work),
                   _single_parts(work))

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
        hit = _threaded(shapely.intersects, left.single[a], other.single[b])
        a, b, da, db = a[hit], b[hit], da[hit], db[hit]
        if not len(a):
            return [], [], [], [], [], []
        ga, gb = left.work[a], other.work[b]
        inter = _intersection(ga, gb)
        d = np.minimum(da, db)
        shared = _threaded(measure, inter, d)
        overlap = shared > np.array([OVERLAP_MIN[int(x)] for x in (0, 1, 2)])[d]
        union = left.size[a] + other.size[b] - shared
        iou = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
        iou[da != db] = 0.0
        same_dates = (left.dates[a] == other.dates[b]).all(axis=1)
        dup = overlap & same_dates & (iou >= DUPLICATE_IOU - _EPS)
    # plain Python values (int, bool, float), as Pair holds them
    return (a[overlap].tolist(), b[overlap].tolist(), dup[overlap].tolist(), shared[overlap].tolist(),
            iou[overlap].tolist(), d[overlap].tolist())


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
