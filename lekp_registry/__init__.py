"""The LEKP reference registry: an OGC API – Features server with transactions.

It publishes the ``verbeteringen`` and ``gemeenten`` collections (Part 1 core,
GeoJSON, Part 2 CRS) and accepts writes following the Part 4 draft, with the
guarantees sync relies on: strong ETags and ``If-Match``, client ids,
``Idempotency-Key``, a changes feed with tombstones, batch writes, server-side
validation with the core rules and per-gemeente authorization.  Storage is one
SQLite file by default and PostgreSQL/PostGIS in production, behind one
interface (:mod:`lekp_registry.storage`).
"""

from .app import create_app
from .config import RegistryConfig

__all__ = ["RegistryConfig", "create_app"]
