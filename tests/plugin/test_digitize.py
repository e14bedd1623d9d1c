""""Nieuwe verbetering", whole-territory entry, basemap and snapping, the new-store dialog, the dock.

Real store, real project and layers; the only stand-ins are the two iface calls
pytest-qgis's mock lacks (``actionAddFeature``, which QGIS's real one returns).
"""

from __future__ import annotations

import pytest
from qgis.core import QgsGeometry, QgsProject, QgsVectorLayer, QgsVectorLayerUtils
from qgis.PyQt.QtWidgets import QAction

from lekp_plugin.core.catalogue import geometry_type_allowed
from lekp_plugin.core.schema import GEOMETRY_FAMILIES


@pytest.fixture()
def opened(store):
    from lekp_plugin.gui.layers import open_store

    project = QgsProject.instance()
    project.clear()
    layers = open_store(str(store), project)
    yield {x.source().split("layername=")[1]: x for x in layers}
    for layer in layers:
        if layer.isEditable():
            layer.rollBack()
    project.clear()


@pytest.fixture()
def add_tool(qgis_iface, monkeypatch):
    action = QAction("add feature")
    action.setCheckable(True)
    monkeypatch.setattr(qgis_iface, "actionAddFeature", lambda: action, raising=False)
    return action


def test_every_entry_fits_its_layer():
    from lekp_plugin.gui.digitize import ENTRIES, entry_text

    fam = {f.key: f for f in GEOMETRY_FAMILIES}
    for entry in ENTRIES:
        single = {"punt": "Point", "lijn": "LineString", "vlak": "Polygon"}[entry.family]
        assert geometry_type_allowed(entry.categorie, single), entry
        assert entry.family in fam
        assert entry_text(entry.key).startswith("Ik heb")


def test_new_improvement_picks_layer_tool_and_category(opened, qgis_iface, add_tool):
    from lekp_plugin.gui.digitize import ENTRIES, Digitizer

    digitizer = Digitizer(qgis_iface, lambda: "")
    entry = next(e for e in ENTRIES if e.key == "boom")
    layer = digitizer.start(entry)
    assert layer is opened["verbeteringen_punt"]
    assert qgis_iface.activeLayer() is layer
    assert layer.isEditable()
    assert add_tool.isChecked()  # the add-feature tool was triggered
    # what QGIS's add-feature tool then creates: category and aard filled in
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt("MultiPoint ((224000 178000))"))
    assert feature["categorie"] == "boom" and feature["aard"] == "aanleg"
    assert layer.addFeature(feature)
    # the layer's own defaults are back for the next one
    again = QgsVectorLayerUtils.createFeature(layer)
    assert again["categorie"] in (None, "") or again["categorie"].isNull()


def test_removal_entry_sets_aard(opened, qgis_iface, add_tool):
    from lekp_plugin.gui.digitize import ENTRIES, Digitizer

    layer = Digitizer(qgis_iface, lambda: "").start(next(e for e in ENTRIES if e.key == "haag_weg"))
    assert layer is opened["verbeteringen_lijn"]
    feature = QgsVectorLayerUtils.createFeature(layer)
    assert (feature["categorie"], feature["aard"]) == ("haag", "verwijdering")


def test_menu_lists_every_entry_and_grouped_categories(qgis_iface):
    from lekp_plugin.gui.digitize import ENTRIES, Digitizer

    menu = Digitizer(qgis_iface, lambda: "").menu()
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == [f"LekpNew_{e.key}" for e in ENTRIES]
    grouped = menu.findChild(type(menu), "LekpGroupedMenu")
    assert "LekpGrouped_geveltuin" in [a.objectName() for a in grouped.actions()]


def test_without_a_store_the_user_is_told(qgis_iface, add_tool):
    from lekp_plugin.gui.digitize import ENTRIES, Digitizer

    QgsProject.instance().clear()
    messages = []
    bar = qgis_iface.messageBar()
    original = bar.pushMessage
    bar.pushMessage = lambda *args: messages.append(args)
    try:
        assert Digitizer(qgis_iface, lambda: "").start(ENTRIES[0]) is None
    finally:
        bar.pushMessage = original
    assert messages and "Open eerst een LEKP-opslag" in messages[0][1]


