"""Independent clients read the registry: GDAL's OAPIF driver and a QGIS OAPIF layer."""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap

import pytest

from .conftest import INSIDE, ITEMS, L72, tree


def _three_features(registry) -> list[str]:
    c = registry.client("herzele")
    x, y = INSIDE["41027"]
    ids = []
    for i in range(3):
        doc = tree(projectnaam=f"Project {i}", hoeveelheid=1)
        doc["geometry"]["coordinates"] = [x + 20 * i, y]
        r = c.post(ITEMS, json=doc, headers=L72)
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
    return ids


def test_ogrinfo_lists_the_features(registry):
    if shutil.which("ogrinfo") is None:
        pytest.skip("ogrinfo (gdal-bin) not installed")
    ids = _three_features(registry)
    env = {**os.environ, "GDAL_HTTP_TIMEOUT": "20"}
    layers = subprocess.run(["ogrinfo", "-ro", f"OAPIF:{registry.url}"], capture_output=True, text=True,
                            timeout=60, env=env)
    assert layers.returncode == 0, layers.stderr
    assert "verbeteringen" in layers.stdout and "gemeenten" in layers.stdout
    out = subprocess.run(["ogrinfo", "-ro", "-al", f"OAPIF:{registry.url}", "verbeteringen"],
                         capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    assert "Feature Count: 3" in out.stdout
    for fid in ids:
        assert fid in out.stdout
    assert "hoeveelheid (Real)" in out.stdout
    assert "POINT (3.8" in out.stdout


QGIS_SCRIPT = textwrap.dedent("""
    import sys
    from qgis.core import QgsApplication, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(f"url='{sys.argv[1]}' typename='verbeteringen'", "verbeteringen", "OAPIF")
    print("VALID", layer.isValid())
    for f in layer.getFeatures():
        p = f.geometry().asPoint()
        print("FEATURE", f["id"], f["projectnaam"], round(p.x(), 3), round(p.y(), 3))
    app.exitQgis()
""")


def test_qgis_oapif_layer_loads_the_features(registry, tmp_path):
    probe = subprocess.run(["/usr/bin/python3", "-c", "import qgis.core"], capture_output=True, timeout=60)
    if probe.returncode != 0:
        pytest.skip("QGIS Python bindings not installed")
    ids = _three_features(registry)
    script = tmp_path / "load_oapif.py"
    script.write_text(QGIS_SCRIPT)
    runtime = tmp_path / "xdg"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:" + os.environ.get("PATH", ""),
           "XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path)}
    out = subprocess.run(["/usr/bin/python3", str(script), registry.url], capture_output=True, text=True,
                         timeout=120, env=env)
    assert "VALID True" in out.stdout, out.stdout + out.stderr
    rows = [line.split() for line in out.stdout.splitlines() if line.startswith("FEATURE")]
    assert sorted(r[1] for r in rows) == sorted(ids)
    for r in rows:
        assert 3.8 < float(r[-2]) < 4.0 and 50.8 < float(r[-1]) < 50.95  # CRS84 lon/lat in Herzele
