"""Fixtures for the registry tests: real servers on 127.0.0.1, real databases.

Every registry test runs against both stores: an SQLite file in ``tmp_path``
and, when ``LEKP_TEST_PG_DSN`` points at a PostGIS database (see
``scripts/postgis.sh start``), a fresh schema in it.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import uvicorn

from lekp_registry import RegistryConfig, create_app
from lekp_registry.auth import ApiKey, AuthConfig, hash_key
from lekp_registry.server import ServerLimits, uvicorn_config
from lekp_registry.storage import open_store

ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = ROOT.parent / "shared" / "data"
BOUNDARIES = SHARED_DATA / "municipalities" / "vl_bru_gemeente.shp"
POPULATION = SHARED_DATA / "population" / "statbel_bevolking_per_gemeente_2020_bmesuere.csv"
PG_DSN = os.environ.get("LEKP_TEST_PG_DSN")

#: A point inside each gemeente (EPSG:31370).
INSIDE = {"41027": (116931.0, 173400.0), "44021": (105477.0, 197291.0), "44086": (99489.0, 184863.0)}

#: Bearer tokens of the test API keys: name → (token, gemeente, rol).
KEYS = {
    "herzele": ("lekp_test_herzele_invoerder", "41027", "invoerder"),
    "herzele-lezer": ("lekp_test_herzele_lezer", "41027", "lezer"),
    "gent": ("lekp_test_gent_invoerder", "44021", "invoerder"),
    "nazareth": ("lekp_test_nazareth_de_pinte", "44086", "invoerder"),
    "vlaanderen": ("lekp_test_beheerder_all", "*", "beheerder"),
}


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: load tests (minutes); deselect with -m 'not slow'")


def auth_config(public_read: bool = True, oidc=None) -> AuthConfig:
    return AuthConfig(tuple(ApiKey(name, hash_key(tok), nis, rol) for name, (tok, nis, rol) in KEYS.items()),
                      oidc, public_read)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerThread:
    """uvicorn serving an app on 127.0.0.1 (random free port) in a thread."""

    def __init__(self, app, limits: ServerLimits | None = None) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        limits = limits or ServerLimits(read_timeout=30, max_connections=500, keep_alive=30)
        self.server = uvicorn.Server(uvicorn_config(app, limits, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)

    def start(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("registry server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.sock.close()


@pytest.fixture(params=["sqlite", "postgis"])
def db(request, tmp_path):
    """A fresh, empty database: an SQLite file or a new PostGIS schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "registry.sqlite")
        return
    if not PG_DSN:
        pytest.skip("PostGIS store: LEKP_TEST_PG_DSN is not set (run scripts/postgis.sh start and export it)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_DSN else "?"
    yield f"{PG_DSN}{sep}options=-csearch_path%3D{schema},public"
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@dataclass
class Registry:
    url: str
    store: object
    server: ServerThread
    clients: list[httpx.Client] = field(default_factory=list)

    def client(self, who: str | None = "herzele", **kw) -> httpx.Client:
        headers = dict(kw.pop("headers", {}))
        if who is not None:
            headers["Authorization"] = f"Bearer {KEYS[who][0]}"
        c = httpx.Client(base_url=self.url, headers=headers, timeout=30, **kw)
        self.clients.append(c)
        return c


def start_registry(db: str, **config) -> Registry:
    config.setdefault("auth", auth_config())
    store = open_store(db)
    app = create_app(RegistryConfig(db=db, **config), store=store)
    server = ServerThread(app).start()
    return Registry(server.url, store, server)


def stop_registry(reg: Registry) -> None:
    for c in reg.clients:
        c.close()
    reg.server.stop()
    reg.store.close()


@pytest.fixture
def registry(db):
    reg = start_registry(db)
    yield reg
    stop_registry(reg)


@pytest.fixture
def registry_factory(db):
    started = []

    def make(**config) -> Registry:
        reg = start_registry(db, **config)
        started.append(reg)
        return reg

    yield make
    for reg in started:
        stop_registry(reg)


def needs_shared_data():
    if not BOUNDARIES.exists():
        pytest.skip(f"shared test data not found at {SHARED_DATA}")


def tree(nis: str = "41027", fid: str | None = None, **props) -> dict:
    """A valid GeoJSON tree feature in EPSG:31370 (send with the Content-Crs header)."""
    x, y = INSIDE[nis]
    p = {"gemeente_nis": nis, "projectnaam": "Straatbomen Kerkstraat", "categorie": "boom",
         "aard": "aanleg", "hoeveelheid": 1, "status": "uitgevoerd", "uitvoeringsdatum": "2023-04-01",
         "domein": "publiek", "opgelegd": False, "bron": "manueel"}
    p.update(props)
    doc = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [x, y]}, "properties": p}
    if fid is not None:
        doc["id"] = fid
    return doc


L72 = {"Content-Crs": "<http://www.opengis.net/def/crs/EPSG/0/31370>"}
ITEMS = "/collections/verbeteringen/items"
