"""The changes feed: upserts and tombstones in commit order, monotonic cursor, paging."""

from __future__ import annotations

from .conftest import INSIDE, ITEMS, L72, tree

FEED = "/collections/verbeteringen/changes"


def test_feed_pages_in_commit_order_with_tombstones(registry):
    w = registry.client("herzele")
    x, y = INSIDE["41027"]
    made = []
    for i in range(5):
        doc = tree(projectnaam=f"p{i}")
        doc["geometry"]["coordinates"] = [x + 5 * i, y]
        r = w.post(ITEMS, json=doc, headers=L72)
        made.append((r.json()["id"], r.headers["ETag"]))
    # touch the first one, delete the second: both move to the end of the feed
    upd = tree(fid=made[0][0], projectnaam="p0 bis")
    assert w.put(f"{ITEMS}/{made[0][0]}", json=upd, headers={"If-Match": made[0][1], **L72}).status_code == 200
    assert w.delete(f"{ITEMS}/{made[1][0]}", headers={"If-Match": made[1][1]}).status_code == 204

    c = registry.client(None)
    cursor, entries, pages = 0, [], 0
    while pages < 10:
        page = c.get(FEED, params={"since": cursor, "limit": 2}).json()
        pages += 1
        entries += page["changes"]
        assert page["next"] >= cursor
        cursor = page["next"]
        if not page["more"]:
            break
    seqs = [e["seq"] for e in entries]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    order = [(e["id"], e["op"]) for e in entries]
    assert order == [(made[2][0], "upsert"), (made[3][0], "upsert"), (made[4][0], "upsert"),
                     (made[0][0], "upsert"), (made[1][0], "delete")]
    assert entries[3]["feature"]["properties"]["projectnaam"] == "p0 bis"
    assert entries[4]["versie"] == 2 and "feature" not in entries[4]
    # nothing new: same cursor back, no entries
    again = c.get(FEED, params={"since": cursor}).json()
    assert again["changes"] == [] and again["next"] == cursor and again["more"] is False
    doc = tree()
    doc["geometry"]["coordinates"] = [x, y + 100]
    r = w.post(ITEMS, json=doc, headers=L72)
    new = c.get(FEED, params={"since": cursor}).json()["changes"]
    assert [e["id"] for e in new] == [r.json()["id"]] and new[0]["seq"] > cursor


def test_feed_rejects_bad_cursor(registry):
    c = registry.client(None)
    assert c.get(FEED, params={"since": "2024-01-01T00:00:00Z"}).status_code == 400
    assert c.get(FEED, params={"since": -1}).status_code == 400
    assert c.get(FEED, params={"van": 1}).status_code == 400


def test_feed_of_one_gemeente_includes_its_old_nis_codes(registry):
    naz, gent = registry.client("nazareth"), registry.client("gent")
    old = tree("44086", gemeente_nis="44048")
    a = naz.post(ITEMS, json=old, headers=L72).json()["id"]
    gent.post(ITEMS, json=tree("44021"), headers=L72)
    b = naz.post(ITEMS, json=tree("44086", projectnaam="nieuw", uitvoeringsdatum="2024-01-01"), headers=L72)
    assert b.status_code == 201, b.text
    c = registry.client(None)
    feed = c.get(FEED, params={"gemeente_nis": "44086", "limit": 1}).json()
    assert [e["id"] for e in feed["changes"]] == [a] and feed["more"] is True
    rest = c.get(FEED, params={"gemeente_nis": "44012", "since": feed["next"]}).json()
    assert [e["id"] for e in rest["changes"]] == [b.json()["id"]]
    # ``last``: the registry's last change whatever the filter (Gent's tree came before b)
    head = c.get(FEED, params={"since": 0, "limit": 1000}).json()["changes"][-1]["seq"]
    assert rest["last"] == feed["last"] == head == rest["changes"][-1]["seq"]
    gent_feed = c.get(FEED, params={"gemeente_nis": "44021", "limit": 1}).json()
    assert gent_feed["last"] == head > gent_feed["next"]
    assert c.get(FEED, params={"gemeente_nis": "gent"}).status_code == 400
