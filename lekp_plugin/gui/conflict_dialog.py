"""The conflict dialog: my version against the registry's, field by field and on the map.

A conflict is a feature changed both here and in the registry since the last
sync (SPEC §5: a 412, or a pulled change to a feature with unsent edits).
Nothing was overwritten; the person chooses: keep mine (re-sent with the
registry's new ETag at the next sync), take theirs (written into the store,
nothing sent), or merge field by field. The decision is made by
:func:`lekp_plugin.sync.conflicts.resolve_conflict`; this dialog only shows
and asks.

Both geometries are drawn on the map canvas as rubber bands (mine orange,
the registry's blue and dashed), removed when the dialog closes.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import logging

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsRectangle
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
)

from .. import i18n
from ..core.catalogue import PARAMETERS
from ..core.schema import FIELDS, GEOMETRY_FAMILIES, STORAGE_EPSG, FieldType
from ..i18n import tr
from .ui import load_ui

LOGGER = logging.getLogger(__name__)
FORM_CLASS, _ = load_ui("conflict_dialog")
GEOMETRY_ROW = "__geometry__"
MINE_COLOUR = QColor(230, 97, 1)
THEIRS_COLOUR = QColor(44, 123, 182)
_UNITS = {"stuks": "stuks", "m": "m", "m2": "m²", "m3": "m³"}
#: Fields compared and merged: what a person edits (system fields come from the registry).
COMPARED = tuple(f for f in FIELDS if not f.system and f.name != "id")


def _props(feature: dict | None) -> dict:
    return dict((feature or {}).get("properties") or {})


def geometry_of(feature: dict | None) -> QgsGeometry | None:
    """The feature's GeoJSON geometry (EPSG:31370 coordinates) as a QgsGeometry."""
    geom = (feature or {}).get("geometry")
    if not geom:
        return None
    from osgeo import ogr

    ogr_geom = ogr.CreateGeometryFromJson(json.dumps(geom))
    if ogr_geom is None:
        return None
    return QgsGeometry.fromWkt(ogr_geom.ExportToIsoWkt())


def same_geometry(a: dict | None, b: dict | None) -> bool:
    ga, gb = geometry_of(a), geometry_of(b)
    if ga is None or gb is None:
        return ga is None and gb is None
    return ga.isGeosEqual(gb)


def display_value(field, value, props: dict, lang: str) -> str:
    """A value as a person reads it: dd/mm/jjjj dates, ja/nee, quantities with their unit."""
    if value is None or value == "":
        return tr("ConflictDialog", "(leeg)")
    if field.type is FieldType.DATE:
        try:
            return _dt.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
        except ValueError:
            return str(value)
    if field.type is FieldType.BOOLEAN:
        return tr("ConflictDialog", "ja") if value in (True, 1, "true", "1") else tr("ConflictDialog", "nee")
    if field.name == "hoeveelheid":
        param = PARAMETERS.get(props.get("categorie") or "")
        number = f"{float(value):g}" if isinstance(value, int | float) else str(value)
        if lang == "nl":
            number = number.replace(".", ",")
        return f"{number} {_UNITS.get(param.unit, param.unit)}" if param else number
    if field.name == "categorie" and value in PARAMETERS:
        return PARAMETERS[value].label(lang)
    return str(value)


