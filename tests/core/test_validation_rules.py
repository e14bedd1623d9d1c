"""Every code of SPEC §4, firing and not firing, at the edges."""

from __future__ import annotations

import datetime as dt
import decimal
import warnings

import numpy as np
import pytest
import shapely

from lekp_plugin.core.validation import Severity, validate_features

from .conftest import TODAY, X0, Y0, box, feature


def run(*features, **kwargs):
    kwargs.setdefault("today", TODAY)
    return validate_features(list(features), **kwargs)


def codes_of(findings, fid=None):
    return [f.code for f in findings if fid is None or f.feature_id == fid]


def only(findings, code):
    found = [f for f in findings if f.code == code]
    assert len(found) == 1, findings
    return found[0]


def fires(code, *features, **kwargs):
    return code in codes_of(run(*features, **kwargs))


def line(*xy):
    return shapely.LineString([(X0 + x, Y0 + y) for x, y in xy])


def pt(x=0.0, y=0.0):
    return shapely.Point(X0 + x, Y0 + y)


# -- LEKP-F001 / F002 ------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["gemeente_nis", "projectnaam", "categorie", "status"])
@pytest.mark.parametrize("value", [None, "", "   ", float("nan")])
def test_f001_required_field_missing(field, value):
    f = only(run(feature(**{field: value})), "LEKP-F001")
    assert f.params == {"field": field} and f.severity is Severity.ERROR


def test_f001_missing_id():
    f = feature(fid=None)
    assert only(run(f), "LEKP-F001").params == {"field": "id"}
    f["properties"]["id"] = "from-properties"
    assert run(f) == []


@pytest.mark.parametrize("field", ["aard", "opgelegd", "bron", "domein", "geplande_datum"])
def test_f001_not_for_fields_with_default_or_optional(field):
    assert run(feature(**{field: None})) == []


@pytest.mark.parametrize(("field", "value"), [
    ("categorie", "Boom"), ("categorie", "boom "), ("categorie", "bomen"), ("categorie", 3),
    ("aard", "weg"), ("status", "klaar"), ("domein", "gemeentelijk"), ("bron", "dxf"),
    ("opgelegd", "misschien"), ("gemeente_nis", "4102"), ("gemeente_nis", "41O27"),
])
def test_f002_unknown_value(field, value):
    f = only(run(feature(**{field: value})), "LEKP-F002")
    assert f.params["field"] == field and f.params["value"] == value
    assert str(value) in f.message() and str(value) in f.message("en")


@pytest.mark.parametrize(("field", "value"), [
    ("aard", "verwijdering"), ("status", "gepland"), ("domein", "privaat"), ("bron", "veld"),
    ("opgelegd", "false"), ("opgelegd", 0), ("gemeente_nis", 41027),
])
def test_f002_known_values(field, value):
    assert "LEKP-F002" not in codes_of(run(feature(**{field: value})))


# -- LEKP-G001 / G002 / G003 / G004 ----------------------------------------------------------

@pytest.mark.parametrize(("geometry", "reason"), [
    (None, "missing"), (shapely.Polygon(), "empty"), (shapely.Point(), "empty"),
    (shapely.GeometryCollection(), "empty"), (shapely.MultiPolygon(), "empty"),
])
def test_g001_missing_or_empty(geometry, reason):
    fs = run(feature(geometry=geometry))
    assert codes_of(fs) == ["LEKP-G001"]
    assert fs[0].params == {"reason": reason}


def test_g002_bowtie_with_reason_and_polygonal_repair():
    bowtie = shapely.Polygon([(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10)])
    f = only(run(feature(geometry=bowtie, hoeveelheid=40)), "LEKP-G002")
    assert f.params["reason"].startswith("Self-intersection")
    assert f.repaired is not None and f.repaired.is_valid
    assert f.repaired.geom_type == "MultiPolygon" and f.repaired.area == pytest.approx(50)
    assert "Self-intersection" in f.message()


def test_g002_repair_of_a_hedge_bowtie_is_two_polygons_which_a_hedge_may_not_be():
    bowtie = shapely.Polygon([(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10)])
    f = only(run(feature(geometry=bowtie, categorie="haag", hoeveelheid=10)), "LEKP-G002")
    assert f.params["repair_allowed"] is False and f.repaired.geom_type == "MultiPolygon"
    assert "splits" in f.message() and "split" in f.message("en")


