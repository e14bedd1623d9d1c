"""What the plugin adds to a store layer's attribute form when QGIS opens it.

While the plugin runs, :func:`install` looks for attribute forms of store
layers (the form after digitizing, "Objectattributen bewerken", and, when one
of their fields gets the focus, the attribute table's form view and the
identify results); :class:`FormHelper` adds, below the tabs:

* the unit and meaning of ``hoeveelheid`` for the chosen categorie
  ("Hoeveelheid in m²: onthard oppervlak …"), updated as the category changes;
* every finding of the live validation that concerns this feature, in plain
  words, computed from the values in the form (and the gemeente boundary of
  the same store when it is loaded), updated as the user types;
* the proposed quantity from the geometry while the user has not typed one;
* a Dutch decimal comma in ``hoeveelheid`` read as a decimal (QGIS under an
  English locale would read "12,5" as 125).

Nothing here is stored in the GeoPackage or a project (no Python init code in
the form: without the plugin QGIS would stop every form with a "function not
found" box): without the plugin the form is the portable one of the stored style.
"""

from __future__ import annotations

import logging

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsAttributeDialog, QgsAttributeForm
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QVBoxLayout

from .. import i18n
from ..core.schema import BOUNDARY_LAYER
from . import formconfig
from .quantity import FIELD, propose

LOGGER = logging.getLogger(__name__)
_SEVERITY = {"error": ("Fout", "Error", "#b2182b"), "warning": ("Waarschuwing", "Warning", "#b35806"),
             "info": ("Info", "Info", "#2166ac")}


class _FormWatcher(QObject):
    """Finds the store layers' forms: the dialogs QGIS opens (checked twice a second) and any form
    whose field gets the keyboard focus (the identify results, the attribute table's form view).

    No application-wide event filter: PyQt wrapping every event's receiver, also objects
    being destroyed, crashes QGIS 3.22.
    """

    def __init__(self):
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.scan)
        self.timer.start()
        QApplication.instance().focusChanged.connect(self.focus_changed)

    def stop(self) -> None:
        self.timer.stop()
        try:
            QApplication.instance().focusChanged.disconnect(self.focus_changed)
        except TypeError:
            pass

    @staticmethod
    def _attach(form) -> None:
        if form.findChild(FormHelper) is not None:
            return
        layer = form.layer()
        if layer is not None and formconfig.family_key(layer) is not None:
            try:
                attach(form, layer, form.feature())
            except Exception:  # a broken helper must never keep the form from working
                LOGGER.exception("LEKP form helper failed")

    def scan(self) -> None:
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and top.metaObject().className() == "QgsAttributeDialog":
                # made by QGIS in C++: PyQt may know it only as a QDialog
                dialog = top if isinstance(top, QgsAttributeDialog) else sip.cast(top, QgsAttributeDialog)
                self._attach(dialog.attributeForm())

    def focus_changed(self, _old, new) -> None:
        widget = new
        while widget is not None:
            if widget.metaObject().className() == "QgsAttributeForm":
                # found through Qt's parent chain, PyQt may know it only as a QWidget
                self._attach(widget if isinstance(widget, QgsAttributeForm) else sip.cast(widget, QgsAttributeForm))
                return
            widget = widget.parentWidget()


_WATCHER: _FormWatcher | None = None


def install() -> None:
    """Start adding the helper to store forms (plugin load)."""
    global _WATCHER
    if _WATCHER is None:
        _WATCHER = _FormWatcher()


def uninstall() -> None:
    global _WATCHER
    if _WATCHER is not None:
        _WATCHER.stop()
        _WATCHER.deleteLater()
        _WATCHER = None


def attach(form, layer: QgsVectorLayer, feature) -> FormHelper:
    existing = form.findChild(FormHelper)
    if existing is not None:
        existing.set_feature(feature)
        return existing
    return FormHelper(form, layer, feature)


def _boundary_of(layer: QgsVectorLayer):
    """The gemeente boundary of the layer's store, when loaded in the project (shapely) or None."""
    path = layer.source().split("|")[0]
    for other in QgsProject.instance().mapLayers().values():
        if other.source() == f"{path}|layername={BOUNDARY_LAYER}":
            from ..qgisfeatures import union_geometry

            return union_geometry(other)
    return None


