"""Validation while digitizing: form constraints, dock findings, zoom, undoable repair."""

from __future__ import annotations

import uuid

import pytest
from qgis.core import (
    QgsFieldConstraints,
    QgsGeometry,
    QgsProject,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QDate

INSIDE = (224000, 178000)
BOWTIE = "MULTIPOLYGON (((224000 178000, 224020 178020, 224020 178000, 224000 178020, 224000 178000)))"


@pytest.fixture()
def dock(iface, qgis_new_project):
    from lekp_plugin.gui.dock import LekpDock

    d = LekpDock(iface.mainWindow(), iface=iface)
    yield d
    d.cleanup()
    for layer in list(QgsProject.instance().mapLayers().values()):
        if layer.isEditable():
            layer.rollBack()
    QgsProject.instance().removeAllMapLayers()
    d.setParent(None)  # out of the main window at once, not at the next event loop
    d.deleteLater()


def open_and_wait(dock, path, timeout_ms: int = 60000) -> bool:
    """Open the store in the dock and wait for its "Alles valideren" task (and the map) to finish."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    done = []
    dock.validator.validationFinished.connect(lambda ok: (done.append(ok), loop.quit()))
    opened = dock.open_store(str(path))
    if opened and not done:
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec_()
    assert done == [True], "the whole-store validation task finished"
    return opened


def vlak(dock):
    return next(layer for layer in dock.validator.layers.values() if layer.name().endswith("(vlakken)"))


def new_feature(layer, wkt, **values):
    idx = {name: layer.fields().indexOf(name) for name in values}
    attrs = {idx[name]: value for name, value in values.items()}
    return QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(wkt), attrs)


BASE = dict(projectnaam="Speelplein", categorie="ontharding", aard="aanleg", hoeveelheid=100.0,
            status="uitgevoerd", uitvoeringsdatum=QDate(2024, 5, 1), opgelegd=False, bron="manueel")


def test_form_constraints_show_problems_while_typing(iface, qgis_new_project, store):
    from lekp_plugin.gui.layers import open_store

    layers = open_store(str(store))
    layer = next(lyr for lyr in layers if lyr.name() == "Verbeteringen (vlakken)")
    fields = layer.fields()

    def problems(feature, name):
        ok, errors = QgsVectorLayerUtils.validateAttribute(
            layer, feature, fields.indexOf(name), QgsFieldConstraints.ConstraintStrengthSoft)
        return [] if ok else errors

    good = new_feature(layer, "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 0)))", **BASE)
    assert uuid.UUID(good["id"]).version == 4           # id from the first click
    assert good["gemeente_nis"] == "71011"               # the store's default
    for name in ("categorie", "hoeveelheid", "uitvoeringsdatum", "projectnaam", "status"):
        assert problems(good, name) == [], name

    no_date = new_feature(layer, "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 0)))", **{**BASE, "uitvoeringsdatum": None})
    assert any("LEKP-D001" in e for e in problems(no_date, "uitvoeringsdatum"))
    too_early = new_feature(layer, "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 0)))",
                            **{**BASE, "uitvoeringsdatum": QDate(2020, 12, 31)})
    assert problems(too_early, "uitvoeringsdatum")
    zero = new_feature(layer, "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 0)))", **{**BASE, "hoeveelheid": 0.0})
    assert any("LEKP-Q001" in e for e in problems(zero, "hoeveelheid"))
    bogus = new_feature(layer, "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 0)))", **{**BASE, "categorie": "struik"})
    assert any("LEKP-F002" in e for e in problems(bogus, "categorie"))
    nameless = new_feature(layer, "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 0)))", **{**BASE, "projectnaam": None})
    assert problems(nameless, "projectnaam")

    setup = layer.editorWidgetSetup(fields.indexOf("categorie"))
    assert setup.type() == "ValueMap" and setup.config()["map"]["Natuurgroenperk (stuks van ≥ 10 m²)"] == "natuurgroenperk"
    date_setup = layer.editorWidgetSetup(fields.indexOf("uitvoeringsdatum"))
    assert date_setup.config()["display_format"] == "dd/MM/yyyy"
    assert layer.editFormConfig().readOnly(fields.indexOf("versie"))


def test_added_feature_is_validated_listed_zoomed_and_repaired_undoably(dock, store, iface):
    assert open_and_wait(dock, store)
    assert len(dock.validator.layers) == 3 and dock.validator.boundary is not None
    layer = vlak(dock)
    assert layer.startEditing()
    feat = new_feature(layer, BOWTIE, **BASE)
    assert layer.addFeature(feat)
    fid = next(iter(layer.editBuffer().addedFeatures()))
    dock.validator.flush()  # what the 150 ms timer does

    from lekp_plugin.gui.findings_view import codes as listed_codes

    codes = listed_codes(dock.findingsTree)  # the findings below their feature's row
    assert "LEKP-G002" in codes
    assert "1 fouten" in dock.validationSummary.text() or "fouten" in dock.validationSummary.text()
    assert dock.validator.marked_count() == 1, "the feature with errors is marked on the map"

    item = next(g.child(j) for g in (dock.findingsTree.topLevelItem(i)
                                     for i in range(dock.findingsTree.topLevelItemCount()))
                for j in range(g.childCount()) if g.child(j).text(0) == "LEKP-G002")
    dock.findingsTree.setCurrentItem(item)
    assert dock.repairButton.isEnabled()
    dock.zoom_to(item)
    assert layer.selectedFeatureIds() == [fid]

    assert dock.repair_selected()
    assert layer.getFeature(fid).geometry().isGeosValid()
    dock.validator.flush()
    assert "LEKP-G002" not in [f.code for f in dock.validator.findings.get((layer.id(), fid), [])]

    layer.undoStack().undo()  # the repair is one undoable edit
    assert not layer.getFeature(fid).geometry().isGeosValid()
    dock.validator.flush()
    assert "LEKP-G002" in [f.code for f in dock.validator.findings[(layer.id(), fid)]]


def test_attribute_change_and_overlap_are_found_live(dock, store):
    open_and_wait(dock, store)
    layer = vlak(dock)
    layer.startEditing()
    x, y = INSIDE
    square = f"MULTIPOLYGON ((({x} {y}, {x + 20} {y}, {x + 20} {y + 20}, {x} {y + 20}, {x} {y})))"
    shifted = f"MULTIPOLYGON ((({x + 10} {y}, {x + 30} {y}, {x + 30} {y + 20}, {x + 10} {y + 20}, {x + 10} {y})))"
    first = new_feature(layer, square, **{**BASE, "hoeveelheid": 400.0})
    layer.addFeature(first)
    dock.validator.flush()
    assert not [f for fs in dock.validator.findings.values() for f in fs], "a correct feature has no findings"

    second = new_feature(layer, shifted, **{**BASE, "hoeveelheid": 400.0})
    layer.addFeature(second)
    dock.validator.flush()
    fid2 = [fid for fid in layer.editBuffer().addedFeatures() if layer.getFeature(fid)["id"] == second["id"]][0]
    codes = [f.code for f in dock.validator.findings[(layer.id(), fid2)]]
    assert "LEKP-O001" in codes

    # typing a bad value in the attribute table is caught too
    layer.changeAttributeValue(fid2, layer.fields().indexOf("hoeveelheid"), 0.0)
    dock.validator.flush()
    assert "LEKP-Q001" in [f.code for f in dock.validator.findings[(layer.id(), fid2)]]

    layer.deleteFeature(fid2)
    assert (layer.id(), fid2) not in dock.validator.findings


def test_boundary_is_drawn_as_outline_only(iface, qgis_new_project, store):
    from lekp_plugin.gui.layers import open_store

    layers = open_store(str(store))
    boundary = next(lyr for lyr in layers if lyr.name() == "Gemeentegrens")
    symbol = boundary.renderer().symbol()
    assert symbol.color().alpha() == 0  # no fill hides the improvements
    QgsProject.instance().removeAllMapLayers()


def _pair_findings(dock, layer, fid):
    return [(f.code, f.ander_id) for f in dock.validator.findings.get((layer.id(), fid), [])
            if f.code in ("LEKP-O001", "LEKP-O002")]


def test_neighbours_are_rechecked_when_a_feature_moves_onto_and_off_them(dock, store):
    """Moving A onto B gives B its LEKP-O001 naming A; moving A away (or deleting it) takes it back."""
    open_and_wait(dock, store)
    layer = vlak(dock)
    layer.startEditing()
    x, y = INSIDE

    def sq(x0, y0):
        return QgsGeometry.fromWkt(
            f"MULTIPOLYGON ((({x0} {y0}, {x0 + 20} {y0}, {x0 + 20} {y0 + 20}, {x0} {y0 + 20}, {x0} {y0})))")

    b_feat = new_feature(layer, sq(x, y).asWkt(), **{**BASE, "hoeveelheid": 400.0})
    a_feat = new_feature(layer, sq(x + 300, y).asWkt(), **{**BASE, "hoeveelheid": 400.0})
    layer.addFeature(b_feat)
    layer.addFeature(a_feat)
    dock.validator.flush()
    fid = {layer.getFeature(f)["id"]: f for f in layer.editBuffer().addedFeatures()}
    a, b = fid[a_feat["id"]], fid[b_feat["id"]]
    assert _pair_findings(dock, layer, a) == [] and _pair_findings(dock, layer, b) == []

    assert layer.changeGeometry(a, sq(x + 10, y))       # A moved onto B
    dock.validator.flush()
    assert _pair_findings(dock, layer, a) == [("LEKP-O001", b_feat["id"])]
    assert _pair_findings(dock, layer, b) == [("LEKP-O001", a_feat["id"])], "B is told about A too"
    rows = [(r[1], r[2].code) for r in dock.validator.all_findings()]
    assert (b, "LEKP-O001") in rows

    assert layer.changeGeometry(a, sq(x + 300, y))      # A moved away again
    dock.validator.flush()
    assert _pair_findings(dock, layer, a) == [] and _pair_findings(dock, layer, b) == []

    assert layer.changeGeometry(a, sq(x, y))            # A exactly on B: a duplicate, on both
    dock.validator.flush()
    assert _pair_findings(dock, layer, b) == [("LEKP-O002", a_feat["id"])]
    layer.deleteFeature(a)
    dock.validator.flush()
    assert _pair_findings(dock, layer, b) == [], "a deleted feature no longer overlaps anything"


def test_unparseable_stored_date_is_d006_in_the_dock(dock, store):
    """The live validator shares lekp:validate's reader: a '31/02/2023' cell is LEKP-D006, not D001."""
    from osgeo import ogr

    x, y = INSIDE
    ds = ogr.Open(str(store), 1)
    lyr = ds.GetLayerByName("verbeteringen_vlak")
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt(
        f"MULTIPOLYGON ((({x} {y}, {x + 20} {y}, {x + 20} {y + 20}, {x} {y + 20}, {x} {y})))"))
    for name, value in {**BASE, "uitvoeringsdatum": "2024-05-01", "hoeveelheid": 400.0,
                        "gemeente_nis": "71011"}.items():
        feat.SetField(name, value)
    lyr.CreateFeature(feat)
    ds.ExecuteSQL("UPDATE verbeteringen_vlak SET uitvoeringsdatum = '31/02/2023'")
    ds = None
    open_and_wait(dock, store)
    layer = vlak(dock)
    [(key, found)] = [(k, fs) for k, fs in dock.validator.findings.items() if k[0] == layer.id()]
    assert [(f.code, f.params.get("value")) for f in found] == [("LEKP-D006", "31/02/2023")]
    # what the user types in an edit session is judged as typed, not replaced by the file's text
    layer.startEditing()
    layer.changeAttributeValue(key[1], layer.fields().indexOf("uitvoeringsdatum"), None)
    dock.validator.flush()
    assert [f.code for f in dock.validator.findings[key]] == ["LEKP-D001"]


