"""A store opened in the real QGIS desktop (Xvfb) WITHOUT the plugin: QGIS's own form names the unit.

The store is made with the plugin's code (as lekp:createstore does); then
``/usr/bin/qgis`` runs with a fresh, empty profile, adds the polygon layer like
any GeoPackage layer and opens its feature form.  The chosen categorie must
show the unit of hoeveelheid (and what it counts, for natuurgroenperk), also
after another categorie is picked; hoeveelheid's label points to it.  Screenshots stay in the test output and are copied to
the folder ``LEKP_SCREENS`` names (when set) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..qgisrun import desktop_result, needs_xvfb, run_desktop

HERE = Path(__file__).parent
SCREENS = Path(os.environ["LEKP_SCREENS"]) if os.environ.get("LEKP_SCREENS") else None
pytestmark = needs_xvfb


def test_form_shows_the_unit_in_qgis_without_the_plugin(tmp_path, boundaries_2025):
    from lekp_plugin.store import create_store

    store = tmp_path / "diepenbeek.gpkg"
    create_store(str(store), "71011", str(boundaries_2025))
    root = tmp_path / "profiel"  # a fresh profile: no LEKP plugin
    root.mkdir()
    out = tmp_path / "form.json"
    proc = run_desktop(root, HERE / "store_form_script.py", out, env={"LEKP_DESKTOP_STORE": str(store)},
                       timeout=180, keep_pythonpath=False)
    result = desktop_result(out, proc)
    if SCREENS is not None:
        SCREENS.mkdir(parents=True, exist_ok=True)
        for suffix, name in ((".form.png", "without_plugin_form.png"), (".form2.png", "without_plugin_form2.png"),
                             (".png", "without_plugin_qgis.png")):
            if Path(str(out) + suffix).exists():
                shutil.copy(str(out) + suffix, SCREENS / name)
    assert "error" not in result, result["error"]
    assert "lekp_plugin" not in result["plugins"]
    assert result["renderer"] == "categorizedSymbol"  # the style came from the store
    assert result["shown_natuurgroenperk"] == "Natuurgroenperk (stuks van ≥ 10 m²)", result
    assert result["shown_ontharding"] == "Ontharding (m²)", result
    assert result["label_natuurgroenperk"] == ["Hoeveelheid (eenheid: zie categorie)"], result
    assert Path(str(out) + ".form.png").stat().st_size > 5_000
