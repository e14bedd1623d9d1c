"""The plugin in the real QGIS desktop window (Xvfb), installed from its zip.

Installs the packaged plugin and shapely into a fresh profile, starts
``/usr/bin/qgis`` on a virtual screen with a startup script, and checks what
the LEKP dock showed after digitizing: live validation findings and map
markers.  A screenshot is kept next to the JSON result for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import qgis_env
from ..qgisrun import QGIS_PROCESS, env_for, fresh_profile, install_dependencies

HERE = Path(__file__).parent
pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run missing (apt xvfb)")


def test_live_validation_in_the_desktop(tmp_path, plugin_zip, boundaries_2025):
    from lekp_plugin.store import create_store

    root = fresh_profile(tmp_path, plugin_zip)
    install_dependencies(root)
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "lekp_plugin"], env=env_for(root),
                   capture_output=True, timeout=300, check=True)
    store = tmp_path / "diepenbeek.gpkg"
    create_store(str(store), "71011", str(boundaries_2025))

    out = tmp_path / "desktop.json"
    env = qgis_env()
    env.pop("QT_QPA_PLATFORM")
    env.update(LEKP_DESKTOP_OUT=str(out), LEKP_DESKTOP_STORE=str(store), PYTHONNOUSERSITE="1")
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "/usr/bin/qgis", "--profiles-path", str(root),
         "--nologo", "--noversioncheck", "--code", str(HERE / "desktop_script.py")],
        env=env, capture_output=True, text=True, timeout=300)
    assert out.exists(), proc.stdout[-3000:] + proc.stderr[-3000:]
    result = json.loads(out.read_text())
    assert "error" not in result, result["error"]
    assert result["dock_found"] and result["opened"] and result["editing"]
    # bow-tie → G002; the 4 m² perk → A001 and A002
    assert {"LEKP-G002", "LEKP-A001", "LEKP-A002"} <= set(result["codes"]), result
    assert result["summary"].startswith(f"{len(result['codes'])} fouten")
    assert result["bands"] >= 2
    assert result["cut"] == [], "messages cut off in the dock's list"
    if os.environ.get("LEKP_SCREENS"):
        screens = Path(os.environ["LEKP_SCREENS"])
        screens.mkdir(parents=True, exist_ok=True)
        for suffix, name in ((".png", "desktop-live-validation.png"), (".dock.png", "desktop-dock.png"),
                             (".marks.png", "desktop-marks.png")):
            shutil.copy(str(out) + suffix, screens / name)
        for png in tmp_path.glob("desktop.json.dock-*.png"):
            shutil.copy(png, screens / png.name.replace("desktop.json.", "desktop-"))
    assert Path(str(out) + ".png").stat().st_size > 10_000
