"""The local store: one GeoPackage per gemeente.

Owns the on-disk layout: one layer per geometry family (``verbeteringen_vlak``,
``_lijn``, ``_punt``) with the fields of :mod:`lekp_plugin.core.schema`, a UUID
``id`` filled by a trigger when a tool inserts without one, spatial indexes,
a ``lekp_meta`` table (schema version, gemeente) and, when a boundary file is
given, the gemeente's boundary as ``gemeentegrens``.

Built on GDAL/OGR (present in every QGIS install) and sqlite3, not on the
QGIS API, so that scripts, tests and later the sync engine can open a store
without starting QGIS.  A store is written to a temporary file next to the
target and renamed into place only when complete: a failure leaves nothing
half-written and never touches an existing store.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass, field

from osgeo import gdal, ogr, osr

from ..core import mergers
from ..core.faults import UserFault
from ..core.schema import (
    BOUNDARY_LAYER,
    FIELDS,
    GEOMETRY_FAMILIES,
    SCHEMA_VERSION,
    STORAGE_EPSG,
    FieldType,
)
from .migrations import upgrade

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

META_TABLE = "lekp_meta"
#: QGIS's table of styles stored in a GeoPackage (read by QGIS and QField when a layer is opened).
STYLES_TABLE = "layer_styles"
#: The default style of each layer (QML, made by scripts/make_styles.py).
STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "styles")
#: The name of the plugin's own rows in ``layer_styles``; other styles a user saved are left alone.
STYLE_NAME = "LEKP-standaard"
#: Bumped with every change of the QML files (kept equal to gui.formconfig.STYLE_VERSION).
STYLE_VERSION = 4
#: Candidate NIS-code fields of boundary files, in order of preference.
NIS_FIELD_CANDIDATES = ("geoitem", "gemeente_nis", "nis", "niscode", "nis_code", "nis_2025",
                        "gemeente", "cd_munty_refnis", "code_ins")
NAME_FIELD_CANDIDATES = ("naam", "name_nl", "gemeentenaam", "tx_munty_descr_nl", "name")

_OGR_TYPES = {
    FieldType.UUID: (ogr.OFTString, ogr.OFSTUUID),
    FieldType.STRING: (ogr.OFTString, ogr.OFSTNone),
    FieldType.TEXT: (ogr.OFTString, ogr.OFSTNone),
    FieldType.REAL: (ogr.OFTReal, ogr.OFSTNone),
    FieldType.INTEGER: (ogr.OFTInteger, ogr.OFSTNone),
    FieldType.BOOLEAN: (ogr.OFTInteger, ogr.OFSTBoolean),
    FieldType.DATE: (ogr.OFTDate, ogr.OFSTNone),
    FieldType.DATETIME: (ogr.OFTDateTime, ogr.OFSTNone),
}

_OGR_GEOM = {
    "MultiPolygon": ogr.wkbMultiPolygon,
    "MultiLineString": ogr.wkbMultiLineString,
    "MultiPoint": ogr.wkbMultiPoint,
}

# A random (version 4) UUID in SQL, for rows inserted without an id.
_SQL_UUID4 = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || "
    "lower(hex(randomblob(6)))"
)

_MESSAGES = {
    "nis_format": ("'{nis}' is geen geldige NIS-code (vijf cijfers verwacht).",
                   "'{nis}' is not a valid NIS code (five digits expected)."),
    "nis_merged": ("NIS-code {nis} bestaat niet meer sinds de fusie van 1 januari 2025; gebruik {new}.",
                   "NIS code {nis} no longer exists since the 1 January 2025 merger; use {new}."),
    "exists": ("{path} bestaat al en bevat {count} verbeteringen; kies een ander bestand of "
               "bevestig uitdrukkelijk dat het overschreven mag worden.",
               "{path} already exists and holds {count} improvements; choose another file or "
               "confirm explicitly that it may be overwritten."),
    "exists_other": ("{path} bestaat al en is geen LEKP-opslag; het wordt niet overschreven.",
                     "{path} already exists and is not an LEKP store; it is not overwritten."),
    "boundary_open": ("Grensbestand {path} kan niet geopend worden: {reason}",
                      "Boundary file {path} cannot be opened: {reason}"),
    "boundary_field": ("Grensbestand {path} heeft geen NIS-veld (gezocht: {candidates}); "
                       "kies het veld met de NIS-code.",
                       "Boundary file {path} has no NIS field (looked for: {candidates}); "
                       "choose the field holding the NIS code."),
    "boundary_field_missing": ("Grensbestand {path} heeft geen veld '{field}'.",
                               "Boundary file {path} has no field '{field}'."),
    "boundary_nis": ("Gemeente {nis} komt niet voor in {path} (veld {field}).",
                     "Municipality {nis} is not in {path} (field {field})."),
    "boundary_crs": ("Grensbestand {path} heeft geen coördinatenstelsel en de coördinaten lijken "
                     "niet op Lambert 72; stel het stelsel in en probeer opnieuw.",
                     "Boundary file {path} has no coordinate reference system and its coordinates "
                     "do not look like Lambert 72; set the CRS and try again."),
    "boundary_geom": ("De grens van gemeente {nis} in {path} is leeg of geen vlak.",
                      "The boundary of municipality {nis} in {path} is empty or not a polygon."),
    "not_store": ("{path} is geen LEKP-opslag (tabel {table} ontbreekt).",
                  "{path} is not an LEKP store (table {table} missing)."),
    "upgrade": ("De opslag {path} kan niet bijgewerkt worden naar de nieuwste versie: {reason}",
                "The store {path} cannot be upgraded to the latest version: {reason}"),
}


class StoreError(UserFault):
    """A user-facing store problem: a code, its parameters and Dutch/English text."""

    MESSAGES = _MESSAGES


@dataclass
class Boundary:
    nis: str
    naam: str
    wkb: bytes
    area_m2: float
    source: str
    composed_of: list[str] = field(default_factory=list)


@dataclass
class StoreInfo:
    path: str
    gemeente_nis: str
    gemeente_naam: str
    schema_version: int
    layers: dict[str, int]
    fields: dict[str, list[str]]
    crs: dict[str, str]
    meta: dict[str, str]

    def summary(self, lang: str = "nl") -> str:
        """A human-readable description, as the demo prints it."""
        nl = lang == "nl"
        lines = [
            f"{'Opslag' if nl else 'Store'}: {self.path}",
            f"{'Gemeente' if nl else 'Municipality'}: {self.gemeente_naam or '?'} ({self.gemeente_nis})",
            f"{'Schemaversie' if nl else 'Schema version'}: {self.schema_version}",
            f"{'Lagen' if nl else 'Layers'}:",
        ]
        for name, count in self.layers.items():
            noun = ("object" if count == 1 else "objecten") if nl else ("feature" if count == 1 else "features")
            lines.append(f"  - {name} [{self.crs.get(name, '')}]: {count} {noun}")
            if name != BOUNDARY_LAYER:
                lines.append(f"      {'velden' if nl else 'fields'}: {', '.join(self.fields[name])}")
        return "\n".join(lines)


def check_nis(nis: str) -> str:
    nis = (nis or "").strip()
    if not re.fullmatch(r"\d{5}", nis):
        raise StoreError("nis_format", nis=nis)
    if mergers.is_disappeared(nis):
        raise StoreError("nis_merged", nis=nis, new=mergers.to_2025(nis))
    return nis


def _lambert72() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(STORAGE_EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _split_source(source: str) -> tuple[str, str | None]:
    """``path|layername=x`` (QGIS's OGR source syntax) → (path, layer name)."""
    path, _, rest = source.partition("|")
    layer = None
    for part in rest.split("|"):
        if part.startswith("layername="):
            layer = part[len("layername="):]
    return path, layer


def _pick_field(layer_defn, candidates: tuple[str, ...]) -> str | None:
    names = {layer_defn.GetFieldDefn(i).GetName().lower(): layer_defn.GetFieldDefn(i).GetName()
             for i in range(layer_defn.GetFieldCount())}
    for cand in candidates:
        if cand in names:
            return names[cand]
    return None


def _nis_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip().zfill(5)


def read_boundary(source: str, nis: str, nis_field: str | None = None) -> Boundary:
    """The gemeente's boundary from a boundary file, in EPSG:31370.

    Accepts a 2025 file (one polygon per gemeente) and, for a gemeente that
    merged on 1 January 2025, an older file whose old gemeenten are united.
    """
    path, layer_name = _split_source(source)
    try:
        ds = ogr.Open(path)
    except RuntimeError as exc:
        raise StoreError("boundary_open", path=path, reason=str(exc).strip()) from exc
    if ds is None:
        raise StoreError("boundary_open", path=path, reason="onbekend formaat")
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    if layer is None:
        raise StoreError("boundary_open", path=path, reason=f"laag {layer_name} ontbreekt")
    defn = layer.GetLayerDefn()
    if nis_field:
        if defn.GetFieldIndex(nis_field) < 0:
            raise StoreError("boundary_field_missing", path=path, field=nis_field)
        field_name = nis_field
    else:
        field_name = _pick_field(defn, NIS_FIELD_CANDIDATES)
        if field_name is None:
            raise StoreError("boundary_field", path=path, candidates=", ".join(NIS_FIELD_CANDIDATES))
    name_field = _pick_field(defn, NAME_FIELD_CANDIDATES)

    wanted = {nis, *mergers.merged_from(nis)}
    found: dict[str, tuple[str, ogr.Geometry]] = {}
    layer.ResetReading()
    for feat in layer:
        code = _nis_text(feat.GetField(field_name))
        if code in wanted:
            geom = feat.GetGeometryRef()
            naam = feat.GetField(name_field) if name_field else ""
            if geom is not None:
                found[code] = (naam or "", geom.Clone())
    if nis in found:
        naam, geom = found[nis]
        composed: list[str] = []
    elif found and set(found) == set(mergers.merged_from(nis)):
        composed = sorted(found)
        geom = ogr.Geometry(ogr.wkbMultiPolygon)
        for code in composed:
            geom = geom.Union(found[code][1])
        naam = " + ".join(found[c][0] for c in composed)
    else:
        raise StoreError("boundary_nis", nis=nis, path=path, field=field_name)

    src_srs = layer.GetSpatialRef()
    if src_srs is None:
        minx, maxx, miny, maxy = geom.GetEnvelope()
        if not (0 <= minx and maxx <= 300_000 and 150_000 <= miny and maxy <= 250_000):
            raise StoreError("boundary_crs", path=path)
    else:
        src_srs = src_srs.Clone()
        src_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        dst = _lambert72()
        if not src_srs.IsSame(dst):
            geom.Transform(osr.CoordinateTransformation(src_srs, dst))
    geom = ogr.ForceToMultiPolygon(geom)
    if geom.IsEmpty() or geom.GetGeometryType() not in (ogr.wkbMultiPolygon, ogr.wkbMultiPolygon25D):
        raise StoreError("boundary_geom", nis=nis, path=path)
    geom.FlattenTo2D()
    return Boundary(nis, naam, bytes(geom.ExportToWkb()), geom.GetArea(), os.path.basename(path), composed)


def _add_fields(layer, gemeente_nis: str) -> None:
    for fdef in FIELDS:
        if fdef.name == "id":
            continue  # created first, below
        ftype, subtype = _OGR_TYPES[fdef.type]
        f = ogr.FieldDefn(fdef.name, ftype)
        f.SetSubType(subtype)
        if fdef.max_length and fdef.type is not FieldType.UUID:
            f.SetWidth(fdef.max_length)
        if fdef.name == "gemeente_nis":
            f.SetDefault(f"'{gemeente_nis}'")
        elif fdef.default is not None:
            default = fdef.default
            if isinstance(default, bool):
                f.SetDefault("1" if default else "0")
            else:
                f.SetDefault(f"'{default}'")
        f.SetAlternativeName(fdef.label_nl)
        layer.CreateField(f)


def _create_layers(ds, gemeente_nis: str, boundary: Boundary | None) -> None:
    srs = _lambert72()
    for fam in GEOMETRY_FAMILIES:
        layer = ds.CreateLayer(
            fam.layer_name, srs, _OGR_GEOM[fam.layer_type],
            options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES",
                     f"IDENTIFIER={fam.label_nl}", f"DESCRIPTION=LEKP {fam.label_nl}"])
        id_field = ogr.FieldDefn("id", ogr.OFTString)
        id_field.SetSubType(ogr.OFSTUUID)
        id_field.SetAlternativeName("Identificatie")
        layer.CreateField(id_field)
        _add_fields(layer, gemeente_nis)
    meta = ds.CreateLayer(META_TABLE, None, ogr.wkbNone, options=["FID=fid"])
    meta.CreateField(ogr.FieldDefn("sleutel", ogr.OFTString))
    meta.CreateField(ogr.FieldDefn("waarde", ogr.OFTString))
    if boundary is not None:
        blayer = ds.CreateLayer(BOUNDARY_LAYER, srs, ogr.wkbMultiPolygon,
                                options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES",
                                         "IDENTIFIER=Gemeentegrens"])
        for name, width in (("nis", 5), ("naam", 100), ("bron", 255)):
            f = ogr.FieldDefn(name, ogr.OFTString)
            f.SetWidth(width)
            blayer.CreateField(f)
        feat = ogr.Feature(blayer.GetLayerDefn())
        feat.SetField("nis", boundary.nis)
        feat.SetField("naam", boundary.naam)
        feat.SetField("bron", boundary.source)
        feat.SetGeometry(ogr.CreateGeometryFromWkb(boundary.wkb))
        blayer.CreateFeature(feat)


