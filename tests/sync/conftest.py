"""Fixtures for the sync tests: the real registry on 127.0.0.1, real GeoPackage stores.

The server part is copied from ``tests/registry/conftest.py`` (SQLite store
in ``tmp_path``); features are written into stores through GDAL/OGR, the way
ogr2ogr or another tool would, so the outbox triggers are what records them.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from osgeo import ogr

from lekp_registry import RegistryConfig, create_app
from lekp_registry.auth import ApiKey, AuthConfig, hash_key
from lekp_registry.storage import open_store

from ..registry.conftest import ServerThread

ogr.UseExceptions()

ROOT = Path(__file__).resolve().parents[2]
PG_DSN = os.environ.get("LEKP_TEST_PG_DSN")
SHARED_DATA = ROOT.parent / "shared" / "data"
BOUNDARIES = SHARED_DATA / "municipalities" / "vl_bru_gemeente.shp"

#: A point inside each gemeente (EPSG:31370).
INSIDE = {"41027": (116931.0, 173400.0), "44021": (105477.0, 197291.0), "44086": (99489.0, 184863.0)}

KEYS = {
    "herzele": ("lekp_test_herzele_invoerder", "41027", "invoerder"),
    "herzele-lezer": ("lekp_test_herzele_lezer", "41027", "lezer"),
    "gent": ("lekp_test_gent_invoerder", "44021", "invoerder"),
    "nazareth": ("lekp_test_nazareth_de_pinte", "44086", "invoerder"),
    "vlaanderen": ("lekp_test_beheerder_all", "*", "beheerder"),  # may move features between gemeenten
}
HERZELE = KEYS["herzele"][0]
L72 = {"Content-Crs": "<http://www.opengis.net/def/crs/EPSG/0/31370>"}
ITEMS = "/collections/verbeteringen/items"


def auth_config() -> AuthConfig:
    return AuthConfig(tuple(ApiKey(name, hash_key(tok), nis, rol) for name, (tok, nis, rol) in KEYS.items()),
                      None, True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Registry:
    url: str
    db: str
    store: object
    server: ServerThread

    def client(self, who: str | None = "herzele") -> httpx.Client:
        headers = {"Authorization": f"Bearer {KEYS[who][0]}"} if who else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)

    def features(self, nis: str = "41027") -> dict[str, dict]:
        """The registry's current features of a gemeente, by id (EPSG:31370)."""
        with self.client(None) as c:
            r = c.get(ITEMS, params={"gemeente_nis": nis, "limit": 10000,
                                     "crs": "http://www.opengis.net/def/crs/EPSG/0/31370"})
            r.raise_for_status()
            return {f["id"]: f for f in r.json()["features"]}


def _serve(db: str):
    store = open_store(db)
    app = create_app(RegistryConfig(db=db, auth=auth_config()), store=store)
    server = ServerThread(app).start()
    return Registry(server.url, db, store, server)


@pytest.fixture
def registry(tmp_path):
    """The registry on an SQLite file."""
    reg = _serve(str(tmp_path / "registry.sqlite"))
    yield reg
    reg.server.stop()
    reg.store.close()


@pytest.fixture(params=["sqlite", "postgis"])
def any_registry(request, tmp_path):
    """The registry on SQLite and, when ``LEKP_TEST_PG_DSN`` is set, on a fresh PostGIS schema."""
    if request.param == "sqlite":
        reg = _serve(str(tmp_path / "registry.sqlite"))
        yield reg
        reg.server.stop()
        reg.store.close()
        return
    if not PG_DSN:
        pytest.skip("PostGIS registry: LEKP_TEST_PG_DSN is not set (scripts/postgis.sh start)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_DSN else "?"
    reg = _serve(f"{PG_DSN}{sep}options=-csearch_path%3D{schema},public")
    yield reg
    reg.server.stop()
    reg.store.close()
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def make_store(tmp_path):
    from lekp_plugin.store import create_store

    def make(name: str = "store", nis: str = "41027", boundary: bool = False) -> str:
        path = str(tmp_path / f"{name}.gpkg")
        create_store(path, nis, str(BOUNDARIES) if boundary else None)
        return path

    return make


def tree_props(nis: str = "41027", **props) -> dict:
    p = {"gemeente_nis": nis, "projectnaam": "Straatbomen Kerkstraat", "categorie": "boom",
         "aard": "aanleg", "hoeveelheid": 1, "status": "uitgevoerd", "uitvoeringsdatum": "2023-04-01",
         "domein": "publiek", "opgelegd": False, "bron": "manueel"}
    p.update(props)
    return p


def gdal_add(path: str, n: int = 1, nis: str = "41027", with_id: bool = True, dx: float = 0.0,
             **props) -> list[str]:
    """Add ``n`` trees through OGR (like ogr2ogr would); returns their ids (None-id rows get one by trigger)."""
    ds = ogr.Open(path, 1)
    layer = ds.GetLayerByName("verbeteringen_punt")
    x0, y0 = INSIDE[nis]
    ids = []
    layer.StartTransaction()
    for i in range(n):
        f = ogr.Feature(layer.GetLayerDefn())
        fid = str(uuid.uuid4()) if with_id else None
        for k, v in tree_props(nis, **props).items():
            if isinstance(v, bool):
                v = int(v)
            f.SetField(k, v)
        if fid:
            f.SetField("id", fid)
        g = ogr.Geometry(ogr.wkbMultiPoint)
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(x0 + dx + (i % 100) * 3.0, y0 + (i // 100) * 3.0)
        g.AddGeometry(p)
        f.SetGeometry(g)
        layer.CreateFeature(f)
        ids.append(fid)
    layer.CommitTransaction()
    ds = None
    return ids


def gdal_update(path: str, fid: str, **props) -> None:
    ds = ogr.Open(path, 1)
    layer = ds.GetLayerByName("verbeteringen_punt")
    layer.SetAttributeFilter(f"id = '{fid}'")
    f = layer.GetNextFeature()
    for k, v in props.items():
        f.SetField(k, v)
    layer.SetFeature(f)
    ds = None


def gdal_delete(path: str, fid: str) -> None:
    ds = ogr.Open(path, 1)
    layer = ds.GetLayerByName("verbeteringen_punt")
    layer.SetAttributeFilter(f"id = '{fid}'")
    f = layer.GetNextFeature()
    layer.DeleteFeature(f.GetFID())
    ds = None


def store_features(path: str) -> dict[str, dict]:
    """The store layers' features by id: {"properties", "geometry" (shapely)}."""
    from lekp_plugin.sync import localstore as ls

    con = ls.open_store(path)
    try:
        return {fid: f.feature() for fid, f in ls.read_features(con).items()}
    finally:
        con.close()


def assert_equal_sides(reg: Registry, path: str, nis: str = "41027") -> None:
    """Registry and store hold the same features (properties and geometry), each once."""
    from lekp_plugin.sync import localstore as ls

    there = reg.features(nis)
    here = store_features(path)
    assert set(there) == set(here)
    for fid, feat in here.items():
        assert ls.comparable(feat) == ls.comparable(there[fid]), fid
