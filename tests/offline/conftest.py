"""Fixtures for the offline package tests: Diepenbeek stores with real boundaries, the real registry.

Features are written through GDAL/OGR, the way QField or ogr2ogr writes a
GeoPackage, so the stores' own triggers record (or, while a package is cut,
do not record) them.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from osgeo import ogr

ogr.UseExceptions()

ROOT = Path(__file__).resolve().parents[2]
BOUNDARIES = ROOT.parent / "shared" / "data" / "municipalities" / "vl_bru_gemeente.shp"

NIS = "71011"  # Diepenbeek
TOKEN = "lekp_test_diepenbeek_invoerder"
#: A point in the middle of Diepenbeek, and a point in Hasselt (EPSG:31370).
CENTRE = (224000.0, 178000.0)
HASSELT = (220500.0, 182500.0)


@pytest.fixture
def registry(tmp_path):
    # imported here: the QGIS 3.40 tier (tests/qgis340.txt) runs the QGIS-side tests without the registry
    from lekp_registry import RegistryConfig, create_app
    from lekp_registry.auth import ApiKey, AuthConfig, hash_key
    from lekp_registry.storage import open_store

    from ..sync.conftest import Registry, ServerThread

    db = str(tmp_path / "registry.sqlite")
    store = open_store(db)
    auth = AuthConfig((ApiKey("diepenbeek", hash_key(TOKEN), NIS, "invoerder"),), None, True)
    server = ServerThread(create_app(RegistryConfig(db=db, auth=auth), store=store)).start()
    reg = Registry(server.url, db, store, server)
    yield reg
    server.stop()
    store.close()


@pytest.fixture
def diepenbeek(tmp_path):
    """A new Diepenbeek store (boundary from ../shared/data)."""
    if not BOUNDARIES.exists():
        pytest.skip(f"{BOUNDARIES} is absent")
    from lekp_plugin.store import create_store

    def make(name: str = "kantoor", nis: str = NIS) -> str:
        path = str(tmp_path / f"{name}.gpkg")
        create_store(path, nis, str(BOUNDARIES))
        return path

    return make


def props(**extra) -> dict:
    p = {"gemeente_nis": NIS, "projectnaam": "Bomen Stationsstraat", "categorie": "boom", "aard": "aanleg",
         "hoeveelheid": 1, "status": "uitgevoerd", "uitvoeringsdatum": "2023-04-01", "domein": "publiek",
         "opgelegd": 0, "bron": "manueel"}
    p.update(extra)
    return p


def add_trees(path: str, points: list[tuple[float, float]], **extra) -> list[str]:
    """Trees written with OGR (as QField would); returns their ids."""
    ds = ogr.Open(path, 1)
    layer = ds.GetLayerByName("verbeteringen_punt")
    ids = []
    layer.StartTransaction()
    for x, y in points:
        f = ogr.Feature(layer.GetLayerDefn())
        fid = str(uuid.uuid4())
        for k, v in props(**extra).items():
            f.SetField(k, v)
        f.SetField("id", fid)
        g = ogr.Geometry(ogr.wkbMultiPoint)
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(x, y)
        g.AddGeometry(p)
        f.SetGeometry(g)
        layer.CreateFeature(f)
        ids.append(fid)
    layer.CommitTransaction()
    ds = None
    return ids


def update(path: str, fid: str, **values) -> None:
    ds = ogr.Open(path, 1)
    for name in ("verbeteringen_punt", "verbeteringen_lijn", "verbeteringen_vlak"):
        layer = ds.GetLayerByName(name)
        layer.SetAttributeFilter(f"id = '{fid}'")
        f = layer.GetNextFeature()
        if f is not None:
            for k, v in values.items():
                f.SetField(k, v)
            layer.SetFeature(f)
            break
    ds = None


def delete(path: str, fid: str) -> None:
    ds = ogr.Open(path, 1)
    for name in ("verbeteringen_punt", "verbeteringen_lijn", "verbeteringen_vlak"):
        layer = ds.GetLayerByName(name)
        layer.SetAttributeFilter(f"id = '{fid}'")
        f = layer.GetNextFeature()
        if f is not None:
            layer.DeleteFeature(f.GetFID())
            break
    ds = None


def outbox(path: str) -> list[tuple]:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT feature_id, op FROM sync_outbox ORDER BY seq").fetchall()
    finally:
        con.close()


def square(cx: float, cy: float, half: float) -> bytes:
    import shapely

    return shapely.to_wkb(shapely.box(cx - half, cy - half, cx + half, cy + half))


def store_features(path: str) -> dict[str, dict]:
    """The store layers' features by id (GeoJSON)."""
    from lekp_plugin.sync import localstore as ls

    con = ls.open_store(path)
    try:
        return {fid: f.feature() for fid, f in ls.read_features(con).items()}
    finally:
        con.close()
