"""The LEKP dock: the open store, and panels for validation, progress and sync."""

from __future__ import annotations

import logging

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

from .. import deps, i18n, settings
from ..i18n import tr
from ..store import StoreError, describe_store
from .layers import open_store
from .ui import load_ui

LOGGER = logging.getLogger(__name__)
FORM_CLASS, _ = load_ui("dock")


class LekpDock(QgsDockWidget, FORM_CLASS):
    def __init__(self, parent=None, dependency_problems=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("LekpDock")
        self.store_path = ""
        self.newStoreButton.clicked.connect(self.create_store)
        self.openStoreButton.clicked.connect(self.choose_store)
        problems = dependency_problems or []
        self.dependencyLabel.setVisible(bool(problems))
        if problems:
            self.dependencyLabel.setText(deps.message(problems, i18n.language()))
        self._show_store(None)

    def _show_store(self, info) -> None:
        if info is None:
            self.storeLabel.setText(tr("LekpDock", "Geen opslag geopend."))
            return
        self.storeLabel.setText(f"{info.gemeente_naam or '?'} ({info.gemeente_nis})\n{info.path}")

    def create_store(self) -> None:
        import processing

        processing.execAlgorithmDialog("lekp:createstore", {})

    def choose_store(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("LekpDock", "LEKP-opslag openen"), settings.LAST_STORE.value(),
            "GeoPackage (*.gpkg *.GPKG)")
        if path:
            self.open_store(path)

    def open_store(self, path: str) -> bool:
        try:
            info = describe_store(path)
            open_store(path, lang=i18n.language())
        except StoreError as exc:
            QMessageBox.warning(self, "LEKP-registratie", exc.message(i18n.language()))
            return False
        self.store_path = path
        settings.LAST_STORE.set_value(path)
        self._show_store(info)
        LOGGER.info("store opened: %s", path)
        return True
