"""Server-side validation (422 with SPEC §4 findings) and bad input (4xx problem+json, nothing stored)."""

from __future__ import annotations

import json

import httpx
import pytest

from lekp_registry.gemeenten import load_gemeenten

from .conftest import BOUNDARIES, INSIDE, ITEMS, L72, POPULATION, needs_shared_data, tree

PROBLEM = "application/problem+json"


def _nothing_stored(registry):
    assert registry.client(None).get(ITEMS).json()["numberMatched"] == 0
    assert registry.store.last_seq() == 0


def test_validation_errors_are_422_with_findings(registry):
    c = registry.client("herzele")
    r = c.post(ITEMS, json=tree(status="uitgevoerd", uitvoeringsdatum=None, hoeveelheid=0), headers=L72)
    assert r.status_code == 422
    assert r.headers["content-type"] == PROBLEM
    codes = {f["code"] for f in r.json()["findings"]}
    assert {"LEKP-D001", "LEKP-Q001"} <= codes
    finding = r.json()["findings"][0]
    assert set(finding) >= {"feature_id", "code", "severity", "message"}
    line = tree(categorie="natuurgroenperk")
    assert "LEKP-G003" in {f["code"] for f in c.post(ITEMS, json=line, headers=L72).json()["findings"]}
    _nothing_stored(registry)


def test_warnings_do_not_block_and_come_back(registry):
    c = registry.client("herzele")
    doc = tree(status="gepland", uitvoeringsdatum=None, geplande_datum="2022-01-01")  # D005 warning
    r = c.post(ITEMS, json=doc, headers=L72)
    assert r.status_code == 201, r.text
    assert "LEKP-D005" in {f["code"] for f in r.json()["findings"]}


def test_duplicate_of_a_stored_feature_is_refused(registry):
    c = registry.client("herzele")
    assert c.post(ITEMS, json=tree(), headers=L72).status_code == 201
    again = c.post(ITEMS, json=tree(), headers=L72)  # same place, category and date, new id
    assert again.status_code == 422
    assert "LEKP-O002" in {f["code"] for f in again.json()["findings"]}


def test_boundary_check_uses_the_gemeenten_collection(registry):
    needs_shared_data()
    load_gemeenten(registry.store, str(BOUNDARIES), str(POPULATION), 2020)
    c = registry.client("herzele")
    doc = tree("41027")
    doc["geometry"]["coordinates"] = list(INSIDE["44021"])  # in Gent, registered for Herzele
    r = c.post(ITEMS, json=doc, headers=L72)
    assert r.status_code == 422
    assert "LEKP-G005" in {f["code"] for f in r.json()["findings"]}
    assert c.post(ITEMS, json=tree("41027"), headers=L72).status_code == 201


@pytest.mark.parametrize("body, needle", [
    (b'{"type": "Feature", "geometry": ', "malformed JSON"),
    (b"\xff\xfe\x00", "UTF-8"),
    (b"", "empty"),
    (b"[1, 2, 3]", "Feature"),
    (b'{"type": "FeatureCollection", "features": []}', "Feature"),
    (b'{"type": "Feature", "properties": {}}', "geometry"),
    (b'{"type": "Feature", "geometry": {"type": "Circle", "coordinates": [1, 2]}, "properties": {}}',
     "Circle"),
    (b'{"type": "Feature", "geometry": {"type": "Point", "coordinates": ["a", "b"]}, "properties": {}}',
     "numbers"),
    (b'{"type": "Feature", "geometry": {"type": "Point", "coordinates": [1e308, 1e308]}, "properties": {}}',
     "out of range"),
    (b'{"type": "Feature", "geometry": {"type": "Point", "coordinates": [1e400, 5]}, "properties": {}}',
     "out of range"),
    (b'{"type": "Feature", "geometry": {"type": "Point", "coordinates": [NaN, 5]}, "properties": {}}',
     "NaN"),
    (b'{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]},'
     b' "properties": {}}', "geometry"),
    (b'{"type": "Feature", "geometry": null, "properties": [1]}', "properties"),
    (b'{"type": "Feature", "id": "1; DROP TABLE verbeteringen; --", "geometry": null, "properties": {}}',
     "UUID"),
])
def test_malformed_bodies_are_400(registry, body, needle):
    r = registry.client("herzele").post(ITEMS, content=body,
                                        headers={"Content-Type": "application/geo+json", **L72})
    assert r.status_code == 400, r.text
    assert r.headers["content-type"] == PROBLEM
    assert needle.lower() in r.json()["detail"].lower()
    _nothing_stored(registry)


