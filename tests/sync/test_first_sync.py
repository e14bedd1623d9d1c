"""The first sync of a store pulls its own gemeente's changes, not the registry's whole feed.

Two gemeenten in the real registry on 127.0.0.1: Gent with many features far
from Herzele and one near its border, Herzele with a few. What the engine
requests and receives is recorded on its ``requests.Session``.
"""

from __future__ import annotations

import json
import sqlite3
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from lekp_plugin.sync import run_sync

from .conftest import BOUNDARIES, HERZELE, INSIDE, KEYS, gdal_add, store_features


class RecordingSession(requests.Session):
    """A real session that notes each request and the number of changes/features it received."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[str, dict, int]] = []

    def request(self, method, url, *args, params=None, **kwargs):
        resp = super().request(method, url, *args, params=params, **kwargs)
        query = {k: v[0] for k, v in parse_qs(urlsplit(resp.url).query).items()}
        received = 0
        if resp.status_code == 200 and method == "GET":
            doc = resp.json()
            received = len(doc.get("changes") or doc.get("features") or [])
        self.log.append((urlsplit(resp.url).path, query, received))
        return resp

    def changes(self) -> list[tuple[dict, int]]:
        return [(q, n) for path, q, n in self.log if path.endswith("/changes")]


class OlderRegistrySession(RecordingSession):
    """The feed as a registry before ``last`` answered it: the engine must search the head."""

    def request(self, method, url, *args, **kwargs):
        resp = super().request(method, url, *args, **kwargs)
        if resp.status_code == 200 and urlsplit(resp.url).path.endswith("/changes"):
            doc = resp.json()
            doc.pop("last", None)
            resp._content = json.dumps(doc).encode()
        return resp


@pytest.fixture
def recording():
    made: list[RecordingSession] = []

    def make(kind=RecordingSession) -> RecordingSession:
        made.append(kind())
        return made[-1]

    yield make
    for session in made:
        session.close()


@pytest.fixture
def two_gemeenten(any_registry, make_store):
    registry = any_registry
    if not BOUNDARIES.exists():
        pytest.skip(f"boundary file {BOUNDARIES} is absent")
    gent = make_store("gent", nis="44021")
    far = gdal_add(gent, 300, nis="44021")
    run_sync(gent, registry.url, KEYS["gent"][0])
    herzele = make_store("herzele_kantoor")
    own = gdal_add(herzele, 4)
    run_sync(herzele, registry.url, HERZELE)
    return registry, set(far), set(own)


@pytest.mark.parametrize("registry_says_last", [True, False], ids=["feed_says_last", "older_registry"])
def test_the_first_sync_pulls_only_the_gemeente_and_its_surroundings(two_gemeenten, make_store, recording,
                                                                      registry_says_last):
    registry, far, own = two_gemeenten
    with registry.client("gent") as gent:  # one Gent tree just over the border, within the margin
        doc = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [INSIDE["41027"][0] + 20,
                                                                                INSIDE["41027"][1]]},
               "properties": {"gemeente_nis": "44021", "projectnaam": "Grensboom", "categorie": "boom",
                              "aard": "aanleg", "hoeveelheid": 1, "status": "uitgevoerd",
                              "uitvoeringsdatum": "2023-04-01", "domein": "publiek", "opgelegd": False,
                              "bron": "manueel"}}
        r = gent.post("/collections/verbeteringen/items", json=doc,
                      headers={"Content-Crs": "<http://www.opengis.net/def/crs/EPSG/0/31370>"})
        assert r.status_code == 201, r.text
        border = r.json()["id"]

    store = make_store("herzele_nieuw", boundary=True)
    session = recording(RecordingSession if registry_says_last else OlderRegistrySession)
    result = run_sync(store, registry.url, HERZELE, session=session)
    assert set(store_features(store)) == own
    con = sqlite3.connect(store)
    reference = {r[0] for r in con.execute("SELECT id FROM registry_referentie")}
    con.close()
    assert reference == {border}
    assert result.pulled == len(own) + 1
    # the changes it read: Herzele's feed in full pages, and the feed's head: one request when the
    # feed says it (``last``), else searched with one-change pages
    feed = session.changes()
    full = [(q, n) for q, n in feed if q.get("limit") != "1"]
    probes = [q for q, _n in feed if q.get("limit") == "1"]
    assert full and all(q.get("gemeente_nis") == "41027" for q, _n in full)
    assert sum(n for _q, n in full) == len(own)
    assert sum(n for _q, n in feed) <= len(own) + len(feed)  # at most one change per probe
    if registry_says_last:
        assert len(probes) == 1
    else:
        assert 2 < len(probes) <= 2 * 10  # 305 changes: a handful of probes
    items = [(q, n) for path, q, n in session.log if path.endswith("/items")]
    assert [n for _q, n in items] == [len(own) + 1] and "bbox" in items[0][0]
    assert not far & set(store_features(store)) and not far & reference

    # the next sync starts at the head: nothing of the past comes again, a new change does
    session = recording()
    again = run_sync(store, registry.url, HERZELE, session=session)
    assert again.pulled == 0 and again.requests <= 2
    assert sum(n for _q, n in session.changes()) == 0
    gdal_add(colleague := make_store("herzele_collega"), 1, dx=-30)
    assert run_sync(colleague, registry.url, HERZELE).pushed == 1, "x"
    session = recording()
    assert run_sync(store, registry.url, HERZELE, session=session).pulled == 1
    assert len(store_features(store)) == len(own) + 1


def test_a_first_sync_cut_off_starts_over_and_misses_nothing(two_gemeenten, make_store, recording):
    registry, _far, own = two_gemeenten
    store = make_store("herzele_nieuw", boundary=True)
    session = recording()

    def cancel_after_the_feed() -> bool:  # cancelled when the gemeente's feed is read, before the surroundings
        return any(q.get("gemeente_nis") for q, n in session.changes() if n)

    first = run_sync(store, registry.url, HERZELE, session=session, is_cancelled=cancel_after_the_feed)
    assert first.cancelled
    assert not [path for path, _q, _n in session.log if path.endswith("/items")]
    con = sqlite3.connect(store)
    assert con.execute("SELECT cursor FROM sync_state").fetchone()[0] == 0  # still a first sync
    con.close()
    gdal_add(colleague := make_store("collega"), 1, dx=-30)
    run_sync(colleague, registry.url, HERZELE)
    run_sync(store, registry.url, HERZELE)
    assert set(store_features(store)) == own | set(store_features(colleague))
