"""Open a store in a QGIS project: its layers in one group, forms configured from the schema."""

from __future__ import annotations

from qgis.core import QgsFillSymbol, QgsProject, QgsVectorLayer

from ..core.schema import BOUNDARY_LAYER, GEOMETRY_FAMILIES
from ..store import describe_store, upgrade_store
from . import formconfig


def open_store(path: str, project: QgsProject | None = None, lang: str = "nl") -> list[QgsVectorLayer]:
    project = project or QgsProject.instance()
    upgrade_store(path)  # a store made by an older version gets the sync tables and triggers
    info = describe_store(path)
    group_name = f"LEKP {info.gemeente_naam or info.gemeente_nis}".strip()
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(0, group_name)
    layers = []
    names = [(fam.layer_name, fam.label_nl if lang == "nl" else fam.label_en) for fam in GEOMETRY_FAMILIES]
    if BOUNDARY_LAYER in info.layers:
        names.append((BOUNDARY_LAYER, "Gemeentegrens" if lang == "nl" else "Municipal boundary"))
    for layer_name, label in names:
        layer = QgsVectorLayer(f"{path}|layername={layer_name}", label, "ogr")
        if not layer.isValid():
            continue
        if layer_name != BOUNDARY_LAYER:
            formconfig.configure(layer, lang)
        else:
            _outline_only(layer)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        layers.append(layer)
    return layers


def _outline_only(layer: QgsVectorLayer) -> None:
    """The boundary as a line, so it never hides what is drawn inside it."""
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "40,40,40,255",
                                         "outline_width": "0.6", "outline_style": "dash"})
    layer.renderer().setSymbol(symbol)
