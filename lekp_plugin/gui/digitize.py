""""Nieuwe verbetering": category first, then the right layer, the right tool and a filled-in form.

Each entry speaks the words of the Groenblauwpeil form gemeenten know ("Ik heb
een extra boom geplant").  Choosing one makes the store layer of its geometry
active, starts editing, sets the categorie (and aard) as the default of the
next feature and switches to QGIS's "add feature" tool; the form that opens
after drawing then has the category filled in and shows its unit.  The
defaults are set back after that feature is added.

"Gegroepeerde invoer" (SPEC §2, e.g. a geveltuin campaign over the whole
gemeente) adds a feature whose geometry is the gemeente boundary with
``gegroepeerd = true`` and opens its form for the quantity.

Everything happens in QGIS's edit buffer: nothing is saved until the user saves.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsDefaultValue, QgsGeometry, QgsProject, QgsVectorLayer, QgsVectorLayerUtils
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMenu

from ..core.catalogue import PARAMETERS
from ..core.schema import BOUNDARY_LAYER
from ..i18n import tr
from . import formconfig


@dataclass(frozen=True)
class Entry:
    key: str
    categorie: str
    family: str
    aard: str = "aanleg"


#: The menu, in the order of the pact's objectives.
ENTRIES = (
    Entry("boom", "boom", "punt"),
    Entry("bomenrij", "boom", "vlak"),
    Entry("boom_weg", "boom", "punt", "verwijdering"),
    Entry("haag", "haag", "lijn"),
    Entry("haag_weg", "haag", "lijn", "verwijdering"),
    Entry("geveltuin", "geveltuin", "lijn"),
    Entry("natuurgroenperk", "natuurgroenperk", "vlak"),
    Entry("ontharding", "ontharding", "vlak"),
    Entry("hergebruik", "hemelwater_hergebruik", "punt"),
    Entry("buffer", "hemelwater_buffer", "vlak"),
    Entry("infiltratie", "hemelwater_infiltratie", "vlak"),
)


def entry_text(key: str) -> str:
    texts = {
        "boom": tr("Digitize", "Ik heb een extra boom geplant"),
        "bomenrij": tr("Digitize", "Ik heb bomen geplant in een zone (aantal ingeven)"),
        "boom_weg": tr("Digitize", "Ik heb een boom gekapt"),
        "haag": tr("Digitize", "Ik heb een haag aangeplant"),
        "haag_weg": tr("Digitize", "Ik heb een haag verwijderd"),
        "geveltuin": tr("Digitize", "Ik heb een geveltuin aangelegd"),
        "natuurgroenperk": tr("Digitize", "Ik heb een natuurgroenperk aangelegd (≥ 10 m²)"),
        "ontharding": tr("Digitize", "Ik heb verharding weggenomen (ontharding)"),
        "hergebruik": tr("Digitize", "Ik heb een regenwaterput voor hergebruik geplaatst"),
        "buffer": tr("Digitize", "Ik heb hemelwater gebufferd (buffervolume)"),
        "infiltratie": tr("Digitize", "Ik heb een infiltratievoorziening aangelegd"),
    }
    return texts[key]


def store_layers(project: QgsProject | None = None, store_path: str = "") -> dict[str, QgsVectorLayer]:
    """family key (and ``grens``) → the layer of the open store (or the first store found)."""
    from .layers import split_source, store_table

    project = project or QgsProject.instance()
    want = split_source(store_path)[0] if store_path else None
    out: dict[str, QgsVectorLayer] = {}
    for layer in project.mapLayers().values():
        key = store_table(layer)
        if key is None or (want and key[0] != want):
            continue
        if key[1] == BOUNDARY_LAYER:
            out.setdefault("grens", layer)
        else:
            out.setdefault(formconfig.family_key(layer), layer)
    return out


class Digitizer:
    """Starts "Nieuwe verbetering" for an entry; used by the toolbar menu and the dock buttons."""

    def __init__(self, iface=None, store_path=lambda: ""):
        self.iface = iface
        self.store_path = store_path
        self._restore: dict[str, tuple] = {}

    # -- menus -------------------------------------------------------------------
    def menu(self, parent=None) -> QMenu:
        menu = QMenu(tr("Digitize", "Nieuwe verbetering"), parent)
        menu.setObjectName("LekpNewImprovementMenu")
        menu.setToolTipsVisible(True)
        for entry in ENTRIES:
            action = menu.addAction(entry_text(entry.key))
            action.setObjectName(f"LekpNew_{entry.key}")
            action.setToolTip(tr("Digitize", "Tekent in de laag {0}; categorie {1}").format(
                entry.family, PARAMETERS[entry.categorie].label_nl))
            action.triggered.connect(lambda _checked=False, e=entry: self.start(e))
        menu.addSeparator()
        grouped = menu.addMenu(tr("Digitize", "Gegroepeerde invoer over de hele gemeente"))
        grouped.setObjectName("LekpGroupedMenu")
        for code in formconfig.allowed_categories("vlak"):
            action = grouped.addAction(PARAMETERS[code].label_nl)
            action.setObjectName(f"LekpGrouped_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.grouped(c))
        return menu

    # -- drawing -----------------------------------------------------------------
    def _message(self, text: str) -> None:
        if self.iface is not None:
            from ..compat import MSG_WARNING

            self.iface.messageBar().pushMessage("LEKP-registratie", text, MSG_WARNING, 8)

    def layer_for(self, family: str) -> QgsVectorLayer | None:
        layer = store_layers(store_path=self.store_path()).get(family)
        if layer is None:
            self._message(tr("Digitize", "Open eerst een LEKP-opslag (knop 'Opslag openen' of 'Nieuwe opslag')."))
        return layer

    def start(self, entry: Entry) -> QgsVectorLayer | None:
        """Active layer, editing on, defaults set, the add-feature tool chosen."""
        layer = self.layer_for(entry.family)
        if layer is None:
            return None
        self._set_defaults(layer, {"categorie": entry.categorie, "aard": entry.aard})
        if not layer.isEditable():
            layer.startEditing()
        if self.iface is not None:
            self.iface.setActiveLayer(layer)
            self.iface.actionAddFeature().trigger()
        return layer

    def _set_defaults(self, layer: QgsVectorLayer, values: dict[str, str]) -> None:
        self._reset(layer)
        fields = layer.fields()
        saved = {}
        for name, value in values.items():
            idx = fields.indexOf(name)
            saved[idx] = layer.defaultValueDefinition(idx)
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(f"'{value}'"))
        self._restore[layer.id()] = (layer, saved)
        layer.featureAdded.connect(self._feature_added)

    def _feature_added(self, _fid) -> None:
        # the drawn feature has its category: the layer's own defaults come back
        for layer, _saved in list(self._restore.values()):
            self._reset(layer)

    def _reset(self, layer: QgsVectorLayer) -> None:
        item = self._restore.pop(layer.id(), None)
        if item is None:
            return
        _layer, saved = item
        for idx, definition in saved.items():
            layer.setDefaultValueDefinition(idx, definition)
        try:
            layer.featureAdded.disconnect(self._feature_added)
        except TypeError:
            pass

    def grouped(self, categorie: str, geometry: QgsGeometry | None = None, open_form: bool = True):
        """A whole-territory feature: the gemeente boundary (or ``geometry``), gegroepeerd = true."""
        layers = store_layers(store_path=self.store_path())
        layer = layers.get("vlak")
        if layer is None:
            self._message(tr("Digitize", "Open eerst een LEKP-opslag (knop 'Opslag openen' of 'Nieuwe opslag')."))
            return None
        if geometry is None:
            boundary = layers.get("grens")
            if boundary is None or boundary.featureCount() == 0:
                self._message(tr("Digitize", "Deze opslag heeft geen gemeentegrens; teken de zone zelf "
                                             "en vink 'Gegroepeerde invoer' aan."))
                return None
            geometry = QgsGeometry.unaryUnion([f.geometry() for f in boundary.getFeatures()])
            geometry.convertToMultiType()
        if not layer.isEditable():
            layer.startEditing()
        fields = layer.fields()
        values = {fields.indexOf("categorie"): categorie, fields.indexOf("gegroepeerd"): True}
        if open_form and self.iface is not None:
            self.iface.setActiveLayer(layer)
            # QGIS's own "add feature" form: OK adds it to the edit buffer, Cancel adds nothing
            ok, feature = self.iface.vectorLayerTools().addFeature(layer, values, geometry)
            return feature if ok else None
        feature = QgsVectorLayerUtils.createFeature(layer, geometry, values)
        layer.beginEditCommand(tr("Digitize", "Gegroepeerde invoer"))
        layer.addFeature(feature)
        layer.endEditCommand()
        return feature


def add_dock_buttons(dock) -> None:
    """"Nieuwe verbetering ▾" and "Basiskaart" on a row under the dock's store buttons."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QHBoxLayout, QToolButton

    def button(name: str, text: str, icon: str, tooltip: str) -> QToolButton:
        b = QToolButton(dock)
        b.setObjectName(name)
        b.setText(text)
        b.setIcon(QgsApplication.getThemeIcon(icon))
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        b.setToolTip(tooltip)
        return b

    dock.digitizer = Digitizer(dock.iface, lambda: dock.store_path)
    row = QHBoxLayout()
    new = button("newImprovementButton", tr("Digitize", "Nieuwe verbetering"), "/mActionCapturePolygon.svg",
                 tr("Digitize", "Kies wat je gerealiseerd hebt: de juiste laag en het tekengereedschap "
                                "worden gekozen, het formulier krijgt de categorie."))
    new.setMenu(dock.digitizer.menu(new))
    new.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    base = button("basemapButton", tr("Digitize", "Basiskaart"), "/mActionAddWmsLayer.svg",
                  tr("Digitize", "Voegt GRB en orthofoto van Digitaal Vlaanderen toe en zet snappen aan "
                                 "op de LEKP-lagen en de gemeentegrens."))
    base.clicked.connect(lambda: add_basemap(dock.iface, dock))
    row.addWidget(new)
    row.addWidget(base)
    row.addStretch(1)
    parent = dock.storeButtons.parent()
    index = next((i for i in range(parent.count()) if parent.itemAt(i).layout() is dock.storeButtons),
                 parent.count() - 1)
    parent.insertLayout(index + 1, row)
    dock.newImprovementButton, dock.basemapButton = new, base


def add_basemap(iface, parent=None) -> None:
    """The basemap button: base layers, snapping, and a message saying what happened."""
    from ..compat import MSG_INFO, MSG_WARNING
    from .basemap import add_base_layers, enable_snapping

    added, problems = add_base_layers()
    snapped = enable_snapping()
    if iface is None:
        return
    if problems:
        iface.messageBar().pushMessage("LEKP-registratie", " ".join(problems), MSG_WARNING, 10)
    else:
        iface.messageBar().pushMessage("LEKP-registratie", tr(
            "Digitize", "{0} basislagen toegevoegd; snappen aan op {1} lagen.").format(len(added), len(snapped)),
            MSG_INFO, 5)
