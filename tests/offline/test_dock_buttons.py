"""The dock's Veldpakket… and Pakket samenvoegen… buttons open the two algorithms with the open store."""

from __future__ import annotations

from ..plugin.conftest import iface  # noqa: F401 (fixture)


def test_dock_buttons_open_the_package_algorithms(iface, provider, diepenbeek, monkeypatch,  # noqa: F811
                                                  boundaries_2025):
    import processing
    from qgis.core import QgsProject, QgsVectorLayer

    from lekp_plugin.gui.dock import LekpDock

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda alg_id, params: opened.append((alg_id, params)))
    background = QgsVectorLayer(str(boundaries_2025), "gemeenten", "ogr")
    QgsProject.instance().addMapLayer(background)
    dock = LekpDock(None, [], iface)
    try:
        store = diepenbeek()
        assert dock.open_store(store)
        iface.mapCanvas().setLayers([background, *[lyr for lyr in QgsProject.instance().mapLayers().values()
                                                   if lyr.source().startswith(store)]])
        dock.packageButton.click()
        dock.mergeButton.click()
        (alg1, p1), (alg2, p2) = opened
        assert alg1 == "lekp:offlinepackage" and p1["STORE"] == store
        assert p1["BASEMAP_LAYERS"] == [background]  # what the map shows, not the store's own layers
        assert alg2 == "lekp:mergepackage" and p2 == {"STORE": store}
    finally:
        dock.cleanup()
        QgsProject.instance().removeAllMapLayers()
