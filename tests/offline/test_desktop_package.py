"""Acceptance: the package opens in the real QGIS desktop (Xvfb), without the plugin and without a network.

The package for Diepenbeek is made with lekp:offlinepackage (basemap rendered
from the local boundaries file), then ``/usr/bin/qgis`` opens its ``.qgz``
in a fresh profile with no plugin, inside a network namespace with no
interfaces (``unshare --net``): every layer must be valid, the basemap
drawn, the forms' value maps present; a tree added through the form and a
planned tree marked uitgevoerd through the form are then checked with
lekp:validate.  Screenshots go to the folder ``LEKP_SCREENS`` names (when set).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from ..qgisrun import desktop_result, needs_xvfb, run_desktop
from .conftest import BOUNDARIES, CENTRE, add_trees

HERE = Path(__file__).parent
#: Where a person looks at the screenshots: the folder LEKP_SCREENS names, if any.
SCREENS = Path(os.environ["LEKP_SCREENS"]) if os.environ.get("LEKP_SCREENS") else None
pytestmark = needs_xvfb


def _row(gpkg: str, fid: str) -> dict:
    con = sqlite3.connect(gpkg)
    con.row_factory = sqlite3.Row
    try:
        row = con.execute("SELECT * FROM verbeteringen_punt WHERE id = ?", (fid,)).fetchone()
        return {k: row[k] for k in row.keys() if k != "geom"}
    finally:
        con.close()


def test_package_opens_in_qgis_without_plugin_or_network(tmp_path, diepenbeek, provider):
    import processing

    office = diepenbeek()
    x, y = CENTRE
    (planned,) = add_trees(office, [(x + 30, y + 40)], status="gepland", uitvoeringsdatum=None,
                           geplande_datum="2025-09-01", projectnaam="Schoolstraat hoogstammen")
    add_trees(office, [(x - 200, y + 100), (x + 400, y - 300)])
    folder = tmp_path / "pakket"
    processing.run("lekp:offlinepackage", {"STORE": office, "BASEMAP_LAYERS": [str(BOUNDARIES)],
                                           "ZOOM_MIN": 11, "ZOOM_MAX": 14, "OUTPUT": str(folder)})
    gpkg = str(folder / "lekp_diepenbeek.gpkg")
    before = _row(gpkg, planned)

    root = tmp_path / "profiel"  # a fresh profile: no LEKP plugin
    root.mkdir()
    out = tmp_path / "desktop.json"
    proc = run_desktop(root, HERE / "desktop_package_script.py", out, env={"LEKP_PLANNED_ID": planned},
                       project=folder / "lekp_diepenbeek.qgz", timeout=180, keep_pythonpath=False,
                       no_network=True)  # no network while the package opens
    result = desktop_result(out, proc)
    assert "error" not in result, result["error"]
    if SCREENS is not None:
        SCREENS.mkdir(parents=True, exist_ok=True)
        for suffix, name in ((".png", "offline_package_qgis.png"), (".form.png", "offline_package_form.png"),
                             (".basemap.png", "offline_package_basemap.png")):
            shutil.copy(str(out) + suffix, SCREENS / name)

    assert "lekp_plugin" not in result["plugins"]
    layers = result["layers"]
    assert len(layers) >= 7 and all(v["valid"] for v in layers.values()), layers
    assert any(v["raster"] for v in layers.values())
    assert result["basemap_dark_pixels"] > 50  # the boundaries drawn from the MBTiles
    widgets = result["widgets"]
    for name in ("categorie", "status", "aard", "domein", "bron"):
        assert widgets[name]["type"] == "ValueMap", (name, widgets[name])
    assert "Boom" in widgets["categorie"]["config"]["map"] and "Uitgevoerd" in widgets["status"]["config"]["map"]
    assert widgets["uitvoeringsdatum"]["type"] == "DateTime"
    assert "dd/MM/yyyy" in widgets["uitvoeringsdatum"]["config"]["display_format"]
    assert "uuid" in result["id_default"]
    assert result["added"] and result["marked"] and result["committed"], result

    # the planned tree: only status and date changed
    after = _row(gpkg, planned)
    assert after["status"] == "uitgevoerd" and after["uitvoeringsdatum"] == "2025-09-30"
    assert {k: v for k, v in after.items() if k not in ("status", "uitvoeringsdatum")} == \
        {k: v for k, v in before.items() if k not in ("status", "uitvoeringsdatum")}

    # the new tree is valid according to lekp:validate
    con = sqlite3.connect(gpkg)
    new_id, nis = con.execute("SELECT id, gemeente_nis FROM verbeteringen_punt WHERE projectnaam = "
                              "'Veldwerk Kerkplein'").fetchone()
    ops = con.execute("SELECT op FROM sync_outbox ORDER BY seq").fetchall()
    con.close()
    assert len(new_id) == 36 and nis == "71011"
    assert sorted(o for (o,) in ops) == ["insert", "update"]  # the field's edits, queued for sync
    findings = processing.run("lekp:validate", {
        "INPUT": [f"{gpkg}|layername=verbeteringen_punt"], "BOUNDARY": f"{gpkg}|layername=gemeentegrens",
        "PEILDATUM": "2025-11-01", "OUTPUT": str(tmp_path / "bevindingen.csv")})
    text = (tmp_path / "bevindingen.csv").read_text()
    rows = [line for line in text.splitlines()[1:] if new_id in line or planned in line]
    assert not [r for r in rows if "error" in r], rows
    assert findings["OUTPUT"]
