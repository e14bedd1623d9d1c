"""Batch writes: per-operation results, If-Match and idempotency keys, all-or-nothing."""

from __future__ import annotations

import uuid

from .conftest import INSIDE, ITEMS, L72, tree

BATCH = "/collections/verbeteringen/batch"


def _tree_at(i: int, nis: str = "41027", **props) -> dict:
    doc = tree(nis, **props)
    x, y = INSIDE[nis]
    doc["geometry"]["coordinates"] = [x + 7 * i, y + 3]
    return doc


def test_non_atomic_batch_reports_each_operation(registry):
    c = registry.client("herzele")
    first = c.post(ITEMS, json=_tree_at(0), headers=L72)
    fid, tag = first.json()["id"], first.headers["ETag"]
    new_id = str(uuid.uuid4())
    ops = [
        {"op": "create", "id": new_id, "feature": _tree_at(1), "idempotency_key": "b1"},
        {"op": "create", "feature": _tree_at(2, hoeveelheid=-1)},                         # 422
        {"op": "replace", "id": fid, "if_match": '"v7-x"', "feature": _tree_at(0)},       # 412
        {"op": "replace", "id": fid, "feature": _tree_at(0)},                             # 428
        {"op": "patch", "id": fid, "if_match": tag, "patch": {"properties": {"toelichting": "ok"}}},
        {"op": "create", "feature": _tree_at(3, "44021")},                                # 403
        {"op": "delete", "id": str(uuid.uuid4()), "if_match": tag},                       # 404
        {"op": "explode"},                                                                # 400
    ]
    r = c.post(BATCH, json={"operations": ops}, headers=L72)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["committed"] is True
    statuses = [res["status"] for res in body["results"]]
    assert statuses == [201, 422, 412, 428, 200, 403, 404, 400]
    assert body["results"][0]["id"] == new_id and body["results"][0]["etag"]
    assert body["results"][1]["problem"]["findings"]
    assert body["results"][4]["versie"] == 2
    assert c.get(f"{ITEMS}/{fid}").json()["properties"]["toelichting"] == "ok"
    assert c.get(ITEMS).json()["numberMatched"] == 2
    # the same key again replays the first answer
    again = c.post(BATCH, json={"operations": ops[:1]}, headers=L72).json()["results"][0]
    assert again["status"] == 201 and again["replayed"] is True and again["etag"] == body["results"][0]["etag"]
    assert c.get(ITEMS).json()["numberMatched"] == 2


def test_atomic_batch_is_all_or_nothing(registry):
    c = registry.client("herzele")
    before = registry.store.last_seq()
    ops = [{"op": "create", "feature": _tree_at(i)} for i in range(5)]
    ops.append({"op": "create", "feature": _tree_at(9, status="uitgevoerd", uitvoeringsdatum=None)})
    r = c.post(BATCH, json={"atomic": True, "operations": ops}, headers=L72)
    assert r.status_code == 409
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["committed"] is False
    assert [res["status"] for res in body["results"]] == [424] * 5 + [422]
    assert c.get(ITEMS).json()["numberMatched"] == 0
    assert registry.store.last_seq() == before
    ok = c.post(BATCH, json={"atomic": True, "operations": ops[:5]}, headers=L72)
    assert ok.status_code == 200 and ok.json()["committed"] is True
    assert [res["status"] for res in ok.json()["results"]] == [201] * 5
    assert c.get(ITEMS).json()["numberMatched"] == 5
    feed = c.get("/collections/verbeteringen/changes").json()["changes"]
    assert [e["seq"] for e in feed] == list(range(before + 1, before + 6))


def test_atomic_batch_with_a_malformed_operation_touches_nothing(registry):
    c = registry.client("herzele")
    ops = [{"op": "create", "feature": _tree_at(0)}, {"op": "create", "feature": {"type": "Point"}}]
    r = c.post(BATCH, json={"atomic": True, "operations": ops}, headers=L72)
    assert r.status_code == 409
    assert [res["status"] for res in r.json()["results"]] == [424, 400]
    assert c.get(ITEMS).json()["numberMatched"] == 0


def test_batch_request_errors(registry):
    c = registry.client("herzele")
    assert c.post(BATCH, json={"operations": []}).status_code == 400
    assert c.post(BATCH, json=[1]).status_code == 400
    assert c.post(BATCH, json={"operations": [{"op": "create"}], "atomic": "ja"}).status_code == 400
    assert registry.client(None).post(BATCH, json={"operations": [{"op": "create"}]}).status_code == 401


def test_duplicates_within_one_batch_are_found(registry):
    c = registry.client("herzele")
    ops = [{"op": "create", "feature": _tree_at(0)}, {"op": "create", "feature": _tree_at(0)}]
    r = c.post(BATCH, json={"operations": ops}, headers=L72)
    results = r.json()["results"]
    assert [res["status"] for res in results] == [422, 422]
    assert all("LEKP-O002" in {f["code"] for f in res["problem"]["findings"]} for res in results)
