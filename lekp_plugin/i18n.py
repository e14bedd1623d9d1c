"""Translation at the edge: Dutch source strings, English from ``resources/i18n/lekp_en.qm``.

The UI is Dutch first: every ``tr()`` source string is Dutch, and the English
translation file maps it to English.  The core returns codes and parameters;
labels of catalogue and schema entries carry both languages as data, and
:func:`language` tells which one to show.
"""

from __future__ import annotations

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from . import settings

I18N_DIR = os.path.join(os.path.dirname(__file__), "resources", "i18n")


def language() -> str:
    """'nl' or 'en': the plugin setting, else the QGIS locale (Dutch unless English)."""
    chosen = settings.LANGUAGE.value()
    if chosen in ("nl", "en"):
        return chosen
    locale = QgsSettings().value("locale/userLocale", "") or QgsApplication.locale() or "nl"
    return "en" if str(locale).lower().startswith("en") else "nl"


def install_translator() -> QTranslator | None:
    """Load ``lekp_<lang>.qm`` into the application; None when Dutch (the source)."""
    lang = language()
    if lang == "nl":
        return None
    path = os.path.join(I18N_DIR, f"lekp_{lang}.qm")
    translator = QTranslator()
    if not os.path.exists(path) or not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