def _finish_sql(path: str, meta: dict[str, str]) -> None:
    """Unique ids, the id trigger and the metadata rows (plain SQLite)."""
    con = sqlite3.connect(path)
    try:
        with con:
            for fam in GEOMETRY_FAMILIES:
                t = fam.layer_name
                con.execute(f'CREATE UNIQUE INDEX "{t}_id_uq" ON "{t}"(id)')
                # Any tool that inserts without an id (QGIS without the form
                # default, ogr2ogr, SQL) still gets a UUID: identity from the start.
                con.execute(
                    f'CREATE TRIGGER "{t}_id_default" AFTER INSERT ON "{t}" '
                    f"WHEN NEW.id IS NULL OR NEW.id = '' BEGIN "
                    f'UPDATE "{t}" SET id = {_SQL_UUID4} WHERE fid = NEW.fid; END')
            con.executemany(f'INSERT INTO "{META_TABLE}"(sleutel, waarde) VALUES (?, ?)',
                            sorted(meta.items()))
    finally:
        con.close()


def count_features(path: str) -> int:
    """Improvements held by an existing store (0 when it is not a store)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        total = 0
        for fam in GEOMETRY_FAMILIES:
            try:
                total += con.execute(f'SELECT count(*) FROM "{fam.layer_name}"').fetchone()[0]
            except sqlite3.Error:
                pass
        return total
    finally:
        con.close()


def is_store(path: str) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute(f'SELECT 1 FROM "{META_TABLE}" LIMIT 1')
            return True
        finally:
            con.close()
    except sqlite3.Error:
        return False


def _style_columns(con: sqlite3.Connection) -> bool:
    try:
        con.execute(f'SELECT styleQML FROM "{STYLES_TABLE}" LIMIT 0')
        return True
    except sqlite3.Error:
        return False


def _create_styles_table(path: str) -> None:
    """``layer_styles`` as QGIS creates it, registered in gpkg_contents (through OGR)."""
    ds = ogr.Open(path, 1)
    try:
        if ds.GetLayerByName(STYLES_TABLE) is not None:
            return
        layer = ds.CreateLayer(STYLES_TABLE, None, ogr.wkbNone, options=["FID=id"])
        for name, width in (("f_table_catalog", 256), ("f_table_schema", 256), ("f_table_name", 256),
                            ("f_geometry_column", 256), ("styleName", 30), ("styleQML", 0),
                            ("styleSLD", 0), ("useAsDefault", -1), ("description", 0), ("owner", 30),
                            ("ui", 30), ("update_time", -2)):
            if width == -1:
                f = ogr.FieldDefn(name, ogr.OFTInteger)
                f.SetSubType(ogr.OFSTBoolean)
            elif width == -2:
                f = ogr.FieldDefn(name, ogr.OFTDateTime)
                f.SetDefault("CURRENT_TIMESTAMP")
            else:
                f = ogr.FieldDefn(name, ogr.OFTString)
                if width:
                    f.SetWidth(width)
            layer.CreateField(f)
    finally:
        ds = None


def _style_files() -> dict[str, str]:
    out = {}
    for name in [*(fam.layer_name for fam in GEOMETRY_FAMILIES), BOUNDARY_LAYER]:
        qml = os.path.join(STYLES_DIR, f"{name}.qml")
        if os.path.exists(qml):
            with open(qml, encoding="utf-8") as fh:
                out[name] = fh.read()
    return out


def write_styles(path: str, force: bool = False) -> bool:
    """Write (or bring up to date) each layer's default style in ``layer_styles``.

    The plugin's rows are named :data:`STYLE_NAME`; they are replaced when the
    store's ``stijl_versie`` is older than :data:`STYLE_VERSION` (or ``force``).
    A layer that already has another default style (saved by the user) keeps
    it as default; ours is then stored beside it.  Returns True when written.
    """
    con = sqlite3.connect(path)
    try:
        row = con.execute(f"SELECT waarde FROM \"{META_TABLE}\" WHERE sleutel = 'stijl_versie'").fetchone()
        have = int(row[0]) if row and str(row[0]).isdigit() else 0
        if have >= STYLE_VERSION and not force and _style_columns(con):
            return False
    finally:
        con.close()
    _create_styles_table(path)
    styles = _style_files()
    con = sqlite3.connect(path)
    try:
        with con:
            tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
            for table, qml in styles.items():
                if table not in tables:
                    continue
                con.execute(f'DELETE FROM "{STYLES_TABLE}" WHERE f_table_name = ? AND styleName = ?',
                            (table, STYLE_NAME))
                other_default = con.execute(
                    f'SELECT 1 FROM "{STYLES_TABLE}" WHERE f_table_name = ? AND useAsDefault = 1',
                    (table,)).fetchone()
                con.execute(
                    f'INSERT INTO "{STYLES_TABLE}" (f_table_catalog, f_table_schema, f_table_name, '
                    f'f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, '
                    f"ui, update_time) VALUES ('', '', ?, 'geom', ?, ?, '', ?, ?, '', '', "
                    f"strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                    (table, STYLE_NAME, qml, 0 if other_default else 1,
                     f"LEKP-stijl versie {STYLE_VERSION}: legende per categorie, formulier"))
            cur = con.execute(f"UPDATE \"{META_TABLE}\" SET waarde = ? WHERE sleutel = 'stijl_versie'",
                              (str(STYLE_VERSION),))
            if cur.rowcount == 0:
                con.execute(f"INSERT INTO \"{META_TABLE}\" (sleutel, waarde) VALUES ('stijl_versie', ?)",
                            (str(STYLE_VERSION),))
    finally:
        con.close()
    return True


def create_store(path: str, gemeente_nis: str, boundary_source: str | None = None,
                 boundary_nis_field: str | None = None, overwrite: bool = False,
                 plugin_version: str = "", styles: bool = True,
                 boundary: Boundary | None = None, gemeente_naam: str = "") -> StoreInfo:
    """Create the GeoPackage store of one gemeente at ``path``.

    An existing store is replaced only when it is empty or ``overwrite`` is
    set; another kind of file is never replaced.  Raises :class:`StoreError`.
    """
    gemeente_nis = check_nis(gemeente_nis)
    path = os.path.abspath(path)
    if os.path.exists(path):
        if not is_store(path):
            raise StoreError("exists_other", path=path)
        count = count_features(path)
        if count and not overwrite:
            raise StoreError("exists", path=path, count=count)
    if boundary is None and boundary_source:
        boundary = read_boundary(boundary_source, gemeente_nis, boundary_nis_field)

    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "gemeente_nis": gemeente_nis,
        "gemeente_naam": (boundary.naam if boundary else "") or gemeente_naam,
        "aangemaakt_op": _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat(),
        "plugin_versie": plugin_version,
        "crs": f"EPSG:{STORAGE_EPSG}",
    }
    if boundary is not None:
        meta["grens_bron"] = boundary.source
        if boundary.composed_of:
            meta["grens_samengesteld_uit"] = ",".join(boundary.composed_of)

    directory = os.path.dirname(path) or "."
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".lekp-", suffix=".gpkg", dir=directory)
    os.close(fd)
    os.unlink(tmp)
    try:
        driver = ogr.GetDriverByName("GPKG")
        ds = driver.CreateDataSource(tmp)
        try:
            _create_layers(ds, gemeente_nis, boundary)
        finally:
            ds = None
        _finish_sql(tmp, meta)
        upgrade(tmp)  # a new store is always the latest version
        if styles:
            write_styles(tmp)  # its look and forms travel with it (QGIS without the plugin, QField)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return describe_store(path)


def describe_store(path: str) -> StoreInfo:
    """What a store holds: layers with counts and fields, CRS, metadata."""
    if not is_store(path):
        raise StoreError("not_store", path=path, table=META_TABLE)
    ds = ogr.Open(path)
    layers: dict[str, int] = {}
    fields: dict[str, list[str]] = {}
    crs: dict[str, str] = {}
    meta: dict[str, str] = {}
    for i in range(ds.GetLayerCount()):
        layer = ds.GetLayer(i)
        name = layer.GetName()
        if name == META_TABLE:
            for feat in layer:
                meta[feat.GetField("sleutel")] = feat.GetField("waarde")
            continue
        if name == STYLES_TABLE:
            continue  # QGIS's style table, not data
        defn = layer.GetLayerDefn()
        layers[name] = layer.GetFeatureCount()
        fields[name] = [defn.GetFieldDefn(j).GetName() for j in range(defn.GetFieldCount())]
        srs = layer.GetSpatialRef()
        if srs is not None:
            crs[name] = f"{srs.GetAuthorityName(None)}:{srs.GetAuthorityCode(None)}"
    ds = None
    return StoreInfo(path, meta.get("gemeente_nis", ""), meta.get("gemeente_naam", ""),
                     int(meta.get("schema_version", "0")), layers, fields, crs, meta)


def upgrade_store(path: str) -> int:
    """Bring an existing store to the latest schema (see :mod:`.migrations`); returns its old version.

    Called when the plugin or sync opens a store.  Raises :class:`StoreError`
    for a file that is not a store or cannot be written (read-only, locked).
    """
    if not is_store(path):
        raise StoreError("not_store", path=path, table=META_TABLE)
    try:
        old = upgrade(path)
    except (sqlite3.Error, RuntimeError) as exc:
        raise StoreError("upgrade", path=path, reason=str(exc).strip() or type(exc).__name__) from None
    try:
        write_styles(path)  # an older store gets the current default styles
    except (sqlite3.Error, RuntimeError, OSError):
        pass  # a read-only or locked store still opens; its look is upgraded another time
    return old
