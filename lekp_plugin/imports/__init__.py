"""Bulk import of verkavelingsplannen: DXF, shapefile, GeoPackage, GeoJSON, GML, CSV.

Qt-free (GDAL/OGR, ezdxf, shapely, pyproj): ``readers`` (files → records, the
DXF cross-check with ezdxf in ``dxfscan``), ``crs`` (the CRS rules),
``profiles`` (mapping profiles, the default Flemish one), ``pipeline``
(read → map → validate → preview → write in one transaction) and ``messages``
(Dutch/English texts).  ``lekp:importplan`` and the import wizard are thin
layers over :func:`pipeline.prepare_import` and :func:`pipeline.write_import`.
"""