def test_findings_layers_are_separate_and_leave_with_the_store(dock, store):
    """Marks live in memory layers of their own, never in the store layer's style, and go with it."""
    from lekp_plugin.gui.live import FINDINGS_PROPERTY

    open_and_wait(dock, store)
    layer = vlak(dock)
    style_before = layer.renderer().dump()
    layer.startEditing()
    layer.addFeature(new_feature(layer, BOWTIE, **BASE))
    dock.validator.flush()
    marks = [x for x in QgsProject.instance().mapLayers().values() if x.customProperty(FINDINGS_PROPERTY)]
    assert [x.providerType() for x in marks] == ["memory"] and marks[0].featureCount() == 1
    assert marks[0].getFeature(next(marks[0].getFeatures()).id())["ernst"] == "error"
    assert layer.renderer().dump() == style_before, "the store layer's style is untouched"
    layer.rollBack()
    QgsProject.instance().removeMapLayers(list(dock.validator.layers))
    assert not [x for x in QgsProject.instance().mapLayers().values() if x.customProperty(FINDINGS_PROPERTY)]


def test_listing_updated_for_many_features_at_once_equals_one_by_one(monkeypatch):
    """A whole layer's features leaving the list (layer removed, project closed) in one pass:
    the same entries and counts as moving them one by one (which took 14 s for 40,000)."""
    import random

    from lekp_plugin.core.validation import Finding, Severity
    from lekp_plugin.gui import live

    rnd = random.Random(15)
    codes = [("LEKP-O001", Severity.WARNING), ("LEKP-G002", Severity.ERROR), ("LEKP-N001", Severity.INFO)]

    def findings_of(n):
        return {(layer, fid): [Finding(f"f{fid}", *rnd.choice(codes)) for _ in range(rnd.randint(1, 3))]
                for layer in ("L1", "L2") for fid in range(n)}

    before = findings_of(3000)
    after = {k: v for k, v in findings_of(3000).items() if k[0] == "L2" and k[1] % 3}
    keys = [k for k in before if k[0] == "L1"] + [k for k in before if k[0] == "L2" and k[1] % 2]
    listings = []
    for rebuild in (10**9, 0):
        monkeypatch.setattr(live, "LISTING_REBUILD", rebuild)
        listing = live.Listing({"L1": "vlakken", "L2": "lijnen"})
        listing.build(before)
        listing.update(keys, after)
        listings.append(listing)
    one_by_one, at_once = listings
    assert [e[:6] for e in at_once.entries] == [e[:6] for e in one_by_one.entries]
    assert at_once.sortkeys == one_by_one.sortkeys and at_once.totals == one_by_one.totals
    assert sum(at_once.totals.values()) == len(at_once.entries)
