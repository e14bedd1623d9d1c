"""The bulk write records its features in the sync outbox exactly as the store's triggers would.

The write skips the outbox insert triggers (``sync_state.pulling``) and runs
their own statement once over the new rows.  These tests write the same
prepared plan into two identical stores, once that way and once through the
triggers, and compare the outboxes row by row.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import verkavelingsplan

from lekp_plugin.imports import pipeline
from lekp_plugin.imports.pipeline import prepare_import, write_import

from .conftest import TODAY, store_rows


def _outbox_rows(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT seq, laag, feature_id, op, old_values, new_values FROM sync_outbox "
                           "ORDER BY seq").fetchall()
    finally:
        con.close()


def _pulling(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT pulling FROM sync_state WHERE id = 1").fetchone()[0]
    finally:
        con.close()


def _write_both(plan, fast: Path, slow: Path, monkeypatch):
    """Write ``plan`` into ``fast`` set-based and into ``slow`` (a copy) through the triggers."""
    plan.store = str(fast)
    fast_result = write_import(plan)
    monkeypatch.setattr(pipeline, "SET_BASED_OUTBOX", False)
    plan.store = str(slow)
    slow_result = write_import(plan)
    monkeypatch.setattr(pipeline, "SET_BASED_OUTBOX", True)
    return fast_result, slow_result


def test_set_based_outbox_equals_the_triggers(tmp_path, store, monkeypatch):
    src = Path(verkavelingsplan.make_plan(str(tmp_path / "plan.dxf"), extra_trees=50))
    con = sqlite3.connect(store)
    try:
        # the store's triggers have the shape the write recognises: the set-based path is taken
        assert pipeline._outbox_inserts(con, ["verbeteringen_punt", "verbeteringen_lijn",
                                              "verbeteringen_vlak"]) is not None
    finally:
        con.close()
    slow = tmp_path / "via_triggers.gpkg"
    shutil.copy(store, slow)
    plan = prepare_import(str(src), str(store), today=TODAY)
    fast_result, slow_result = _write_both(plan, store, slow, monkeypatch)
    assert fast_result == slow_result and fast_result.created == 26 + 50
    assert store_rows(store) == store_rows(slow)
    fast_rows, slow_rows = _outbox_rows(store), _outbox_rows(slow)
    assert fast_rows == slow_rows
    # every imported feature exactly once, as an insert with all its values
    assert len(fast_rows) == fast_result.created
    assert sorted(r[2] for r in fast_rows) == sorted(c.id for c in plan.to_write)
    assert {r[3] for r in fast_rows} == {"insert"} and all(r[5] and r[4] is None for r in fast_rows)
    assert _pulling(store) == 0 and _pulling(slow) == 0

    # a revised plan (one tree moved: an in-place update the triggers record) on top of a
    # store that already holds edits: again the same outbox both ways
    shutil.copy(store, slow)
    verkavelingsplan.make_plan(str(src), moved_tree=True, extra_trees=60)
    plan = prepare_import(str(src), str(store), today=TODAY)
    assert plan.actions()[pipeline.UPDATE] == 1 and plan.actions()[pipeline.NEW] == 10
    fast_result, slow_result = _write_both(plan, store, slow, monkeypatch)
    assert (fast_result.created, fast_result.updated) == (10, 1)
    assert store_rows(store) == store_rows(slow)
    fast_rows, slow_rows = _outbox_rows(store), _outbox_rows(slow)
    assert fast_rows == slow_rows
    assert [r[3] for r in fast_rows[-11:]].count("update") == 1
    assert _pulling(store) == 0


def test_a_failed_write_leaves_pulling_and_the_outbox_as_they_were(tmp_path, store, monkeypatch):
    src = Path(verkavelingsplan.make_plan(str(tmp_path / "plan.dxf")))
    plan = prepare_import(str(src), str(store), today=TODAY)
    before = store_rows(store), _outbox_rows(store)
    # the outbox statement fails after the features were inserted: everything rolls back
    real = pipeline._outbox_inserts

    def broken(con, tables):
        return {t: sql.replace("FROM", "FROM nergens_tabel,", 1) for t, sql in real(con, tables).items()}

    monkeypatch.setattr(pipeline, "_outbox_inserts", broken)
    try:
        write_import(plan)
    except pipeline.ImportFault as exc:
        assert exc.code == "write_failed"
    else:
        raise AssertionError("the broken outbox statement did not fail the write")
    assert (store_rows(store), _outbox_rows(store)) == before
    assert _pulling(store) == 0


def test_a_store_with_other_outbox_triggers_is_written_through_them(tmp_path, store):
    """A trigger of another shape than the write knows: no set-based rows, the triggers record."""
    con = sqlite3.connect(store)
    try:
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'verbeteringen_punt_sync_insert'"
                          ).fetchone()[0]
        con.execute('DROP TRIGGER "verbeteringen_punt_sync_insert"')
        con.execute(sql.replace("VALUES (", "SELECT ").replace("); END", " WHERE 1; END"))
        con.commit()
        assert pipeline._outbox_inserts(con, ["verbeteringen_punt"]) is None
    finally:
        con.close()
    src = Path(verkavelingsplan.make_plan(str(tmp_path / "plan.dxf")))
    plan = prepare_import(str(src), str(store), today=TODAY)
    result = write_import(plan)
    rows = _outbox_rows(store)
    assert len(rows) == result.created and {r[3] for r in rows} == {"insert"}


def test_bulk_ids_are_uuid4():
    import uuid

    ids = pipeline._new_ids(2000)
    assert len(set(ids)) == 2000
    for value in ids:
        parsed = uuid.UUID(value)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == value


def test_constant_columns_are_written_as_literals_with_their_type():
    lit = pipeline._constant_literal
    assert lit(["Diepenbeek's plan"] * 3) == "'Diepenbeek''s plan'"
    assert lit([None, None]) == "NULL"
    assert lit([0, 0]) == "0"
    assert lit([1.0, 1.0]) is None  # reals are staged
    assert lit([1, 1.0]) is None and lit([1, True]) is None  # equal but of another type
    assert lit(["a", "b"]) is None and lit(["a\x00b"] * 2) is None and lit([]) is None