def test_g002_repair_keeps_polygons_for_a_polygon_with_a_dangling_spike():
    spike = shapely.Polygon([(X0, Y0), (X0 + 10, Y0), (X0 + 10, Y0 + 10), (X0 + 20, Y0 + 10),
                             (X0 + 10, Y0 + 10), (X0, Y0 + 10)])
    f = only(run(feature(geometry=spike, hoeveelheid=50)), "LEKP-G002")
    assert f.repaired.geom_type == "Polygon" and f.repaired.area == pytest.approx(100)


def test_g002_nan_ordinate_is_repaired_without_the_nan_vertex():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # shapely warns about the NaN it builds
        g = shapely.from_wkt(f"POLYGON (({X0} {Y0}, {X0 + 10} NaN, {X0 + 10} {Y0}, {X0 + 10} {Y0 + 10}, "
                             f"{X0} {Y0 + 10}, {X0} {Y0}))")
    f = only(run(feature(geometry=g)), "LEKP-G002")
    assert "Invalid Coordinate" in f.params["reason"]
    assert f.repaired.is_valid and f.repaired.area == pytest.approx(100)


def test_g002_line_that_cannot_be_repaired_as_a_line():
    g = line((0, 0), (0, 0))
    f = only(run(feature(geometry=g, categorie="haag", hoeveelheid=1)), "LEKP-G002")
    assert f.params["repairable"] is False and f.repaired is None
    assert "opnieuw" in f.message()


def test_g002_not_for_valid_geometry():
    assert not fires("LEKP-G002", feature())


@pytest.mark.parametrize(("categorie", "geometry"), [
    ("ontharding", pt()),
    ("natuurgroenperk", line((0, 0), (10, 0))),
    ("haag", shapely.MultiPolygon([box(), box(20)])),
    ("hemelwater_buffer", shapely.MultiPoint([pt(), pt(5)])),
    ("boom", line((0, 0), (10, 0))),
    ("ontharding", shapely.GeometryCollection([box(), pt(50)])),
])
def test_g003_type_not_allowed(categorie, geometry):
    f = only(run(feature(geometry=geometry, categorie=categorie, hoeveelheid=1)), "LEKP-G003")
    assert f.params["categorie"] == categorie and f.params["geometry_type"] == geometry.geom_type


@pytest.mark.parametrize(("categorie", "geometry"), [
    ("haag", shapely.MultiPolygon([box()])),  # one-part multi where the single type is allowed
    ("haag", box()), ("geveltuin", pt()), ("boom", shapely.MultiPoint([pt(), pt(5)])),
    ("hemelwater_infiltratie", line((0, 0), (10, 0))), ("hemelwater_hergebruik", pt()),
    ("hemelwater_hergebruik", shapely.MultiPoint([pt()])),
])
def test_g003_allowed_types(categorie, geometry):
    assert not fires("LEKP-G003", feature(geometry=geometry, categorie=categorie, hoeveelheid=1))


def test_g004_degrees_suggest_wrong_crs():
    f = only(run(feature(geometry=shapely.box(3.9, 50.8, 3.91, 50.81))), "LEKP-G004")
    assert f.params["likely_degrees"] is True
    assert "graden" in f.message() and "degrees" in f.message("en")


def test_g004_lambert_coordinates_outside_flanders():
    f = only(run(feature(geometry=shapely.box(200_000, 100_000, 200_010, 100_010))), "LEKP-G004")
    assert f.params["likely_degrees"] is False and f.params["ymin"] == 100_000


def test_g004_one_stray_vertex_is_enough():
    g = shapely.Polygon([(X0, Y0), (X0 + 10, Y0), (X0 + 10, 10), (X0, Y0)])
    assert fires("LEKP-G004", feature(geometry=g))


def test_g004_not_inside_flanders():
    assert not fires("LEKP-G004", feature(geometry=shapely.box(22_500, 200_000, 22_600, 200_100)))


# -- LEKP-G005 -------------------------------------------------------------------------------

BOUNDARY = shapely.box(X0 - 1000, Y0 - 1000, X0 + 100, Y0 + 1000)  # east border at x = X0 + 100


@pytest.mark.parametrize(("over", "expected"), [(0.0, None), (0.5, None), (0.9, None),
                                                (1.1, "warning"), (5.0, "warning")])
def test_g005_crossing_the_border(over, expected):
    g = box(90, 0, 10 + over, 10)  # 10 m inside, `over` m beyond the border
    fs = [f for f in run(feature(geometry=g), boundary=BOUNDARY) if f.code == "LEKP-G005"]
    if expected is None:
        assert fs == []
    else:
        [f] = fs
        assert f.severity.value == expected
        assert f.params["outside_distance_m"] == pytest.approx(over, abs=1e-6)


