"""Registry storage: one interface, an SQLite and a PostGIS implementation."""

from __future__ import annotations

from typing import Any

from lekp_plugin.core.mergers import to_2025

from .base import (
    FILTER_COLUMNS,
    Gemeente,
    Query,
    Record,
    Store,
    StoredResponse,
    StoreError,
    WriteTx,
)

__all__ = [
    "FILTER_COLUMNS",
    "Gemeente",
    "Query",
    "Record",
    "Store",
    "StoreError",
    "StoredResponse",
    "WriteTx",
    "index_values",
    "open_store",
]


def open_store(db: str) -> Store:
    """A store for ``db``: a PostgreSQL DSN (``postgresql://…``) or an SQLite file path."""
    if db.startswith(("postgresql://", "postgres://")):
        from .postgis import PostgisStore

        return PostgisStore(db)
    from .sqlite import SqliteStore

    return SqliteStore(db)


def index_values(record: Record) -> dict[str, Any]:
    """The indexed attribute columns of a record (same in every store)."""
    p = record.properties
    nis = p.get("gemeente_nis")
    opgelegd = p.get("opgelegd")
    return {
        "gemeente_nis": nis if isinstance(nis, str) else None,
        "gemeente_2025": to_2025(nis) if isinstance(nis, str) else None,
        "categorie": _text(p.get("categorie")),
        "status": _text(p.get("status")),
        "aard": _text(p.get("aard")),
        "domein": _text(p.get("domein")),
        "bron": _text(p.get("bron")),
        "opgelegd": None if opgelegd is None else int(bool(opgelegd)),
        "projectnaam": _text(p.get("projectnaam")),
        "uitvoeringsdatum": _text(p.get("uitvoeringsdatum")),
    }


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
