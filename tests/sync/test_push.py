"""Push: GDAL-written features reach the registry; a second sync sends nothing."""

from __future__ import annotations

import sqlite3

from lekp_plugin.sync import run_sync, sync_status

from .conftest import HERZELE, assert_equal_sides, gdal_add, gdal_delete, gdal_update


def outbox_rows(path: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT feature_id, op FROM sync_outbox ORDER BY seq").fetchall()
    finally:
        con.close()


def test_gdal_features_reach_the_registry_and_a_second_sync_sends_nothing(registry, make_store):
    store = make_store()
    with_ids = gdal_add(store, 3)
    gdal_add(store, 2, with_id=False, dx=50)  # the store's trigger gives them an id after the insert
    rows = outbox_rows(store)
    assert len(rows) == 5 and all(op == "insert" and fid for fid, op in rows)
    assert sync_status(store).pending == {"create": 5, "replace": 0, "delete": 0}

    result = run_sync(store, registry.url, HERZELE)
    assert (result.pushed, result.conflicts, result.held_back, result.cancelled) == (5, 0, 0, False)
    there = registry.features()
    assert len(there) == 5 and set(with_ids) <= set(there)
    assert outbox_rows(store) == []
    assert_equal_sides(registry, store)
    status = sync_status(store)
    assert status.pending == {"create": 0, "replace": 0, "delete": 0}
    assert status.last_sync and status.registry_url == registry.url and "5 verzonden" in status.last_result

    again = run_sync(store, registry.url, HERZELE)
    assert again.pushed == 0 and again.pulled == 0 and again.requests <= 2


def test_coalescing_sends_one_operation_per_feature(registry, make_store):
    store = make_store()
    a, b, c = gdal_add(store, 3)
    gdal_update(store, a, projectnaam="Eerste naam")
    gdal_update(store, a, projectnaam="Tweede naam")
    gdal_delete(store, b)  # create + delete: nothing
    assert sync_status(store).pending == {"create": 2, "replace": 0, "delete": 0}
    run_sync(store, registry.url, HERZELE)
    there = registry.features()
    assert set(there) == {a, c} and there[a]["properties"]["projectnaam"] == "Tweede naam"
    assert there[a]["properties"]["versie"] == 1  # one create, not a create and two replaces

    gdal_update(store, a, projectnaam="Derde naam")
    gdal_update(store, a, toelichting="Twee keer gewijzigd")
    gdal_update(store, c, projectnaam="Weg")
    gdal_delete(store, c)  # update + delete: delete
    assert sync_status(store).pending == {"create": 0, "replace": 1, "delete": 1}
    result = run_sync(store, registry.url, HERZELE)
    assert result.pushed == 2
    there = registry.features()
    assert set(there) == {a}
    assert there[a]["properties"]["versie"] == 2 and there[a]["properties"]["projectnaam"] == "Derde naam"
    assert_equal_sides(registry, store)
