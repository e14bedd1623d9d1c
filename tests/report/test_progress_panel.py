"""The dock's Voortgang tab on a real store in QGIS: bars, chart, live update on save, selection, toelichting."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsGeometry, QgsProject, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtTest import QTest

from .conftest import add, anchor, trees

#: Where the screenshots go (set LEKP_SCREENS to keep them; default: a temporary folder).
SCREENS = Path(os.environ.get("LEKP_SCREENS") or tempfile.mkdtemp(prefix="lekp-screens-"))


def settle(seconds: float = 0.0) -> None:
    end = time.monotonic() + seconds
    while True:
        QgsApplication.processEvents()
        if time.monotonic() >= end:
            break
        time.sleep(0.02)


@pytest.fixture()
def dock(qgis_iface, qgis_processing, qgis_new_project):
    from lekp_plugin.gui.dock import LekpDock

    d = LekpDock(qgis_iface.mainWindow(), iface=qgis_iface)
    d.resize(420, 1000)
    yield d
    d.cleanup()
    for layer in list(QgsProject.instance().mapLayers().values()):
        if layer.isEditable():
            layer.rollBack()
    QgsProject.instance().removeAllMapLayers()
    d.setParent(None)
    d.deleteLater()


@pytest.fixture()
def store(make_store):
    path = make_store("71011", "diepenbeek")
    trees(path, 3)
    trees(path, 1, dx=40, aard="verwijdering")
    x, y = anchor(path)
    add(path, "verbeteringen_lijn", f"MULTILINESTRING (({x} {y + 30}, {x + 60} {y + 30}))", categorie="haag",
        hoeveelheid=60)
    add(path, "verbeteringen_punt", f"MULTIPOINT (({x} {y - 30}))", categorie="hemelwater_hergebruik",
        hoeveelheid=20, status="gepland", uitvoeringsdatum=None, geplande_datum="2027-04-01")
    return path


def layer_named(dock, suffix: str):
    return next(lyr for lyr in dock.progressPanel.layers if lyr.source().endswith(suffix))


def screenshot(widget, name: str) -> Path:
    SCREENS.mkdir(parents=True, exist_ok=True)
    if hasattr(widget, "progressTab"):
        widget.panels.setCurrentWidget(widget.progressTab)
    widget.show()
    settle(0.4)  # the chart is redrawn for the new width after a short pause
    path = SCREENS / name
    assert widget.grab().save(str(path))
    return path


def test_progress_tab_shows_targets_and_updates_when_features_are_saved(dock, store):
    panel = dock.progressPanel
    assert dock.open_store(store)
    assert panel.wait()
    dock.panels.setCurrentWidget(dock.progressTab)
    assert "Diepenbeek" in panel.gemeenteLabel.text() and "19.090 inwoners" in panel.gemeenteLabel.text()
    bomen = panel.bars["bomen"]
    assert bomen.numbers.startswith("2 stuks / 19.090 stuks")        # 3 planted, 1 felled
    assert panel.bars["hagen_geveltuinen"].numbers.startswith("60 m / 9.545 m")
    assert "gepland 20 m³" in panel.bars["hemelwater"].detail
    assert panel.chartLabel.pixmap() is not None and not panel.chartLabel.pixmap().isNull()
    screenshot(dock, "progress_tab.png")
    screenshot(panel, "progress_panel_whole.png")                      # below the fold too
    assert panel.bars["bomen"].numbers == "2 stuks / 19.090 stuks"

    # a tree digitized and saved in QGIS: the tab follows
    punt = layer_named(dock, "layername=verbeteringen_punt")
    x, y = anchor(store)
    assert punt.startEditing()
    feat = QgsVectorLayerUtils.createFeature(punt, QgsGeometry.fromWkt(f"MultiPoint(({x + 70} {y}))"), {
        punt.fields().indexOf(k): v for k, v in {
            "projectnaam": "Boom school", "categorie": "boom", "hoeveelheid": 1, "status": "uitgevoerd",
            "uitvoeringsdatum": QDate(2025, 3, 1), "aard": "aanleg", "opgelegd": False}.items()})
    assert punt.addFeature(feat)
    settle(0.5)
    assert panel.bars["bomen"].numbers.startswith("2 stuks")            # not saved yet
    assert punt.commitChanges(), punt.commitErrors()
    assert panel.busy()                                                  # the save started a refresh
    assert panel.wait()
    assert panel.bars["bomen"].numbers.startswith("3 stuks / 19.090 stuks")

    # a click on an objective selects the features that count for it: the felled tree (negative) too,
    # the planned rainwater tank on the same layer not
    QTest.mouseClick(panel.bars["bomen"], Qt.LeftButton)
    settle()
    assert punt.selectedFeatureCount() == 3
    assert sorted(f["aard"] for f in punt.selectedFeatures()) == ["aanleg", "aanleg", "verwijdering"]
    assert layer_named(dock, "layername=verbeteringen_lijn").selectedFeatureCount() == 0
    QTest.mouseClick(panel.bars["hagen_geveltuinen"], Qt.LeftButton)
    settle()
    assert layer_named(dock, "layername=verbeteringen_lijn").selectedFeatureCount() == 1
    assert punt.selectedFeatureCount() == 0


def test_toelichting_is_edited_in_the_dock_and_stored_in_the_store(dock, store):
    from lekp_plugin.report.storedata import read_meta

    panel = dock.progressPanel
    assert dock.open_store(store)
    assert panel.wait()
    QTest.mouseClick(panel.bars["ontharding"], Qt.LeftButton)
    panel.toelichtingEdit.setPlainText("Schoolplein De Horizon onthard in 2024.")
    assert panel.toelichtingState.text() == "niet bewaard"
    QTest.mouseClick(panel.saveToelichtingButton, Qt.LeftButton)
    assert read_meta(store)["toelichting.ontharding"] == "Schoolplein De Horizon onthard in 2024."
    # switching objectives keeps each text; an unsaved edit is saved on the switch
    QTest.mouseClick(panel.bars["bomen"], Qt.LeftButton)
    assert panel.toelichtingEdit.toPlainText() == ""
    panel.toelichtingEdit.setPlainText("Bomenplan")
    QTest.mouseClick(panel.bars["ontharding"], Qt.LeftButton)
    assert panel.toelichtingEdit.toPlainText() == "Schoolplein De Horizon onthard in 2024."
    assert read_meta(store)["toelichting.bomen"] == "Bomenplan"
    panel.refresh()
    assert panel.wait()
    assert panel.entry("ontharding")["toelichting"] == "Schoolplein De Horizon onthard in 2024."
    screenshot(dock, "progress_tab_toelichting.png")
    screenshot(panel, "progress_panel_toelichting.png")


def test_manual_population_in_the_dock(dock, store):
    from lekp_plugin.report.storedata import read_meta

    panel = dock.progressPanel
    assert dock.open_store(store)
    assert panel.wait()
    panel.set_inwoners(20_000, 2025)
    assert panel.wait()
    assert read_meta(store)["inwoners"] == "20000"
    assert "20.000 inwoners (referentiejaar 2025" in panel.gemeenteLabel.text()
    assert panel.bars["bomen"].numbers.startswith("2 stuks / 20.000 stuks")
    panel.set_inwoners(0)
    assert panel.wait()
    assert "inwoners" not in read_meta(store)
    assert panel.bars["bomen"].numbers.startswith("2 stuks / 19.090 stuks")


def test_gemeente_without_population_says_doel_onbekend(dock, make_store):
    path = make_store("21004", "brussel")
    trees(path, 2)
    panel = dock.progressPanel
    assert dock.open_store(path)
    assert panel.wait()
    assert "Brussel (21004)" in panel.problemLabel.text() and panel.problemLabel.isVisibleTo(panel)
    assert panel.bars["bomen"].numbers == "2 stuks / doel onbekend"
    assert panel.bars["bomen"].fractions() == (0.0, 0.0)              # no bar "full" to an unknown target
    assert "1 verbetering, 0 met fouten" in panel.gemeenteLabel.text()
    screenshot(dock, "progress_tab_doel_onbekend.png")
