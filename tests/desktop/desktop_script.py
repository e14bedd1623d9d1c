"""Run inside the real QGIS desktop (``qgis --code``) by test_desktop.py.

Waits for the GUI, opens the store in the LEKP dock, digitizes two features
into the edit buffer, lets the live validator's timer fire, saves a
screenshot and writes what the dock shows as JSON; then quits QGIS.
"""

import json
import os
import traceback

import qgis.utils
from qgis.core import QgsGeometry, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate, QTimer

OUT = os.environ["LEKP_DESKTOP_OUT"]
STORE = os.environ["LEKP_DESKTOP_STORE"]
result = {}


def step1():
    try:
        plugin = qgis.utils.plugins["lekp_plugin"]
        dock = plugin.dock
        result["dock_found"] = dock is not None
        dock.show()
        result["opened"] = dock.open_store(STORE)
        layer = next(x for x in dock.validator.layers.values() if "verbeteringen_vlak" in x.source())
        layer.startEditing()
        idx = {n: layer.fields().indexOf(n) for n in ("projectnaam", "categorie", "hoeveelheid", "status",
                                                     "uitvoeringsdatum")}
        for wkt, cat, q in (
            ("MULTIPOLYGON (((224000 178000,224040 178040,224040 178000,224000 178040,224000 178000)))",
             "ontharding", 100.0),
            ("MULTIPOLYGON (((224100 178100,224102 178100,224102 178102,224100 178102,224100 178100)))",
             "natuurgroenperk", 1.0)):
            f = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(wkt), {
                idx["projectnaam"]: "Desktop", idx["categorie"]: cat, idx["hoeveelheid"]: q,
                idx["status"]: "uitgevoerd", idx["uitvoeringsdatum"]: QDate(2024, 6, 1)})
            layer.addFeature(f)
        result["editing"] = layer.isEditable()
    except Exception:
        result["error"] = traceback.format_exc()
    QTimer.singleShot(2000, step2)  # the live validator's timer fires on its own meanwhile


def step2():
    try:
        dock = qgis.utils.plugins["lekp_plugin"].dock
        tree = dock.findingsTree
        result["codes"] = sorted(tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
                                 for j in range(tree.topLevelItem(i).childCount()))  # below each feature's row
        result["summary"] = dock.validationSummary.text()
        # every message whole: its row as tall as its wrapped text at the column's width (else Qt ends it in "…")
        from qgis.PyQt.QtCore import QRect, Qt

        cut = []
        metrics = tree.fontMetrics()
        width = tree.header().sectionSize(1) - 8
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            for j in range(group.childCount()):
                child = group.child(j)
                needed = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap),
                                              child.text(1)).height()
                if tree.visualItemRect(child).height() < needed:
                    cut.append(child.text(0))
        result["cut"] = cut
        dock.grab().save(OUT + ".dock.png")
        for i in range(tree.topLevelItemCount()):  # each finding in view, for a person to look at
            group = tree.topLevelItem(i)
            for j in range(group.childCount()):
                tree.scrollToItem(group.child(j))
                tree.viewport().grab().save(f"{OUT}.dock-{group.child(j).text(0)}.png")
        result["bands"] = dock.validator.marked_count()  # features marked in the findings layers
        qgis.utils.iface.mainWindow().grab().save(OUT + ".png")
        # the marked features up close: the marks outline them, their own style stays visible
        from qgis.core import QgsRectangle

        canvas = qgis.utils.iface.mapCanvas()
        canvas.setExtent(QgsRectangle(223980, 177980, 224120, 178120))
        canvas.refreshAllLayers()
        canvas.waitWhileRendering()
        canvas.grab().save(OUT + ".marks.png")
        for layer in dock.validator.layers.values():
            if layer.isEditable():
                layer.rollBack()
    except Exception:
        result["error"] = traceback.format_exc()
    with open(OUT, "w") as fh:
        json.dump(result, fh)
    QTimer.singleShot(200, lambda: os._exit(0))


QTimer.singleShot(3000, step1)
