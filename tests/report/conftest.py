"""Stores with known improvements for the report tests, and running ``lekp:progressreport`` in this process."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def anchor(store: str) -> tuple[float, float]:
    """A point well inside the store's gemeente (its boundary's representative point)."""
    import shapely

    from lekp_plugin.report.storedata import read_store

    boundary = read_store(store).boundary
    p = shapely.point_on_surface(boundary)
    return p.x, p.y


def add(store: str, layer: str, wkt: str, **values) -> None:
    """One improvement written through OGR, with valid defaults for what is not given."""
    from osgeo import ogr

    props = {"projectnaam": "Testproject", "aard": "aanleg", "status": "uitgevoerd",
             "uitvoeringsdatum": "2024-05-01", "domein": "publiek", "hoeveelheid": 1, **values}
    ds = ogr.Open(store, 1)
    lyr = ds.GetLayerByName(layer)
    if "gegroepeerd" in props and lyr.GetLayerDefn().GetFieldIndex("gegroepeerd") < 0:
        field = ogr.FieldDefn("gegroepeerd", ogr.OFTInteger)  # until the schema's migration adds it
        field.SetSubType(ogr.OFSTBoolean)
        lyr.CreateField(field)
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    for key, value in props.items():
        if value is None:
            feat.SetFieldNull(key)
        else:
            feat.SetField(key, value)
    lyr.CreateFeature(feat)
    ds = None


@pytest.fixture()
def make_store(tmp_path, boundaries_2025):
    from lekp_plugin.store.geopackage import create_store

    def make(nis: str = "71011", name: str = "opslag") -> str:
        path = str(tmp_path / f"{name}.gpkg")
        create_store(path, nis, str(boundaries_2025))
        return path

    return make


def trees(store: str, n: int = 3, dx: float = 0.0, **values) -> None:
    x, y = anchor(store)
    pts = ", ".join(f"({x + dx + 5 * k} {y})" for k in range(n))
    add(store, "verbeteringen_punt", f"MULTIPOINT ({pts})", categorie="boom", hoeveelheid=n, **values)


class Report:
    def __init__(self, results: dict, feedback: list[str], pdf: Path, csv_path: Path, handover: Path):
        self.results = results
        self.messages = feedback
        self.pdf = pdf
        self.voortgang = json.loads(results["VOORTGANG"])
        self.rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig")), delimiter=";"))
        self.handover = list(csv.DictReader(io.StringIO(handover.read_text(encoding="utf-8-sig")), delimiter=";"))

    def row(self, code: str) -> dict[str, str]:
        return next(r for r in self.rows if r["code"] == code)

    def goal(self, code: str) -> dict:
        return next(d for d in self.voortgang["doelstellingen"] if d["doelstelling"] == code)

    def text(self) -> str:
        return subprocess.run(["pdftotext", "-layout", str(self.pdf), "-"], capture_output=True, text=True,
                              check=True).stdout


def run_report(store: str, tmp_path: Path, **params) -> Report:
    """``lekp:progressreport`` through Processing in this process; its outputs read back."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines: list[str] = []

        def reportError(self, error, fatalError=False):
            self.lines.append(error)

        def pushInfo(self, info):
            self.lines.append(info)

    out = tmp_path / Path(store).stem
    pdf, csv_path, handover = (out.with_suffix(".pdf"), out.with_name(out.name + "_tabel.csv"),
                               out.with_name(out.name + "_pactportaal.csv"))
    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:progressreport")
    full = {"STORE": store, "OUTPUT_PDF": str(pdf), "OUTPUT_CSV": str(csv_path),
            "OUTPUT_HANDOVER": str(handover), "PEILDATUM": "2026-06-15", **params}
    context = QgsProcessingContext()
    feedback = Feedback()
    ok, message = alg.checkParameterValues(full, context)
    assert ok, message
    results, ok = alg.run(full, context, feedback, {}, False)
    assert ok, feedback.lines
    return Report(results, feedback.lines, pdf, csv_path, handover)
