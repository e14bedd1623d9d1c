"""A feature that leaves a gemeente appears in that gemeente's filtered feed as a departure.

A client that syncs one gemeente pulls ``changes?gemeente_nis=X``; when a
beheerder moves a feature to another gemeente, the old gemeente's feed must
tell it to drop its copy (``"op": "delete", "reden": "verhuisd"``).
"""

from __future__ import annotations

from .conftest import INSIDE, ITEMS, L72, tree

FEED = "/collections/verbeteringen/changes"


def _pull(client, nis: str | None, since: int = 0, limit: int = 100) -> tuple[list[dict], int]:
    params: dict = {"since": since, "limit": limit}
    if nis:
        params["gemeente_nis"] = nis
    entries, cursor = [], since
    for _ in range(50):
        page = client.get(FEED, params={**params, "since": cursor})
        assert page.status_code == 200, page.text
        body = page.json()
        entries += body["changes"]
        cursor = body["next"]
        if not body["more"]:
            break
    return entries, cursor


def _moved(doc: dict, nis: str) -> dict:
    doc["properties"]["gemeente_nis"] = nis
    doc["geometry"]["coordinates"] = list(INSIDE[nis])
    return doc


def test_a_feature_moved_by_put_leaves_its_old_gemeentes_feed(registry):
    herzele, beheerder, anon = registry.client("herzele"), registry.client("vlaanderen"), registry.client(None)
    r = herzele.post(ITEMS, json=tree("41027"), headers=L72)
    fid, tag = r.json()["id"], r.headers["ETag"]
    before, cursor = _pull(anon, "41027")
    assert [(e["id"], e["op"]) for e in before] == [(fid, "upsert")]

    moved = beheerder.put(f"{ITEMS}/{fid}", json=_moved(tree("41027", fid=fid), "44021"),
                          headers={"If-Match": tag, **L72})
    assert moved.status_code == 200, moved.text

    old, _ = _pull(anon, "41027", cursor)
    assert len(old) == 1, old
    gone = old[0]
    assert gone["id"] == fid and gone["op"] == "delete"
    assert gone["reden"] == "verhuisd" and gone["moved_to"] == "44021"
    assert gone["gemeente_nis"] == "41027" and gone["versie"] == 2
    assert gone["etag"] == moved.headers["ETag"] and "feature" not in gone
    assert gone["seq"] > cursor
    # from the start the old gemeente's feed also ends with the departure, never the upsert
    assert [(e["id"], e["op"]) for e in _pull(anon, "41027")[0]] == [(fid, "delete")]
    new, _ = _pull(anon, "44021")
    assert [(e["id"], e["op"]) for e in new] == [(fid, "upsert")]
    assert new[0]["seq"] == gone["seq"]
    # the global feed has one entry per feature: the upsert, no departure
    everything, _ = _pull(anon, None)
    assert [(e["id"], e["op"]) for e in everything] == [(fid, "upsert")]


def test_moving_back_and_forth_by_patch_and_batch(registry):
    herzele, beheerder, anon = registry.client("herzele"), registry.client("vlaanderen"), registry.client(None)
    r = herzele.post(ITEMS, json=tree("41027"), headers=L72)
    fid, tag = r.json()["id"], r.headers["ETag"]
    _, cursor = _pull(anon, "41027")
    patch = {"properties": {"gemeente_nis": "44021"},
             "geometry": {"type": "Point", "coordinates": list(INSIDE["44021"])}}
    p = beheerder.patch(f"{ITEMS}/{fid}", json=patch,
                        headers={"If-Match": tag, "Content-Type": "application/merge-patch+json", **L72})
    assert p.status_code == 200, p.text
    step, cursor2 = _pull(anon, "41027", cursor)
    assert [(e["op"], e.get("reden"), e.get("moved_to")) for e in step] == [("delete", "verhuisd", "44021")]

    # back to Herzele with a batch: Herzele's feed shows the upsert once, no stale departure
    back = beheerder.post("/collections/verbeteringen/batch", headers=L72, json={"operations": [
        {"op": "replace", "id": fid, "if_match": p.headers["ETag"],
         "feature": _moved(tree("41027", fid=fid), "41027")}]})
    assert back.status_code == 200 and back.json()["results"][0]["status"] == 200, back.text
    again, _ = _pull(anon, "41027", cursor2)
    assert [(e["id"], e["op"]) for e in again] == [(fid, "upsert")]
    assert [(e["id"], e["op"]) for e in _pull(anon, "41027")[0]] == [(fid, "upsert")]
    gent, _ = _pull(anon, "44021")
    assert [(e["op"], e.get("moved_to")) for e in gent] == [("delete", "41027")]
    assert herzele.get(f"{ITEMS}/{fid}").json()["properties"]["gemeente_nis"] == "41027"


