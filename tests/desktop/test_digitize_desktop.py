"""A GIS officer's first digitizing session in the real QGIS desktop (Xvfb), plugin installed from its zip.

"Nieuwe opslag" through the dialog, a point, a line and a polygon through
"Nieuwe verbetering" and QGIS's own add-feature tool with mouse clicks on the
canvas, each form filled in, then saved; the store is checked with OGR.
Screenshots stay in the test output and are copied to the folder
``LEKP_SCREENS`` names (when set) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ..qgisrun import desktop_result, enabled_profile, needs_xvfb, run_desktop

HERE = Path(__file__).parent
#: Where a person looks at the screenshots: the folder LEKP_SCREENS names, if any.
SCREENS = Path(os.environ["LEKP_SCREENS"]) if os.environ.get("LEKP_SCREENS") else None
pytestmark = needs_xvfb


def test_create_draw_three_kinds_and_save(tmp_path, plugin_zip, boundaries_2025):
    from osgeo import ogr

    root = enabled_profile(tmp_path, plugin_zip)
    store = tmp_path / "diepenbeek.gpkg"
    out = tmp_path / "digitize.json"
    proc = run_desktop(root, HERE / "digitize_script.py", out, timeout=400,
                       env={"LEKP_DESKTOP_STORE": str(store), "LEKP_DESKTOP_BOUNDARY": str(boundaries_2025)})
    (tmp_path / "qgis.log").write_text(proc.stdout + "\n----- stderr -----\n" + proc.stderr)  # whole, for a crash
    shots = sorted(tmp_path.glob("digitize.json.*.png"))
    if SCREENS is not None:
        SCREENS.mkdir(parents=True, exist_ok=True)
        for png in shots:
            shutil.copy(png, SCREENS / png.name.replace("digitize.json.", "digitize-"))
    result = desktop_result(out, proc)
    assert "error" not in result, result
    assert result["python_errors"] == [], result["python_errors"][:2]
    # the dialog made the store and the dock opened it: one group, four layers
    assert result["store_path"] == str(store), result
    assert "Diepenbeek (71011)" in result["store_label"]
    assert [g for g in result["groups"] if g.startswith("LEKP")] == ["LEKP Diepenbeek"]
    assert len(result["layers"]) == 4, result["layers"]
    # each form had the helper with the unit of its category
    units = {f["key"]: f["unit"] for f in result["forms"]}
    assert "Hoeveelheid in stuks" in units["boom"]
    assert "Hoeveelheid in m:" in units["haag"]
    assert "Hoeveelheid in m²" in units["ontharding"]
    assert all(result["saved"].values()) and result["saved"]
    # the store holds what was drawn, with quantities proposed from the geometry or typed
    ds = ogr.Open(str(store))
    got = {}
    for table in ("verbeteringen_punt", "verbeteringen_lijn", "verbeteringen_vlak"):
        for feat in ds.GetLayerByName(table):
            got[feat.GetField("categorie")] = (table, feat.GetField("hoeveelheid"), feat.GetField("status"),
                                               feat.GetField("projectnaam"))
    assert got["boom"][:2] == ("verbeteringen_punt", 1.0)
    assert got["haag"][0] == "verbeteringen_lijn" and got["haag"][1] == pytest.approx(60.0, abs=0.5)
    assert got["ontharding"][:2] == ("verbeteringen_vlak", 1200.5)
    assert {v[2] for v in got.values()} == {"uitgevoerd"}
    assert all("LEKP-D001" not in f["findings"] for f in result["forms"]), result["forms"]
    assert len(shots) >= 5 and all(p.stat().st_size > 5_000 for p in shots)
    # discoverable: the dock at first start, tab titles whole, every toolbar button says what it does
    assert result["dock_visible_at_start"]
    assert all(result["tabs"].values()) and not result["tabs_overflow"], result["tabs"]
    assert len(result["tooltips"]) >= 5
    for text, tip in result["tooltips"].items():
        assert tip and tip != text and len(tip) > 25, (text, tip)
    # whole, as written (QGIS's shortcut manager once ate a "(met gemeentegrens)")
    assert "voor een gemeente, met haar grens, en opent ze" in result["tooltips"]["Nieuwe LEKP-opslag…"]
