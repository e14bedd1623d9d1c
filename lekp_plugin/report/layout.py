"""The LEKP progress report as a QGIS print layout, exported to PDF.

Page 1: title, gemeente, inwoners and reference year, a map of the gemeente
with the store's features styled per category, the progress table and how
it is counted.  Page 2: the cumulative chart 2021–2030 (a picture the plugin
draws, :mod:`.chart`), the parameter table, the gemeente's toelichting per
objective, and the sources.  Every page carries the date and page number.

The report's language is a parameter (Dutch by default), independent of the
QGIS interface language, so its texts live here in both languages.
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import Any

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import set_label_format
from ..core.catalogue import PARAMETERS
from ..core.progress_table import COLUMNS, format_number, format_quantity, headers, table_rows
from ..core.schema import BOUNDARY_LAYER, GEOMETRY_FAMILIES

#: One colour per parameter (hex), grouped by objective: greens, olive, brown, blues.
CATEGORY_COLOURS = {
    "boom": "#1b7837", "haag": "#5aae61", "geveltuin": "#c2a5cf", "natuurgroenperk": "#a6d96a",
    "ontharding": "#bf812d", "hemelwater_hergebruik": "#2166ac", "hemelwater_buffer": "#4393c3",
    "hemelwater_infiltratie": "#92c5de",
}

TEXTS = {
    "nl": {
        "title": "LEKP-voortgangsrapport klimaatadaptatie",
        "gemeente": "{naam} (NIS {nis})",
        "inwoners": "{inwoners} inwoners (referentiejaar {jaar}; bron: {bron})",
        "no_inwoners": "Inwoners onbekend: doelen onbekend",
        "peildatum": "Toestand op {datum}, periode 01/01/2021 – 31/12/2030",
        "map": "Geregistreerde verbeteringen",
        "table": "Voortgang tegenover de doelen van 2030",
        "rules": ("Gerealiseerd telt enkel uitgevoerde verbeteringen met een uitvoeringsdatum tussen "
                  "01/01/2021 en 31/12/2030, verwijderingen (gekapte bomen, gerooide hagen) afgetrokken. "
                  "Opgelegde verbeteringen (vergunning, verkavelingsvoorschrift, hemelwaterverordening), "
                  "geplande, die buiten de periode en die met een fout uit de validatie tellen niet mee "
                  "en staan apart. Verbeteringen onder een NIS-code van vóór de fusie van 1/1/2025 tellen "
                  "voor de nieuwe gemeente; gegroepeerde registraties tellen met hun ingevoerde hoeveelheid."),
        "chart": "Cumulatieve voortgang 2021–2030",
        "params": "Per parameter (zoals de parametertabel van het PactPortaal)",
        "param_headers": ["Parameter", "Gerealiseerd", "Gepland", "Opgelegd", "Buiten periode", "Met fouten"],
        "toelichting": "Toelichting van de gemeente",
        "no_toelichting": "(geen toelichting)",
        "sources": "Bronnen",
        "source_lines": ["Verbeteringen: LEKP-opslag {opslag} ({n} geregistreerde verbeteringen, {fouten} met fouten)",
                         "Inwoners: {bron_inwoners}",
                         "Gemeentegrens: {grens}",
                         "Doelen: LEKP 2021, werf 1 (vergroening) en werf 4 (water): {normen}"],
        "footer": "Gemaakt op {datum} met LEKP-registratie {versie} · pagina {page} van {pages}",
        "no_map": "Geen gemeentegrens en geen verbeteringen met geometrie: geen kaart.",
        "problems": "Let op",
        "unknown_source": "onbekend",
    },
    "en": {
        "title": "LEKP climate adaptation progress report",
        "gemeente": "{naam} (NIS {nis})",
        "inwoners": "{inwoners} inhabitants (reference year {jaar}; source: {bron})",
        "no_inwoners": "Population unknown: targets unknown",
        "peildatum": "Situation on {datum}, period 01/01/2021 – 31/12/2030",
        "map": "Registered improvements",
        "table": "Progress towards the 2030 targets",
        "rules": ("Realised counts only completed improvements with a completion date between 01/01/2021 "
                  "and 31/12/2030, removals (felled trees, grubbed hedges) subtracted. Imposed improvements "
                  "(permit, subdivision rules, rainwater regulation), planned ones, those outside the period "
                  "and those with a validation error do not count and are shown apart. Improvements under a "
                  "NIS code from before the 1/1/2025 merger count for the new municipality; grouped entries "
                  "count their entered quantity."),
        "chart": "Cumulative progress 2021–2030",
        "params": "Per parameter (as the PactPortaal's parameter table)",
        "param_headers": ["Parameter", "Realised", "Planned", "Imposed", "Outside period", "With errors"],
        "toelichting": "The municipality's explanation",
        "no_toelichting": "(no explanation)",
        "sources": "Sources",
        "source_lines": ["Improvements: LEKP store {opslag} ({n} registered improvements, {fouten} with errors)",
                         "Inhabitants: {bron_inwoners}",
                         "Municipal boundary: {grens}",
                         "Targets: LEKP 2021, work package 1 (greening) and 4 (water): {normen}"],
        "footer": "Made on {datum} with LEKP-registratie {versie} · page {page} of {pages}",
        "no_map": "No municipal boundary and no improvements with a geometry: no map.",
        "problems": "Note",
        "unknown_source": "unknown",
    },
}

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 12.0
#: Size of the chart picture on page 2 (mm); the chart is drawn at this size so its text stays readable.
CHART_W, CHART_H = PAGE_W - 2 * MARGIN, 118.0


def _fit(extent: QgsRectangle, aspect: float) -> QgsRectangle:
    """``extent`` grown in one direction to the map item's width/height ratio."""
    w, h = extent.width(), extent.height()
    if w / h < aspect:
        grow = (h * aspect - w) / 2
        return QgsRectangle(extent.xMinimum() - grow, extent.yMinimum(), extent.xMaximum() + grow, extent.yMaximum())
    grow = (w / aspect - h) / 2
    return QgsRectangle(extent.xMinimum(), extent.yMinimum() - grow, extent.xMaximum(), extent.yMaximum() + grow)
