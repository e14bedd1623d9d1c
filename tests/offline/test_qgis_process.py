"""lekp:offlinepackage and lekp:mergepackage through qgis_process.bin, the packaged plugin in an empty profile."""

from __future__ import annotations

import json
import os

from ..qgisrun import fresh_profile, install_dependencies, qgis_process
from .conftest import BOUNDARIES, CENTRE, add_trees, store_features


def test_package_and_merge_through_qgis_process(tmp_path, plugin_zip, diepenbeek):
    root = fresh_profile(tmp_path, plugin_zip)
    install_dependencies(root)
    assert qgis_process(root, "plugins", "enable", "lekp_plugin").returncode == 0
    office = diepenbeek()
    add_trees(office, [CENTRE], status="gepland", uitvoeringsdatum=None, geplande_datum="2026-04-01")
    folder = tmp_path / "pakket"
    run = qgis_process(root, "run", "lekp:offlinepackage", "--json", "--", f"STORE={office}",
                       f"BASEMAP_LAYERS={BOUNDARIES}", "ZOOM_MIN=12", "ZOOM_MAX=13", "ZIP=true", f"OUTPUT={folder}")
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    results = json.loads(run.stdout[run.stdout.index("{"):])["results"]
    assert results["FEATURES"] == 1 and os.path.exists(results["PROJECT"]) and os.path.exists(results["ZIP_FILE"])
    assert {"achtergrond.mbtiles", "lekp_diepenbeek.gpkg", "lekp_diepenbeek.qgz", "veldlijst.pdf"} <= set(
        os.listdir(folder))

    (new,) = add_trees(str(folder / "lekp_diepenbeek.gpkg"), [(CENTRE[0] + 40, CENTRE[1] + 10)], bron="veld")
    merged = qgis_process(root, "run", "lekp:mergepackage", "--", f"PACKAGE={folder}", f"STORE={office}")
    assert merged.returncode == 0, merged.stderr[-2000:]
    assert "Samengevoegd: 1 nieuw, 0 gewijzigd, 0 verwijderd, 0 conflict(en)." in merged.stdout
    assert new in store_features(office)

    refused = qgis_process(root, "run", "lekp:offlinepackage", "--", f"STORE={office}", f"OUTPUT={folder}")
    assert refused.returncode != 0
    assert "bestaat al en is niet leeg" in refused.stdout + refused.stderr
    assert "Traceback" not in refused.stdout + refused.stderr
