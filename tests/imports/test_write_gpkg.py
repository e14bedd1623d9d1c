"""The bulk write keeps the store a sound GeoPackage: spatial index, feature count, schema.

The write drops the layers' per-row insert triggers for the bulk insert (GDAL's
rtree and feature-count triggers, the store's id default and outbox insert
triggers), does their work once per layer (the spatial index bulk-loaded, the
count, the outbox rows) and re-creates them, all in the import's transaction.  These
tests write the same prepared plan into two identical stores, once that way
and once through the triggers, and compare; and they read the result back
through OGR (``ogrinfo``, a spatial filter that uses the index) and SQLite's
own checks (``PRAGMA integrity_check``, ``rtreecheck``).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import shapely
import verkavelingsplan
from osgeo import gdal, ogr

from lekp_plugin.imports import pipeline
from lekp_plugin.imports.pipeline import prepare_import, write_import
from lekp_plugin.store import sqlite as sq

from .conftest import TODAY, store_rows

LAYERS = ("verbeteringen_punt", "verbeteringen_lijn", "verbeteringen_vlak")


def _index(path: Path) -> dict[str, list[tuple]]:
    """Per layer: (feature id, rtree box) of every spatial-index entry, by feature id."""
    con = sqlite3.connect(path)
    try:
        return {t: sorted(con.execute(f'SELECT f.id, r.minx, r.maxx, r.miny, r.maxy FROM "rtree_{t}_geom" r '
                                      f'JOIN "{t}" f ON f.fid = r.id')) for t in LAYERS}
    finally:
        con.close()


def _schema_and_counts(path: Path) -> tuple[list, list]:
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall(),
                con.execute("SELECT table_name, feature_count FROM gpkg_ogr_contents ORDER BY 1").fetchall())
    finally:
        con.close()


def _sound(path: Path) -> None:
    """SQLite's and GDAL's view of the store: consistent, every feature indexed exactly once."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for t in LAYERS:
            assert con.execute(f"SELECT rtreecheck('rtree_{t}_geom')").fetchone()[0] == "ok"
            n = con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            assert con.execute(f'SELECT count(*) FROM "rtree_{t}_geom"').fetchone()[0] == n
            assert con.execute(f'SELECT count(*) FROM "rtree_{t}_geom" r JOIN "{t}" f ON f.fid = r.id'
                               ).fetchone()[0] == n
    finally:
        con.close()
    info = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(path)], capture_output=True, text=True)
    assert info.returncode == 0 and "ERROR" not in info.stderr, info.stderr