def test_g005_error_when_less_than_half_inside():
    f = only(run(feature(geometry=box(96, 0, 10, 10)), boundary=BOUNDARY), "LEKP-G005")
    assert f.severity is Severity.ERROR and f.params["inside_fraction"] == pytest.approx(0.4)
    assert "40" in f.message()


def test_g005_exactly_half_inside_is_a_warning():
    f = only(run(feature(geometry=box(95, 0, 10, 10)), boundary=BOUNDARY), "LEKP-G005")
    assert f.severity is Severity.WARNING


def test_g005_points_and_lines():
    b = BOUNDARY
    assert only(run(feature(geometry=pt(105), categorie="boom", hoeveelheid=1), boundary=b),
                "LEKP-G005").severity is Severity.ERROR
    assert not fires("LEKP-G005", feature(geometry=pt(100.9), categorie="boom", hoeveelheid=1),
                     boundary=b)
    f = only(run(feature(geometry=line((0, 0), (110, 0)), categorie="haag", hoeveelheid=100),
                 boundary=b), "LEKP-G005")
    assert f.severity is Severity.WARNING and f.params["outside_distance_m"] == pytest.approx(10)


def test_g005_enclave_hole_in_the_boundary():
    """A gemeente with a hole (another gemeente's enclave): the hole is outside."""
    outer = shapely.box(X0 - 1000, Y0 - 1000, X0 + 1000, Y0 + 1000)
    gemeente = outer.difference(box(0, 0, 100, 100))
    f = only(run(feature(geometry=box(40, 40, 10, 10)), boundary=gemeente), "LEKP-G005")
    assert f.severity is Severity.ERROR and f.params["inside_fraction"] == 0
    assert f.params["outside_distance_m"] == pytest.approx(50)
    assert not fires("LEKP-G005", feature(geometry=box(-20, 40, 10, 10)), boundary=gemeente)


def test_g005_far_outside_and_multipolygon_boundary():
    exclave = shapely.box(X0 + 5000, Y0, X0 + 5100, Y0 + 100)
    gemeente = shapely.MultiPolygon([BOUNDARY, exclave])
    f = only(run(feature(geometry=box(400, 0, 10, 10)), boundary=gemeente), "LEKP-G005")
    assert f.severity is Severity.ERROR and f.params["outside_distance_m"] == pytest.approx(310)
    assert not fires("LEKP-G005", feature(geometry=box(5010, 10, 10, 10)), boundary=gemeente)


def test_g005_skipped_without_boundary():
    assert not fires("LEKP-G005", feature(geometry=box(5000)))


# -- LEKP-A001 / A002 / A003 -----------------------------------------------------------------

def perk(*areas, q=None):
    parts = [box(30 * k, 0, a / 2, 2) for k, a in enumerate(areas)]
    g = parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)
    return feature(geometry=g, categorie="natuurgroenperk", hoeveelheid=q or len(areas))


def test_a001_exactly_10_m2_is_enough():
    assert run(perk(10.0)) == []


def test_a001_just_below_10_m2():
    f = only(run(perk(9.99)), "LEKP-A001")
    assert f.params["smallest_m2"] == pytest.approx(9.99) and f.params["parts_too_small"] == 1


def test_a001_one_small_part_of_a_multipolygon():
    f = only(run(perk(50.0, 4.0, q=1)), "LEKP-A001")
    assert f.params == {"parts_too_small": 1, "parts": 2, "smallest_m2": 4.0, "min_m2": 10.0}


def test_a001_only_for_natuurgroenperk():
    assert not fires("LEKP-A001", feature(geometry=box(0, 0, 2, 2), hoeveelheid=4))


@pytest.mark.parametrize(("q", "expected"), [(100.0, False), (101.0, False), (101.02, True),
                                             (150.0, True), (20.0, False)])
def test_a002_ontharding_area_with_1_percent_tolerance(q, expected):
    assert fires("LEKP-A002", feature(geometry=box(), hoeveelheid=q)) is expected


@pytest.mark.parametrize("categorie", ["haag", "geveltuin"])
@pytest.mark.parametrize(("q", "expected"), [(40.0, False), (40.4, False), (40.41, True)])
def test_a002_line_length(categorie, q, expected):
    g = shapely.MultiLineString([line((0, 0), (30, 0)), line((0, 5), (10, 5))])
    assert fires("LEKP-A002", feature(geometry=g, categorie=categorie, hoeveelheid=q)) is expected


