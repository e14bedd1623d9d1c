"""Bad input found by an outside test: oversized numbers, empty ids, missing content type, open rings.

Every case is a 400 (or 415) problem+json that names the field, never a 500;
a non-atomic batch answers its other operations normally, and the keep-alive
connection stays usable.
"""

from __future__ import annotations

import json

from .conftest import INSIDE, ITEMS, L72, tree

PROBLEM = "application/problem+json"
FEED = "/collections/verbeteringen/changes"
BATCH = "/collections/verbeteringen/batch"
HUGE = 10 ** 400  # JSON: a 1 followed by 400 zeros


def _problem(r, status: int, *words: str) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == PROBLEM
    detail = r.json()["detail"]
    for word in words:
        assert word in detail, detail


def test_oversized_offset_and_since_are_400(registry):
    c = registry.client(None)
    for huge in (10 ** 19, 2 ** 63, 10 ** 40):
        _problem(c.get(ITEMS, params={"offset": huge}), 400, "offset")
        _problem(c.get("/collections/gemeenten/items", params={"offset": huge}), 400, "offset")
        _problem(c.get(FEED, params={"since": huge}), 400, "since")
        # the same keep-alive connection answers the next request normally
        assert c.get(ITEMS).status_code == 200
    assert c.get(ITEMS, params={"offset": 2 ** 53 - 1}).json()["features"] == []
    assert c.get(FEED, params={"since": 2 ** 53 - 1}).json()["changes"] == []
    _problem(c.get(ITEMS, params={"limit": 10 ** 19}), 400, "limit")


def test_oversized_quantity_and_coordinates_are_400_naming_the_field(registry):
    w = registry.client("herzele")
    _problem(w.post(ITEMS, json=tree(hoeveelheid=HUGE), headers=L72), 400, "hoeveelheid")
    _problem(w.post(ITEMS, json=tree(hoeveelheid=-HUGE), headers=L72), 400, "hoeveelheid")
    doc = tree()
    doc["geometry"]["coordinates"] = [HUGE, 173400]
    _problem(w.post(ITEMS, json=doc, headers=L72), 400, "coordinates")
    doc["geometry"]["coordinates"] = [116931, -HUGE]
    _problem(w.post(ITEMS, json=doc, headers=L72), 400, "coordinates")
    assert w.get(ITEMS).json()["numberMatched"] == 0

    made = w.post(ITEMS, json=tree(), headers=L72)
    fid, tag = made.json()["id"], made.headers["ETag"]
    patch = {"If-Match": tag, "Content-Type": "application/merge-patch+json"}
    _problem(w.patch(f"{ITEMS}/{fid}", json={"properties": {"hoeveelheid": HUGE}}, headers=patch),
             400, "hoeveelheid")
    geom = {"type": "Point", "coordinates": [HUGE, 1]}
    _problem(w.patch(f"{ITEMS}/{fid}", json={"geometry": geom}, headers={**patch, **L72}), 400, "coordinates")
    replace = tree(fid=fid, hoeveelheid=HUGE)
    _problem(w.put(f"{ITEMS}/{fid}", json=replace, headers={"If-Match": tag, **L72}), 400, "hoeveelheid")
    assert w.get(f"{ITEMS}/{fid}").headers["ETag"] == tag


