"""A store opened in the real QGIS desktop (Xvfb) WITHOUT the plugin: QGIS's own form names the unit.

The store is made with the plugin's code (as lekp:createstore does); then
``/usr/bin/qgis`` runs with a fresh, empty profile, adds the polygon layer like
any GeoPackage layer and opens its feature form.  The chosen categorie must
show the unit of hoeveelheid (and what it counts, for natuurgroenperk), also
after another categorie is picked; hoeveelheid's label points to it.  Screenshots stay in the test output and are copied to
the folder ``LEKP_SCREENS`` names (when set) for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import qgis_env

HERE = Path(__file__).parent
SCREENS = Path(os.environ["LEKP_SCREENS"]) if os.environ.get("LEKP_SCREENS") else None
pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run missing (apt xvfb)")


def test_form_shows_the_unit_in_qgis_without_the_plugin(tmp_path, boundaries_2025):
    from lekp_plugin.store import create_store

    store = tmp_path / "diepenbeek.gpkg"
    create_store(str(store), "71011", str(boundaries_2025))
    root = tmp_path / "profiel"  # a fresh profile: no LEKP plugin
    root.mkdir()
    out = tmp_path / "form.json"
    env = qgis_env()
    env.pop("QT_QPA_PLATFORM")
    env.pop("PYTHONPATH", None)
    env.update(LEKP_DESKTOP_OUT=str(out), LEKP_DESKTOP_STORE=str(store), PYTHONNOUSERSITE="1")
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "/usr/bin/qgis", "--profiles-path", str(root),
         "--nologo", "--noversioncheck", "--code", str(HERE / "store_form_script.py")],
        env=env, capture_output=True, text=True, timeout=180)
    assert out.exists(), proc.stdout[-3000:] + proc.stderr[-3000:]
    result = json.loads(out.read_text())
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
