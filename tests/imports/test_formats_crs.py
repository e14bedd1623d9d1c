"""Other formats (shapefile with .cpg, GeoPackage, GeoJSON, GML, CSV) and the CRS rules."""

from __future__ import annotations

import subprocess
import sys

import pytest
import verkavelingsplan
from osgeo import ogr, osr
from pyproj import Transformer

from lekp_plugin.imports.messages import ImportFault
from lekp_plugin.imports.pipeline import import_plan, prepare_import
from lekp_plugin.imports.readers import read_source

from .conftest import ROOT, TODAY

X0, Y0 = verkavelingsplan.DIEPENBEEK


def _srs(epsg: int):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _write(path, driver, layer_name, epsg, geom_type, rows, options=(), fields=("soort",)):
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = ds.CreateLayer(layer_name, _srs(epsg) if epsg else None, geom_type, options=list(options))
    for f in fields:
        layer.CreateField(ogr.FieldDefn(f, ogr.OFTString))
    for wkt, values in rows:
        feat = ogr.Feature(layer.GetLayerDefn())
        for f, v in zip(fields, values, strict=True):
            feat.SetField(f, v)
        feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feat)
    ds = None


@pytest.mark.parametrize("encoding", ["UTF-8", "ISO-8859-1"])
def test_shapefile_with_its_cpg(tmp_path, store, encoding):
    path = tmp_path / "bomen.shp"
    rows = [(f"POINT ({X0 + 8 * i} {Y0})", ["Zomereik één" if i == 0 else "Linde"]) for i in range(5)]
    _write(path, "ESRI Shapefile", "bomen", 31370, ogr.wkbPoint, rows, [f"ENCODING={encoding}"])
    assert (tmp_path / "bomen.cpg").read_text().strip().upper() in {encoding, "UTF-8", "88591", "8859-1",
                                                                    "ISO-8859-1", "ISO88591"}
    data = read_source(str(path))
    assert data.attrs[0]["soort"] == "Zomereik één"
    plan, result = import_plan(str(path), str(store), today=TODAY)
    assert result.created == 5 and plan.counts()["boom"].hoeveelheid == 5
    assert {c.key for c in plan.candidates} == {f"bomen:{i}" for i in range(5)}


def test_geopackage_in_lambert_2008_is_reprojected(tmp_path, store):
    to3812 = Transformer.from_crs(31370, 3812, always_xy=True)
    x, y = to3812.transform(X0, Y0)
    path = tmp_path / "plan.gpkg"
    _write(path, "GPKG", "HAGEN", 3812, ogr.wkbLineString, [(f"LINESTRING ({x} {y}, {x + 30} {y})", ["haagbeuk"])])
    plan = prepare_import(str(path), str(store), today=TODAY)
    c = plan.candidates[0]
    assert c.properties["categorie"] == "haag" and "3812" in plan.crs
    assert c.geometry.coords[0] == pytest.approx((X0, Y0), abs=0.5)
    assert c.properties["hoeveelheid"] == pytest.approx(30.0, abs=0.05)


def test_geojson_in_wgs84_is_reprojected(tmp_path, store):
    lon, lat = Transformer.from_crs(31370, 4326, always_xy=True).transform(X0, Y0)
    path = tmp_path / "groen.geojson"
    d = 0.0002
    path.write_text('{"type": "FeatureCollection", "name": "groen", "features": [{"type": "Feature", '
                    '"properties": {"naam": "perk"}, "geometry": {"type": "Polygon", "coordinates": '
                    f'[[[{lon}, {lat}], [{lon + d}, {lat}], [{lon + d}, {lat + d}], [{lon}, {lat + d}], '
                    f'[{lon}, {lat}]]]}}}}]}}')
    plan = prepare_import(str(path), str(store), today=TODAY)
    c = plan.candidates[0]
    assert c.properties["categorie"] == "natuurgroenperk" and c.geometry.geom_type == "Polygon"
    assert c.geometry.area > 100 and not c.has_error


def test_gml(tmp_path, store):
    path = tmp_path / "plan.gml"
    _write(path, "GML", "ONTHARDING", 31370, ogr.wkbPolygon,
           [(f"POLYGON (({X0} {Y0}, {X0 + 10} {Y0}, {X0 + 10} {Y0 + 4}, {X0} {Y0 + 4}, {X0} {Y0}))", ["grind"])])
    plan = prepare_import(str(path), str(store), today=TODAY)
    c = plan.candidates[0]
    assert c.properties["categorie"] == "ontharding" and c.properties["hoeveelheid"] == pytest.approx(40)


