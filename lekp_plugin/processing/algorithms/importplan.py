"""``lekp:importplan``: import a verkavelingsplan (DXF, shapefile, GeoPackage, GeoJSON, GML, CSV).

Thin: parses the parameters and calls :mod:`lekp_plugin.imports.pipeline`.
With ``DRY_RUN`` it only reports what the import would do.
"""

from __future__ import annotations

import datetime as _dt
import os

from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...compat import set_advanced, set_optional
from ..base import LekpAlgorithm

OPGELEGD_CHOICES = ("nee", "ja")


def profiles_dir() -> str:
    """Saved import profiles in the user's QGIS profile folder."""
    from ...imports.profiles import PROFILE_SUBDIR

    return os.path.join(QgsApplication.qgisSettingsDirPath(), *PROFILE_SUBDIR)


def crs_text(crs) -> str | None:
    """A QgsCoordinateReferenceSystem as pyproj input (None when not set)."""
    if crs is None or not crs.isValid():
        return None
    authid = crs.authid()
    return authid if authid.upper().startswith("EPSG:") else crs.toWkt()


class ImportPlanAlgorithm(LekpAlgorithm):
    NAME = "importplan"
    DISPLAY = "Verkavelingsplan importeren"
    GROUP = "Import"
    HELP = ("Importeert de bomen, hagen, groenperken, ontharding en hemelwatervoorzieningen van een "
            "verkavelingsplan (DXF, shapefile, GeoPackage, GeoJSON, GML of CSV) in de LEKP-opslag. "
            "Een importprofiel bepaalt welke lagen, blokken of attributen welke categorie worden; "
            "zonder profiel herkent de standaard gangbare Vlaamse CAD-lagen (BOMEN, HAAG, GROEN, "
            "BUFFER …) en negeert de rest. Een DXF heeft geen coördinatenstelsel: Lambert 72 wordt "
            "aangenomen, tenzij u een ander opgeeft. Alles wordt eerst gevalideerd; alleen geldige "
            "objecten worden in één transactie geschreven. Hetzelfde plan opnieuw importeren maakt "
            "geen dubbels: gewijzigde objecten worden bijgewerkt. Opgelegd: 'ja' als de maatregelen "
            "van het plan opgelegd zijn door de verkavelingsvergunning (ze tellen dan niet mee); "
            "hemelwatervoorzieningen zijn altijd opgelegd (hemelwaterverordening). "
            "Met DRY_RUN wordt alleen getoond wat de import zou doen.")

    INPUT = "INPUT"
    LAYER = "LAYER"
    STORE = "STORE"
    PROFILE = "PROFILE"
    CRS = "CRS"
    OPGELEGD = "OPGELEGD"
    PROJECTNAAM = "PROJECTNAAM"
    DRY_RUN = "DRY_RUN"
    DATE = "PEILDATUM"
    CREATED, UPDATED, UNCHANGED, REFUSED, IGNORED, SUMMARY = (
        "CREATED", "UPDATED", "UNCHANGED", "REFUSED", "IGNORED", "SUMMARY")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Plan (DXF, shapefile, GeoPackage, GeoJSON, GML of CSV)"),
            fileFilter="Plannen (*.dxf *.DXF *.shp *.zip *.gpkg *.geojson *.json *.gml *.csv);;Alle bestanden (*)"))
        self.addParameter(QgsProcessingParameterFile(
            self.STORE, self.tr("LEKP-opslag (GeoPackage)"), extension="gpkg"))
        self.addParameter(set_optional(QgsProcessingParameterString(
            self.PROFILE, self.tr("Importprofiel (naam of JSON-bestand; leeg: Vlaamse CAD-lagen)"))))
        self.addParameter(set_optional(QgsProcessingParameterCrs(
            self.CRS, self.tr("Coördinatenstelsel van het plan (leeg: uit het bestand, anders Lambert 72)"))))
        opgelegd = QgsProcessingParameterEnum(
            self.OPGELEGD, self.tr("Zijn de maatregelen opgelegd door de verkavelingsvergunning?"),
            list(OPGELEGD_CHOICES), defaultValue="nee")
        opgelegd.setUsesStaticStrings(True)
        self.addParameter(opgelegd)
        self.addParameter(set_optional(QgsProcessingParameterString(
            self.PROJECTNAAM, self.tr("Projectnaam (leeg: uit het profiel of de bestandsnaam)"))))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DRY_RUN, self.tr("Alleen tonen wat de import zou doen (niets schrijven)"), False))
        self.addParameter(set_advanced(set_optional(QgsProcessingParameterString(
            self.LAYER, self.tr("Laag in het bestand (leeg: alle lagen)")))))
        self.addParameter(set_advanced(set_optional(QgsProcessingParameterString(
            self.DATE, self.tr("Peildatum voor de validatie (JJJJ-MM-DD, leeg: vandaag)")))))
        for name, label in ((self.CREATED, self.tr("Nieuw")), (self.UPDATED, self.tr("Bijgewerkt")),
                            (self.UNCHANGED, self.tr("Ongewijzigd")),
                            (self.REFUSED, self.tr("Geweigerd (fouten)")),
                            (self.IGNORED, self.tr("Genegeerd"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Overzicht")))

    def _opgelegd(self, parameters, context) -> str:
        value = parameters.get(self.OPGELEGD, "nee")
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            index = int(value)
            return OPGELEGD_CHOICES[index] if 0 <= index < len(OPGELEGD_CHOICES) else str(value)
        return (self.parameterAsString(parameters, self.OPGELEGD, context) or "nee").strip().lower()

    def _date(self, parameters, context) -> _dt.date | None:
        text = (self.parameterAsString(parameters, self.DATE, context) or "").strip()
        return _dt.date.fromisoformat(text) if text else None

    def checkParameterValues(self, parameters, context):  # QGIS API
        """Missing files, a store that is no store, an unknown profile, CRS or date: refused before the run."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        from ...imports.messages import ImportFault
        from ...imports.profiles import resolve_profile
        from ...store.geopackage import is_store

        source = self.parameterAsFile(parameters, self.INPUT, context)
        if not source or not os.path.isfile(source):
            return False, self.tr("Het plan {0} bestaat niet.").format(source)
        store = self.parameterAsFile(parameters, self.STORE, context)
        if not store or not os.path.isfile(store):
            return False, self.tr("De opslag {0} bestaat niet.").format(store)
        if not is_store(store):
            return False, self.tr("{0} is geen LEKP-opslag.").format(store)
        try:
            resolve_profile(self.parameterAsString(parameters, self.PROFILE, context), profiles_dir())
        except ImportFault as exc:
            return False, exc.message(self.lang())
        if self._opgelegd(parameters, context) not in OPGELEGD_CHOICES:
            return False, self.tr("OPGELEGD moet 'ja' of 'nee' zijn.")
        try:
            self._date(parameters, context)
        except ValueError:
            return False, self.tr("De peildatum {0} is geen datum (JJJJ-MM-DD).").format(
                self.parameterAsString(parameters, self.DATE, context))
        return True, ""

    def process(self, parameters, context, feedback):
        from ...imports.messages import ImportFault
        from ...imports.pipeline import prepare_import, write_import
        from ...imports.profiles import resolve_profile

        lang = self.lang()
        source = self.parameterAsFile(parameters, self.INPUT, context)
        store = self.parameterAsFile(parameters, self.STORE, context)
        crs = crs_text(self.parameterAsCrs(parameters, self.CRS, context))
        dry_run = self.parameterAsBoolean(parameters, self.DRY_RUN, context)
        steps = {"lezen": self.tr("Plan lezen…"), "toewijzen": self.tr("Profiel toepassen…"),
                 "vergelijken": self.tr("Vergelijken met de opslag…"), "valideren": self.tr("Valideren…")}

        def step(name: str) -> None:
            feedback.setProgressText(steps.get(name, name))

        def written(done: int, total: int) -> None:
            feedback.setProgress(100.0 * done / max(total, 1))

        try:
            profile = resolve_profile(self.parameterAsString(parameters, self.PROFILE, context), profiles_dir())
            plan = prepare_import(source, store, profile=profile, crs=crs,
                                  opgelegd=self._opgelegd(parameters, context) == "ja",
                                  projectnaam=self.parameterAsString(parameters, self.PROJECTNAAM, context) or None,
                                  layer=self.parameterAsString(parameters, self.LAYER, context) or None,
                                  today=self._date(parameters, context), progress=step)
            summary = plan.summary(lang)
            feedback.pushInfo(summary)
            for c in plan.candidates:
                for f in c.findings:
                    line = f"{c.key} ({c.source_layer}, {c.properties['categorie']}): {f.code} {f.message(lang)}"
                    if f.severity.value == "error":
                        feedback.reportError(line, False)
                    else:
                        feedback.pushInfo(line)
            if dry_run:
                feedback.pushInfo(self.tr("Proefrun: er is niets geschreven."))
                actions = plan.actions()
                created, updated = actions.get("nieuw", 0), actions.get("bijwerken", 0)
                unchanged, refused = actions.get("ongewijzigd", 0), len(plan.refused)
            else:
                result = write_import(plan, progress=written)
                created, updated, unchanged, refused = (result.created, result.updated, result.unchanged,
                                                        result.refused)
                feedback.pushInfo(self.tr("Geschreven: {0} nieuw, {1} bijgewerkt.").format(created, updated))
        except ImportFault as exc:
            raise QgsProcessingException(exc.message(lang)) from None
        return {self.CREATED: created, self.UPDATED: updated, self.UNCHANGED: unchanged,
                self.REFUSED: refused, self.IGNORED: sum(plan.ignored.values()) + sum(plan.unrecognised.values()),
                self.SUMMARY: summary}
