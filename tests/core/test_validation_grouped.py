"""Grouped (whole-territory) entries, SPEC §2: the entered quantity counts, the geometry only says where.

No rule compares the quantity with the geometry and no overlap or duplicate
check applies; everything else (fields, dates, geometry validity) still does.
"""

from __future__ import annotations

import pytest

from lekp_plugin.core.validation import validate_features

from .conftest import TODAY, box, feature


def codes(*features):
    return sorted((f.feature_id, f.code) for f in validate_features(list(features), today=TODAY))


def district(fid, **props):
    """A 2 km × 2 km district with one natuurgroenperk campaign of 40 perken entered."""
    props.setdefault("categorie", "natuurgroenperk")
    props.setdefault("hoeveelheid", 40)
    return feature(fid, geometry=box(0, 0, 2000, 2000), **props)


def test_a_grouped_quantity_is_not_compared_with_its_geometry():
    # one polygon part cannot hold 40 perken: A002 for an ordinary feature ...
    assert ("g1", "LEKP-A002") in codes(district("g1"))
    # ... but a grouped entry counts what was entered
    assert codes(district("g1", gegroepeerd=True)) == []


def test_grouped_trees_over_a_small_area_are_not_implausibly_dense():
    tree = feature("t1", geometry=box(0, 0, 10, 10), categorie="boom", hoeveelheid=500)
    assert ("t1", "LEKP-A003") in codes(tree)
    tree["properties"]["gegroepeerd"] = 1
    assert codes(tree) == []


def test_grouped_entries_take_part_in_no_overlap_or_duplicate_check():
    # two campaigns over the same district, and an ordinary perk inside it
    perk = feature("p1", geometry=box(10, 10, 20, 20), categorie="natuurgroenperk", hoeveelheid=1)
    found = codes(district("g1", gegroepeerd=True), district("g2", gegroepeerd=True), perk)
    assert not [c for _, c in found if c in ("LEKP-O001", "LEKP-O002")], found
    # the same two campaigns not grouped are duplicates of each other
    found = codes(district("g1", hoeveelheid=1), district("g2", hoeveelheid=1))
    assert ("g1", "LEKP-O002") in found and ("g2", "LEKP-O002") in found


@pytest.mark.parametrize("value", ["misschien", 7])
def test_an_unreadable_gegroepeerd_is_f002(value):
    found = validate_features([district("g1", gegroepeerd=value)], today=TODAY)
    f002 = [f for f in found if f.code == "LEKP-F002"]
    assert len(f002) == 1 and f002[0].params["field"] == "gegroepeerd"


def test_other_rules_still_apply_to_a_grouped_entry():
    found = codes(district("g1", gegroepeerd=True, uitvoeringsdatum="2019-06-01"))
    assert ("g1", "LEKP-D002") in found
