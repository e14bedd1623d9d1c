"""Conflicts between the store and the registry: listing and resolving them.

A conflict is a row of ``sync_conflicten``: a 412 (the registry's version
changed since the last sync), a 409 (the id exists there already) or a pulled
change to a feature with unsent local edits.  Nothing is overwritten until a
person (or the ``keep_mine`` / ``take_theirs`` policy of a headless run)
chooses:

* ``theirs``: the registry's version goes into the store layer (no outbox
  rows: it is not a local edit) and the local edits are dropped;
* ``mine``: the local version is queued to be re-sent with the registry's
  ETag at the next sync;
* ``merge``: the merged feature is written into the store layer as a local
  edit and sent with the registry's ETag at the next sync.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from ..core import mergers
from ..store import sqlite as sq
from . import localstore as ls
from .errors import SyncError

CHOICES = ("mine", "theirs", "merge")


@dataclass
class Conflict:
    conflict_id: int
    feature_id: str
    laag: str
    mine: dict | None
    theirs: dict | None
    base: dict | None
    their_etag: str | None
    created_at: str
    #: The registry moved the feature to another gemeente (its 2025 NIS code): it left this store.
    moved_to: str | None = None

    @property
    def moved_to_name(self) -> str:
        """The name of the gemeente it moved to, from the plugin's gemeente list ('' when unknown)."""
        return gemeente_name(self.moved_to) if self.moved_to else ""


def gemeente_name(nis: str) -> str:
    """A gemeente's name from the plugin's list of 2025 gemeenten ('' when unknown)."""
    from ..core import population

    global _NAMES
    if _NAMES is None:
        try:
            _NAMES = {nis: g.naam for nis, g in population.read_bundled().items()}
        except (OSError, ValueError, KeyError):
            _NAMES = {}
    return _NAMES.get(mergers.to_2025(str(nis)), "")


_NAMES: dict[str, str] | None = None
_MOVED = re.compile(r"\((\d{5})\) verplaatst$")


def moved_cause(nis: str) -> str:
    """``oorzaak`` of a conflict with a feature the registry moved to gemeente ``nis``."""
    nis = mergers.to_2025(str(nis))
    name = gemeente_name(nis)
    return f"naar gemeente {name} ({nis}) verplaatst" if name else f"naar gemeente ({nis}) verplaatst"


def _load(text: str | None) -> dict | None:
    return json.loads(text) if text else None


def list_conflicts(store_path: str) -> list[Conflict]:
    """The open conflicts, oldest first; ``mine`` is the store's current version."""
    con = ls.open_store(store_path)
    try:
        rows = con.execute("SELECT conflict_id, feature_id, laag, mine, theirs, base, their_etag, created_at, "
                           "oorzaak FROM sync_conflicten WHERE status = 'open' ORDER BY conflict_id").fetchall()
        current = ls.read_features(con, {r[1] for r in rows}) if rows else {}
        out = []
        for cid, fid, laag, mine, theirs, base, etag, created, cause in rows:
            local = current.get(fid)
            mine_doc = local.feature() if local else None
            if local is None and mine and not ls.has_local_edits(con, fid):
                mine_doc = _load(mine)
            moved = _MOVED.search(cause or "")
            out.append(Conflict(cid, fid, local.laag if local else (laag or ""), mine_doc, _load(theirs),
                                _load(base), etag, created, moved.group(1) if moved else None))
        return out
    finally:
        con.close()


def record_conflict(con: sqlite3.Connection, fid: str, laag: str | None, mine: dict | None,
                    theirs: dict | None, their_etag: str | None, cause: str) -> tuple[int, bool]:
    """Insert (or refresh the registry side of) the open conflict of a feature; in the caller's transaction.

    Returns the conflict id and whether it is new.
    """
    b = ls.basis(con, fid)
    base = b[1] if b else None
    row = con.execute("SELECT conflict_id FROM sync_conflicten WHERE feature_id = ? AND status = 'open'",
                      (fid,)).fetchone()
    if row:
        con.execute("UPDATE sync_conflicten SET theirs = ?, their_etag = ?, mine = ? WHERE conflict_id = ?",
                    (json.dumps(theirs) if theirs else None, their_etag,
                     json.dumps(mine) if mine else None, row[0]))
        return int(row[0]), False
    cur = con.execute(
        "INSERT INTO sync_conflicten(feature_id, laag, mine, theirs, base, their_etag, oorzaak) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (fid, laag, json.dumps(mine) if mine else None, json.dumps(theirs) if theirs else None,
         json.dumps(base) if base else None, their_etag, cause))
    return int(cur.lastrowid), True


