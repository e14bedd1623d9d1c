"""``lekp:createstore``: create the GeoPackage store of one gemeente."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
)

from ...compat import set_advanced, set_optional, vector_polygon_type
from ...core.schema import BOUNDARY_LAYER, GEOMETRY_FAMILIES
from ...plugin_version import version
from ...store import StoreError, create_store
from ...store.geopackage import check_nis
from ..base import LekpAlgorithm


class CreateStoreAlgorithm(LekpAlgorithm):
    NAME = "createstore"
    DISPLAY = "Nieuwe LEKP-opslag (GeoPackage)"
    GROUP = "Opslag"
    HELP = ("Maakt een GeoPackage voor één gemeente met een vlakken-, lijnen- en puntenlaag "
            "voor verbeteringen (velden volgens het LEKP-schema, UUID-id, ruimtelijke indexen) "
            "en, als een grensbestand gegeven is, de grens van de gemeente. "
            "Gebruik de NIS-code van 2025; bij een grensbestand van vóór de fusies worden "
            "de gefuseerde gemeenten samengevoegd.")

    GEMEENTE_NIS = "GEMEENTE_NIS"
    BOUNDARY = "BOUNDARY"
    BOUNDARY_NIS_FIELD = "BOUNDARY_NIS_FIELD"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    GEMEENTE_NAAM = "GEMEENTE_NAAM"
    LAYERS = "LAYERS"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.GEMEENTE_NIS, self.tr("NIS-code van de gemeente (2025)")))
        self.addParameter(set_optional(QgsProcessingParameterVectorLayer(
            self.BOUNDARY, self.tr("Gemeentegrenzen (bestand)"), [vector_polygon_type()])))
        self.addParameter(set_optional(QgsProcessingParameterField(
            self.BOUNDARY_NIS_FIELD, self.tr("Veld met de NIS-code (leeg: automatisch)"),
            parentLayerParameterName=self.BOUNDARY)))
        self.addParameter(set_advanced(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Bestaande opslag met verbeteringen overschrijven"), False)))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("LEKP-opslag"), "GeoPackage (*.gpkg *.GPKG)"))
        self.addOutput(QgsProcessingOutputString(self.GEMEENTE_NAAM, self.tr("Gemeente")))
        self.addOutput(QgsProcessingOutputNumber(self.LAYERS, self.tr("Aantal lagen")))

    def checkParameterValues(self, parameters, context):  # QGIS API
        """A malformed or merged NIS code is refused before the run."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            check_nis(self.parameterAsString(parameters, self.GEMEENTE_NIS, context))
        except StoreError as exc:
            return False, exc.message(self.lang())
        return True, ""

    def process(self, parameters, context, feedback):
        nis = self.parameterAsString(parameters, self.GEMEENTE_NIS, context)
        boundary_layer = self.parameterAsVectorLayer(parameters, self.BOUNDARY, context)
        nis_field = self.parameterAsString(parameters, self.BOUNDARY_NIS_FIELD, context) or None
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)

        boundary_source = None
        if boundary_layer is not None:
            if boundary_layer.providerType() != "ogr":
                raise QgsProcessingException(self.tr(
                    "De grenslaag moet uit een bestand komen (shapefile, GeoPackage, GeoJSON)."))
            boundary_source = boundary_layer.source()
            feedback.pushInfo(self.tr("Grens uit {0}").format(boundary_source))

        try:
            info = create_store(output, nis, boundary_source, nis_field, overwrite, version())
        except StoreError as exc:
            raise QgsProcessingException(exc.message(self.lang())) from exc
        feedback.pushInfo(info.summary(self.lang()))

        # the layers are offered to the project; with the plugin's dock present they are then
        # gathered into one group with their forms (gui.layers.open_store), never loaded twice
        names = [(fam.layer_name, fam.label_nl if self.lang() == "nl" else fam.label_en)
                 for fam in GEOMETRY_FAMILIES]
        if BOUNDARY_LAYER in info.layers:
            names.append((BOUNDARY_LAYER, self.tr("Gemeentegrens")))
        for table, label in names:
            self._load_on_completion(context, f"{output}|layername={table}", label)
        return {self.OUTPUT: output, self.GEMEENTE_NAAM: info.gemeente_naam,
                self.LAYERS: len(info.layers)}

    @staticmethod
    def _load_on_completion(context, uri: str, name: str) -> None:
        layer = QgsProcessingUtils.mapLayerFromString(uri, context)
        if layer is None:
            return
        context.temporaryLayerStore().addMapLayer(layer)
        context.addLayerToLoadOnCompletion(
            layer.id(), QgsProcessingContext.LayerDetails(name, context.project(), name))
