"""A store layer's form survives QGIS refreshing the layer's fields while it is open.

QGIS 3.22 rebuilds an open attribute form when the layer's fields are
refreshed (a default value, alias or widget changed: the plugin's "Nieuwe
verbetering" does that, so does Layer Properties → Apply with the attribute
table open) and then crashed if the form had a data-defined field label.  The
stored forms must not have one.  Run in a child process: a crash must fail
the test, not end the test run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from ..conftest import qgis_env

ROOT = Path(__file__).resolve().parents[2]
STYLES = ROOT / "lekp_plugin" / "resources" / "styles"

SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from qgis.core import QgsApplication, QgsDefaultValue, QgsGeometry, QgsVectorLayer, QgsVectorLayerUtils
    app = QgsApplication([], True)
    app.initQgis()
    from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm, QgsGui
    QgsGui.editorWidgetRegistry().initEditors()
    from lekp_plugin.store import create_store
    create_store({store!r}, "71011")
    layer = QgsVectorLayer({store!r} + "|layername=verbeteringen_vlak", "v", "ogr")
    assert layer.listStylesInDatabase()[0] > 0
    layer.startEditing()
    idx = layer.fields().indexOf("categorie")
    feature = QgsVectorLayerUtils.createFeature(
        layer, QgsGeometry.fromWkt("MultiPolygon (((0 0, 10 0, 10 10, 0 0)))"), {{idx: "natuurgroenperk"}})
    form = QgsAttributeForm(layer, feature, QgsAttributeEditorContext())
    form.show()
    layer.setDefaultValueDefinition(idx, QgsDefaultValue("'haag'"))  # the fields are refreshed
    form.changeAttribute("categorie", "ontharding")
    layer.rollBack()
    print("survived")
""")


def test_open_form_survives_a_fields_refresh(tmp_path):
    script = tmp_path / "rebuild.py"
    script.write_text(SCRIPT.format(root=str(ROOT), store=str(tmp_path / "s.gpkg")))
    env = qgis_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "survived" in proc.stdout, (proc.returncode, proc.stderr[-2000:])


def test_stored_forms_have_no_data_defined_labels():
    for qml in STYLES.glob("verbeteringen_*.qml"):
        assert "dataDefinedAlias" not in qml.read_text(encoding="utf-8"), qml.name
