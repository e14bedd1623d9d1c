"""Offline field preparation: the package taken into the field, and the way back.

:mod:`.package` (Qt-free: GDAL/OGR, sqlite3, shapely) cuts the store down to
an area into a package GeoPackage without outbox rows, checks a package that
comes back (its ``-wal`` file) and merges its edits into the office store,
turning edits made on both sides into conflicts.  :mod:`.project` is the QGIS
side: the basemap, the ``.qgz`` project, the field list PDF and the folder or
zip that holds them.
"""

from .package import (
    OfflineError,
    check_wal,
    estimate_basemap,
    make_package_store,
    merge_package,
)

__all__ = ["OfflineError", "check_wal", "estimate_basemap", "make_package_store", "merge_package"]
