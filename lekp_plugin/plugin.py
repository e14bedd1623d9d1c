"""The plugin object QGIS loads: toolbar, menu, the LEKP dock and the ``lekp`` provider.

Everything tolerates ``iface is None`` (``qgis_process`` loads the provider
through :meth:`LekpPlugin.initProcessing` only).  ``unload`` removes all that
was added, so reloading the plugin leaves no trace.
"""

from __future__ import annotations

import logging
import os

from qgis.core import QgsApplication

from . import deps, i18n, log, settings
from .i18n import tr

LOGGER = logging.getLogger(__name__)
ICON = os.path.join(os.path.dirname(__file__), "resources", "icon.svg")


class LekpPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.toolbar = None
        self.actions: list = []
        self._log_handler = log.install()
        self._translator = i18n.install_translator()
        self._dependency_problems = None

    @property
    def dependency_problems(self) -> list:
        """shapely/pyproj problems, checked once on first use (the desktop's initGui).

        Not in the constructor: qgis_process constructs the plugin for every
        run and would import pyproj each time; its algorithms check what they
        use themselves (``LekpAlgorithm.require_dependencies``).
        """
        if self._dependency_problems is None:
            self._dependency_problems = deps.problems()
            if self._dependency_problems:
                LOGGER.warning(deps.message(self._dependency_problems, i18n.language()))
        return self._dependency_problems

    # -- Processing ---------------------------------------------------------
    def initProcessing(self):
        if self.provider is not None:
            return
        from .processing.provider import LekpProvider

        self.provider = LekpProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI ----------------------------------------------------------------
    def initGui(self):
        self.initProcessing()
        _ = self.dependency_problems  # checked (and logged) when the plugin starts, with or without a window
        if self.iface is None:
            return
        from qgis.PyQt.QtGui import QIcon
        from qgis.PyQt.QtWidgets import QAction

        from .compat import dock_area_right
        from .gui.digitize import add_basemap
        from .gui.dock import LekpDock

        main = self.iface.mainWindow()
        self.dock = LekpDock(main, dependency_problems=self.dependency_problems, iface=self.iface)
        self.iface.addDockWidget(dock_area_right(), self.dock)
        self.dock.hide()

        self.toolbar = self.iface.addToolBar("LEKP")
        self.toolbar.setObjectName("LekpToolbar")

        dock_action = self.dock.toggleViewAction()
        dock_action.setIcon(QIcon(ICON))
        dock_action.setText(tr("LekpPlugin", "LEKP-paneel"))
        dock_action.setObjectName("LekpDockAction")
        store_action = QAction(QgsApplication.getThemeIcon("/mActionNewGeoPackageLayer.svg"),
                               tr("LekpPlugin", "Nieuwe LEKP-opslag…"), main)
        store_action.setObjectName("LekpCreateStoreAction")
        store_action.triggered.connect(self.dock.create_store)
        import_action = QAction(QgsApplication.getThemeIcon("/mActionAddOgrLayer.svg"),
                                tr("LekpPlugin", "Verkavelingsplan importeren…"), main)
        import_action.setObjectName("LekpImportPlanAction")
        import_action.triggered.connect(self.open_import_wizard)
        new_action = QAction(QgsApplication.getThemeIcon("/mActionCapturePolygon.svg"),
                             tr("LekpPlugin", "Nieuwe verbetering"), main)
        new_action.setObjectName("LekpNewImprovementAction")
        new_action.setMenu(self.dock.digitizer.menu(main))
        new_action.triggered.connect(lambda: self._show_menu(new_action))
        basemap_action = QAction(QgsApplication.getThemeIcon("/mActionAddWmsLayer.svg"),
                                 tr("LekpPlugin", "Basiskaart en snappen"), main)
        basemap_action.setObjectName("LekpBasemapAction")
        basemap_action.triggered.connect(lambda: add_basemap(self.iface))
        tips = {
            dock_action: tr("LekpPlugin", "Toont of verbergt het LEKP-paneel: opslag, validatie, "
                                          "synchronisatie en voortgang."),
            # no parentheses: QGIS's shortcut manager takes "(…)" in a tooltip for a shortcut and removes it
            store_action: tr("LekpPlugin", "Maakt een nieuwe opslag voor een gemeente, met haar grens, "
                                           "en opent ze."),
            import_action: tr("LekpPlugin", "Leest een verkavelingsplan in de open opslag: DXF, shapefile, …"),
            new_action: tr("LekpPlugin", "Registreer een verbetering: kies wat je gerealiseerd hebt en teken "
                                         "het op de kaart."),
            basemap_action: tr("LekpPlugin", "Voegt GRB en orthofoto van Digitaal Vlaanderen toe en zet "
                                             "snappen aan op de LEKP-lagen."),
        }
        for action in (dock_action, store_action, new_action, import_action, basemap_action):
            action.setToolTip(tips[action])
            self.toolbar.addAction(action)
            self.iface.addPluginToVectorMenu("&LEKP", action)
        button = self.toolbar.widgetForAction(new_action)
        if button is not None:
            from qgis.PyQt.QtWidgets import QToolButton

            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions = [dock_action, store_action, new_action, import_action, basemap_action]
        from .gui import formhooks

        formhooks.install()  # unit, proposed quantity and findings in the store layers' forms
        if not settings.DOCK_SHOWN.value():  # the first start: show where everything is
            settings.DOCK_SHOWN.set_value(True)
            self.dock.show()

        if self.dependency_problems:
            self._show_dependency_message()

    def _show_menu(self, action):
        button = self.toolbar.widgetForAction(action) if self.toolbar is not None else None
        if button is not None and action.menu() is not None:
            action.menu().popup(button.mapToGlobal(button.rect().bottomLeft()))

    def open_import_wizard(self):
        """The plan-import wizard, for the store open in the dock."""
        from .compat import exec_dialog
        from .gui.import_wizard import ImportWizard

        wizard = ImportWizard(self.iface.mainWindow(), iface=self.iface,
                              store_path=getattr(self.dock, "store_path", "") or "")
        exec_dialog(wizard)
        wizard.deleteLater()

    def _show_dependency_message(self):
        from .compat import MSG_WARNING

        # The full message with the install command sits in the dock, where it
        # can be selected and copied; the bar only points there.
        self.iface.messageBar().pushMessage(
            "LEKP-registratie",
            tr("LekpPlugin", "Python-pakketten ontbreken; het LEKP-paneel toont hoe je ze installeert."),
            MSG_WARNING, 0)
        self.dock.show()

    def unload(self):
        from .gui import formhooks

        formhooks.uninstall()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.iface is not None:
            for action in self.actions:
                self.iface.removePluginVectorMenu("&LEKP", action)
            self.actions = []
            if self.toolbar is not None:
                self.toolbar.deleteLater()
                self.toolbar = None
            if self.dock is not None:
                self.dock.cleanup()
                self.iface.removeDockWidget(self.dock)
                self.dock.deleteLater()
                self.dock = None
        i18n.remove_translator(self._translator)
        self._translator = None
        log.uninstall(self._log_handler)
        self._log_handler = None
