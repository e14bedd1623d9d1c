"""The counting rules of SPEC §2, in the core."""

import pytest
from shapely import LineString, MultiPoint, MultiPolygon, Point, box

from lekp_plugin.core import progress as P


def feat(categorie, hoeveelheid=1, geometry=None, **props):
    base = {"categorie": categorie, "hoeveelheid": hoeveelheid, "status": "uitgevoerd",
            "uitvoeringsdatum": "2024-05-01", "aard": "aanleg", "opgelegd": False}
    return {"properties": {**base, **props}, "geometry": geometry}


@pytest.mark.parametrize(("categorie", "hoeveelheid", "geometry", "expected"), [
    ("boom", 99, MultiPoint([(0, 0), (1, 1), (2, 2)]), 3.0),        # points count, entered ignored
    ("boom", 12, box(0, 0, 10, 10), 12.0),                          # polygon: entered
    ("haag", 999, LineString([(0, 0), (30, 40)]), 50.0),            # line: its length
    ("geveltuin", 4, Point(0, 0), 4.0),                             # point geveltuin: entered
    # parts of 10, 9 and 10.5 m²: two count
    ("natuurgroenperk", 5, MultiPolygon([box(0, 0, 5, 2), box(10, 10, 13, 13), box(20, 20, 23, 23.5)]), 2.0),
    ("ontharding", 80, box(0, 0, 10, 10), 80.0),                    # partial permeability
    ("ontharding", 150, box(0, 0, 10, 10), 100.0),                  # capped by the area
    ("hemelwater_buffer", 7.5, Point(0, 0), 7.5),
    ("hemelwater_buffer", "7,5", Point(0, 0), 0.0),                 # text is not a quantity
])
def test_counted_quantity(categorie, hoeveelheid, geometry, expected):
    assert P.counted_quantity(categorie, hoeveelheid, geometry) == pytest.approx(expected)


def test_natuurgroenperk_part_of_exactly_10_m2_counts():
    assert P.counted_quantity("natuurgroenperk", 1, box(0, 0, 5, 2)) == 1.0
    assert P.counted_quantity("natuurgroenperk", 1, box(0, 0, 5, 1.99)) == 0.0


def test_counting_rules():
    features = [
        feat("boom", geometry=MultiPoint([(0, 0), (5, 5)])),                          # +2 realised
        feat("boom", geometry=Point(9, 9), aard="verwijdering"),                      # -1 net growth
        feat("boom", geometry=Point(1, 9), opgelegd=True),                            # apart
        feat("boom", geometry=Point(2, 9), status="gepland", uitvoeringsdatum=None),  # forecast
        feat("boom", geometry=Point(3, 9), uitvoeringsdatum="2020-12-31"),            # before the pact
        feat("boom", geometry=Point(4, 9), uitvoeringsdatum="2021-01-01"),            # first day counts
        feat("boom", geometry=Point(5, 9), uitvoeringsdatum="2030-12-31"),            # last day counts
        feat("boom", geometry=Point(6, 9), uitvoeringsdatum="2031-01-01"),            # after
        feat("struik", geometry=Point(7, 9)),                                        # unknown: skipped
    ]
    result = P.progress(features, inwoners=18_407)
    bomen = result.totals["bomen"]
    assert (bomen.gerealiseerd, bomen.opgelegd, bomen.gepland, bomen.buiten_periode) == (3.0, 1.0, 1.0, 2.0)
    assert result.counted_features == 8
    assert result.targets["bomen"].exact == 18_407
    assert result.percentage("bomen") == pytest.approx(100 * 3 / 18_407)
    assert P.progress(features).percentage("bomen") is None


def test_old_nis_codes_count_for_the_merged_gemeente():
    assert P.belongs_to("73110", "73006") and P.belongs_to("73110", "73110")
    assert not P.belongs_to("73110", "71011") and not P.belongs_to("73110", None)