class FormHelper(QObject):
    """Unit, findings and proposed quantity inside one attribute form."""

    def __init__(self, form, layer: QgsVectorLayer, feature):
        super().__init__(form)
        self.setObjectName("LekpFormHelper")
        self.form = form
        self.layer = layer
        self.lang = i18n.language()
        self.feature = feature
        self.typed = False
        self._setting = False
        self._boundary = _boundary_of(layer)
        self._build()
        form.widgetValueChanged.connect(self._value_changed)
        self.typed = self._value(FIELD) not in (None, "") and not self._is_proposal(self._value(FIELD))
        self._propose()
        self.refresh()

    def _build(self) -> None:
        """The panel under the form's tabs (again after QGIS rebuilt the form's widgets)."""
        form = self.form
        self.panel = QFrame(form)
        self.panel.setObjectName("LekpFormPanel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self.panel)
        self.unitLabel = QLabel(self.panel)
        self.unitLabel.setObjectName("LekpUnitLabel")
        self.unitLabel.setWordWrap(True)
        self.findingsLabel = QLabel(self.panel)
        self.findingsLabel.setObjectName("LekpFindingsLabel")
        self.findingsLabel.setWordWrap(True)
        self.findingsLabel.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.unitLabel)
        box.addWidget(self.findingsLabel)
        grid = form.layout()
        if grid is not None and hasattr(grid, "rowCount"):
            grid.addWidget(self.panel, grid.rowCount(), 0, 1, -1)
        elif grid is not None:
            grid.addWidget(self.panel)
        self.quantityEdit = self._editor(QLineEdit, FIELD)
        if self.quantityEdit is not None:
            self.quantityEdit.textEdited.connect(self._quantity_typed)
            self.quantityEdit.installEventFilter(self)

    # -- form access -------------------------------------------------------------
    def _editor(self, cls, name):
        for widget in self.form.findChildren(cls, name):
            return widget
        return None

    def current(self):
        feat = self.form.currentFormFeature()
        source = self.form.feature()  # the form's own feature: its geometry (reused forms move on)
        if not feat.hasGeometry() and source.hasGeometry():
            feat.setGeometry(source.geometry())
        return feat

    def _value(self, name):
        feat = self.current()
        idx = feat.fields().indexOf(name)
        if idx < 0:
            return None
        value = feat.attribute(idx)
        return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value

    def set_feature(self, feature) -> None:
        self.feature = feature
        self.refresh()

    # -- quantity ----------------------------------------------------------------
    def _is_proposal(self, value) -> bool:
        proposal = self.proposal()
        try:
            return proposal is not None and abs(float(value) - proposal) < 1e-6
        except (TypeError, ValueError):
            return False

    def proposal(self):
        feat = self.current()
        geom = feat.geometry() if feat.hasGeometry() else None
        return propose(self._value("categorie"), geom, self._value("gegroepeerd"))

    def eventFilter(self, obj, event):  # Qt API
        # QGIS's number validator under an English locale drops a typed comma (12,5 → 125):
        # a Dutch decimal comma becomes the locale's decimal point before the validator sees it
        if (obj is self.quantityEdit and event.type() == QEvent.Type.KeyPress and event.text() == ","
                and QLocale().decimalPoint() != ","):
            obj.insert(QLocale().decimalPoint())
            return True
        return False

    def _quantity_typed(self, text: str) -> None:
        if self._setting or self.quantityEdit is None or sip.isdeleted(self.quantityEdit):
            return
        if "," in text and QLocale().decimalPoint() == ".":
            # a Dutch decimal comma under an English locale: QGIS would read 12,5 as 125
            pos = self.quantityEdit.cursorPosition()
            self.quantityEdit.setText(text.replace(",", "."))
            self.quantityEdit.setCursorPosition(pos)
            self.form.changeAttribute(FIELD, text.replace(",", "."))
        self.typed = bool(text.strip())

    def _propose(self) -> None:
        if self.typed:
            return
        proposal = self.proposal()
        if proposal is None:
            return
        value = proposal if proposal != int(proposal) else int(proposal)
        self._setting = True
        try:
            self.form.changeAttribute(FIELD, value)
        finally:
            self._setting = False

    def _value_changed(self, attribute, value, attribute_changed) -> None:
        if self._setting:
            return
        if attribute in ("categorie", "gegroepeerd"):
            self._propose()
        self.refresh()

    # -- unit and findings -------------------------------------------------------
    def findings(self):
        """The live validation's findings for the feature as the form holds it."""
        import shapely

        from ..core.schema import FIELD_NAMES
        from ..core.validation.engine import validate_features
        from ..qgisfeatures import plain

        feat = self.current()
        props = {}
        for name in FIELD_NAMES:
            idx = feat.fields().indexOf(name)
            if idx >= 0:
                props[name] = plain(feat.attribute(idx))
        value = props.get(FIELD)
        if isinstance(value, str):
            try:
                props[FIELD] = float(value.replace(",", "."))
            except ValueError:
                pass
        geom = None
        if feat.hasGeometry() and not feat.geometry().isEmpty():
            geom = shapely.from_wkb(bytes(feat.geometry().asWkb()))
        fid = props.get("id") or "nieuw"
        return validate_features([{"id": fid, "geometry": geom, "properties": props}],
                                 boundary=self._boundary)

    def refresh(self) -> None:
        if sip.isdeleted(self.form):
            return
        if sip.isdeleted(self.panel) or sip.isdeleted(self.unitLabel):
            self._build()  # QGIS rebuilt the form (its widgets are new): the panel comes back
        lang = self.lang
        self.unitLabel.setText(formconfig.quantity_text(self._value("categorie"), lang))
        try:
            found = self.findings()
        except Exception:
            LOGGER.exception("validation in the form failed")
            found = []
        if not found:
            self.findingsLabel.setText("Geen problemen gevonden." if lang == "nl" else "No problems found.")
            return
        lines = []
        for f in sorted(found, key=lambda f: f.severity.rank):
            nl, en, colour = _SEVERITY[f.severity.value]
            lines.append(f'<p style="margin:2px 0"><b style="color:{colour}">{nl if lang == "nl" else en}'
                         f" ({f.code})</b>: {_escape(f.message(lang))}</p>")
        self.findingsLabel.setText("".join(lines))

    def finding_codes(self) -> list[str]:
        return sorted(f.code for f in self.findings())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

