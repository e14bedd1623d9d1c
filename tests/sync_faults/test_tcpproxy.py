"""The fault proxy itself, against the real registry process: each fault does what it says.

These tests do not need the sync engine; they make sure that a fault test
failing later fails because of sync, not because of the proxy.
"""

from __future__ import annotations

import json
import threading
import time
import uuid

import pytest
import requests

from .conftest import ITEMS, KEYS, L72, NIS, grid_point, tree_props

pytestmark = pytest.mark.timeout(120)

HEADERS = {"Authorization": f"Bearer {KEYS['herzele'][0]}", "Content-Type": "application/geo+json",
           "Content-Crs": f"<{L72}>"}


def _tree(i: int) -> tuple[str, str]:
    fid = str(uuid.uuid4())
    doc = {"type": "Feature", "id": fid, "geometry": {"type": "Point", "coordinates": list(grid_point(i))},
           "properties": tree_props(i)}
    return fid, json.dumps(doc)


def test_forwards_keep_alive_requests_and_logs_them(registry, proxy):
    with requests.Session() as s:
        for i in range(3):
            fid, body = _tree(i)
            assert s.post(proxy.url + ITEMS, data=body, headers=HEADERS, timeout=30).status_code == 201
            r = s.get(f"{proxy.url}{ITEMS}/{fid}", timeout=30)
            assert r.status_code == 200 and r.headers["ETag"]
    assert [e[2] for e in proxy.requests()] == [201, 200] * 3
    assert len(registry.items(NIS)) == 3


def test_cut_response_after_the_server_committed(registry, proxy):
    proxy.add_fault("cut_response", method="POST", path_contains="/items")
    fid, body = _tree(0)
    with pytest.raises(requests.ConnectionError):
        requests.post(proxy.url + ITEMS, data=body, headers=HEADERS, timeout=30)
    # the client never saw the answer, yet the feature is stored
    assert registry.get(fid).status_code == 200
    assert proxy.requests()[-1][2] == "cut_response 201"


def test_cut_request_never_reaches_the_server(registry, proxy):
    fid, body = _tree(0)
    proxy.add_fault("cut_request", nbytes=len(body) // 2, method="POST")
    with pytest.raises(requests.ConnectionError):
        requests.post(proxy.url + ITEMS, data=body, headers=HEADERS, timeout=30)
    assert registry.get(fid).status_code == 404


def test_status_with_retry_after_and_skip(registry, proxy):
    proxy.add_fault("status", status=429, headers={"Retry-After": "1"}, times=2, skip=1, method="GET")
    with requests.Session() as s:
        assert s.get(proxy.url + "/collections", timeout=10).status_code == 200
        r = s.get(proxy.url + "/collections", timeout=10)
        assert r.status_code == 429 and r.headers["Retry-After"] == "1"
        assert s.get(proxy.url + "/collections", timeout=10).status_code == 429
        assert s.get(proxy.url + "/collections", timeout=10).status_code == 200


def test_delay_makes_a_short_timeout_fire_after_commit(registry, proxy):
    proxy.add_fault("delay", seconds=3, method="POST")
    fid, body = _tree(0)
    t0 = time.monotonic()
    with pytest.raises(requests.Timeout):
        requests.post(proxy.url + ITEMS, data=body, headers=HEADERS, timeout=1)
    assert time.monotonic() - t0 < 2.5
    assert registry.get(fid).status_code == 200


def test_hook_sees_the_request_in_flight_and_server_can_be_killed(registry, proxy):
    seen = threading.Event()

    def kill(req):
        seen.set()
        registry.kill9()

    proxy.add_fault("hook", callback=kill, method="POST")
    _fid, body = _tree(0)
    with pytest.raises(requests.ConnectionError):
        requests.post(proxy.url + ITEMS, data=body, headers=HEADERS, timeout=30)
    assert seen.is_set() and not registry.alive
    registry.start()  # same port, same database
    fid2, body2 = _tree(1)
    assert requests.post(proxy.url + ITEMS, data=body2, headers=HEADERS, timeout=30).status_code == 201
    assert registry.get(fid2).status_code == 200