def _filtered(path: Path, layer: str, window) -> tuple[set[str], set[str]]:
    """Ids OGR returns for a spatial filter (through the rtree) and ids whose geometry meets the window."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    try:
        lyr = ds.GetLayerByName(layer)
        everything = {f.GetField("id"): shapely.from_wkb(bytes(f.GetGeometryRef().ExportToWkb()))
                      for f in lyr}
        lyr.SetSpatialFilter(ogr.CreateGeometryFromWkt(window.wkt))
        via_index = {f.GetField("id") for f in lyr}
    finally:
        ds = None
    return via_index, {k for k, g in everything.items() if g.intersects(window)}


def _write_both(plan, fast: Path, slow: Path, monkeypatch):
    plan.store = str(fast)
    fast_result = write_import(plan)
    monkeypatch.setattr(pipeline, "SET_BASED_GPKG_TRIGGERS", False)
    plan.store = str(slow)
    slow_result = write_import(plan)
    monkeypatch.setattr(pipeline, "SET_BASED_GPKG_TRIGGERS", True)
    return fast_result, slow_result


def test_bulk_index_and_count_equal_the_triggers(tmp_path, store, monkeypatch):
    con = sqlite3.connect(store)
    try:
        for t in LAYERS:  # the store's triggers have GDAL's shape: the set-based path is taken
            deferred = pipeline._deferred_triggers(con, t, ids_set=True, outbox_set_based=True)
            assert deferred.rtree and deferred.count
            # and the id default and outbox insert triggers, which do nothing for the bulk's rows
            assert sorted(name for name, _sql in deferred.idle) == [f"{t}_id_default", f"{t}_sync_insert"]
            assert not pipeline._deferred_triggers(con, t).idle
    finally:
        con.close()
    src = Path(verkavelingsplan.make_plan(str(tmp_path / "plan.dxf"), extra_trees=300))
    slow = tmp_path / "via_triggers.gpkg"
    shutil.copy(store, slow)
    schema = _schema_and_counts(store)
    plan = prepare_import(str(src), str(store), today=TODAY)
    fast_result, slow_result = _write_both(plan, store, slow, monkeypatch)
    assert fast_result == slow_result and fast_result.created == 26 + 300
    assert store_rows(store) == store_rows(slow)
    assert _index(store) == _index(slow)
    assert sum(len(v) for v in _index(store).values()) == fast_result.created
    # the triggers are back, verbatim, and the feature counts are what they would have been
    assert _schema_and_counts(store) == _schema_and_counts(slow)
    assert _schema_and_counts(store)[0] == schema[0]
    _sound(store)

    # a revised plan on top of the filled store: updates (in place, through the triggers) and new
    # features added to a non-empty index
    shutil.copy(store, slow)
    verkavelingsplan.make_plan(str(src), moved_tree=True, extra_trees=400)
    plan = prepare_import(str(src), str(store), today=TODAY)
    assert plan.actions()[pipeline.UPDATE] == 1 and plan.actions()[pipeline.NEW] == 100
    fast_result, slow_result = _write_both(plan, store, slow, monkeypatch)
    assert (fast_result.created, fast_result.updated) == (100, 1)
    assert store_rows(store) == store_rows(slow) and _index(store) == _index(slow)
    assert _schema_and_counts(store) == _schema_and_counts(slow)
    _sound(store)
    # many new features on a filled index (rebuilt in bulk, three levels deep) and the moved tree
    # back in place (its index entry updated by the trigger, in the rebuilt index)
    shutil.copy(store, slow)
    verkavelingsplan.make_plan(str(src), extra_trees=3000)
    plan = prepare_import(str(src), str(store), today=TODAY)
    assert plan.actions()[pipeline.UPDATE] == 1 and plan.actions()[pipeline.NEW] == 2600
    assert 2600 >= pipeline.RTREE_REBUILD_SHARE * 427
    fast_result, slow_result = _write_both(plan, store, slow, monkeypatch)
    assert store_rows(store) == store_rows(slow) and _index(store) == _index(slow)
    assert _schema_and_counts(store) == _schema_and_counts(slow)
    _sound(store)
    con = sqlite3.connect(store)
    try:
        root = con.execute("SELECT data FROM rtree_verbeteringen_punt_geom_node WHERE nodeno = 1").fetchone()[0]
        assert int.from_bytes(root[:2], "big") == 2  # depth: root, inner nodes, leaves
        # bulk-loaded: full leaves (51 entries each), not the two-thirds-full ones of one-by-one inserts
        n = con.execute("SELECT count(*) FROM rtree_verbeteringen_punt_geom_rowid").fetchone()[0]
        nodes = con.execute("SELECT count(*) FROM rtree_verbeteringen_punt_geom_node").fetchone()[0]
        assert nodes <= -(-n // 51) + -(-n // 51 ** 2) + 1
    finally:
        con.close()
    # OGR's spatial filter (through the index) finds exactly the features in a window of the plan
    x, y = verkavelingsplan.DIEPENBEEK
    found = {t: _filtered(store, t, shapely.box(x + 5, y - 10, x + 100, y + 70)) for t in LAYERS}
    assert all(via_index == expected for via_index, expected in found.values())
    assert all(expected for _via_index, expected in found.values())


def test_a_store_with_other_gpkg_triggers_is_indexed_through_them(tmp_path, store):
    """An rtree trigger of another shape than GDAL's: left in place, it indexes row by row."""
    con = sq.connect(str(store))
    try:
        name = "rtree_verbeteringen_punt_geom_insert"
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        con.execute(f'DROP TRIGGER "{name}"')
        con.execute(sql.replace("WHEN (", "WHEN 1 = 1 AND ("))
        assert pipeline._deferred_triggers(con, "verbeteringen_punt").rtree is None
        other = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        con.close()
    src = Path(verkavelingsplan.make_plan(str(tmp_path / "plan.dxf")))
    result = write_import(prepare_import(str(src), str(store), today=TODAY))
    assert result.created == 26
    assert _schema_and_counts(store)[0] == other
    _sound(store)