def test_csv_with_wkt_and_with_xy(tmp_path, store):
    wkt = tmp_path / "haag.csv"
    wkt.write_text(f'id,wkt,soort\n1,"LINESTRING ({X0} {Y0}, {X0 + 12} {Y0})",liguster\n', encoding="utf-8")
    plan = prepare_import(str(wkt), str(store), today=TODAY)
    assert plan.candidates[0].properties["hoeveelheid"] == pytest.approx(12)
    xy = tmp_path / "bomen.csv"
    xy.write_text("x;y;soort\n" + "".join(f"{X0 + 7 * i};{Y0 + 50};eik\n" for i in range(3)), encoding="utf-8")
    plan = prepare_import(str(xy), str(store), today=TODAY)
    assert plan.counts()["boom"].hoeveelheid == 3
    none = tmp_path / "bomen_zonder.csv"
    none.write_text("naam;soort\na;eik\n", encoding="utf-8")
    with pytest.raises(ImportFault) as err:
        read_source(str(none))
    assert err.value.code == "csv_no_geometry" and "naam, soort" in err.value.message("nl")


def test_degrees_without_crs_refused_then_accepted_when_stated(tmp_path, store):
    lon, lat = Transformer.from_crs(31370, 4326, always_xy=True).transform(X0, Y0)
    path = tmp_path / "bomen.csv"
    path.write_text("lon,lat\n" + "".join(f"{lon + 0.0001 * i},{lat}\n" for i in range(3)))
    before = path.stat().st_size
    with pytest.raises(ImportFault) as err:
        prepare_import(str(path), str(store), today=TODAY)
    assert err.value.code == "g004" and err.value.params["hint"] == "degrees"
    assert "LEKP-G004" in err.value.message("nl") and "graden" in err.value.message("nl")
    plan = prepare_import(str(path), str(store), crs="EPSG:4326", today=TODAY)
    assert plan.counts()["boom"].objecten == 3 and not plan.refused
    assert path.stat().st_size == before


def test_dxf_in_lambert_2008(tmp_path, store):
    x, y = Transformer.from_crs(31370, 3812, always_xy=True).transform(X0, Y0)
    path = verkavelingsplan.make_plan(str(tmp_path / "plan_l08.dxf"), origin=(x, y))
    with pytest.raises(ImportFault) as err:
        prepare_import(path, str(store), today=TODAY)
    assert err.value.params["hint"] == "lambert2008" and "EPSG:3812" in err.value.message("nl")
    plan = prepare_import(path, str(store), crs="EPSG:3812", today=TODAY)
    assert plan.counts()["boom"].telt == 18
    tree = min((c for c in plan.candidates if c.properties["categorie"] == "boom"), key=lambda c: c.key)
    assert tree.geometry.x == pytest.approx(X0 + 10, abs=1.0)


def test_gauss_kruger_stated_but_far_away_is_refused(tmp_path, store):
    path = verkavelingsplan.make_plan(str(tmp_path / "plan_gk.dxf"), origin=(3_500_000, 5_600_000))
    with pytest.raises(ImportFault) as err:
        prepare_import(path, str(store), today=TODAY)
    assert err.value.params["hint"] == "gauss_kruger"
    with pytest.raises(ImportFault) as err:
        prepare_import(path, str(store), crs="EPSG:31467", today=TODAY)
    assert err.value.code == "g004_after" and "EPSG:31467" in err.value.message("nl")


def test_unknown_crs(tmp_path, store, plan):
    with pytest.raises(ImportFault) as err:
        prepare_import(str(plan), str(store), crs="EPSG:999999", today=TODAY)
    assert err.value.code == "crs_unknown"


