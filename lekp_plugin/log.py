"""Logging: ``logging.getLogger(__name__)`` everywhere, forwarded to QGIS's message log.

One handler on the ``lekp_plugin`` logger sends records to ``QgsMessageLog``
under the tag "LEKP"; the plugin installs it on load and removes it on unload.
"""

from __future__ import annotations

import logging

TAG = "LEKP"
LOGGER_NAME = "lekp_plugin"


class QgsMessageLogHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        from qgis.core import QgsMessageLog

        from .compat import MSG_CRITICAL, MSG_INFO, MSG_WARNING

        if record.levelno >= logging.ERROR:
            level = MSG_CRITICAL
        elif record.levelno >= logging.WARNING:
            level = MSG_WARNING
        else:
            level = MSG_INFO
        try:
            QgsMessageLog.logMessage(self.format(record), TAG, level)
        except Exception:  # never let logging break the caller
            self.handleError(record)


def install() -> logging.Handler:
    logger = logging.getLogger(LOGGER_NAME)
    handler = QgsMessageLogHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    return handler


def uninstall(handler: logging.Handler | None) -> None:
    if handler is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(handler)
