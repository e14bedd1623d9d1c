"""QGIS holds the store open, renders, reads and edits it while sync writes pulled changes.

"database is locked" is the most reported failure of GeoPackage sync tools.
Here a real QGIS (pytest-qgis, in this process) keeps QgsVectorLayers on the
store, renders them with QgsMapRendererParallelJob, reads every feature and
commits edit sessions in a loop, while the sync engine runs in another
process and pulls 3,000 features a colleague registered.  Afterwards: the
sync succeeded, every QGIS edit is in the store, and after one more sync the
store and the registry hold the same features, each once.
"""

from __future__ import annotations

import time

import pytest

from .conftest import (
    STORE_LAYERS,
    add_trees,
    assert_in_sync,
    colleague_creates,
    pending_total,
    read_store,
    sync,
    sync_process,
)

pytestmark = pytest.mark.timeout(600)


def _render(layers) -> list[str]:
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(256, 256))
    settings.setExtent(QgsRectangle(116500, 172950, 117300, 173750))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    errors = [f"{e.layerID}: {e.message}" for e in job.errors()]
    assert not job.renderedImage().isNull()
    return errors


def _commit(layer, errors: list[str], tries: int = 50) -> int:
    """Commit the layer's edit buffer; a refused commit keeps the buffer and is tried again.

    Returns the number of refused attempts (a person would press save again)
    and collects QGIS's reasons in ``errors``; fails when the edit cannot be
    saved at all.
    """
    refused = 0
    while not layer.commitChanges():
        refused += 1
        errors.extend(layer.commitErrors())
        assert refused < tries, f"QGIS could not save its edit: {layer.commitErrors()}"
        time.sleep(0.1)
    return refused


def test_qgis_renders_reads_and_edits_while_sync_pulls(qgis_app, registry, proxy, store):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QCoreApplication

    local = add_trees(store, 20)
    sync(store, proxy.url)
    colleague = colleague_creates(registry, 3000)

    layers = [QgsVectorLayer(f"{store}|layername={name}", name, "ogr") for name in STORE_LAYERS]
    assert all(lyr.isValid() for lyr in layers)
    punt = layers[2]
    idx_toelichting = punt.fields().indexOf("toelichting")
    fid_of = {f["id"]: f.id() for f in punt.getFeatures()}

    # hold each changes page a little, so that QGIS's rounds fall between the
    # engine's page writes even on an idle machine
    proxy.add_fault("delay", seconds=0.4, times=1000, method="GET", path_contains="/changes")
    proc = sync_process(store, proxy.url)
    edits: dict[str, str] = {}
    added: list[str] = []
    refused = rounds = 0
    render_errors: list[str] = []
    commit_errors: list[str] = []
    deadline = time.monotonic() + 240
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            rounds += 1
            render_errors += _render(layers)
            count = sum(1 for _ in punt.getFeatures())
            assert count >= len(local)
            # an edit session: change one local tree, add a new one, commit
            target = local[rounds % len(local)]
            text = f"bewerkt in QGIS, ronde {rounds}"
            assert punt.startEditing()
            assert punt.changeAttributeValue(fid_of[target], idx_toelichting, text)
            feat = QgsFeature(punt.fields())
            new_id = f"00000000-0000-4000-8000-{rounds:012d}"
            for name, value in {"id": new_id, "gemeente_nis": "41027", "projectnaam": f"QGIS {rounds}",
                                "categorie": "boom", "aard": "aanleg", "hoeveelheid": 1.0,
                                "status": "uitgevoerd", "uitvoeringsdatum": "2024-05-01",
                                "domein": "publiek", "opgelegd": False, "bron": "manueel"}.items():
                feat[name] = value
            feat.setGeometry(QgsGeometry.fromMultiPointXY([QgsPointXY(116650.0 - 3 * rounds, 173100.0)]))
            assert punt.addFeature(feat)
            refused += _commit(punt, commit_errors)
            edits[target] = text
            added.append(new_id)
            QCoreApplication.processEvents()
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill9()
            proc.wait(timeout=10)
    assert proc.returncode == 0, f"sync failed while QGIS used the store:\n{proc.output()[-3000:]}"
    assert rounds >= 2, "the sync finished before QGIS did anything: the test proved nothing"
    assert not render_errors, render_errors[:5]

    held = read_store(store)
    assert set(colleague) <= set(held), "pulled features are missing"
    for fid, text in edits.items():
        assert held[fid]["properties"]["toelichting"] == text, f"QGIS's edit of {fid} was lost"
    assert set(added) <= set(held), "features added in QGIS were lost"

    del punt, layers
    proxy.clear_faults()
    sync(store, proxy.url)
    assert assert_in_sync(store, registry) == 20 + 3000 + len(added)
    assert pending_total(store) == 0
    print(f"{rounds} QGIS rounds during the pull, {refused} refused commits retried: {sorted(set(commit_errors))}")
