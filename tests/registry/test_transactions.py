"""Part 4 transactions: every status code of the write protocol, on both stores."""

from __future__ import annotations

import uuid

from .conftest import ITEMS, L72, tree


def test_post_creates_with_location_etag_and_system_fields(registry):
    c = registry.client("herzele")
    r = c.post(ITEMS, json=tree(), headers=L72)
    assert r.status_code == 201, r.text
    assert r.headers["content-type"].startswith("application/geo+json")
    assert r.headers["Content-Crs"] == "<http://www.opengis.net/def/crs/EPSG/0/31370>"
    body = r.json()
    fid = body["id"]
    assert uuid.UUID(fid)
    assert r.headers["Location"].endswith(f"{ITEMS}/{fid}")
    assert r.headers["ETag"].startswith('"') and not r.headers["ETag"].startswith("W/")
    props = body["properties"]
    assert props["versie"] == 1
    assert props["aangemaakt_door"] == "key:herzele" == props["gewijzigd_door"]
    assert props["aangemaakt_op"] == props["gewijzigd_op"]
    got = c.get(r.headers["Location"])
    assert got.status_code == 200
    assert got.headers["ETag"] == r.headers["ETag"]


def test_post_honours_client_uuid_and_refuses_a_second_one(registry):
    c = registry.client("herzele")
    fid = str(uuid.uuid4())
    r = c.post(ITEMS, json=tree(fid=fid), headers=L72)
    assert r.status_code == 201
    assert r.json()["id"] == fid
    again = c.post(ITEMS, json=tree(fid=fid, projectnaam="anders"), headers=L72)
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"


def test_idempotency_key_replays_first_answer_and_refuses_other_payload(registry):
    c = registry.client("herzele")
    key = {"Idempotency-Key": "sync-run-1-op-7", **L72}
    first = c.post(ITEMS, json=tree(), headers=key)
    second = c.post(ITEMS, json=tree(), headers=key)
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert second.headers["ETag"] == first.headers["ETag"]
    assert second.headers["Location"] == first.headers["Location"]
    assert second.headers.get("Idempotent-Replayed") == "true"
    assert c.get(ITEMS).json()["numberMatched"] == 1
    other = c.post(ITEMS, json=tree(projectnaam="Iets anders"), headers=key)
    assert other.status_code == 422
    assert other.headers["content-type"] == "application/problem+json"
    assert "Idempotency-Key" in other.json()["detail"]
    assert c.get(ITEMS).json()["numberMatched"] == 1


def test_put_replace_needs_matching_if_match(registry):
    c = registry.client("herzele")
    r = c.post(ITEMS, json=tree(), headers=L72)
    fid, tag = r.json()["id"], r.headers["ETag"]
    url = f"{ITEMS}/{fid}"
    no_precondition = c.put(url, json=tree(fid=fid, projectnaam="Kerkstraat fase 2"), headers=L72)
    assert no_precondition.status_code == 428
    ok = c.put(url, json=tree(fid=fid, projectnaam="Kerkstraat fase 2"), headers={"If-Match": tag, **L72})
    assert ok.status_code == 200, ok.text
    assert ok.json()["properties"]["versie"] == 2
    assert ok.json()["properties"]["projectnaam"] == "Kerkstraat fase 2"
    assert ok.json()["properties"]["aangemaakt_op"] == r.json()["properties"]["aangemaakt_op"]
    assert ok.headers["ETag"] != tag
    stale = c.put(url, json=tree(fid=fid, projectnaam="fase 3"), headers={"If-Match": tag, **L72})
    assert stale.status_code == 412
    assert stale.json()["current_etag"] == ok.headers["ETag"]
    weak = c.put(url, json=tree(fid=fid, projectnaam="fase 3"), headers={"If-Match": "W/" + ok.headers["ETag"], **L72})
    assert weak.status_code == 412
    assert c.get(url).json()["properties"]["projectnaam"] == "Kerkstraat fase 2"


def test_put_if_none_match_star_creates_once(registry):
    c = registry.client("herzele")
    fid = str(uuid.uuid4())
    url = f"{ITEMS}/{fid}"
    created = c.put(url, json=tree(fid=fid), headers={"If-None-Match": "*", **L72})
    assert created.status_code == 201
    assert created.headers["Location"].endswith(url)
    again = c.put(url, json=tree(fid=fid), headers={"If-None-Match": "*", **L72})
    assert again.status_code == 412
    missing = c.put(f"{ITEMS}/{uuid.uuid4()}", json=tree(), headers={"If-Match": created.headers["ETag"], **L72})
    assert missing.status_code == 412


