"""``lekp:validate`` output: every finding reaches the findings table, whatever its format.

A feature with several findings (overlaps on both sides, a duplicate, wrong
values) once lost all but its first finding in a GeoPackage output: the
table's ``fid`` column became the primary key and later rows were refused
silently.  These tests write the same findings to GeoPackage, CSV,
shapefile and a memory layer and find every one back, and check that a
refused row fails the run with a Dutch message naming the finding.
"""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from lekp_plugin.core.validation import Finding, Severity
from lekp_plugin.core.validation.report import FIELDS, Row
from lekp_plugin.store import create_store

from .test_validate_alg import INSIDE, PEILDATUM, add, square

FORMATS = ("gpkg", "csv", "shp", "memory")
ID = "a0000000-0000-4000-8000-0000000000{:02d}".format
SHAPEFILE_TEXT = 254


@pytest.fixture()
def dense_store(tmp_path, boundaries_2025):
    """Four ontharding squares piled on each other, plus a tree with several errors."""
    path = tmp_path / "cases.gpkg"
    create_store(str(path), "71011", str(boundaries_2025))
    x, y = INSIDE
    vlak = "verbeteringen_vlak"
    add(path, vlak, square(x, y, 20), id=ID(1), categorie="ontharding", hoeveelheid=400)
    add(path, vlak, square(x + 10, y, 20), id=ID(2), categorie="ontharding", hoeveelheid=400)  # overlaps 1
    add(path, vlak, square(x + 5, y + 5, 20), id=ID(3), categorie="ontharding",
        hoeveelheid=0, uitvoeringsdatum="2020-06-01")                    # overlaps 1 and 2, Q001, D002
    add(path, vlak, square(x, y, 20), id=ID(4), categorie="ontharding", hoeveelheid=400)  # duplicate of 1
    add(path, "verbeteringen_punt", f"MULTIPOINT (({x + 500} {y}))", id=ID(5), categorie="boom",
        hoeveelheid=5000, status="uitgevoerd", uitvoeringsdatum="2031-01-01", opgelegd=1)  # D003 D004 N001
    return path


def idless_layer():
    """A memory layer whose one feature has no id and overlaps feature 1."""
    x, y = INSIDE
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:31370&field=id:string&field=gemeente_nis:string"
                           "&field=projectnaam:string&field=categorie:string&field=aard:string"
                           "&field=hoeveelheid:double&field=status:string&field=uitvoeringsdatum:string",
                           "schets", "memory")
    feat = QgsFeature(layer.fields())
    feat.setGeometry(QgsGeometry.fromWkt(square(x + 2, y + 2, 10)))
    feat.setAttributes([None, "71011", "Schets", "ontharding", "aanleg", 100, "uitgevoerd", "2024-04-01"])
    assert layer.dataProvider().addFeature(feat)
    return layer


def destination(fmt, tmp_path):
    return "memory:" if fmt == "memory" else str(tmp_path / f"bevindingen.{fmt}")


def _plain(value):
    """NULL, empty text and QVariant NULL alike → None; numbers stay numbers."""
    if value is None or value == "" or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def read_back(fmt, dest, context, results):
    """The findings table's rows as dicts, read with the format's own reader."""
    if fmt == "memory":
        table = context.getMapLayer(results["OUTPUT"])
        names = table.fields().names()
        return [dict(zip(names, map(_plain, f.attributes()), strict=True)) for f in table.getFeatures()]
    if fmt == "csv":
        with open(dest, encoding="utf-8", newline="") as fh:
            return [{k: _plain(v) for k, v in row.items()} for row in csv.DictReader(fh)]
    path = dest.replace(".shp", ".dbf") if fmt == "shp" else dest
    ds = ogr.Open(path)
    assert ds is not None, f"{path} not written"
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = [{n: _plain(f.GetField(n)) for n in names} for f in layer]
    ds = None
    return rows


def run(params):
    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:validate")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    ok, msg = alg.checkParameterValues(params, context)
    assert ok, msg
    results, ok = alg.run(params, context, QgsProcessingFeedback(), {}, False)
    assert ok
    del alg
    return results, context


