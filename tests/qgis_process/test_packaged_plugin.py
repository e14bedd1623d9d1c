"""The packaged plugin where it really runs: QGIS's own Python and qgis_process.bin.

Each test builds the zip with ``scripts/package.py``, unzips it into an empty
QGIS profile (as "Install from ZIP" does) and drives Debian's
``/usr/bin/python3`` and ``/usr/bin/qgis_process.bin`` against that profile,
never the venv.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from ..qgisrun import (
    QGIS_PYTHON,
    env_for,
    fresh_profile,
    install_dependencies,
    qgis_geos_version,
    qgis_process,
)

HERE = Path(__file__).parent

pytestmark = pytest.mark.qgis_process


def load_in_qgis_python(root: Path) -> dict:
    proc = subprocess.run([QGIS_PYTHON, str(HERE / "load_in_qgis_python.py"), str(root)],
                          env=env_for(root), capture_output=True, text=True, timeout=300)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, proc.stdout + proc.stderr
    return json.loads(lines[-1][len("RESULT "):])


def test_zip_holds_what_qgis_needs_and_no_dev_files(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert all(n.startswith("lekp_plugin/") for n in names)
    for required in ("__init__.py", "metadata.txt", "LICENSE", "forms/dock.ui", "resources/icon.svg",
                     "resources/i18n/lekp_en.qm", "core/catalogue.py", "processing/provider.py"):
        assert f"lekp_plugin/{required}" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts", "ruff.toml"))]
    assert not [n for n in names if "/tests/" in n or n.startswith("tests")]


def test_without_dependencies_it_loads_and_says_how_to_install(tmp_path, plugin_zip):
    root = fresh_profile(tmp_path, plugin_zip)
    out = load_in_qgis_python(root)
    assert out["available"] and out["loaded"] and out["started"] and out["provider"]
    assert out["plugin_file"].startswith(str(root))
    if out["shapely"] is not None and int(out["shapely"][0][0]) >= 2:
        pytest.skip(f"this QGIS Python already has shapely {out['shapely']}: nothing is missing")
    lekp = [m for tag, m in out["messages"] if tag == "LEKP"]
    assert any("shapely" in m and "pip install" in m and "dependencies" in m for m in lekp), out
    assert not [m for tag, m in out["messages"] if tag == "Python error"], out
    assert out["unloaded"]
    # the store still works; validation says what to install instead of a traceback
    assert qgis_process(root, "plugins", "enable", "lekp_plugin").returncode == 0
    store = tmp_path / "s.gpkg"
    assert qgis_process(root, "run", "lekp:createstore", "--", "GEMEENTE_NIS=71011",
                        f"OUTPUT={store}").returncode == 0
    run = qgis_process(root, "run", "lekp:validate", f"--INPUT={store}|layername=verbeteringen_vlak",
                       f"--OUTPUT={tmp_path / 'f.csv'}")
    assert run.returncode != 0
    assert "shapely ontbreekt" in run.stdout + run.stderr and "pip install" in run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr


@pytest.fixture(scope="module")
def profile_with_deps(tmp_path_factory, plugin_zip) -> Path:
    """A fresh profile whose python/dependencies folder got shapely as the message says."""
    root = fresh_profile(tmp_path_factory.mktemp("withdeps"), plugin_zip)
    install_dependencies(root)
    return root


def test_dependencies_folder_in_profile_is_found(profile_with_deps):
    """QGIS 3.22 (Debian 12): shapely from the profile's folder; QGIS 3.40 (Debian 13): the distribution's."""
    root = profile_with_deps
    target = root / "profiles" / "default" / "python" / "dependencies"
    out = load_in_qgis_python(root)
    assert out["started"] and out["provider"]
    version, location = out["shapely"]
    assert int(version.split(".")[0]) >= 2
    if (target / "shapely").exists():  # the folder may hold ezdxf alone (deps install_optional)
        assert location.startswith(str(target))
    else:
        # nothing was installed: QGIS's Python has a shapely built for its own GEOS
        assert location.startswith("/usr/lib/python3/"), location
        assert qgis_geos_version() >= (3, 12)
    assert out["core_check"].startswith("Self-intersection")
    assert not [m for tag, m in out["messages"] if "ontbreekt" in m or "Python error" == tag], out


def test_qgis_process_createstore_writes_all_fields(tmp_path, plugin_zip, boundaries_2025):
    from lekp_plugin.core.schema import FIELD_NAMES, GEOMETRY_FAMILIES

    root = fresh_profile(tmp_path, plugin_zip)
    enabled = qgis_process(root, "plugins", "enable", "lekp_plugin")
    assert enabled.returncode == 0, enabled.stderr
    listed = qgis_process(root, "list")
    assert "lekp:createstore" in listed.stdout
    out = tmp_path / "diepenbeek.gpkg"
    run = qgis_process(root, "run", "lekp:createstore", "--", "GEMEENTE_NIS=71011",
                       f"BOUNDARY={boundaries_2025}", f"OUTPUT={out}")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "GEMEENTE_NAAM:\tDiepenbeek" in run.stdout

    ogrinfo = shutil.which("ogrinfo", path="/usr/bin")
    for fam in GEOMETRY_FAMILIES:
        info = subprocess.run([ogrinfo, "-so", str(out), fam.layer_name], capture_output=True,
                              text=True, check=True).stdout
        listed_fields = [ln.split(":")[0].strip() for ln in info.splitlines()
                         if ln.strip() and ln.split(":")[0].strip() in FIELD_NAMES]
        assert listed_fields == list(FIELD_NAMES), info
        assert "EPSG\",31370" in info.replace(" ", "")

    # a bad NIS code fails with the store's Dutch message and writes nothing
    bad = qgis_process(root, "run", "lekp:createstore", "--", "GEMEENTE_NIS=73006",
                       f"OUTPUT={tmp_path / 'bilzen.gpkg'}")
    assert bad.returncode != 0
    assert "gebruik 73110" in bad.stdout + bad.stderr
    assert not (tmp_path / "bilzen.gpkg").exists()


def test_qgis_process_validate_in_qgis_python(tmp_path, profile_with_deps, boundaries_2025):
    """lekp:validate needs shapely 2: run it where the plugin really runs."""
    from osgeo import ogr

    root = profile_with_deps
    enabled = qgis_process(root, "plugins", "enable", "lekp_plugin")
    assert enabled.returncode == 0 or "already enabled" in enabled.stdout + enabled.stderr
    store = tmp_path / "s.gpkg"
    made = qgis_process(root, "run", "lekp:createstore", "--", "GEMEENTE_NIS=71011",
                        f"BOUNDARY={boundaries_2025}", f"OUTPUT={store}")
    assert made.returncode == 0, made.stdout + made.stderr
    ds = ogr.Open(str(store), 1)
    layer = ds.GetLayerByName("verbeteringen_vlak")
    feat = ogr.Feature(layer.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt(
        "MULTIPOLYGON (((224000 178000,224020 178020,224020 178000,224000 178020,224000 178000)))"))
    for key, value in {"id": "c0000000-0000-4000-8000-000000000001", "projectnaam": "Bowtie",
                       "categorie": "ontharding", "hoeveelheid": 10, "status": "uitgevoerd",
                       "uitvoeringsdatum": "2024-01-10"}.items():
        feat.SetField(key, value)
    layer.CreateFeature(feat)
    ds = None
    findings, report = tmp_path / "findings.csv", tmp_path / "rapport.html"
    run = qgis_process(root, "run", "lekp:validate",
                       f"--INPUT={store}|layername=verbeteringen_vlak",
                       f"--INPUT={store}|layername=verbeteringen_punt",
                       f"--BOUNDARY={store}|layername=gemeentegrens", "--PEILDATUM=2026-06-30",
                       f"--OUTPUT={findings}", f"--REPORT_HTML={report}")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "LEKP-G002: 1" in run.stdout
    text = findings.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("feature_id,code,severity,message")
    assert "c0000000-0000-4000-8000-000000000001,LEKP-G002,error" in text
    assert "LEKP-G002" in report.read_text(encoding="utf-8")


def test_a_shapely_wheel_built_for_a_newer_geos_is_refused(tmp_path, plugin_zip, boundaries_2025):
    """QGIS 3.22 runs GEOS 3.11: a shapely 2.1 wheel (built for GEOS 3.13) in the profile is refused
    with the message that says what fits, and lekp:validate stops before it calls into GEOS."""
    geos = qgis_geos_version()
    if geos >= (3, 13):
        pytest.skip(f"this QGIS runs GEOS {geos[0]}.{geos[1]}: shapely 2.1 fits it (refusal tested on 3.22)")
    root = fresh_profile(tmp_path, plugin_zip)
    target = root / "profiles" / "default" / "python" / "dependencies"
    subprocess.run([QGIS_PYTHON, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    "shapely==2.1.2"], env=env_for(root), check=True, timeout=600)
    out = load_in_qgis_python(root)
    assert out["shapely"][0] == "2.1.2" and out["shapely"][1].startswith(str(target))
    lekp = " ".join(m for tag, m in out["messages"] if tag == "LEKP")
    assert "shapely 2.1.2 is te nieuw voor de GEOS van QGIS: gebouwd voor GEOS 3.13" in lekp, out
    assert '"shapely>=2.0,<2.1"' in lekp and "--target" in lekp, lekp

    assert qgis_process(root, "plugins", "enable", "lekp_plugin").returncode == 0
    store = tmp_path / "s.gpkg"
    made = qgis_process(root, "run", "lekp:createstore", "--", "GEMEENTE_NIS=71011",
                        f"BOUNDARY={boundaries_2025}", f"OUTPUT={store}")
    assert made.returncode == 0, made.stdout + made.stderr
    run = qgis_process(root, "run", "lekp:validate", f"--INPUT={store}|layername=verbeteringen_vlak",
                       f"--OUTPUT={tmp_path / 'f.csv'}")
    text = run.stdout + run.stderr
    assert run.returncode != 0
    assert "te nieuw voor de GEOS van QGIS" in text and "shapely>=2.0,<2.1" in text, text
    assert "Traceback" not in text
