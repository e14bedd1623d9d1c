"""The official Flemish web services the plugin uses, in one place.

Digitaal Vlaanderen publishes them on geo.api.vlaanderen.be (open data, Modellicentie
Gratis Hergebruik).  Only URLs and layer names live here; the code that builds
QGIS layer sources from them is in :mod:`lekp_plugin.gui.basemap` and the boundary
lookup in :mod:`lekp_plugin.gui.newstore_dialog`.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

#: Voorlopig referentiebestand gemeentegrenzen (VRBG), OGC API – Features.
VRBG_OGC_API = "https://geo.api.vlaanderen.be/VRBG2025/ogc/features/v1"
#: Its collection of gemeenten and the field holding the NIS code.
VRBG_COLLECTION = "Refgem"
VRBG_NIS_FIELD = "NISCODE"
#: The same data as WFS (QGIS's WFS provider, for older set-ups).
VRBG_WFS = "https://geo.api.vlaanderen.be/VRBG2025/wfs"

#: GRB basiskaart and the most recent orthophoto (winter, medium scale), WMTS.
GRB_WMTS = "https://geo.api.vlaanderen.be/GRB/wmts"
GRB_LAYER = "grb_bsk"
ORTHO_WMTS = "https://geo.api.vlaanderen.be/OMWRGBMRVL/wmts"
ORTHO_LAYER = "omwrgbmrvl"
#: The tile matrix set in Belgian Lambert 72 (the store's CRS).
WMTS_MATRIX_SET = "BPL72VL"
#: GRB building outlines as WFS: the vector layer snapping can use.
GRB_WFS = "https://geo.api.vlaanderen.be/GRB/wfs"
GRB_WFS_LAYER = "GRB:GBG"

#: Seconds a boundary request may take before the dialog gives up.
TIMEOUT_S = 20


def vrbg_item_url(nis: str) -> str:
    """The OGC API request for one gemeente's boundary (GeoJSON in Lambert 72)."""
    query = urlencode({VRBG_NIS_FIELD: nis, "f": "application/geo+json",
                       "crs": "http://www.opengis.net/def/crs/EPSG/0/31370"})
    return f"{VRBG_OGC_API}/collections/{VRBG_COLLECTION}/items?{query}"


def wmts_source(url: str, layer: str, matrix_set: str = WMTS_MATRIX_SET, fmt: str = "image/png") -> str:
    """A QGIS ``wms`` provider source for one WMTS layer."""
    capabilities = f"{url}?SERVICE=WMTS&REQUEST=GetCapabilities&VERSION=1.0.0"
    return ("contextualWMSLegend=0&crs=EPSG:31370&dpiMode=7&featureCount=10"
            f"&format={fmt}&layers={layer}&styles=default&tileMatrixSet={matrix_set}"
            f"&url={quote(capabilities, safe=':/')}")


def registry_boundary_url(registry_url: str, nis: str) -> str:
    """The registry's ``gemeenten`` item of one gemeente (SPEC §5)."""
    return f"{registry_url.rstrip('/')}/collections/gemeenten/items/{nis}?f=json"
