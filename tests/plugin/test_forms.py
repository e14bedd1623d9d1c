"""The store's look and forms: stored in the GeoPackage, and the plugin's form helper.

Real parts: ``lekp:createstore`` writes the store, QGIS opens it as a bare
``QgsVectorLayer`` (what QGIS without the plugin and QField do) and real
``QgsAttributeForm`` widgets are typed into with QTest.
"""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsEditFormConfig,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QDate, QLocale, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDateTimeEdit, QLineEdit

from lekp_plugin.core.catalogue import PARAMETERS
from lekp_plugin.core.schema import GEOMETRY_FAMILIES

EXPECTED = {
    "punt": {"boom", "geveltuin", "hemelwater_hergebruik", "hemelwater_buffer", "hemelwater_infiltratie"},
    "lijn": {"haag", "geveltuin", "hemelwater_infiltratie"},
    "vlak": set(PARAMETERS),
}
GEOMS = {
    "punt": "MultiPoint ((224000 178000), (224010 178000))",
    "lijn": "MultiLineString ((224000 178000, 224030 178040))",  # 50 m
    "vlak": "MultiPolygon (((224000 178000, 224020 178000, 224020 178010, 224000 178010, 224000 178000)))",
}
UNITS = {"boom": "stuks", "haag": "m", "geveltuin": "m", "natuurgroenperk": "stuks", "ontharding": "m²",
         "hemelwater_hergebruik": "m³", "hemelwater_buffer": "m³", "hemelwater_infiltratie": "m³"}


@pytest.fixture(scope="module")
def editors():
    from qgis.gui import QgsGui

    QgsGui.editorWidgetRegistry().initEditors()


@pytest.fixture()
def store(provider, tmp_path, boundaries_2025):
    out = tmp_path / "diepenbeek.gpkg"
    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:createstore")
    params = {"GEMEENTE_NIS": "71011", "BOUNDARY": str(boundaries_2025), "OUTPUT": str(out)}
    context = QgsProcessingContext()
    ok, msg = alg.checkParameterValues(params, context)
    assert ok, msg
    _result, ok = alg.run(params, context, QgsProcessingFeedback(), {}, False)
    assert ok
    return out


def bare(store, family):
    table = next(f.layer_name for f in GEOMETRY_FAMILIES if f.key == family)
    layer = QgsVectorLayer(f"{store}|layername={table}", table, "ogr")
    assert layer.isValid()
    return layer


@pytest.mark.parametrize("family", ["punt", "lijn", "vlak"])
def test_store_carries_styles_and_forms_without_the_plugin(store, family, editors):
    layer = bare(store, family)
    # the style QGIS loaded by itself from layer_styles
    count, ids, names, _descs, _err = layer.listStylesInDatabase()
    assert "LEKP-standaard" in names
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "categorie"
    cats = {c.value(): c.label() for c in renderer.categories() if c.value() not in (None, "")}
    assert set(cats) == EXPECTED[family]
    assert cats.get("boom", "Boom") == "Boom"  # Dutch legend
    assert layer.labelsEnabled()
    # the label expression is valid QGIS: category, quantity and unit
    from qgis.core import QgsExpression

    label = QgsExpression(layer.labeling().settings().fieldName)
    assert not label.hasParserError(), label.parserErrorString()
    # the form: value map of allowed categories, tabs, read-only system fields, dd/MM/yyyy dates
    fields = layer.fields()
    setup = layer.editorWidgetSetup(fields.indexOf("categorie"))
    assert setup.type() == "ValueMap"
    assert set(setup.config()["map"].values()) == EXPECTED[family]
    aard = layer.editorWidgetSetup(fields.indexOf("aard")).config()["map"]
    assert aard == {"Aanleg": "aanleg", "Verwijdering": "verwijdering"}
    date = layer.editorWidgetSetup(fields.indexOf("uitvoeringsdatum"))
    assert date.type() == "DateTime" and date.config()["display_format"] == "dd/MM/yyyy"
    form = layer.editFormConfig()
    assert form.layout() == QgsEditFormConfig.EditorLayout.TabLayout
    assert [t.name() for t in form.tabs()] == ["Wat", "Wanneer", "Bron", "Systeem"]
    for name in ("fid", "id", "gemeente_nis", "aangemaakt_op", "versie", "bron_sha256"):
        assert form.readOnly(fields.indexOf(name)), name
    assert not form.readOnly(fields.indexOf("hoeveelheid"))
    # no plugin code travels with the store
    assert form.initFunction() == ""
    # each categorie the form offers names the unit of hoeveelheid, which points to it
    labels = {value: label for label, value in setup.config()["map"].items()}
    for categorie in EXPECTED[family]:
        assert f"({UNITS[categorie]}" in labels[categorie], labels[categorie]
    if family == "vlak":
        assert labels["natuurgroenperk"] == "Natuurgroenperk (stuks van ≥ 10 m²)"
    assert layer.attributeAlias(fields.indexOf("hoeveelheid")) == "Hoeveelheid (eenheid: zie categorie)"


