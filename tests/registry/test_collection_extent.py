"""The collection's extent encloses every feature, without a pass over them (PostGIS: the index's root box)."""

from __future__ import annotations

from .conftest import ITEMS, L72, tree

COLLECTION = "/collections/verbeteringen"


def test_extent_encloses_the_features(registry):
    anon = registry.client(None)
    empty = anon.get(COLLECTION).json()["extent"]["spatial"]["bbox"][0]
    assert len(empty) == 4  # Flanders while there is nothing yet
    points = []
    for who, nis in (("herzele", "41027"), ("gent", "44021"), ("nazareth", "44086")):
        r = registry.client(who).post(ITEMS, json=tree(nis), headers=L72)
        assert r.status_code == 201, r.text
        got = anon.get(r.headers["Location"]).json()  # CRS84
        points.append(got["geometry"]["coordinates"])
    lon0, lat0, lon1, lat1 = anon.get(COLLECTION).json()["extent"]["spatial"]["bbox"][0]
    for lon, lat in points:
        assert lon0 <= lon <= lon1 and lat0 <= lat <= lat1
    # and about as large as they are (a Lambert 72 box turned into CRS84 grows a little)
    assert abs(lon0 - min(p[0] for p in points)) < 0.01 and abs(lon1 - max(p[0] for p in points)) < 0.01
    assert abs(lat0 - min(p[1] for p in points)) < 0.01 and abs(lat1 - max(p[1] for p in points)) < 0.01
    assert anon.get("/collections").status_code == 200


def test_registry_connections_run_without_jit_and_parallel_workers(registry):
    if registry.store.kind != "postgis":
        return
    with registry.store._conn() as conn:
        assert conn.execute("SHOW jit").fetchone()[0] == "off"
        assert conn.execute("SHOW max_parallel_workers_per_gather").fetchone()[0] == "0"
