"""The full progress shape (per objective and parameter, cumulative series) and its table texts."""

from __future__ import annotations

import csv
import io
import json

import pytest
from shapely import LineString, Point, box

from lekp_plugin.core import progress as P
from lekp_plugin.core import progress_table as T


def feat(fid, categorie, hoeveelheid=1.0, geometry=None, **props):
    base = {"id": fid, "gemeente_nis": "41027", "categorie": categorie, "hoeveelheid": hoeveelheid,
            "status": "uitgevoerd", "uitvoeringsdatum": "2024-05-01", "aard": "aanleg", "opgelegd": False}
    return {"id": fid, "properties": {**base, **props}, "geometry": geometry if geometry is not None else Point(0, 0)}


FEATURES = [
    feat("a", "haag", 1, LineString([(0, 0), (300, 400)]), uitvoeringsdatum="2022-03-01"),     # +500 m
    feat("b", "haag", 1, LineString([(0, 0), (60, 80)]), aard="verwijdering",
         uitvoeringsdatum="2023-01-01"),                                                         # -100 m
    feat("c", "geveltuin", 40.0, box(0, 0, 2, 2), gegroepeerd=True, uitvoeringsdatum="2025-06-01"),  # +40 m
    feat("d", "haag", 1, LineString([(0, 0), (0, 70)]), status="gepland", uitvoeringsdatum=None,
         geplande_datum="2027-01-01"),                                                           # planned 70
    feat("e", "haag", 1, LineString([(0, 0), (0, 30)]), opgelegd=1),                             # imposed 30
    feat("f", "haag", 1, LineString([(0, 0), (0, 9)]), uitvoeringsdatum="2020-12-31"),           # outside 9
    feat("g", "haag", 11.0, LineString([(0, 0), (0, 5)])),                                       # error: entered 11
    feat("h", "boom", 1, Point(5, 5), gemeente_nis="41002"),                                     # other gemeente
    feat("i", "boom", 1, Point(5, 5), gemeente_nis="73006"),                                     # merged: counts
    feat("j", "struik", 1),                                                                      # unknown
]


def test_voortgang_shape_per_objective_and_parameter():
    v = P.voortgang(FEATURES, "41027", 18_407, naam="Herzele", referentiejaar=2020,
                    error_ids={"g"}, toelichting={"hagen_geveltuinen": "Haagplan 2022"}, peildatum="2026-06-15")
    json.dumps(v)  # JSON-able
    assert v["jaren"] == list(range(2021, 2031)) and v["periode"] == ["2021-01-01", "2030-12-31"]
    assert (v["aantal_verbeteringen"], v["andere_gemeente"], v["onbekende_categorie"]) == (7, 2, 1)
    hg = next(d for d in v["doelstellingen"] if d["doelstelling"] == "hagen_geveltuinen")
    assert (hg["gerealiseerd"], hg["gepland"], hg["opgelegd"], hg["buiten_periode"], hg["met_fouten"]) == \
        (440.0, 70.0, 30.0, 9.0, 11.0)
    assert hg["doel"] == "9203.5" and hg["doel_waarde"] == 9203.5 and hg["doel_weergave"] == "9 km"
    assert hg["percentage"] == pytest.approx(100 * 440 / 9203.5, abs=1e-3)
    assert hg["toelichting"] == "Haagplan 2022"
    assert hg["aantal"] == {"gerealiseerd": 3, "gepland": 1, "opgelegd": 1, "buiten_periode": 1, "met_fouten": 1}
    #           2021 2022   2023   2024   2025 ...
    assert hg["reeks"]["gerealiseerd"] == [0, 500, 400, 400, 440, 440, 440, 440, 440, 440]
    assert hg["reeks"]["gepland"] == [0, 0, 0, 0, 0, 0, 70, 70, 70, 70]
    params = {p["parameter"]: p for p in hg["parameters"]}
    assert params["haag"]["gerealiseerd"] == 400.0 and params["geveltuin"]["gerealiseerd"] == 40.0
    bomen = v["doelstellingen"][0]
    assert bomen["gerealiseerd"] == 0.0    # the tree under Bilzen's old code does not count for Herzele …
    bilzen = P.voortgang(FEATURES, "73110")
    assert bilzen["doelstellingen"][0]["gerealiseerd"] == 1.0 and bilzen["andere_gemeente"] == 9  # … but for Bilzen-Hoeselt


def test_unknown_population_gives_no_target():
    v = P.voortgang(FEATURES, "41027")
    assert all(d["doel"] is None and d["percentage"] is None for d in v["doelstellingen"])
    rows = T.table_rows(v, "nl")
    assert rows[0]["doel"] == "doel onbekend" and T.table_rows(v, "en")[0]["doel"] == "target unknown"


@pytest.mark.parametrize(("value", "unit", "lang", "target", "text"), [
    (9203.5, "m", "nl", True, "9.203,5 m"),
    (9203.5, "m", "en", True, "9,203.5 m"),
    (18407, "stuks", "nl", True, "18.407 stuks"),
    (18.407, "stuks", "nl", True, "18 stuks"),
    (18.9, "stuks", "en", True, "18 pieces"),
    (1.0, "stuks", "en", False, "1 piece"),
    (1.0, "stuks", "nl", False, "1 stuks"),
    (-3.0, "stuks", "nl", False, "-3 stuks"),
    (1234567.25, "m2", "nl", False, "1.234.567,2 m²"),
    (0.0, "m3", "nl", False, "0 m³"),
    (None, "m3", "nl", True, "doel onbekend"),
])
def test_quantities_in_dutch_and_english_notation(value, unit, lang, target, text):
    assert T.format_quantity(value, unit, lang, target=target) == text


def test_percentages():
    assert T.format_percentage(5.2381) == "5,2 %" and T.format_percentage(0.0105) == "< 0,1 %"
    assert T.format_percentage(0.0) == "0 %" and T.format_percentage(None) == "–"
    assert T.format_percentage(-0.5, "en") == "-0.5 %"


def test_csv_and_handover():
    v = P.voortgang(FEATURES, "41027", 18_407, naam="Herzele", error_ids={"g"},
                    toelichting={"hagen_geveltuinen": "Haagplan; fase 1"}, peildatum="2026-06-15")
    rows = list(csv.DictReader(io.StringIO(T.to_csv(v, "nl")), delimiter=";"))
    assert len(rows) == 5 + 8
    haag = next(r for r in rows if r["code"] == "haag")
    assert (haag["gerealiseerd"], haag["gepland"], haag["opgelegd"], haag["met_fouten"]) == ("400", "70", "30", "11")
    obj = next(r for r in rows if r["code"] == "hagen_geveltuinen")
    assert obj["doel"] == "9203,5" and obj["niveau"] == "doelstelling"
    en = list(csv.DictReader(io.StringIO(T.to_csv(v, "en"))))
    assert next(r for r in en if r["code"] == "hagen_geveltuinen")["target"] == "9203.5"
    hand = list(csv.DictReader(io.StringIO(T.handover_csv(v)), delimiter=";"))
    assert [r["Parameter"] for r in hand][:3] == ["Boom", "Haag", "Geveltuin"]
    assert next(r for r in hand if r["Parameter"] == "Haag")["Toelichting"] == "Haagplan; fase 1"
    assert next(r for r in hand if r["Parameter"] == "Haag")["Gerealiseerd"] == "400"
