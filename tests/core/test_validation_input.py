"""Bad input never raises; GeoJSON parsing; columnar and chunked entry points; messages."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import warnings

import numpy as np
import pytest
import shapely
import shapely.affinity

from lekp_plugin.core.validation import (
    CODES,
    Reference,
    feature_from_geojson,
    features_from_geojson,
    features_to_columns,
    validate_arrays,
    validate_chunks,
    validate_features,
)
from lekp_plugin.core.validation.messages import TEMPLATES, render

from .conftest import TODAY, X0, Y0, box, feature


def _nan_polygon():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return shapely.Polygon([(X0, Y0), (X0 + 10, math.nan), (X0 + 10, Y0 + 10), (X0, Y0)])


#: id → (feature, the code it must get)
BAD = {
    "null-geometry": (feature("null-geometry", geometry=None), "LEKP-G001"),
    "empty-geometry": (feature("empty-geometry", geometry=shapely.Polygon()), "LEKP-G001"),
    "nan-ordinate": (feature("nan-ordinate", geometry=_nan_polygon()), "LEKP-G002"),
    "collection": (feature("collection", geometry=shapely.GeometryCollection([box(), box(30)])),
                   "LEKP-G003"),
    "degrees": (feature("degrees", geometry=shapely.box(4.0, 50.9, 4.001, 50.901)), "LEKP-G004"),
    "unknown-category": (feature("unknown-category", categorie="struik"), "LEKP-F002"),
    "date-31-02": (feature("date-31-02", uitvoeringsdatum="31/02/2023"), "LEKP-D006"),
    "date-month-13": (feature("date-month-13", uitvoeringsdatum="2023-13-01"), "LEKP-D006"),
    "quantity-comma": (feature("quantity-comma", hoeveelheid="12,5"), "LEKP-Q001"),
    "quantity-text": (feature("quantity-text", hoeveelheid="abc"), "LEKP-Q001"),
    "not-a-geometry": (feature("not-a-geometry", geometry="POLYGON((0 0, 1 1))"), "LEKP-G002"),
    "properties-none": ({"id": "properties-none", "properties": None, "geometry": box()}, "LEKP-F001"),
    "nan-everywhere": (feature("nan-everywhere", hoeveelheid=math.nan, categorie=math.nan,
                               uitvoeringsdatum=math.nan, opgelegd=math.nan), "LEKP-F001"),
    "unhashable": (feature("unhashable", categorie=["boom"], hoeveelheid={"m2": 3}), "LEKP-F002"),
}


def test_bad_input_in_one_batch_never_raises_and_each_gets_its_finding():
    good = feature("good", geometry=box(500))
    findings = validate_features([good] + [f for f, _ in BAD.values()], today=TODAY)
    by_id = {}
    for f in findings:
        by_id.setdefault(f.feature_id, set()).add(f.code)
    assert "good" not in by_id
    for fid, (_, code) in BAD.items():
        assert code in by_id.get(fid, set()), (fid, by_id.get(fid))
    for f in findings:  # every finding renders and serialises
        assert json.loads(json.dumps(f.to_dict(), allow_nan=False))["code"] == f.code
        for lang in ("nl", "en"):
            assert not re.search(r"\{\w+\}", f.message(lang)), f.message(lang)


def test_degrees_are_not_also_judged_against_the_boundary_or_each_other():
    g = shapely.box(4.0, 50.9, 4.001, 50.901)
    fs = validate_features([feature("a", geometry=g), feature("b", geometry=g)],
                           boundary=box(-1000, -1000, 2000, 2000), today=TODAY)
    assert sorted(f.code for f in fs) == ["LEKP-G004", "LEKP-G004"]


# -- GeoJSON ---------------------------------------------------------------------------------

def test_geojson_feature_is_parsed():
    gj = {"type": "Feature", "id": "x1", "properties": {"categorie": "boom"},
          "geometry": {"type": "Point", "coordinates": [X0, Y0]}}
    f = feature_from_geojson(gj)
    assert f["id"] == "x1" and f["properties"] == {"categorie": "boom"}
    assert f["geometry"].equals(shapely.Point(X0, Y0)) and "geometry_error" not in f


@pytest.mark.parametrize("geometry", [
    {"type": "Polygon", "coordinates": [[["a", "b"], [1, 2], [3, 4]]]},
    {"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]},
    {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], None]]},
    {"type": "Circle", "coordinates": [0, 0]},
    {"coordinates": [0, 0]},
    "POINT (0 0)",
])
def test_geojson_bad_coordinates_become_g002(geometry):
    gj = {"type": "Feature", "id": "bad", "properties": {}, "geometry": geometry}
    f = feature_from_geojson(gj)
    assert f["geometry"] is None and f["geometry_error"]
    g002 = [x for x in validate_features([f], today=TODAY) if x.code == "LEKP-G002"]
    assert len(g002) == 1 and g002[0].params["repairable"] is False
    assert g002[0].params["reason"] == f["geometry_error"]


def test_geojson_null_geometry_and_garbage_features():
    assert feature_from_geojson({"type": "Feature", "geometry": None, "properties": {"id": "p"}}) == {
        "id": "p", "properties": {"id": "p"}, "geometry": None}
    empty = feature_from_geojson({"type": "Feature", "geometry": {"type": "Point", "coordinates": []}})
    assert empty["geometry"].is_empty and "geometry_error" not in empty
    assert feature_from_geojson(42)["geometry_error"]
    assert feature_from_geojson("{not json")["geometry_error"]
    coll = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": 7, "properties": None,
         "geometry": {"type": "Point", "coordinates": [float("nan"), 1.0]}}]}
    [f] = features_from_geojson(coll)
    assert f["id"] == "7"
    assert "LEKP-G002" in {x.code for x in validate_features([f], today=TODAY)}


# -- columnar and chunked --------------------------------------------------------------------

def _batch():
    fs = [feature(f"f{k}", geometry=box(12 * k, 0, 10, 10)) for k in range(6)]
    fs.append(feature("dup-of-f1", geometry=box(12, 0, 10, 10)))
    fs.append(feature("over-f4", geometry=box(50, 5, 10, 10)))
    fs.append(feature("bad-date", geometry=box(200, 0, 10, 10), uitvoeringsdatum="2023-02-30"))
    return fs


def _keyset(findings):
    return sorted((f.feature_id, f.code, f.params.get("other_id")) for f in findings)


def test_validate_arrays_equals_validate_features():
    fs = _batch()
    ids, geoms, columns = features_to_columns(fs)
    geoms = np.asarray(geoms, dtype=object)
    assert _keyset(validate_arrays(ids, geoms, columns, today=TODAY)) == \
        _keyset(validate_features(fs, today=TODAY))


def test_validate_arrays_rejects_columns_of_the_wrong_length():
    with pytest.raises(ValueError, match="hoeveelheid"):
        validate_arrays(["a", "b"], [box(), box(20)], {"hoeveelheid": [1.0]})


@pytest.mark.parametrize("size", [1, 2, 4])
def test_chunks_find_the_same_as_one_batch(size):
    fs = _batch()
    whole = validate_features(fs, today=TODAY)
    chunks = [fs[k:k + size] for k in range(0, len(fs), size)]
    streamed = [f for part in validate_chunks(chunks, today=TODAY) for f in part]
    assert _keyset(streamed) == _keyset(whole)
    assert sorted(f.index for f in streamed) == sorted(f.index for f in whole)


def test_chunks_without_cross_chunk_pairs_and_as_column_tuples():
    fs = _batch()
    chunks = [features_to_columns(fs[:4]), features_to_columns(fs[4:])]
    streamed = [f for part in validate_chunks(chunks, today=TODAY, across_chunks=False) for f in part]
    assert ("dup-of-f1", "LEKP-O002", "f1") not in _keyset(streamed)
    assert ("bad-date", "LEKP-D006", None) in _keyset(streamed)
    assert {f.index for f in streamed if f.feature_id == "bad-date"} == {8}


def test_reference_object_is_reusable():
    ref = Reference([feature("r", geometry=box())])
    ref2 = Reference.from_arrays(*features_to_columns([feature("r", geometry=box())]))
    assert len(ref) == len(ref2) == 1
    for r in (ref, ref, ref2):
        [f] = validate_features([feature("n", geometry=box(5))], reference=r, today=TODAY)
        assert (f.code, f.params["other_id"]) == ("LEKP-O001", "r")


def test_things_that_are_not_features():
    fs = validate_features([None, "feature", 42, feature("ok", geometry=box(100))], today=TODAY)
    assert "ok" not in {f.feature_id for f in fs}
    assert {f.index for f in fs if f.code == "LEKP-G002"} == {0, 1, 2}


# -- messages --------------------------------------------------------------------------------

def test_every_code_has_dutch_and_english_text():
    templated = {code for code, _ in TEMPLATES}
    assert templated == set(CODES)
    for (code, variant), (nl, en) in TEMPLATES.items():
        assert nl != en, (code, variant)


def test_messages_use_dutch_and_english_number_and_date_formats():
    p = {"hoeveelheid": 1234.5, "max": 1000.25, "measure": "area"}
    assert render("LEKP-A002", p) == ("Hoeveelheid 1.234,5 m² is groter dan de oppervlakte van de "
                                      "geometrie (1.000,25 m²).")
    assert "1,234.5 m²" in render("LEKP-A002", p, "en")
    p = {"field": "uitvoeringsdatum", "date": "2020-12-31", "limit": "2021-01-01"}
    # dd/mm/yyyy in English too, as the forms show dates (issue 11)
    assert "31/12/2020" in render("LEKP-D002", p) and "31/12/2020" in render("LEKP-D002", p, "en")


def test_every_template_renders_from_real_findings():
    fs = [f for fd, _ in BAD.values() for f in validate_features([fd], today=TODAY)]
    fs += validate_features(_batch(), today=TODAY, boundary=box(-1000, -1000, 1040, 2000))
    more = [
        feature("a001", geometry=box(0, 0, 2, 2), categorie="natuurgroenperk", hoeveelheid=1),
        feature("a002", hoeveelheid=500), feature("a003", categorie="boom", hoeveelheid=100),
        feature("q002", geometry=shapely.Point(X0, Y0), categorie="hemelwater_buffer", hoeveelheid=5000),
        feature("d001", uitvoeringsdatum=None), feature("d002", uitvoeringsdatum="2020-01-01"),
        feature("d003", uitvoeringsdatum="2026-12-01"), feature("d004", uitvoeringsdatum="2031-01-01"),
        feature("d005", status="gepland", uitvoeringsdatum=None, geplande_datum="2022-01-01"),
        feature("d006", geplande_datum="15/03/2023"), feature("n001", opgelegd=True),
    ]
    fs += [f for fd in more for f in validate_features([fd], today=TODAY)]
    assert {f.code for f in fs} == set(CODES)
    for f in fs:
        for lang in ("nl", "en"):
            text = f.message(lang)
            assert not re.search(r"\{\w+\}", text), text
            assert text != CODES[f.code].title(lang), (f.code, f.params)


def test_today_is_a_date_parameter():
    assert validate_features([feature(uitvoeringsdatum="2026-06-16")], today=dt.date(2026, 6, 16)) == []


def test_columns_as_read_through_arrow():
    """numpy columns as OGR's Arrow stream gives them: bytes, datetime64 with NaT, masks, bools."""
    n = 4
    cols = {
        "gemeente_nis": np.array([b"41027"] * n),
        "projectnaam": np.ma.masked_array(np.array([b"P"] * n), mask=[False, True, False, False]),
        "categorie": np.array([b"ontharding", b"ontharding", b"Boom", b"ontharding"]),
        "aard": np.array([b"aanleg"] * n),
        "hoeveelheid": np.array([50.0, 50.0, np.nan, 50.0]),
        "status": np.array([b"uitgevoerd"] * n),
        "uitvoeringsdatum": np.array(["2023-05-01", "NaT", "2023-05-01", "2019-01-01"],
                                     dtype="datetime64[D]"),
        "geplande_datum": np.array(["NaT"] * n, dtype="datetime64[D]"),
        "opgelegd": np.array([False, False, False, True]),
    }
    ids = np.array([b"a", b"b", b"c", b"d"])
    geoms = np.array([box(30 * k) for k in range(n)], dtype=object)
    got = sorted((f.feature_id, f.code, f.params.get("field")) for f in
                 validate_arrays(ids, geoms, cols, today=TODAY))
    assert got == [("b", "LEKP-D001", None), ("b", "LEKP-F001", "projectnaam"),
                   ("c", "LEKP-F002", "categorie"), ("c", "LEKP-Q001", None),
                   ("d", "LEKP-D002", "uitvoeringsdatum"), ("d", "LEKP-N001", None)]


