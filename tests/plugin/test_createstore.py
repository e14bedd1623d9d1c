"""``lekp:createstore`` through Processing, data-driven (parameters → expected store).

Runs the algorithm as the toolbox and models do (checkParameterValues, then
run with a fresh context and feedback) and inspects the GeoPackage with OGR
and SQLite, not with the code that wrote it.
"""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)

from lekp_plugin.core.schema import FIELD_NAMES, GEOMETRY_FAMILIES
from lekp_plugin.store import migrations

from .conftest import failure_message

MUNI = "municipalities"


def run_alg(params):
    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:createstore")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    ok, msg = alg.checkParameterValues(params, context)
    assert ok, msg
    result, ok = alg.run(params, context, feedback, {}, False)
    assert ok
    return result, context


def layer_info(path):
    ds = ogr.Open(str(path))
    out = {}
    for i in range(ds.GetLayerCount()):
        layer = ds.GetLayer(i)
        defn = layer.GetLayerDefn()
        srs = layer.GetSpatialRef()
        out[layer.GetName()] = {
            "fields": [defn.GetFieldDefn(j).GetName() for j in range(defn.GetFieldCount())],
            "geom": ogr.GeometryTypeToName(layer.GetGeomType()),
            "epsg": srs.GetAuthorityCode(None) if srs else None,
            "count": layer.GetFeatureCount(),
            "extent": layer.GetExtent() if layer.GetGeomType() != ogr.wkbNone else None,
        }
    return out


CASES = [
    # (id, nis, boundary file, expected name, expected boundary area range in km²)
    ("diepenbeek-2025", "71011", "vl_bru_gemeente.shp", "Diepenbeek"),
    ("diepenbeek-crs84-geojson", "71011", "vl_bru_gemeente_2025_crs84.geojson", "Diepenbeek"),
    ("bilzen-hoeselt-from-2024-file", "73110", "vl_bru_gemeente2024.shp", "Bilzen + Hoeselt"),
    ("herzele-no-boundary", "41027", None, ""),
]


def area_in_2025_file(shared_data, nis):
    """Planar area (m²) of a gemeente in the 2025 shapefile, read independently."""
    ds = ogr.Open(str(shared_data / MUNI / "vl_bru_gemeente.shp"))
    layer = ds.GetLayer(0)
    layer.SetAttributeFilter(f"geoitem = '{nis}'")
    feat = layer.GetNextFeature()
    return feat.GetGeometryRef().GetArea()


def add_point(path, categorie="boom"):
    """Insert through OGR: plain sqlite3 lacks the GeoPackage's ST_ functions."""
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("verbeteringen_punt")
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOINT ((225000 178000))"))
    f.SetField("categorie", categorie)
    layer.CreateFeature(f)
    ds = None


