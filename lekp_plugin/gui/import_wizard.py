"""The import wizard: choose a plan, a store and a profile, see the preview, import.

Thin over :mod:`lekp_plugin.imports.pipeline`: page 1 collects the choices
(plan, store, profile, CRS, projectnaam, and the one question whether the
plan's measures are imposed by the verkavelingsvergunning), page 2 runs
``prepare_import`` and shows the counts per category (what counts for the
pact, what is imposed, what has errors), the findings and, optionally, the
plan's features on the map; *Voltooien* writes the valid features in one
transaction.  Profiles are kept as JSON in the user's QGIS profile folder
(``lekp/importprofielen``), can be loaded from a shared file and exported.
"""

from __future__ import annotations

import os

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QHeaderView, QTableWidgetItem

from .. import i18n
from ..i18n import tr
from .ui import load_ui

FORM, BASE = load_ui("import_wizard")

PAGE_SOURCE, PAGE_PREVIEW = 0, 1
#: pyproj input of the CRS choices; None: from the file, else Lambert 72.
CRS_CHOICES = (None, "EPSG:31370", "EPSG:3812", "EPSG:4326")
_UNITS = {"stuks": "stuks", "m": "m", "m2": "m²", "m3": "m³"}


def profiles_dir() -> str:
    from ..imports.profiles import PROFILE_SUBDIR

    return os.path.join(QgsApplication.qgisSettingsDirPath(), *PROFILE_SUBDIR)


def _number(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".") if i18n.language() == "nl" else text


