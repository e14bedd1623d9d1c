"""``lekp:validate`` on a real store: findings table, counts, HTML and CSV reports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from lekp_plugin.store import create_store

from .conftest import failure_message

PEILDATUM = "2026-06-30"
# Diepenbeek lies around x 220 000–228 000, y 174 000–182 800 (Lambert 72)
INSIDE = (224000, 178000)


def square(x, y, size):
    return f"MULTIPOLYGON ((({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y})))"


def add(path, layer_name, wkt, **values):
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName(layer_name)
    feat = ogr.Feature(layer.GetLayerDefn())
    if wkt:
        feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    base = {"projectnaam": "Test", "status": "uitgevoerd", "uitvoeringsdatum": "2024-04-01",
            "domein": "publiek"}
    for key, value in {**base, **values}.items():
        if value is None:
            feat.SetFieldNull(key)
        else:
            feat.SetField(key, value)
    layer.CreateFeature(feat)
    ds = None


@pytest.fixture()
def store(tmp_path, boundaries_2025):
    path = tmp_path / "diepenbeek.gpkg"
    create_store(str(path), "71011", str(boundaries_2025))
    x, y = INSIDE
    add(path, "verbeteringen_vlak", square(x, y, 20), id="a0000000-0000-4000-8000-000000000001",
        categorie="ontharding", hoeveelheid=400)                                # fine: exactly the area
    add(path, "verbeteringen_vlak", square(x + 100, y, 3), id="a0000000-0000-4000-8000-000000000002",
        categorie="natuurgroenperk", hoeveelheid=1)                             # A001: 9 m²
    add(path, "verbeteringen_vlak", square(x + 200, y, 10), id="a0000000-0000-4000-8000-000000000003",
        categorie="ontharding", hoeveelheid=150)                                # A002: 150 > 100 m²
    add(path, "verbeteringen_punt", f"MULTIPOINT (({x} {y + 300}))", id="a0000000-0000-4000-8000-000000000004",
        categorie="boom", hoeveelheid=1, uitvoeringsdatum="2020-12-31")         # D002
    add(path, "verbeteringen_punt", f"MULTIPOINT (({x} {y + 310}))", id="a0000000-0000-4000-8000-000000000005",
        categorie="hemelwater_buffer", hoeveelheid=5000)                        # Q002: litres?
    add(path, "verbeteringen_lijn", f"MULTILINESTRING (({x} {y + 400}, {x + 50} {y + 400}))",
        id="a0000000-0000-4000-8000-000000000006", categorie="haag", hoeveelheid=50, opgelegd=1)  # N001
    return path


def layers_of(path):
    return [QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
            for name in ("verbeteringen_vlak", "verbeteringen_lijn", "verbeteringen_punt")]


def run_validate(params):
    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:validate")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    ok, msg = alg.checkParameterValues(params, context)
    assert ok, msg
    results, ok = alg.run(params, context, QgsProcessingFeedback(), {}, False)
    assert ok
    return results, context


def test_findings_table_counts_and_reports(provider, store, tmp_path):
    boundary = QgsVectorLayer(f"{store}|layername=gemeentegrens", "grens", "ogr")
    html, csv_path = tmp_path / "rapport.html", tmp_path / "rapport.csv"
    results, context = run_validate({
        "INPUT": layers_of(store), "BOUNDARY": boundary, "PEILDATUM": PEILDATUM,
        "OUTPUT": "memory:", "REPORT_HTML": str(html), "REPORT_CSV": str(csv_path)})
    table = context.getMapLayer(results["OUTPUT"])
    names = table.fields().names()
    assert names[:4] == ["feature_id", "code", "severity", "message"]
    rows = [dict(zip(names, f.attributes(), strict=True)) for f in table.getFeatures()]
    got = {(r["feature_id"][-2:], r["code"]) for r in rows}
    # the 9 m² perk: too small (A001), so its 1 perk exceeds the 0 parts of ≥ 10 m² (A002)
    assert got == {("02", "LEKP-A001"), ("02", "LEKP-A002"), ("03", "LEKP-A002"), ("04", "LEKP-D002"),
                   ("05", "LEKP-Q002"), ("06", "LEKP-N001")}
    assert all(r["message"] and r["laag"].startswith("verbeteringen_") for r in rows)
    assert results["FEATURES"] == 6
    assert results["ERRORS"] == 4 and results["WARNINGS"] == 1 and results["INFOS"] == 1
    assert json.loads(results["COUNTS"]) == {"LEKP-A001": 1, "LEKP-A002": 2, "LEKP-Q002": 1,
                                             "LEKP-D002": 1, "LEKP-N001": 1}
    # errors first in the table
    assert [r["severity"] for r in rows] == sorted((r["severity"] for r in rows),
                                                   key=["error", "warning", "info"].index)
    report = html.read_text(encoding="utf-8")
    assert "LEKP-validatierapport" in report and "LEKP-A001" in report and "natuurgroenperk" in report.lower()
    parsed = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert {r["code"] for r in parsed} == {c for _, c in got}
    assert {r["feature_id"] for r in parsed if r["code"] == "LEKP-D002"} == {"a0000000-0000-4000-8000-000000000004"}


def test_outside_the_boundary_and_reprojection(provider, store, tmp_path, boundaries_2025):
    """A layer in EPSG:4326 is reprojected; one claiming 31370 with degrees gives LEKP-G004."""
    fields = ("&field=id:string&field=gemeente_nis:string&field=projectnaam:string&field=categorie:string"
              "&field=aard:string&field=hoeveelheid:double&field=status:string&field=uitvoeringsdatum:date"
              "&field=opgelegd:boolean&field=bron:string")
    wgs = QgsVectorLayer("Point?crs=EPSG:4326" + fields, "wgs", "memory")
    lying = QgsVectorLayer("Point?crs=EPSG:31370" + fields, "lying", "memory")
    for layer, fid in ((wgs, "b1"), (lying, "b2")):
        feat = QgsFeature(layer.fields())
        # Diepenbeek town centre in degrees
        feat.setGeometry(QgsGeometry.fromWkt("POINT (5.405 50.908)"))
        feat.setAttributes([fid, "71011", "P", "boom", "aanleg", 1, "uitgevoerd", "2024-05-01", False, "manueel"])
        assert layer.dataProvider().addFeature(feat)
    boundary = QgsVectorLayer(f"{store}|layername=gemeentegrens", "grens", "ogr")
    results, context = run_validate({"INPUT": [wgs, lying], "BOUNDARY": boundary, "PEILDATUM": PEILDATUM,
                                     "OUTPUT": "memory:"})
    rows = [f.attributes() for f in context.getMapLayer(results["OUTPUT"]).getFeatures()]
    codes = {(r[0], r[1]) for r in rows}
    assert ("b2", "LEKP-G004") in codes
    assert not [c for c in codes if c[0] == "b1"], codes  # reprojected: inside Diepenbeek, no finding


def test_bad_reference_date_is_refused_before_the_run(provider, store):
    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:validate")
    ok, msg = alg.checkParameterValues({"INPUT": layers_of(store), "PEILDATUM": "31/02/2023",
                                        "OUTPUT": "memory:"}, QgsProcessingContext())
    assert not ok and "Peildatum '31/02/2023'" in msg


def test_no_layers_is_a_clear_error(provider):
    message = failure_message("lekp:validate", {"INPUT": [], "OUTPUT": "memory:"})
    assert message and ("Kies minstens één laag" in message or "INPUT" in message)


def test_laag_is_the_layer_within_its_source(provider, store, tmp_path):
    """qgis_process names `cases.gpkg|layername=verbeteringen_vlak` "cases"; laag says the table."""
    named_after_file = [QgsVectorLayer(f"{store}|layername={name}", "diepenbeek", "ogr")
                        for name in ("verbeteringen_vlak", "verbeteringen_punt")]
    shp = tmp_path / "bomen_2024.shp"
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(shp))
    lyr = ds.CreateLayer("bomen_2024", geom_type=ogr.wkbPoint)
    for name in ("id", "categorie", "status"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({INSIDE[0]} {INSIDE[1] + 900})"))
    for name, value in (("id", "s1"), ("categorie", "boom"), ("status", "gepland")):
        feat.SetField(name, value)
    lyr.CreateFeature(feat)
    ds = None
    results, context = run_validate({"INPUT": [*named_after_file, QgsVectorLayer(str(shp), "x", "ogr")],
                                     "PEILDATUM": PEILDATUM, "OUTPUT": "memory:"})
    table = context.getMapLayer(results["OUTPUT"])
    laag = {(f["feature_id"][-2:], f["laag"]) for f in table.getFeatures()}
    assert ("02", "verbeteringen_vlak") in laag and ("04", "verbeteringen_punt") in laag
    assert ("s1", "bomen_2024") in laag
    assert not [x for x in laag if x[1] in ("diepenbeek", "x")]


def test_unparseable_date_cell_is_d006_with_its_text_not_d001(provider, store):
    """A DATE cell holding '31/02/2023' reaches QGIS as NULL; the finding is about the text."""
    ds = ogr.Open(str(store), 1)
    ds.ExecuteSQL("UPDATE verbeteringen_vlak SET uitvoeringsdatum = '31/02/2023' "
                  "WHERE id = 'a0000000-0000-4000-8000-000000000001'")
    ds.ExecuteSQL("UPDATE verbeteringen_punt SET geplande_datum = '2024-13-01' "
                  "WHERE id = 'a0000000-0000-4000-8000-000000000004'")
    ds = None
    results, context = run_validate({"INPUT": layers_of(store), "PEILDATUM": PEILDATUM, "OUTPUT": "memory:"})
    rows = [f for f in context.getMapLayer(results["OUTPUT"]).getFeatures()]
    one = [(f["code"], json.loads(f["parameters"])) for f in rows if f["feature_id"].endswith("01")]
    assert [c for c, _ in one] == ["LEKP-D006"], one       # not "uitgevoerd zonder datum" (D001)
    assert one[0][1]["field"] == "uitvoeringsdatum" and one[0][1]["value"] == "31/02/2023"
    d006 = next(f for f in rows if f["feature_id"].endswith("04") and f["code"] == "LEKP-D006")
    assert "2024-13-01" in d006["message"] and json.loads(d006["parameters"])["field"] == "geplande_datum"
