"""The Voortgang tab while the store's layers come into the project one at a time (as a saved project,
the toolbox or a script adds them), and while one is removed during the count: the count finishes each
time, shows no error, and the tab ends with the store's figures."""

from __future__ import annotations

import logging

from qgis.core import QgsProject, QgsVectorLayer

from .conftest import trees
from .test_progress_panel import dock, settle, store  # noqa: F401 (fixtures)

TABLES = ("verbeteringen_vlak", "verbeteringen_lijn", "verbeteringen_punt", "gemeentegrens")


def _failures(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno >= logging.WARNING and ("progress of" in r.getMessage() or "Traceback" in r.getMessage())]


def test_layers_added_one_by_one_and_one_removed_meanwhile(dock, store, caplog):  # noqa: F811
    caplog.set_level(logging.INFO)
    panel = dock.progressPanel
    project = QgsProject.instance()
    added = []
    for table in TABLES:
        layer = QgsVectorLayer(f"{store}|layername={table}", table, "ogr")
        assert layer.isValid()
        project.addMapLayer(layer)
        added.append(layer)
        settle(0.05)  # the dock adopts the store between two additions
    assert panel.wait(60)
    assert panel.gathered is not None
    before = len(panel.gathered.data.features)
    for _round in range(3):  # a count runs while a layer leaves and comes back
        panel.refresh()
        punt = next(x for x in project.mapLayers().values() if x.source().endswith("verbeteringen_punt"))
        project.removeMapLayer(punt.id())
        settle(0.05)
        project.addMapLayer(QgsVectorLayer(f"{store}|layername=verbeteringen_punt", "punt", "ogr"))
        trees(store, 1, dx=60 + 5 * _round)
        panel.refresh()
        assert panel.wait(60)
    settle(0.3)
    assert panel.wait(60)
    assert _failures(caplog) == []
    assert not panel.problemLabel.isVisible() or not panel.problemLabel.text()
    assert "Diepenbeek" in panel.gemeenteLabel.text()
    assert panel.gathered is not None and len(panel.gathered.data.features) == before + 3