def test_quantity_unit_in_a_form_without_the_plugin(store, editors):
    """QGIS's own attribute form on the bare layer (no plugin hook): the chosen categorie shows the unit."""
    from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm
    from qgis.PyQt.QtWidgets import QLabel

    layer = bare(store, "vlak")
    layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(GEOMS["vlak"]),
                                                {layer.fields().indexOf("categorie"): "natuurgroenperk"})
    form = QgsAttributeForm(layer, feature, QgsAttributeEditorContext())
    form.setMode(QgsAttributeEditorContext.Mode.AddFeatureMode)
    combo = form.findChildren(QComboBox, "categorie")[0]
    assert combo.currentText() == "Natuurgroenperk (stuks van ≥ 10 m²)"
    form.changeAttribute("categorie", "ontharding")
    assert combo.currentText() == "Ontharding (m²)"
    assert any(w.text() == "Hoeveelheid (eenheid: zie categorie)" for w in form.findChildren(QLabel))
    layer.rollBack()
    form.deleteLater()


def test_an_older_store_gets_the_styles_when_opened(tmp_path, boundaries_2025, editors):
    import sqlite3

    from lekp_plugin.gui.layers import open_store
    from lekp_plugin.store import create_store

    path = tmp_path / "old.gpkg"
    create_store(str(path), "71011", str(boundaries_2025), styles=False)
    assert not bare(path, "punt").listStylesInDatabase()[2]
    project = QgsProject.instance()
    project.clear()
    open_store(str(path), project)
    assert "LEKP-standaard" in bare(path, "punt").listStylesInDatabase()[2]
    with sqlite3.connect(path) as con:
        from lekp_plugin.store.geopackage import STYLE_VERSION

        assert dict(con.execute("SELECT sleutel, waarde FROM lekp_meta"))["stijl_versie"] == str(STYLE_VERSION)
    project.clear()


def _layer(store, family):
    from lekp_plugin.gui.layers import open_store

    project = QgsProject.instance()
    project.clear()
    layers = open_store(str(store), project)
    table = next(f.layer_name for f in GEOMETRY_FAMILIES if f.key == family)
    return next(x for x in layers if x.source().endswith(table))


def _form(layer, categorie, wkt, **values):
    from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm

    from lekp_plugin.gui import formhooks

    if not layer.isEditable():
        layer.startEditing()
    idx = {name: layer.fields().indexOf(name) for name in ("categorie", *values)}
    attrs = {idx["categorie"]: categorie, **{idx[k]: v for k, v in values.items()}}
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(wkt), attrs)
    form = QgsAttributeForm(layer, feature, QgsAttributeEditorContext())
    form.setMode(QgsAttributeEditorContext.Mode.AddFeatureMode)
    helper = formhooks.attach(form, layer, feature)  # what QGIS's init function call does
    return form, helper


@pytest.mark.parametrize(("family", "categorie"),
                         [(fam, cat) for fam in ("punt", "lijn", "vlak") for cat in sorted(EXPECTED[fam])])
def test_each_category_form(store, editors, family, categorie):
    layer = _layer(store, family)
    form, helper = _form(layer, categorie, GEOMS[family])
    combo = next(c for c in form.findChildren(QComboBox, "categorie"))
    offered = {combo.itemData(i) for i in range(combo.count())} - {None, ""}
    assert offered == EXPECTED[family]
    assert combo.currentData() == categorie
    assert f"Hoeveelheid in {UNITS[categorie]}:" in helper.unitLabel.text()
    assert form.findChildren(QLineEdit, "hoeveelheid")
    assert len(form.findChildren(QDateTimeEdit)) >= 2  # geplande_datum, uitvoeringsdatum
    layer.rollBack()
    QgsProject.instance().clear()


