"""``lekp:progressreport``: the LEKP report (PDF print layout), the table as CSV and the PactPortaal hand-over."""

from __future__ import annotations

import datetime as _dt
import json
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ...compat import set_advanced, set_optional
from ..base import LekpAlgorithm

LANGUAGES = ("nl", "en")


def _parse_date(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None


class ProgressReportAlgorithm(LekpAlgorithm):
    NAME = "progressreport"
    DISPLAY = "Voortgangsrapport LEKP (PDF, CSV, PactPortaal)"
    GROUP = "Rapportering"
    HELP = ("Maakt het voortgangsrapport van de gemeente tegenover de doelen van 2030: een PDF met een "
            "kaart van de verbeteringen per categorie, de voortgangstabel, de cumulatieve grafiek "
            "2021–2030, de toelichting per doelstelling en de bronnen; desgewenst de tabel als CSV en "
            "een overdrachtsbestand in de vorm van de parametertabel van het PactPortaal (per "
            "doelstelling en parameter: gerealiseerd, gepland, opgelegd, toelichting). Alleen uitgevoerde "
            "verbeteringen tussen 01/01/2021 en 31/12/2030 tellen; verwijderingen tellen negatief; "
            "opgelegde, geplande, die buiten de periode en die met fouten staan apart. Het aantal "
            "inwoners komt uit de opslag (manueel ingegeven), een gekozen bevolkingsbestand van Statbel "
            "(CSV of XLSX) of de referentiegegevens van de plugin.")

    STORE = "STORE"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_HANDOVER = "OUTPUT_HANDOVER"
    LANGUAGE = "LANGUAGE"
    DATE = "PEILDATUM"
    POPULATION = "POPULATION"
    INWONERS = "INWONERS"
    REGISTRY_URL = "REGISTRY_URL"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.STORE, self.tr("LEKP-opslag (GeoPackage)"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Rapport (PDF)"), "PDF (*.pdf)"))
        self.addParameter(set_optional(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, self.tr("Voortgangstabel (CSV)"), "CSV (*.csv)", optional=True,
            createByDefault=False)))
        self.addParameter(set_optional(QgsProcessingParameterFileDestination(
            self.OUTPUT_HANDOVER, self.tr("Overdracht PactPortaal (CSV)"), "CSV (*.csv)", optional=True,
            createByDefault=False)))
        language = QgsProcessingParameterEnum(self.LANGUAGE, self.tr("Taal van het rapport"), list(LANGUAGES),
                                              defaultValue="nl")
        language.setUsesStaticStrings(True)
        self.addParameter(language)
        self.addParameter(set_optional(QgsProcessingParameterString(
            self.DATE, self.tr("Peildatum (JJJJ-MM-DD, leeg: vandaag)"))))
        self.addParameter(set_advanced(set_optional(QgsProcessingParameterFile(
            self.POPULATION, self.tr("Bevolkingsbestand van Statbel (CSV of XLSX, leeg: referentiegegevens)"),
            fileFilter="Statbel (*.csv *.txt *.xlsx)"))))
        self.addParameter(set_advanced(set_optional(QgsProcessingParameterString(
            self.REGISTRY_URL, self.tr("Inwoners uit het register (URL, leeg: niet)")))))
        self.addParameter(set_advanced(set_optional(QgsProcessingParameterNumber(
            self.INWONERS, self.tr("Aantal inwoners (leeg: uit de opslag of de referentiegegevens)"),
            QgsProcessingParameterNumber.Type.Integer, minValue=1))))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", self.tr("Verbeteringen")))
        self.addOutput(QgsProcessingOutputNumber("ERRORS", self.tr("Verbeteringen met fouten")))
        self.addOutput(QgsProcessingOutputString("VOORTGANG", self.tr("Voortgang (JSON)")))

    def _language(self, parameters, context) -> str:
        value = parameters.get(self.LANGUAGE, "nl")
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            index = int(value)
            return LANGUAGES[index] if 0 <= index < len(LANGUAGES) else "nl"
        text = (self.parameterAsString(parameters, self.LANGUAGE, context) or "nl").strip().lower()
        return text if text in LANGUAGES else "nl"

    def checkParameterValues(self, parameters, context):  # QGIS API
        """A missing store, a bad date or population file is refused before the run."""
        from ...core.population import PopulationError, read_population_file
        from ...store.geopackage import is_store

        lang = str(parameters.get(self.LANGUAGE, "nl")).strip().lower()
        if lang not in (*LANGUAGES, "0", "1"):
            return False, self.tr("Taal '{0}' is onbekend; kies nl of en.").format(lang)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        store = self.parameterAsFile(parameters, self.STORE, context)
        if not store or not os.path.isfile(store):
            return False, self.tr("De opslag {0} bestaat niet.").format(store)
        if not is_store(store):
            return False, self.tr("{0} is geen LEKP-opslag.").format(store)
        date_text = self.parameterAsString(parameters, self.DATE, context).strip()
        if date_text and _parse_date(date_text) is None:
            return False, self.tr("Peildatum '{0}' is geen datum van de vorm JJJJ-MM-DD.").format(date_text)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        if pdf and not pdf.lower().endswith(".pdf"):
            return False, self.tr("Het rapport moet een .pdf-bestand zijn: {0}").format(pdf)
        url = self.parameterAsString(parameters, self.REGISTRY_URL, context).strip()
        if url and not url.lower().startswith(("http://", "https://")):
            return False, self.tr("'{0}' is geen URL van een register (http:// of https://).").format(url)
        population = self.parameterAsFile(parameters, self.POPULATION, context)
        if population and not os.path.isfile(population):
            return False, self.tr("Het bevolkingsbestand {0} bestaat niet.").format(population)
        if population:
            try:
                read_population_file(population)
            except PopulationError as exc:
                return False, exc.message(self.lang())
        return True, ""

    def process(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core.population import PopulationError
        from ...core.progress_table import handover_csv, to_csv
        from ...plugin_version import version
        from ...report import chart
        from ...report.layout import ReportBuilder
        from ...report.storedata import gather

        lang = self._language(parameters, context)
        store = self.parameterAsFile(parameters, self.STORE, context)
        date_text = self.parameterAsString(parameters, self.DATE, context).strip()
        peildatum = _parse_date(date_text) if date_text else None
        population = self.parameterAsFile(parameters, self.POPULATION, context) or None
        inwoners = None
        if parameters.get(self.INWONERS) not in (None, ""):
            inwoners = self.parameterAsInt(parameters, self.INWONERS, context)

        registry_url = self.parameterAsString(parameters, self.REGISTRY_URL, context).strip() or None
        session = None
        if registry_url:
            from ...sync.qgis_adapter import session_with_qgis_proxy

            session = session_with_qgis_proxy()
        feedback.pushInfo(self.tr("Opslag lezen en valideren: {0}").format(store))
        try:
            gathered = gather(store, population_file=population, inwoners=inwoners, peildatum=peildatum,
                              registry_url=registry_url, session=session)
        except PopulationError as exc:
            raise QgsProcessingException(exc.message(lang)) from None
        finally:
            if session is not None:
                session.close()
        v = gathered.voortgang
        problems = [p.message(lang) for p in gathered.problems]
        for text in problems:
            feedback.reportError(text, fatalError=False)
        feedback.setProgress(40)

        chart_base = os.path.join(QgsProcessingUtils.tempFolder(), f"lekp_grafiek_{os.getpid()}")
        chart_path = chart.render(v, chart_base, lang)
        feedback.setProgress(60)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        builder = ReportBuilder(v, store, chart_path, lang, problems, version(),
                                features_total=len(gathered.data.features),
                                errors_total=len(gathered.data.error_ids))
        builder.build()
        ok, error = builder.export_pdf(pdf)
        if not ok:
            raise QgsProcessingException(self.tr("Het rapport kon niet geschreven worden naar {0}: {1}").format(
                pdf, error))
        feedback.pushInfo(self.tr("Rapport geschreven: {0}").format(pdf))
        results = {self.OUTPUT_PDF: pdf, "FEATURES": len(gathered.data.features),
                   "ERRORS": len(gathered.data.error_ids), "VOORTGANG": json.dumps(v, ensure_ascii=False)}
        for key, text in ((self.OUTPUT_CSV, lambda: to_csv(v, lang)), (self.OUTPUT_HANDOVER, lambda: handover_csv(v))):
            path = self.parameterAsFileOutput(parameters, key, context)
            if path:
                try:
                    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                        fh.write(text())
                except OSError as exc:
                    raise QgsProcessingException(self.tr("{0} kon niet geschreven worden: {1}").format(
                        path, exc.strerror or exc)) from None
                results[key] = path
        feedback.setProgress(100)
        return results