def test_move_between_old_and_new_nis_code_of_one_gemeente_is_no_departure(registry):
    naz, anon = registry.client("nazareth"), registry.client(None)
    r = naz.post(ITEMS, json=tree("44086", gemeente_nis="44048"), headers=L72)
    fid, tag = r.json()["id"], r.headers["ETag"]
    p = naz.patch(f"{ITEMS}/{fid}", json={"properties": {"gemeente_nis": "44086"}},
                  headers={"If-Match": tag, "Content-Type": "application/merge-patch+json"})
    assert p.status_code == 200, p.text
    entries, _ = _pull(anon, "44086")
    assert [(e["id"], e["op"]) for e in entries] == [(fid, "upsert")]


def test_departures_page_with_the_cursor(registry):
    herzele, beheerder, anon = registry.client("herzele"), registry.client("vlaanderen"), registry.client(None)
    x, y = INSIDE["41027"]
    made = []
    for i in range(4):
        doc = tree("41027", projectnaam=f"p{i}")
        doc["geometry"]["coordinates"] = [x + 7 * i, y]
        r = herzele.post(ITEMS, json=doc, headers=L72)
        made.append((r.json()["id"], r.headers["ETag"]))
    for i, (fid, tag) in enumerate(made[:3]):
        doc = _moved(tree("41027", fid=fid, projectnaam=f"p{i}"), "44021")
        doc["geometry"]["coordinates"][0] += 7 * i
        assert beheerder.put(f"{ITEMS}/{fid}", json=doc, headers={"If-Match": tag, **L72}).status_code == 200
    entries, _ = _pull(anon, "41027", limit=1)
    assert [(e["id"], e["op"]) for e in entries] == [
        (made[3][0], "upsert"), (made[0][0], "delete"), (made[1][0], "delete"), (made[2][0], "delete")]
    seqs = [e["seq"] for e in entries]
    assert seqs == sorted(seqs) and len(set(seqs)) == 4


def test_a_deleted_id_recreated_in_another_gemeente_still_tells_the_old_gemeente(registry):
    herzele, beheerder, anon = registry.client("herzele"), registry.client("vlaanderen"), registry.client(None)
    r = herzele.post(ITEMS, json=tree("41027"), headers=L72)
    fid, tag = r.json()["id"], r.headers["ETag"]
    _, cursor = _pull(anon, "41027")
    assert herzele.delete(f"{ITEMS}/{fid}", headers={"If-Match": tag}).status_code == 204
    again = beheerder.put(f"{ITEMS}/{fid}", json=_moved(tree("41027", fid=fid), "44021"),
                          headers={"If-None-Match": "*", **L72})
    assert again.status_code == 201, again.text
    # a Herzele client that pulled before the delete still learns the feature is gone
    old, _ = _pull(anon, "41027", cursor)
    assert [(e["id"], e["op"]) for e in old] == [(fid, "delete")]
    assert [(e["id"], e["op"]) for e in _pull(anon, "44021")[0]] == [(fid, "upsert")]