def test_natuurgroenperk_unit_meaning_and_proposal(store, editors):
    layer = _layer(store, "vlak")
    form, helper = _form(layer, "natuurgroenperk", GEOMS["vlak"])
    assert "aantal perken van ≥ 10 m²" in helper.unitLabel.text()
    # 200 m², one part: proposed 1
    assert float(form.currentFormFeature()["hoeveelheid"]) == 1
    layer.rollBack()


def test_six_square_metre_perk_shows_a001_in_its_form(store, editors):
    layer = _layer(store, "vlak")
    wkt = "MultiPolygon (((224000 178000, 224003 178000, 224003 178002, 224000 178002, 224000 178000)))"
    form, helper = _form(layer, "natuurgroenperk", wkt, projectnaam="Perk", status="uitgevoerd",
                         uitvoeringsdatum=QDate(2024, 5, 1), hoeveelheid=1)
    assert "LEKP-A001" in helper.finding_codes()
    text = helper.findingsLabel.text()
    assert "LEKP-A001" in text and "10 m²" in text
    assert helper.findingsLabel.wordWrap() and helper.findingsLabel.isVisibleTo(form)
    layer.rollBack()


def test_zero_area_sliver_is_flagged_in_the_form(store, editors):
    layer = _layer(store, "vlak")
    sliver = "MultiPolygon (((224000 178000, 224010 178000, 224020 178000, 224000 178000)))"
    form, helper = _form(layer, "ontharding", sliver, projectnaam="Strook", status="gepland", hoeveelheid=5)
    codes = helper.finding_codes()
    assert {"LEKP-G001", "LEKP-G002"} & set(codes), codes
    assert "Fout" in helper.findingsLabel.text()
    layer.rollBack()


def test_findings_follow_what_is_typed(store, editors):
    layer = _layer(store, "punt")
    form, helper = _form(layer, "hemelwater_hergebruik", "MultiPoint ((224000 178000))",
                         projectnaam="Put", status="gepland")
    assert "LEKP-Q001" in helper.finding_codes()  # no quantity yet: entered for rainwater
    edit = form.findChildren(QLineEdit, "hoeveelheid")[0]
    QTest.keyClicks(edit, "5")
    assert "LEKP-Q001" not in helper.finding_codes()
    layer.rollBack()


@pytest.mark.parametrize("locale", [QLocale.Language.English, QLocale.Language.Dutch])
def test_decimal_comma_is_read_as_decimal(store, editors, locale):
    previous = QLocale()
    QLocale.setDefault(QLocale(locale, QLocale.Country.Belgium if locale == QLocale.Language.Dutch
                               else QLocale.Country.UnitedStates))
    try:
        layer = _layer(store, "vlak")
        form, helper = _form(layer, "ontharding", GEOMS["vlak"], projectnaam="Plein", status="gepland")
        edit = form.findChildren(QLineEdit, "hoeveelheid")[0]
        edit.selectAll()
        QTest.keyClicks(edit, "12,5")
        assert edit.text() in ("12,5", "12.5"), [(e.text(), e.isVisibleTo(form)) for e in form.findChildren(QLineEdit, "hoeveelheid")]
        assert form.save()
        values = [f["hoeveelheid"] for f in layer.getFeatures()]
        assert values == [12.5]
        layer.rollBack()
    finally:
        QLocale.setDefault(previous)


def test_31_february_cannot_be_entered(store, editors):
    layer = _layer(store, "punt")
    form, _helper = _form(layer, "boom", GEOMS["punt"], projectnaam="Bomen", status="uitgevoerd")
    edit = next(w for w in form.findChildren(QDateTimeEdit) if w.parent().objectName() == "uitvoeringsdatum"
                or w.objectName() == "uitvoeringsdatum" or "uitvoeringsdatum" in _ancestors(w))
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, "31/02/2024")
    QApplication.processEvents()
    assert edit.date().isValid()
    assert not (edit.date().day() == 31 and edit.date().month() == 2)
    assert edit.text() != "31/02/2024"
    assert form.save()
    stored = next(layer.getFeatures())["uitvoeringsdatum"]
    assert stored is None or (hasattr(stored, "isNull") and stored.isNull()) or stored.isValid()
    layer.rollBack()


def _ancestors(widget):
    names = []
    while widget is not None:
        names.append(widget.objectName())
        widget = widget.parent()
    return names


