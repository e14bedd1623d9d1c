""""Nieuwe opslag" in one step: gemeente by name, a file to save, the boundary from where it is.

The gemeente is searched by name among the 285 gemeenten of 2025 (the list
shipped with the plugin, ``resources/gemeenten_2025.csv``), its NIS code shown.
The boundary comes from the registry's ``gemeenten`` collection (when a
registry URL is set), from the official Flemish boundary service (VRBG, needs
internet), from a file the user chooses, or is left out.  The store is never
a temporary file: the dialog asks where to save it.  After creating, the dock
opens the store (one group, four layers).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile

from qgis.core import QgsBlockingNetworkRequest
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QStringListModel, Qt, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from .. import i18n, services, settings
from ..core.population import BUNDLED_FILE
from ..i18n import tr
from ..plugin_version import version
from ..store import StoreError, create_store, read_boundary


def gemeenten() -> list[tuple[str, str]]:
    """(naam, nis) of the 2025 gemeenten, by name."""
    with open(BUNDLED_FILE, encoding="utf-8") as fh:
        return sorted(((row["naam"], row["nis"]) for row in csv.DictReader(fh)), key=lambda r: r[0].lower())


def display(naam: str, nis: str) -> str:
    return f"{naam} ({nis})"


def find_gemeente(text: str) -> tuple[str, str] | None:
    """"Diepenbeek", "diepenbeek (71011)" or "71011" → (naam, nis); None when not one gemeente."""
    text = (text or "").strip()
    if not text:
        return None
    rows = gemeenten()
    for naam, nis in rows:
        if text.lower() in (naam.lower(), nis, display(naam, nis).lower()):
            return naam, nis
    matches = [r for r in rows if r[0].lower().startswith(text.lower())]
    return matches[0] if len(matches) == 1 else None


class BoundaryError(Exception):
    """A boundary that could not be fetched: a Dutch/English message."""

    def __init__(self, nl: str, en: str):
        self.nl, self.en = nl, en
        super().__init__(nl)

    def message(self, lang: str = "nl") -> str:
        return self.nl if lang == "nl" else self.en


def _get(url: str, not_found: tuple[str, str] | None = None) -> bytes:
    """GET through QGIS's network stack (proxy, timeouts), or BoundaryError.

    ``not_found``: the (Dutch, English) message when the server answers 404.
    """
    request = QNetworkRequest(QUrl(url))
    blocking = QgsBlockingNetworkRequest()
    err = blocking.get(request, True)
    status = blocking.reply().attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    if err != QgsBlockingNetworkRequest.ErrorCode.NoError and status == 404 and not_found is not None:
        raise BoundaryError(*not_found)  # the server answered: it does not have this one
    if err != QgsBlockingNetworkRequest.ErrorCode.NoError:
        raise BoundaryError(
            f"{url} is niet bereikbaar ({blocking.errorMessage()}). Ben je offline? Kies een grensbestand "
            "of probeer later opnieuw.",
            f"{url} cannot be reached ({blocking.errorMessage()}). Are you offline? Choose a boundary file "
            "or try again later.")
    return bytes(blocking.reply().content())


def _boundary_from_geojson(data: bytes, nis: str, source: str, nis_field: str):
    try:
        doc = json.loads(data)
    except ValueError as exc:
        raise BoundaryError(f"{source} gaf geen GeoJSON terug ({exc}).",
                            f"{source} did not return GeoJSON ({exc}).") from None
    if doc.get("type") == "Feature":
        doc = {"type": "FeatureCollection", "features": [doc]}
    for feat in doc.get("features", []):
        props = feat.setdefault("properties", {}) or {}
        props.setdefault(nis_field, nis)
        feat["properties"] = props
    fd, path = tempfile.mkstemp(suffix=".geojson")
    with os.fdopen(fd, "w") as fh:
        json.dump(doc, fh)
    try:
        boundary = read_boundary(path, nis, nis_field)
    except StoreError as exc:
        raise BoundaryError(exc.message("nl"), exc.message("en")) from None
    finally:
        os.unlink(path)
    boundary.source = source
    return boundary


def boundary_from_registry(registry_url: str, nis: str):
    url = services.registry_boundary_url(registry_url, nis)
    not_found = (f"Het register ({registry_url}) kent gemeente {nis} niet: zijn de gemeenten er nog niet "
                 "geladen? Kies de grenzendienst of een grensbestand.",
                 f"The registry ({registry_url}) does not know gemeente {nis}: were the gemeenten not loaded "
                 "yet? Choose the boundary service or a boundary file.")
    return _boundary_from_geojson(_get(url, not_found), nis, url, "nis")


def boundary_from_vrbg(nis: str):
    url = services.vrbg_item_url(nis)
    return _boundary_from_geojson(_get(url), nis, "VRBG (Digitaal Vlaanderen)", services.VRBG_NIS_FIELD)


class NewStoreDialog(QDialog):
    """Gemeente, file, boundary source; creates the store on OK (``self.path`` then set)."""

    SOURCES = ("registry", "vrbg", "file", "none")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("LekpNewStoreDialog")
        self.setWindowTitle(tr("NewStore", "Nieuwe LEKP-opslag"))
        self.path = ""
        self.lang = i18n.language()
        form = QFormLayout(self)
        self.gemeenteEdit = QLineEdit(self)
        self.gemeenteEdit.setObjectName("gemeenteEdit")
        self.gemeenteEdit.setPlaceholderText(tr("NewStore", "Typ de naam van de gemeente"))
        completer = QCompleter(QStringListModel([display(n, c) for n, c in gemeenten()], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.gemeenteEdit.setCompleter(completer)
        form.addRow(tr("NewStore", "Gemeente"), self.gemeenteEdit)
        self.fileWidget = QgsFileWidget(self)
        self.fileWidget.setObjectName("fileWidget")
        self.fileWidget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.fileWidget.setFilter("GeoPackage (*.gpkg)")
        self.fileWidget.setDialogTitle(tr("NewStore", "Opslag bewaren als"))
        form.addRow(tr("NewStore", "Bewaren als"), self.fileWidget)
        self.sourceCombo = QComboBox(self)
        self.sourceCombo.setObjectName("sourceCombo")
        registry = settings.REGISTRY_URL.value()
        labels = {
            "registry": tr("NewStore", "Uit het register ({0})").format(registry or "-"),
            "vrbg": tr("NewStore", "Uit de grenzendienst van de Vlaamse overheid (VRBG, internet)"),
            "file": tr("NewStore", "Uit een bestand"),
            "none": tr("NewStore", "Geen grens (later toe te voegen)"),
        }
        for key in self.SOURCES:
            if key == "registry" and not registry:
                continue
            self.sourceCombo.addItem(labels[key], key)
        form.addRow(tr("NewStore", "Gemeentegrens"), self.sourceCombo)
        self.boundaryFile = QgsFileWidget(self)
        self.boundaryFile.setObjectName("boundaryFile")
        self.boundaryFile.setFilter(tr("NewStore", "Vectorbestanden (*.shp *.gpkg *.geojson *.json *.gml)"))
        form.addRow(tr("NewStore", "Grensbestand"), self.boundaryFile)
        self.sourceCombo.currentIndexChanged.connect(self._source_changed)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        form.addRow(self.messageLabel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        nis = settings.GEMEENTE_NIS.value()
        for naam, code in gemeenten():
            if code == nis:
                self.gemeenteEdit.setText(display(naam, code))
        self._source_changed()
        self.resize(520, self.sizeHint().height())

    def _source_changed(self) -> None:
        self.boundaryFile.setEnabled(self.sourceCombo.currentData() == "file")

    def show_problem(self, text: str) -> None:
        self.messageLabel.setText(f'<span style="color:#b2182b">{text}</span>')

    def create(self) -> bool:
        """Create the store from the dialog's values; a Dutch message in the dialog when it cannot."""
        nl = self.lang == "nl"
        gemeente = find_gemeente(self.gemeenteEdit.text())
        if gemeente is None:
            self.show_problem(tr("NewStore", "Kies een gemeente uit de lijst (typ een deel van de naam)."))
            return False
        naam, nis = gemeente
        path = self.fileWidget.filePath().strip()
        if not path:
            self.show_problem(tr("NewStore", "Kies waar de opslag bewaard wordt."))
            return False
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        source = self.sourceCombo.currentData()
        boundary, boundary_file = None, None
        try:
            if source == "registry":
                boundary = boundary_from_registry(settings.REGISTRY_URL.value(), nis)
            elif source == "vrbg":
                boundary = boundary_from_vrbg(nis)
            elif source == "file":
                boundary_file = self.boundaryFile.filePath().strip()
                if not boundary_file:
                    self.show_problem(tr("NewStore", "Kies het grensbestand."))
                    return False
            info = create_store(path, nis, boundary_file, None, False, version(), boundary=boundary,
                                gemeente_naam=naam)
        except BoundaryError as exc:
            self.show_problem(exc.message(self.lang))
            return False
        except StoreError as exc:
            self.show_problem(exc.message("nl" if nl else "en"))
            return False
        self.path = info.path
        settings.GEMEENTE_NIS.set_value(nis)
        return True

    def accept(self) -> None:  # Qt API
        if self.create():
            super().accept()


def ask_new_store(parent=None) -> str:
    """Run the dialog; the new store's path, or "" when cancelled."""
    from ..compat import exec_dialog

    dialog = NewStoreDialog(parent)
    try:
        if exec_dialog(dialog):
            return dialog.path
        return ""
    finally:
        dialog.deleteLater()


def warn(parent, text: str) -> None:
    QMessageBox.warning(parent, "LEKP-registratie", text)
