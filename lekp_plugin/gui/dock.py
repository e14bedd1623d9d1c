"""The LEKP dock: the open store, live validation findings, sync (gui/sync_panel.py), and (later) progress."""

from __future__ import annotations

import logging
import os

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyle

from .. import deps, i18n, settings
from ..core.schema import BOUNDARY_LAYER
from ..i18n import tr
from ..store import StoreError, describe_store
from .layers import open_store
from .ui import load_ui

LOGGER = logging.getLogger(__name__)
FORM_CLASS, _ = load_ui("dock")
_ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
          "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
          "info": QStyle.StandardPixmap.SP_MessageBoxInformation}


#: Findings listed in the dock at most (most severe first); the map marks all of them.
MAX_LISTED = 1000


class LekpDock(QgsDockWidget, FORM_CLASS):
    def __init__(self, parent=None, dependency_problems=None, iface=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("LekpDock")
        self.iface = iface
        self.store_path = ""
        self.rows: list = []
        self.newStoreButton.clicked.connect(self.create_store)
        self.openStoreButton.clicked.connect(self.choose_store)
        self._add_package_buttons()
        from .digitize import add_dock_buttons

        add_dock_buttons(self)  # "Nieuwe verbetering" and "Basiskaart"
        problems = dependency_problems or []
        self.dependencyLabel.setVisible(bool(problems))
        self.validator = None
        if problems:
            self.dependencyLabel.setText(deps.message(problems, i18n.language()))
            self.validationTab.setEnabled(False)
        else:
            # shapely is there: only now import what needs it
            from .live import LiveValidator

            canvas = iface.mapCanvas() if iface is not None else None
            self.validator = LiveValidator(canvas, self)
            self.validator.findingsChanged.connect(self.show_findings)
            QgsProject.instance().layersAdded.connect(self._layers_added)
            QgsProject.instance().legendLayersAdded.connect(self._layers_placed)
        from .sync_panel import SyncPanel

        self.syncPanel = SyncPanel(self.syncTab, iface)
        self.syncLayout.addWidget(self.syncPanel)
        if problems:
            self.syncTab.setEnabled(False)  # the engine validates with shapely before sending
        else:
            # pulled features are checked too, in a task like "Alles valideren" (QGIS keeps responding)
            self.syncPanel.storeChanged.connect(self.start_validate_all)
        from .progress_panel import ProgressPanel

        self.progressPanel = ProgressPanel(None, iface)
        self.progressLayout.addWidget(self.progressPanel.scrolled(self.progressTab))
        self.progressPlaceholder.hide()
        if problems:
            self.progressTab.setEnabled(False)  # counting and findings need shapely
        else:
            self.syncPanel.storeChanged.connect(self.progressPanel.refresh)
            if self.validator is not None:  # one whole-store check at a time: the figures wait
                self.progressPanel.defer_while = lambda: self.validator.validating
                self.validator.validationFinished.connect(lambda _ok: self.progressPanel.resume())
        self.validateAllButton.clicked.connect(self.start_validate_all)  # a QgsTask: QGIS keeps responding
        self.repairButton.clicked.connect(self.repair_selected)
        self.findingsTree.itemSelectionChanged.connect(self._selection_changed)
        from . import findings_view

        findings_view.install(self)  # severity filter, wrapping messages
        self.findingsTree.itemClicked.connect(lambda item, _col: self.zoom_to(item))
        self._show_store(None)

    def cleanup(self) -> None:
        """Disconnect from the project and remove map markers (plugin unload)."""
        self.syncPanel.cleanup()
        self.progressPanel.cleanup()
        if self.validator is not None:
            try:
                QgsProject.instance().layersAdded.disconnect(self._layers_added)
                QgsProject.instance().legendLayersAdded.disconnect(self._layers_placed)
            except TypeError:
                pass
            self.validator.unwatch_all()

    # -- store -----------------------------------------------------------------
    def _show_store(self, info) -> None:
        if info is None:
            self.storeLabel.setText(tr("LekpDock", "Geen opslag geopend."))
            return
        self.storeLabel.setText(f"{info.gemeente_naam or '?'} ({info.gemeente_nis})\n{info.path}")

    def create_store(self) -> None:
        """"Nieuwe opslag": gemeente, file and boundary in one dialog, then the store opens here."""
        from .newstore_dialog import ask_new_store

        path = ask_new_store(self)
        if path:
            self.open_store(path)

    def _add_package_buttons(self) -> None:
        """Veldpakket (lekp:offlinepackage) and Pakket samenvoegen (lekp:mergepackage) in a row of their own.

        Beside the store buttons they made the dock so wide that the layer
        panel was squeezed to nothing at 1280 pixels.
        """
        from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton

        row = QHBoxLayout()
        row.setObjectName("packageButtons")
        for name, text, slot in (("packageButton", tr("LekpDock", "Veldpakket…"), self.make_package),
                                 ("mergeButton", tr("LekpDock", "Pakket samenvoegen…"), self.merge_package)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
            setattr(self, name, button)
        self.storeLayout.addLayout(row)

    def _package_params(self) -> dict:
        params = {"STORE": self.store_path} if self.store_path else {}
        if self.iface is not None:  # the basemap from what the map shows, without the store's own layers
            params["BASEMAP_LAYERS"] = [
                layer for layer in self.iface.mapCanvas().layers()
                if layer.providerType() != "memory"  # the findings marks
                and not (self.store_path and layer.source().split("|")[0] == self.store_path)]
        return params

    def make_package(self) -> None:
        import processing

        processing.execAlgorithmDialog("lekp:offlinepackage", self._package_params())

    def merge_package(self) -> None:
        import processing

        processing.execAlgorithmDialog("lekp:mergepackage", {"STORE": self.store_path} if self.store_path else {})

    def choose_store(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("LekpDock", "LEKP-opslag openen"), settings.LAST_STORE.value(),
            "GeoPackage (*.gpkg *.GPKG)")
        if path:
            self.open_store(path)

    def open_store(self, path: str) -> bool:
        self._opening = True
        try:
            info = describe_store(path)
            layers = open_store(path, lang=i18n.language())
        except StoreError as exc:
            self._opening = False
            QMessageBox.warning(self, "LEKP-registratie", exc.message(i18n.language()))
            return False
        self._opening = False
        self.store_path = path
        settings.LAST_STORE.set_value(path)
        self._show_store(info)
        self.syncPanel.set_store(path, layers)
        if self.validator is not None:
            from ..qgisfeatures import union_geometry

            for layer in layers:
                if layer.source().endswith(f"layername={BOUNDARY_LAYER}"):
                    self.validator.set_boundary(union_geometry(layer))
                else:
                    self.validator.watch(layer)
            self.validator.start_validate_all()
        if self.progressTab.isEnabled():  # after the validation started: its figures wait for it
            self.progressPanel.set_store(path, layers)
        LOGGER.info("store opened: %s", path)
        return True

    def _layers_added(self, layers) -> None:
        from .live import is_store_layer

        for layer in layers:
            if is_store_layer(layer):
                self.validator.watch(layer)
        self._adopt_store(layers)

    def _adopt_store(self, layers) -> None:
        """A store's layer added another way (toolbox, drag and drop, a saved project): open that store
        here once the project has settled, so its layers join the one group instead of doubling."""
        from qgis.PyQt.QtCore import QTimer

        from .layers import store_table

        if getattr(self, "_opening", False):
            return
        paths = {store_table(layer)[0] for layer in layers if store_table(layer)}
        if paths:
            # QgsProject.addMapLayer processes events between layersAdded and legendLayersAdded:
            # opening the store in there removed a duplicate that addMapLayer was still adding, and
            # it returned a deleted layer (QGIS crashed). The store opens once addMapLayer is done.
            self._arriving = getattr(self, "_arriving", set()) | {layer.id() for layer in layers}
        for path in paths:
            QTimer.singleShot(0, lambda p=path: self._open_adopted(p))

    def _layers_placed(self, layers) -> None:
        self._arriving = getattr(self, "_arriving", set()) - {layer.id() for layer in layers}

    def _open_adopted(self, path: str, tries: int = 0) -> None:
        from qgis.PyQt.QtCore import QTimer

        from ..store.geopackage import is_store
        from .layers import split_source

        if getattr(self, "_arriving", None) and tries < 20:  # still inside addMapLayer (or added unlisted)
            QTimer.singleShot(50, lambda: self._open_adopted(path, tries + 1))
            return
        self._arriving = set()
        # a layer that only looks like a store layer (same table name in another GeoPackage)
        # is left alone: adopting is a convenience, never a warning the user did not ask for
        if getattr(self, "_opening", False) or not os.path.exists(path) or not is_store(path):
            return
        if self.store_path and split_source(self.store_path)[0] == path and self._store_grouped(path):
            return
        self.open_store(path)

    def _store_grouped(self, path: str) -> bool:
        from .layers import project_layers

        root = QgsProject.instance().layerTreeRoot()
        nodes = [root.findLayer(x.id()) for xs in project_layers(path, QgsProject.instance()).values() for x in xs]
        return all(n is not None and n.parent() is not root and n.parent().name().startswith("LEKP")
                   for n in nodes)

    # -- findings --------------------------------------------------------------
    def start_validate_all(self) -> None:
        """"Alles valideren" in QGIS's task manager (progress and cancel in the status bar)."""
        if self.validator is not None:
            self.validator.start_validate_all()

    def show_findings(self) -> None:
        lang = i18n.language()
        from . import findings_view

        self.rows = self.validator.all_findings(limit=MAX_LISTED)  # the map shows every one
        style = QApplication.style()
        findings_view.fill(self, {sev: style.standardIcon(icon) for sev, icon in _ICONS.items()}, lang)  # per feature
        counts = self.validator.counts()
        summary = tr("LekpDock", "{0} fouten, {1} waarschuwingen, {2} info").format(
            counts["error"], counts["warning"], counts["info"])
        if sum(counts.values()) > len(self.rows):
            summary += " " + tr("LekpDock", "(de eerste {0} in de lijst)").format(len(self.rows))
        self.validationSummary.setText(summary)
        findings_view.apply(self)

    def _row(self, item):
        if item is None:
            return None
        n = item.data(0, Qt.ItemDataRole.UserRole)
        return self.rows[n] if n is not None and n < len(self.rows) else None

    def _selection_changed(self) -> None:
        items = self.findingsTree.selectedItems()
        row = self._row(items[0]) if items else None
        self.repairButton.setEnabled(bool(row and row[2].code == "LEKP-G002" and row[2].repaired is not None))

    def zoom_to(self, item) -> None:
        row = self._row(item)
        if row is None:
            return
        layer, fid, _finding = row
        layer.selectByIds([fid])
        if self.iface is not None:
            self.iface.setActiveLayer(layer)
            canvas = self.iface.mapCanvas()
            canvas.zoomToFeatureIds(layer, [fid])
            canvas.flashFeatureIds(layer, [fid])

    def repair_selected(self) -> bool:
        from .live import apply_repair

        items = self.findingsTree.selectedItems()
        row = self._row(items[0]) if items else None
        if row is None or row[2].repaired is None:
            return False
        layer, fid, finding = row
        ok = apply_repair(layer, fid, finding.repaired, i18n.language())
        if not ok:
            QMessageBox.warning(self, "LEKP-registratie", tr(
                "LekpDock", "De geometrie kon niet vervangen worden: is de laag bewerkbaar?"))
        return ok
