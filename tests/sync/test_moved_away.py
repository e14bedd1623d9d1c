"""A feature the registry moved to another gemeente, while it has unsent local edits here: the conflict
says where it went (name and NIS code), not that it was deleted."""

from __future__ import annotations

import sqlite3

from lekp_plugin.sync import list_conflicts, run_sync

from .conftest import HERZELE, ITEMS, gdal_add, gdal_update, store_features


def _move_to_gent(registry, fid: str) -> None:
    with registry.client("vlaanderen") as admin:
        etag = admin.get(f"{ITEMS}/{fid}").headers["ETag"]
        r = admin.patch(f"{ITEMS}/{fid}", json={"properties": {"gemeente_nis": "44021"}},
                        headers={"If-Match": etag, "Content-Type": "application/merge-patch+json"})
        assert r.status_code == 200, r.text


def _cause(path: str, fid: str) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT oorzaak FROM sync_conflicten WHERE feature_id = ? AND status = 'open'",
                           (fid,)).fetchone()[0]
    finally:
        con.close()


def _explained(qgis_app, conflict) -> str:
    from lekp_plugin.gui.conflict_dialog import ConflictDialog

    return ConflictDialog._explain(None, conflict)


def test_a_move_to_another_gemeente_names_that_gemeente(qgis_app, any_registry, make_store):
    registry = any_registry
    store = make_store()
    (fid,) = gdal_add(store, 1)
    run_sync(store, registry.url, HERZELE)
    gdal_update(store, fid, toelichting="Hier aangevuld")
    _move_to_gent(registry, fid)

    result = run_sync(store, registry.url, HERZELE)
    assert result.new_conflicts == 1
    assert _cause(store, fid) == "naar gemeente Gent (44021) verplaatst"
    (conflict,) = list_conflicts(store)
    assert conflict.theirs is None and conflict.moved_to == "44021" and conflict.moved_to_name == "Gent"
    text = _explained(qgis_app, conflict)
    assert "naar gemeente Gent (44021) verplaatst" in text and "verwijderd" not in text


def test_a_departure_in_the_gemeentes_feed_names_that_gemeente(qgis_app, any_registry, make_store):
    registry = any_registry
    store = make_store(boundary=True)
    (fid,) = gdal_add(store, 1)
    run_sync(store, registry.url, HERZELE)
    gdal_update(store, fid, toelichting="Hier aangevuld")
    _move_to_gent(registry, fid)
    # the gemeente's own feed (what a store's first pull reads) says it left: op delete, reden verhuisd
    with registry.client(None) as c:
        (entry,) = c.get("/collections/verbeteringen/changes",
                         params={"since": 0, "gemeente_nis": "41027"}).json()["changes"]
    assert entry["op"] == "delete" and entry["reden"] == "verhuisd" and entry["moved_to"] == "44021"
    con = sqlite3.connect(store)
    con.execute("UPDATE sync_state SET cursor = 0")  # so that this sync reads that feed
    con.commit()
    con.close()

    run_sync(store, registry.url, HERZELE)
    assert _cause(store, fid) == "naar gemeente Gent (44021) verplaatst"
    (conflict,) = list_conflicts(store)
    assert conflict.moved_to == "44021"
    assert "Gent (44021)" in _explained(qgis_app, conflict)
    assert fid in store_features(store)  # the local edit is kept until the user chooses


def test_a_deleted_feature_still_says_deleted(qgis_app, any_registry, make_store):
    registry = any_registry
    store = make_store()
    (fid,) = gdal_add(store, 1)
    run_sync(store, registry.url, HERZELE)
    gdal_update(store, fid, toelichting="Hier aangevuld")
    with registry.client() as c:
        etag = c.get(f"{ITEMS}/{fid}").headers["ETag"]
        assert c.delete(f"{ITEMS}/{fid}", headers={"If-Match": etag}).status_code == 204
    run_sync(store, registry.url, HERZELE)
    assert _cause(store, fid) == "verwijderd in het register"
    (conflict,) = list_conflicts(store)
    assert conflict.moved_to is None
    assert "verwijderd" in _explained(qgis_app, conflict)


def test_a_move_without_local_edits_is_said_in_the_log(any_registry, make_store):
    registry = any_registry
    store = make_store()
    (fid,) = gdal_add(store, 1)
    run_sync(store, registry.url, HERZELE)
    _move_to_gent(registry, fid)
    lines: list[str] = []
    run_sync(store, registry.url, HERZELE, log=lines.append)
    assert fid not in store_features(store)
    assert any(fid in line and "naar gemeente Gent (44021) verplaatst" in line for line in lines), lines
