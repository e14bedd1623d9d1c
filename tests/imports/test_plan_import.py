"""The generated verkavelingsplan: counts, quantities, findings, opgelegd, re-import, updates."""

from __future__ import annotations

import sqlite3

import pytest
import verkavelingsplan

from lekp_plugin.imports.pipeline import NEW, UNCHANGED, UPDATE, import_plan, prepare_import, write_import

from .conftest import TODAY, outbox, store_rows


def _features(store) -> list[dict]:
    con = sqlite3.connect(store)
    con.row_factory = sqlite3.Row
    try:
        rows = []
        for t in ("verbeteringen_vlak", "verbeteringen_lijn", "verbeteringen_punt"):
            rows += [dict(r, laag=t) for r in con.execute(f'SELECT * FROM "{t}"')]
        return rows
    finally:
        con.close()


def test_counts_and_quantities_per_category(plan, store):
    p = prepare_import(str(plan), str(store), today=TODAY)
    counts = p.counts()
    assert set(counts) == set(verkavelingsplan.EXPECTED)
    for cat, want in verkavelingsplan.EXPECTED.items():
        assert counts[cat].objecten == want["objecten"], cat
        assert counts[cat].hoeveelheid == pytest.approx(want["hoeveelheid"], abs=0.05), cat
        assert counts[cat].fouten == want.get("fouten", 0), cat
    assert dict(p.ignored) == verkavelingsplan.IGNORED
    # the perk of 6 m² is kept out with its finding; the rest counts
    assert counts["natuurgroenperk"].telt == 4
    small = [c for c in p.candidates if c.has_error]
    assert len(small) == 1 and small[0].properties["categorie"] == "natuurgroenperk"
    assert "LEKP-A001" in {f.code for f in small[0].findings}
    assert "6 m²" in next(f for f in small[0].findings if f.code == "LEKP-A001").message("nl")
    # hemelwater is imposed (hemelwaterverordening) and does not count; trees and hedges count
    assert counts["hemelwater_buffer"].opgelegd == 25 and counts["hemelwater_buffer"].telt == 0
    assert counts["boom"].telt == 18 and counts["haag"].telt == pytest.approx(50.71, abs=0.05)
    summary = p.summary("nl")
    assert "KADASTER: 4" in summary and "natuurgroenperk: 5 objecten" in summary


def test_written_features_carry_the_source(plan, store):
    p, result = import_plan(str(plan), str(store), today=TODAY)
    assert (result.created, result.updated, result.refused) == (26, 0, 1)
    rows = _features(store)
    assert len(rows) == 26
    sha = p.source.sha256
    assert {r["bron"] for r in rows} == {"import"}
    assert {r["bron_bestand"] for r in rows} == {plan.name}
    assert {r["bron_sha256"] for r in rows} == {sha}
    assert len({r["bron_sleutel"] for r in rows}) == 26
    assert {r["projectnaam"] for r in rows} == {"verkaveling_diepenbeek"}
    assert {r["gemeente_nis"] for r in rows} == {"71011"}
    assert {r["status"] for r in rows} == {"gepland"}
    per_layer = {t: sum(1 for r in rows if r["laag"] == t) for t in
                 ("verbeteringen_punt", "verbeteringen_lijn", "verbeteringen_vlak")}
    assert per_layer == {"verbeteringen_punt": 19, "verbeteringen_lijn": 3, "verbeteringen_vlak": 4}
    buffer = next(r for r in rows if r["categorie"] == "hemelwater_buffer")
    assert buffer["opgelegd"] == 1 and "hemelwaterverordening" in buffer["toelichting"]
    tree = next(r for r in rows if r["categorie"] == "boom" and "kleur 3" in r["toelichting"])
    assert "laag BOMEN" in tree["toelichting"] and "blok BOOM" in tree["toelichting"]
    assert all(r["opgelegd"] == 0 for r in rows if r["categorie"] != "hemelwater_buffer")
    # the store's outbox captured every write as a create, for sync
    assert sorted(fid for _l, fid, op in outbox(store) if op == "insert") == sorted(r["id"] for r in rows)


def test_officer_says_the_plan_is_imposed(plan, store):
    p = prepare_import(str(plan), str(store), opgelegd=True, today=TODAY)
    assert all(c.properties["opgelegd"] for c in p.candidates)
    assert all(row.telt == 0 for row in p.counts().values())
    tree = next(c for c in p.candidates if c.properties["categorie"] == "boom")
    assert "verkavelingsvergunning" in tree.properties["toelichting"]