def test_a002_hedge_polygon_counts_the_entered_length():
    assert not fires("LEKP-A002", feature(geometry=box(0, 0, 1, 1), categorie="haag", hoeveelheid=80))


def test_a002_trees_as_points_and_perken_as_parts():
    trees = shapely.MultiPoint([pt(), pt(5), pt(10)])
    assert not fires("LEKP-A002", feature(geometry=trees, categorie="boom", hoeveelheid=3))
    f = only(run(feature(geometry=trees, categorie="boom", hoeveelheid=4)), "LEKP-A002")
    assert f.params["measure"] == "points" and f.params["max"] == 3
    assert not fires("LEKP-A002", perk(12.0, 15.0, q=2))
    assert only(run(perk(12.0, 15.0, q=3)), "LEKP-A002").params["measure"] == "parts"


def test_a002_message_names_the_measure():
    f = only(run(feature(geometry=box(), hoeveelheid=150)), "LEKP-A002")
    assert f.message() == "Hoeveelheid 150 m² is groter dan de oppervlakte van de geometrie (100 m²)."


@pytest.mark.parametrize(("q", "expected"), [(10, False), (11, True)])
def test_a003_more_than_one_tree_per_4_m2(q, expected):
    g = box(0, 0, 8, 5)  # 40 m²
    fs = run(feature(geometry=g, categorie="boom", hoeveelheid=q))
    assert ("LEKP-A003" in codes_of(fs)) is expected
    if expected:
        assert only(fs, "LEKP-A003").severity is Severity.WARNING


# -- LEKP-Q001 / Q002 ------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "reason"), [
    (None, "missing"), ("", "missing"), (float("nan"), "missing"), (0, "zero"), (0.0, "zero"),
    (-3, "negative"), ("abc", "not_a_number"), (True, "not_a_number"), (float("inf"), "not_a_number"),
    ("12,5", "text"), ("7.5", "text"), ([1], "not_a_number"),
])
def test_q001_quantity_missing_zero_negative_or_not_a_number(value, reason):
    f = only(run(feature(hoeveelheid=value)), "LEKP-Q001")
    assert f.params["reason"] == reason


def test_q001_text_number_suggests_the_number_and_is_still_judged():
    fs = run(feature(hoeveelheid="150,5"))
    assert only(fs, "LEKP-Q001").params["suggestion"] == 150.5
    assert "LEKP-A002" in codes_of(fs)  # 150.5 m² on 100 m²


@pytest.mark.parametrize("value", [0.001, 1, 100, decimal.Decimal("12.5"), np.float32(3.5), np.int64(7)])
def test_q001_positive_numbers(value):
    assert not fires("LEKP-Q001", feature(hoeveelheid=value))


@pytest.mark.parametrize(("geometry", "q", "expected"), [
    (pt(), 999.0, False), (pt(), 1000.0, True), (pt(), 5000, True),
    (box(), 1000.0, False), (box(), 1000.5, True),  # 100 m²: at most 10 m³ per m²
])
def test_q002_hemelwater_volume_looks_like_litres(geometry, q, expected):
    fs = run(feature(geometry=geometry, categorie="hemelwater_hergebruik", hoeveelheid=q))
    assert ("LEKP-Q002" in codes_of(fs)) is expected
    if expected:
        assert only(fs, "LEKP-Q002").params["suggestion_m3"] == pytest.approx(q / 1000)


def test_q002_infiltration_line_per_metre():
    g = line((0, 0), (20, 0))
    assert not fires("LEKP-Q002", feature(geometry=g, categorie="hemelwater_infiltratie", hoeveelheid=200))
    assert fires("LEKP-Q002", feature(geometry=g, categorie="hemelwater_infiltratie", hoeveelheid=201))


def test_q002_only_for_hemelwater():
    assert not fires("LEKP-Q002", feature(geometry=pt(), categorie="boom", hoeveelheid=5000))


# -- LEKP-D001 … D006 ------------------------------------------------------------------------

def test_d001_uitgevoerd_without_date():
    assert fires("LEKP-D001", feature(uitvoeringsdatum=None))
    assert not fires("LEKP-D001", feature(uitvoeringsdatum=None, status="gepland"))
    assert codes_of(run(feature(uitvoeringsdatum="2023-02-30"))) == ["LEKP-D006"]  # not also D001


