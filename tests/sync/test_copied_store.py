"""A store copied while it was still open (its last edits only in the ``-wal`` that did not come along)
is refused by sync with a clear message, and left as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from osgeo import ogr

from lekp_plugin.sync import SyncError, run_sync, sync_status

from .conftest import HERZELE, gdal_add, store_features


def _open_with_edits_in_wal(path: str):
    """A writer (like QGIS or QField) with the store open in WAL mode; its edits only in the -wal."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    ds = ogr.Open(path, 1)
    ds.ExecuteSQL("PRAGMA wal_autocheckpoint = 0")
    gdal_add(path, 1)  # another connection: committed into the -wal too
    assert os.path.getsize(path + "-wal") > 0
    return ds


def test_a_store_copied_without_its_wal_is_refused(registry, make_store, tmp_path):
    store = make_store()
    ds = _open_with_edits_in_wal(store)
    copy_dir = tmp_path / "kopie"
    copy_dir.mkdir()
    for suffix in ("", "-shm"):  # the -wal stayed behind
        shutil.copy2(store + suffix, copy_dir / ("store.gpkg" + suffix))
    copy = str(copy_dir / "store.gpkg")
    shutil.copy2(store + "-wal", tmp_path / "wal-apart")
    del ds  # the writer closes: the original is whole again

    with pytest.raises(SyncError) as err:
        run_sync(copy, registry.url, HERZELE)
    assert err.value.code == "wal_missing"
    text = err.value.text("nl")
    assert "store.gpkg-wal" in text and "ontbreekt" in text and "niet gesynchroniseerd" in text
    assert copy in text
    assert "store.gpkg-wal" in err.value.text("en") and "missing" in err.value.text("en")
    with pytest.raises(SyncError) as err:
        sync_status(copy)
    assert err.value.code == "wal_missing"
    assert os.path.exists(copy + "-shm")  # the evidence is left as it was
    assert registry.features() == {}  # nothing sent from a store that lost its last edits

    # with its -wal, the same copy syncs, edits included
    shutil.copy2(tmp_path / "wal-apart", copy + "-wal")
    result = run_sync(copy, registry.url, HERZELE)
    assert result.pushed == 1
    assert set(registry.features()) == set(store_features(copy))
