#!/usr/bin/env python3
"""Write the default style of each store layer as QML into lekp_plugin/resources/styles/.

    PATH=/usr/bin:$PATH QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_styles.py

The QML files are what ``lekp:createstore`` writes into a store's
``layer_styles`` (and what an older store gets when the plugin opens it), so
QGIS without the plugin and QField show the same legend, labels and forms.
They are made from :mod:`lekp_plugin.gui.formconfig` (in Dutch) on an empty store; run this script
again after changing that module and bump ``formconfig.STYLE_VERSION``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from qgis.core import QgsApplication, QgsMapLayer, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from lekp_plugin.core.schema import GEOMETRY_FAMILIES
    from lekp_plugin.gui import formconfig
    from lekp_plugin.store.geopackage import STYLES_DIR, create_store

    out = Path(STYLES_DIR)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/s.gpkg"
        create_store(path, "71011", styles=False)
        for fam in GEOMETRY_FAMILIES:
            layer = QgsVectorLayer(f"{path}|layername={fam.layer_name}", fam.label_nl, "ogr")
            formconfig.apply_style(layer, "nl")
            qml_path = out / f"{fam.layer_name}.qml"
            msg, ok = layer.saveNamedStyle(str(qml_path), QgsMapLayer.StyleCategory.AllStyleCategories)
            if not ok:
                print(msg, file=sys.stderr)
                return 1
            print(qml_path)
            del layer
        from lekp_plugin.core.schema import BOUNDARY_LAYER
        from lekp_plugin.gui.layers import outline_only

        boundary = QgsVectorLayer("MultiPolygon?crs=epsg:31370&field=nis:string&field=naam:string", "g", "memory")
        outline_only(boundary)
        boundary.saveNamedStyle(str(out / f"{BOUNDARY_LAYER}.qml"), QgsMapLayer.StyleCategory.AllStyleCategories)
        print(out / f"{BOUNDARY_LAYER}.qml")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
