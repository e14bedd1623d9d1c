"""A QGIS save of a store layer while sync writes pulled changes into the same GeoPackage.

Real QGIS layer (OGR provider) in edit mode on the store, the engine pulling
from the real registry on 127.0.0.1 in a thread (as the dock's task does):
every save the user makes meanwhile must succeed ("database is locked" was
shown before), and every pulled change must arrive.
"""

from __future__ import annotations

import threading
import time
import types

import pytest

from lekp_plugin.sync import engine, run_sync, sync_status

from .conftest import HERZELE, gdal_add, store_features


@pytest.mark.parametrize("started_from", ["dock", "processing"])
def test_saves_in_qgis_are_never_refused_while_sync_pulls(qgis_app, provider, registry, make_store, monkeypatch,
                                                           started_from):
    """From the dock (its task holds the guard) and from the Processing toolbox (``lekp:sync``)."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QCoreApplication

    from lekp_plugin.sync.qgis_adapter import guard_store_saves

    other, mine = make_store("ander"), make_store("mijn")
    own = gdal_add(mine, 5, dx=-60)
    run_sync(mine, registry.url, HERZELE)
    theirs = gdal_add(other, 1500)
    run_sync(other, registry.url, HERZELE)

    layer = QgsVectorLayer(f"{mine}|layername=verbeteringen_punt", "bomen", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    field = layer.fields().indexOf("toelichting")
    fids = {f["id"]: f.id() for f in layer.getFeatures()}
    monkeypatch.setattr(engine, "PAGE_SIZE", 10)  # many short pull transactions
    outcome: dict = {}

    if started_from == "dock":
        guard = guard_store_saves(mine)

        def pull() -> None:
            try:
                outcome["result"] = run_sync(mine, registry.url, HERZELE)
            except BaseException as exc:  # reported by the assertion below
                outcome["error"] = exc

        def finish() -> None:
            guard.close()
    else:  # as QGIS's Processing task runs it: prepare on the main thread, the run in a thread, then post-process
        monkeypatch.setenv("LEKP_REGISTRY_TOKEN", HERZELE)
        alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:sync")
        context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
        context.setProject(QgsProject.instance())
        params = {"STORE": mine, "REGISTRY_URL": registry.url, "POLICY": "take_theirs"}
        assert alg.prepare(params, context, feedback)

        def pull() -> None:
            try:
                results = alg.runPrepared(params, context, feedback)
                outcome["result"] = types.SimpleNamespace(pulled=results["PULLED"])
            except BaseException as exc:  # reported by the assertion below
                outcome["error"] = exc

        def finish() -> None:
            alg.postProcess(context, feedback)

    errors: list[str] = []
    saves = 0
    thread = threading.Thread(target=pull)
    try:
        assert layer.startEditing()
        thread.start()
        while thread.is_alive() or saves < 5:
            for n, fid in enumerate(own):
                layer.changeAttributeValue(fids[fid], field, f"bewerking {saves}.{n}")
            if not layer.commitChanges(False):
                errors.append(" | ".join(layer.commitErrors()))
                layer.rollBack(False)
            saves += 1
            QCoreApplication.processEvents()  # the user's next click
            time.sleep(0.002)
        thread.join()
    finally:
        layer.rollBack()
        finish()
        QgsProject.instance().removeMapLayer(layer.id())
    assert saves >= 10
    assert "error" not in outcome, outcome.get("error")
    assert errors == [], f"{len(errors)} of {saves} saves refused, first: {errors[0]}"
    assert outcome["result"].pulled == len(theirs)
    here = store_features(mine)
    assert set(theirs) | set(own) == set(here)
    last = saves - 1
    assert {here[f]["properties"]["toelichting"] for f in own} == {f"bewerking {last}.{n}" for n in range(5)}
    assert sync_status(mine).pending["replace"] == 5  # the saves are queued for the next sync
