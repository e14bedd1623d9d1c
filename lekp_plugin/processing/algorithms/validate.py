"""``lekp:validate``: every SPEC §4 rule over the given layers, as a findings table and reports."""

from __future__ import annotations

import datetime as _dt
import gc
import json
import time

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...compat import FIELD_TYPES, set_advanced, set_optional, source_type, vector_polygon_type, wkb_type
from ..base import LekpAlgorithm


def _parse_date(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None


#: Type and width of every column of the findings table (report.FIELDS gives the order).
#: Ids get no width: a shapefile would cut a non-UUID id and lose which feature it is.
_FIELD_DEFS = {"feature_id": ("string", 0), "code": ("string", 9), "severity": ("string", 7),
               "message": ("string", 0), "ander_id": ("string", 0), "laag": ("string", 0),
               "bron_fid": ("int64", 0), "parameters": ("string", 0)}


def findings_fields() -> QgsFields:
    """The findings table's fields: SPEC §5's four, then ander_id, laag, bron_fid, parameters.

    The source feature's fid is ``bron_fid``: a field called ``fid`` becomes
    a GeoPackage output's primary key, and the second finding on one feature
    would then be refused.
    """
    from ...core.validation.report import FIELDS

    fields = QgsFields()
    for name in FIELDS:
        kind, length = _FIELD_DEFS[name]
        fields.append(QgsField(name, FIELD_TYPES[kind], len=length))
    return fields


def _sink_error(sink) -> str:
    """What the sink says went wrong (QgsFeatureSink.lastError), or a dash."""
    try:
        text = sink.lastError()
    except AttributeError:
        text = ""
    return text or "-"


class ValidateAlgorithm(LekpAlgorithm):
    NAME = "validate"
    DISPLAY = "Verbeteringen valideren (LEKP-regels)"
    GROUP = "Validatie"
    HELP = ("Controleert de verbeteringen in de gekozen lagen op alle LEKP-regels: verplichte "
            "velden, geldige geometrie en geometrietype, ligging in Vlaanderen en in de gemeente, "
            "oppervlakte en hoeveelheid, datums, overlappingen en dubbele registraties. "
            "Schrijft een tabel met bevindingen (feature_id, code, severity, message, ander_id, "
            "laag, bron_fid, parameters) en desgewenst een HTML- en CSV-rapport. Een overlapping "
            "of dubbele registratie geeft een rij bij elk van beide objecten, met het andere "
            "object in ander_id. Fouten blokkeren de synchronisatie.")

    INPUT = "INPUT"
    BOUNDARY = "BOUNDARY"
    REFERENCE = "REFERENCE"
    DATE = "PEILDATUM"
    OUTPUT = "OUTPUT"
    REPORT_HTML = "REPORT_HTML"
    REPORT_CSV = "REPORT_CSV"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("Lagen met verbeteringen"), source_type("VectorAnyGeometry")))
        self.addParameter(set_optional(QgsProcessingParameterVectorLayer(
            self.BOUNDARY, self.tr("Gemeentegrens"), [vector_polygon_type()])))
        self.addParameter(set_optional(QgsProcessingParameterMultipleLayers(
            self.REFERENCE, self.tr("Referentielagen (overlappingen en dubbels)"),
            source_type("VectorAnyGeometry"))))
        self.addParameter(set_advanced(set_optional(QgsProcessingParameterString(
            self.DATE, self.tr("Peildatum (JJJJ-MM-DD, leeg: vandaag)")))))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Bevindingen"), source_type("Vector")))
        self.addParameter(set_optional(QgsProcessingParameterFileDestination(
            self.REPORT_HTML, self.tr("HTML-rapport"), "HTML (*.html *.htm)", optional=True,
            createByDefault=False)))
        self.addParameter(set_optional(QgsProcessingParameterFileDestination(
            self.REPORT_CSV, self.tr("CSV-rapport"), "CSV (*.csv)", optional=True, createByDefault=False)))
        for name, label in (("FEATURES", self.tr("Gecontroleerde objecten")), ("ERRORS", self.tr("Fouten")),
                            ("WARNINGS", self.tr("Waarschuwingen")), ("INFOS", self.tr("Info"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("COUNTS", self.tr("Aantal per code (JSON)")))

    def checkParameterValues(self, parameters, context):  # QGIS API
        """A bad reference date is refused before the run (the dialog shows it at once)."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        date_text = self.parameterAsString(parameters, self.DATE, context).strip()
        if date_text and _parse_date(date_text) is None:
            return False, self.tr("Peildatum '{0}' is geen datum van de vorm JJJJ-MM-DD.").format(date_text)
        return True, ""

    def write_rows(self, sink, rows, lang: str = "nl", fields: QgsFields | None = None) -> None:
        """Every row into ``sink``; a refused row fails the run, naming the finding.

        ``rows`` are the findings table's rows (lists in ``report.FIELDS``
        order, as ``report.table_rows`` makes them) or :class:`Row` objects.
        ``addFeature`` says False when the output refuses a row (a constraint,
        a full disk); ignoring that once lost thousands of findings without
        a word.  The fields are built once and one ``QgsFeature`` is reused
        (the sink copies it).
        """
        from ...core.validation.report import Row

        feat = QgsFeature(fields if fields is not None else findings_fields())
        values = [list(r.values(lang)) for r in rows] if rows and isinstance(rows[0], Row) else rows
        total = len(values)
        add, fast, set_attributes = sink.addFeature, QgsFeatureSink.Flag.FastInsert, feat.setAttributes
        for number, row in enumerate(values, start=1):
            set_attributes(row)
            if not add(feat, fast):
                raise QgsProcessingException(self._refused(sink, row, number, total))
        if not sink.flushBuffer():
            raise QgsProcessingException(self.tr(
                "De bevindingen konden niet volledig naar de uitvoer geschreven worden: {0}").format(
                    _sink_error(sink)))

    def _refused(self, sink, row, number: int, total: int) -> str:
        feature_id, code, laag, bron_fid = row[0], row[1], row[5], row[6]
        what = feature_id or self.tr("(zonder id)")
        where = ", ".join(part for part in (
            self.tr("laag {0}").format(laag) if laag else "",
            f"fid {bron_fid}" if bron_fid is not None else "") if part)
        return self.tr("Bevinding {0} van object {1} ({2}rij {3} van {4}) werd door de uitvoer geweigerd; "
                       "de tabel met bevindingen is onvolledig. Kies een ander uitvoerformaat of "
                       "-bestand. Melding van de uitvoer: {5}").format(
            code, what, f"{where}; " if where else "", number, total, _sink_error(sink))

    def process(self, parameters, context, feedback):
        # Python's cyclic garbage collector would walk every object of QGIS and Processing
        # again and again while a whole territory's features and findings are made (seen:
        # a third of the run); they hold no reference cycles, so it is paused meanwhile.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._process(parameters, context, feedback)
        finally:
            if collecting:
                gc.enable()

    def _process(self, parameters, context, feedback):
        self.require_dependencies()
        # imported here: they need shapely 2, which the check above guarantees
        from ...core.validation import Reference, validate_arrays
        from ...core.validation.report import (
            Row,
            counts_per_code,
            counts_per_severity,
            sort_rows,
            table_rows,
            to_csv,
            to_html,
        )
        from ...qgisfeatures import read_features, read_layers, source_layer_name, union_geometry

        lang = self.lang()
        layers = self.parameterAsLayerList(parameters, self.INPUT, context)
        if not layers:
            raise QgsProcessingException(self.tr("Kies minstens één laag met verbeteringen."))
        boundary_layer = self.parameterAsVectorLayer(parameters, self.BOUNDARY, context)
        reference_layers = self.parameterAsLayerList(parameters, self.REFERENCE, context) or []
        date_text = self.parameterAsString(parameters, self.DATE, context).strip()
        today = _parse_date(date_text) if date_text else None

        for layer in layers:
            feedback.pushInfo(self.tr("Lezen: {0} ({1} objecten)").format(layer.name(), layer.featureCount()))
        started = time.perf_counter()
        batch = read_layers(layers, feedback)
        read_s = time.perf_counter() - started
        if feedback.isCanceled():
            return {}
        names = {layer.id(): source_layer_name(layer) for layer in layers}
        feedback.setProgress(30)

        boundary = union_geometry(boundary_layer) if boundary_layer is not None else None
        reference = None
        if reference_layers:
            reference = Reference([f for layer in reference_layers for f in read_features(layer)])
        feedback.pushInfo(self.tr("Controleren: {0} objecten").format(len(batch)))
        started = time.perf_counter()
        findings = validate_arrays(batch.ids, batch.geometries, batch.columns, boundary=boundary,
                                   reference=reference, today=today)
        engine_s = time.perf_counter() - started
        feedback.setProgress(80)

        started = time.perf_counter()
        lids, fids = batch.layer_ids, batch.fids
        laag = [names[lid] for lid in lids] if len(names) > 1 else [*names.values()] * len(lids)
        table = table_rows(findings, lang, laag, fids)
        fields = findings_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             wkb_type("NoGeometry"))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        self.write_rows(sink, table, lang, fields)
        write_s = time.perf_counter() - started
        feedback.pushInfo(self.tr("Bevindingen geschreven: {0}").format(len(table)))
        # scripts/bench_validate.py reads this line: keep "{name} {seconds:.3f} s" per phase
        feedback.pushInfo(self.tr("Duur: lezen {0:.3f} s, controleren {1:.3f} s, schrijven {2:.3f} s").format(
            read_s, engine_s, write_s))

        results = {self.OUTPUT: dest_id, "FEATURES": len(batch)}
        html_path = self.parameterAsFileOutput(parameters, self.REPORT_HTML, context)
        csv_path = self.parameterAsFileOutput(parameters, self.REPORT_CSV, context)
        if html_path or csv_path:
            size = len(batch)
            rows = sort_rows([Row(f) if f.index is None or f.index >= size
                              else Row(f, laag[f.index], fids[f.index]) for f in findings])
        if html_path:
            with open(html_path, "w", encoding="utf-8") as fh:
                fh.write(to_html(rows, len(batch), lang))
            results[self.REPORT_HTML] = html_path
        if csv_path:
            with open(csv_path, "w", encoding="utf-8", newline="") as fh:
                fh.write(to_csv(rows, lang))
            results[self.REPORT_CSV] = csv_path

        counts = counts_per_code(findings)
        severities = counts_per_severity(findings)
        for code, count in counts.items():
            feedback.pushInfo(f"{code}: {count}")
        results.update(ERRORS=severities["error"], WARNINGS=severities["warning"],
                       INFOS=severities["info"], COUNTS=json.dumps(counts))
        feedback.setProgress(100)
        return results
