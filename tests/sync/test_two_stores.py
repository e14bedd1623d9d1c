"""Two officers of one gemeente, two stores: each sees the other's new, changed and deleted features;
concurrent edits become conflicts, and each resolution leaves both sides equal."""

from __future__ import annotations

import sqlite3

import pytest

from lekp_plugin.sync import list_conflicts, resolve_conflict, run_sync, sync_status

from .conftest import HERZELE, assert_equal_sides, gdal_add, gdal_delete, gdal_update, store_features


def test_two_stores_see_each_others_new_changed_and_deleted_features(any_registry, make_store):
    registry = any_registry
    one, two = make_store("een"), make_store("twee")
    a, b = gdal_add(one, 2)
    (c,) = gdal_add(two, 1, dx=40)
    run_sync(one, registry.url, HERZELE)
    result = run_sync(two, registry.url, HERZELE)
    assert result.pushed == 1 and result.pulled == 2
    run_sync(one, registry.url, HERZELE)
    assert set(store_features(one)) == set(store_features(two)) == {a, b, c}

    gdal_update(two, a, projectnaam="Door twee gewijzigd")
    gdal_delete(two, b)
    gdal_update(one, c, toelichting="Door een aangevuld")
    run_sync(two, registry.url, HERZELE)
    run_sync(one, registry.url, HERZELE)
    run_sync(two, registry.url, HERZELE)
    here_one, here_two = store_features(one), store_features(two)
    assert set(here_one) == set(here_two) == {a, c}
    assert here_one[a]["properties"]["projectnaam"] == "Door twee gewijzigd"
    assert here_two[c]["properties"]["toelichting"] == "Door een aangevuld"
    assert_equal_sides(registry, one)
    assert_equal_sides(registry, two)
    # pulled changes are not local edits: nothing to send back
    for store in (one, two):
        assert sync_status(store).pending == {"create": 0, "replace": 0, "delete": 0}
        assert run_sync(store, registry.url, HERZELE).requests <= 2


def _concurrent_edit(registry, make_store):
    """Store ``one`` and the registry (via store ``two``) both change feature a."""
    one, two = make_store("een"), make_store("twee")
    (a,) = gdal_add(one, 1)
    run_sync(one, registry.url, HERZELE)
    run_sync(two, registry.url, HERZELE)
    gdal_update(two, a, projectnaam="Versie van twee")
    run_sync(two, registry.url, HERZELE)
    gdal_update(one, a, projectnaam="Versie van een", toelichting="alleen in een")
    return one, two, a


def test_concurrent_edit_leaves_the_server_untouched_and_a_conflict_row(registry, make_store):
    one, _two, a = _concurrent_edit(registry, make_store)
    before = registry.features()[a]
    result = run_sync(one, registry.url, HERZELE)
    assert result.conflicts == 1 and result.pushed == 0
    after = registry.features()[a]
    assert after == before and after["properties"]["projectnaam"] == "Versie van twee"
    con = sqlite3.connect(one)
    rows = con.execute("SELECT feature_id, status FROM sync_conflicten").fetchall()
    con.close()
    assert rows == [(a, "open")]
    (conflict,) = list_conflicts(one)
    assert conflict.feature_id == a and conflict.laag == "verbeteringen_punt"
    assert conflict.mine["properties"]["projectnaam"] == "Versie van een"
    assert conflict.theirs["properties"]["projectnaam"] == "Versie van twee"
    assert conflict.base["properties"]["projectnaam"] == "Straatbomen Kerkstraat"
    assert conflict.their_etag and conflict.created_at
    # the local version is kept, not overwritten, and the next sync does not send it
    assert store_features(one)[a]["properties"]["projectnaam"] == "Versie van een"
    assert run_sync(one, registry.url, HERZELE).pushed == 0
    assert registry.features()[a] == before
    assert sync_status(one).conflicts == 1


