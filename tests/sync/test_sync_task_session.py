"""No HTTP connection is left open by sync: run_sync closes the session it made, and the dock's task
closes the session it was given also when it never ran (cancelled before QGIS started it)."""

from __future__ import annotations

import gc
import warnings

import requests

from lekp_plugin.sync import run_sync

from .conftest import HERZELE, gdal_add


def _resource_warnings(fn) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        fn()
        gc.collect()
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


def test_run_sync_closes_its_own_session(registry, make_store):
    store = make_store()
    gdal_add(store, 3)
    assert _resource_warnings(lambda: run_sync(store, registry.url, HERZELE)) == []


def test_a_sync_task_cancelled_before_it_ran_closes_its_session(qgis_app, registry, make_store):
    from lekp_plugin.gui.sync_panel import SyncTask

    store = make_store()
    done = []

    def cancelled_task() -> None:
        session = requests.Session()
        assert session.get(f"{registry.url}/collections/verbeteringen", timeout=10).status_code == 200
        task = SyncTask(store, registry.url, HERZELE, session, "nl")  # a pooled connection is open
        task.done_callback = lambda t, ok: done.append(ok)
        task.cancel()  # the user cancelled before QGIS ran it: QGIS calls finished(False), not run()
        task.finished(False)
        assert done == [False] and task.result is None

    assert _resource_warnings(cancelled_task) == []
