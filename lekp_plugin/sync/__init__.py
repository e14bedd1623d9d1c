"""Sync with the central registry: outbox, push, pull, conflicts (Qt-free).

The store records every local edit in its outbox (SQLite triggers, see
:mod:`lekp_plugin.store.migrations`); :func:`run_sync` pushes it to the
registry (batch writes with idempotency keys and ETags) and pulls the
registry's changes feed; :func:`sync_status` says what is pending;
:mod:`.conflicts` lists and resolves conflicts.  Built on requests, the core,
GDAL/OGR and sqlite3 — no QGIS import (``qgis_adapter`` is the thin QGIS side:
token from an authcfg, QGIS's proxy).
"""

from .conflicts import Conflict, list_conflicts, resolve_conflict
from .engine import POLICIES, HeldBack, SyncResult, SyncStatus, run_sync, sync_status
from .errors import SyncError
from .http import RetryPolicy

__all__ = [
    "POLICIES",
    "Conflict",
    "HeldBack",
    "RetryPolicy",
    "SyncError",
    "SyncResult",
    "SyncStatus",
    "list_conflicts",
    "resolve_conflict",
    "run_sync",
    "sync_status",
]
