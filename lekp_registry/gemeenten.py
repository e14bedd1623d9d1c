"""Load the ``gemeenten`` collection: boundaries plus reference population.

Boundaries come from any OGR-readable file (the 2025 layout: field ``geoitem``
with the NIS code as a string, ``naam``); population from a Statbel CSV with
pre-2025 codes, summed into the 2025 codes with the core's merger map.
"""

from __future__ import annotations

from dataclasses import dataclass

import shapely
from osgeo import ogr, osr

from lekp_plugin.core.mergers import to_2025
from lekp_plugin.core.population import population_2025, read_statbel_csv
from lekp_plugin.core.schema import STORAGE_EPSG

from .storage import Gemeente, Store

NIS_FIELDS = ("geoitem", "nis", "gemeente", "NISCODE", "niscode")


@dataclass
class LoadReport:
    loaded: int
    without_population: list[str]


def read_boundaries(path: str) -> dict[str, tuple[str, bytes]]:
    """NIS → (naam, WKB in EPSG:31370) from an OGR dataset."""
    ogr.UseExceptions()
    osr.UseExceptions()
    ds = ogr.Open(path)
    if ds is None:
        raise ValueError(f"cannot open {path}")
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    nis_field = next((n for n in NIS_FIELDS if n in names), None)
    if nis_field is None or "naam" not in names:
        raise ValueError(f"{path}: needs a NIS field ({', '.join(NIS_FIELDS)}) and 'naam'; has {names}")
    target = osr.SpatialReference()
    target.ImportFromEPSG(STORAGE_EPSG)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    src = layer.GetSpatialRef()
    transform = None
    if src is not None and not src.IsSame(target):
        src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(src, target)
    out: dict[str, tuple[str, bytes]] = {}
    for feat in layer:
        nis = str(feat.GetField(nis_field)).strip().zfill(5)
        geom = feat.GetGeometryRef()
        if geom is None:
            continue
        geom = geom.Clone()
        if transform is not None:
            geom.Transform(transform)
        shape = shapely.from_wkb(bytes(geom.ExportToIsoWkb()))
        shape = shapely.force_2d(shape)
        if shape.geom_type == "Polygon":
            shape = shapely.MultiPolygon([shape])
        if nis in out:  # several rows for one gemeente: union them
            shape = shapely.union(shapely.from_wkb(out[nis][1]), shape)
        out[nis] = (feat.GetField("naam"), shapely.to_wkb(shape))
    return out


def load_gemeenten(store: Store, boundaries: str, population: str | None = None,
                   referentiejaar: int | None = None, bron: str | None = None) -> LoadReport:
    shapes = read_boundaries(boundaries)
    inwoners: dict[str, int] = {}
    if population:
        rows = read_statbel_csv(population)
        codes = [c for c in rows if to_2025(c) in shapes]
        inwoners = population_2025(rows, codes)
    for nis, (naam, wkb) in shapes.items():
        store.put_gemeente(Gemeente(nis, naam, inwoners.get(nis), referentiejaar if population else None,
                                    bron if population else None, wkb))
    missing = sorted(n for n in shapes if n not in inwoners) if population else sorted(shapes)
    return LoadReport(len(shapes), missing)
