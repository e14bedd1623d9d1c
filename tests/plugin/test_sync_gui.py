"""Sync in QGIS: the token from the authentication manager, QGIS's proxy, the dock's sync tab
and the conflict dialog — against the real registry on 127.0.0.1 and a real GeoPackage store.
"""

from __future__ import annotations

import http.server
import logging
import os
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests
from osgeo import ogr
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsGeometry, QgsProject, QgsSettings, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate

from lekp_plugin.store import create_store
from tests.registry.conftest import INSIDE, KEYS, start_registry, stop_registry

SCREENS = Path(os.environ.get("LEKP_SCREENS", "/work/notes/screens"))
HERZELE = "41027"
TOKEN = KEYS["herzele"][0]
X, Y = INSIDE[HERZELE]
MASTER = "lekp-test-master"


# -- fixtures ------------------------------------------------------------------

@pytest.fixture()
def auth_manager(qgis_app):
    manager = QgsApplication.authManager()
    assert not manager.isDisabled()
    assert manager.setMasterPassword(MASTER, True)
    return manager


def store_auth(manager, method: str, name: str = "lekp", **values) -> str:
    config = QgsAuthMethodConfig(method)
    config.setName(name)
    for key, value in values.items():
        config.setConfig(key, value)
    result = manager.storeAuthenticationConfig(config)
    ok, config = result if isinstance(result, tuple) else (result, config)
    assert ok
    return config.id()


@pytest.fixture()
def registry(tmp_path):
    reg = start_registry(str(tmp_path / "registry.sqlite"))
    yield reg
    stop_registry(reg)


@pytest.fixture()
def herzele_store(tmp_path, boundaries_2025):
    path = tmp_path / "herzele.gpkg"
    create_store(str(path), HERZELE, str(boundaries_2025))
    return path


@pytest.fixture()
def no_proxy_settings():
    s = QgsSettings()
    keys = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort",
            "proxy/proxyUser", "proxy/proxyPassword", "proxy/proxyExcludedUrls", "proxy/noProxyUrls")
    for key in keys:
        s.remove(key)
    yield s
    for key in keys:
        s.remove(key)


class ForwardProxy(http.server.ThreadingHTTPServer):
    """A real HTTP forward proxy on 127.0.0.1 that records what it forwarded."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.seen: list[tuple[str, str, str | None]] = []
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return self.server_address[1]

    def close(self):
        self.shutdown()
        self.server_close()


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _forward(self):
        self.server.seen.append((self.command, self.path, self.headers.get("Proxy-Authorization")))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in ("proxy-authorization", "proxy-connection", "connection", "host")}
        with requests.Session() as upstream:
            upstream.trust_env = False
            r = upstream.request(self.command, self.path, headers=headers, data=body, timeout=60)
        content = r.content
        self.send_response(r.status_code)
        for k, v in r.headers.items():
            if k.lower() not in ("transfer-encoding", "connection", "content-encoding", "content-length"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _forward


@pytest.fixture()
def proxy():
    p = ForwardProxy()
    yield p
    p.close()


# -- token from QGIS's authentication manager ------------------------------------

def test_token_from_basic_esri_and_bad_configurations(auth_manager, caplog):
    from lekp_plugin.sync.qgis_adapter import AuthConfigError, token_from_authcfg

    caplog.set_level(logging.DEBUG)
    basic = store_auth(auth_manager, "Basic", username="token", password=TOKEN)
    esri = store_auth(auth_manager, "EsriToken", token="esri-" + TOKEN)
    empty = store_auth(auth_manager, "Basic", username="token", password="")
    pki = store_auth(auth_manager, "PKI-Paths", certpath="/nonexistent.pem", keypath="/nonexistent.key")

    assert token_from_authcfg(basic) == TOKEN
    assert token_from_authcfg(esri) == "esri-" + TOKEN
    assert token_from_authcfg("") is None and token_from_authcfg(None) is None
    for bad, words in ((empty, "bevat geen token"), ("zzzzzzz", "bestaat niet"), (pki, "Basic")):
        with pytest.raises(AuthConfigError) as err:
            token_from_authcfg(bad)
        assert words in err.value.message and bad in err.value.message
        assert err.value.message_en and TOKEN not in err.value.message
    assert all(TOKEN not in record.getMessage() for record in caplog.records)


# -- QGIS's proxy ----------------------------------------------------------------

def test_session_goes_through_the_qgis_proxy_with_its_credentials_and_exclusions(
        qgis_app, registry, proxy, no_proxy_settings, monkeypatch):
    from lekp_plugin.sync.qgis_adapter import session_with_qgis_proxy

    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # QGIS's setting must win over the environment
    s = no_proxy_settings
    s.setValue("proxy/proxyEnabled", True)
    s.setValue("proxy/proxyType", "HttpProxy")
    s.setValue("proxy/proxyHost", "127.0.0.1")
    s.setValue("proxy/proxyPort", str(proxy.port))
    s.setValue("proxy/proxyUser", "gis")
    s.setValue("proxy/proxyPassword", "p@ss:word")
    with session_with_qgis_proxy() as session:
        assert session.verify is True
        r = session.get(f"{registry.url}/collections")
    assert r.status_code == 200 and "verbeteringen" in r.text
    assert [(m, p) for m, p, _a in proxy.seen] == [("GET", f"{registry.url}/collections")]
    import base64

    assert proxy.seen[0][2] == "Basic " + base64.b64encode(b"gis:p@ss:word").decode()

    s.setValue("proxy/proxyExcludedUrls", f"http://example.invalid|{registry.url}")
    with session_with_qgis_proxy() as session:
        assert session.get(f"{registry.url}/conformance").status_code == 200
    assert len(proxy.seen) == 1  # the excluded URL went directly

    s.setValue("proxy/proxyEnabled", False)
    monkeypatch.delenv("HTTP_PROXY")
    with session_with_qgis_proxy() as session:
        assert session.get(f"{registry.url}/conformance").status_code == 200
    assert len(proxy.seen) == 1
