"""Numbered, idempotent upgrade steps of the store; ``lekp_meta.schema_version`` says where a store is.

A store is upgraded when sync or the plugin opens it (:func:`upgrade`), and
``create_store`` runs every step on the new file, so a new store is always
the latest version and every step runs on every new store (the tests also
run each step from every earlier version, and twice).

Version 1: the store as ``lekp:createstore`` made it before sync (three
layers, ``lekp_meta``, optional ``gemeentegrens``).

Version 2 (sync):

* ``sync_outbox``: one row per insert, update and delete of a store layer,
  written by SQLite triggers with plain SQLite functions only
  (``json_object``, ``hex``), so edits from QGIS, QField, GDAL/ogr2ogr or SQL
  are all captured.  The store's own trigger fills a missing ``id`` *after*
  the insert; the insert trigger ignores a row without id, and the update
  trigger records the update that sets the id as the create.  An update that
  changes nothing is not recorded; one that changes the id is a delete of the
  old id plus a create of the new one.
* ``sync_state``: one row with the cursor of the changes feed, the registry
  URL, the last sync and its result, and the ``pulling`` flag: while the sync
  engine writes pulled changes it sets the flag inside its own transaction,
  and the triggers' ``WHEN`` skips those writes (other connections never see
  the flag set: it is committed back to 0 in the same transaction).
* ``sync_verzending``: the requests being sent, each with its idempotency key,
  stored *before* sending, so a retry after a crash re-sends the same request.
* ``sync_basis``: per feature, the last version both sides agreed on (ETag,
  versie, GeoJSON): the ``If-Match`` of the next write and the ``base`` of a
  conflict.
* ``sync_conflicten``: conflicts (mine, theirs, base), registered as a
  GeoPackage attributes table so QGIS can show it.
* ``sync_tegengehouden``: features the registry refused (422) with its findings.
* ``registry_referentie``: a read-only layer (triggers refuse writes outside a
  pull) with the registry's features of other gemeenten and sources.
* Features already in the store are queued as creates: they were never sent.
* The journal mode becomes WAL (readers and one writer at the same time).

Version 3: the SPEC §3 fields ``gegroepeerd`` (whole-territory entry) and
``bron_sleutel`` (an import's stable key per feature) on the store layers and
``registry_referentie``; the outbox triggers are rebuilt to record them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from osgeo import ogr, osr

from ..core.schema import GEOMETRY_FAMILIES, STORAGE_EPSG
from . import sqlite as sq

ogr.UseExceptions()

META_TABLE = "lekp_meta"
REFERENCE_LAYER = "registry_referentie"
STORE_LAYERS = tuple(f.layer_name for f in GEOMETRY_FAMILIES)
SYNC_TABLES = ("sync_state", "sync_outbox", "sync_verzending", "sync_basis", "sync_conflicten",
               "sync_tegengehouden")


def version_of(con: sqlite3.Connection) -> int:
    try:
        row = con.execute(f"SELECT waarde FROM {META_TABLE} WHERE sleutel = 'schema_version'").fetchone()
    except sqlite3.Error:
        return 0
    try:
        return int(row[0]) if row and row[0] else 1
    except ValueError:
        return 1


def _set_version(con: sqlite3.Connection, version: int) -> None:
    cur = con.execute(f"UPDATE {META_TABLE} SET waarde = ? WHERE sleutel = 'schema_version'", (str(version),))
    if cur.rowcount == 0:
        con.execute(f"INSERT INTO {META_TABLE}(sleutel, waarde) VALUES ('schema_version', ?)", (str(version),))


# -- version 2: sync ---------------------------------------------------------------

def _json_row(con: sqlite3.Connection, table: str, alias: str) -> str:
    """``json_object(...)`` of a row in a trigger (geometry as hex)."""
    parts = []
    for col in sq.columns_of(con, table):
        if col == "fid":
            continue
        value = f'hex({alias}."{col}")' if col == "geom" else f'{alias}."{col}"'
        parts.append(f"'{col}', {value}")
    return "json_object(" + ", ".join(parts) + ")"


_NOT_PULLING = "(SELECT pulling FROM sync_state WHERE id = 1) = 0"


def install_outbox_triggers(con: sqlite3.Connection) -> None:
    """(Re)create the outbox triggers of the store layers from their current columns.

    A later step that adds columns calls this again so the outbox records them.
    """
    for t in STORE_LAYERS:
        for suffix in ("insert", "update", "delete"):
            con.execute(f'DROP TRIGGER IF EXISTS "{t}_sync_{suffix}"')
        new, old = _json_row(con, t, "NEW"), _json_row(con, t, "OLD")
        ins = "INSERT INTO sync_outbox(laag, feature_id, op, old_values, new_values)"
        con.execute(
            f'CREATE TRIGGER "{t}_sync_insert" AFTER INSERT ON "{t}" '
            f"WHEN NEW.id IS NOT NULL AND NEW.id <> '' AND {_NOT_PULLING} BEGIN "
            f"{ins} VALUES ('{t}', NEW.id, 'insert', NULL, {new}); END")
        con.execute(
            f'CREATE TRIGGER "{t}_sync_update" AFTER UPDATE ON "{t}" WHEN {_NOT_PULLING} BEGIN '
            # the id set after the insert (store trigger) or a changed id: a create of the new id
            f"{ins} SELECT '{t}', NEW.id, 'insert', NULL, {new} WHERE NEW.id IS NOT NULL AND NEW.id <> '' "
            f"AND (OLD.id IS NULL OR OLD.id = '' OR OLD.id <> NEW.id); "
            f"{ins} SELECT '{t}', OLD.id, 'delete', {old}, NULL WHERE OLD.id IS NOT NULL AND OLD.id <> '' "
            f"AND (NEW.id IS NULL OR NEW.id = '' OR NEW.id <> OLD.id); "
            f"{ins} SELECT '{t}', NEW.id, 'update', {old}, {new} WHERE NEW.id = OLD.id AND NEW.id <> '' "
            f"AND {old} IS NOT {new}; END")
        con.execute(
            f'CREATE TRIGGER "{t}_sync_delete" AFTER DELETE ON "{t}" '
            f"WHEN OLD.id IS NOT NULL AND OLD.id <> '' AND {_NOT_PULLING} BEGIN "
            f"{ins} VALUES ('{t}', OLD.id, 'delete', {old}, NULL); END")


def _create_reference_layer(path: str) -> None:
    """``registry_referentie`` through OGR (GeoPackage layer with spatial index)."""
    ds = ogr.Open(path, 1)
    try:
        if ds.GetLayerByName(REFERENCE_LAYER) is not None:
            return
        template = ds.GetLayerByName(STORE_LAYERS[-1]).GetLayerDefn()
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(STORAGE_EPSG)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        layer = ds.CreateLayer(REFERENCE_LAYER, srs, ogr.wkbUnknown,
                               options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES",
                                        "IDENTIFIER=Register (referentie)",
                                        "DESCRIPTION=Verbeteringen uit het register van andere "
                                        "gemeenten en bronnen (alleen lezen)"])
        for i in range(template.GetFieldCount()):
            layer.CreateField(template.GetFieldDefn(i))
    finally:
        ds = None


def _step_2_tables(con: sqlite3.Connection) -> None:
    con.execute("""CREATE TABLE IF NOT EXISTS sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        pulling INTEGER NOT NULL DEFAULT 0,
        cursor INTEGER NOT NULL DEFAULT 0,
        registry_url TEXT, last_sync TEXT, last_result TEXT, last_result_en TEXT)""")
    con.execute("INSERT OR IGNORE INTO sync_state(id) VALUES (1)")
    con.execute("""CREATE TABLE IF NOT EXISTS sync_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        laag TEXT NOT NULL, feature_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        old_values TEXT, new_values TEXT,
        vastgelegd_op TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))""")
    con.execute("CREATE INDEX IF NOT EXISTS sync_outbox_feature ON sync_outbox(feature_id, seq)")
    con.execute("""CREATE TABLE IF NOT EXISTS sync_verzending (
        feature_id TEXT PRIMARY KEY, laag TEXT, op TEXT NOT NULL,
        idempotency_key TEXT NOT NULL, if_match TEXT, body TEXT, max_seq INTEGER NOT NULL,
        aangemaakt_op TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))""")
    con.execute("""CREATE TABLE IF NOT EXISTS sync_basis (
        feature_id TEXT PRIMARY KEY, etag TEXT, versie INTEGER, feature TEXT)""")
    con.execute("""CREATE TABLE IF NOT EXISTS sync_conflicten (
        conflict_id INTEGER PRIMARY KEY AUTOINCREMENT,
        feature_id TEXT NOT NULL, laag TEXT, mine TEXT, theirs TEXT, base TEXT, their_etag TEXT,
        oorzaak TEXT, status TEXT NOT NULL DEFAULT 'open', keuze TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), opgelost_op TEXT)""")
    con.execute("CREATE INDEX IF NOT EXISTS sync_conflicten_feature ON sync_conflicten(feature_id, status)")
    con.execute("""CREATE TABLE IF NOT EXISTS sync_tegengehouden (
        feature_id TEXT PRIMARY KEY, laag TEXT, findings TEXT, bron TEXT,
        vastgelegd_op TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))""")
    con.execute(
        "INSERT OR IGNORE INTO gpkg_contents(table_name, data_type, identifier, description, last_change) "
        "VALUES ('sync_conflicten', 'attributes', 'Synchronisatieconflicten', "
        "'Conflicten tussen de opslag en het register', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))")
    install_outbox_triggers(con)
    r = REFERENCE_LAYER
    con.execute(f'CREATE UNIQUE INDEX IF NOT EXISTS "{r}_id_uq" ON "{r}"(id)')
    for event in ("INSERT", "UPDATE", "DELETE"):
        con.execute(
            f'CREATE TRIGGER IF NOT EXISTS "{r}_alleen_lezen_{event.lower()}" BEFORE {event} ON "{r}" '
            f"WHEN (SELECT pulling FROM sync_state WHERE id = 1) = 0 BEGIN "
            f"SELECT RAISE(ABORT, '{r} is alleen-lezen: het wordt gevuld door de synchronisatie'); END")
    if version_of(con) < 2:
        # features drawn before sync existed were never sent: queue them as creates
        for t in STORE_LAYERS:
            con.execute(
                f"INSERT INTO sync_outbox(laag, feature_id, op) SELECT '{t}', id, 'insert' FROM \"{t}\" "
                f"WHERE id IS NOT NULL AND id <> '' AND id NOT IN "
                f"(SELECT feature_id FROM sync_outbox) ORDER BY fid")
    _set_version(con, 2)


def step_2(path: str) -> None:
    _create_reference_layer(path)
    con = sq.connect(path)
    try:
        sq.write(con, _step_2_tables)
        con.execute("PRAGMA journal_mode = WAL")
    finally:
        con.close()


# -- version 3: SPEC §3 fields gegroepeerd and bron_sleutel ------------------------------

#: Columns added by step 3, with their GeoPackage declarations (OGR reads the
#: type from them: BOOLEAN is a boolean field, TEXT(255) a string of width 255).
STEP_3_COLUMNS = (("gegroepeerd", "BOOLEAN DEFAULT 0"), ("bron_sleutel", "TEXT(255)"))


def _step_3_columns(con: sqlite3.Connection) -> None:
    for table in (*STORE_LAYERS, REFERENCE_LAYER):
        have = set(sq.columns_of(con, table))
        if not have:
            continue
        for name, decl in STEP_3_COLUMNS:
            if name not in have:
                con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {decl}')
    install_outbox_triggers(con)  # the outbox records the new columns too
    _set_version(con, 3)


def step_3(path: str) -> None:
    con = sq.connect(path)
    try:
        sq.write(con, _step_3_columns)
    finally:
        con.close()


#: version → the step that brings a store from version - 1 to it.
STEPS: dict[int, Callable[[str], None]] = {2: step_2, 3: step_3}
LATEST = max(STEPS)


def upgrade(path: str) -> int:
    """Bring the store at ``path`` to :data:`LATEST`; returns the version it had."""
    con = sq.connect(path)
    try:
        before = version_of(con)
    finally:
        con.close()
    for version in sorted(STEPS):
        if version > before:
            STEPS[version](path)
    return before


def ensure_wal(path: str) -> None:
    con = sq.connect(path)
    try:
        con.execute("PRAGMA journal_mode = WAL")
    finally:
        con.close()
