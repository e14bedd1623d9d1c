"""Concurrent edits of one feature on both sides: a conflict, never a silent overwrite.

Each resolution (keep mine, take theirs, merge field by field) and each
headless policy must leave the store and the registry equal afterwards.
Two stores of one gemeente (two officers) see each other's work.
"""

from __future__ import annotations

import pytest

from .conftest import (
    add_trees,
    assert_in_sync,
    colleague_delete,
    colleague_replace,
    delete_feature,
    make_store,
    pending_total,
    read_store,
    sync,
    update_feature,
)

pytestmark = pytest.mark.timeout(300)


def _edited_on_both_sides(registry, proxy, store) -> tuple[list[str], str]:
    ids = add_trees(store, 5)
    sync(store, proxy.url)
    fid = ids[2]
    update_feature(store, fid, toelichting="mijn versie", hoeveelheid=1.0, projectnaam="Straatbomen lokaal")
    colleague_replace(registry, fid, toelichting="hun versie", domein="privaat")
    return ids, fid


def test_concurrent_edit_becomes_a_conflict_and_the_server_keeps_its_version(registry, proxy, store):
    from lekp_plugin.sync import sync_status
    from lekp_plugin.sync.conflicts import list_conflicts

    _ids, fid = _edited_on_both_sides(registry, proxy, store)
    result = sync(store, proxy.url)  # policy "stop" by default
    assert result.conflicts == 1
    theirs = registry.get(fid).json()["properties"]
    assert theirs["toelichting"] == "hun versie" and theirs["projectnaam"] != "Straatbomen lokaal"
    assert theirs["versie"] == 2, "the server's version must stay untouched"
    # the store keeps my version until a person decides
    assert read_store(store)[fid]["properties"]["toelichting"] == "mijn versie"
    conflicts = list_conflicts(store)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c.feature_id == fid and c.laag == "verbeteringen_punt"
    assert c.mine["properties"]["toelichting"] == "mijn versie"
    assert c.theirs["properties"]["toelichting"] == "hun versie"
    assert c.base is None or c.base["properties"]["toelichting"] == "boom nummer 2"
    assert sync_status(store).conflicts == 1
    # a second sync does not send my version over theirs, nor make a second conflict row
    again = sync(store, proxy.url)
    assert registry.get(fid).json()["properties"]["versie"] == 2
    assert again.conflicts == 1 and len(list_conflicts(store)) == 1


@pytest.mark.parametrize("choice", ["mine", "theirs", "merge"])
def test_each_resolution_leaves_both_sides_equal(registry, proxy, store, choice):
    from lekp_plugin.sync import sync_status
    from lekp_plugin.sync.conflicts import list_conflicts, resolve_conflict

    ids, fid = _edited_on_both_sides(registry, proxy, store)
    sync(store, proxy.url)
    (c,) = list_conflicts(store)
    merged = None
    if choice == "merge":
        merged = {"type": "Feature", "id": fid, "geometry": c.mine["geometry"],
                  "properties": dict(c.mine["properties"])}
        merged["properties"]["domein"] = c.theirs["properties"]["domein"]  # theirs
        merged["properties"]["toelichting"] = "samengevoegd"
    resolve_conflict(store, c.conflict_id, choice, merged)
    assert list_conflicts(store) == []
    result = sync(store, proxy.url)
    assert result.conflicts == 0 and sync_status(store).conflicts == 0
    assert assert_in_sync(store, registry) == len(ids)
    props = registry.get(fid).json()["properties"]
    expected = {"mine": ("mijn versie", "publiek", "Straatbomen lokaal"),
                "theirs": ("hun versie", "privaat", "Straatbomen 2"),
                "merge": ("samengevoegd", "privaat", "Straatbomen lokaal")}[choice]
    assert (props["toelichting"], props["domein"], props["projectnaam"]) == expected
    assert pending_total(store) == 0