@pytest.mark.parametrize(("date", "expected"), [("2020-12-31", True), ("2021-01-01", False),
                                                ("2016-05-01", True)])
def test_d002_before_the_pact(date, expected):
    assert fires("LEKP-D002", feature(uitvoeringsdatum=date)) is expected


@pytest.mark.parametrize(("date", "expected"), [(TODAY, False), (TODAY + dt.timedelta(days=1), True),
                                                (TODAY - dt.timedelta(days=1), False)])
def test_d003_completion_in_the_future(date, expected):
    assert fires("LEKP-D003", feature(uitvoeringsdatum=date.isoformat())) is expected


def test_d003_uses_today_by_default():
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert "LEKP-D003" in codes_of(validate_features([feature(uitvoeringsdatum=tomorrow)]))


@pytest.mark.parametrize(("date", "expected"), [("2030-12-31", False), ("2031-01-01", True)])
def test_d004_after_the_pact(date, expected):
    planned = feature(status="gepland", uitvoeringsdatum=None, geplande_datum=date)
    assert fires("LEKP-D004", planned) is expected
    done = feature(uitvoeringsdatum=date)
    fs = run(done, today=dt.date(2031, 6, 1))
    assert ("LEKP-D004" in codes_of(fs)) is expected and "LEKP-D003" not in codes_of(fs)
    if expected:
        assert only(fs, "LEKP-D004").severity is Severity.WARNING


@pytest.mark.parametrize(("date", "expected"), [(TODAY - dt.timedelta(days=1), True), (TODAY, False)])
def test_d005_planned_date_in_the_past(date, expected):
    f = feature(status="gepland", uitvoeringsdatum=None, geplande_datum=date.isoformat())
    assert fires("LEKP-D005", f) is expected
    done = feature(geplande_datum=date.isoformat())  # uitgevoerd: a past plan is fine
    assert not fires("LEKP-D005", done)


@pytest.mark.parametrize("value", ["31/02/2023", "2023-13-01", "2023-02-29", "gisteren", "2023/05/01",
                                   20230501, "15/03/2023"])
@pytest.mark.parametrize("field", ["uitvoeringsdatum", "geplande_datum"])
def test_d006_unparseable_date(field, value):
    f = only(run(feature(**{field: value})), "LEKP-D006")
    assert f.params["field"] == field and f.params["value"] == value


def test_d006_suggests_iso_for_a_ui_formatted_date():
    f = only(run(feature(uitvoeringsdatum="15/03/2023")), "LEKP-D006")
    assert f.params["suggestion"] == "2023-03-15" and "15/03/2023?" in f.message()


@pytest.mark.parametrize("value", [dt.date(2023, 5, 1), dt.datetime(2023, 5, 1, 12, 0),
                                   "2023-05-01T10:00:00Z", " 2023-05-01 "])
def test_dates_in_other_readable_forms(value):
    assert run(feature(uitvoeringsdatum=value)) == []


# -- LEKP-O001 / O002 ------------------------------------------------------------------------

def test_o001_overlap_with_the_other_id():
    fs = run(feature("a", geometry=box(0, 0, 10, 10)), feature("b", geometry=box(5, 0, 10, 10)))
    assert codes_of(fs) == ["LEKP-O001", "LEKP-O001"]
    a, b = fs
    assert (a.feature_id, a.params["other_id"]) == ("a", "b")
    assert (b.feature_id, b.params["other_id"]) == ("b", "a")
    assert a.params["overlap"] == pytest.approx(50) and a.severity is Severity.WARNING
    assert "b" in a.message() and "50 m²" in a.message()


@pytest.mark.parametrize(("other", "props"), [
    (box(10, 0, 10, 10), {}),  # touching edge only
    (box(9.995, 0, 10, 10), {}),  # a 0.05 m² sliver from digitizing
    (box(5, 0, 10, 10), {"categorie": "natuurgroenperk", "hoeveelheid": 1}),
    (box(5, 0, 10, 10), {"aard": "verwijdering"}),
])
def test_o001_not_for_touching_or_other_category_or_aard(other, props):
    assert run(feature("a"), feature("b", geometry=other, **props)) == []


def test_o001_point_tree_inside_tree_polygon():
    fs = run(feature("a", geometry=box(0, 0, 20, 20), categorie="boom", hoeveelheid=5),
             feature("b", geometry=pt(5, 5), categorie="boom", hoeveelheid=1))
    assert codes_of(fs) == ["LEKP-O001", "LEKP-O001"]


