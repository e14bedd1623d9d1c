"""Making a field package with a basemap writes nothing outside the package: no GDAL statistics files
(`` - zoom_level=NN.aux.xml``) in the current directory, none in the package."""

from __future__ import annotations

import os

from .conftest import BOUNDARIES, CENTRE, add_trees
from .test_offlinepackage_alg import _run


def _aux_files(root) -> list[str]:
    return [os.path.join(d, n) for d, _dirs, names in os.walk(root) for n in names if n.endswith(".aux.xml")]


def test_a_package_with_a_basemap_leaves_the_current_directory_clean(tmp_path, diepenbeek, provider,
                                                                      monkeypatch):
    office = diepenbeek()
    add_trees(office, [CENTRE], status="gepland", uitvoeringsdatum=None, geplande_datum="2026-03-15")
    cwd = tmp_path / "werkmap"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    folder = tmp_path / "pakket"
    _run("lekp:offlinepackage", {"STORE": office, "BASEMAP_LAYERS": [str(BOUNDARIES)], "ZOOM_MIN": 12,
                                 "ZOOM_MAX": 14, "ZIP": False, "OUTPUT": str(folder)})
    assert (folder / "achtergrond.mbtiles").exists()
    import gc

    from qgis.core import QgsRasterLayer

    from lekp_plugin.offline.project import basemap_layer

    # the layer as the package's project and field list open it, then closed (GDAL writes PAM on close)
    layer = basemap_layer(str(folder / "achtergrond.mbtiles"), "achtergrond")
    assert layer.isValid() and layer.renderer() is not None
    assert isinstance(layer, QgsRasterLayer)
    del layer
    gc.collect()
    assert os.listdir(cwd) == []
    assert _aux_files(tmp_path) == []
