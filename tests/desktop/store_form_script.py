"""Run inside the real QGIS desktop (``qgis --code``) by test_store_without_plugin.py: no LEKP plugin.

Adds the store's polygon layer as any GeoPackage layer (QGIS loads its default
style from ``layer_styles`` by itself), opens QGIS's own feature form for a new
natuurgroenperk, reads what the categorie box and the label of ``hoeveelheid``
show, picks another categorie in the box, reads it again; screenshots of the
form and the window.
"""

import json
import os
import traceback

import qgis.utils
from qgis.core import QgsGeometry, QgsProject, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QLabel

OUT = os.environ["LEKP_DESKTOP_OUT"]
STORE = os.environ["LEKP_DESKTOP_STORE"]
result = {}


def quantity_labels(form):
    return [w.text() for w in form.findChildren(QLabel) if w.text().startswith("Hoeveelheid") and w.isVisible()]


def step1():
    try:
        iface = qgis.utils.iface
        result["plugins"] = sorted(qgis.utils.plugins)
        layer = iface.addVectorLayer(f"{STORE}|layername=verbeteringen_vlak", "Verbeteringen (vlakken)", "ogr")
        result["renderer"] = layer.renderer().type()
        layer.startEditing()
        feature = QgsVectorLayerUtils.createFeature(
            layer, QgsGeometry.fromWkt("MultiPolygon (((224000 178000, 224020 178000, 224020 178010, "
                                       "224000 178010, 224000 178000)))"),
            {layer.fields().indexOf("categorie"): "natuurgroenperk",
             layer.fields().indexOf("projectnaam"): "Perken Kerkplein"})
        dialog = iface.getFeatureForm(layer, feature)
        dialog.show()
        QApplication.processEvents()
        form = dialog.attributeForm()
        result["label_natuurgroenperk"] = quantity_labels(form)
        combos = [c for c in form.findChildren(QComboBox) if c.findData("ontharding") >= 0 and c.isVisible()]
        result["shown_natuurgroenperk"] = combos[0].currentText()
        dialog.grab().save(OUT + ".form.png")
        combo = combos[0]
        combo.setCurrentIndex(combo.findData("ontharding"))  # as a user picks another categorie
        QApplication.processEvents()
        result["shown_ontharding"] = combo.currentText()
        result["sizes"] = [dialog.width(), form.sizeHint().width(), combo.sizeHint().width()]
        dialog.grab().save(OUT + ".form2.png")
        QgsProject.instance()  # keep the project alive until the window is grabbed
        QTimer.singleShot(500, lambda: step2(dialog, layer))
    except Exception:
        result["error"] = traceback.format_exc()
        step2(None, None)


def step2(dialog, layer):
    try:
        qgis.utils.iface.mainWindow().grab().save(OUT + ".png")
        if dialog is not None:
            dialog.reject()
        if layer is not None:
            layer.rollBack()
    except Exception:
        result.setdefault("error", traceback.format_exc())
    with open(OUT, "w") as fh:
        json.dump(result, fh)
    QTimer.singleShot(200, lambda: os._exit(0))


QTimer.singleShot(3000, step1)
