"""Mapping profiles: which source features become which improvements.

A profile is a list of rules, tried in order, first match wins.  A rule looks
at the source layer name (a DXF layer, a GeoPackage layer), the block name of
a DXF INSERT, the DXF entity type or an attribute value, with an exact, glob
or regular-expression pattern (always case-insensitive), and either ignores
the feature (with a reason, counted per layer) or says what it becomes:
``categorie``, ``aard``, the quantity rule (``aantal`` count, ``lengte``,
``oppervlakte``, ``attribuut:NAAM`` with alternatives ``attribuut:VOLUME|INHOUD``,
or a fixed number), the geometry it needs (``punt``, ``lijn``, ``vlak`` or
``auto``), ``status``, dates, ``projectnaam``, ``domein`` and ``opgelegd``
(``true``/``false``, or ``null`` for the officer's choice at import).

Profiles are JSON files (Dutch keys, so a GIS officer can read and share
them between gemeenten); the plugin keeps them in the user's QGIS profile.
:func:`default_profile` recognises the usual Flemish CAD layer names.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from ..core.catalogue import PARAMETERS
from ..core.schema import AARD, DOMEIN, STATUS
from .messages import ImportFault

SOURCES = ("laag", "blok", "entiteit", "attribuut")
KINDS = ("exact", "glob", "regex")
GEOMETRIES = ("auto", "punt", "lijn", "vlak")
QUANTITY_WORDS = ("aantal", "lengte", "oppervlakte")
FORMAT_VERSION = 1
#: Where the plugin keeps saved profiles, under the user's QGIS profile folder.
PROFILE_SUBDIR = ("lekp", "importprofielen")


@dataclass
class Rule:
    patroon: str
    bron: str = "laag"
    soort: str = "regex"
    veld: str | None = None
    negeren: bool = False
    reden: str = ""
    categorie: str | None = None
    aard: str | None = None
    hoeveelheid: Any = None
    geometrie: str = "auto"
    status: str | None = None
    geplande_datum: str | None = None
    uitvoeringsdatum: str | None = None
    projectnaam: str | None = None
    domein: str | None = None
    opgelegd: bool | None = None
    opgelegd_reden: str = ""

    def __post_init__(self) -> None:
        self._regex = _compile(self.soort, self.patroon)

    def matches(self, value: Any) -> bool:
        if value is None:
            return False
        return self._regex.fullmatch(str(value).strip()) is not None

    def to_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in asdict(self).items() if not k.startswith("_")}
        defaults = asdict(Rule(patroon=self.patroon))
        return {k: v for k, v in d.items() if k == "patroon" or v != defaults.get(k)}


def _compile(kind: str, pattern: str) -> re.Pattern:
    if kind == "exact":
        return re.compile(re.escape(pattern), re.IGNORECASE)
    if kind == "glob":
        return re.compile(fnmatch.translate(pattern), re.IGNORECASE)
    return re.compile(pattern, re.IGNORECASE)


@dataclass
class Profile:
    naam: str
    regels: list[Rule]
    beschrijving: str = ""
    #: Values of every mapped feature unless its rule says otherwise.
    standaard: dict[str, Any] = field(default_factory=lambda: {"status": "gepland", "aard": "aanleg"})
    #: Field holding a stable feature key in non-DXF sources (e.g. "ID"); else layer + fid.
    sleutelveld: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"lekp_importprofiel": FORMAT_VERSION, "naam": self.naam,
                             "beschrijving": self.beschrijving, "standaard": dict(self.standaard),
                             "regels": [r.to_dict() for r in self.regels]}
        if self.sleutelveld:
            d["sleutelveld"] = self.sleutelveld
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def match(self, layer: str | None, block: str | None, entity: str | None,
              attrs: dict[str, Any]) -> Rule | None:
        for rule in self.regels:
            if rule.bron == "laag":
                value = layer
            elif rule.bron == "blok":
                value = block
            elif rule.bron == "entiteit":
                value = entity
            else:
                value = _attr(attrs, rule.veld)
            if rule.matches(value):
                return rule
        return None

    @property
    def attribute_rules(self) -> bool:
        return any(r.bron == "attribuut" for r in self.regels)


def _attr(attrs: dict[str, Any], name: str | None) -> Any:
    if not name or not attrs:
        return None
    if name in attrs:
        return attrs[name]
    lower = name.lower()
    for k, v in attrs.items():
        if k.lower() == lower:
            return v
    return None


def _check_rule(d: Any, i: int, where: str) -> Rule:
    def bad(reason: str) -> ImportFault:
        return ImportFault("profile_invalid", path=where, reason=f"regel {i + 1}: {reason}")

    if not isinstance(d, dict):
        raise bad("geen object")
    known = set(Rule.__dataclass_fields__)
    unknown = sorted(set(d) - known)
    if unknown:
        raise bad(f"onbekende sleutel(s) {', '.join(unknown)}")
    if not isinstance(d.get("patroon"), str) or not d["patroon"]:
        raise bad("'patroon' ontbreekt")
    if d.get("bron", "laag") not in SOURCES:
        raise bad(f"'bron' moet een van {', '.join(SOURCES)} zijn")
    if d.get("soort", "regex") not in KINDS:
        raise bad(f"'soort' moet een van {', '.join(KINDS)} zijn")
    if d.get("bron") == "attribuut" and not d.get("veld"):
        raise bad("'veld' is nodig bij bron 'attribuut'")
    if d.get("geometrie", "auto") not in GEOMETRIES:
        raise bad(f"'geometrie' moet een van {', '.join(GEOMETRIES)} zijn")
    if not d.get("negeren"):
        if d.get("categorie") not in PARAMETERS:
            raise bad(f"'categorie' {d.get('categorie')!r} is onbekend (kies uit {', '.join(PARAMETERS)})")
    for key, allowed in (("aard", AARD), ("status", STATUS), ("domein", DOMEIN)):
        if d.get(key) is not None and d[key] not in allowed:
            raise bad(f"'{key}' moet een van {', '.join(allowed)} zijn")
    q = d.get("hoeveelheid")
    if q is not None and not isinstance(q, (int, float)) and not (
            isinstance(q, str) and (q in QUANTITY_WORDS or q.startswith("attribuut:"))):
        raise bad("'hoeveelheid' moet aantal, lengte, oppervlakte, attribuut:NAAM of een getal zijn")
    if d.get("opgelegd") is not None and not isinstance(d["opgelegd"], bool):
        raise bad("'opgelegd' moet true, false of null zijn")
    try:
        return Rule(**d)
    except re.error as exc:
        raise bad(f"ongeldige reguliere expressie: {exc}") from None


def profile_from_dict(d: Any, where: str = "<profiel>") -> Profile:
    if not isinstance(d, dict) or not isinstance(d.get("regels"), list):
        raise ImportFault("profile_invalid", path=where, reason="verwacht een object met 'regels'")
    rules = [_check_rule(r, i, where) for i, r in enumerate(d["regels"])]
    standaard = d.get("standaard") or {}
    if not isinstance(standaard, dict):
        raise ImportFault("profile_invalid", path=where, reason="'standaard' moet een object zijn")
    return Profile(str(d.get("naam") or os.path.splitext(os.path.basename(where))[0]), rules,
                   str(d.get("beschrijving") or ""), {"status": "gepland", "aard": "aanleg", **standaard},
                   d.get("sleutelveld") or None)


def load_profile(path: str) -> Profile:
    try:
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
    except OSError as exc:
        raise ImportFault("profile_invalid", path=path, reason=exc.strerror or str(exc)) from None
    except json.JSONDecodeError as exc:
        raise ImportFault("profile_invalid", path=path,
                          reason=f"{exc.msg} op regel {exc.lineno}, kolom {exc.colno}") from None
    return profile_from_dict(d, path)


def save_profile(profile: Profile, path: str) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(profile.to_json())
    os.replace(tmp, path)


def profile_file_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_") + ".json"


def list_profiles(directory: str | None) -> dict[str, str]:
    """{name: path} of the profiles saved in ``directory`` (the default one first)."""
    found: dict[str, str] = {}
    if directory and os.path.isdir(directory):
        for fname in sorted(os.listdir(directory)):
            if fname.endswith(".json"):
                path = os.path.join(directory, fname)
                try:
                    found[load_profile(path).naam] = path
                except ImportFault:
                    continue
    return found


def resolve_profile(spec: str | None, directory: str | None = None) -> Profile:
    """A profile from a path, a saved profile's name, or the default (empty spec)."""
    if not spec or not str(spec).strip() or spec == DEFAULT_NAME:
        return default_profile()
    spec = str(spec).strip()
    if os.path.isfile(spec):
        return load_profile(spec)
    saved = list_profiles(directory)
    if spec in saved:
        return load_profile(saved[spec])
    raise ImportFault("profile_not_found", name=spec, known=", ".join([DEFAULT_NAME, *saved]))


