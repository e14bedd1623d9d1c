"""The Voortgang tab of the LEKP dock: progress towards the 2030 targets, live.

Shows the gemeente, its inwoners and reference year; per objective a bar of
realised (dark) and planned (light) against the target with the numbers and
unit; the cumulative chart 2021–2030 against the target line for the chosen
objective; and the gemeente's toelichting for it, editable and stored in the
store's ``lekp_meta``.  A click on an objective selects the features that
count for it.  It re-reads the store when one of its layers saves edits.
The figures come from :mod:`lekp_plugin.report.storedata` (the same as the
report's), so the dock and the PDF never disagree.
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
import tempfile
import time

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QRectF, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from qgis.PyQt.QtWidgets import QFrame, QInputDialog, QMessageBox, QScrollArea, QSizePolicy, QWidget

from .. import i18n
from ..core.progress_table import format_percentage, format_quantity
from ..i18n import tr
from .ui import load_ui

LOGGER = logging.getLogger(__name__)
FORM_CLASS, _ = load_ui("progress_panel")

REALISED = QColor("#1b7837")
PLANNED = QColor("#a6dba0")
TRACK = QColor("#e6e6e6")
NEGATIVE = QColor("#b2182b")


class ObjectiveBar(QFrame):
    """One objective: its label and numbers above a bar of realised and planned against the target."""

    clicked = pyqtSignal(str)

    def __init__(self, entry: dict, lang: str, parent=None):
        super().__init__(parent)
        self.entry = entry
        self.lang = lang
        self.selected = False
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        line = self.fontMetrics().height()
        self.setFixedHeight(3 * line + 18)
        self.setMinimumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        d = entry
        unit = d["eenheid"]
        realised = format_quantity(d["gerealiseerd"], unit, lang)
        target = format_quantity(d["doel_waarde"], unit, lang, target=True)
        self.title = d["label"] if lang == "nl" else d["label_en"]
        self.numbers = f"{realised} / {target}"
        extra = []
        for key, label in (("gepland", tr("ProgressPanel", "gepland")), ("opgelegd", tr("ProgressPanel", "opgelegd")),
                           ("buiten_periode", tr("ProgressPanel", "buiten periode")), ("met_fouten", tr("ProgressPanel", "fouten"))):
            if d[key]:
                extra.append(f"{label} {format_quantity(d[key], unit, lang)}")
        self.detail = " · ".join(extra)
        self.setToolTip("\n".join([self.title, self.numbers, *extra]))

    def mousePressEvent(self, event):
        self.clicked.emit(self.entry["doelstelling"])
        super().mousePressEvent(event)

    def fractions(self) -> tuple[float, float]:
        """Realised and realised + planned as a share of the target (0..1); nothing without a target
        (a bar full to an unknown target would read as "reached")."""
        d = self.entry
        goal = d["doel_waarde"]
        if not goal:
            return 0.0, 0.0
        realised = max(0.0, d["gerealiseerd"])
        planned = max(0.0, d["gerealiseerd"] + d["gepland"])
        return min(1.0, realised / goal), min(1.0, planned / goal)

    def paintEvent(self, event):
        """Title and percentage; realised / target; the bar; what does not count (yet)."""
        super().paintEvent(event)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width() - 8
        line = self.fontMetrics().height()
        if self.selected:
            p.fillRect(self.rect(), QColor("#eef6ee"))
        text = self.palette().windowText().color()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QPen(text))
        pct = format_percentage(self.entry["percentage"], self.lang) if self.entry["percentage"] is not None else ""
        p.drawText(QRectF(4, 1, w, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.fontMetrics().elidedText(self.title, Qt.TextElideMode.ElideRight, int(w * 0.75)))
        p.drawText(QRectF(4, 1, w, line), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, pct)
        p.setFont(self.font())
        p.setPen(QPen(NEGATIVE if self.entry["gerealiseerd"] < 0 else text))
        p.drawText(QRectF(4, 1 + line, w, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.fontMetrics().elidedText(self.numbers, Qt.TextElideMode.ElideRight, w))
        realised, planned = self.fractions()
        bar = QRectF(4, 3 + 2 * line, w, 9)
        p.setPen(Qt.PenStyle.NoPen)
        p.fillRect(bar, TRACK)
        p.fillRect(QRectF(bar.x(), bar.y(), bar.width() * planned, bar.height()), PLANNED)
        p.fillRect(QRectF(bar.x(), bar.y(), bar.width() * realised, bar.height()), REALISED)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        p.setFont(small)
        p.setPen(QPen(QColor("#555555")))
        detail = self.detail
        p.drawText(QRectF(4, 14 + 2 * line, w, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight, w))
        p.end()


class GatherTask(QgsTask):
    """The store's progress (:func:`lekp_plugin.report.storedata.gather`) off the main thread."""

    def __init__(self, store_path: str):
        super().__init__(tr("ProgressPanel", "LEKP-voortgang berekenen"), QgsTask.Flags())
        self.store_path = store_path
        self.result = None
        self.error: Exception | None = None
        self.done_callback = None

    def run(self) -> bool:
        from ..report.storedata import gather

        try:
            self.result = gather(self.store_path)
            return True
        except Exception as exc:  # a bad override, a store being written: shown in the tab
            LOGGER.warning("progress of %s: %s", self.store_path, exc)
            self.error = exc
            return False

    def finished(self, ok: bool) -> None:
        if self.done_callback is not None:
            self.done_callback(self)


