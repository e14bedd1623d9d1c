"""A package copied back while still open (edits only in its -wal), and bad input: each gives a clear
message and leaves nothing half-written."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess

import pytest
from osgeo import ogr

from lekp_plugin.offline import OfflineError, make_package_store, merge_package

from .conftest import CENTRE, NIS, add_trees, square, store_features


def _copy(files: list[str], folder) -> str:
    folder.mkdir()
    for f in files:
        shutil.copy2(f, folder / os.path.basename(f))
    return str(folder / os.path.basename(files[0]))


def test_edits_only_in_the_wal_arrive_with_it_and_a_missing_wal_is_refused(tmp_path, diepenbeek):
    office = diepenbeek()
    (tmp_path / "veld").mkdir()
    pkg = make_package_store(office, str(tmp_path / "veld" / "pakket.gpkg")).path
    con = sqlite3.connect(pkg)
    con.execute("PRAGMA journal_mode = WAL")  # what QGIS and QField do when they open a GeoPackage
    con.close()

    # the field device has the package open: its edits are committed, but only into the -wal
    ds = ogr.Open(pkg, 1)
    ds.ExecuteSQL("PRAGMA wal_autocheckpoint = 0")
    layer = ds.GetLayerByName("verbeteringen_punt")
    layer.StartTransaction()
    f = ogr.Feature(layer.GetLayerDefn())
    for k, v in {"id": "7c1f6d43-2b51-4a39-9d5e-0a8a3f1c2d11", "gemeente_nis": NIS, "projectnaam": "Veld",
                 "categorie": "boom", "aard": "aanleg", "hoeveelheid": 1, "status": "uitgevoerd",
                 "uitvoeringsdatum": "2024-05-02", "domein": "publiek", "bron": "veld"}.items():
        f.SetField(k, v)
    f.SetGeometry(ogr.CreateGeometryFromWkt(f"MULTIPOINT ({CENTRE[0]} {CENTRE[1]})"))
    layer.CreateFeature(f)
    layer.CommitTransaction()
    assert os.path.getsize(pkg + "-wal") > 0
    with_wal = _copy([pkg, pkg + "-wal", pkg + "-shm"], tmp_path / "met_wal")
    without_wal = _copy([pkg, pkg + "-shm"], tmp_path / "zonder_wal")
    bare = sqlite3.connect(f"file:{with_wal}?immutable=1", uri=True)  # the main file alone, as copied
    assert bare.execute("SELECT count(*) FROM verbeteringen_punt").fetchone()[0] == 0  # edit not in it
    bare.close()
    ds = None

    with pytest.raises(OfflineError) as err:
        merge_package(str(tmp_path / "zonder_wal"), office)
    assert err.value.code == "wal_missing"
    assert "pakket.gpkg-wal" in err.value.text("nl") and "ontbreekt" in err.value.text("nl")
    assert store_features(office) == {}  # nothing merged without those edits
    assert os.path.exists(without_wal + "-shm")  # the evidence is left as it was

    result = merge_package(str(tmp_path / "met_wal"), office)
    assert result.created == 1
    assert set(store_features(office)) == {"7c1f6d43-2b51-4a39-9d5e-0a8a3f1c2d11"}


def test_an_area_outside_the_gemeente_is_refused(tmp_path, diepenbeek):
    office = diepenbeek()
    with pytest.raises(OfflineError) as err:
        make_package_store(office, str(tmp_path / "p.gpkg"), square(200000, 200000, 500))
    assert err.value.code == "area_outside"
    assert "buiten gemeente 71011" in err.value.text("nl")
    assert [n for n in os.listdir(tmp_path) if not n.startswith("kantoor.gpkg")] == []


def test_a_store_with_open_conflicts_is_refused(tmp_path, diepenbeek):
    office = diepenbeek()
    (fid,) = add_trees(office, [CENTRE])
    con = sqlite3.connect(office)
    con.execute("INSERT INTO sync_conflicten(feature_id, laag, oorzaak) VALUES (?, 'verbeteringen_punt', '412')",
                (fid,))
    con.commit()
    con.close()
    with pytest.raises(OfflineError) as err:
        make_package_store(office, str(tmp_path / "p.gpkg"))
    assert err.value.code == "conflicts"
    assert "1 open synchronisatieconflict" in err.value.text("nl")
    assert [n for n in os.listdir(tmp_path) if not n.startswith("kantoor.gpkg")] == []


def test_a_package_of_another_gemeente_is_not_merged(tmp_path, diepenbeek):
    office = diepenbeek()
    hasselt = diepenbeek("hasselt", "71072")
    pkg = make_package_store(hasselt, str(tmp_path / "hasselt_pakket.gpkg")).path
    add_trees(pkg, [(220500.0, 182500.0)], gemeente_nis="71072")
    with pytest.raises(OfflineError) as err:
        merge_package(pkg, office)
    assert err.value.code == "other_gemeente"
    assert "gemeente 71072" in err.value.text("nl") and "gemeente 71011" in err.value.text("nl")
    assert store_features(office) == {}


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a 1 MB tmpfs needs root")
def test_a_full_disk_leaves_nothing_half_written(tmp_path, diepenbeek):
    office = diepenbeek()
    add_trees(office, [(CENTRE[0] + (i % 60) * 4, CENTRE[1] + (i // 60) * 4) for i in range(3000)])
    assert os.path.getsize(office) > 1024 * 1024
    small = tmp_path / "klein"
    small.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(small)], check=True)
    try:
        with pytest.raises(OfflineError) as err:
            make_package_store(office, str(small / "pakket.gpkg"))
        assert err.value.code == "disk_full"
        assert "niet genoeg schijfruimte" in err.value.text("nl")
        assert os.listdir(small) == []
    finally:
        subprocess.run(["umount", "-l", str(small)], check=True)  # lazy: QGIS 3.22 may still hold a file
