"""pytest-qgis tier: a QGIS application in this process, the mock iface completed.

pytest-qgis's ``QgisInterface`` stand-in lacks a few calls the plugin makes on
the real one (vector menu, dock removal); they are added here as recorders so
tests can check that ``unload`` removes everything ``initGui`` added.
"""

from __future__ import annotations

import pytest


class _Recorder:
    def __init__(self):
        self.menu: list = []
        self.docks: list = []


@pytest.fixture()
def iface(qgis_iface, qgis_processing, monkeypatch):
    rec = _Recorder()
    monkeypatch.setattr(qgis_iface, "addPluginToVectorMenu",
                        lambda name, action: rec.menu.append(action), raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginVectorMenu",
                        lambda name, action: rec.menu.remove(action), raising=False)
    original_add = qgis_iface.addDockWidget
    monkeypatch.setattr(qgis_iface, "addDockWidget",
                        lambda area, dock: (rec.docks.append(dock), original_add(area, dock)))
    monkeypatch.setattr(qgis_iface, "removeDockWidget", lambda dock: rec.docks.remove(dock),
                        raising=False)
    qgis_iface.recorder = rec
    return qgis_iface
