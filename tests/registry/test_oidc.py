"""OIDC JWTs: a locally generated RSA key pair, its JWKS served on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from lekp_registry.auth import OidcConfig

from .conftest import ITEMS, L72, auth_config, tree

ISSUER = "https://login.lekp.test/realms/gemeenten"
AUDIENCE = "lekp-registry"


def _jwk(private_key, kid: str) -> dict:
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(private_key.public_key()))
    jwk.update(kid=kid, use="sig", alg="RS256")
    return jwk


@pytest.fixture(scope="module")
def idp():
    """A JWKS endpoint on 127.0.0.1 and a signing function."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    body = json.dumps({"keys": [_jwk(key, "k1")]}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def sign(claims: dict, *, signer=key, kid="k1", **over) -> str:
        now = int(time.time())
        payload = {"iss": ISSUER, "aud": AUDIENCE, "sub": "u-123", "iat": now, "exp": now + 300,
                   "gemeente_nis": "41027", "lekp_rol": "invoerder", **claims}
        payload.update(over)
        return jwt.encode(payload, signer, algorithm="RS256", headers={"kid": kid})

    sign.other = other
    yield f"http://127.0.0.1:{server.server_address[1]}/certs", sign
    server.shutdown()
    server.server_close()


def test_jwt_claims_give_gemeente_and_role(idp, registry_factory):
    url, sign = idp
    reg = registry_factory(auth=auth_config(oidc=OidcConfig(ISSUER, AUDIENCE, url)))

    def client(token):
        return reg.client(None, headers={"Authorization": f"Bearer {token}"})

    ok = client(sign({})).post(ITEMS, json=tree(), headers=L72)
    assert ok.status_code == 201, ok.text
    assert ok.json()["properties"]["aangemaakt_door"] == "oidc:u-123"
    assert client(sign({})).post(ITEMS, json=tree("44021"), headers=L72).status_code == 403
    assert client(sign({"lekp_rol": "lezer"})).post(ITEMS, json=tree(), headers=L72).status_code == 403
    assert client(sign({}, exp=int(time.time()) - 60)).post(ITEMS, json=tree(), headers=L72).status_code == 401
    assert client(sign({}, aud="iets-anders")).post(ITEMS, json=tree(), headers=L72).status_code == 401
    assert client(sign({}, iss="https://evil.test")).post(ITEMS, json=tree(), headers=L72).status_code == 401
    forged = client(sign({}, signer=sign.other)).post(ITEMS, json=tree(), headers=L72)
    assert forged.status_code == 401
    assert client(sign({}, kid="onbekend")).post(ITEMS, json=tree(), headers=L72).status_code == 401
    no_claim = client(sign({"gemeente_nis": None})).post(ITEMS, json=tree(), headers=L72)
    assert no_claim.status_code == 403
    # API keys still work next to OIDC
    assert reg.client("gent").post(ITEMS, json=tree("44021"), headers=L72).status_code == 201
    assert reg.client(None).get(ITEMS).json()["numberMatched"] == 2


def test_unreachable_jwks_is_503_not_500(registry_factory):
    reg = registry_factory(auth=auth_config(oidc=OidcConfig(ISSUER, AUDIENCE, "http://127.0.0.1:9/certs",
                                                            timeout=1.0)))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    token = jwt.encode({"iss": ISSUER, "aud": AUDIENCE, "sub": "x", "exp": int(time.time()) + 60},
                       key, algorithm="RS256", headers={"kid": "k1"})
    r = reg.client(None, headers={"Authorization": f"Bearer {token}"}).post(ITEMS, json=tree(), headers=L72)
    assert r.status_code == 503
    assert r.headers["content-type"] == "application/problem+json"
