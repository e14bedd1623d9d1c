"""The plugin loads through ``qgis.utils`` like QGIS loads it, and unloads cleanly."""

from __future__ import annotations

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QDockWidget

from ..conftest import ROOT


def _unload():
    if "lekp_plugin" in qgis.utils.active_plugins:
        assert qgis.utils.unloadPlugin("lekp_plugin")


def test_load_and_start_finds_dock_and_provider(iface, monkeypatch):
    # Make the repository a plugin folder, as QGIS scans its plugin paths.
    monkeypatch.setattr(qgis.utils, "plugin_paths", [str(ROOT)])
    qgis.utils.updateAvailablePlugins()
    assert "lekp_plugin" in qgis.utils.available_plugins
    assert qgis.utils.pluginMetadata("lekp_plugin", "hasProcessingProvider") == "yes"
    _unload()
    try:
        assert qgis.utils.loadPlugin("lekp_plugin")
        assert qgis.utils.startPlugin("lekp_plugin")
        plugin = qgis.utils.plugins["lekp_plugin"]
        assert type(plugin).__name__ == "LekpPlugin"

        dock = iface.mainWindow().findChild(QDockWidget, "LekpDock")
        assert dock is not None and dock is plugin.dock
        assert dock in iface.recorder.docks
        assert dock.windowTitle() == "LEKP-registratie"
        assert dock.panels.count() == 3

        provider = QgsApplication.processingRegistry().providerById("lekp")
        assert provider is not None and provider.name() == "LEKP"
        alg = QgsApplication.processingRegistry().algorithmById("lekp:createstore")
        assert alg is not None and alg.displayName()
        assert len(iface.recorder.menu) == 5  # panel, opslag, verbetering, import, basiskaart
        assert "LekpImportPlanAction" in {a.objectName() for a in iface.recorder.menu}
    finally:
        _unload()
    assert QgsApplication.processingRegistry().providerById("lekp") is None
    assert iface.recorder.menu == [] and iface.recorder.docks == []


def test_works_without_iface(qgis_processing):
    """qgis_process loads plugins with iface None: provider yes, GUI no."""
    from lekp_plugin.plugin import LekpPlugin

    plugin = LekpPlugin(None)
    plugin.initGui()
    try:
        assert QgsApplication.processingRegistry().providerById("lekp") is plugin.provider
        assert plugin.dock is None
    finally:
        plugin.unload()
    assert QgsApplication.processingRegistry().providerById("lekp") is None


def test_dependency_problems_are_one_message_in_the_dock(iface, monkeypatch):
    """With shapely too old the plugin still loads and shows how to install."""
    # imported here: the load test above unloads the package from sys.modules
    from lekp_plugin import deps
    from lekp_plugin.plugin import LekpPlugin

    too_old = [deps.Problem("shapely", "shapely>=2.0,<2.1", "1.8.5")]
    monkeypatch.setattr(deps, "problems", lambda: too_old)
    plugin = LekpPlugin(iface)
    plugin.initGui()
    try:
        text = plugin.dock.dependencyLabel.text()
        assert "shapely 1.8.5 is te oud" in text
        # the command for this platform and this QGIS's GEOS: on Debian 12 (GEOS 3.11) pip into
        # the profile's dependencies folder, on Debian 13 (GEOS 3.13) the distribution's package
        [command] = deps.commands(too_old)
        assert command in text
        if deps.platform_kind() == "debian" and deps.qgis_geos_version() >= (3, 12):
            assert command == "sudo apt install python3-shapely"
        else:
            assert "pip install" in text and "--target" in text and "dependencies" in text
        assert not plugin.dock.dependencyLabel.isHidden()
        assert any("Python-pakketten ontbreken" in m for m in iface.messageBar().get_messages(1))
    finally:
        plugin.unload()


def test_processing_alone_does_not_run_the_desktop_dependency_check(monkeypatch):
    """qgis_process constructs the plugin and its provider for every run: no pyproj import for that.

    The algorithms check what they use themselves; a started plugin (initGui, also without a
    window) checks once.
    """
    from lekp_plugin import deps
    from lekp_plugin.plugin import LekpPlugin

    calls = []
    monkeypatch.setattr(deps, "problems", lambda *a, **k: calls.append(k) or [])
    plugin = LekpPlugin(None)
    plugin.initProcessing()
    try:
        assert calls == []
        plugin.initGui()
        assert calls == [{}]
        assert plugin.dependency_problems == [] and calls == [{}]
    finally:
        plugin.unload()