def test_reimport_of_the_same_file_creates_nothing(plan, store):
    import_plan(str(plan), str(store), today=TODAY)
    rows, box = store_rows(store), outbox(store)
    p, result = import_plan(str(plan), str(store), today=TODAY)
    assert p.same_file_in_store == 26
    assert p.actions() == {UNCHANGED: 26}
    assert (result.created, result.updated, result.unchanged) == (0, 0, 26)
    assert store_rows(store) == rows and outbox(store) == box
    assert "al geïmporteerd" in p.summary("nl")


def test_changed_plan_updates_the_feature_it_maps_to(plan, store, tmp_path):
    import_plan(str(plan), str(store), today=TODAY)
    before = {r["bron_sleutel"]: r for r in _features(store)}
    verkavelingsplan.make_plan(str(plan), moved_tree=True)  # the architect moved one tree by 3 m
    p, result = import_plan(str(plan), str(store), today=TODAY)
    assert p.actions() == {UNCHANGED: 25, UPDATE: 1}
    assert (result.created, result.updated) == (0, 1)
    after = {r["bron_sleutel"]: r for r in _features(store)}
    assert set(after) == set(before)
    moved = [k for k in after if after[k]["geom"] != before[k]["geom"]]
    assert len(moved) == 1 and after[moved[0]]["id"] == before[moved[0]]["id"]
    assert [op for _l, fid, op in outbox(store) if fid == after[moved[0]]["id"]] == ["insert", "update"]


def test_a_new_tree_in_the_revised_plan_is_added(plan, store):
    import_plan(str(plan), str(store), today=TODAY)
    verkavelingsplan.make_plan(str(plan), extra_trees=2)
    p, result = import_plan(str(plan), str(store), today=TODAY)
    assert result.created == 2 and p.actions()[NEW] == 2
    assert len(_features(store)) == 28


def test_overlap_with_a_feature_already_in_the_store(plan, store):
    """The store's own features are the reference: a second plan drawn on top is flagged."""
    import shutil

    import_plan(str(plan), str(store), today=TODAY)
    other = plan.with_name("kopie_ander_project.dxf")
    shutil.copy(plan, other)
    p = prepare_import(str(other), str(store), projectnaam="ander project", today=TODAY)
    codes = {f.code for f in p.findings()}
    assert "LEKP-O002" in codes  # same geometry, same dates: a duplicate registration
    assert p.actions().get(NEW, 0) < 26


def test_dry_run_writes_nothing(plan, store):
    rows = store_rows(store)
    prepare_import(str(plan), str(store), today=TODAY)
    assert store_rows(store) == rows


def test_write_failure_leaves_store_unchanged(plan, store):
    """An error half-way through the transaction rolls everything back, the store's triggers too."""
    import sqlite3

    p = prepare_import(str(plan), str(store), today=TODAY)
    last_hedge = [c.key for c in p.to_write if c.layer_name == "verbeteringen_lijn"][-1]
    con = sqlite3.connect(store)
    try:
        # the disk fills up at the last hedge, with other features already written in the transaction
        con.execute("CREATE TRIGGER test_schijf_vol BEFORE INSERT ON verbeteringen_lijn "
                    f"WHEN NEW.bron_sleutel = '{last_hedge}' BEGIN SELECT RAISE(ABORT, 'schijf vol'); END")
        con.commit()
        schema = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        counts = con.execute("SELECT table_name, feature_count FROM gpkg_ogr_contents ORDER BY 1").fetchall()
    finally:
        con.close()
    rows, box = store_rows(store), outbox(store)
    from lekp_plugin.imports.messages import ImportFault

    with pytest.raises(ImportFault) as err:
        write_import(p)
    assert "schijf vol" in err.value.message("nl") and "ongewijzigd" in err.value.message("nl")
    assert store_rows(store) == rows and outbox(store) == box
    con = sqlite3.connect(store)
    try:
        # the spatial-index and feature-count triggers the bulk write drops for a while are back
        assert con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema
        assert con.execute("SELECT table_name, feature_count FROM gpkg_ogr_contents ORDER BY 1"
                           ).fetchall() == counts
        assert con.execute("SELECT count(*) FROM rtree_verbeteringen_punt_geom").fetchone()[0] == 0
        assert con.execute("SELECT pulling FROM sync_state").fetchone()[0] == 0
    finally:
        con.close()
    assert sorted(q.name for q in store.parent.iterdir() if not q.name.startswith("diepenbeek.gpkg")) == [plan.name]
