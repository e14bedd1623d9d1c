"""After a sync pull the dock re-validates the store in a task, like "Alles valideren" (issue 15).

A store with tens of thousands of registrations is open in the dock; a
colleague changed one feature in the registry and the sync tab pulls it.  The
pull ends with ``storeChanged``; the dock then validates every feature again —
in a ``QgsTask`` (progress and cancel in QGIS's task bar), never in the main
thread.  A ``QTimer`` probe in the main thread sees no gap longer than 200 ms
from the start of the sync until the findings are on the map and in the list.
Real parts: the registry on 127.0.0.1, a real GeoPackage store, the dock.
"""

from __future__ import annotations

import sqlite3
import time

import numpy as np
from osgeo import ogr
from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QEventLoop, QTimer

from .conftest import EventLoopProbe, settle_earlier_tests
from .test_sync_gui import (  # noqa: F401  (fixtures)
    X,
    Y,
    add,
    change_in_registry,
    connect,
    dock,
    herzele_store,
    no_proxy_settings,
    registry,
    square,
    vlak,
    wait_for,
)

#: Registrations in the store besides the synced one: enough that validating them all takes
#: far longer than the stall limit in the main thread (about a second on the development VM).
BULK = 40_000
STALL_LIMIT_S = 0.200


def fill_store(path, n: int) -> None:
    """``n`` small ontharding rectangles (many overlapping) written with OGR, not waiting to be sent."""
    rng = np.random.default_rng(15)
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayerByName("verbeteringen_vlak")
    defn = lyr.GetLayerDefn()
    x0, y0 = X - 300, Y - 300
    lyr.StartTransaction()
    for k in range(n):
        x, y = x0 + rng.uniform(0, 600), y0 + rng.uniform(0, 600)
        w, h = rng.uniform(3, 8, 2)
        f = ogr.Feature(defn)
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            f"MULTIPOLYGON ((({x} {y}, {x + w} {y}, {x + w} {y + h}, {x} {y + h}, {x} {y})))"))
        for name, value in {"id": f"b0000000-0000-4000-8000-{k:012d}", "gemeente_nis": "41027",
                            "projectnaam": "Inventaris", "categorie": "ontharding", "aard": "aanleg",
                            "hoeveelheid": round(w * h * 0.8, 1), "status": "uitgevoerd", "domein": "publiek",
                            "bron": "manueel"}.items():
            f.SetField(name, value)
        f.SetField("uitvoeringsdatum", 2024, 5, 1, 0, 0, 0, 0)
        f.SetField("opgelegd", 0)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    con = sqlite3.connect(str(path))  # the outbox is a plain table (no rtree triggers)
    with con:
        con.execute("DELETE FROM sync_outbox")
    con.close()


def test_a_pull_revalidates_the_store_in_a_task_without_stalling_qgis(
        dock, registry, herzele_store, auth_manager):  # noqa: F811  (the fixtures imported above)
    fill_store(herzele_store, BULK)
    panel = dock.syncPanel
    assert dock.open_store(str(herzele_store))
    wait_for(lambda: dock.validator.task is None and dock.validator.findings, 120)  # opening validates
    layer = vlak(dock)
    assert layer.startEditing()
    fid = add(layer, square(2000))
    assert layer.commitChanges()
    connect(panel, registry, auth_manager)
    assert panel.start_sync()
    wait_for(lambda: panel.task is None)
    settled: list[bool] = []  # whatever the push and the commit started is over: findings, map, list
    dock.validator.validationFinished.connect(settled.append)
    deadline = time.monotonic() + 2
    wait_for(lambda: time.monotonic() > deadline)
    dock.start_validate_all()
    wait_for(lambda: True in settled)
    deadline = time.monotonic() + 2
    wait_for(lambda: time.monotonic() > deadline and QgsApplication.taskManager().countActiveTasks() == 0)
    dock.validator.validationFinished.disconnect(settled.append)
    assert "LEKP-D005" not in {f.code for fs in dock.validator.findings.values() for f in fs}
    # a colleague plans it again, with a planned date already past: a warning after the pull
    change_in_registry(registry, fid, status="gepland", uitvoeringsdatum=None, geplande_datum="2022-03-01")

    seen_task: list[QgsTask | None] = []
    completed: list[bool] = []

    def store_changed():  # connected after the dock's own slot: its task exists now
        task = dock.validator.task
        seen_task.append(task)
        if task is not None:
            task.taskCompleted.connect(lambda: completed.append(True))

    panel.storeChanged.connect(store_changed)
    settle_earlier_tests()
    finished: list[bool] = []  # the end of the run the pull started: findings, map and list
    dock.validator.validationFinished.connect(lambda ok: finished.append(ok) if completed else None)
    probe = EventLoopProbe()
    probe.start()
    assert panel.start_sync()
    loop = QEventLoop()
    deadline = time.monotonic() + 300
    while not finished and time.monotonic() < deadline:
        QTimer.singleShot(20, loop.quit)
        loop.exec_()
    QTimer.singleShot(50, loop.quit)  # the dock's list update after the last slice
    loop.exec_()
    probe.stop()
    assert panel.task is None and "Traceback" not in panel.messageLabel.text()
    assert len(seen_task) == 1 and seen_task[0] is not None, "the pull's re-validation runs as a task"
    assert finished == [True]
    codes = {f.code for fs in dock.validator.findings.values() for f in fs}
    assert "LEKP-D005" in codes, f"the pulled feature is validated ({panel.messageLabel.text()})"
    assert sum(len(fs) for fs in dock.validator.findings.values()) > BULK // 2, "every feature is validated"
    worst = probe.worst
    print(f"longest event-loop gap during a sync pull into a store of {BULK + 1:,} features: "
          f"{worst * 1000:.0f} ms ({len(probe.gaps)} ticks)")
    assert worst <= STALL_LIMIT_S, f"QGIS stalled {worst * 1000:.0f} ms"