def test_wrong_property_types_and_unknown_properties(registry):
    c = registry.client("herzele")
    r = c.post(ITEMS, json=tree(hoeveelheid="veel", opgelegd="nee"), headers=L72)
    assert r.status_code == 400
    assert "hoeveelheid" in r.json()["detail"] and "opgelegd" in r.json()["detail"]
    r = c.post(ITEMS, json=tree(kleur="groen", **{"x'; DELETE FROM verbeteringen": 1}), headers=L72)
    assert r.status_code == 400
    assert "kleur" in r.json()["detail"]
    assert r.json()["unknown"][0] == "kleur"
    r = c.post(ITEMS, json=tree(projectnaam="x" * 201), headers=L72)
    assert r.status_code == 400 and "200" in r.json()["detail"]
    _nothing_stored(registry)


def test_sql_looking_input_is_refused_or_kept_as_text(registry):
    c = registry.client("herzele")
    evil = "'; DROP TABLE verbeteringen; --"
    assert c.get(f"{ITEMS}/{evil}").status_code == 404
    for params in ({"categorie": evil}, {"gemeente_nis": evil}, {"bbox": evil}, {"limit": evil},
                   {"datetime": evil}, {evil: "1"}):
        r = c.get(ITEMS, params=params)
        assert r.status_code == 400 and r.headers["content-type"] == PROBLEM, params
    assert c.get("/collections/verbeteringen/changes", params={"since": evil}).status_code == 400
    _nothing_stored(registry)
    # as a project name it is just text: stored verbatim, the tables intact
    r = c.post(ITEMS, json=tree(projectnaam=evil), headers=L72)
    assert r.status_code == 201
    assert c.get(r.headers["Location"]).json()["properties"]["projectnaam"] == evil
    assert c.get(ITEMS, params={"projectnaam": evil}).json()["numberMatched"] == 1


def test_50_mb_body_is_413_and_nothing_is_stored(registry):
    doc = tree()
    doc["properties"]["toelichting"] = "x" * (50 * 1024 * 1024)
    body = json.dumps(doc).encode()
    r = registry.client("herzele").post(ITEMS, content=body, headers={"Content-Type": "application/json", **L72})
    assert r.status_code == 413
    assert r.headers["content-type"] == PROBLEM
    assert "limit" in r.json()["detail"]

    def chunks():  # no Content-Length: the limit holds while streaming
        for _ in range(50):
            yield b"x" * (1024 * 1024)

    try:
        r = registry.client("herzele").post(ITEMS, content=chunks(),
                                            headers={"Content-Type": "application/geo+json", **L72})
        assert r.status_code == 413
    except httpx.TransportError:
        pass  # the server may close a streaming upload early; either way nothing is stored
    _nothing_stored(registry)


def test_unsupported_content_type_and_crs(registry):
    c = registry.client("herzele")
    r = c.post(ITEMS, content=b"<xml/>", headers={"Content-Type": "application/xml"})
    assert r.status_code == 415
    r = c.post(ITEMS, json=tree(), headers={"Content-Crs": "<http://www.opengis.net/def/crs/EPSG/0/3857>"})
    assert r.status_code == 400 and "Content-Crs" in r.json()["detail"]
    _nothing_stored(registry)


def test_token_for_another_gemeente_stores_nothing(registry):
    r = registry.client("gent").post(ITEMS, json=tree("41027"), headers=L72)
    assert r.status_code == 403 and r.headers["content-type"] == PROBLEM
    assert "41027" in r.json()["detail"]
    _nothing_stored(registry)


def test_unknown_routes_are_problems(registry):
    r = registry.client(None).get("/nergens")
    assert r.status_code == 404 and r.headers["content-type"] == PROBLEM
    r = registry.client(None).delete("/collections")
    assert r.status_code == 405 and r.headers["content-type"] == PROBLEM
