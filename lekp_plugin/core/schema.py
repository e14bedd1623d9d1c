"""The feature schema of a registered improvement (``verbetering``, SPEC §3).

Defined once here and used everywhere: the GeoPackage store builds its tables
from :data:`FIELDS`, the forms take labels and constraints from it, and the
wire format (GeoJSON properties for the registry and sync) is produced and
read by :func:`to_wire` / :func:`from_wire`.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .catalogue import PARAMETERS

#: Storage CRS of every geometry: Belgian Lambert 72.
STORAGE_EPSG = 31370
#: The store version ``create_store`` writes before it runs the numbered steps of
#: :mod:`lekp_plugin.store.migrations` (which say the version a store ends at).
SCHEMA_VERSION = 1


class FieldType(Enum):
    UUID = "uuid"
    STRING = "string"
    TEXT = "text"
    REAL = "real"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True)
class FieldDef:
    name: str
    type: FieldType
    label_nl: str
    label_en: str
    required: bool = False
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    default: Any = None
    #: Set by the registry, read-only for the user.
    system: bool = False

    def label(self, lang: str = "nl") -> str:
        return self.label_nl if lang == "nl" else self.label_en


AARD = ("aanleg", "verwijdering")
STATUS = ("gepland", "uitgevoerd")
DOMEIN = ("publiek", "privaat")
BRON = ("manueel", "import", "veld")

FIELDS: tuple[FieldDef, ...] = (
    FieldDef("id", FieldType.UUID, "Identificatie", "Identifier", required=True, max_length=36),
    FieldDef("gemeente_nis", FieldType.STRING, "NIS-code gemeente", "Municipality NIS code",
             required=True, max_length=5),
    FieldDef("projectnaam", FieldType.STRING, "Projectnaam", "Project name", required=True,
             max_length=200),
    FieldDef("categorie", FieldType.STRING, "Categorie", "Category", required=True, max_length=32,
             choices=tuple(PARAMETERS)),
    FieldDef("aard", FieldType.STRING, "Aard", "Kind", required=True, max_length=16,
             choices=AARD, default="aanleg"),
    FieldDef("hoeveelheid", FieldType.REAL, "Hoeveelheid", "Quantity", required=True),
    FieldDef("status", FieldType.STRING, "Status", "Status", required=True, max_length=16,
             choices=STATUS),
    FieldDef("geplande_datum", FieldType.DATE, "Geplande datum", "Planned date"),
    FieldDef("uitvoeringsdatum", FieldType.DATE, "Uitvoeringsdatum", "Completion date"),
    FieldDef("domein", FieldType.STRING, "Domein", "Domain", max_length=16, choices=DOMEIN),
    FieldDef("opgelegd", FieldType.BOOLEAN, "Opgelegd", "Imposed", required=True, default=False),
    FieldDef("bron", FieldType.STRING, "Bron", "Source", required=True, max_length=16,
             choices=BRON, default="manueel"),
    FieldDef("bron_bestand", FieldType.STRING, "Bronbestand", "Source file", max_length=255),
    FieldDef("bron_sha256", FieldType.STRING, "SHA-256 bronbestand", "Source file SHA-256",
             max_length=64),
    #: The feature's stable key within its import source, so a re-import updates it (SPEC §3).
    FieldDef("bron_sleutel", FieldType.STRING, "Sleutel in de bron", "Key in the source", max_length=255),
    #: Whole-territory (grouped) entry, SPEC §2: the geometry says where, not how much.
    FieldDef("gegroepeerd", FieldType.BOOLEAN, "Gegroepeerde invoer", "Grouped entry", default=False),
    FieldDef("toelichting", FieldType.TEXT, "Toelichting", "Explanation"),
    FieldDef("aangemaakt_op", FieldType.DATETIME, "Aangemaakt op", "Created at", system=True),
    FieldDef("aangemaakt_door", FieldType.STRING, "Aangemaakt door", "Created by",
             max_length=100, system=True),
    FieldDef("gewijzigd_op", FieldType.DATETIME, "Gewijzigd op", "Modified at", system=True),
    FieldDef("gewijzigd_door", FieldType.STRING, "Gewijzigd door", "Modified by",
             max_length=100, system=True),
    FieldDef("versie", FieldType.INTEGER, "Versie", "Version", system=True),
)

FIELDS_BY_NAME: dict[str, FieldDef] = {f.name: f for f in FIELDS}
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)


@dataclass(frozen=True)
class GeometryFamily:
    """One store layer: all features whose geometry is of one family."""

    key: str
    layer_name: str
    #: Layer geometry type (multi-part, as QGIS digitizes into).
    layer_type: str
    member_types: frozenset[str]
    label_nl: str
    label_en: str


GEOMETRY_FAMILIES: tuple[GeometryFamily, ...] = (
    GeometryFamily("vlak", "verbeteringen_vlak", "MultiPolygon",
                   frozenset({"Polygon", "MultiPolygon"}), "Verbeteringen (vlakken)",
                   "Improvements (polygons)"),
    GeometryFamily("lijn", "verbeteringen_lijn", "MultiLineString",
                   frozenset({"LineString", "MultiLineString"}), "Verbeteringen (lijnen)",
                   "Improvements (lines)"),
    GeometryFamily("punt", "verbeteringen_punt", "MultiPoint",
                   frozenset({"Point", "MultiPoint"}), "Verbeteringen (punten)",
                   "Improvements (points)"),
)

BOUNDARY_LAYER = "gemeentegrens"


def family_of(geometry_type: str) -> GeometryFamily:
    for fam in GEOMETRY_FAMILIES:
        if geometry_type in fam.member_types:
            return fam
    raise KeyError(geometry_type)


def new_id() -> str:
    """A new client-generated feature id (UUID4, lower-case, hyphenated)."""
    return str(uuid.uuid4())


def defaults() -> dict[str, Any]:
    """Attribute values of a new feature: defaults and a fresh id."""
    values = {f.name: f.default for f in FIELDS if f.default is not None}
    values["id"] = new_id()
    return values


def _wire_value(field: FieldDef, value: Any) -> Any:
    if value is None:
        return None
    if field.type is FieldType.DATE and isinstance(value, _dt.date):
        return value.isoformat()[:10]
    if field.type is FieldType.DATETIME and isinstance(value, _dt.datetime):
        return value.isoformat()
    if field.type is FieldType.BOOLEAN and isinstance(value, int):
        return bool(value)
    return value


def to_wire(properties: dict[str, Any]) -> dict[str, Any]:
    """Properties as they travel as GeoJSON: ISO 8601 dates, JSON types.

    Only schema fields are kept; unknown keys are dropped.  Values are not
    validated here (that is the validation engine's job): a bad date string
    stays a string so that it can be reported.
    """
    return {name: _wire_value(FIELDS_BY_NAME[name], properties.get(name))
            for name in FIELD_NAMES if name in properties}


def from_wire(properties: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Split wire properties into schema values and the unknown keys."""
    known = {k: v for k, v in properties.items() if k in FIELDS_BY_NAME}
    unknown = sorted(k for k in properties if k not in FIELDS_BY_NAME)
    return known, unknown
