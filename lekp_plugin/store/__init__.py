"""The local GeoPackage store of one gemeente (see :mod:`.geopackage`)."""

from .geopackage import StoreError, StoreInfo, create_store, describe_store, read_boundary, upgrade_store

__all__ = ["StoreError", "StoreInfo", "create_store", "describe_store", "read_boundary", "upgrade_store"]
