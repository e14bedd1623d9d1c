"""Dutch first, English through the compiled translation."""

from __future__ import annotations

import subprocess
import sys

from qgis.PyQt.QtCore import QCoreApplication

from ..conftest import ROOT


def test_every_ui_string_has_an_english_translation():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_english_setting_translates_the_algorithm(qgis_processing):
    from lekp_plugin import i18n, settings
    from lekp_plugin.processing.algorithms.createstore import CreateStoreAlgorithm

    alg = CreateStoreAlgorithm()
    assert alg.displayName() == "Nieuwe LEKP-opslag (GeoPackage)"
    settings.LANGUAGE.set_value("en")
    translator = i18n.install_translator()
    try:
        assert translator is not None, "lekp_en.qm missing: scripts/i18n.py compile"
        assert alg.displayName() == "New LEKP store (GeoPackage)"
        assert QCoreApplication.translate("LekpDock", "Opslag openen…") == "Open store…"
    finally:
        i18n.remove_translator(translator)
        settings.LANGUAGE.set_value("")
    assert alg.displayName() == "Nieuwe LEKP-opslag (GeoPackage)"
