"""One small base class for every LEKP algorithm: tr, createInstance, help, group."""

from __future__ import annotations

import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from .. import deps
from ..i18n import language, tr

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icon.svg")


class LekpAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY (Dutch), GROUP (Dutch) and HELP (Dutch)."""

    NAME = ""
    DISPLAY = ""
    GROUP = "Opslag"
    HELP = ""

    def tr(self, text: str) -> str:
        return tr(type(self).__name__, text)

    def lang(self) -> str:
        return language()

    #: what :meth:`require_dependencies` checks; pyproj only where it is used
    #: (the plan import's reprojection): importing it costs every run time.
    DEPENDENCIES = ("shapely",)

    def require_dependencies(self) -> None:
        """Stop with the one install message when what this algorithm uses is missing."""
        problems = deps.problems(modules=self.DEPENDENCIES)
        if problems:
            raise QgsProcessingException(deps.message(problems, self.lang()))

    def processAlgorithm(self, parameters, context, feedback):
        """Runs :meth:`process`; a failure leaves with its message only.

        QGIS 3.22 keeps the traceback of an exception raised here until the
        process ends, and with it every frame on it; a layer one of them holds
        then dies after QGIS has shut down and crashes the process.  Re-raising
        outside the ``except`` block, after dropping the arguments, keeps this
        algorithm's own frames (``process`` and its locals) off that traceback.
        Callers' frames still stay alive: tests of failing runs hold no layers
        (``tests/plugin/conftest.failure_message``).
        """
        try:
            return self.process(parameters, context, feedback)
        except QgsProcessingException as exc:
            message = str(exc)
        del parameters, context, feedback
        raise QgsProcessingException(message)

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return self.tr(self.DISPLAY)

    def group(self) -> str:
        return self.tr(self.GROUP)

    def groupId(self) -> str:
        return self.GROUP.lower()

    def shortHelpString(self) -> str:
        return self.tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(ICON)