def test_without_ezdxf_dxf_import_refuses_and_other_formats_work(tmp_path, plan):
    """ezdxf hidden: the DXF import stops with the Dutch message, a shapefile still reads."""
    shp = tmp_path / "bomen.shp"
    _write(shp, "ESRI Shapefile", "bomen", 31370, ogr.wkbPoint, [(f"POINT ({X0} {Y0})", ["eik"])])
    script = f"""
import sys
sys.modules["ezdxf"] = None  # as if it were not installed
sys.path.insert(0, {str(ROOT)!r})
from lekp_plugin.imports.readers import read_source
from lekp_plugin.imports.messages import ImportFault
print(len(read_source({str(shp)!r})))
try:
    read_source({str(plan)!r})
except ImportFault as exc:
    print(exc.code)
    print(exc.message("nl"))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert lines[0] == "1" and lines[1] == "ezdxf_missing"
    assert "ezdxf" in lines[2] and "niets geïmporteerd" in lines[2]


def test_cad_symbols_become_the_geometry_the_category_needs(tmp_path, store):
    """A tree drawn as a circle is a point at its centre; a bulged closed polyline on GROEN a polygon."""
    import ezdxf

    doc = ezdxf.new("R2010")
    msp = doc.modelspace()
    msp.add_circle((X0 + 5, Y0 + 5), 2.0, dxfattribs={"layer": "BOMEN"})
    # a 10 × 10 square whose top edge bulges out into a half circle of radius 5
    msp.add_lwpolyline([(X0 + 20, Y0, 0, 0, 0), (X0 + 30, Y0, 0, 0, 0), (X0 + 30, Y0 + 10, 0, 0, 1.0),
                        (X0 + 20, Y0 + 10, 0, 0, 0)], format="xyseb", close=True, dxfattribs={"layer": "GROEN"})
    msp.add_lwpolyline([(X0, Y0 + 30), (X0 + 25, Y0 + 30)], dxfattribs={"layer": "HAAG"})
    path = tmp_path / "symbolen.dxf"
    doc.saveas(path)
    plan = prepare_import(str(path), str(store), today=TODAY)
    by_cat = {c.properties["categorie"]: c for c in plan.candidates}
    tree = by_cat["boom"].geometry
    assert tree.geom_type == "Point" and (tree.x, tree.y) == pytest.approx((X0 + 5, Y0 + 5), abs=0.01)
    perk = by_cat["natuurgroenperk"].geometry
    assert perk.geom_type == "Polygon" and perk.area == pytest.approx(100 + 3.14159 * 25 / 2, rel=0.01)
    assert by_cat["haag"].properties["hoeveelheid"] == pytest.approx(25.0)
    assert not plan.refused


def test_geopackage_layers_in_different_crs_and_gml_leaves_no_gfs(tmp_path, store):
    to3812 = Transformer.from_crs(31370, 3812, always_xy=True)
    path = tmp_path / "plan.gpkg"
    _write(path, "GPKG", "BOMEN", 31370, ogr.wkbPoint, [(f"POINT ({X0} {Y0})", ["eik"])])
    x, y = to3812.transform(X0 + 20, Y0)
    ds = ogr.Open(str(path), 1)
    layer = ds.CreateLayer("HAAG", _srs(3812), ogr.wkbLineString)
    feat = ogr.Feature(layer.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt(f"LINESTRING ({x} {y}, {x + 10} {y})"))
    layer.CreateFeature(feat)
    ds = None
    plan = prepare_import(str(path), str(store), today=TODAY)
    hedge = next(c for c in plan.candidates if c.properties["categorie"] == "haag")
    assert hedge.geometry.coords[0] == pytest.approx((X0 + 20, Y0), abs=0.5)
    gml = tmp_path / "groen.gml"
    _write(gml, "GML", "GROEN", 31370, ogr.wkbPolygon,
           [(f"POLYGON (({X0} {Y0}, {X0 + 10} {Y0}, {X0 + 10} {Y0 + 4}, {X0} {Y0 + 4}, {X0} {Y0}))", ["x"])])
    (tmp_path / "groen.xsd").unlink()  # without a schema GDAL would write a .gfs
    before = sorted(p.name for p in tmp_path.iterdir())
    prepare_import(str(gml), str(store), today=TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_zipped_shapefile(tmp_path, store):
    import zipfile

    shp = tmp_path / "hagen.shp"
    _write(shp, "ESRI Shapefile", "hagen", 31370, ogr.wkbLineString,
           [(f"LINESTRING ({X0} {Y0}, {X0 + 14} {Y0})", ["haagbeuk"])])
    archive = tmp_path / "plan_architect.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in tmp_path.glob("hagen.*"):
            zf.write(part, part.name)
    plan = prepare_import(str(archive), str(store), today=TODAY)
    assert plan.counts()["haag"].hoeveelheid == pytest.approx(14)


def test_a_stray_entity_at_the_origin_gets_its_finding_the_plan_still_imports(tmp_path, store):
    import ezdxf

    path = verkavelingsplan.make_plan(str(tmp_path / "plan.dxf"))
    doc = ezdxf.readfile(path)
    doc.modelspace().add_blockref("BOOM", (0, 0), dxfattribs={"layer": "BOMEN"})  # CAD's usual stray
    doc.saveas(path)
    plan = prepare_import(path, str(store), today=TODAY)
    stray = [c for c in plan.candidates if c.geometry.bounds[:2] == (0.0, 0.0)]
    assert len(stray) == 1 and "LEKP-G004" in {f.code for f in stray[0].findings}
    assert plan.counts()["boom"].telt == 18 and len(plan.refused) == 2