def key(row):
    return row["feature_id"], row["code"], row["ander_id"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_finding_reaches_the_table_in_every_format(provider, dense_store, tmp_path, fmt):
    layers = [QgsVectorLayer(f"{dense_store}|layername={name}", "cases", "ogr")
              for name in ("verbeteringen_vlak", "verbeteringen_punt")] + [idless_layer()]
    dest = destination(fmt, tmp_path)
    csv_report = tmp_path / "rapport.csv"
    results, context = run({"INPUT": layers, "PEILDATUM": PEILDATUM, "OUTPUT": dest,
                            "REPORT_CSV": str(csv_report)})
    counts = json.loads(results["COUNTS"])
    total = sum(counts.values())
    rows = read_back(fmt, dest, context, results)

    # every finding, by count and by (feature_id, code, ander_id)
    assert len(rows) == total == results["ERRORS"] + results["WARNINGS"] + results["INFOS"]
    assert Counter(r["code"] for r in rows) == Counter(counts)
    got = Counter(key(r) for r in rows)
    one, two, three, four = ID(1), ID(2), ID(3), ID(4)
    # overlaps and the duplicate on both sides, each naming the other
    expected_pairs = Counter({
        (one, "LEKP-O001", two): 1, (two, "LEKP-O001", one): 1,
        (one, "LEKP-O001", three): 1, (three, "LEKP-O001", one): 1,
        (two, "LEKP-O001", three): 1, (three, "LEKP-O001", two): 1,
        (one, "LEKP-O002", four): 1, (four, "LEKP-O002", one): 1,
        (four, "LEKP-O001", two): 1, (two, "LEKP-O001", four): 1,
        (four, "LEKP-O001", three): 1, (three, "LEKP-O001", four): 1,
        # the id-less sketch overlaps all four: it names them, they cannot name it
        (None, "LEKP-O001", one): 1, (one, "LEKP-O001", None): 1,
        (None, "LEKP-O001", two): 1, (two, "LEKP-O001", None): 1,
        (None, "LEKP-O001", three): 1, (three, "LEKP-O001", None): 1,
        (None, "LEKP-O001", four): 1, (four, "LEKP-O001", None): 1,
    })
    assert +(got & expected_pairs) == expected_pairs, got
    assert (None, "LEKP-F001", None) in got           # the sketch has no id
    for code in ("LEKP-Q001", "LEKP-D002"):
        assert got[(three, code, None)] == 1
    for code in ("LEKP-D003", "LEKP-D004", "LEKP-N001"):
        assert got[(ID(5), code, None)] == 1
    assert max(Counter(r["feature_id"] for r in rows).values()) >= 5, "several findings per feature"
    assert sum(got.values()) == total

    # where each finding lies: the layer within its source, the source fid
    store_rows = [r for r in rows if r["feature_id"] and r["feature_id"] != ID(5)]
    assert {r["laag"] for r in store_rows} == {"verbeteringen_vlak"}
    assert {int(r["bron_fid"]) for r in store_rows} == {1, 2, 3, 4}
    assert {r["laag"] for r in rows if r["feature_id"] is None} == {"schets"}
    for r in rows:
        assert r["message"], r
        params = r["parameters"]
        if fmt != "shp" or len(params) < SHAPEFILE_TEXT:
            assert isinstance(json.loads(params), dict)

    # the CSV report holds the same rows
    with csv_report.open(encoding="utf-8", newline="") as fh:
        report = list(csv.DictReader(fh))
    assert tuple(report[0]) == FIELDS
    assert Counter((r["feature_id"] or None, r["code"], r["ander_id"] or None) for r in report) == got


def _rows():
    """Three findings on one feature, one without any source, one with a long message."""
    long_reason = "Ring Self-intersection " + "x" * 400
    return [
        Row(Finding("f1", "LEKP-O001", Severity.WARNING,
                    {"other_id": "f2", "other_source": "batch", "overlap": 3.0, "unit": "m2", "iou": 0.2}),
            "verbeteringen_vlak", 7),
        Row(Finding("f1", "LEKP-O001", Severity.WARNING,
                    {"other_id": "f3", "other_source": "batch", "overlap": 2.0, "unit": "m2", "iou": 0.1}),
            "verbeteringen_vlak", 7),
        Row(Finding("f1", "LEKP-G002", Severity.ERROR, {"reason": long_reason, "repairable": False}),
            "verbeteringen_vlak", 7),
        Row(Finding(None, "LEKP-G001", Severity.ERROR, {"reason": "missing"})),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rows_without_source_and_long_texts_are_all_written(provider, tmp_path, fmt):
    """The sink writer itself, on rows lekp:validate rarely makes: no source, no id, long text."""
    from qgis.core import QgsProcessingUtils, QgsWkbTypes

    from lekp_plugin.processing.algorithms.validate import ValidateAlgorithm, findings_fields

    dest = destination(fmt, tmp_path)
    context = QgsProcessingContext()
    sink, dest_id = QgsProcessingUtils.createFeatureSink(dest, context, findings_fields(),
                                                         QgsWkbTypes.NoGeometry, QgsProject.instance().crs())
    rows = _rows()
    ValidateAlgorithm().write_rows(sink, rows, "nl")
    del sink  # closes the file
    back = read_back(fmt, dest, context, {"OUTPUT": dest_id})
    assert len(back) == len(rows)
    assert Counter(key(r) for r in back) == Counter(
        (r.finding.feature_id, r.finding.code, r.finding.ander_id) for r in rows)
    nosource = [r for r in back if r["feature_id"] is None]
    assert len(nosource) == 1 and nosource[0]["bron_fid"] is None and nosource[0]["laag"] is None
    g002 = next(r for r in back if r["code"] == "LEKP-G002")
    full = rows[2].finding.message("nl")
    if fmt == "shp":
        assert full.startswith(g002["message"]) and len(g002["message"]) >= SHAPEFILE_TEXT - 4
    else:
        assert g002["message"] == full


def test_a_refused_row_fails_the_run_naming_the_finding(provider, tmp_path):
    """An output that refuses a row (here: a unique index on code) stops the run loudly."""
    from lekp_plugin.processing.algorithms.validate import ValidateAlgorithm

    path = tmp_path / "strict.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("bevindingen", geom_type=ogr.wkbNone)
    for name in FIELDS:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger64 if name == "bron_fid" else ogr.OFTString))
    ds.ExecuteSQL('CREATE UNIQUE INDEX one_per_code ON bevindingen (code)')
    ds = None
    table = QgsVectorLayer(f"{path}|layername=bevindingen", "bevindingen", "ogr")
    assert table.isValid()
    message = None
    try:
        ValidateAlgorithm().write_rows(table.dataProvider(), _rows(), "nl")
    except QgsProcessingException as exc:
        message = str(exc)
    assert message is not None, "a refused row must fail the run"
    # the second O001 of f1 is refused: the message says which finding, where, and that rows are missing
    assert "LEKP-O001" in message and "f1" in message and "verbeteringen_vlak" in message
    assert "(laag verbeteringen_vlak, fid 7; rij 2 van 4)" in message and "onvolledig" in message
    assert "UNIQUE constraint failed" in message  # what the output said
    del table