def test_threaded_geos_calls_give_the_same_findings(monkeypatch):
    from lekp_plugin.core.validation import geometry

    bowtie = shapely.Polygon([(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10)])
    fs = _batch() + [feature(f"bow{k}", geometry=shapely.affinity.translate(bowtie, 30 * k, 300))
                     for k in range(5)]
    serial = validate_features(fs, today=TODAY)
    monkeypatch.setattr(geometry, "THREAD_MIN", 2)
    monkeypatch.setattr(geometry.os, "cpu_count", lambda: 2)
    threaded = validate_features(fs, today=TODAY)
    assert _keyset(threaded) == _keyset(serial)
    assert [f.repaired.wkt if f.repaired else None for f in threaded] == \
        [f.repaired.wkt if f.repaired else None for f in serial]
    assert sum(f.code == "LEKP-G002" for f in threaded) == 5


def test_seeded_garbage_never_raises():
    """Random mixes of bad values and geometries: every batch validates and serialises."""
    import decimal
    import random

    rnd = random.Random(1)
    values = [None, "", " ", "abc", "12,5", 0, -1, 1e300, math.nan, math.inf, True, [1], {"a": 1}, b"x",
              dt.date(2023, 1, 1), "2023-13-01", "31/02/2023", decimal.Decimal("1.5"), np.float32(2),
              np.datetime64("NaT"), object(), "boom", "ontharding", "gepland", "uitgevoerd", 41027]
    categories = ["boom", "haag", "geveltuin", "natuurgroenperk", "ontharding", "hemelwater_hergebruik",
                  "hemelwater_buffer", "hemelwater_infiltratie"]

    def geometry(x, y):
        return rnd.choice([
            None, shapely.Point(x, y), _nan_polygon(), shapely.box(x, y, x + rnd.uniform(0, 20), y + 9),
            shapely.Polygon([(x, y), (x + 10, y + 10), (x + 10, y), (x, y + 10)]),
            shapely.LineString([(x, y), (x, y)]), shapely.Polygon(), shapely.box(4, 50, 4.1, 50.1),
            shapely.GeometryCollection([shapely.Point(x, y), shapely.box(x, y, x + 1, y + 1)]),
            shapely.MultiPolygon([shapely.box(x, y, x + 5, y + 5), shapely.box(x + 2, y + 2, x + 8, y + 8)]),
            shapely.LinearRing([(x, y), (x + 1, y), (x + 1, y + 1), (x, y)]), "POINT (0 0)",
        ])

    names = ["gemeente_nis", "projectnaam", "categorie", "aard", "hoeveelheid", "status", "geplande_datum",
             "uitvoeringsdatum", "domein", "opgelegd", "bron"]
    boundary = box(-30, -30, 60, 60)
    for _ in range(5):
        batch = []
        for k in range(150):
            props = {name: rnd.choice(values) for name in names if rnd.random() < 0.8}
            if rnd.random() < 0.7:
                props["categorie"] = rnd.choice(categories)
            batch.append({"id": rnd.choice([None, str(k), k, "same"]),
                          "properties": rnd.choice([props, props, None, "not a dict"]),
                          "geometry": geometry(X0 + rnd.uniform(-50, 50), Y0 + rnd.uniform(-50, 50))})
        findings = validate_features(batch, boundary=boundary, reference=batch[:40], today=TODAY)
        assert {f.index for f in findings} <= set(range(len(batch)))
        for f in findings:
            json.dumps(f.to_dict(), allow_nan=False)
            json.dumps(f.to_dict("en"), allow_nan=False)
        streamed = [f for part in validate_chunks([batch[:70], batch[70:]], boundary=boundary, today=TODAY)
                    for f in part]
        assert streamed
