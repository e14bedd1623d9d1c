"""The ``lekp`` Processing provider; it lists its algorithms explicitly."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms.createstore import CreateStoreAlgorithm
from .algorithms.importplan import ImportPlanAlgorithm
from .algorithms.mergepackage import MergePackageAlgorithm
from .algorithms.offlinepackage import OfflinePackageAlgorithm
from .algorithms.progressreport import ProgressReportAlgorithm
from .algorithms.sync import SyncAlgorithm
from .algorithms.validate import ValidateAlgorithm
from .base import ICON

PROVIDER_ID = "lekp"


class LekpProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return "LEKP"

    def longName(self) -> str:
        return "LEKP-registratie"

    def icon(self) -> QIcon:
        return QIcon(ICON)

    def loadAlgorithms(self) -> None:
        for alg in (CreateStoreAlgorithm(), ValidateAlgorithm(), SyncAlgorithm(), ProgressReportAlgorithm(),
                    ImportPlanAlgorithm(), OfflinePackageAlgorithm(), MergePackageAlgorithm()):
            self.addAlgorithm(alg)