DEFAULT_NAME = "Vlaamse CAD-lagen (standaard)"
_QUANTITY_ATTRIBUTES = "attribuut:VOLUME|INHOUD|M3|CAPACITEIT|BUFFERVOLUME"
_SEP = r"(?:^|.*[^A-Z])"   # start of the name or after a non-letter (BOOM, 01-BOMEN, V_BOOM)
_END = r"(?:[^A-Z].*|$)"


def _layer(words: str) -> str:
    return f"{_SEP}(?:{words}){_END}"


def default_profile() -> Profile:
    """Common Flemish CAD layer names; the rest is ignored and counted per layer."""
    R = Rule
    return Profile(DEFAULT_NAME, [
        R("TEXT|MTEXT|ATTDEF|DIMENSION|LEADER|MLEADER|HATCH_PATTERN", bron="entiteit",
          negeren=True, reden="tekst of maatvoering"),
        R(_layer("KADASTER|KADASTRAAL|PERCEEL|PERCELEN|PERCEELSGRENS|CAPAKEY"),
          negeren=True, reden="kadaster"),
        R(_layer("TEKST|TEKSTEN|TEXT|LABEL|LEGENDE|KADER|TITEL|TITELBLOK|STEMPEL"),
          negeren=True, reden="tekst of kader"),
        R(_layer("MAATLIJN|MAATLIJNEN|MAATVOERING|MATEN|MAAT|DIM|DIMENSIONS|AS|ASSEN|RASTER"),
          negeren=True, reden="maatvoering"),
        R(_layer("BOOM|BOMEN|HOOGSTAM|HOOGSTAMMEN|LAAGSTAM|BOOMGAARD|TREE|TREES"),
          categorie="boom", hoeveelheid="aantal", geometrie="punt"),
        R(_layer("HAAG|HAGEN|HEG|HEGGEN|HAAGBEPLANTING"),
          categorie="haag", hoeveelheid="lengte", geometrie="lijn"),
        R(_layer("GEVELTUIN|GEVELTUINEN|GEVELGROEN"),
          categorie="geveltuin", hoeveelheid="lengte", geometrie="lijn"),
        R(_layer("ONTHARDING|ONTHARDEN|TE_ONTHARDEN|WATERDOORLATEND|WATERDOORLATENDE|GRASDALLEN|GRASDAL"),
          categorie="ontharding", hoeveelheid="oppervlakte", geometrie="vlak"),
        R(_layer("VERHARDING|VERHARDINGEN|BESTRATING|ASFALT"), negeren=True,
          reden="nieuwe verharding (geen ontharding; teken ontharding op een laag ONTHARDING)"),
        R(_layer("BUFFER|BUFFERBEKKEN|BUFFERING|WADI|BUFFERVOLUME"),
          categorie="hemelwater_buffer", hoeveelheid=_QUANTITY_ATTRIBUTES, opgelegd=True,
          opgelegd_reden="hemelwaterverordening"),
        R(_layer("INFILTRATIE|INFILTRATIEVOORZIENING|INFILTRATIEKRAT|INFILTRATIEBEKKEN"),
          categorie="hemelwater_infiltratie", hoeveelheid=_QUANTITY_ATTRIBUTES, opgelegd=True,
          opgelegd_reden="hemelwaterverordening"),
        R(_layer("REGENWATER|HEMELWATER|REGENPUT|REGENWATERPUT|REGENWATERTANK|CISTERNE"),
          categorie="hemelwater_hergebruik", hoeveelheid=_QUANTITY_ATTRIBUTES, opgelegd=True,
          opgelegd_reden="hemelwaterverordening"),
        R(_layer("GROEN|GROENZONE|GAZON|PLANTVAK|PLANTVAKKEN|BEPLANTING|BLOEMENWEIDE|NATUURGROEN|"
                 "GROENPERK|PERK"),
          categorie="natuurgroenperk", hoeveelheid="aantal", geometrie="vlak"),
    ], beschrijving="Herkent gangbare Vlaamse CAD-laagnamen (BOOM/BOMEN/HOOGSTAM, HAAG, "
                    "GROEN/GAZON/PLANTVAK, ONTHARDING, BUFFER/INFILTRATIE/REGENWATER) en negeert "
                    "de rest (KADASTER, TEKST, MAATLIJN …) met een telling per laag.")
