"""The comparison helper and the degraded server, checked without the sync engine.

If ``compare_sides`` missed a difference, every fault test would pass
vacuously; so here it must see each kind of difference it claims to see.
"""

from __future__ import annotations

import json

import pytest
import requests

from .conftest import (
    ITEMS,
    L72,
    add_hedge,
    add_ontharding,
    add_trees,
    assert_in_sync,
    colleague_creates,
    colleague_delete,
    colleague_replace,
    compare_sides,
    read_store,
)

pytestmark = pytest.mark.timeout(300)


def _post_store(registry, store) -> None:
    """Send the store's features to the registry one by one (what sync will do better)."""
    from shapely import from_wkb
    from shapely.geometry import mapping

    with registry.session("herzele") as s:
        _post_each(s, registry, store, from_wkb, mapping)


def _post_each(s, registry, store, from_wkb, mapping) -> None:
    for fid, f in read_store(store).items():
        props = {k: v for k, v in f["properties"].items() if v is not None and k != "id"}
        doc = {"type": "Feature", "id": fid, "geometry": mapping(from_wkb(f["wkb"])), "properties": props}
        r = s.post(registry.url + ITEMS, data=json.dumps(doc),
                   headers={"Content-Type": "application/geo+json", "Content-Crs": f"<{L72}>"}, timeout=30)
        assert r.status_code == 201, r.text


def test_compare_sides_sees_every_kind_of_difference(registry, store, tmp_path):
    ids = [*add_trees(store, 6), add_hedge(store), add_ontharding(store)]
    _post_store(registry, store)
    assert assert_in_sync(store, registry) == 8

    colleague_replace(registry, ids[0], toelichting="anders")
    colleague_replace(registry, ids[1], projectnaam="Andere naam")
    doc = registry.get(ids[2]).json()
    doc["geometry"]["coordinates"][0][0] += 0.5
    doc.pop("links", None)
    for k in ("versie", "aangemaakt_op", "aangemaakt_door", "gewijzigd_op", "gewijzigd_door"):
        doc["properties"].pop(k, None)
    with registry.session("herzele-b") as s:
        r = s.put(f"{registry.url}{ITEMS}/{ids[2]}", data=json.dumps(doc),
                  headers={"Content-Type": "application/geo+json", "Content-Crs": f"<{L72}>",
                           "If-Match": registry.get(ids[2]).headers["ETag"]}, timeout=30)
    assert r.status_code == 200, r.text
    colleague_delete(registry, ids[3])
    extra = colleague_creates(registry, 1)
    problems = "\n".join(compare_sides(store, registry.items()))
    assert f"{ids[0]}: toelichting" in problems
    assert f"{ids[1]}: projectnaam" in problems
    assert f"{ids[2]}: geometry" in problems
    assert "1 only in the store" in problems and ids[3] in problems
    assert "1 only in the registry" in problems and extra[0] in problems
    # an id twice in the registry's answer or in the store is reported
    feats = registry.items()
    assert any("twice" in p for p in compare_sides(store, [*feats, feats[0]]))


def test_read_store_refuses_an_id_held_twice(store):
    from osgeo import ogr

    (fid,) = add_trees(store, 1)
    ds = ogr.Open(store, 1)
    # another layer holding the same id (unique indexes are per layer)
    ds.ExecuteSQL("DROP INDEX IF EXISTS verbeteringen_lijn_id_uq", dialect="SQLite")
    ds = None
    add_hedge(store, id=fid)
    with pytest.raises(AssertionError, match="more than once"):
        read_store(store)


def test_pygeoapi_fixture_serves_a_transactional_collection_without_etags(pygeoapi):
    doc = {"type": "Feature", "id": "a1b2", "geometry": {"type": "Point", "coordinates": [4.0, 50.9]},
           "properties": {"projectnaam": "x"}}
    r = requests.post(pygeoapi.url + ITEMS, data=json.dumps(doc),
                      headers={"Content-Type": "application/geo+json"}, timeout=30)
    assert r.status_code == 201
    r = requests.get(f"{pygeoapi.url}{ITEMS}/a1b2", params={"f": "json"}, timeout=30)
    assert r.status_code == 200 and "ETag" not in r.headers
    assert requests.get(pygeoapi.url + "/collections/verbeteringen/changes", timeout=30).status_code == 404
    assert [f["id"] for f in pygeoapi.items()] == ["a1b2"]