def _versie(feature: dict | None) -> int | None:
    if not feature:
        return None
    v = (feature.get("properties") or {}).get("versie")
    return int(v) if isinstance(v, (int, float)) else None


def resolve_in(con: sqlite3.Connection, conflict_id: int, choice: str, merged: dict | None = None) -> str:
    """Resolve inside the caller's transaction; returns the feature id."""
    row = con.execute("SELECT feature_id, laag, theirs, their_etag FROM sync_conflicten "
                      "WHERE conflict_id = ? AND status = 'open'", (conflict_id,)).fetchone()
    if row is None:
        raise SyncError("conflict_unknown", conflict_id=conflict_id)
    if choice not in CHOICES:
        raise SyncError("conflict_choice", choice=choice, conflict_id=conflict_id)
    if choice == "merge" and not merged:
        raise SyncError("conflict_merge", conflict_id=conflict_id)
    fid, laag, theirs_text, their_etag = row
    theirs = _load(theirs_text)
    if _cause(con, conflict_id) == PACKAGE_CAUSE:
        return _resolve_package(con, conflict_id, fid, choice, theirs, merged)
    if choice == "theirs":
        was_pulling = con.execute("SELECT pulling FROM sync_state WHERE id = 1").fetchone()[0]
        ls.set_pulling(con, True)
        ls.write_feature(con, theirs, fid)
        ls.set_pulling(con, bool(was_pulling))
        ls.drop_outbox(con, fid)
        con.execute("DELETE FROM sync_verzending WHERE feature_id = ?", (fid,))
        con.execute("DELETE FROM sync_tegengehouden WHERE feature_id = ?", (fid,))
        if theirs is None:
            ls.drop_basis(con, fid)
        else:
            ls.set_basis(con, fid, their_etag, _versie(theirs), theirs)
    else:
        # the registry's version becomes the base: the kept version is sent with its ETag
        if theirs is None:
            ls.drop_basis(con, fid)
        else:
            ls.set_basis(con, fid, their_etag, _versie(theirs), theirs)
        con.execute("DELETE FROM sync_verzending WHERE feature_id = ?", (fid,))
        if choice == "merge":
            doc = dict(merged)
            doc["id"] = fid
            props = dict(doc.get("properties") or {})
            props["id"] = fid
            doc["properties"] = props
            ls.write_feature(con, doc, fid)  # a local edit: the outbox records it
        where = ls.locate(con, fid)
        if not con.execute("SELECT 1 FROM sync_outbox WHERE feature_id = ? LIMIT 1", (fid,)).fetchone():
            con.execute("INSERT INTO sync_outbox(laag, feature_id, op) VALUES (?, ?, ?)",
                        (where[0] if where else (laag or ls.STORE_LAYERS[0]), fid,
                         "update" if where else "delete"))
    con.execute("UPDATE sync_conflicten SET status = 'opgelost', keuze = ?, "
                "opgelost_op = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE conflict_id = ?",
                (choice, conflict_id))
    return fid


#: ``oorzaak`` of a conflict between a field package's version (theirs) and the store's (mine), recorded by
#: :func:`lekp_plugin.offline.merge_package`: both versions are local, the registry's ETag stays the base.
PACKAGE_CAUSE = "pakket"


def _cause(con: sqlite3.Connection, conflict_id: int) -> str | None:
    return con.execute("SELECT oorzaak FROM sync_conflicten WHERE conflict_id = ?", (conflict_id,)).fetchone()[0]


def _resolve_package(con: sqlite3.Connection, conflict_id: int, fid: str, choice: str, theirs: dict | None,
                     merged: dict | None) -> str:
    """A package conflict: the chosen version becomes a local edit (sent at the next sync); sync_basis stays."""
    doc = {"mine": None, "theirs": theirs, "merge": merged}[choice]
    if choice == "theirs" and theirs is None:
        ls.write_feature(con, None, fid)  # the field deleted it
    elif doc is not None:
        doc = dict(doc)
        doc["id"] = fid
        doc["properties"] = {**(doc.get("properties") or {}), "id": fid}
        ls.write_feature(con, doc, fid)
    con.execute("UPDATE sync_conflicten SET status = 'opgelost', keuze = ?, "
                "opgelost_op = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE conflict_id = ?",
                (choice, conflict_id))
    return fid


def resolve_conflict(store_path: str, conflict_id: int, choice: str, merged: dict | None = None) -> None:
    """Resolve one open conflict: ``"mine"``, ``"theirs"`` or ``"merge"`` (with ``merged``, a GeoJSON
    Feature in EPSG:31370).  Raises :class:`SyncError` for an unknown conflict or choice."""
    con = ls.open_store(store_path)
    try:
        sq.write(con, lambda c: resolve_in(c, conflict_id, choice, merged))
    finally:
        con.close()