def test_one_oversized_operation_does_not_fail_a_non_atomic_batch(registry):
    w = registry.client("herzele")
    x, y = INSIDE["41027"]
    ok1, bad_q, bad_xy, ok2 = tree(projectnaam="a"), tree(hoeveelheid=HUGE), tree(), tree(projectnaam="b")
    bad_xy["geometry"]["coordinates"] = [x, HUGE]
    ok2["geometry"]["coordinates"] = [x + 50, y]
    r = w.post(BATCH, headers=L72, json={"operations": [
        {"op": "create", "feature": ok1}, {"op": "create", "feature": bad_q},
        {"op": "create", "feature": bad_xy}, {"op": "create", "feature": ok2}]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["committed"] is True
    assert [res["status"] for res in body["results"]] == [201, 400, 400, 201]
    assert "hoeveelheid" in body["results"][1]["problem"]["detail"]
    assert "coordinates" in body["results"][2]["problem"]["detail"]
    assert w.get(ITEMS).json()["numberMatched"] == 2
    atomic = w.post(BATCH, headers=L72, json={"atomic": True, "operations": [
        {"op": "create", "feature": tree(projectnaam="c", uitvoeringsdatum="2022-01-01")},
        {"op": "create", "feature": bad_q}]})
    assert atomic.status_code == 409
    assert [res["status"] for res in atomic.json()["results"]] == [424, 400]


def test_empty_ids_are_400_everywhere(registry):
    w = registry.client("herzele")
    for where in ("top", "properties"):
        doc = tree()
        (doc if where == "top" else doc["properties"])["id"] = ""
        _problem(w.post(ITEMS, json=doc, headers=L72), 400, "id")
    r = w.post(BATCH, headers=L72, json={"operations": [{"op": "create", "id": "", "feature": tree()}]})
    assert r.json()["results"][0]["status"] == 400
    made = w.post(ITEMS, json=tree(), headers=L72)
    fid, tag = made.json()["id"], made.headers["ETag"]
    patch = {"If-Match": tag, "Content-Type": "application/merge-patch+json"}
    _problem(w.patch(f"{ITEMS}/{fid}", json={"id": "", "properties": {"projectnaam": "x"}}, headers=patch),
             400, "id")
    _problem(w.patch(f"{ITEMS}/{fid}", json={"properties": {"id": "", "projectnaam": "x"}}, headers=patch),
             400, "id")
    other = "3f0c7a8e-1111-4222-8333-444455556666"
    _problem(w.patch(f"{ITEMS}/{fid}", json={"id": other}, headers=patch), 400, "id")
    assert w.get(f"{ITEMS}/{fid}").headers["ETag"] == tag
    # the feature's own id (or null) in a patch is fine
    ok = w.patch(f"{ITEMS}/{fid}", json={"id": fid, "properties": {"projectnaam": "y"}}, headers=patch)
    assert ok.status_code == 200, ok.text


def test_write_without_content_type_is_415(registry):
    w = registry.client("herzele")
    body = json.dumps(tree()).encode()
    r = w.post(ITEMS, content=body, headers=L72)
    assert "content-type" not in r.request.headers
    _problem(r, 415, "application/geo+json")
    r = w.post(BATCH, content=json.dumps({"operations": [{"op": "create", "feature": tree()}]}).encode(),
               headers=L72)
    _problem(r, 415)
    assert w.get(ITEMS).json()["numberMatched"] == 0
    ok = w.post(ITEMS, content=body, headers={"Content-Type": "application/geo+json; charset=utf-8", **L72})
    assert ok.status_code == 201, ok.text
    fid, tag = ok.json()["id"], ok.headers["ETag"]
    r = w.put(f"{ITEMS}/{fid}", content=json.dumps(tree(fid=fid)).encode(), headers={"If-Match": tag, **L72})
    _problem(r, 415)
    r = w.patch(f"{ITEMS}/{fid}", content=b'{"properties": {"projectnaam": "z"}}', headers={"If-Match": tag})
    _problem(r, 415)
    # DELETE has no body and needs no content type
    assert w.delete(f"{ITEMS}/{fid}", headers={"If-Match": tag}).status_code == 204


def _polygon(ring: list, **props) -> dict:
    doc = tree(categorie="ontharding", hoeveelheid=50, **props)
    doc["geometry"] = {"type": "Polygon", "coordinates": [ring]}
    return doc


def test_unclosed_polygon_rings_are_400(registry):
    w = registry.client("herzele")
    x, y = INSIDE["41027"]
    open_ring = [[x, y], [x + 20, y], [x + 20, y + 20], [x, y + 20]]
    _problem(w.post(ITEMS, json=_polygon(open_ring), headers=L72), 400, "closed", "coordinates[0]")
    multi = _polygon(open_ring)
    closed = [*open_ring, [x, y]]
    multi["geometry"] = {"type": "MultiPolygon", "coordinates": [[closed], [[[x + 100, y], [x + 120, y],
                                                                              [x + 120, y + 20], [x + 101, y]]]]}
    _problem(w.post(ITEMS, json=multi, headers=L72), 400, "closed", "coordinates[1][0]")
    short = _polygon([[x, y], [x + 20, y], [x, y]])
    _problem(w.post(ITEMS, json=short, headers=L72), 400, "4 positions")
    r = w.post(BATCH, headers=L72, json={"operations": [{"op": "create", "feature": _polygon(open_ring)}]})
    assert r.json()["results"][0]["status"] == 400
    assert w.get(ITEMS).json()["numberMatched"] == 0
    good = w.post(ITEMS, json=_polygon(closed), headers=L72)
    assert good.status_code == 201, good.text
    assert good.json()["geometry"]["type"] == "Polygon"
