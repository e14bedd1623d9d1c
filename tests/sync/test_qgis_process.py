"""``qgis_process.bin run lekp:sync`` with the packaged plugin in a fresh profile, against the real registry."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from ..qgisrun import QGIS_PROCESS, enabled_profile, env_for
from .conftest import HERZELE, assert_equal_sides, gdal_add, gdal_update

pytestmark = pytest.mark.qgis_process


@pytest.fixture(scope="module")
def profile(tmp_path_factory, plugin_zip) -> Path:
    return enabled_profile(tmp_path_factory.mktemp("syncprofile"), plugin_zip)


def sync(root: Path, store: str, url: str, token: str | None, *extra: str) -> tuple[int, dict, str]:
    env = env_for(root)
    env.pop("LEKP_REGISTRY_TOKEN", None)
    if token is not None:
        env["LEKP_REGISTRY_TOKEN"] = token
    run = subprocess.run([QGIS_PROCESS, "--json", "run", "lekp:sync", "--", f"STORE={store}",
                          f"REGISTRY_URL={url}", *extra], env=env, capture_output=True, text=True, timeout=300)
    out = run.stdout + run.stderr
    results = {}
    if run.returncode == 0:
        start = run.stdout.find("{")
        results = json.loads(run.stdout[start:])["results"]
    return run.returncode, results, out


def test_gdal_features_reach_the_registry_through_qgis_process(profile, registry, make_store):
    store = make_store()
    ids = gdal_add(store, 4) + gdal_add(store, 2, with_id=False, dx=60)
    code, results, out = sync(profile, store, registry.url, HERZELE)
    assert code == 0, out
    assert results["PUSHED"] == 6 and results["CONFLICTS"] == 0 and "6 verzonden" in results["MESSAGE"]
    assert set(ids[:4]) <= set(registry.features()) and len(registry.features()) == 6
    assert_equal_sides(registry, store)
    assert HERZELE not in out

    code, results, out = sync(profile, store, registry.url, HERZELE)
    assert code == 0, out
    assert results["PUSHED"] == 0 and results["REQUESTS"] <= 2

    # a concurrent edit on both sides: the server keeps its version, the store gets a conflict row
    other = make_store("collega")
    from lekp_plugin.sync import run_sync

    run_sync(other, registry.url, HERZELE)
    gdal_update(other, ids[0], projectnaam="Collega was eerst")
    run_sync(other, registry.url, HERZELE)
    before = registry.features()[ids[0]]
    gdal_update(store, ids[0], projectnaam="Ik ook")
    code, results, out = sync(profile, store, registry.url, HERZELE, "POLICY=stop")
    assert code == 0, out
    assert results["CONFLICTS"] == 1 and results["PUSHED"] == 0
    assert registry.features()[ids[0]] == before
    con = sqlite3.connect(store)
    assert con.execute("SELECT feature_id, status FROM sync_conflicten").fetchall() == [(ids[0], "open")]
    con.close()

    # headless resolution: keep mine
    code, results, out = sync(profile, store, registry.url, HERZELE, "POLICY=keep_mine")
    assert code == 0, out
    assert results["CONFLICTS"] == 0
    assert registry.features()[ids[0]]["properties"]["projectnaam"] == "Ik ook"


def test_bad_token_gives_one_dutch_message(profile, registry, make_store):
    store = make_store()
    gdal_add(store, 1)
    code, _results, out = sync(profile, store, registry.url, "lekp_fout_token")
    assert code != 0
    assert "weigert de toegang (401)" in out and "Traceback" not in out and "lekp_fout_token" not in out
    code, _results, out = sync(profile, store, "geen-url", HERZELE)
    assert code != 0 and "geen geldige register-URL" in out and "Traceback" not in out
