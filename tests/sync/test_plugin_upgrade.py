"""A store made before sync is upgraded when the plugin opens it (pytest-qgis)."""

from __future__ import annotations

import sqlite3

import pytest

from lekp_plugin.store import StoreError, migrations

from .conftest import gdal_add
from .test_migrations import make_v1_store


def test_opening_an_old_store_in_qgis_upgrades_it(qgis_app, tmp_path):
    from qgis.core import QgsProject

    from lekp_plugin.gui.layers import open_store

    path = make_v1_store(str(tmp_path / "oud.gpkg"))
    (fid,) = gdal_add(path, 1)
    project = QgsProject()
    layers = open_store(path, project)
    assert len(layers) == 3
    con = sqlite3.connect(path)
    try:
        assert migrations.version_of(con) == migrations.LATEST
        assert con.execute("SELECT feature_id, op FROM sync_outbox").fetchall() == [(fid, "insert")]
    finally:
        con.close()
    project.clear()


def test_a_file_that_is_not_a_store_is_refused_with_a_message(qgis_app, tmp_path):
    from qgis.core import QgsProject

    from lekp_plugin.gui.layers import open_store

    other = tmp_path / "ander.gpkg"
    other.write_text("geen opslag")
    with pytest.raises(StoreError, match="geen LEKP-opslag"):
        open_store(str(other), QgsProject())
