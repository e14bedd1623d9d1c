"""Features with errors are held back (never sent); an interrupted push is resumed with the same keys;
other gemeenten' features land in the read-only reference layer."""

from __future__ import annotations

import sqlite3

import pytest

from lekp_plugin.sync import engine, run_sync, sync_status

from .conftest import HERZELE, ITEMS, L72, assert_equal_sides, gdal_add, gdal_update, store_features


def test_features_with_errors_are_held_back_with_their_findings(registry, make_store):
    store = make_store()
    good = gdal_add(store, 2)
    (early,) = gdal_add(store, 1, dx=80, uitvoeringsdatum="2019-05-01")  # before the pact: LEKP-D002
    status = sync_status(store)
    assert status.pending["create"] == 2
    assert [(h.id, h.laag) for h in status.held_back] == [(early, "verbeteringen_punt")]
    assert "LEKP-D002" in {f["code"] for f in status.held_back[0].findings}

    result = run_sync(store, registry.url, HERZELE)
    assert result.pushed == 2 and result.held_back == 1
    assert result.held_back_features[0].id == early
    assert set(registry.features()) == set(good)

    gdal_update(store, early, uitvoeringsdatum="2022-05-01")  # fixed: it goes at the next sync
    assert sync_status(store).held_back == []
    assert run_sync(store, registry.url, HERZELE).pushed == 1
    assert_equal_sides(registry, store)


def test_interrupted_push_is_resent_with_the_same_keys(registry, make_store, monkeypatch):
    store = make_store()
    ids = gdal_add(store, 30)
    original = engine._Run._record

    def crash(self, con, chunk, results):
        raise KeyboardInterrupt  # the client dies after the registry committed, before it recorded

    monkeypatch.setattr(engine._Run, "_record", crash)
    with pytest.raises(KeyboardInterrupt):
        run_sync(store, registry.url, HERZELE)
    con = sqlite3.connect(store)
    keys = dict(con.execute("SELECT feature_id, idempotency_key FROM sync_verzending"))
    con.close()
    assert set(keys) == set(ids)  # the keys were stored before sending
    assert len(registry.features()) == 30

    monkeypatch.setattr(engine._Run, "_record", original)
    result = run_sync(store, registry.url, HERZELE)
    assert result.pushed == 30 and result.conflicts == 0
    there = registry.features()
    assert set(there) == set(ids) and {f["properties"]["versie"] for f in there.values()} == {1}
    assert_equal_sides(registry, store)
    assert run_sync(store, registry.url, HERZELE).requests <= 2


def test_cancelled_sync_leaves_the_outbox(registry, make_store):
    store = make_store()
    gdal_add(store, 5)
    result = run_sync(store, registry.url, HERZELE, is_cancelled=lambda: True)
    assert result.cancelled and result.pushed == 0
    assert sync_status(store).pending["create"] == 5
    assert registry.features() == {}


def test_other_gemeenten_go_to_the_read_only_reference_layer(registry, make_store):
    with registry.client("gent") as gent:
        doc = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [105477.0, 197291.0]},
               "properties": {"gemeente_nis": "44021", "projectnaam": "Gentse boom", "categorie": "boom",
                              "aard": "aanleg", "hoeveelheid": 1, "status": "uitgevoerd",
                              "uitvoeringsdatum": "2023-04-01", "domein": "publiek", "opgelegd": False,
                              "bron": "manueel"}}
        assert gent.post(ITEMS, json=doc, headers=L72).status_code == 201
    store = make_store()  # no boundary: every other gemeente's feature is kept as reference
    run_sync(store, registry.url, HERZELE)
    assert store_features(store) == {}
    con = sqlite3.connect(store)
    rows = con.execute("SELECT projectnaam, gemeente_nis FROM registry_referentie").fetchall()
    outbox = con.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    con.close()
    assert rows == [("Gentse boom", "44021")] and outbox == 0


def test_a_version_the_registry_refused_is_not_sent_again_until_it_is_edited(registry, make_store):
    store = make_store()
    (ok,) = gdal_add(store, 1)
    (elsewhere,) = gdal_add(store, 1, nis="44021")  # typed the wrong gemeente: the registry says 403
    result = run_sync(store, registry.url, HERZELE)
    assert result.pushed == 1 and result.held_back == 1
    (held,) = result.held_back_features
    assert held.id == elsewhere and held.findings[0]["code"] == "HTTP-403"
    assert [h.id for h in sync_status(store).held_back] == [elsewhere]
    again = run_sync(store, registry.url, HERZELE)
    assert again.requests <= 2 and again.held_back == 1  # not sent again
    gdal_update(store, elsewhere, gemeente_nis="41027")
    assert run_sync(store, registry.url, HERZELE).pushed == 1
    assert set(registry.features()) == {ok, elsewhere}
    assert sync_status(store).held_back == []


def test_the_reference_layer_is_the_reference_for_duplicates(registry, make_store):
    store = make_store()
    run_sync(store, registry.url, HERZELE)
    with registry.client("gent") as gent:  # a neighbour registered a tree at this spot
        doc = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [116931.0, 173400.0]},
               "properties": {"gemeente_nis": "44021", "projectnaam": "Grensboom", "categorie": "boom",
                              "aard": "aanleg", "hoeveelheid": 1, "status": "uitgevoerd",
                              "uitvoeringsdatum": "2023-04-01", "domein": "publiek", "opgelegd": False,
                              "bron": "manueel"}}
        assert gent.post(ITEMS, json=doc, headers=L72).status_code == 201
    run_sync(store, registry.url, HERZELE)  # pulls it into registry_referentie
    (dup,) = gdal_add(store, 1)  # the same tree, same date, drawn again here
    result = run_sync(store, registry.url, HERZELE)
    assert result.pushed == 0 and [h.id for h in result.held_back_features] == [dup]
    assert "LEKP-O002" in {f["code"] for f in result.held_back_features[0].findings}


def test_only_other_gemeenten_near_the_border_are_kept(registry, make_store):
    from .conftest import BOUNDARIES

    if not BOUNDARIES.exists():
        pytest.skip(f"boundary file {BOUNDARIES} is absent")

    def gent_tree(name: str, xy: tuple[float, float]) -> None:
        doc = {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(xy)},
               "properties": {"gemeente_nis": "44021", "projectnaam": name, "categorie": "boom",
                              "aard": "aanleg", "hoeveelheid": 1, "status": "uitgevoerd",
                              "uitvoeringsdatum": "2023-04-01", "domein": "publiek", "opgelegd": False,
                              "bron": "manueel"}}
        with registry.client("gent") as gent:
            assert gent.post(ITEMS, json=doc, headers=L72).status_code == 201

    gent_tree("Ver weg in Gent", (105477.0, 197291.0))
    gent_tree("Vlak bij Herzele", (116931.0 + 20, 173400.0))
    store = make_store(boundary=True)  # Herzele with its boundary
    run_sync(store, registry.url, HERZELE)
    con = sqlite3.connect(store)
    names = [r[0] for r in con.execute("SELECT projectnaam FROM registry_referentie")]
    con.close()
    assert names == ["Vlak bij Herzele"]
