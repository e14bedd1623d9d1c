"""lekp:offlinepackage and lekp:mergepackage in Processing: the folder, its project with relative paths,
the basemap with its estimate shown first, the field list, the zip; bad input refused, nothing half-written."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import zipfile

import pytest

from ..plugin.conftest import failure_message
from .conftest import BOUNDARIES, CENTRE, add_trees, store_features

STORE_LAYERS = ("verbeteringen_vlak", "verbeteringen_lijn", "verbeteringen_punt")


def _run(alg_id: str, params: dict):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):
            self.lines.append(("info", info))

        def setProgressText(self, text):
            self.lines.append(("progress", text))

    feedback = Feedback()
    result = processing.run(alg_id, params, context=QgsProcessingContext(), feedback=feedback)
    return result, feedback.lines


@pytest.fixture
def office(diepenbeek):
    path = diepenbeek()
    x, y = CENTRE
    add_trees(path, [(x + 5 * i, y) for i in range(4)], status="gepland", uitvoeringsdatum=None,
              geplande_datum="2026-03-15", projectnaam="Schoolstraat hoogstammen")
    add_trees(path, [(x + 1500, y + 1500)], projectnaam="Reeds geplant")
    return path


def test_offlinepackage_writes_the_folder_and_zip_without_absolute_paths(tmp_path, office, provider):
    folder = tmp_path / "veldwerk" / "pakket"
    result, lines = _run("lekp:offlinepackage", {
        "STORE": office, "BASEMAP_LAYERS": [str(BOUNDARIES)], "ZOOM_MIN": 12, "ZOOM_MAX": 15, "ZIP": True,
        "OUTPUT": str(folder)})
    assert result["FEATURES"] == 5
    names = sorted(os.listdir(folder))
    assert {"lekp_diepenbeek.gpkg", "lekp_diepenbeek.qgz", "achtergrond.mbtiles", "veldlijst.pdf"} <= set(names)
    assert not [n for n in names if n.startswith(".")]
    assert not [n for n in os.listdir(folder.parent) if n.startswith(".lekp-")]  # no leftovers
    # the estimate is shown before the basemap is written
    estimate = next(i for i, (_, text) in enumerate(lines) if "geschat" in text)
    assert "tegels" in lines[estimate][1] and result["BASEMAP_MB"] > 0

    gpkg = str(folder / "lekp_diepenbeek.gpkg")
    if shutil.which("ogrinfo"):  # gdal-bin (the QGIS 3.40 chroot has no GDAL tools)
        info = subprocess.run(["ogrinfo", "-ro", gpkg], capture_output=True, text=True)
        assert info.returncode == 0 and "ERROR" not in info.stderr, info.stderr
        for name in (*STORE_LAYERS, "gemeentegrens", "registry_referentie", "pakketgebied"):
            assert name in info.stdout
    from osgeo import gdal

    tiles = gdal.Open(str(folder / "achtergrond.mbtiles"))
    assert tiles.GetDriver().ShortName == "MBTiles" and tiles.RasterXSize > 256
    tiles = None

    with zipfile.ZipFile(folder / "lekp_diepenbeek.qgz") as zf:
        qgs = zf.read(next(n for n in zf.namelist() if n.endswith(".qgs"))).decode()
    assert str(tmp_path) not in qgs and "/tmp/" not in qgs
    assert 'source="./lekp_diepenbeek.gpkg|layername=verbeteringen_punt"' in qgs
    assert "./achtergrond.mbtiles" in qgs
    for name in names:  # no file of the package names where it was made
        assert str(tmp_path).encode() not in (folder / name).read_bytes(), name
    assert qgs.count('type="ValueMap"') >= 3 * 4  # categorie, aard, status, domein, bron on each store layer
    assert "uuid(" in qgs  # the id default travels in the project

    with zipfile.ZipFile(str(folder) + ".zip") as zf:
        assert sorted(n.split("/", 1)[1] for n in zf.namelist()) == names
    if not shutil.which("pdftotext"):
        assert (folder / "veldlijst.pdf").read_bytes().startswith(b"%PDF")
        return
    text = subprocess.run(["pdftotext", "-layout", str(folder / "veldlijst.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert text.count("Schoolstraat hoogstammen") == 4 and "Reeds geplant" not in text
    assert "15/03/2026" in text


def test_package_geopackage_has_layer_styles_for_the_store_layers(tmp_path, office, provider):
    """layer_styles come with the store (lekp:createstore of issue 11); the package carries them."""
    _run("lekp:offlinepackage", {"STORE": office, "FIELD_LIST": False, "OUTPUT": str(tmp_path / "p")})
    con = sqlite3.connect(str(tmp_path / "p" / "lekp_diepenbeek.gpkg"))
    try:
        styled = {r[0] for r in con.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
    except sqlite3.OperationalError as exc:
        pytest.fail(f"the package has no layer_styles table ({exc}); the store made by lekp:createstore has none")
    finally:
        con.close()
    assert set(STORE_LAYERS) <= styled


def test_bad_input_is_refused_before_anything_is_written(tmp_path, office, provider):
    from .conftest import square

    outside = tmp_path / "buiten.gpkg"
    import shapely
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(outside))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    layer = ds.CreateLayer("gebied", srs, ogr.wkbPolygon)
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkb(bytes(shapely.from_wkb(square(150000, 200000, 400)).wkb)))
    layer.CreateFeature(f)
    ds = None
    message = failure_message("lekp:offlinepackage", {"STORE": office, "AREA": str(outside),
                                                      "OUTPUT": str(tmp_path / "p1")})
    assert message and "buiten gemeente 71011" in message
    (tmp_path / "vol").mkdir()
    (tmp_path / "vol" / "iets.txt").write_text("x")
    message = failure_message("lekp:offlinepackage", {"STORE": office, "OUTPUT": str(tmp_path / "vol")})
    assert message and "bestaat al en is niet leeg" in message
    message = failure_message("lekp:offlinepackage", {"STORE": str(tmp_path / "geen.gpkg"),
                                                      "OUTPUT": str(tmp_path / "p2")})
    assert message and "geen LEKP-opslag" in message
    assert not (tmp_path / "p1").exists() and not (tmp_path / "p2").exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs needs root")
def test_a_full_disk_during_the_package_leaves_no_folder(tmp_path, office, provider):
    small = tmp_path / "klein"
    small.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(small)], check=True)
    try:
        message = failure_message("lekp:offlinepackage", {
            "STORE": office, "BASEMAP_LAYERS": [str(BOUNDARIES)], "ZOOM_MIN": 12, "ZOOM_MAX": 16,
            "OUTPUT": str(small / "pakket")})
        assert message and ("schijfruimte" in message or "kan niet geschreven worden" in message), message
        assert os.listdir(small) == []
    finally:
        subprocess.run(["umount", "-l", str(small)], check=True)  # lazy: QGIS 3.22 may still hold a file


def test_mergepackage_from_the_zip(tmp_path, office, provider):
    _run("lekp:offlinepackage", {"STORE": office, "ZIP": True, "FIELD_LIST": False,
                                 "OUTPUT": str(tmp_path / "pakket")})
    # the officer edits the unzipped copy on the tablet and brings it back zipped
    with zipfile.ZipFile(tmp_path / "pakket.zip") as zf:
        zf.extractall(tmp_path / "tablet")
    gpkg = tmp_path / "tablet" / "pakket" / "lekp_diepenbeek.gpkg"
    (new,) = add_trees(str(gpkg), [(CENTRE[0] - 30, CENTRE[1])], bron="veld")
    with zipfile.ZipFile(tmp_path / "terug.zip", "w") as zf:
        for p in (tmp_path / "tablet" / "pakket").iterdir():
            zf.write(p, f"pakket/{p.name}")
    result, _ = _run("lekp:mergepackage", {"PACKAGE": str(tmp_path / "terug.zip"), "STORE": office})
    assert (result["CREATED"], result["CHANGED"], result["DELETED"], result["CONFLICTS"]) == (1, 0, 0, 0)
    assert new in store_features(office)
    message = failure_message("lekp:mergepackage", {"PACKAGE": str(tmp_path / "terug.zip"), "STORE": office})
    assert message and "al samengevoegd" in message