FONT = "DejaVu Sans"


def _date(iso: str | None) -> str:
    if not iso:
        return ""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size: float, bold: bool = False, colour: str = "#000000") -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(colour))
    return fmt


class ReportBuilder:
    """Builds the layout; keep it (and its project) alive until the export is done."""

    def __init__(self, voortgang: dict[str, Any], store_path: str, chart_path: str, lang: str = "nl",
                 problems: list[str] | None = None, plugin_version: str = "", features_total: int = 0,
                 errors_total: int = 0):
        self.v = voortgang
        self.store_path = store_path
        self.chart_path = chart_path
        self.lang = lang
        self.t = TEXTS[lang]
        self.problems = problems or []
        self.version = plugin_version
        self.features_total = features_total
        self.errors_total = errors_total
        self.project = QgsProject()
        self.layers: list[QgsVectorLayer] = []
        self.layout = QgsPrintLayout(self.project)

    # -- helpers -----------------------------------------------------------------
    def label(self, text: str, x: float, y: float, w: float, h: float, size: float = 9, bold: bool = False,
              page: int = 0, colour: str = "#000000", align=Qt.AlignmentFlag.AlignLeft) -> QgsLayoutItemLabel:
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        set_label_format(item, _font(size, bold), QColor(colour))
        item.setHAlign(align)
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        item.setMarginX(0)
        item.setMarginY(0)
        self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y), page=page)
        item.attemptResize(QgsLayoutSize(w, h))
        return item

    def table(self, header: list[str], rows: list[list[str]], x: float, y: float, w: float, h: float,
              widths: list[float], page: int = 0, size: float = 7.5) -> QgsLayoutItemTextTable:
        table = QgsLayoutItemTextTable(self.layout)
        self.layout.addMultiFrame(table)
        columns = []
        for text, width in zip(header, widths, strict=True):
            col = QgsLayoutTableColumn(text)
            col.setWidth(width)
            col.setHAlignment(Qt.AlignmentFlag.AlignLeft if not columns else Qt.AlignmentFlag.AlignRight)
            columns.append(col)
        table.setColumns(columns)
        table.setContents(rows)
        table.setHeaderTextFormat(_text_format(size, True))
        table.setContentTextFormat(_text_format(size))
        table.setCellMargin(1.2)
        table.setGridStrokeWidth(0.2)
        table.setGridColor(QColor("#999999"))
        table.setHeaderHAlignment(table.FollowColumn)
        table.setWrapBehavior(table.WrapText)
        frame = QgsLayoutFrame(self.layout, table)
        self.layout.addLayoutItem(frame)
        frame.attemptMove(QgsLayoutPoint(x, y), page=page)
        frame.attemptResize(QgsLayoutSize(w, h))
        table.addFrame(frame)
        return table

    # -- map ---------------------------------------------------------------------
    def _style(self, layer: QgsVectorLayer, family: str) -> None:
        """Categorized on ``categorie``: only the categories the layer holds (so the legend is short)."""
        cats = []
        present = {str(v) for v in layer.uniqueValues(layer.fields().indexOf("categorie"))}
        for code, colour in CATEGORY_COLOURS.items():
            if code not in present:
                continue
            param = PARAMETERS[code]
            if family == "punt":
                symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": "2.2",
                                                       "outline_color": "#ffffff", "outline_width": "0.2"})
            elif family == "lijn":
                symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.9"})
            else:
                symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#333333",
                                                     "outline_width": "0.15"})
            cats.append(QgsRendererCategory(code, symbol, param.label(self.lang)))
        layer.setRenderer(QgsCategorizedSymbolRenderer("categorie", cats))

    def load_layers(self) -> tuple[QgsVectorLayer | None, list[QgsVectorLayer]]:
        boundary = None
        features = []
        path = self.store_path
        for fam in GEOMETRY_FAMILIES:
            layer = QgsVectorLayer(f"{path}|layername={fam.layer_name}",
                                   fam.label_nl if self.lang == "nl" else fam.label_en, "ogr")
            if layer.isValid() and layer.featureCount() > 0:
                self._style(layer, fam.key)
                features.append(layer)
        layer = QgsVectorLayer(f"{path}|layername={BOUNDARY_LAYER}",
                               "Gemeentegrens" if self.lang == "nl" else "Municipal boundary", "ogr")
        if layer.isValid() and layer.featureCount() > 0:
            layer.renderer().setSymbol(QgsFillSymbol.createSimple(
                {"color": "#f4f4f0", "outline_color": "#333333", "outline_width": "0.5"}))
            boundary = layer
        self.layers = [*features, *([boundary] if boundary else [])]
        for lyr in self.layers:
            self.project.addMapLayer(lyr)
        return boundary, features

    def add_map(self, x: float, y: float, w: float, h: float) -> None:
        boundary, features = self.load_layers()
        extent = QgsRectangle()
        if boundary is not None:
            extent = boundary.extent()
        else:
            for lyr in features:
                extent.combineExtentWith(lyr.extent())
        if extent.isNull() or extent.isEmpty() and not features:
            self.label(self.t["no_map"], x, y + h / 2 - 5, w, 10, 9, align=Qt.AlignmentFlag.AlignHCenter)
            return
        if extent.width() < 200 or extent.height() < 200:
            extent = extent.buffered(200)
        legend_w = 48
        map_item = QgsLayoutItemMap(self.layout)
        map_item.setFrameEnabled(True)
        map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
        self.layout.addLayoutItem(map_item)
        map_item.attemptMove(QgsLayoutPoint(x, y))
        map_item.attemptResize(QgsLayoutSize(w - legend_w - 3, h))
        map_item.setCrs(self.layers[0].crs())
        map_item.setLayers(self.layers)
        map_item.setKeepLayerSet(True)
        map_item.setExtent(_fit(extent.buffered(max(extent.width(), extent.height()) * 0.03),
                                (w - legend_w - 3) / h))
        scale = QgsLayoutItemScaleBar(self.layout)
        scale.setStyle("Single Box")
        scale.setLinkedMap(map_item)
        scale.applyDefaultSize()
        scale.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        scale.setUnitLabel("km")
        scale.setNumberOfSegmentsLeft(0)
        scale.setNumberOfSegments(2)
        scale.setUnitsPerSegment(1.0 if extent.width() > 3000 else 0.2)
        scale.setTextFormat(_text_format(7))
        self.layout.addLayoutItem(scale)
        scale.attemptMove(QgsLayoutPoint(x + 3, y + h - 12))
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle("")
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.clear()
        for lyr in self.layers:
            node = root.addLayer(lyr)
            if lyr is not boundary:  # the categories say enough; the layer name (points, lines) is noise
                QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
        legend.setSymbolWidth(5)
        legend.setSymbolHeight(3.5)
        legend.setWrapString("")
        legend.setColumnSpace(0)
        for style in (QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Group):
            legend.setStyleFont(style, _font(7.5, style != QgsLegendStyle.Style.SymbolLabel))
        legend.setResizeToContents(False)
        self.layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(x + w - legend_w, y))
        legend.attemptResize(QgsLayoutSize(legend_w, h))

    # -- pages -------------------------------------------------------------------
    def _pages(self) -> None:
        pages = self.layout.pageCollection()
        for _ in range(2):
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
            pages.addPage(page)

    def build(self) -> QgsPrintLayout:
        t, v, lang = self.t, self.v, self.lang
        self.layout.setName(t["title"])
        self._pages()
        x, w = MARGIN, PAGE_W - 2 * MARGIN
        self.label(t["title"], x, 10, w, 8, 15, True, colour="#1b4d2e")
        self.label(t["gemeente"].format(naam=v.get("naam") or "?", nis=v.get("gemeente_nis") or "?"),
                   x, 19, w, 7, 12, True)
        if v.get("inwoners") is not None:
            line = t["inwoners"].format(inwoners=format_number(v["inwoners"], lang, 0),
                                        jaar=v.get("referentiejaar") or t["unknown_source"],
                                        bron=v.get("bron_inwoners") or t["unknown_source"])
        else:
            line = t["no_inwoners"]
        self.label(f"{line}\n{t['peildatum'].format(datum=_date(v.get('peildatum')))}", x, 27, w, 10, 8.5)
        y = 40
        if self.problems:
            text = f"{t['problems']}: " + " ".join(self.problems)
            self.label(text, x, y, w, 10, 8, colour="#b2182b")
            y += 11
        self.label(t["map"], x, y, w, 5, 10, True)
        map_h = 118 if not self.problems else 108
        self.add_map(x, y + 6, w, map_h)
        y += 6 + map_h + 5
        self.label(t["table"], x, y, w, 5, 10, True)
        rows = table_rows(v, lang)
        keys = [k for k, _nl, _en in COLUMNS]
        self.table(headers(lang), [[r[k] for k in keys] for r in rows], x, y + 6, w, 52,
                   [31, 22, 22, 13, 18, 22, 19, 19])
        self.label(t["rules"], x, y + 6 + 50, w, 24, 7, colour="#444444")
        # page 2
        y2 = 10
        self.label(t["chart"], x, y2, w, 5, 10, True, page=1)
        picture = QgsLayoutItemPicture(self.layout)
        picture.setPicturePath(self.chart_path)
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        self.layout.addLayoutItem(picture)
        picture.attemptMove(QgsLayoutPoint(x, y2 + 6), page=1)
        picture.attemptResize(QgsLayoutSize(CHART_W, CHART_H))
        y2 += 6 + CHART_H + 3
        self.label(t["params"], x, y2, w, 5, 10, True, page=1)
        prow = []
        for d in v["doelstellingen"]:
            for p in d["parameters"]:
                prow.append([p["label"] if lang == "nl" else p["label_en"],
                             *(format_quantity(p[k], p["eenheid"], lang)
                               for k in ("gerealiseerd", "gepland", "opgelegd", "buiten_periode", "met_fouten"))])
        self.table(t["param_headers"], prow, x, y2 + 6, w, 50, [44, 24, 24, 24, 24, 24], page=1)
        y2 += 6 + 48
        self.label(t["toelichting"], x, y2, w, 5, 10, True, page=1)
        lines = []
        for d in v["doelstellingen"]:
            text = " ".join((d.get("toelichting") or "").split()) or t["no_toelichting"]
            lines.append(f"• {d['label'] if lang == 'nl' else d['label_en']}: {text}")
        # about 125 characters of 8 pt per line of 186 mm, 3.6 mm a line; what does not fit is cut, not
        # printed over the sources
        height = min(sum(-(-len(line) // 125) for line in lines) * 3.6 + 2, PAGE_H - 12 - (y2 + 6) - 40)
        self.label("\n".join(lines), x, y2 + 6, w, height, 8, page=1)
        y2 += 6 + height + 4
        normen = "; ".join(f"{d['label'] if lang == 'nl' else d['label_en']}: "
                           f"{d['norm'] if lang == 'nl' else d['norm_en']}" for d in v["doelstellingen"])
        sources = [s.format(opslag=os.path.basename(self.store_path), n=self.features_total,
                            fouten=self.errors_total,
                            bron_inwoners=(f"{v.get('bron_inwoners')} ({v.get('referentiejaar')})"
                                           if v.get("inwoners") is not None else t["no_inwoners"]),
                            grens=v.get("bron_grens") or t["unknown_source"], normen=normen)
                   for s in t["source_lines"]]
        self.label(t["sources"], x, y2, w, 5, 10, True, page=1)
        self.label("\n".join(sources), x, y2 + 6, w, 26, 7.5, page=1, colour="#333333")
        now = _dt.datetime.now().strftime("%d/%m/%Y %H:%M")
        for page in range(2):
            self.label(t["footer"].format(datum=now, versie=self.version, page=page + 1, pages=2),
                       x, PAGE_H - 10, w, 5, 7, page=page, colour="#666666", align=Qt.AlignmentFlag.AlignRight)
        return self.layout

    def export_pdf(self, path: str) -> tuple[bool, str]:
        exporter = QgsLayoutExporter(self.layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = False
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # readers search and copy it
        result = exporter.exportToPdf(path, settings)
        return result == QgsLayoutExporter.ExportResult.Success, exporter.errorMessage() if hasattr(exporter, "errorMessage") \
            else str(result)

    def export_png(self, path: str, dpi: int = 80) -> list[str]:
        """Each page as a PNG (``path`` gets ``_2`` etc. for later pages), for looking at the report."""
        exporter = QgsLayoutExporter(self.layout)
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        exporter.exportToImage(path, settings)
        return exporter.generateFileNames(path) if hasattr(exporter, "generateFileNames") else [path]