@pytest.mark.parametrize("policy", ["keep_mine", "take_theirs"])
def test_headless_policies_resolve_and_leave_both_sides_equal(registry, proxy, store, policy):
    from lekp_plugin.sync.conflicts import list_conflicts

    ids, fid = _edited_on_both_sides(registry, proxy, store)
    sync(store, proxy.url, policy=policy)
    if list_conflicts(store):  # a policy may need the next sync to re-send mine
        sync(store, proxy.url, policy=policy)
    assert list_conflicts(store) == []
    assert assert_in_sync(store, registry) == len(ids)
    want = "mijn versie" if policy == "keep_mine" else "hun versie"
    assert registry.get(fid).json()["properties"]["toelichting"] == want


def test_local_delete_against_remote_edit_is_a_conflict(registry, proxy, store):
    from lekp_plugin.sync.conflicts import list_conflicts, resolve_conflict

    ids = add_trees(store, 3)
    sync(store, proxy.url)
    delete_feature(store, ids[0])
    colleague_replace(registry, ids[0], toelichting="nog gewijzigd")
    sync(store, proxy.url)
    assert registry.get(ids[0]).status_code == 200, "a delete must not win silently over an edit"
    (c,) = list_conflicts(store)
    assert c.mine is None and c.theirs["properties"]["toelichting"] == "nog gewijzigd"
    resolve_conflict(store, c.conflict_id, "theirs")
    sync(store, proxy.url)
    assert assert_in_sync(store, registry) == 3
    assert read_store(store)[ids[0]]["properties"]["toelichting"] == "nog gewijzigd"


def test_remote_delete_against_local_edit_is_a_conflict(registry, proxy, store):
    from lekp_plugin.sync.conflicts import list_conflicts, resolve_conflict

    ids = add_trees(store, 3)
    sync(store, proxy.url)
    update_feature(store, ids[1], toelichting="lokaal gewijzigd")
    colleague_delete(registry, ids[1])
    sync(store, proxy.url)
    assert registry.get(ids[1]).status_code == 404, "my edit must not resurrect it silently"
    (c,) = list_conflicts(store)
    assert c.theirs is None and c.mine["properties"]["toelichting"] == "lokaal gewijzigd"
    resolve_conflict(store, c.conflict_id, "mine")
    sync(store, proxy.url)
    assert assert_in_sync(store, registry) == 3


def test_two_officers_of_one_gemeente_see_each_others_work(registry, proxy, store, tmp_path):
    other = make_store(tmp_path / "herzele-collega.gpkg")
    a = add_trees(store, 10)
    b = add_trees(other, 10, start=100)
    sync(store, proxy.url)
    sync(other, proxy.url, token="lekp_sync_herzele_b")
    sync(store, proxy.url)
    assert set(read_store(store)) == set(read_store(other)) == set(a) | set(b)
    # new, changed and deleted features of the other side arrive
    update_feature(other, a[0], toelichting="door collega aangepast")
    delete_feature(other, a[1])
    c = add_trees(other, 1, start=200)
    update_feature(store, b[0], toelichting="door mij aangepast")
    sync(other, proxy.url, token="lekp_sync_herzele_b")
    sync(store, proxy.url)
    sync(other, proxy.url, token="lekp_sync_herzele_b")
    assert assert_in_sync(store, registry) == 20
    assert assert_in_sync(other, registry) == 20
    mine = read_store(store)
    assert mine[a[0]]["properties"]["toelichting"] == "door collega aangepast"
    assert a[1] not in mine and c[0] in mine
    assert read_store(other)[b[0]]["properties"]["toelichting"] == "door mij aangepast"
    # pulled work is not sent back as a local edit
    assert pending_total(store) == 0 and pending_total(other) == 0


def test_a_local_edit_made_while_the_pull_is_under_way_is_not_overwritten(registry, proxy, store):
    from lekp_plugin.sync.conflicts import list_conflicts, resolve_conflict

    ids = add_trees(store, 5)
    sync(store, proxy.url)
    colleague_replace(registry, ids[0], toelichting="hun versie")

    def edit_now(req):
        update_feature(store, ids[0], toelichting="mijn versie tijdens ophalen")

    proxy.add_fault("hook", callback=edit_now, method="GET", path_contains="/changes")
    sync(store, proxy.url)
    # the edit was saved before the page came in: a pulled change meets an unsent local edit
    assert read_store(store)[ids[0]]["properties"]["toelichting"] == "mijn versie tijdens ophalen"
    (c,) = list_conflicts(store)
    assert c.mine["properties"]["toelichting"] == "mijn versie tijdens ophalen"
    assert c.theirs["properties"]["toelichting"] == "hun versie"
    assert registry.get(ids[0]).json()["properties"]["toelichting"] == "hun versie"
    resolve_conflict(store, c.conflict_id, "mine")
    sync(store, proxy.url)
    assert registry.get(ids[0]).json()["properties"]["toelichting"] == "mijn versie tijdens ophalen"
    assert assert_in_sync(store, registry) == 5


