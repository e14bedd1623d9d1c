"""Concurrent single writes are validated and written in groups, each answered as if alone.

``Writer.write`` puts the single writes that arrive while others are being
written into one validation run and one transaction (the write throughput of
issue 16).  These tests hold that to the contract of a single write: the
same findings as a validation of the write alone, its own status when
others in the group are refused, and a changes feed in commit order.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter

import pytest
import shapely

from lekp_registry.auth import Principal
from lekp_registry.bench import ORIGIN, _feature
from lekp_registry.geojson import CRS84, parse_feature
from lekp_registry.problems import Problem
from lekp_registry.storage import open_store
from lekp_registry.validation import validate, validate_each
from lekp_registry.writes import Op, Render, Writer, _Job, _neighbours, _with_defaults, request_hash

L72 = "http://www.opengis.net/def/crs/EPSG/0/31370"
HERZELE = Principal("key:herzele", "41027", "invoerder", "apikey", "key:herzele")
RENDER = Render(lambda record, warnings: {"id": record.id, "findings": warnings}, lambda fid: f"/items/{fid}", CRS84)


def _op(n: int, fid: str | None = None, **props) -> Op:
    fid = fid or str(uuid.uuid4())
    doc = _feature(fid, n)
    doc["properties"].update(props)
    _, properties, wkb = parse_feature(doc, L72)
    return Op("create", fid, properties, wkb, idempotency_key=f"k-{fid}",
              request_hash=request_hash("POST", doc, L72))


@pytest.fixture
def store(db):
    s = open_store(db)
    yield s
    s.close()


def _item(op: Op):
    return (op.id, _with_defaults(op.properties), op.geometry)


def test_findings_of_a_group_are_those_of_each_write_alone(store):
    writer = Writer(store, lambda nis: None)
    stored = [_op(0), _op(1), _op(7)]
    for op in stored:
        writer.write(op, HERZELE, RENDER)
    # the same point as a stored tree (a duplicate of it), twice under two new ids: alone, each is a
    # duplicate of the stored one only; together they would also be duplicates of each other
    twin_a, twin_b = _op(0), _op(0)
    # a tree next to the stored tree 1 and one far away: no pair with each other
    near_1, far = _op(1, projectnaam="ander project"), _op(5000)
    # a rewrite of stored tree 7 (its stored version is no reference for itself) and a new tree on
    # the same spot: alone, the new tree is a duplicate of stored tree 7
    rewrite_7 = _op(7, fid=stored[2].id)
    new_on_7 = _op(7)
    neighbours = _neighbours(store)
    for group in ([twin_a, twin_b, near_1, far], [rewrite_7, new_on_7, far], [twin_a, twin_a]):
        items = [_item(op) for op in group]
        alone = [validate([item], lambda nis: None, neighbours) for item in items]
        assert validate_each(items, lambda nis: None, neighbours) == alone
    twins = validate([_item(twin_a), _item(twin_b)], lambda nis: None, neighbours)
    assert {f["ander_id"] for f in twins if f["feature_id"] == twin_a.id} == {stored[0].id, twin_b.id}
    alone_a = validate([_item(twin_a)], lambda nis: None, neighbours)
    assert [f["ander_id"] for f in alone_a if f["ander_id"]] == [stored[0].id]


def test_each_write_of_a_group_gets_its_own_status(store):
    writer = Writer(store, lambda nis: None)
    first = _op(10)
    assert writer.write(first, HERZELE, RENDER).status == 201
    ok_1, ok_2 = _op(11), _op(12)
    exists = _op(13, fid=first.id)
    exists.idempotency_key = None
    bad = _op(14, hoeveelheid=-3)
    replay = _op(10, fid=first.id)
    replay.idempotency_key, replay.request_hash = first.idempotency_key, first.request_hash
    other_gemeente = _op(15, gemeente_nis="11002")
    jobs = [_Job(op, HERZELE, RENDER) for op in (ok_1, exists, bad, replay, other_gemeente, ok_2)]
    before = store.last_seq()
    writer._write_group(jobs)
    got = [j.outcome.status for j in jobs]
    assert got == [201, 409, 422, 201, 403, 201]
    assert isinstance(jobs[1].outcome, Problem) and jobs[3].outcome.replayed
    assert all(j.finished for j in jobs)
    assert store.get(ok_1.id) is not None and store.get(ok_2.id) is not None
    assert store.get(bad.id) is None and store.get(other_gemeente.id) is None
    changes = store.changes(before, 100)
    assert [r.id for r in changes] == [ok_1.id, ok_2.id]
    assert [r.seq for r in changes] == [before + 1, before + 2]


def test_many_concurrent_writers_each_answered_once(store):
    writer = Writer(store, lambda nis: None)
    ops = [_op(100 + i) for i in range(120)]
    statuses: Counter = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(24)

    def client(k: int) -> None:
        barrier.wait()
        for op in ops[k::24]:
            outcome = writer.write(op, HERZELE, RENDER)
            with lock:
                statuses[outcome.status] += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert statuses == Counter({201: 120})
    assert writer._leaders == 0 and not writer._queue
    changes = store.changes(0, 1000)
    assert sorted(r.id for r in changes) == sorted(op.id for op in ops)
    seqs = [r.seq for r in changes]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert store.count() == 120
    point = shapely.Point(ORIGIN)
    assert shapely.from_wkb(store.get(ops[0].id).geometry).distance(point) < 2000