def _number(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def geometry_text(feature: dict | None, lang: str) -> str:
    """The geometry in words: kind and size (area in m², length in m, number of points)."""
    geom = geometry_of(feature)
    if geom is None or geom.isEmpty():
        return tr("ConflictDialog", "(geen geometrie)")
    if geom.area() > 0:
        return tr("ConflictDialog", "vlak, {0} m²").format(_number(geom.area(), lang))
    if geom.length() > 0:
        return tr("ConflictDialog", "lijn, {0} m").format(_number(geom.length(), lang))
    return tr("ConflictDialog", "{0} punt(en)").format(geom.constGet().partCount())


def merged_feature(mine: dict, theirs: dict, take_theirs: set[str]) -> dict:
    """Mine with the fields named in ``take_theirs`` (and the geometry when named) from theirs."""
    merged = copy.deepcopy(mine)
    props = merged.setdefault("properties", {})
    their_props = _props(theirs)
    for name in take_theirs:
        if name == GEOMETRY_ROW:
            merged["geometry"] = copy.deepcopy(theirs.get("geometry"))
        else:
            props[name] = their_props.get(name)
    return merged


class ConflictDialog(QDialog, FORM_CLASS):
    """List of open conflicts; the selected one compared field by field and drawn on the map."""

    #: Emitted after a conflict was resolved (the store layers may have changed).
    resolved = pyqtSignal()

    def __init__(self, store_path: str, iface=None, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.store_path = store_path
        self.iface = iface
        self.lang = i18n.language()
        self.conflicts: list = []
        self.current = None
        self.rows: list[str] = []
        self.combos: dict[str, QComboBox] = {}
        self.bands: list = []
        header = self.fieldsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.splitter.setSizes([230, 750])
        self.legendLabel.setText(tr(
            "ConflictDialog", "Op de kaart: <span style='color:#e66101'>■ mijn versie</span> · "
                              "<span style='color:#2c7bb6'>▭ versie in het register</span> (gestippeld). "
                              "Verschillende velden staan vet."))
        self.conflictList.currentRowChanged.connect(self._show_row)
        self.keepMineButton.clicked.connect(lambda: self.resolve("mine"))
        self.takeTheirsButton.clicked.connect(lambda: self.resolve("theirs"))
        self.mergeButton.clicked.connect(lambda: self.resolve("merge"))
        self.closeButton.clicked.connect(self.reject)
        self.load()

    # -- list ------------------------------------------------------------------
    def load(self) -> None:
        from ..sync.conflicts import list_conflicts

        self.conflicts = list_conflicts(self.store_path)
        self.conflictList.clear()
        labels = {f.layer_name: (f.label_nl if self.lang == "nl" else f.label_en) for f in GEOMETRY_FAMILIES}
        for conflict in self.conflicts:
            props = _props(conflict.mine) or _props(conflict.theirs)
            name = props.get("projectnaam") or conflict.feature_id[:8]
            item = QListWidgetItem(f"{name}\n{conflict.feature_id[:8]}")
            item.setToolTip(f"{labels.get(conflict.laag, conflict.laag)} · {conflict.feature_id}")
            self.conflictList.addItem(item)
        if self.conflicts:
            self.conflictList.setCurrentRow(0)
        else:
            self._show(None)

    def _show_row(self, row: int) -> None:
        self._show(self.conflicts[row] if 0 <= row < len(self.conflicts) else None)

    # -- one conflict ----------------------------------------------------------
    def _explain(self, conflict) -> str:
        if conflict.mine is None:
            return tr("ConflictDialog", "U hebt dit object verwijderd, maar in het register werd het "
                                        "intussen gewijzigd.")
        if getattr(conflict, "moved_to", None):
            return tr("ConflictDialog", "U hebt dit object gewijzigd, maar in het register werd het "
                                        "intussen naar gemeente {0} ({1}) verplaatst: het hoort niet "
                                        "meer bij deze opslag.").format(conflict.moved_to_name or "?",
                                                                        conflict.moved_to)
        if conflict.theirs is None:
            return tr("ConflictDialog", "U hebt dit object gewijzigd, maar in het register werd het "
                                        "intussen verwijderd.")
        return tr("ConflictDialog", "Dit object werd zowel hier als in het register gewijzigd sinds de "
                                    "laatste synchronisatie. Er werd niets overschreven: kies welke "
                                    "versie blijft.")

    def _show(self, conflict) -> None:
        self.current = conflict
        self.clear_bands()
        table = self.fieldsTable
        table.setRowCount(0)
        self.rows, self.combos = [], {}
        for button in (self.keepMineButton, self.takeTheirsButton, self.mergeButton):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.explainLabel.setText(tr("ConflictDialog", "Geen open conflicten."))
            return
        self.explainLabel.setText(self._explain(conflict))
        both = conflict.mine is not None and conflict.theirs is not None
        self.mergeButton.setEnabled(both)
        table.setColumnHidden(3, not both)
        mine, theirs = _props(conflict.mine), _props(conflict.theirs)
        bold = QFont()
        bold.setBold(True)
        diff_brush = QBrush(QColor(255, 243, 205))
        entries = []
        for field in COMPARED:
            a = self._side_text(conflict.mine,
                                lambda f=field: display_value(f, mine.get(f.name), mine, self.lang))
            b = self._side_text(conflict.theirs,
                                lambda f=field: display_value(f, theirs.get(f.name), theirs, self.lang))
            differs = not both or mine.get(field.name) != theirs.get(field.name)
            entries.append((field.name, field.label(self.lang), a, b, differs))
        entries.append((GEOMETRY_ROW, tr("ConflictDialog", "Geometrie"),
                        self._side_text(conflict.mine, lambda: geometry_text(conflict.mine, self.lang)),
                        self._side_text(conflict.theirs, lambda: geometry_text(conflict.theirs, self.lang)),
                        not same_geometry(conflict.mine, conflict.theirs)))
        shift = self._shift(conflict)
        if shift:
            name, label, a, b, differs = entries[-1]
            entries[-1] = (name, label, a, b + tr("ConflictDialog", ", {0} m verschoven").format(shift), differs)
        entries.sort(key=lambda e: not e[4])  # what differs first, then the rest for context
        for name, label, a, b, differs in entries:
            row = table.rowCount()
            table.insertRow(row)
            self.rows.append(name)
            cells = [QTableWidgetItem(label), QTableWidgetItem(a), QTableWidgetItem(b)]
            for col, cell in enumerate(cells):
                if differs:
                    cell.setFont(bold)
                    cell.setBackground(diff_brush)
                table.setItem(row, col, cell)
            if both and differs:
                combo = QComboBox()
                combo.addItem(tr("ConflictDialog", "mijn versie"), "mine")
                combo.addItem(tr("ConflictDialog", "register"), "theirs")
                table.setCellWidget(row, 3, combo)
                self.combos[name] = combo
            else:
                table.setItem(row, 3, QTableWidgetItem(""))
        table.resizeRowsToContents()
        self.draw(conflict)

    def _shift(self, conflict) -> str:
        """How far the registry's geometry lies from mine (centroids), when both exist and differ."""
        a, b = geometry_of(conflict.mine), geometry_of(conflict.theirs)
        if a is None or b is None or a.isEmpty() or b.isEmpty():
            return ""
        distance = a.centroid().distance(b.centroid())
        return _number(distance, self.lang) if distance >= 0.05 else ""

    def _side_text(self, feature, text):
        return tr("ConflictDialog", "(verwijderd)") if feature is None else text()

    # -- map -------------------------------------------------------------------
    def draw(self, conflict) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None:
            return
        from qgis.core import QgsCoordinateTransform, QgsProject
        from qgis.gui import QgsRubberBand

        crs = QgsCoordinateReferenceSystem(f"EPSG:{STORAGE_EPSG}")
        extent = QgsRectangle()
        extent.setMinimal()
        for feature, colour, dashed in ((conflict.theirs, THEIRS_COLOUR, True),
                                        (conflict.mine, MINE_COLOUR, False)):
            geom = geometry_of(feature)
            if geom is None or geom.isEmpty():
                continue
            band = QgsRubberBand(canvas, geom.type())
            band.setToGeometry(geom, crs)
            band.setStrokeColor(colour)
            fill = QColor(colour)
            fill.setAlpha(50)
            band.setFillColor(fill)
            band.setWidth(3 if not dashed else 2)
            band.setIconSize(14)
            if dashed:
                band.setLineStyle(Qt.PenStyle.DashLine)
            band.show()
            self.bands.append(band)
            extent.combineExtentWith(geom.boundingBox())
        if extent.isEmpty() and extent.width() == 0 and extent.height() == 0 and not self.bands:
            return
        try:
            transform = QgsCoordinateTransform(crs, canvas.mapSettings().destinationCrs(), QgsProject.instance())
            view = transform.transformBoundingBox(extent)
        except Exception:  # a canvas CRS that cannot hold Lambert 72 coordinates: leave the view alone
            return
        view.grow(max(view.width(), view.height(), 20.0) * 0.5)
        canvas.setExtent(view)
        canvas.refresh()

    def clear_bands(self) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        for band in self.bands:
            band.reset()
            if canvas is not None and canvas.scene() is not None:
                canvas.scene().removeItem(band)
        self.bands = []

    def done(self, result: int) -> None:
        self.clear_bands()
        super().done(result)

    # -- decisions -------------------------------------------------------------
    def merge_choices(self) -> set[str]:
        """The rows for which the registry's value is kept."""
        return {name for name, combo in self.combos.items() if combo.currentData() == "theirs"}

    def resolve(self, choice: str) -> bool:
        from ..sync import SyncError
        from ..sync.conflicts import resolve_conflict

        conflict = self.current
        if conflict is None:
            return False
        merged = None
        if choice == "merge":
            merged = merged_feature(conflict.mine, conflict.theirs, self.merge_choices())
        try:
            resolve_conflict(self.store_path, conflict.conflict_id, choice, merged)
        except SyncError as exc:
            text = exc.message_en if self.lang == "en" and getattr(exc, "message_en", None) else exc.message
            QMessageBox.warning(self, tr("ConflictDialog", "LEKP-conflicten oplossen"), text)
            return False
        LOGGER.info("conflict %s on %s resolved: %s", conflict.conflict_id, conflict.feature_id, choice)
        self.resolved.emit()
        row = self.conflictList.currentRow()
        self.load()
        if self.conflicts:
            self.conflictList.setCurrentRow(min(row, len(self.conflicts) - 1))
        return True