class ImportWizard(BASE, FORM):
    def __init__(self, parent=None, iface=None, store_path: str = "", plan_path: str = "", today=None):
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.today = today
        self.plan = None
        self.result = None
        self._task = None
        self.preview_group: QgsLayerTreeGroup | None = None
        self.preview_layers: list[str] = []
        self.storeEdit.setText(store_path)
        self.planEdit.setText(plan_path)
        self.planButton.clicked.connect(self._choose_plan)
        self.storeButton.clicked.connect(self._choose_store)
        self.profileLoadButton.clicked.connect(self._load_profile)
        self.profileExportButton.clicked.connect(self._export_profile)
        labels = (tr("ImportWizard", "Uit het bestand, anders Lambert 72 (EPSG:31370)"),
                  tr("ImportWizard", "Belgische Lambert 72 (EPSG:31370)"),
                  tr("ImportWizard", "Belgische Lambert 2008 (EPSG:3812)"),
                  tr("ImportWizard", "WGS 84 (EPSG:4326)"))
        for label, value in zip(labels, CRS_CHOICES, strict=True):
            self.crsCombo.addItem(label, value)
        self.crsCombo.addItem(tr("ImportWizard", "Ander stelsel…"), "other")
        self.crsCombo.activated.connect(self._crs_chosen)
        self._fill_profiles()
        self.countsTable.setColumnCount(6)
        self.countsTable.setHorizontalHeaderLabels(
            [tr("ImportWizard", "Categorie"), tr("ImportWizard", "Objecten"), tr("ImportWizard", "Hoeveelheid"), tr("ImportWizard", "Telt voor het pact"), tr("ImportWizard", "Opgelegd"),
             tr("ImportWizard", "Met fouten")])
        self.findingsTable.setColumnCount(5)
        self.findingsTable.setHorizontalHeaderLabels(
            [tr("ImportWizard", "Object (bron)"), tr("ImportWizard", "Laag"), tr("ImportWizard", "Categorie"), tr("ImportWizard", "Code"), tr("ImportWizard", "Melding")])
        self.findingsTable.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.findingsTable.setWordWrap(True)
        for table in (self.countsTable, self.findingsTable):
            table.verticalHeader().setVisible(False)
        self.mapCheck.toggled.connect(self._toggle_map)
        self.finished.connect(self._remove_preview)
        self._dutch_buttons()

    def _dutch_buttons(self) -> None:
        """The wizard's own buttons in the plugin's language, also when Qt's translations are not loaded."""
        texts = {
            self.WizardButton.BackButton: tr("ImportWizard", "< Vorige"),
            self.WizardButton.NextButton: tr("ImportWizard", "Volgende >"),
            self.WizardButton.CommitButton: tr("ImportWizard", "Toepassen"),
            self.WizardButton.FinishButton: tr("ImportWizard", "Importeren"),
            self.WizardButton.CancelButton: tr("ImportWizard", "Annuleren"),
            self.WizardButton.HelpButton: tr("ImportWizard", "Help"),
        }
        for which, text in texts.items():
            self.setButtonText(which, text)

    # -- page 1 ---------------------------------------------------------------
    def _choose_plan(self):
        path, _ = QFileDialog.getOpenFileName(
            self, tr("ImportWizard", "Plan kiezen"), os.path.dirname(self.planEdit.text()),
            tr("ImportWizard", "Plannen (*.dxf *.DXF *.shp *.zip *.gpkg *.geojson *.json *.gml *.csv)"))
        if path:
            self.planEdit.setText(path)

    def _choose_store(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("ImportWizard", "LEKP-opslag kiezen"),
                                              os.path.dirname(self.storeEdit.text()), "GeoPackage (*.gpkg)")
        if path:
            self.storeEdit.setText(path)

    def _fill_profiles(self, select: str | None = None):
        from ..imports.profiles import DEFAULT_NAME, list_profiles

        self.profileCombo.clear()
        self.profileCombo.addItem(DEFAULT_NAME, "")
        for name, path in list_profiles(profiles_dir()).items():
            self.profileCombo.addItem(name, path)
        if select:
            index = self.profileCombo.findText(select)
            if index >= 0:
                self.profileCombo.setCurrentIndex(index)

    def _profile(self):
        from ..imports.profiles import default_profile, load_profile

        path = self.profileCombo.currentData()
        return load_profile(path) if path else default_profile()

    def _load_profile(self):
        from ..imports.messages import ImportFault
        from ..imports.profiles import load_profile, profile_file_name, save_profile

        path, _ = QFileDialog.getOpenFileName(self, tr("ImportWizard", "Importprofiel laden"), "", tr("ImportWizard", "Importprofielen (*.json)"))
        if not path:
            return
        try:
            profile = load_profile(path)
        except ImportFault as exc:
            self._status(exc.message(i18n.language()), error=True)
            return
        save_profile(profile, os.path.join(profiles_dir(), profile_file_name(profile.naam)))
        self._fill_profiles(select=profile.naam)

    def _export_profile(self):
        from ..imports.profiles import profile_file_name, save_profile

        profile = self._profile()
        path, _ = QFileDialog.getSaveFileName(self, tr("ImportWizard", "Importprofiel exporteren"),
                                              profile_file_name(profile.naam), tr("ImportWizard", "Importprofielen (*.json)"))
        if path:
            save_profile(profile, path)

    def _crs_chosen(self, index: int):
        if self.crsCombo.itemData(index) != "other":
            return
        from qgis.gui import QgsProjectionSelectionDialog

        from ..compat import exec_dialog

        dialog = QgsProjectionSelectionDialog(self)
        if exec_dialog(dialog) and dialog.crs().isValid():
            crs = dialog.crs()
            value = crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt()
            self.crsCombo.insertItem(index, f"{crs.description()} ({crs.authid()})", value)
            self.crsCombo.setCurrentIndex(index)
        else:
            self.crsCombo.setCurrentIndex(0)

    def validateCurrentPage(self) -> bool:  # Qt API
        if self.currentId() == PAGE_SOURCE:
            plan, store = self.planEdit.text().strip(), self.storeEdit.text().strip()
            if not plan or not os.path.isfile(plan):
                self._page_error(tr("ImportWizard", "Kies een bestaand planbestand."))
                return False
            if not store or not os.path.isfile(store):
                self._page_error(tr("ImportWizard", "Kies een bestaande LEKP-opslag (GeoPackage)."))
                return False
            return True
        if self.currentId() == PAGE_PREVIEW:
            return self.plan is not None and bool(self.plan.to_write)
        return True

    def _page_error(self, text: str):
        self.pageBron.setSubTitle(f"<span style='color:#b00020'>{text}</span>")

    # -- page 2 ---------------------------------------------------------------
    def initializePage(self, page_id: int):  # Qt API
        super().initializePage(page_id)
        if page_id == PAGE_PREVIEW:
            self.prepare()

    def prepare(self):
        """Run read → map → validate in a QgsTask and show the preview (nothing is written)."""
        from ..imports.pipeline import prepare_import

        self.plan = None
        self.countsTable.setRowCount(0)
        self.findingsTable.setRowCount(0)
        self._remove_preview()
        self._status(tr("ImportWizard", "Het plan wordt gelezen en gevalideerd…"))
        kwargs = {"profile": self._profile(),
                  "crs": self.crsCombo.currentData() if self.crsCombo.currentData() != "other" else None,
                  "opgelegd": self.opgelegdJa.isChecked(),
                  "projectnaam": self.projectEdit.text().strip() or None, "today": self.today}
        source, store = self.planEdit.text().strip(), self.storeEdit.text().strip()
        self._start(tr("ImportWizard", "Verkavelingsplan lezen"),
                    lambda task: prepare_import(source, store, **kwargs), self._prepared)

    def _prepared(self, plan):
        self.plan = plan
        self._show_plan()
        self.button(self.WizardButton.FinishButton).setEnabled(bool(self.plan.to_write))

    # -- long work as a QgsTask (the wizard stays responsive) ----------------------
    @property
    def busy(self) -> bool:
        return self._task is not None

    def _start(self, description: str, work, done):
        """Run ``work(task)`` as a QgsTask; ``done(result)`` on success, the message on an ImportFault."""
        from qgis.core import QgsTask

        from ..imports.messages import ImportFault

        def finished(exception, result=None):
            self._task = None
            QApplication.restoreOverrideCursor()
            self._set_buttons(True)
            if exception is None:
                done(result)
            elif isinstance(exception, ImportFault):
                self._status(exception.message(i18n.language()), error=True)
            else:
                self._status(tr("ImportWizard", "Onverwachte fout: {0}").format(exception), error=True)

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._set_buttons(False)
        self._task = QgsTask.fromFunction(description, work, on_finished=finished)
        QgsApplication.taskManager().addTask(self._task)

    def _set_buttons(self, enabled: bool):
        for which in (self.WizardButton.BackButton, self.WizardButton.FinishButton,
                      self.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(enabled)

    def _status(self, text: str, error: bool = False):
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet("color: #b00020;" if error else "")

    def _show_plan(self):
        plan, lang = self.plan, i18n.language()
        actions = plan.actions()
        lines = [tr("ImportWizard", "{0}: {1} objecten gelezen, coördinatenstelsel {2}.").format(
            plan.source.name, len(plan.source), plan.crs)]
        lines.append(tr("ImportWizard", "Te schrijven: {0} nieuw, {1} bijwerken; {2} ongewijzigd, {3} geweigerd "
                        "(fouten).").format(actions.get("nieuw", 0), actions.get("bijwerken", 0),
                                            actions.get("ongewijzigd", 0), len(plan.refused)))
        if plan.same_file_in_store:
            lines.append(tr("ImportWizard", "Dit bestand werd al geïmporteerd: alleen wijzigingen worden geschreven, "
                            "geen dubbels."))
        ignored = {**plan.ignored, **{k: v for k, v in plan.unrecognised.items()}}
        if ignored:
            lines.append(tr("ImportWizard", "Niet geïmporteerd per laag: {0}.").format(
                ", ".join(f"{k} ({v})" for k, v in sorted(ignored.items()))))
        if plan.source.not_read:
            lines.append(tr("ImportWizard", "Niet ingelezen (zonder geometrie): {0}.").format(
                ", ".join(f"{v} {k}" for k, v in sorted(plan.source.not_read.items()))))
        self._status("\n".join(lines))
        from ..core.catalogue import PARAMETERS

        rows = list(plan.counts().values())
        self.countsTable.setRowCount(len(rows))
        for r, row in enumerate(rows):
            unit = _UNITS.get(row.unit, row.unit)
            label = PARAMETERS[row.categorie].label(lang)
            values = (label, str(row.objecten), f"{_number(row.hoeveelheid)} {unit}",
                      f"{_number(row.telt)} {unit}", f"{_number(row.opgelegd)} {unit}", str(row.fouten))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 5 and row.fouten:
                    item.setForeground(QBrush(QColor("#b00020")))
                self.countsTable.setItem(r, c, item)
        self.countsTable.resizeColumnsToContents()
        findings = [(c, f) for c in plan.candidates for f in c.findings]
        findings.sort(key=lambda cf: (cf[1].severity.rank, cf[0].key))
        self.findingsTable.setRowCount(len(findings))
        colours = {"error": "#b00020", "warning": "#b36b00", "info": "#1f5fa8"}
        for r, (c, f) in enumerate(findings):
            values = (c.key, c.source_layer, PARAMETERS[c.properties["categorie"]].label(lang), f.code,
                      f.message(lang))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f.message(lang))
                if col == 3:
                    item.setForeground(QBrush(QColor(colours[f.severity.value])))
                self.findingsTable.setItem(r, col, item)
        for col in range(4):
            self.findingsTable.resizeColumnToContents(col)
        self.findingsTable.resizeRowsToContents()
        self.findingsLabel.setText(tr("ImportWizard", "Bevindingen ({0})").format(len(findings)))
        if self.mapCheck.isChecked():
            self._add_preview()

    # -- the plan on the map ------------------------------------------------------
    def _toggle_map(self, on: bool):
        if on and self.plan is not None:
            self._add_preview()
        elif not on:
            self._remove_preview()

    def _add_preview(self):
        self._remove_preview()
        project = QgsProject.instance()
        fields = "&".join(f"field={n}:string" for n in ("sleutel", "laag", "categorie", "actie", "bevindingen"))
        by_type: dict[str, list] = {}
        for c in self.plan.candidates:
            if c.geometry is None:
                continue
            kind = {"Point": "MultiPoint", "MultiPoint": "MultiPoint", "LineString": "MultiLineString",
                    "MultiLineString": "MultiLineString"}.get(c.geometry.geom_type, "MultiPolygon")
            by_type.setdefault(kind, []).append(c)
        root = project.layerTreeRoot()
        self.preview_group = root.insertGroup(0, tr("ImportWizard", "Voorbeeld import: {0}").format(self.plan.source.name))
        for kind, cands in by_type.items():
            layer = QgsVectorLayer(f"{kind}?crs=EPSG:31370&{fields}", f"{self.plan.source.name} ({kind})",
                                   "memory")
            feats = []
            for c in cands:
                feat = QgsFeature(layer.fields())
                feat.setGeometry(QgsGeometry.fromWkt(c.geometry.wkt))
                feat.setAttributes([c.key, c.source_layer, c.properties["categorie"], c.action,
                                    ", ".join(f.code for f in c.findings)])
                feats.append(feat)
            layer.dataProvider().addFeatures(feats)
            layer.updateExtents()
            project.addMapLayer(layer, False)
            self.preview_group.addLayer(layer)
            self.preview_layers.append(layer.id())
        if self.iface is not None and self.preview_layers:
            canvas = self.iface.mapCanvas()
            layer = project.mapLayer(self.preview_layers[0])
            if canvas is not None and layer is not None:
                canvas.setExtent(layer.extent())
                canvas.refresh()

    def _remove_preview(self, *_args):
        project = QgsProject.instance()
        for layer_id in self.preview_layers:
            if project.mapLayer(layer_id) is not None:
                project.removeMapLayer(layer_id)
        self.preview_layers = []
        if self.preview_group is not None:
            parent = self.preview_group.parent()
            if parent is not None:
                parent.removeChildNode(self.preview_group)
            self.preview_group = None

    # -- finish -------------------------------------------------------------------
    def accept(self):  # Qt API
        """Write the valid features (in a QgsTask); the wizard closes when they are in."""
        from ..imports.pipeline import write_import

        if self.plan is None or not self.plan.to_write or self.busy:
            return
        plan = self.plan
        self._status(tr("ImportWizard", "De objecten worden geschreven…"))
        self._start(tr("ImportWizard", "Verkavelingsplan importeren"), lambda task: write_import(plan),
                    self._written)

    def _written(self, result):
        self.result = result
        text = tr("ImportWizard", "{0}: {1} nieuw, {2} bijgewerkt, {3} ongewijzigd, {4} geweigerd.").format(
            self.plan.source.name, result.created, result.updated, result.unchanged, result.refused)
        if self.iface is not None:
            from ..compat import MSG_SUCCESS

            self.iface.messageBar().pushMessage(tr("ImportWizard", "Plan geïmporteerd"), text, MSG_SUCCESS, 10)
        super().accept()

    def reject(self):  # Qt API
        if not self.busy:  # a running write finishes first: it is one transaction, never half
            super().reject()
