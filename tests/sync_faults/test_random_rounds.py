"""Seeded rounds of random edits on both sides, each sync meeting a random fault.

Every round: the officer creates, changes and deletes features in the store
(through OGR), a colleague creates, changes and deletes other features on the
registry, one fault is armed in the proxy (cut request, cut answer after
commit, 500, 429, a held answer with a short client timeout), and sync runs
until it succeeds.  A model of what each side did says what must be where;
after the last round store, registry and model agree on every id and every
changed value.  Bounded: a fixed number of rounds and features per seed.
"""

from __future__ import annotations

import random

import pytest

from .conftest import (
    ShortTimeouts,
    add_trees,
    assert_in_sync,
    colleague_creates,
    colleague_delete,
    colleague_replace,
    delete_feature,
    pending_total,
    read_store,
    sync_until_done,
    update_feature,
)

pytestmark = pytest.mark.timeout(600)

BATCH = "/collections/verbeteringen/batch"
FAULTS = [
    ("cut_request", {"nbytes": 1500}, "POST", BATCH),
    ("cut_response", {}, "POST", BATCH),
    ("status", {"status": 500}, "POST", BATCH),
    ("status", {"status": 429, "headers": {"Retry-After": "1"}}, "POST", BATCH),
    ("delay", {"seconds": 3.0}, "POST", BATCH),
    ("cut_response", {}, "GET", "/changes"),
    ("status", {"status": 503}, "GET", "/changes"),
    ("delay", {"seconds": 3.0}, "GET", "/changes"),
]


@pytest.mark.parametrize("seed", [7, 2026])
def test_random_rounds_converge(registry, proxy, store, seed):
    rng = random.Random(seed)
    expected: dict[str, str | None] = {}  # id -> toelichting (None: the value it was created with)
    next_point = 0
    done = {"lokaal gewijzigd": 0, "lokaal verwijderd": 0, "collega gewijzigd": 0, "collega verwijderd": 0}
    faults = []

    for rnd in range(6):
        live = sorted(expected)
        rng.shuffle(live)
        half = len(live) // 2
        mine, theirs = live[:half], live[half:]  # no feature is edited on both sides in one round
        # the officer
        new = add_trees(store, rng.randint(5, 60), start=next_point)
        next_point += len(new)
        expected.update(dict.fromkeys(new))
        for fid in mine[: rng.randint(0, 8)]:
            text = f"lokaal ronde {rnd}"
            update_feature(store, fid, toelichting=text)
            expected[fid] = text
            done["lokaal gewijzigd"] += 1
        for fid in mine[8: 8 + rng.randint(0, 4)]:
            delete_feature(store, fid)
            del expected[fid]
            done["lokaal verwijderd"] += 1
        # a colleague, on other features
        created = colleague_creates(registry, rng.randint(0, 30), start=5000 + next_point)
        next_point += len(created)
        expected.update(dict.fromkeys(created))
        for fid in theirs[: rng.randint(0, 5)]:
            text = f"collega ronde {rnd}"
            colleague_replace(registry, fid, toelichting=text)
            expected[fid] = text
            done["collega gewijzigd"] += 1
        for fid in theirs[5: 5 + rng.randint(0, 3)]:
            colleague_delete(registry, fid)
            del expected[fid]
            done["collega verwijderd"] += 1
        # one fault for this round's sync
        kind, params, method, path = rng.choice(FAULTS)
        fault = proxy.add_fault(kind, method=method, path_contains=path, **params)
        with ShortTimeouts(2.0) as session:
            sync_until_done(store, proxy.url, session=session)
        faults.append((kind, path, fault.hits))
        proxy.clear_faults()

    sync_until_done(store, proxy.url)
    assert assert_in_sync(store, registry) == len(expected)
    held = read_store(store)
    assert set(held) == set(expected)
    wrong = {fid: (held[fid]["properties"]["toelichting"], text) for fid, text in expected.items()
             if text is not None and held[fid]["properties"]["toelichting"] != text}
    assert not wrong, f"edits lost or overwritten (store, expected): {list(wrong.items())[:5]}"
    assert pending_total(store) == 0
    # the seed really exercised both sides and the faults (else the test proved little)
    assert all(done.values()), done
    assert sum(hits for _, _, hits in faults) >= 3, faults
