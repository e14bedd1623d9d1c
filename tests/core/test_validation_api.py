"""The public API of the validation engine: shapes of inputs and outputs."""

from __future__ import annotations

import dataclasses
import json

import pytest
import shapely

from lekp_plugin.core.validation import CODES, Finding, Severity, validate_features

from .conftest import TODAY, feature


def codes(findings):
    return sorted(f.code for f in findings)


def test_clean_feature_has_no_findings():
    assert validate_features([feature()], today=TODAY) == []


def test_codes_cover_spec_section_4():
    expected = {"LEKP-F001", "LEKP-F002", *(f"LEKP-G00{i}" for i in range(1, 6)),
                "LEKP-A001", "LEKP-A002", "LEKP-A003", "LEKP-Q001", "LEKP-Q002",
                *(f"LEKP-D00{i}" for i in range(1, 7)), "LEKP-O001", "LEKP-O002", "LEKP-N001"}
    assert set(CODES) == expected
    assert CODES["LEKP-G005"].severities == (Severity.ERROR, Severity.WARNING)
    assert CODES["LEKP-N001"].severity is Severity.INFO


def test_finding_to_dict_is_json_ready_in_both_languages():
    [f] = validate_features([feature(hoeveelheid=None)], today=TODAY)
    assert isinstance(f, Finding)
    d = f.to_dict()
    assert json.loads(json.dumps(d, allow_nan=False)) == d
    assert d["feature_id"] == "f1" and d["code"] == "LEKP-Q001" and d["severity"] == "error"
    assert d["message"] == "Hoeveelheid is niet ingevuld."
    assert f.to_dict("en")["message"] == "Quantity is empty."


def test_findings_are_ordered_by_feature_then_code():
    fs = validate_features([feature("a", opgelegd=True, hoeveelheid=-1),
                            feature("b", geometry=None)], today=TODAY)
    assert [(f.feature_id, f.code) for f in fs] == [
        ("a", "LEKP-Q001"), ("a", "LEKP-N001"), ("b", "LEKP-G001")]
    assert [f.index for f in fs] == [0, 0, 1]


def test_finding_is_frozen_and_hashable():
    f = Finding("x", "LEKP-N001", Severity.INFO, {})
    assert hash(f) == hash(Finding("x", "LEKP-N001", Severity.INFO, {"other": 1}))
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.code = "LEKP-F001"  # type: ignore[misc]


def test_pair_findings_name_the_other_feature_in_ander_id_and_the_csv():
    from lekp_plugin.core.validation.report import FIELDS, Row, to_csv

    square = shapely.box(224000, 178000, 224020, 178020)
    a = feature("a", geometry=square, categorie="ontharding", hoeveelheid=400)
    b = feature("b", geometry=shapely.box(224010, 178000, 224030, 178020), categorie="ontharding",
                hoeveelheid=400)
    c = feature("c", geometry=square, categorie="ontharding", hoeveelheid=400, opgelegd=True)
    fs = validate_features([a, b, c], today=TODAY)
    pairs = sorted((f.feature_id, f.code, f.ander_id) for f in fs if f.code.startswith("LEKP-O"))
    assert pairs == [("a", "LEKP-O001", "b"), ("a", "LEKP-O002", "c"), ("b", "LEKP-O001", "a"),
                     ("b", "LEKP-O001", "c"), ("c", "LEKP-O001", "b"), ("c", "LEKP-O002", "a")]
    assert [f.to_dict()["ander_id"] for f in fs if f.code == "LEKP-N001"] == [None]
    lines = to_csv([Row(f, "verbeteringen_vlak", k) for k, f in enumerate(fs)]).splitlines()
    assert tuple(lines[0].split(",")) == FIELDS
    assert len(lines) == len(fs) + 1
    assert any(line.startswith("a,LEKP-O002,error,") and ",c,verbeteringen_vlak," in line for line in lines)
