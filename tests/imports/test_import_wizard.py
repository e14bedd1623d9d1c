"""The import wizard in QGIS (pytest-qgis): preview, findings, the plan on the map, import."""

from __future__ import annotations

import pytest

from .conftest import TODAY, store_rows


@pytest.fixture()
def wizard(qgis_iface, qgis_new_project, plan, store):
    from lekp_plugin.gui.import_wizard import ImportWizard

    w = ImportWizard(None, iface=qgis_iface, store_path=str(store), plan_path=str(plan), today=TODAY)
    yield w
    w._remove_preview()
    w.deleteLater()


def _wait(wizard, timeout: float = 60.0) -> None:
    """Let the wizard's QgsTask run to its end (the UI stays responsive meanwhile)."""
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    end = time.monotonic() + timeout
    while wizard.busy:
        assert time.monotonic() < end, "the import task did not finish"
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def _table(widget) -> list[list[str]]:
    return [[widget.item(r, c).text() for c in range(widget.columnCount())] for r in range(widget.rowCount())]


def test_preview_then_import(wizard, store):
    from qgis.core import QgsProject

    wizard.show()
    assert wizard.validateCurrentPage()
    wizard.next()
    assert wizard.currentId() == 1
    assert wizard.busy  # reading and validating run as a QgsTask
    _wait(wizard)
    counts = {row[0]: row for row in _table(wizard.countsTable)}
    assert counts["Boom"][1] == "18" and counts["Boom"][3] == "18 stuks"
    assert counts["Natuurgroenperk"][5] == "1"
    assert any(row[4] == "25 m³" and row[3] == "0 m³" for row in counts.values())  # the buffer: imposed
    findings = _table(wizard.findingsTable)
    assert any(row[3] == "LEKP-A001" and "6 m²" in row[4] for row in findings)
    assert "26 nieuw" in wizard.statusLabel.text()
    assert "KADASTER (4)" in wizard.statusLabel.text()
    # the plan's features on the map, in one group
    layers = [QgsProject.instance().mapLayer(i) for i in wizard.preview_layers]
    assert sum(layer.featureCount() for layer in layers) == 27
    assert store_rows(store) == []  # nothing written by the preview
    wizard.accept()
    _wait(wizard)
    assert wizard.result.created == 26 and len(store_rows(store)) == 26
    assert not wizard.preview_layers or all(QgsProject.instance().mapLayer(i) is None for i in wizard.preview_layers)


def test_fault_is_shown_not_raised(wizard, store, shared_data):
    wizard.planEdit.setText(str(shared_data / "trees_green" / "schaerbeek_primes_facadevert_nested.geojson"))
    wizard.show()
    wizard.next()
    _wait(wizard)
    assert "FeatureCollection genest in een FeatureCollection" in wizard.statusLabel.text()
    assert wizard.plan is None and not wizard.validateCurrentPage()
    wizard.accept()
    _wait(wizard)
    assert store_rows(store) == []


def test_missing_plan_stays_on_the_first_page(wizard):
    wizard.planEdit.setText("/nergens/plan.dxf")
    wizard.show()
    assert not wizard.validateCurrentPage()
    assert "planbestand" in wizard.pageBron.subTitle()


def test_opgelegd_question_and_saved_profiles(wizard, store, tmp_path, monkeypatch):
    from lekp_plugin.gui import import_wizard
    from lekp_plugin.imports.profiles import default_profile, save_profile

    profiles = tmp_path / "importprofielen"
    p = default_profile()
    p.naam = "Diepenbeek CAD"
    save_profile(p, str(profiles / "diepenbeek.json"))
    monkeypatch.setattr(import_wizard, "profiles_dir", lambda: str(profiles))
    wizard._fill_profiles(select="Diepenbeek CAD")
    assert wizard.profileCombo.currentText() == "Diepenbeek CAD"
    wizard.opgelegdJa.setChecked(True)
    wizard.show()
    wizard.next()
    _wait(wizard)
    assert all(c.properties["opgelegd"] for c in wizard.plan.candidates)


def test_load_a_shared_profile_and_export_it(wizard, tmp_path, monkeypatch):
    from qgis.PyQt.QtWidgets import QFileDialog

    from lekp_plugin.gui import import_wizard
    from lekp_plugin.imports.profiles import default_profile, load_profile, save_profile

    shared = default_profile()
    shared.naam = "Gedeeld door Genk"
    save_profile(shared, str(tmp_path / "van_genk.json"))
    profiles = tmp_path / "mijn_profiel" / "lekp" / "importprofielen"
    monkeypatch.setattr(import_wizard, "profiles_dir", lambda: str(profiles))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "van_genk.json"), ""))
    wizard._load_profile()
    assert wizard.profileCombo.currentText() == "Gedeeld door Genk"
    assert [p.name for p in profiles.iterdir()] == ["Gedeeld_door_Genk.json"]  # kept in the QGIS profile
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "export.json"), ""))
    wizard._export_profile()
    assert load_profile(str(tmp_path / "export.json")).naam == "Gedeeld door Genk"