@pytest.mark.parametrize(("nis", "boundary", "naam"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_createstore_cases(provider, shared_data, tmp_path, nis, boundary, naam):
    out = tmp_path / "lekp.gpkg"
    params = {"GEMEENTE_NIS": nis, "OUTPUT": str(out)}
    if boundary:
        params["BOUNDARY"] = str(shared_data / MUNI / boundary)
    result, context = run_alg(params)
    assert result["OUTPUT"] == str(out)
    assert result["GEMEENTE_NAAM"] == naam
    info = layer_info(out)
    for fam in GEOMETRY_FAMILIES:
        layer = info[fam.layer_name]
        assert layer["fields"] == list(FIELD_NAMES)
        assert layer["geom"].replace(" ", "") == fam.layer_type
        assert layer["epsg"] == "31370"
        assert layer["count"] == 0
    # the three layers and the boundary are offered to load into the project on completion
    assert len(context.layersToLoadOnCompletion()) == (4 if boundary else 3)
    con = sqlite3.connect(out)
    rtrees = {r[0] for r in con.execute(
        "SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'")}
    assert {f.layer_name for f in GEOMETRY_FAMILIES} <= rtrees
    meta = dict(con.execute("SELECT sleutel, waarde FROM lekp_meta"))
    assert meta["gemeente_nis"] == nis and meta["schema_version"] == str(migrations.LATEST)
    con.close()
    if boundary:
        grens = info["gemeentegrens"]
        assert grens["count"] == 1 and grens["epsg"] == "31370"
        # In Lambert 72 metres, equal to the 2025 polygon (within 1 % for a
        # union of 2024 parts or a reprojection from CRS84); degrees would be ~0.
        ds = ogr.Open(str(out))
        feat = ds.GetLayerByName("gemeentegrens").GetNextFeature()
        assert feat.GetGeometryRef().GetArea() == pytest.approx(area_in_2025_file(shared_data, nis), rel=0.01)
    else:
        assert "gemeentegrens" not in info


def test_ids_are_given_to_features_inserted_without_one(provider, tmp_path):
    out = tmp_path / "s.gpkg"
    run_alg({"GEMEENTE_NIS": "71011", "OUTPUT": str(out)})
    for _ in range(3):
        add_point(out)
    with sqlite3.connect(out) as con:
        rows = con.execute("SELECT id, gemeente_nis, aard, opgelegd, bron FROM verbeteringen_punt").fetchall()
    ids = [r[0] for r in rows]
    assert len(set(ids)) == 3
    assert all(uuid.UUID(i).version == 4 for i in ids)
    assert {r[1:] for r in rows} == {("71011", "aanleg", 0, "manueel")}
    # ids are unique in the store
    ds = ogr.Open(str(out), 1)
    layer = ds.GetLayerByName("verbeteringen_punt")
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetField("id", ids[0])
    with pytest.raises(RuntimeError, match="UNIQUE"):
        layer.CreateFeature(f)


ERRORS = [
    ("bad-nis", {"GEMEENTE_NIS": "7101"}, "geen geldige NIS-code"),
    ("merged-nis", {"GEMEENTE_NIS": "73006"}, "gebruik 73110"),
    ("nis-not-in-file", {"GEMEENTE_NIS": "99999", "BOUNDARY": "vl_bru_gemeente.shp"},
     "komt niet voor in"),
    ("wrong-nis-field", {"GEMEENTE_NIS": "71011", "BOUNDARY": "vl_bru_gemeente.shp",
                         "BOUNDARY_NIS_FIELD": "naam"}, "komt niet voor in"),
]


@pytest.mark.parametrize(("params", "message"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_createstore_errors_say_what_and_write_nothing(provider, shared_data, tmp_path, params, message):
    out = tmp_path / "x.gpkg"
    params = dict(params, OUTPUT=str(out))
    if "BOUNDARY" in params:
        params["BOUNDARY"] = str(shared_data / MUNI / params["BOUNDARY"])
    assert message in (failure_message("lekp:createstore", params) or "")
    assert list(tmp_path.iterdir()) == []


def test_nis_problems_are_refused_before_the_run(provider, tmp_path):
    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:createstore")
    ok, msg = alg.checkParameterValues({"GEMEENTE_NIS": "73006", "OUTPUT": str(tmp_path / "b.gpkg")},
                                       QgsProcessingContext())
    assert not ok and "gebruik 73110" in msg


def test_existing_store_with_features_is_kept(provider, tmp_path):
    out = tmp_path / "s.gpkg"
    run_alg({"GEMEENTE_NIS": "71011", "OUTPUT": str(out)})
    add_point(out)
    before = out.read_bytes()
    assert "bevat 1 verbeteringen" in failure_message("lekp:createstore",
                                                      {"GEMEENTE_NIS": "71011", "OUTPUT": str(out)})
    assert out.read_bytes() == before
    run_alg({"GEMEENTE_NIS": "71011", "OUTPUT": str(out), "OVERWRITE": True})
    assert layer_info(out)["verbeteringen_punt"]["count"] == 0


def test_other_file_is_never_overwritten(provider, tmp_path):
    out = tmp_path / "notes.gpkg"
    out.write_text("not a geopackage")
    assert "geen LEKP-opslag" in failure_message(
        "lekp:createstore", {"GEMEENTE_NIS": "71011", "OUTPUT": str(out), "OVERWRITE": True})
    assert out.read_text() == "not a geopackage"


def test_broken_boundary_file_is_reported(provider, shared_data, tmp_path):
    from lekp_plugin.store import StoreError, create_store

    broken = shared_data / "trees_green" / "gent_straatbomen_per_straat_2011_yql_truncated.json"
    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:createstore")
    ok, msg = alg.checkParameterValues(
        {"GEMEENTE_NIS": "71011", "BOUNDARY": str(broken), "OUTPUT": str(tmp_path / "b.gpkg")},
        QgsProcessingContext())
    assert not ok and "BOUNDARY" in msg
    # the store itself names the file and GDAL's reason
    with pytest.raises(StoreError, match="gent_straatbomen.*kan niet geopend worden"):
        create_store(str(tmp_path / "b.gpkg"), "71011", str(broken))
    nested = shared_data / "trees_green" / "schaerbeek_primes_facadevert_nested.geojson"
    with pytest.raises(StoreError):
        create_store(str(tmp_path / "b.gpkg"), "71011", str(nested))
    assert list(tmp_path.iterdir()) == []