def _colleague_replace_many(registry, ids: list[str], text: str) -> None:
    """Change many features on the registry in batch requests (as another officer)."""
    import json

    from .conftest import ITEMS, L72, SYSTEM_FIELDS

    with registry.session("herzele-b") as s:
        for off in range(0, len(ids), 1000):
            ops = []
            for fid in ids[off:off + 1000]:
                r = s.get(f"{registry.url}{ITEMS}/{fid}", params={"crs": L72}, timeout=30)
                doc = r.json()
                doc.pop("links", None)
                for k in SYSTEM_FIELDS:
                    doc["properties"].pop(k, None)
                doc["properties"]["toelichting"] = text
                ops.append({"op": "replace", "id": fid, "if_match": r.headers["ETag"], "feature": doc})
            r = s.post(registry.url + "/collections/verbeteringen/batch",
                       data=json.dumps({"atomic": True, "operations": ops}),
                       headers={"Content-Type": "application/json", "Content-Crs": f"<{L72}>"}, timeout=120)
            assert r.status_code == 200, r.text[:1000]


def test_local_edits_racing_a_pull_of_the_same_features_are_never_lost(registry, proxy, store):
    """The officer keeps saving edits to features whose registry versions are being pulled.

    Each local edit ends either in a conflict (mine kept) or, when saved after
    its page was written, as an unsent edit; after keeping mine everywhere, the
    registry holds the officer's last value of every feature.
    """
    import random
    import time

    from lekp_plugin.sync.conflicts import list_conflicts, resolve_conflict

    from .conftest import colleague_creates, sync_process

    ids = colleague_creates(registry, 1500)
    sync(store, proxy.url)
    _colleague_replace_many(registry, ids, "hun versie")
    proxy.add_fault("delay", seconds=0.3, times=100, method="GET", path_contains="/changes")

    rng = random.Random(11)
    last: dict[str, str] = {}
    refused = 0
    proc = sync_process(store, proxy.url)
    deadline = time.monotonic() + 120
    n = 0
    while proc.poll() is None and time.monotonic() < deadline:
        fid = rng.choice(ids)
        n += 1
        text = f"mijn versie {n}"
        try:
            update_feature(store, fid, toelichting=text)
        except RuntimeError as exc:  # OGR: database is locked; nothing was written
            assert "locked" in str(exc) or "busy" in str(exc).lower(), exc
            refused += 1
            continue
        last[fid] = text
    assert proc.wait(timeout=120) == 0, proc.output()[-3000:]
    assert len(last) >= 3, f"only {len(last)} edits during the pull: the race was not exercised"

    conflicts = list_conflicts(store)
    for c in conflicts:
        if c.feature_id in last:
            assert c.mine["properties"]["toelichting"] == last[c.feature_id], "conflict lost my last edit"
        resolve_conflict(store, c.conflict_id, "mine")
    for _ in range(3):
        sync(store, proxy.url, policy="keep_mine")
        if not list_conflicts(store) and pending_total(store) == 0:
            break
    assert list_conflicts(store) == []
    items = {f["id"]: f for f in registry.items()}
    lost = {fid: (items[fid]["properties"]["toelichting"], text) for fid, text in last.items()
            if items[fid]["properties"]["toelichting"] != text}
    assert not lost, f"{len(lost)} local edits lost (registry, mine): {list(lost.items())[:5]}"
    assert assert_in_sync(store, registry) == 1500
    print(f"{len(last)} features edited during the pull, {len(conflicts)} conflicts, "
          f"{refused} saves refused by a lock")
