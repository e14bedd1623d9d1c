"""A point's aggregate contribution is classified once per kind of point feature (the write path's cache).

``aggregates.contribution`` keeps the contribution of point features by
their counted properties: a point counts the same wherever it lies.  These
tests hold that assumption against the core's counting rules for every
category, and the cache to the uncached classification.
"""

from __future__ import annotations

import itertools

import shapely

from lekp_plugin.core.catalogue import PARAMETERS
from lekp_registry import aggregates


def _props(categorie: str, **extra) -> dict:
    return {"gemeente_nis": "41027", "categorie": categorie, "aard": "aanleg", "hoeveelheid": 3.0,
            "status": "uitgevoerd", "uitvoeringsdatum": "2024-05-01", "opgelegd": False, **extra}


def test_a_point_counts_the_same_wherever_it_lies_in_every_category():
    here, there = shapely.to_wkb(shapely.Point(116700.0, 173200.0)), shapely.to_wkb(shapely.Point(99489.5, 184863.25))
    for categorie in PARAMETERS:
        for extra in ({}, {"aard": "verwijdering"}, {"status": "gepland", "geplande_datum": "2027-01-01"},
                      {"gegroepeerd": True}, {"opgelegd": True}, {"hoeveelheid": 12.5}):
            props = _props(categorie, **extra)
            assert aggregates._contribution(props, here) == aggregates._contribution(props, there), (categorie, extra)


def test_cached_point_contributions_equal_the_classification():
    aggregates._POINTS.clear()
    wkb = shapely.to_wkb(shapely.Point(116700.0, 173200.0))
    values = {"hoeveelheid": (1, 1.0, True, "1", None), "opgelegd": (False, True, 1, "ja"),
              "status": ("uitgevoerd", "gepland"), "gemeente_nis": ("41027", "41011")}
    for categorie in PARAMETERS:
        for combo in itertools.product(*values.values()):
            props = _props(categorie, **dict(zip(values, combo, strict=True)))
            first = aggregates.contribution(props, wkb)
            again = aggregates.contribution(dict(props), wkb)  # from the cache
            assert first == again == aggregates._contribution(props, wkb), (categorie, combo)
    assert aggregates._POINTS
    # an unhashable value is classified, not cached
    odd = _props("boom", hoeveelheid=[1])
    assert aggregates.contribution(odd, wkb) == aggregates._contribution(odd, wkb)
    # other geometries are classified each time
    line = shapely.to_wkb(shapely.LineString([(116700, 173200), (116750, 173200)]))
    assert aggregates.contribution(_props("haag"), line) == aggregates._contribution(_props("haag"), line)
