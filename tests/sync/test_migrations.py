"""Store migrations: every step from every earlier version, idempotent; the outbox triggers."""

from __future__ import annotations

import datetime as _dt
import sqlite3

import pytest
from osgeo import ogr

from lekp_plugin.store import geopackage, migrations
from lekp_plugin.store import sqlite as sq
from lekp_plugin.sync import run_sync, sync_status

from .conftest import HERZELE, gdal_add, store_features


def make_v1_store(path: str, nis: str = "41027") -> str:
    """A store exactly as ``lekp:createstore`` made it before sync (schema version 1)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    geopackage._create_layers(ds, nis, None)
    ds = None
    geopackage._finish_sql(path, {"schema_version": "1", "gemeente_nis": nis, "gemeente_naam": "",
                                  "aangemaakt_op": _dt.datetime.now(_dt.UTC).isoformat(), "plugin_versie": "",
                                  "crs": "EPSG:31370"})
    return path


def tables(path: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    finally:
        con.close()


def outbox(path: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT feature_id, op FROM sync_outbox ORDER BY seq").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("start", sorted({1, *(v - 1 for v in migrations.STEPS)}))
def test_every_step_from_every_earlier_version(tmp_path, start):
    path = make_v1_store(str(tmp_path / "oud.gpkg"))
    ids = gdal_add(path, 2)  # drawn before sync existed: no outbox yet
    for version in sorted(migrations.STEPS):
        if version <= start:
            migrations.STEPS[version](path)
    assert migrations.upgrade(path) == start
    con = sq.connect(path)
    try:
        assert migrations.version_of(con) == migrations.LATEST
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()
    assert set(migrations.SYNC_TABLES) | {migrations.REFERENCE_LAYER} <= tables(path)
    # the features drawn before sync are queued once, as creates
    assert sorted(outbox(path)) == sorted((i, "insert") for i in ids)
    # running the steps again changes nothing
    for step in migrations.STEPS.values():
        step(path)
    assert migrations.upgrade(path) == migrations.LATEST
    assert sorted(outbox(path)) == sorted((i, "insert") for i in ids)


def test_sync_upgrades_an_old_store_and_sends_its_features(tmp_path, registry):
    path = make_v1_store(str(tmp_path / "oud.gpkg"))
    ids = gdal_add(path, 3)
    assert sync_status(path).pending["create"] == 3  # opening it for sync upgraded it
    result = run_sync(path, registry.url, HERZELE)
    assert result.pushed == 3 and set(registry.features()) == set(ids)


def test_createstore_makes_the_latest_version(make_store):
    path = make_store()
    con = sq.connect(path)
    try:
        assert migrations.version_of(con) == migrations.LATEST
    finally:
        con.close()
    assert outbox(path) == []


def test_triggers_record_the_id_set_after_insert_skip_noop_updates_and_split_id_changes(make_store):
    path = make_store()
    (fid,) = gdal_add(path, 1, with_id=False)
    rows = outbox(path)
    assert len(rows) == 1 and rows[0][1] == "insert" and rows[0][0]
    fid = rows[0][0]
    con = sq.connect(path)
    try:
        con.execute("UPDATE verbeteringen_punt SET projectnaam = projectnaam")  # no change
        con.execute("UPDATE verbeteringen_punt SET id = 'aaaaaaaa-0000-4000-8000-000000000001'")
    finally:
        con.close()
    assert outbox(path)[1:] == [("aaaaaaaa-0000-4000-8000-000000000001", "insert"), (fid, "delete")]


def test_reference_layer_is_read_only_outside_a_pull(make_store):
    path = make_store()
    con = sq.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="alleen-lezen"):
            con.execute("INSERT INTO registry_referentie(id) VALUES ('x')")
    finally:
        con.close()


def test_pulled_writes_do_not_enter_the_outbox(make_store, registry):
    one, two = make_store("een"), make_store("twee")
    gdal_add(one, 2)
    run_sync(one, registry.url, HERZELE)
    run_sync(two, registry.url, HERZELE)
    assert len(store_features(two)) == 2 and outbox(two) == []
