"""A degraded OGC API – Features server: pygeoapi 0.21 with TinyDB (no ETags, batch or changes feed).

Sync still pushes, one Part 4 request per change, and tells the officer once
what it cannot guarantee (no conflict detection, no pull).  pygeoapi lives in
its own venv (``scripts/setup_pygeoapi.sh``, made on first use).
"""

from __future__ import annotations

import json
import uuid

import pytest
import requests

from tests.tcpproxy import TcpProxy

from .conftest import (
    ITEMS,
    add_hedge,
    add_ontharding,
    add_trees,
    compare_sides,
    delete_feature,
    grid_point,
    pending_total,
    read_store,
    sync,
    tree_props,
    update_feature,
)

pytestmark = pytest.mark.timeout(600)


@pytest.fixture
def degraded(pygeoapi):
    port = int(pygeoapi.url.rsplit(":", 1)[1])
    p = TcpProxy(port, timeout=60).start()
    yield pygeoapi, p
    p.stop()


def test_pygeoapi_receives_every_change_through_single_requests_and_warns_once(degraded, store):
    server, proxy = degraded
    ids = [*add_trees(store, 12), add_hedge(store), add_ontharding(store)]
    result = sync(store, proxy.url)
    assert result.pushed == len(ids) and result.conflicts == 0 and result.pulled == 0
    # one warning that says what is not guaranteed, not one per feature
    assert result.warnings, "the officer must be told what a server without ETags cannot guarantee"
    assert len(result.warnings) == len(set(result.warnings)) <= 2
    assert "conflict" in " ".join(result.warnings).lower()
    posts = proxy.requests("POST", "/collections/verbeteringen/items")
    assert len([e for e in posts if e[2] == 201]) == len(ids)
    assert not proxy.requests("POST", "/batch") or all(e[2] in (404, 405) for e in proxy.requests("POST", "/batch"))
    problems = compare_sides(store, server.items())
    assert not problems, problems
    assert pending_total(store) == 0

    # a second sync sends nothing
    proxy.reset_log()
    again = sync(store, proxy.url)
    assert again.pushed == 0
    assert not [e for e in proxy.requests() if e[0] in ("POST", "PUT", "PATCH", "DELETE")]

    # edits and deletes go as single PUT / DELETE requests
    update_feature(store, ids[0], toelichting="aangepast voor pygeoapi")
    update_feature(store, ids[1], hoeveelheid=1.0, projectnaam="Nieuwe naam")
    delete_feature(store, ids[2])
    result = sync(store, proxy.url)
    assert result.pushed == 3
    writes = [e for e in proxy.requests() if e[0] in ("PUT", "PATCH", "DELETE")]
    assert len([e for e in writes if isinstance(e[2], int) and e[2] < 300]) == 3, writes
    assert not compare_sides(store, server.items())


def test_pygeoapi_nothing_is_pulled_and_the_warning_comes_once_per_sync(degraded, store):
    server, proxy = degraded
    add_trees(store, 3)
    first = sync(store, proxy.url)
    # a feature someone else wrote on the server: without a changes feed it cannot be fetched
    other = {"type": "Feature", "id": str(uuid.uuid4()),
             "geometry": {"type": "Point", "coordinates": list(grid_point(500))}, "properties": tree_props(500)}
    r = requests.post(server.url + ITEMS, data=json.dumps(other),
                      headers={"Content-Type": "application/geo+json"}, timeout=30)
    assert r.status_code == 201
    second = sync(store, proxy.url)
    assert second.pulled == 0 and other["id"] not in read_store(store)
    assert len(server.items()) == 4
    for result in (first, second):
        assert result.warnings and len(result.warnings) == len(set(result.warnings))
    assert not proxy.requests("GET", "/changes") or all(e[2] == 404 for e in proxy.requests("GET", "/changes"))
