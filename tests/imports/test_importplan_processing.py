"""``lekp:importplan``: in QGIS (pytest-qgis) and through ``qgis_process.bin`` with the packaged plugin."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import verkavelingsplan

from ..qgisrun import QGIS_PROCESS, enabled_profile, env_for
from .conftest import TODAY, outbox, store_rows


def _run(params: dict) -> tuple[dict | None, str | None]:
    """(results, None) or (None, message); holds no QGIS objects after it returns."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingException,
        QgsProcessingFeedback,
    )

    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:importplan")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    ok, check = alg.checkParameterValues(params, context)
    results, message = None, None
    if not ok:
        message = check
    else:
        try:
            results, ok = alg.run(params, context, feedback, {}, False)
        except QgsProcessingException as exc:
            message = str(exc)
    del alg, context, feedback, params
    return results, message


def test_import_dry_run_then_write(provider, plan, store):
    base = {"INPUT": str(plan), "STORE": str(store), "PEILDATUM": TODAY.isoformat()}
    results, message = _run({**base, "DRY_RUN": True})
    assert message is None, message
    assert results["CREATED"] == 26 and results["REFUSED"] == 1 and results["IGNORED"] == 9
    assert store_rows(store) == [] and outbox(store) == []
    assert "natuurgroenperk: 5 objecten" in results["SUMMARY"]
    results, message = _run(base)
    assert message is None, message
    assert results["CREATED"] == 26 and len(store_rows(store)) == 26
    results, message = _run(base)
    assert (results["CREATED"], results["UPDATED"], results["UNCHANGED"]) == (0, 0, 26)


def test_opgelegd_choice(provider, plan, store):
    results, message = _run({"INPUT": str(plan), "STORE": str(store), "OPGELEGD": "ja",
                             "PEILDATUM": TODAY.isoformat()})
    assert message is None, message
    import sqlite3

    con = sqlite3.connect(store)
    assert con.execute("SELECT min(opgelegd) FROM verbeteringen_punt").fetchone()[0] == 1
    con.close()


@pytest.mark.parametrize(("params", "fragment"), [
    ({"INPUT": "/nergens/plan.dxf"}, "bestaat niet"),
    ({"PROFILE": "Onbekend profiel"}, "Importprofiel 'Onbekend profiel' bestaat niet"),
    ({"PEILDATUM": "31/12/2026"}, "geen datum"),
    ({"OPGELEGD": "misschien"}, None),
    ({"CRS": "EPSG:3812"}, "LEKP-G004"),
])
def test_bad_parameters_give_a_clear_message(provider, plan, store, params, fragment):
    _results, message = _run({"INPUT": str(plan), "STORE": str(store), **params})
    assert message, params
    if fragment:
        assert fragment in message
    assert "Traceback" not in message
    assert store_rows(store) == []


def test_store_that_is_no_store(provider, plan, tmp_path):
    other = tmp_path / "ander.gpkg"
    shutil.copy(plan, other)
    _results, message = _run({"INPUT": str(plan), "STORE": str(other)})
    assert "geen LEKP-opslag" in message


# -- qgis_process.bin with the packaged plugin ------------------------------------------


@pytest.fixture(scope="module")
def qgis_profile(tmp_path_factory, plugin_zip) -> Path:
    return enabled_profile(tmp_path_factory.mktemp("importprofile"), plugin_zip)


def add_ezdxf(root: Path) -> None:
    """ezdxf (pure Python) and typing_extensions into the profile's python/dependencies.

    Copied from this test environment's installation (the same CPython as QGIS's), as
    ``pip install --target`` would put them; the plugin's dependency installer will do this.
    """
    import ezdxf
    import typing_extensions

    target = root / "profiles" / "default" / "python" / "dependencies"
    shutil.copytree(Path(ezdxf.__file__).parent, target / "ezdxf", dirs_exist_ok=True)
    shutil.copy(typing_extensions.__file__, target / "typing_extensions.py")


def qgis_import(root: Path, *args: str) -> tuple[int, dict, str]:
    run = subprocess.run([QGIS_PROCESS, "--json", "run", "lekp:importplan", "--", *args], env=env_for(root),
                         capture_output=True, text=True, timeout=300)
    out = run.stdout + run.stderr
    results = {}
    if run.returncode == 0:
        results = json.loads(run.stdout[run.stdout.find("{"):])["results"]
    return run.returncode, results, out


@pytest.mark.qgis_process
def test_qgis_process_import(qgis_profile, plan, store, shared_data):
    args = (f"INPUT={plan}", f"STORE={store}", f"PEILDATUM={TODAY.isoformat()}")
    target = qgis_profile / "profiles" / "default" / "python" / "dependencies"
    if not (target / "ezdxf").exists():
        # without ezdxf the DXF import refuses to run, with the Dutch message, and writes nothing
        code, _results, out = qgis_import(qgis_profile, *args)
        assert code != 0 and "ezdxf" in out and "niets geïmporteerd" in out and "Traceback" not in out
        assert store_rows(store) == []
        add_ezdxf(qgis_profile)
    code, results, out = qgis_import(qgis_profile, *args, "DRY_RUN=true")
    assert code == 0, out
    assert results["CREATED"] == 26 and store_rows(store) == []
    code, results, out = qgis_import(qgis_profile, *args)
    assert code == 0, out
    assert (results["CREATED"], results["REFUSED"]) == (26, 1) and len(store_rows(store)) == 26
    code, results, out = qgis_import(qgis_profile, *args, "OPGELEGD=ja")
    assert code == 0, out
    assert results["CREATED"] == 0 and results["UPDATED"] == 25  # now imposed: updated, not duplicated
    # the GEODATA drawing: refused with LEKP-G004 whatever the CRS
    houses = shared_data / "dxf" / "ezdxf" / "houses_of_parliament_georeferenced.dxf"
    for crs in ((), ("CRS=EPSG:31370",)):
        code, _results, out = qgis_import(qgis_profile, f"INPUT={houses}", f"STORE={store}", *crs)
        assert code != 0 and "LEKP-G004" in out and "GEODATA" in out and "EPSG:27700" in out
        assert "Traceback" not in out
    # Lambert 2008 stated on the command line
    from pyproj import Transformer

    x, y = Transformer.from_crs(31370, 3812, always_xy=True).transform(*verkavelingsplan.DIEPENBEEK)
    l08 = verkavelingsplan.make_plan(str(plan.with_name("plan_l08.dxf")), origin=(x, y))
    code, results, out = qgis_import(qgis_profile, f"INPUT={l08}", f"STORE={store}", "CRS=EPSG:3812",
                                     "DRY_RUN=true", "PROJECTNAAM=Lambert 2008")
    assert code == 0, out
    assert "3812" in results["SUMMARY"]


def test_profile_from_a_json_file(provider, plan, store, tmp_path):
    from lekp_plugin.imports.profiles import profile_from_dict, save_profile

    profile = profile_from_dict({"naam": "Alleen bomen", "regels": [
        {"patroon": "BOMEN", "soort": "exact", "categorie": "boom", "status": "uitgevoerd",
         "uitvoeringsdatum": "2026-03-01"}]})
    path = tmp_path / "alleen_bomen.json"
    save_profile(profile, str(path))
    results, message = _run({"INPUT": str(plan), "STORE": str(store), "PROFILE": str(path),
                             "PEILDATUM": TODAY.isoformat()})
    assert message is None, message
    assert results["CREATED"] == 18 and "boom: 18" in results["SUMMARY"]