def test_put_id_mismatch_is_400(registry):
    c = registry.client("herzele")
    r = c.put(f"{ITEMS}/{uuid.uuid4()}", json=tree(fid=str(uuid.uuid4())), headers={"If-None-Match": "*", **L72})
    assert r.status_code == 400


def test_delete_needs_if_match_and_keeps_a_tombstone(registry):
    c = registry.client("herzele")
    r = c.post(ITEMS, json=tree(), headers=L72)
    fid, tag = r.json()["id"], r.headers["ETag"]
    url = f"{ITEMS}/{fid}"
    assert c.delete(url).status_code == 428
    assert c.delete(url, headers={"If-Match": '"v9-nope"'}).status_code == 412
    gone = c.delete(url, headers={"If-Match": tag})
    assert gone.status_code == 204
    assert gone.headers["ETag"] != tag
    assert c.get(url).status_code == 404
    assert c.delete(url, headers={"If-Match": tag}).status_code == 404
    assert c.get(ITEMS).json()["numberMatched"] == 0
    feed = c.get("/collections/verbeteringen/changes").json()["changes"]
    assert [(e["id"], e["op"], e["versie"]) for e in feed] == [(fid, "delete", 2)]
    # the id can come back; its version keeps counting so no old ETag matches again
    back = c.put(url, json=tree(fid=fid), headers={"If-None-Match": "*", **L72})
    assert back.status_code == 201
    assert back.json()["properties"]["versie"] == 3


def test_patch_merges_properties(registry):
    c = registry.client("herzele")
    r = c.post(ITEMS, json=tree(status="gepland", uitvoeringsdatum=None, geplande_datum="2030-05-01",
                                toelichting="eerst"), headers=L72)
    fid, tag = r.json()["id"], r.headers["ETag"]
    url = f"{ITEMS}/{fid}"
    patch = {"properties": {"status": "uitgevoerd", "uitvoeringsdatum": "2024-03-01", "toelichting": None}}
    hdr = {"Content-Type": "application/merge-patch+json"}
    assert c.patch(url, json=patch, headers=hdr).status_code == 428
    ok = c.patch(url, json=patch, headers={"If-Match": tag, **hdr})
    assert ok.status_code == 200, ok.text
    props = ok.json()["properties"]
    assert props["status"] == "uitgevoerd" and props["uitvoeringsdatum"] == "2024-03-01"
    assert "toelichting" not in props
    assert props["projectnaam"] == "Straatbomen Kerkstraat"
    assert props["versie"] == 2
    assert c.patch(url, json=patch, headers={"If-Match": tag, **hdr}).status_code == 412
    assert c.patch(f"{ITEMS}/{uuid.uuid4()}", json=patch, headers={"If-Match": tag, **hdr}).status_code == 404


def test_options_answers_allow_and_gemeenten_is_read_only(registry):
    c = registry.client("herzele")
    r = c.options(ITEMS)
    assert "POST" in r.headers["Allow"]
    r = c.options(f"{ITEMS}/{uuid.uuid4()}")
    assert set(r.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "PUT", "PATCH", "DELETE", "OPTIONS"}
    assert "POST" not in c.options("/collections/gemeenten/items").headers["Allow"]
    w = c.post("/collections/gemeenten/items", json=tree())
    assert w.status_code == 405
    assert "GET" in w.headers["Allow"]


def test_versie_and_system_fields_from_the_client_are_ignored(registry):
    c = registry.client("herzele")
    doc = tree()
    doc["properties"].update(versie=99, aangemaakt_door="iemand", gewijzigd_op="1999-01-01T00:00:00Z")
    r = c.post(ITEMS, json=doc, headers=L72)
    props = r.json()["properties"]
    assert props["versie"] == 1 and props["aangemaakt_door"] == "key:herzele"
    assert props["gewijzigd_op"].startswith("20") and not props["gewijzigd_op"].startswith("1999")


def test_a_client_can_put_back_what_it_read(registry):
    """Sync round trip: read in Lambert 72, change one field, send the whole feature back."""
    c = registry.client("herzele")
    created = c.post(ITEMS, json=tree(), headers=L72)
    url = created.headers["Location"]
    got = c.get(url, params={"crs": "http://www.opengis.net/def/crs/EPSG/0/31370"})
    doc = got.json()  # with links, system fields, id
    doc["properties"]["toelichting"] = "nagekeken op het terrein"
    r = c.put(url, json=doc, headers={"If-Match": got.headers["ETag"], **L72})
    assert r.status_code == 200, r.text
    assert r.json()["geometry"] == got.json()["geometry"]
    assert r.json()["properties"]["versie"] == 2