@pytest.mark.parametrize("choice", ["mine", "theirs", "merge"])
def test_each_resolution_leaves_both_sides_equal(any_registry, make_store, choice):
    registry = any_registry
    one, two, a = _concurrent_edit(registry, make_store)
    run_sync(one, registry.url, HERZELE)
    (conflict,) = list_conflicts(one)
    merged = None
    if choice == "merge":
        merged = dict(conflict.theirs)
        merged["properties"] = {**conflict.theirs["properties"], "toelichting": "alleen in een"}
    resolve_conflict(one, conflict.conflict_id, choice, merged)
    assert list_conflicts(one) == []
    run_sync(one, registry.url, HERZELE)
    run_sync(two, registry.url, HERZELE)
    assert_equal_sides(registry, one)
    assert_equal_sides(registry, two)
    props = registry.features()[a]["properties"]
    expected = {"mine": ("Versie van een", "alleen in een"), "theirs": ("Versie van twee", None),
                "merge": ("Versie van twee", "alleen in een")}[choice]
    assert (props["projectnaam"], props.get("toelichting")) == expected
    assert run_sync(one, registry.url, HERZELE).requests <= 2


@pytest.mark.parametrize("policy", ["keep_mine", "take_theirs"])
def test_policies_resolve_headless(registry, make_store, policy):
    one, two, a = _concurrent_edit(registry, make_store)
    result = run_sync(one, registry.url, HERZELE, policy=policy)
    assert result.conflicts == 0 and result.new_conflicts == 1
    run_sync(two, registry.url, HERZELE)
    assert_equal_sides(registry, one)
    assert_equal_sides(registry, two)
    expected = "Versie van een" if policy == "keep_mine" else "Versie van twee"
    assert registry.features()[a]["properties"]["projectnaam"] == expected


def test_pulled_change_to_a_feature_with_unsent_edits_is_a_conflict(registry, make_store):
    one, two = make_store("een"), make_store("twee")
    (a,) = gdal_add(one, 1)
    run_sync(one, registry.url, HERZELE)
    run_sync(two, registry.url, HERZELE)
    gdal_delete(two, a)
    run_sync(two, registry.url, HERZELE)
    gdal_update(one, a, projectnaam="Nog bewerkt")
    result = run_sync(one, registry.url, HERZELE)
    assert result.conflicts == 1
    (conflict,) = list_conflicts(one)
    assert conflict.theirs is None and conflict.mine["properties"]["projectnaam"] == "Nog bewerkt"
    resolve_conflict(one, conflict.conflict_id, "mine")
    run_sync(one, registry.url, HERZELE)
    run_sync(two, registry.url, HERZELE)
    assert set(registry.features()) == {a}
    assert_equal_sides(registry, one)
    assert_equal_sides(registry, two)


@pytest.mark.parametrize("policy", ["keep_mine", "take_theirs"])
def test_a_policy_also_settles_conflicts_left_open_by_an_earlier_run(registry, make_store, policy):
    one, two, a = _concurrent_edit(registry, make_store)
    assert run_sync(one, registry.url, HERZELE).conflicts == 1  # stop: left for a person
    result = run_sync(one, registry.url, HERZELE, policy=policy)
    assert result.conflicts == 0 and list_conflicts(one) == []
    run_sync(two, registry.url, HERZELE)
    assert_equal_sides(registry, one)
    assert_equal_sides(registry, two)
    expected = "Versie van een" if policy == "keep_mine" else "Versie van twee"
    assert registry.features()[a]["properties"]["projectnaam"] == expected


def test_features_under_a_merged_old_nis_code_belong_to_the_new_gemeente(registry, make_store):
    """Nazareth-De Pinte (44086, since 2025) also holds what was registered under De Pinte (44048)."""
    from .conftest import INSIDE, ITEMS, KEYS, L72

    x, y = INSIDE["44086"]
    doc = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [x, y]},
           "properties": {"gemeente_nis": "44048", "projectnaam": "Oude code", "categorie": "boom",
                          "aard": "aanleg", "hoeveelheid": 1, "status": "uitgevoerd",
                          "uitvoeringsdatum": "2023-04-01", "domein": "publiek", "opgelegd": False,
                          "bron": "manueel"}}
    with registry.client("nazareth") as c:
        r = c.post(ITEMS, json=doc, headers=L72)
        assert r.status_code == 201, r.text
        fid = r.json()["id"]
    store = make_store("nazareth", nis="44086")
    run_sync(store, registry.url, KEYS["nazareth"][0])
    assert set(store_features(store)) == {fid}
    con = sqlite3.connect(store)
    assert con.execute("SELECT count(*) FROM registry_referentie").fetchone()[0] == 0
    con.close()
