"""The dock's findings list, readable: where each finding is (layer and project), whole wrapping messages,
and a severity filter.  Real store, real dock, the real whole-store validation task."""

from __future__ import annotations

import pytest
from osgeo import ogr
from qgis.core import QgsProject

from .test_live_validation import open_and_wait


@pytest.fixture()
def dock(iface, qgis_new_project):
    from lekp_plugin.gui.dock import LekpDock

    d = LekpDock(iface.mainWindow(), iface=iface)
    yield d
    d.cleanup()
    QgsProject.instance().removeAllMapLayers()
    d.setParent(None)
    d.deleteLater()


def test_findings_name_their_project_wrap_and_filter(dock, tmp_path, boundaries_2025):
    from lekp_plugin.store import create_store

    path = tmp_path / "s.gpkg"
    create_store(str(path), "71011", str(boundaries_2025))
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("verbeteringen_vlak")
    for name, wkt, status in (
        ("Perkje aan de kerk", "MULTIPOLYGON (((224000 178000,224003 178000,224003 178002,224000 178002,224000 178000)))",
         "uitgevoerd"),
        ("Plein", "MULTIPOLYGON (((224100 178100,224140 178100,224140 178140,224100 178140,224100 178100)))",
         "gepland")):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for key, value in (("projectnaam", name), ("categorie", "natuurgroenperk"), ("hoeveelheid", 1.0),
                           ("status", status)):
            f.SetField(key, value)
        if status == "gepland":
            f.SetField("geplande_datum", "2022-01-01")  # in the past: a warning (LEKP-D005)
        layer.CreateFeature(f)
    ds = None
    assert open_and_wait(dock, path)
    tree = dock.findingsTree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    a001 = next(i for i in items if i.text(0) == "LEKP-A001")
    assert "Perkje aan de kerk" in a001.text(1) and "Verbeteringen (vlakken)" in a001.text(1)
    assert "10 m²" in a001.text(1)  # the whole message, not cut off
    assert tree.wordWrap()
    warnings = [i for i in items if i.text(0) == "LEKP-D005"]
    assert warnings
    dock.severityFilter.setCurrentIndex(dock.severityFilter.findData("warning"))
    assert a001.isHidden() and not warnings[0].isHidden()
    dock.severityFilter.setCurrentIndex(dock.severityFilter.findData("all"))
    assert not a001.isHidden()
