"""``lekp:mergepackage``: the edits of a field package into the office store (conflicts, never overwrites)."""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
)

from ..base import LekpAlgorithm


class MergePackageAlgorithm(LekpAlgorithm):
    NAME = "mergepackage"
    DISPLAY = "Veldpakket samenvoegen"
    GROUP = "Veldwerk"
    HELP = ("Voegt de wijzigingen van een veldpakket (map, zip of de .gpkg ervan) samen met de opslag op "
            "kantoor: nieuwe, gewijzigde en verwijderde verbeteringen worden lokale wijzigingen van de "
            "opslag en gaan bij de volgende synchronisatie naar het register. Een verbetering die ook op "
            "kantoor gewijzigd werd, wordt een conflict (tab Synchronisatie), nooit stil overschreven. "
            "Een pakket dat nog open was (wijzigingen alleen in het -wal-bestand) zonder dat bestand wordt "
            "geweigerd; een pakket wordt één keer samengevoegd.")

    PACKAGE, STORE = "PACKAGE", "STORE"
    CREATED, CHANGED, DELETED, CONFLICTS, MESSAGE = "CREATED", "CHANGED", "DELETED", "CONFLICTS", "MESSAGE"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.PACKAGE, self.tr("Veldpakket (map, zip of .gpkg)")))
        self.addParameter(QgsProcessingParameterFile(
            self.STORE, self.tr("LEKP-opslag op kantoor (GeoPackage)"), extension="gpkg"))
        for name, label in ((self.CREATED, self.tr("Nieuw")), (self.CHANGED, self.tr("Gewijzigd")),
                            (self.DELETED, self.tr("Verwijderd")), (self.CONFLICTS, self.tr("Conflicten"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.MESSAGE, self.tr("Resultaat")))

    def checkParameterValues(self, parameters, context):  # QGIS API
        """Both files checked here (not by the base class: a file parameter refuses a package *folder*)."""
        from ...store.geopackage import is_store

        package = self.parameterAsFile(parameters, self.PACKAGE, context)
        store = self.parameterAsFile(parameters, self.STORE, context)
        if not package or not os.path.exists(package):
            return False, self.tr("Het veldpakket {0} bestaat niet.").format(package)
        if not store or not os.path.exists(store) or not is_store(store):
            return False, self.tr("{0} is geen LEKP-opslag.").format(store)
        return True, ""

    def process(self, parameters, context, feedback):
        self.require_dependencies()
        from ...offline.package import OfflineError, merge_package

        package = self.parameterAsFile(parameters, self.PACKAGE, context)
        store = self.parameterAsFile(parameters, self.STORE, context)
        unpacked = None
        try:
            if zipfile.is_zipfile(package):
                unpacked = tempfile.mkdtemp(prefix="lekp-pakket-")
                with zipfile.ZipFile(package) as zf:
                    zf.extractall(unpacked)
                inner = [os.path.join(unpacked, n) for n in os.listdir(unpacked)]
                package = inner[0] if len(inner) == 1 and os.path.isdir(inner[0]) else unpacked
            result = merge_package(package, store)
        except OfflineError as exc:
            raise QgsProcessingException(exc.text(self.lang())) from None
        finally:
            if unpacked:
                shutil.rmtree(unpacked, ignore_errors=True)
        message = self.tr("Samengevoegd: {0} nieuw, {1} gewijzigd, {2} verwijderd, {3} conflict(en).").format(
            result.created, result.changed, result.deleted, result.conflicts)
        feedback.pushInfo(message)
        if result.conflicts:
            feedback.reportError(self.tr("{0} conflict(en) wachten op een keuze (LEKP-paneel, tab "
                                         "Synchronisatie).").format(result.conflicts), False)
        return {self.CREATED: result.created, self.CHANGED: result.changed, self.DELETED: result.deleted,
                self.CONFLICTS: result.conflicts, self.MESSAGE: message}
