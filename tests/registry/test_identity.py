"""API-key names and OIDC subjects are separate identities; authorization comes before any replay."""

from __future__ import annotations

from lekp_registry.auth import ApiKey, AuthConfig, OidcConfig, hash_key

from .conftest import ITEMS, KEYS, L72, auth_config, start_registry, stop_registry, tree
from .test_oidc import AUDIENCE, ISSUER, idp  # noqa: F401 - the fixture

BATCH = "/collections/verbeteringen/batch"


def test_oidc_subject_equal_to_a_key_name_is_another_identity(idp, registry_factory):  # noqa: F811
    url, sign = idp
    reg = registry_factory(auth=auth_config(oidc=OidcConfig(ISSUER, AUDIENCE, url)))
    key = reg.client("herzele")
    first = key.post(ITEMS, json=tree(), headers={"Idempotency-Key": "sync-1", **L72})
    assert first.status_code == 201, first.text
    assert first.json()["properties"]["aangemaakt_door"] == "key:herzele"

    # a Gent user whose OIDC subject happens to be "herzele" sends the same request and key
    impostor = reg.client(None, headers={"Authorization": f"Bearer {sign({'sub': 'herzele', 'gemeente_nis': '44021'})}"})
    r = impostor.post(ITEMS, json=tree(), headers={"Idempotency-Key": "sync-1", **L72})
    assert r.status_code == 403, r.text
    assert "Idempotent-Replayed" not in r.headers and first.json()["id"] not in r.text
    r = impostor.post(BATCH, headers=L72, json={"operations": [
        {"op": "create", "feature": tree(), "idempotency_key": "sync-1"}]})
    assert r.json()["results"][0]["status"] == 403 and r.json()["results"][0].get("replayed") is not True

    # the OIDC user writes in its own gemeente under its own, namespaced name
    own = impostor.post(ITEMS, json=tree("44021"), headers={"Idempotency-Key": "sync-1", **L72})
    assert own.status_code == 201, own.text
    props = own.json()["properties"]
    assert props["aangemaakt_door"] == props["gewijzigd_door"] == "oidc:herzele"
    # and the key's own retry still replays its own answer
    again = key.post(ITEMS, json=tree(), headers={"Idempotency-Key": "sync-1", **L72})
    assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert reg.client(None).get(ITEMS).json()["numberMatched"] == 2


def test_replay_checks_the_callers_current_rights(db):
    token = KEYS["herzele"][0]
    reg = start_registry(db)
    try:
        c = reg.client("herzele")
        first = c.post(ITEMS, json=tree(), headers={"Idempotency-Key": "k-9", **L72})
        assert first.status_code == 201
        fid, tag = first.json()["id"], first.headers["ETag"]
        deleted = c.delete(f"{ITEMS}/{fid}", headers={"If-Match": tag, "Idempotency-Key": "k-10"})
        assert deleted.status_code == 204
    finally:
        stop_registry(reg)
    # the same key (same name, same token) is now bound to another gemeente
    moved = AuthConfig((ApiKey("herzele", hash_key(token), "44021", "invoerder"),))
    reg = start_registry(db, auth=moved)
    try:
        c = reg.client("herzele")
        r = c.post(ITEMS, json=tree(), headers={"Idempotency-Key": "k-9", **L72})
        assert r.status_code == 403, r.text
        assert "Idempotent-Replayed" not in r.headers
        r = c.delete(f"{ITEMS}/{fid}", headers={"If-Match": tag, "Idempotency-Key": "k-10"})
        assert r.status_code == 403, r.text
    finally:
        stop_registry(reg)


def test_overlong_oidc_subjects_are_refused_not_truncated(idp, registry_factory):  # noqa: F811
    url, sign = idp
    sub = "x" * 300
    reg = registry_factory(auth=auth_config(oidc=OidcConfig(ISSUER, AUDIENCE, url)))
    c = reg.client(None, headers={"Authorization": f"Bearer {sign({'sub': sub})}"})
    r = c.post(ITEMS, json=tree(), headers=L72)
    assert r.status_code == 403 and "sub" in r.json()["detail"]
