"""Open a store in a QGIS project: its three layers and the boundary in one group, never twice.

However the store reached the project — the "Nieuwe opslag" dialog, the
toolbox's ``lekp:createstore``, drag and drop of the GeoPackage, a saved
project, "Opslag openen" twice — :func:`open_store` ends in the same state:
one group "LEKP <gemeente>" with each store layer once (a layer already in the
project is reused and moved into the group), the form and legend configured,
and ``hoeveelheid`` following the geometry (:mod:`.quantity`).
"""

from __future__ import annotations

import os

from qgis.core import QgsFillSymbol, QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from ..core.schema import BOUNDARY_LAYER, GEOMETRY_FAMILIES
from ..store import describe_store, upgrade_store
from . import formconfig
from .quantity import follow

STORE_TABLES = tuple(f.layer_name for f in GEOMETRY_FAMILIES)


def split_source(source: str) -> tuple[str, str | None]:
    """``path|layername=x`` → (normalized path, x)."""
    path, _, rest = source.partition("|")
    name = None
    for part in rest.split("|"):
        if part.startswith("layername="):
            name = part[len("layername="):]
    return os.path.normcase(os.path.realpath(path)) if path else "", name


def store_table(layer) -> tuple[str, str] | None:
    """(store path, table) for a layer of an LEKP store (by table name), else None."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None
    path, name = split_source(layer.source())
    if name in (*STORE_TABLES, BOUNDARY_LAYER) and path.lower().endswith(".gpkg"):
        return path, name
    return None


def project_layers(path: str, project: QgsProject) -> dict[str, list[QgsVectorLayer]]:
    """Layers of the project that show a table of the store at ``path``."""
    want = os.path.normcase(os.path.realpath(path))
    out: dict[str, list[QgsVectorLayer]] = {}
    for layer in project.mapLayers().values():
        key = store_table(layer)
        if key and key[0] == want:
            out.setdefault(key[1], []).append(layer)
    return out


def open_store(path: str, project: QgsProject | None = None, lang: str = "nl") -> list[QgsVectorLayer]:
    project = project or QgsProject.instance()
    upgrade_store(path)  # an older store gets the sync tables, the new fields and the styles
    info = describe_store(path)
    group_name = f"LEKP {info.gemeente_naam or info.gemeente_nis}".strip()
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(0, group_name)
    present = project_layers(path, project)
    layers = []
    names = [(fam.layer_name, fam.label_nl if lang == "nl" else fam.label_en) for fam in GEOMETRY_FAMILIES]
    if BOUNDARY_LAYER in info.layers:
        names.append((BOUNDARY_LAYER, "Gemeentegrens" if lang == "nl" else "Municipal boundary"))
    for position, (layer_name, label) in enumerate(names):
        existing = present.get(layer_name, [])
        if existing:
            layer = existing[0]
            for extra in existing[1:]:  # the same table loaded twice: keep one
                if not extra.isEditable() or not extra.isModified():
                    project.removeMapLayer(extra.id())
        else:
            layer = QgsVectorLayer(f"{path}|layername={layer_name}", label, "ogr")
            if not layer.isValid():
                continue
            project.addMapLayer(layer, False)
        if layer_name != BOUNDARY_LAYER:
            if not existing and lang != "nl":
                formconfig.apply_style(layer, lang)  # the stored (Dutch) style, in English
            else:
                formconfig.configure(layer, lang)  # the stored legend stays; the form gets the hook
            follow(layer)
        elif not existing:
            outline_only(layer)
        _move_into(root, group, layer, position)
        layers.append(layer)
    return layers


def _move_into(root, group: QgsLayerTreeGroup, layer, position: int) -> None:
    node = root.findLayer(layer.id())
    if node is not None and node.parent() is group:
        return
    if node is None:
        group.insertLayer(min(position, len(group.children())), layer)
        return
    # the copy goes in before the old node leaves: QGIS removes a layer from the project
    # when its last node leaves the tree
    group.insertChildNode(min(position, len(group.children())), node.clone())
    node.parent().removeChildNode(node)


def outline_only(layer: QgsVectorLayer) -> None:
    """The boundary as a line, so it never hides what is drawn inside it."""
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "40,40,40,255",
                                         "outline_width": "0.6", "outline_style": "dash"})
    layer.renderer().setSymbol(symbol)
