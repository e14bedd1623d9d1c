"""The plugin in the real QGIS desktop window (Xvfb), installed from its zip.

Installs the packaged plugin and shapely into a fresh profile, starts
``/usr/bin/qgis`` on a virtual screen with a startup script, and checks what
the LEKP dock showed after digitizing: live validation findings and map
markers.  A screenshot is kept next to the JSON result for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..qgisrun import desktop_result, enabled_profile, needs_xvfb, run_desktop

HERE = Path(__file__).parent
pytestmark = needs_xvfb


def test_live_validation_in_the_desktop(tmp_path, plugin_zip, boundaries_2025):
    from lekp_plugin.store import create_store

    root = enabled_profile(tmp_path, plugin_zip)
    store = tmp_path / "diepenbeek.gpkg"
    create_store(str(store), "71011", str(boundaries_2025))

    out = tmp_path / "desktop.json"
    proc = run_desktop(root, HERE / "desktop_script.py", out, env={"LEKP_DESKTOP_STORE": str(store)})
    result = desktop_result(out, proc)
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
