"""Run inside the real QGIS desktop (``qgis --project <package>.qgz --code``) by test_desktop_package.py.

No LEKP plugin is installed: everything checked here comes from the package.
Checks every layer, draws the basemap, reads the forms' widgets, adds a tree
through the attribute form (as an officer in the field would) and marks a
planned tree as uitgevoerd with its date through the form; saves; writes
what it saw as JSON and screenshots; quits.
"""

import json
import os
import traceback

import qgis.utils
from qgis.core import (
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm
from qgis.PyQt.QtCore import QDate, QSize, QTimer

OUT = os.environ["LEKP_DESKTOP_OUT"]
PLANNED = os.environ["LEKP_PLANNED_ID"]
result = {"layers": {}, "widgets": {}}


def fill(form, values):
    for name, value in values.items():
        form.changeAttribute(name, value)


def step1():
    with open(OUT + ".started", "w") as fh:
        fh.write("step1")
    try:
        project = QgsProject.instance()
        result["plugins"] = sorted(qgis.utils.plugins)
        for layer in project.mapLayers().values():
            result["layers"][layer.name()] = {"valid": layer.isValid(), "source": layer.source(),
                                              "raster": isinstance(layer, QgsRasterLayer)}
        basemap = next(x for x in project.mapLayers().values() if isinstance(x, QgsRasterLayer))
        settings = QgsMapSettings()
        settings.setLayers([basemap])
        settings.setDestinationCrs(project.crs())
        settings.setExtent(project.viewSettings().defaultViewExtent())
        settings.setOutputSize(QSize(400, 400))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        image.save(OUT + ".basemap.png")
        dark = sum(1 for x in range(0, 400, 2) for y in range(0, 400, 2)
                   if image.pixelColor(x, y).lightness() < 200 and image.pixelColor(x, y).alpha() > 0)
        result["basemap_dark_pixels"] = dark

        points = next(x for x in project.mapLayers().values()
                      if isinstance(x, QgsVectorLayer) and x.source().endswith("layername=verbeteringen_punt"))
        for name in ("categorie", "status", "aard", "domein", "bron", "uitvoeringsdatum", "id"):
            setup = points.editorWidgetSetup(points.fields().indexOf(name))
            result["widgets"][name] = {"type": setup.type(), "config": {k: str(v) for k, v in setup.config().items()}}
        result["id_default"] = points.defaultValueDefinition(points.fields().indexOf("id")).expression()

        points.startEditing()
        # a new tree through the form: the defaults (UUID id, gemeente) come from the package
        feature = QgsVectorLayerUtils.createFeature(points, QgsGeometry.fromWkt("MultiPoint ((224210 178320))"))
        form = QgsAttributeForm(points, feature, QgsAttributeEditorContext())
        form.setMode(QgsAttributeEditorContext.Mode.AddFeatureMode)
        form.show()
        fill(form, {"projectnaam": "Veldwerk Kerkplein", "categorie": "boom", "hoeveelheid": 1,
                    "status": "uitgevoerd", "uitvoeringsdatum": QDate(2025, 10, 3), "domein": "publiek",
                    "bron": "veld"})
        form.resize(520, 760)
        form.grab().save(OUT + ".form.png")
        result["added"] = form.save()
        form.close()
        # a planned tree marked uitgevoerd with its date, from one form
        planned = next(points.getFeatures(f"\"id\" = '{PLANNED}'"))
        form = QgsAttributeForm(points, planned, QgsAttributeEditorContext())
        form.setMode(QgsAttributeEditorContext.Mode.SingleEditMode)
        fill(form, {"status": "uitgevoerd", "uitvoeringsdatum": QDate(2025, 9, 30)})
        result["marked"] = form.save()
        form.close()
        result["committed"] = points.commitChanges()
        result["commit_errors"] = points.commitErrors()
        qgis.utils.iface.mapCanvas().setExtent(project.viewSettings().defaultViewExtent())
        qgis.utils.iface.mapCanvas().refreshAllLayers()
    except Exception:
        result["error"] = traceback.format_exc()
    QTimer.singleShot(3000, step2)


def step2():
    try:
        qgis.utils.iface.mainWindow().grab().save(OUT + ".png")
    except Exception:
        result["error"] = traceback.format_exc()
    with open(OUT, "w") as fh:
        json.dump(result, fh)
    QTimer.singleShot(200, lambda: os._exit(0))


QTimer.singleShot(4000, step1)
