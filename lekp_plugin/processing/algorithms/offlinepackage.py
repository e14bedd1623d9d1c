"""``lekp:offlinepackage``: the folder (and zip) an officer takes into the field."""

from __future__ import annotations

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)

from ...compat import set_optional
from ..base import LekpAlgorithm


class OfflinePackageAlgorithm(LekpAlgorithm):
    NAME = "offlinepackage"
    DISPLAY = "Veldpakket maken (offline)"
    GROUP = "Veldwerk"
    HELP = ("Schrijft een map (en desgewenst een zip) om zonder netwerk op het terrein te werken, in QGIS of "
            "QField, zonder de plugin: de opslag met alleen de verbeteringen van het gebied (de hele gemeente, "
            "een kaartbeeld of een polygoonlaag), de gemeentegrens, de referentielaag van het register, een "
            "project (.qgz) met relatieve paden, stijlen en formulieren, een achtergrondkaart (MBTiles) "
            "getekend uit de gekozen lagen op de gekozen zoomniveaus (de geschatte grootte wordt vooraf "
            "getoond) en een veldlijst (PDF) van de geplande verbeteringen. Terug op kantoor: synchroniseer "
            "de opslag van het pakket rechtstreeks, of voeg het pakket samen met 'Veldpakket samenvoegen'.")

    STORE, AREA, EXTENT, BASEMAP_LAYERS, ZOOM_MIN, ZOOM_MAX, ZIP, FIELD_LIST, OUTPUT = (
        "STORE", "AREA", "EXTENT", "BASEMAP_LAYERS", "ZOOM_MIN", "ZOOM_MAX", "ZIP", "FIELD_LIST", "OUTPUT")
    PROJECT, GEOPACKAGE, ZIP_FILE, FEATURES, BASEMAP_MB = ("PROJECT", "GEOPACKAGE", "ZIP_FILE", "FEATURES",
                                                            "BASEMAP_MB")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.STORE, self.tr("LEKP-opslag (GeoPackage)"),
                                                     extension="gpkg"))
        self.addParameter(set_optional(QgsProcessingParameterFeatureSource(
            self.AREA, self.tr("Gebied (polygoonlaag; leeg: de hele gemeente)"),
            [QgsProcessing.SourceType.TypeVectorPolygon])))
        self.addParameter(set_optional(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Gebied (kaartbeeld; leeg: de hele gemeente)"))))
        self.addParameter(set_optional(QgsProcessingParameterMultipleLayers(
            self.BASEMAP_LAYERS, self.tr("Lagen voor de achtergrondkaart (leeg: geen achtergrondkaart)"),
            QgsProcessing.SourceType.TypeMapLayer)))
        self.addParameter(QgsProcessingParameterNumber(
            self.ZOOM_MIN, self.tr("Kleinste zoomniveau"), QgsProcessingParameterNumber.Type.Integer, 12,
            minValue=0, maxValue=20))
        self.addParameter(QgsProcessingParameterNumber(
            self.ZOOM_MAX, self.tr("Grootste zoomniveau (-1: automatisch, straatniveau binnen 200 MB)"),
            QgsProcessingParameterNumber.Type.Integer, -1, minValue=-1, maxValue=20))
        self.addParameter(QgsProcessingParameterBoolean(self.ZIP, self.tr("Ook een zip maken"), False))
        self.addParameter(QgsProcessingParameterBoolean(self.FIELD_LIST, self.tr("Veldlijst (PDF)"), True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Pakketmap")))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT, self.tr("Project")))
        self.addOutput(QgsProcessingOutputFile(self.GEOPACKAGE, self.tr("Opslag van het pakket")))
        self.addOutput(QgsProcessingOutputFile(self.ZIP_FILE, self.tr("Zip")))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURES, self.tr("Verbeteringen in het pakket")))
        self.addOutput(QgsProcessingOutputNumber(self.BASEMAP_MB, self.tr("Geschatte grootte achtergrondkaart (MB)")))

    def _area(self, parameters, context) -> bytes | None:
        """The area as WKB in EPSG:31370, or None for the whole gemeente."""
        target = QgsCoordinateReferenceSystem("EPSG:31370")
        if parameters.get(self.AREA):
            source = self.parameterAsSource(parameters, self.AREA, context)
            if source is not None:
                transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
                geoms = []
                for f in source.getFeatures():
                    g = QgsGeometry(f.geometry())
                    if not g.isEmpty():
                        g.transform(transform)
                        geoms.append(g)
                return bytes(QgsGeometry.unaryUnion(geoms).asWkb()) if geoms else b""
        if parameters.get(self.EXTENT):
            g = self.parameterAsExtentGeometry(parameters, self.EXTENT, context, target)
            if g is not None and not g.isEmpty():
                return bytes(g.asWkb())
        return None

    def checkParameterValues(self, parameters, context):  # QGIS API
        """A missing store, open conflicts, an area outside the gemeente or a non-empty folder: refused."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        from ...offline.package import OfflineError, resolve_area
        from ...store.geopackage import is_store
        from ...sync import localstore as ls

        store = self.parameterAsFile(parameters, self.STORE, context)
        if not store or not os.path.exists(store) or not is_store(store):
            return False, self.tr("{0} is geen LEKP-opslag.").format(store)
        try:
            con = ls.open_store(store)
            try:
                n = len(ls.open_conflict_ids(con))
            finally:
                con.close()
            if n:
                raise OfflineError("conflicts", path=store, n=n)
            area = self._area(parameters, context)
            if area == b"":
                raise OfflineError("area_empty")
            resolve_area(store, area)
        except OfflineError as exc:
            return False, exc.text(self.lang())
        except Exception as exc:  # a locked store
            return False, str(exc)
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        if folder and os.path.exists(folder) and (not os.path.isdir(folder) or os.listdir(folder)):
            return False, OfflineError("exists", path=folder).text(self.lang())
        return True, ""

    def process(self, parameters, context, feedback):
        self.require_dependencies()
        from ...offline.package import OfflineError
        from ...offline.project import build_package

        store = self.parameterAsFile(parameters, self.STORE, context)
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        layers = self.parameterAsLayerList(parameters, self.BASEMAP_LAYERS, context) or []
        zmax = self.parameterAsInt(parameters, self.ZOOM_MAX, context)
        try:
            result = build_package(
                store, folder, self._area(parameters, context), basemap_layers=layers,
                zoom_min=self.parameterAsInt(parameters, self.ZOOM_MIN, context),
                zoom_max=None if zmax < 0 else zmax,
                make_zip=self.parameterAsBool(parameters, self.ZIP, context),
                field_list=self.parameterAsBool(parameters, self.FIELD_LIST, context),
                lang=self.lang(), feedback=feedback)
        except OfflineError as exc:
            raise QgsProcessingException(exc.text(self.lang())) from None
        count = sum(result.store.counts.values())
        feedback.pushInfo(self.tr("Pakket {0}: {1} verbeteringen, {2} gepland (veldlijst).").format(
            result.folder, count, result.planned))
        return {self.OUTPUT: result.folder, self.PROJECT: result.project, self.GEOPACKAGE: result.gpkg,
                self.ZIP_FILE: result.zip or "", self.FEATURES: count,
                self.BASEMAP_MB: round(result.basemap_estimate / 1e6, 1)}
