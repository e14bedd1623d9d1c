"""Plugin settings, declared once with type and default, under the key prefix ``lekp/``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PREFIX = "lekp/"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str

    def value(self):
        from qgis.core import QgsSettings

        return QgsSettings().value(PREFIX + self.key, self.default, type=self.type)

    def set_value(self, value) -> None:
        from qgis.core import QgsSettings

        QgsSettings().setValue(PREFIX + self.key, value)


LANGUAGE = Setting("language", str, "", "UI language: '' (follow QGIS), 'nl' or 'en'")
GEMEENTE_NIS = Setting("gemeente_nis", str, "", "NIS code of the user's gemeente (2025 layout)")
LAST_STORE = Setting("last_store", str, "", "Path of the last opened GeoPackage store")
REGISTRY_URL = Setting("registry_url", str, "", "Base URL of the LEKP registry (OGC API Features)")
REGISTRY_AUTHCFG = Setting("registry_authcfg", str, "",
                           "Id of the QGIS authentication configuration holding the registry token")
DOCK_SHOWN = Setting("dock_shown", bool, False, "The LEKP dock was shown at the first start")

ALL = (LANGUAGE, GEMEENTE_NIS, LAST_STORE, REGISTRY_URL, REGISTRY_AUTHCFG, DOCK_SHOWN)
