"""One batch that moves a feature between gemeenten several times: the same feeds and totals as one by one.

A PostGIS write transaction keeps its rows and sends them at the end, one
statement per table (``storage/pgwrite.py``): departures, the feature's last
version and summed aggregate deltas.  This holds that to what the writes
mean one after another, on both stores: each gemeente the feature left has
its departure at the sequence number of the write that took it away, the
gemeente it is in has none, and the aggregates equal a recount.
"""

from __future__ import annotations

import math
import uuid

from lekp_registry.aggregates import Summer

from .conftest import INSIDE, L72, tree
from .test_changes_moves import _pull

BATCH = "/collections/verbeteringen/batch"


def _to(nis: str, fid: str) -> dict:
    doc = tree(nis, fid=fid)
    doc["properties"]["gemeente_nis"] = nis
    return doc


def test_a_batch_moving_one_feature_three_times(registry):
    beheerder, anon = registry.client("vlaanderen"), registry.client(None)
    fid, other = str(uuid.uuid4()), str(uuid.uuid4())
    x, y = INSIDE["41027"]
    elsewhere = tree("44021", fid=other, projectnaam="Plein")
    elsewhere["geometry"]["coordinates"][0] += 50
    ops = [
        {"op": "create", "id": fid, "feature": tree("41027", fid=fid), "idempotency_key": f"m-{fid}"},
        {"op": "create", "id": other, "feature": elsewhere},
        {"op": "replace", "id": fid, "if_match": "*", "feature": _to("44021", fid)},
        {"op": "patch", "id": fid, "if_match": "*",
         "patch": {"properties": {"gemeente_nis": "41027"}, "geometry": {"type": "Point", "coordinates": [x, y]}}},
        {"op": "replace", "id": fid, "if_match": "*", "feature": _to("44086", fid)},
        {"op": "delete", "id": other, "if_match": "*"},
    ]
    r = beheerder.post(BATCH, json={"atomic": True, "operations": ops}, headers=L72)
    assert r.status_code == 200, r.text
    assert [res["status"] for res in r.json()["results"]] == [201, 201, 200, 200, 200, 204]
    assert [res["versie"] for res in r.json()["results"]] == [1, 1, 2, 3, 4, 2]

    everything, _ = _pull(anon, None)
    # one row per feature: its last version, at the sequence number of its last write
    assert [(e["id"], e["op"], e["versie"]) for e in everything] == [(fid, "upsert", 4), (other, "delete", 2)]
    last = everything[0]["seq"]
    assert everything[1]["seq"] == last + 1
    herzele, _ = _pull(anon, "41027")
    gent, _ = _pull(anon, "44021")
    where, _ = _pull(anon, "44086")
    # Herzele was left twice: its departure is the later one, to 44086, at the feature's sequence number
    assert [(e["id"], e["op"], e.get("moved_to"), e["versie"], e["seq"]) for e in herzele] == \
        [(fid, "delete", "44086", 4, last)]
    # Gent was left once (versie 3 went back to Herzele): its departure is that write's, before the last
    assert [(e["id"], e["op"], e.get("reden"), e.get("moved_to"), e["versie"]) for e in gent] == \
        [(fid, "delete", "verhuisd", "41027", 3), (other, "delete", "verwijderd", None, 2)]
    assert gent[0]["seq"] == last - 1 and gent[0]["gemeente_nis"] == "44021"
    assert [(e["id"], e["op"], e["seq"]) for e in where] == [(fid, "upsert", last)]

    # the aggregates equal a recount of the live features
    summer = Summer()
    for record in registry.store.features_of_gemeente("44086"):
        summer.add(record.properties, record.geometry)
    for nis in ("41027", "44021"):
        assert list(registry.store.features_of_gemeente(nis)) == []
    rows = registry.store.voortgang_rows()
    assert [(*r[:4], r[5]) for r in rows] == [(*r[:4], r[5]) for r in summer.rows()]
    assert all(math.isclose(a[4], b[4], abs_tol=1e-9) for a, b in zip(rows, summer.rows(), strict=True))

    # a replay of the batch's idempotency key answers the create again, writing nothing
    again = beheerder.post(BATCH, json={"atomic": False, "operations": ops[:1]}, headers=L72)
    assert again.json()["results"][0]["replayed"] is True
    assert _pull(anon, None, last + 1)[0] == []
