"""The dock's findings list, readable: where each finding is (layer and project), whole wrapping messages,
and a severity filter.  Real store, real dock, the real whole-store validation task."""

from __future__ import annotations

import pytest
from osgeo import ogr
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from lekp_plugin.gui import findings_view

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
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert len(groups) == 2, "one row per feature"
    perk = next(g for g in groups if "Perkje aan de kerk" in g.text(0))
    plein = next(g for g in groups if "Plein" in g.text(0))
    # layer, fid and project on the feature's row, with its counts; the feature with an error first
    assert groups.index(perk) == 0
    perk_fid = next(f.id() for f in dock.validator.layers[dock.rows[0][0].id()].getFeatures()
                    if f["projectnaam"] == "Perkje aan de kerk")
    assert perk.text(0).startswith(f"Verbeteringen (vlakken) · fid {perk_fid} · Perkje aan de kerk — ")
    errors = sum(1 for _l, fid, f in dock.rows if fid == perk_fid and f.severity.value == "error")
    assert errors >= 1 and perk.childCount() == sum(1 for _l, fid, _f in dock.rows if fid == perk_fid)
    assert f"— {errors} fout" + ("en" if errors > 1 else "") in perk.text(0)
    assert "waarschuwing" in plein.text(0) and "fout" not in plein.text(0)
    children = {perk.child(j).text(0): perk.child(j) for j in range(perk.childCount())}
    a001 = children["LEKP-A001"]
    assert "10 m²" in a001.text(1)  # the whole message, not cut off
    assert tree.wordWrap()
    d005 = next(plein.child(j) for j in range(plein.childCount()) if plein.child(j).text(0) == "LEKP-D005")
    assert "LEKP-D005" in findings_view.codes(tree) and "LEKP-A001" in findings_view.codes(tree)

    # the severity filter hides findings, and features left without any
    dock.severityFilter.setCurrentIndex(dock.severityFilter.findData("warning"))
    assert a001.isHidden() and not d005.isHidden() and not plein.isHidden()
    if all(perk.child(j).isHidden() for j in range(perk.childCount())):
        assert perk.isHidden()
    dock.severityFilter.setCurrentIndex(dock.severityFilter.findData("error"))
    assert d005.isHidden() and plein.isHidden() and not a001.isHidden()
    dock.severityFilter.setCurrentIndex(dock.severityFilter.findData("all"))
    assert not a001.isHidden() and not plein.isHidden()

    # a click on the feature's row or on one of its findings selects the feature
    layer = dock.rows[0][0]
    layer.removeSelection()
    tree.itemClicked.emit(perk, 0)
    assert layer.selectedFeatureIds() == [perk_fid]
    layer.removeSelection()
    tree.itemClicked.emit(d005, 1)
    assert layer.selectedFeatureIds() != [perk_fid] and len(layer.selectedFeatureIds()) == 1


def test_messages_wrap_at_the_default_dock_width(dock, tmp_path, boundaries_2025):
    """A long message is shown whole: its row grows instead of cutting the text at the dock's edge."""
    from qgis.PyQt.QtWidgets import QApplication

    from lekp_plugin.store import create_store

    path = tmp_path / "s.gpkg"
    create_store(str(path), "71011", str(boundaries_2025))
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("verbeteringen_vlak")
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        "MULTIPOLYGON (((224000 178000,224003 178000,224003 178002,224000 178002,224000 178000)))"))
    for key, value in (("projectnaam", "Perkje"), ("categorie", "natuurgroenperk"), ("hoeveelheid", 1.0),
                       ("status", "uitgevoerd")):
        f.SetField(key, value)
    layer.CreateFeature(f)
    ds = None
    dock.panels.setCurrentWidget(dock.validationTab)
    dock.setParent(None)  # a window of its own: shown, laid out
    dock.resize(dock.minimumSizeHint().width(), 700)  # the dock at its narrowest
    dock.show()
    assert open_and_wait(dock, path)
    QApplication.processEvents()
    tree = dock.findingsTree
    group = tree.topLevelItem(0)
    a001 = next(group.child(j) for j in range(group.childCount()) if group.child(j).text(0) == "LEKP-A001")
    rect = tree.visualItemRect(a001)
    line = tree.fontMetrics().height()
    needed = tree.fontMetrics().horizontalAdvance(a001.text(1))
    width = tree.header().sectionSize(1)
    assert needed > width, "the message is longer than its column at this width"
    assert rect.height() >= 2 * line, f"the row wraps ({rect.height()} px for {line} px lines)"
    # tall enough for the whole message at the width it is drawn in (else Qt cuts the last line with "…")
    from qgis.PyQt.QtCore import QRect

    column = tree.header().sectionSize(1) - 8
    lines = tree.fontMetrics().boundingRect(QRect(0, 0, column, 100_000), int(Qt.TextFlag.TextWordWrap),
                                            a001.text(1)).height()
    assert rect.height() >= lines, (rect.height(), lines)
    assert rect.right() <= tree.viewport().width() + 1
    group_rect = tree.visualItemRect(group)
    assert group_rect.height() >= line
    # wider: fewer lines; the rows follow the width
    dock.resize(dock.width() + 400, 700)
    QApplication.processEvents()
    assert tree.visualItemRect(a001).height() < rect.height()
    dock.hide()
