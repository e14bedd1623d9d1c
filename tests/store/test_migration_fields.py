"""Store migration step 3: the SPEC §3 fields ``gegroepeerd`` and ``bron_sleutel``.

A store made before step 3 lacks both columns; opening it upgrades it, GDAL
and QGIS then see a boolean and a 255-character text field, and the sync
outbox records their values.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
import uuid

from osgeo import ogr

from lekp_plugin.core.schema import FIELD_NAMES
from lekp_plugin.store import geopackage, migrations
from lekp_plugin.store import sqlite as sq

NEW = ("gegroepeerd", "bron_sleutel")


def make_v2_store(path: str) -> str:
    """A store as sync's first version made it: schema version 2, without the step-3 columns."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    geopackage._create_layers(ds, "71011", None)
    ds = None
    geopackage._finish_sql(path, {"schema_version": "1", "gemeente_nis": "71011", "gemeente_naam": "",
                                  "aangemaakt_op": _dt.datetime.now(_dt.UTC).isoformat(),
                                  "plugin_versie": "", "crs": "EPSG:31370"})
    con = sq.connect(path)
    try:
        for table in migrations.STORE_LAYERS:
            for name in NEW:
                con.execute(f'ALTER TABLE "{table}" DROP COLUMN "{name}"')
    finally:
        con.close()
    migrations.step_2(path)
    return path


def ogr_fields(path: str, layer: str) -> dict[str, tuple[int, int, int]]:
    """``{name: (type, subtype, width)}`` as GDAL reads the layer."""
    ds = ogr.Open(path)
    defn = ds.GetLayerByName(layer).GetLayerDefn()
    out = {}
    for i in range(defn.GetFieldCount()):
        fd = defn.GetFieldDefn(i)
        out[fd.GetName()] = (fd.GetType(), fd.GetSubType(), fd.GetWidth())
    ds = None
    return out


def test_an_old_store_gets_both_fields_with_their_types(tmp_path):
    path = make_v2_store(str(tmp_path / "oud.gpkg"))
    assert not set(NEW) & set(ogr_fields(path, "verbeteringen_punt"))
    assert migrations.upgrade(path) == 2
    for layer in (*migrations.STORE_LAYERS, migrations.REFERENCE_LAYER):
        fields = ogr_fields(path, layer)
        assert fields["gegroepeerd"][:2] == (ogr.OFTInteger, ogr.OFSTBoolean)
        assert fields["bron_sleutel"][0] == ogr.OFTString and fields["bron_sleutel"][2] == 255
    # idempotent: the step again, and upgrade again, change nothing
    migrations.step_3(path)
    assert migrations.upgrade(path) == migrations.LATEST


def test_a_new_store_has_every_schema_field_once(tmp_path):
    path = str(tmp_path / "nieuw.gpkg")
    geopackage.create_store(path, "71011")
    for layer in migrations.STORE_LAYERS:
        names = list(ogr_fields(path, layer))
        assert sorted(n for n in names if n in FIELD_NAMES) == sorted(n for n in FIELD_NAMES if n != "fid")


def test_the_outbox_records_the_new_fields_after_the_upgrade(tmp_path):
    path = make_v2_store(str(tmp_path / "oud.gpkg"))
    migrations.upgrade(path)
    ds = ogr.Open(path, 1)
    layer = ds.GetLayerByName("verbeteringen_vlak")
    f = ogr.Feature(layer.GetLayerDefn())
    fid = str(uuid.uuid4())
    for k, v in {"id": fid, "gemeente_nis": "71011", "projectnaam": "Geveltuinactie", "categorie": "geveltuin",
                 "hoeveelheid": 250.0, "status": "uitgevoerd", "uitvoeringsdatum": "2024-05-01",
                 "gegroepeerd": 1, "bron_sleutel": "campagne-2024"}.items():
        f.SetField(k, v)
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        "MULTIPOLYGON(((220000 180000,220100 180000,220100 180100,220000 180000)))"))
    layer.CreateFeature(f)
    ds = None
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT op, new_values FROM sync_outbox WHERE feature_id = ?", (fid,)).fetchall()
    finally:
        con.close()
    assert [op for op, _ in rows] == ["insert"]
    values = json.loads(rows[0][1])
    assert values["gegroepeerd"] == 1 and values["bron_sleutel"] == "campagne-2024"
