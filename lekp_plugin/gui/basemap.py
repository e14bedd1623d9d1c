"""One click for the official Flemish base layers, and snapping to what the officer draws against.

"Basiskaart" adds the GRB basiskaart and the orthophoto (WMTS of Digitaal
Vlaanderen, URLs in :mod:`lekp_plugin.services`) at the bottom of the layer
tree, once; and turns on snapping to the store layers, the gemeente boundary
and, when loaded, the GRB vector layer (WFS), as vertex and segment snapping
within 12 pixels.
"""

from __future__ import annotations

from qgis.core import QgsProject, QgsRasterLayer, QgsSnappingConfig, QgsTolerance, QgsVectorLayer

from .. import services
from ..i18n import tr
from .layers import store_table

BASE_LAYERS = (
    ("grb", services.GRB_WMTS, services.GRB_LAYER),
    ("ortho", services.ORTHO_WMTS, services.ORTHO_LAYER),
)


def base_name(key: str) -> str:
    return {"grb": tr("Basemap", "GRB-basiskaart (Digitaal Vlaanderen)"),
            "ortho": tr("Basemap", "Orthofoto (Digitaal Vlaanderen)")}[key]


def base_sources() -> dict[str, str]:
    return {key: services.wmts_source(url, layer) for key, url, layer in BASE_LAYERS}


def add_base_layers(project: QgsProject | None = None) -> tuple[list[QgsRasterLayer], list[str]]:
    """Add the GRB and orthophoto WMTS once; (layers added, Dutch problems such as no internet)."""
    project = project or QgsProject.instance()
    present = {layer.source() for layer in project.mapLayers().values()}
    added, problems = [], []
    root = project.layerTreeRoot()
    for key, source in base_sources().items():
        if source in present:
            continue
        layer = QgsRasterLayer(source, base_name(key), "wms")
        if not layer.isValid():
            problems.append(tr("Basemap", "{0} kon niet geladen worden: geen verbinding met "
                                          "geo.api.vlaanderen.be (offline of proxy?).").format(base_name(key)))
            continue
        project.addMapLayer(layer, False)
        root.insertLayer(len(root.children()), layer)  # under everything drawn
        added.append(layer)
    return added, problems


def is_grb_vector(layer) -> bool:
    return isinstance(layer, QgsVectorLayer) and services.GRB_WFS in layer.source()


def enable_snapping(project: QgsProject | None = None) -> list[str]:
    """Snapping to the store layers, the boundary and loaded GRB vectors; returns their layer ids."""
    from ..compat import snapping_settings

    project = project or QgsProject.instance()
    config = project.snappingConfig()
    config.setEnabled(True)
    config.setMode(QgsSnappingConfig.SnappingMode.AdvancedConfiguration)
    config.setIntersectionSnapping(True)
    chosen = []
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer):
            continue
        on = store_table(layer) is not None or is_grb_vector(layer)
        if on:
            chosen.append(layer.id())
        config.setIndividualLayerSettings(layer, snapping_settings(on, 12, QgsTolerance.UnitType.Pixels))
    project.setSnappingConfig(config)
    return chosen