def test_quantity_follows_geometry_until_typed(store, editors):
    layer = _layer(store, "lijn")
    layer.startEditing()
    idx = layer.fields().indexOf("hoeveelheid")
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(GEOMS["lijn"]),
                                                {layer.fields().indexOf("categorie"): "haag"})
    assert layer.addFeature(feature)
    fid = next(layer.getFeatures()).id()
    QApplication.processEvents()
    assert layer.getFeature(fid)["hoeveelheid"] == pytest.approx(50.0)
    layer.changeGeometry(fid, QgsGeometry.fromWkt("MultiLineString ((224000 178000, 224060 178080))"))
    QApplication.processEvents()
    assert layer.getFeature(fid)["hoeveelheid"] == pytest.approx(100.0)
    # undo puts the proposal back, then the geometry
    layer.undoStack().undo()
    QApplication.processEvents()
    assert layer.getFeature(fid)["hoeveelheid"] == pytest.approx(50.0)
    layer.undoStack().redo()
    QApplication.processEvents()
    assert layer.getFeature(fid)["hoeveelheid"] == pytest.approx(100.0)
    # typed: no longer follows
    layer.changeAttributeValue(fid, idx, 95.0)
    layer.changeGeometry(fid, QgsGeometry.fromWkt("MultiLineString ((224000 178000, 224030 178040))"))
    QApplication.processEvents()
    assert layer.getFeature(fid)["hoeveelheid"] == pytest.approx(95.0)
    # nothing written behind the user's back: all of it is in the edit buffer
    assert layer.isModified()
    assert list(bare(store, "lijn").getFeatures()) == []
    layer.rollBack()


def test_opening_the_same_store_twice_gives_no_duplicates(store, editors):
    from lekp_plugin.gui.layers import open_store

    project = QgsProject.instance()
    project.clear()
    # as drag and drop of the GeoPackage would: a store layer loaded on its own first
    dropped = QgsVectorLayer(f"{store}|layername=verbeteringen_punt", "verbeteringen_punt", "ogr")
    project.addMapLayer(dropped)
    first = open_store(str(store), project)
    QApplication.processEvents()  # QGIS removes layers whose last tree node left: none may go
    second = open_store(str(store), project)
    QApplication.processEvents()
    assert [x.id() for x in first] == [x.id() for x in second]
    assert dropped.id() in [x.id() for x in first]
    assert len(project.mapLayers()) == 4
    groups = [g for g in project.layerTreeRoot().children() if g.name().startswith("LEKP")]
    assert len(groups) == 1 and len(groups[0].children()) == 4
    assert project.layerTreeRoot().findLayer(dropped.id()).parent() is groups[0]
    project.clear()


def test_form_helper_never_blocks_a_form_without_categorie(store, editors):
    layer = _layer(store, "punt")
    form, helper = _form(layer, None, GEOMS["punt"])
    assert "Kies eerst een categorie" in helper.unitLabel.text()
    layer.rollBack()


def test_feature_object_roundtrip(store):
    # the store's own default for a new feature: a UUID, aanleg, manueel
    layer = _layer(store, "punt")
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(GEOMS["punt"]))
    assert isinstance(feature, QgsFeature)
    assert len(str(feature["id"])) == 36
    QgsProject.instance().clear()


def test_the_plugin_finds_a_store_form_qgis_opens(store, editors):
    """What QGIS shows after digitizing (a QgsAttributeDialog) gets the helper without being asked."""
    from qgis.gui import QgsAttributeDialog

    from lekp_plugin.gui import formhooks
    from lekp_plugin.gui.formhooks import FormHelper

    layer = _layer(store, "vlak")
    layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(GEOMS["vlak"]),
                                                {layer.fields().indexOf("categorie"): "ontharding"})
    formhooks.install()
    dialog = QgsAttributeDialog(layer, feature, False)
    try:
        dialog.show()
        for _ in range(20):
            QTest.qWait(60)
            if dialog.findChild(FormHelper) is not None:
                break
        helper = dialog.findChild(FormHelper)
        assert helper is not None
        assert "Hoeveelheid in m²" in helper.unitLabel.text()
        # a form in a dock (identify results, attribute table) is found when a field gets the focus
        from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm

        docked = QgsAttributeForm(layer, feature, QgsAttributeEditorContext())
        docked.show()
        edit = docked.findChildren(QLineEdit, "projectnaam")[0]
        formhooks._WATCHER.focus_changed(None, edit)
        assert docked.findChild(FormHelper) is not None
        docked.deleteLater()
    finally:
        formhooks.uninstall()
        dialog.close()
        dialog.deleteLater()
        layer.rollBack()