def test_whole_territory_feature_gets_the_boundary(opened, store):
    from lekp_plugin.gui.digitize import Digitizer

    layer = opened["verbeteringen_vlak"]
    boundary = opened["gemeentegrens"]
    feature = Digitizer(None, lambda: str(store)).grouped("geveltuin", open_form=False)
    assert feature is not None
    added = [f for f in layer.getFeatures()]
    assert len(added) == 1
    got = added[0]
    assert got["gegroepeerd"] in (True, 1) and got["categorie"] == "geveltuin"
    expected = next(boundary.getFeatures()).geometry()
    assert got.geometry().area() == pytest.approx(expected.area(), rel=1e-9)
    assert got.geometry().symDifference(expected).area() < 1.0
    # in the edit buffer only: undo takes it away, the file is untouched
    bare = QgsVectorLayer(f"{store}|layername=verbeteringen_vlak", "b", "ogr")
    assert list(bare.getFeatures()) == []
    layer.undoStack().undo()
    assert list(layer.getFeatures()) == []


def test_grouped_entry_is_validated_as_grouped(opened, store):
    """No geometry-based quantity rule (LEKP-A002) on a grouped ontharding over the gemeente."""
    import shapely

    from lekp_plugin.core.validation.engine import validate_features
    from lekp_plugin.gui.digitize import Digitizer

    Digitizer(None, lambda: str(store)).grouped("ontharding", open_form=False)
    layer = opened["verbeteringen_vlak"]
    feat = next(layer.getFeatures())
    props = {"id": feat["id"], "categorie": "ontharding", "gegroepeerd": True, "hoeveelheid": 5000.0,
             "projectnaam": "Campagne", "status": "gepland", "aard": "aanleg", "opgelegd": False,
             "bron": "manueel", "gemeente_nis": "71011"}
    found = validate_features([{"id": feat["id"], "geometry": shapely.from_wkb(bytes(feat.geometry().asWkb())),
                                "properties": props}])
    assert not [f for f in found if f.code in ("LEKP-A002", "LEKP-O001")]


def test_basemap_sources_point_at_the_flemish_services():
    from lekp_plugin import services
    from lekp_plugin.gui.basemap import base_sources

    sources = base_sources()
    assert "layers=grb_bsk" in sources["grb"] and "geo.api.vlaanderen.be/GRB/wmts" in sources["grb"]
    assert "layers=omwrgbmrvl" in sources["ortho"]
    for source in sources.values():
        assert "tileMatrixSet=BPL72VL" in source and "crs=EPSG:31370" in source
    assert services.vrbg_item_url("71011").startswith(services.VRBG_OGC_API)
    assert "NISCODE=71011" in services.vrbg_item_url("71011")


def test_basemap_offline_says_so_and_adds_nothing():
    from lekp_plugin.gui.basemap import add_base_layers

    project = QgsProject.instance()
    project.clear()
    added, problems = add_base_layers(project)
    if added:  # this machine is online after all
        pytest.skip("geo.api.vlaanderen.be reachable")
    assert len(problems) == 2 and all("geen verbinding" in p for p in problems)
    assert project.mapLayers() == {}


def test_snapping_on_store_layers_and_boundary(opened):
    from lekp_plugin.gui.basemap import enable_snapping

    other = QgsVectorLayer("Point?crs=epsg:31370", "andere", "memory")
    QgsProject.instance().addMapLayer(other)
    chosen = enable_snapping()
    assert set(chosen) == {x.id() for x in opened.values()}
    config = QgsProject.instance().snappingConfig()
    assert config.enabled()
    assert config.individualLayerSettings(opened["gemeentegrens"]).enabled()
    assert not config.individualLayerSettings(other).enabled()