@pytest.mark.parametrize(("height", "code"), [(9.0, "LEKP-O002"), (8.9, "LEKP-O001"),
                                              (10.0, "LEKP-O002")])
def test_o002_intersection_over_union_0_9(height, code):
    fs = run(feature("a", geometry=box(0, 0, 10, 10)), feature("b", geometry=box(0, 0, 10, height)))
    assert codes_of(fs) == [code, code]
    assert fs[0].params["iou"] == pytest.approx(height / 10)


def test_o002_needs_the_same_dates():
    a = feature("a")
    assert codes_of(run(a, feature("b", uitvoeringsdatum="2023-05-02"))) == ["LEKP-O001"] * 2
    assert codes_of(run(a, feature("b", geplande_datum="2022-01-01"))) == ["LEKP-O001"] * 2
    fs = run(a, feature("b", hoeveelheid=80))
    assert codes_of(fs) == ["LEKP-O002"] * 2 and fs[0].severity is Severity.ERROR


def test_o002_duplicate_lines_and_points():
    h = dict(categorie="haag", hoeveelheid=10)
    assert codes_of(run(feature("a", geometry=line((0, 0), (10, 0)), **h),
                        feature("b", geometry=line((0, 0), (10, 0)), **h))) == ["LEKP-O002"] * 2
    t = dict(categorie="boom", hoeveelheid=1)
    assert codes_of(run(feature("a", geometry=pt(), **t), feature("b", geometry=pt(), **t))) == \
        ["LEKP-O002"] * 2


def test_overlaps_against_a_reference_set():
    ref = [feature("r1", geometry=box(0, 0, 10, 10)), feature("r2", geometry=box(100, 0, 10, 10)),
           feature("mine", geometry=box(0, 0, 10, 10))]  # the stored copy of the edited feature
    fs = run(feature("mine", geometry=box(0, 0, 10, 10)), feature("new", geometry=box(105, 0, 10, 10)),
             reference=ref)
    got = sorted((f.feature_id, f.code, f.params["other_id"], f.params["other_source"]) for f in fs)
    assert got == [("mine", "LEKP-O002", "r1", "reference"), ("new", "LEKP-O001", "r2", "reference")]


def test_invalid_geometries_are_compared_through_their_repair():
    bowtie = shapely.Polygon([(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10)])
    fs = run(feature("a", geometry=bowtie), feature("b", geometry=box(0, 0, 10, 10)))
    assert sorted(codes_of(fs)) == ["LEKP-G002", "LEKP-O001", "LEKP-O001"]


# -- LEKP-N001 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [(True, True), ("ja", True), (1, True), (False, False),
                                                 (None, False), ("nee", False)])
def test_n001_opgelegd_is_info(value, expected):
    fs = run(feature(opgelegd=value))
    assert ("LEKP-N001" in codes_of(fs)) is expected
    if expected:
        assert only(fs, "LEKP-N001").severity is Severity.INFO


def test_g005_grid_shortcut_agrees_with_plain_geos():
    """The grid that decides most geometries without GEOS gives what covers() would."""
    rng = np.random.default_rng(3)
    t = np.linspace(0, 2 * np.pi, 3000, endpoint=False)
    r = 800 + 60 * np.sin(7 * t) + 20 * np.sin(31 * t)
    gemeente = shapely.Polygon(np.column_stack([X0 + r * np.cos(t), Y0 + r * np.sin(t)])).difference(
        shapely.Point(X0 + 200, Y0).buffer(80))  # with an enclave
    centres = rng.uniform(-1000, 1000, (3000, 2))
    sizes = rng.uniform(0.5, 60, 3000)
    geoms = shapely.box(X0 + centres[:, 0], Y0 + centres[:, 1],
                        X0 + centres[:, 0] + sizes, Y0 + centres[:, 1] + sizes / 2)
    fs = run(*(feature(str(k), geometry=g) for k, g in enumerate(geoms)), boundary=gemeente)
    got = {f.feature_id: f.severity.value for f in fs if f.code == "LEKP-G005"}
    buffered = gemeente.buffer(1.0, quad_segs=16)
    expected = {}
    for k, g in enumerate(geoms):
        if not buffered.covers(g):
            inside = g.intersection(gemeente).area / g.area
            expected[str(k)] = "error" if inside < 0.5 else "warning"
    assert got == expected
    assert 100 < len(expected) < 3000  # the sample has both kinds and clean ones
