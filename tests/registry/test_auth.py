"""Bearer API keys and per-gemeente authorization: 401, 403, merged gemeenten, no token in logs."""

from __future__ import annotations

import json
import logging

from lekp_registry.auth import AuthConfig, hash_key

from .conftest import ITEMS, KEYS, L72, auth_config, tree


def test_writes_need_a_valid_token(registry):
    anon = registry.client(None)
    r = anon.post(ITEMS, json=tree(), headers=L72)
    assert r.status_code == 401
    assert r.headers["content-type"] == "application/problem+json"
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
    bad = registry.client(None, headers={"Authorization": "Bearer lekp_verkeerd"})
    assert bad.post(ITEMS, json=tree(), headers=L72).status_code == 401
    basic = registry.client(None, headers={"Authorization": "Basic dXNlcjpwdw=="})
    assert basic.post(ITEMS, json=tree(), headers=L72).status_code == 401
    assert registry.client(None).get(ITEMS).json()["numberMatched"] == 0


def test_lezer_may_read_but_not_write(registry):
    c = registry.client("herzele-lezer")
    assert c.get(ITEMS).status_code == 200
    r = c.post(ITEMS, json=tree(), headers=L72)
    assert r.status_code == 403
    assert "lezer" in r.json()["detail"]


def test_writes_outside_the_callers_gemeente_are_forbidden(registry):
    herzele, gent = registry.client("herzele"), registry.client("gent")
    r = herzele.post(ITEMS, json=tree("44021"), headers=L72)
    assert r.status_code == 403
    assert r.headers["content-type"] == "application/problem+json"
    assert "44021" in r.json()["detail"]
    mine = herzele.post(ITEMS, json=tree(), headers=L72)
    fid, tag = mine.json()["id"], mine.headers["ETag"]
    # Gent may neither change nor delete Herzele's feature, nor move it into Gent
    assert gent.put(f"{ITEMS}/{fid}", json=tree(fid=fid), headers={"If-Match": tag, **L72}).status_code == 403
    assert gent.delete(f"{ITEMS}/{fid}", headers={"If-Match": tag}).status_code == 403
    moved = herzele.put(f"{ITEMS}/{fid}", json=tree("44021", fid=fid), headers={"If-Match": tag, **L72})
    assert moved.status_code == 403
    assert registry.client(None).get(ITEMS).json()["numberMatched"] == 1


def test_old_nis_codes_count_for_the_merged_gemeente(registry):
    # Nazareth (44048) and De Pinte (44012) merged into Nazareth-De Pinte (44086) in 2025
    c = registry.client("nazareth")
    for old in ("44048", "44012", "44086"):
        doc = tree("44086", gemeente_nis=old, projectnaam=f"oud {old}")
        doc["geometry"]["coordinates"][0] += int(old) % 1000
        r = c.post(ITEMS, json=doc, headers=L72)
        assert r.status_code == 201, r.text
    assert c.post(ITEMS, json=tree("41027"), headers=L72).status_code == 403
    found = registry.client(None).get(ITEMS, params={"gemeente_nis": "44086"}).json()
    assert found["numberMatched"] == 3
    assert registry.client(None).get(ITEMS, params={"gemeente_nis": "44048"}).json()["numberMatched"] == 3


def test_beheerder_for_all_gemeenten(registry):
    c = registry.client("vlaanderen")
    assert c.post(ITEMS, json=tree("41027"), headers=L72).status_code == 201
    assert c.post(ITEMS, json=tree("44021"), headers=L72).status_code == 201


def test_private_registry_needs_a_token_to_read(registry_factory):
    reg = registry_factory(auth=auth_config(public_read=False))
    assert reg.client(None).get(ITEMS).status_code == 401
    assert reg.client("herzele-lezer").get(ITEMS).status_code == 200


def test_tokens_never_reach_the_logs(registry, caplog):
    caplog.set_level(logging.DEBUG)
    c = registry.client("herzele")
    c.post(ITEMS, json=tree(), headers=L72)
    c.post(ITEMS, json={"type": "Feature"}, headers=L72)
    c.post(ITEMS, json=tree("44021"), headers=L72)
    registry.client(None, headers={"Authorization": "Bearer lekp_geheim_maar_fout"}).post(ITEMS, json=tree())
    text = caplog.text
    for token, _, _ in KEYS.values():
        assert token not in text
    assert "lekp_geheim_maar_fout" not in text


def test_auth_config_files(tmp_path):
    toml = tmp_path / "auth.toml"
    toml.write_text(f'public_read = false\n[[keys]]\nname = "a"\nsha256 = "{hash_key("lekp_x")}"\n'
                    'gemeente = "41027"\nrol = "invoerder"\n')
    cfg = AuthConfig.from_file(toml)
    assert cfg.public_read is False and cfg.keys[0].gemeente == "41027"
    js = tmp_path / "auth.json"
    js.write_text(json.dumps({"keys": [{"name": "b", "sha256": hash_key("lekp_y"), "gemeente": "*",
                                        "rol": "beheerder"}]}))
    assert AuthConfig.from_file(js).keys[0].rol == "beheerder"