def test_new_store_dialog_creates_and_finds_gemeente(tmp_path, boundaries_2025):
    from lekp_plugin.gui.newstore_dialog import NewStoreDialog, find_gemeente, gemeenten

    assert len(gemeenten()) == 285
    assert find_gemeente("diepenbeek") == ("Diepenbeek", "71011")
    assert find_gemeente("Diepenbeek (71011)") == ("Diepenbeek", "71011")
    assert find_gemeente("71011") == ("Diepenbeek", "71011")
    assert find_gemeente("Nergensdorp") is None
    dialog = NewStoreDialog()
    dialog.gemeenteEdit.setText("Nergensdorp")
    assert not dialog.create() and "Kies een gemeente" in dialog.messageLabel.text()
    dialog.gemeenteEdit.setText("Diepenbeek")
    assert not dialog.create() and "bewaard" in dialog.messageLabel.text()
    dialog.fileWidget.setFilePath(str(tmp_path / "diepenbeek"))
    dialog.sourceCombo.setCurrentIndex(dialog.sourceCombo.findData("file"))
    dialog.boundaryFile.setFilePath(str(boundaries_2025))
    assert dialog.create(), dialog.messageLabel.text()
    assert dialog.path == str(tmp_path / "diepenbeek.gpkg")
    from lekp_plugin.store import describe_store

    info = describe_store(dialog.path)
    assert info.gemeente_naam == "Diepenbeek" and info.layers["gemeentegrens"] == 1
    dialog.deleteLater()


def test_new_store_dialog_offline_boundary_service_message(tmp_path):
    from lekp_plugin.gui.newstore_dialog import NewStoreDialog

    dialog = NewStoreDialog()
    dialog.gemeenteEdit.setText("Herzele")
    dialog.fileWidget.setFilePath(str(tmp_path / "herzele.gpkg"))
    dialog.sourceCombo.setCurrentIndex(dialog.sourceCombo.findData("vrbg"))
    ok = dialog.create()
    if ok:
        pytest.skip("the VRBG service is reachable from this machine")
    text = dialog.messageLabel.text()
    assert "niet bereikbaar" in text and "grensbestand" in text
    assert list(tmp_path.iterdir()) == []
    dialog.deleteLater()


def test_dock_adopts_a_store_loaded_another_way(store, iface, qgis_new_project):
    """The toolbox or drag and drop adds store layers: the dock groups them, no duplicates."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    from lekp_plugin.gui.dock import LekpDock

    project = QgsProject.instance()
    dock = LekpDock(iface.mainWindow(), iface=iface)
    loop = QEventLoop()
    dock.validator.validationFinished.connect(lambda _ok: loop.quit())
    QTimer.singleShot(60000, loop.quit)
    try:
        # as dropping the GeoPackage adds its chosen sublayers: in one call
        dropped = [QgsVectorLayer(f"{store}|layername={table}", table, "ogr")
                   for table in ("verbeteringen_vlak", "verbeteringen_punt")]
        project.addMapLayers(dropped)
        loop.exec()  # the dock opened the store: its "Alles valideren" task ran
        assert dock.store_path == str(store)
        assert len(project.mapLayers()) == 4
        group = project.layerTreeRoot().findGroup("LEKP Diepenbeek")
        assert group is not None and len(group.children()) == 4
        assert {x.id() for x in dropped} <= set(project.mapLayers())  # reused, not doubled
        assert dock.newImprovementButton.menu() is not None and dock.basemapButton.toolTip()
    finally:
        dock.cleanup()
        project.removeAllMapLayers()
        dock.setParent(None)
        dock.deleteLater()


def test_a_look_alike_layer_from_another_geopackage_is_not_adopted(tmp_path, iface, qgis_new_project, monkeypatch):
    """A table called verbeteringen_vlak in a GeoPackage that is no store: no store opened, no dialog.

    (A warning box there once hung every test run: nobody closes a modal dialog offscreen.)
    """
    from osgeo import ogr
    from qgis.PyQt.QtCore import QEventLoop, QTimer
    from qgis.PyQt.QtWidgets import QMessageBox

    from lekp_plugin.gui.dock import LekpDock

    other = tmp_path / "ander.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(other))
    ds.CreateLayer("verbeteringen_vlak", None, ogr.wkbMultiPolygon)
    ds = None
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: boxes.append(a))
    project = QgsProject.instance()
    dock = LekpDock(iface.mainWindow(), iface=iface)
    try:
        project.addMapLayer(QgsVectorLayer(f"{other}|layername=verbeteringen_vlak", "ander", "ogr"))
        loop = QEventLoop()
        QTimer.singleShot(200, loop.quit)  # the adoption runs from a zero-delay timer
        loop.exec()
        assert not dock.store_path and boxes == []
        assert project.layerTreeRoot().findGroup("LEKP") is None
    finally:
        dock.cleanup()
        project.removeAllMapLayers()
        dock.setParent(None)
        dock.deleteLater()
