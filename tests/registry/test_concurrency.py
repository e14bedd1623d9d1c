"""Concurrency on a real server: racing replaces and a bounded load test, on both stores."""

from __future__ import annotations

import threading

import httpx
import pytest

from lekp_registry.bench import check_registry, run_load, serve

from .conftest import ITEMS, KEYS, L72, tree


def test_two_clients_same_etag_exactly_one_wins(registry):
    owner = registry.client("herzele")
    created = owner.post(ITEMS, json=tree(), headers=L72)
    fid, tag = created.json()["id"], created.headers["ETag"]
    url = f"{registry.url}{ITEMS}/{fid}"
    token = KEYS["herzele"][0]
    for round_ in range(10):
        barrier = threading.Barrier(2)
        statuses: list[int] = []
        lock = threading.Lock()

        def replace(name: str, current: str, barrier: threading.Barrier, statuses: list[int],
                    lock: threading.Lock) -> None:
            with httpx.Client(timeout=30, headers={"Authorization": f"Bearer {token}", **L72}) as c:
                c.get(f"{registry.url}/")  # open the connection before the race
                barrier.wait(timeout=10)
                r = c.put(url, json=tree(fid=fid, projectnaam=name), headers={"If-Match": current})
            with lock:
                statuses.append(r.status_code)

        threads = [threading.Thread(target=replace, args=(f"client {k} round {round_}", tag, barrier, statuses, lock)) for k in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert sorted(statuses) == [200, 412], statuses
        tag = owner.get(url).headers["ETag"]
    final = owner.get(url).json()["properties"]
    assert final["versie"] == 11


@pytest.mark.slow
def test_load_50_clients_x_200_writes(db, tmp_path):
    with serve(db, tmp_path) as (url, token):
        result = run_load(url, token, clients=50, writes=200, deadline_s=400)
        problems = check_registry(url, result.ids)
    fivexx = {s: n for s, n in result.statuses.items() if s >= 500}
    print(f"\n{db.split('?')[0]}: {result.per_second:.0f} writes/s over {result.seconds:.1f} s")
    assert not fivexx, result.errors[:5]
    assert result.statuses == {201: 10000}, (dict(result.statuses), result.errors[:5])
    assert len(set(result.ids)) == 10000
    assert problems == []
