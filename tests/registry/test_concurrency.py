"""Concurrency on a real server: racing replaces and a bounded load test, on both stores."""

from __future__ import annotations

import threading

import httpx
import pytest

from lekp_registry.bench import check_registry, describe, run_load, serve

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
    print(f"\n{describe(db)}: {result.per_second:.0f} writes/s over {result.seconds:.1f} s")
    assert not fivexx, result.errors[:5]
    assert result.statuses == {201: 10000}, (dict(result.statuses), result.errors[:5])
    assert len(set(result.ids)) == 10000
    assert problems == []


def _race(url: str, token: str, requests: list[tuple[str, str, dict, dict]]) -> list[httpx.Response]:
    """Send the requests at the same moment, one thread and connection each."""
    barrier = threading.Barrier(len(requests))
    out: list[httpx.Response | None] = [None] * len(requests)

    def one(i: int) -> None:
        method, path, body, headers = requests[i]
        with httpx.Client(base_url=url, timeout=30, headers={"Authorization": f"Bearer {token}", **L72}) as c:
            c.get("/")
            barrier.wait(timeout=10)
            out[i] = c.request(method, path, json=body, headers=headers)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(requests))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return out  # type: ignore[return-value]


def test_racing_creates_and_retries(registry):
    import uuid

    token = KEYS["herzele"][0]
    fid = str(uuid.uuid4())
    doc = tree(fid=fid)
    # the same client id posted four times at once: one 201, three 409
    codes = sorted(r.status_code for r in _race(registry.url, token, [("POST", ITEMS, doc, {})] * 4))
    assert codes == [201, 409, 409, 409]
    # If-None-Match: * from three clients: one 201, two 412
    fid2 = str(uuid.uuid4())
    doc2 = tree(fid=fid2)
    doc2["geometry"]["coordinates"][0] += 40
    put = ("PUT", f"{ITEMS}/{fid2}", doc2, {"If-None-Match": "*"})
    assert sorted(r.status_code for r in _race(registry.url, token, [put] * 3)) == [201, 412, 412]
    # one Idempotency-Key retried concurrently: one feature, the same answer to all
    doc3 = tree()
    doc3["geometry"]["coordinates"][0] += 80
    answers = _race(registry.url, token, [("POST", ITEMS, doc3, {"Idempotency-Key": "retry-1"})] * 4)
    assert [r.status_code for r in answers] == [201] * 4
    assert len({r.json()["id"] for r in answers}) == 1
    assert sum(r.headers.get("Idempotent-Replayed") == "true" for r in answers) == 3
    assert registry.client(None).get(ITEMS).json()["numberMatched"] == 3


def test_throughput_labels_say_how_durable_the_store_is(db):
    label = describe(db)
    if db.startswith("postgres"):
        # scripts/postgis.sh's test cluster runs with fsync off: its figures must say so
        assert "fsync off" in label and "NOT durable" in label, label
    else:
        assert label.startswith("sqlite") and "synchronous=NORMAL" in label