class ProgressPanel(QWidget, FORM_CLASS):
    """The Voortgang tab (inside the LEKP dock)."""

    def __init__(self, parent=None, iface=None):
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.store_path = ""
        self.layers: list = []
        self.gathered = None
        self.task: GatherTask | None = None
        self._again = False
        #: while this says True a refresh waits (:meth:`resume`): the dock's "Alles valideren"
        #: checks the whole store too, and two such runs at once starve QGIS's main thread
        self.defer_while = None
        self._chart_width = 0
        self.current = "bomen"
        self.bars: dict[str, ObjectiveBar] = {}
        self._chart_dir = tempfile.mkdtemp(prefix="lekp-voortgang-")
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)  # one refresh for a commit that touches several layers
        self._refresh_timer.timeout.connect(self.refresh)
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(150)
        self._chart_timer.timeout.connect(lambda: self._draw_chart(self.current, i18n.language()))
        self.reportButton.clicked.connect(self.make_report)
        self.refreshButton.clicked.connect(self.refresh)
        self.inwonersButton.clicked.connect(self.ask_inwoners)
        self.saveToelichtingButton.clicked.connect(self.save_toelichting)
        self.toelichtingEdit.textChanged.connect(self._toelichting_edited)
        # the chart is drawn for the panel's width: its picture must not widen the panel
        self.chartLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.chartLabel.setMinimumWidth(1)  # 0 would let the pixmap's size be the minimum
        self._show_enabled(False)

    def scrolled(self, parent=None) -> QScrollArea:
        """The panel in a scroll area: a short dock scrolls instead of squeezing the bars."""
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self)
        return scroll

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if abs(event.size().width() - 16 - self._chart_width) > 20:
            self._chart_timer.start()  # the chart is drawn for the panel's width

    # -- store -------------------------------------------------------------------
    def set_store(self, path: str, layers=()) -> None:
        self._unwatch()
        self.store_path = path
        for layer in layers:
            try:
                layer.afterCommitChanges.connect(self._refresh_timer.start)
                self.layers.append(layer)
            except (AttributeError, TypeError):
                pass
        self.refresh()

    def _unwatch(self) -> None:
        for layer in self.layers:
            try:
                layer.afterCommitChanges.disconnect(self._refresh_timer.start)
            except (TypeError, RuntimeError):
                pass
        self.layers = []

    def cleanup(self) -> None:
        if self.task is not None:
            self.task.done_callback = None
            self.task = None
        self._again = False
        self._refresh_timer.stop()
        self._chart_timer.stop()
        self._unwatch()

    def _show_enabled(self, on: bool) -> None:
        for w in (self.inwonersButton, self.refreshButton, self.reportButton, self.toelichtingEdit,
                  self.saveToelichtingButton):
            w.setEnabled(on)

    # -- figures -----------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the store (saved features, findings, population, toelichting) in a task, then redraw.

        Counting validates every feature, so it runs in QGIS's task manager;
        a refresh asked for while one runs follows when it is done.
        """
        if not self.store_path or not os.path.exists(self.store_path):
            return
        if self.task is not None or (self.defer_while is not None and self.defer_while()):
            self._again = True
            return
        self._again = False
        self.task = GatherTask(self.store_path)
        self.task.done_callback = self._gathered
        QgsApplication.taskManager().addTask(self.task)

    def resume(self) -> None:
        """A refresh that waited for :attr:`defer_while` runs now."""
        if self._again and self.task is None:
            self.refresh()

    def busy(self) -> bool:
        return self.task is not None or self._again or self._refresh_timer.isActive()

    def wait(self, timeout: float = 60.0) -> bool:
        """Process events until no refresh is running or waiting (tests, scripts); False on timeout."""
        end = time.monotonic() + timeout
        while self.busy() and time.monotonic() < end:
            QgsApplication.processEvents()
            time.sleep(0.01)
        return not self.busy()

    def _gathered(self, task: GatherTask) -> None:
        self.task = None
        lang = i18n.language()
        if task.error is not None:
            message = task.error.message(lang) if hasattr(task.error, "message") else \
                tr("ProgressPanel", "De voortgang kon niet gelezen worden: {0}").format(task.error)
            self.problemLabel.setText(message)
            self.problemLabel.setVisible(True)
        elif task.result is not None and task.store_path == self.store_path:
            self.show_gathered(task.result, lang)
        if self._again:
            self.refresh()

    def show_gathered(self, gathered, lang: str) -> None:
        self.gathered = gathered
        v = gathered.voortgang
        naam = v.get("naam") or "?"
        if v.get("inwoners") is not None:
            people = tr("ProgressPanel", "{0} inwoners (referentiejaar {1}; {2})").format(
                format_quantity(v["inwoners"], "stuks", lang).rsplit(" ", 1)[0],
                v.get("referentiejaar") or "?", v.get("bron_inwoners") or "?")
        else:
            people = tr("ProgressPanel", "Inwoners onbekend: doelen onbekend")
        self.gemeenteLabel.setText(f"<b>{naam}</b> ({v.get('gemeente_nis')})<br>{people}<br>"
                                   + (tr("ProgressPanel", "{0} verbetering, {1} met fouten; toestand {2}")
                                      if len(gathered.data.features) == 1 else
                                      tr("ProgressPanel", "{0} verbeteringen, {1} met fouten; toestand {2}")).format(
                                       len(gathered.data.features), len(gathered.data.error_ids),
                                       _dt.date.today().strftime("%d/%m/%Y")))
        self.problemLabel.setText(" ".join(p.message(lang) for p in gathered.problems))
        self.problemLabel.setVisible(bool(gathered.problems))
        self._show_enabled(True)
        self._fill_bars(v, lang)
        self.show_objective(self.current, select=False)

    def _fill_bars(self, v: dict, lang: str) -> None:
        while self.barsLayout.count():
            item = self.barsLayout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.bars = {}
        for d in v["doelstellingen"]:
            bar = ObjectiveBar(d, lang, self)
            bar.clicked.connect(self.show_objective)
            self.barsLayout.addWidget(bar)
            self.bars[d["doelstelling"]] = bar

    def entry(self, code: str) -> dict | None:
        if self.gathered is None:
            return None
        return next((d for d in self.gathered.voortgang["doelstellingen"] if d["doelstelling"] == code), None)

    def show_objective(self, code: str, select: bool = True) -> None:
        """Mark the objective, draw its chart, show its toelichting and (on a click) select its features."""
        d = self.entry(code)
        if d is None:
            return
        if self.toelichtingEdit.property("dirty") and code != self.current:
            self.save_toelichting()
        self.current = code
        for c, bar in self.bars.items():
            bar.selected = c == code
            bar.update()
        lang = i18n.language()
        self._draw_chart(code, lang)
        label = d["label"] if lang == "nl" else d["label_en"]
        self.toelichtingTitle.setText(tr("ProgressPanel", "Toelichting: {0}").format(label))
        self.toelichtingEdit.blockSignals(True)
        self.toelichtingEdit.setPlainText(d.get("toelichting") or "")
        self.toelichtingEdit.blockSignals(False)
        self.toelichtingEdit.setProperty("dirty", False)
        self.toelichtingState.setText("")
        if select:
            self.select_counting(code)

    def _draw_chart(self, code: str, lang: str) -> None:
        from ..report import chart

        if self.gathered is None or self.entry(code) is None:
            return
        viewport = self.parentWidget()  # the scroll area's viewport: the width the panel will get
        width = max(240, max(self.width(), viewport.width() if viewport is not None else 0) - 16)
        self._chart_width = width
        base = os.path.join(self._chart_dir, f"grafiek_{code}")
        try:
            if chart.has_matplotlib():
                path = chart.render_png(self.gathered.voortgang, base + ".png", lang, width_mm=width / 96 * 25.4,
                                        height_mm=width * 0.62 / 96 * 25.4, dpi=96, objectives=[code])
            else:
                path = chart.render_svg({**self.gathered.voortgang,
                                         "doelstellingen": [self.entry(code)]}, base + ".svg", lang,
                                        width=width, panel_height=int(width * 0.62))
        except Exception:  # the chart is an extra: the bars still tell the story
            LOGGER.exception("chart")
            self.chartLabel.setText(tr("ProgressPanel", "De grafiek kon niet getekend worden."))
            return
        pixmap = QPixmap(path)
        self.chartLabel.setFixedHeight(pixmap.height())
        self.chartLabel.setPixmap(pixmap)

    def counting_features(self, code: str) -> dict[str, list[int]]:
        """Store layer name → fids of the features that count (gerealiseerd) for the objective."""
        from ..core.progress import classify

        data = self.gathered.data
        counted, _skipped = classify(data.features, self.gathered.voortgang.get("gemeente_nis"), data.error_ids)
        out: dict[str, list[int]] = {}
        for c in counted:
            if c.objective == code and c.bucket == "gerealiseerd":
                out.setdefault(c.feature["laag"], []).append(c.feature["fid"])
        return out

    def select_counting(self, code: str) -> int:
        """Select, on the store's layers, the features that count for ``code``; returns how many."""
        per_layer = self.counting_features(code)
        total = 0
        for layer in self.layers:
            try:
                name = layer.source().split("layername=")[-1].split("|")[0]
            except RuntimeError:
                continue
            fids = per_layer.get(name, [])
            layer.selectByIds(fids)
            total += len(fids)
        if self.iface is not None and total:
            canvas = self.iface.mapCanvas()
            for layer in self.layers:
                if layer.selectedFeatureCount():
                    canvas.flashFeatureIds(layer, layer.selectedFeatureIds())
        return total

    # -- what the gemeente enters ---------------------------------------------------
    def _toelichting_edited(self) -> None:
        self.toelichtingEdit.setProperty("dirty", True)
        self.toelichtingState.setText(tr("ProgressPanel", "niet bewaard"))

    def save_toelichting(self) -> bool:
        from ..report.storedata import TOELICHTING_KEY, write_meta

        if not self.store_path:
            return False
        text = self.toelichtingEdit.toPlainText().strip()
        try:
            write_meta(self.store_path, {TOELICHTING_KEY.format(self.current): text})
        except Exception as exc:  # locked or read-only store
            QMessageBox.warning(self, "LEKP-registratie",
                                tr("ProgressPanel", "De toelichting kon niet bewaard worden: {0}").format(exc))
            return False
        self.toelichtingEdit.setProperty("dirty", False)
        self.toelichtingState.setText(tr("ProgressPanel", "bewaard"))
        d = self.entry(self.current)
        if d is not None:
            d["toelichting"] = text
        return True

    def ask_inwoners(self) -> None:
        current = 0
        if self.gathered is not None and self.gathered.voortgang.get("inwoners"):
            current = self.gathered.voortgang["inwoners"]
        value, ok = QInputDialog.getInt(
            self, "LEKP-registratie",
            tr("ProgressPanel", "Aantal inwoners van de gemeente (0: de referentiegegevens van de plugin gebruiken):"),
            current, 0, 20_000_000)
        if ok:
            self.set_inwoners(value)

    def set_inwoners(self, value: int, year: int | None = None, bron: str | None = None) -> None:
        """A manual population for this store (0 removes it), then refresh."""
        from ..report.storedata import write_meta

        if value > 0:
            write_meta(self.store_path, {"inwoners": str(value),
                                         "inwoners_referentiejaar": str(year or _dt.date.today().year),
                                         "inwoners_bron": bron or tr("ProgressPanel", "manueel ingegeven")})
        else:
            write_meta(self.store_path, {"inwoners": None, "inwoners_referentiejaar": None, "inwoners_bron": None})
        self.refresh()

    def make_report(self) -> None:
        import processing

        processing.execAlgorithmDialog("lekp:progressreport", {"STORE": self.store_path})
