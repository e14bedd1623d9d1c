"""Load ``.ui`` forms from ``lekp_plugin/forms`` at runtime (never generated code)."""

from __future__ import annotations

import os

from qgis.PyQt import uic

FORMS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "forms")


def load_ui(name: str):
    """The (form class, base class) pair of ``forms/<name>.ui``."""
    return uic.loadUiType(os.path.join(FORMS_DIR, f"{name}.ui"))
