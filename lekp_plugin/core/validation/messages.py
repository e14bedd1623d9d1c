"""Finding texts in Dutch (first) and English.

Owns the templates per code and variant, and the formatting of their
parameters the way each reader expects: Dutch decimal commas and dd/mm/jjjj
dates, English decimal points and ISO dates, field and category labels from
the schema and the catalogue.  The rules never produce text themselves.
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any

from lekp_plugin.core.catalogue import PARAMETERS, UNITS
from lekp_plugin.core.schema import FIELDS_BY_NAME

from .findings import CODES

#: (code, variant) → (Dutch, English).  The variant is picked by :func:`_variant`.
TEMPLATES: dict[tuple[str, str], tuple[str, str]] = {
    ("LEKP-F001", ""): ("Verplicht veld '{field}' is niet ingevuld.",
                        "Required field '{field}' is empty."),
    ("LEKP-F002", ""): ("Onbekende waarde {value} voor '{field}' (toegelaten: {allowed}).",
                        "Unknown value {value} for '{field}' (allowed: {allowed})."),
    ("LEKP-F002", "format"): ("Waarde {value} voor '{field}' heeft niet de vorm {allowed}.",
                              "Value {value} for '{field}' is not of the form {allowed}."),
    ("LEKP-G001", "missing"): ("De verbetering heeft geen geometrie.",
                               "The improvement has no geometry."),
    ("LEKP-G001", "empty"): ("De geometrie is leeg.", "The geometry is empty."),
    ("LEKP-G002", ""): ("Ongeldige geometrie: {reason}. Een herstelde geometrie ({repaired_type}) "
                        "is beschikbaar.",
                        "Invalid geometry: {reason}. A repaired geometry ({repaired_type}) "
                        "is available."),
    ("LEKP-G002", "notallowed"): ("Ongeldige geometrie: {reason}. De herstelde geometrie "
                                  "({repaired_type}) is niet toegelaten voor deze categorie: "
                                  "splits ze in afzonderlijke verbeteringen.",
                                  "Invalid geometry: {reason}. The repaired geometry ({repaired_type}) "
                                  "is not allowed for this category: split it into separate "
                                  "improvements."),
    ("LEKP-G002", "norepair"): ("Ongeldige geometrie: {reason}. Automatisch herstel is niet "
                                "mogelijk; teken de geometrie opnieuw.",
                                "Invalid geometry: {reason}. It cannot be repaired automatically; "
                                "redraw the geometry."),
    ("LEKP-G003", ""): ("Geometrietype {geometry_type} is niet toegelaten voor {categorie} "
                        "(toegelaten: {allowed}).",
                        "Geometry type {geometry_type} is not allowed for {categorie} "
                        "(allowed: {allowed})."),
    ("LEKP-G004", ""): ("Coördinaten liggen buiten Vlaanderen in Lambert 72 (EPSG:31370): "
                        "x {xmin} – {xmax}, y {ymin} – {ymax}.",
                        "Coordinates lie outside Flanders in Lambert 72 (EPSG:31370): "
                        "x {xmin} – {xmax}, y {ymin} – {ymax}."),
    ("LEKP-G004", "degrees"): ("Coördinaten liggen buiten Vlaanderen in Lambert 72 (x {xmin} – "
                               "{xmax}, y {ymin} – {ymax}). Dit lijken graden: verkeerd "
                               "coördinatenstelsel (WGS 84 i.p.v. Lambert 72)?",
                               "Coordinates lie outside Flanders in Lambert 72 (x {xmin} – {xmax}, "
                               "y {ymin} – {ymax}). These look like degrees: wrong coordinate "
                               "reference system (WGS 84 instead of Lambert 72)?"),
    ("LEKP-G005", "error"): ("Ligt grotendeels buiten de gemeente: slechts {inside_pct} % ligt "
                             "binnen de gemeentegrens.",
                             "Lies mostly outside the municipality: only {inside_pct} % lies "
                             "inside the boundary."),
    ("LEKP-G005", "warning"): ("Steekt tot {outside_distance_m} m over de gemeentegrens "
                               "({outside_pct} % ligt buiten de gemeente).",
                               "Crosses the municipal boundary by up to {outside_distance_m} m "
                               "({outside_pct} % lies outside the municipality)."),
    ("LEKP-A001", ""): ("{parts_too_small} van {parts} deel/delen van het natuurgroenperk "
                        "zijn kleiner dan {min_m2} m² (kleinste: {smallest_m2} m²).",
                        "{parts_too_small} of {parts} part(s) of the natural green plot are "
                        "smaller than {min_m2} m² (smallest: {smallest_m2} m²)."),
    ("LEKP-A002", "area"): ("Hoeveelheid {hoeveelheid} m² is groter dan de oppervlakte van de "
                            "geometrie ({max} m²).",
                            "Quantity {hoeveelheid} m² is larger than the geometry's area "
                            "({max} m²)."),
    ("LEKP-A002", "length"): ("Hoeveelheid {hoeveelheid} m is groter dan de lengte van de lijn "
                              "({max} m).",
                              "Quantity {hoeveelheid} m is larger than the line's length ({max} m)."),
    ("LEKP-A002", "points"): ("Hoeveelheid {hoeveelheid} is groter dan het aantal getekende "
                              "bomen ({max}).",
                              "Quantity {hoeveelheid} is larger than the number of trees drawn "
                              "({max})."),
    ("LEKP-A002", "parts"): ("Hoeveelheid {hoeveelheid} is groter dan het aantal perken van "
                             "minstens 10 m² ({max}).",
                             "Quantity {hoeveelheid} is larger than the number of plots of at "
                             "least 10 m² ({max})."),
    ("LEKP-A003", ""): ("{hoeveelheid} bomen op {area_m2} m² is meer dan 1 boom per 4 m²: "
                        "klopt het aantal?",
                        "{hoeveelheid} trees on {area_m2} m² is more than 1 tree per 4 m²: "
                        "is the number right?"),
    ("LEKP-Q001", "missing"): ("Hoeveelheid is niet ingevuld.", "Quantity is empty."),
    ("LEKP-Q001", "zero"): ("Hoeveelheid is nul.", "Quantity is zero."),
    ("LEKP-Q001", "negative"): ("Hoeveelheid {value} is negatief; een verwijdering registreer "
                                "je met aard 'verwijdering' en een positieve hoeveelheid.",
                                "Quantity {value} is negative; register a removal with kind "
                                "'verwijdering' and a positive quantity."),
    ("LEKP-Q001", "text"): ("Hoeveelheid {value} is tekst, geen getal (bedoeld: {suggestion}?).",
                            "Quantity {value} is text, not a number (meant: {suggestion}?)."),
    ("LEKP-Q001", "not_a_number"): ("Hoeveelheid {value} is geen getal.",
                                    "Quantity {value} is not a number."),
    ("LEKP-Q002", ""): ("Volume {hoeveelheid} m³ lijkt in liter ingevuld (m³, niet liter): "
                        "bedoeld {suggestion_m3} m³?",
                        "Volume {hoeveelheid} m³ looks like litres (m³, not litres): "
                        "meant {suggestion_m3} m³?"),
    ("LEKP-D001", ""): ("Status 'uitgevoerd' zonder uitvoeringsdatum.",
                        "Status 'uitgevoerd' (completed) without a completion date."),
    ("LEKP-D002", ""): ("Uitvoeringsdatum {date} ligt vóór {limit}: telt niet mee voor het pact.",
                        "Completion date {date} is before {limit}: it does not count for the pact."),
    ("LEKP-D003", ""): ("Uitvoeringsdatum {date} ligt in de toekomst (vandaag: {today}).",
                        "Completion date {date} is in the future (today: {today})."),
    ("LEKP-D004", ""): ("{field_label} {date} ligt na {limit}, het einde van het pact.",
                        "{field_label} {date} is after {limit}, the end of the pact."),
    ("LEKP-D005", ""): ("Status 'gepland' met geplande datum {date} in het verleden: "
                        "uitgevoerd of uitgesteld?",
                        "Status 'gepland' (planned) with planned date {date} in the past: "
                        "completed or postponed?"),
    ("LEKP-D006", ""): ("{field_label} {value} is geen geldige datum (verwacht JJJJ-MM-DD).",
                        "{field_label} {value} is not a valid date (expected YYYY-MM-DD)."),
    ("LEKP-D006", "dmy"): ("{field_label} {value} is geen geldige datum (verwacht JJJJ-MM-DD, "
                           "bedoeld: {suggestion}?).",
                           "{field_label} {value} is not a valid date (expected YYYY-MM-DD, "
                           "meant: {suggestion}?)."),
    ("LEKP-O001", ""): ("Overlapt {other} van dezelfde categorie ({overlap} {unit} gemeenschappelijk): "
                        "mogelijk dubbel geteld.",
                        "Overlaps {other} of the same category ({overlap} {unit} shared): "
                        "possibly counted twice."),
    ("LEKP-O002", ""): ("Dubbele registratie van {other}: dezelfde categorie, data en bijna "
                        "dezelfde geometrie (overlap {iou_pct} %).",
                        "Duplicate of {other}: same category, dates and near-identical geometry "
                        "({iou_pct} % intersection over union)."),
    ("LEKP-N001", ""): ("Opgelegd (vergunning, verkavelingsvoorschrift of "
                        "hemelwaterverordening): geregistreerd maar niet meegeteld.",
                        "Imposed (permit, subdivision rule or rainwater regulation): "
                        "registered but not counted."),
}


def _variant(code: str, p: dict[str, Any]) -> str:
    if code in ("LEKP-G001", "LEKP-Q001"):
        return str(p.get("reason", "missing"))
    if code == "LEKP-F002":
        return "format" if p.get("format") else ""
    if code == "LEKP-G002":
        if not p.get("repairable"):
            return "norepair"
        return "notallowed" if p.get("repair_allowed") is False else ""
    if code == "LEKP-G004":
        return "degrees" if p.get("likely_degrees") else ""
    if code == "LEKP-G005":
        return "warning" if p.get("severity") == "warning" else "error"
    if code == "LEKP-A002":
        return str(p.get("measure", "area"))
    if code == "LEKP-D006":
        return "dmy" if p.get("suggestion") else ""
    return ""


def format_number(value: Any, lang: str = "nl", decimals: int = 2) -> str:
    """``1234.5`` → ``"1.234,5"`` (nl) or ``"1,234.5"`` (en); integers stay integral."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_date(iso: Any, lang: str = "nl") -> str:
    try:
        d = _dt.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return d.strftime("%d/%m/%Y")  # dd/mm/yyyy in both languages, as the forms show dates


def _field_label(name: Any, lang: str) -> str:
    f = FIELDS_BY_NAME.get(str(name))
    return f.label(lang) if f else str(name)


def _quoted(value: Any, lang: str) -> str:
    return f"'{value}'" if value is not None else ("(leeg)" if lang == "nl" else "(empty)")


def _pair_text(code: str, p: dict[str, Any], lang: str) -> str | None:
    """LEKP-O001/O002 straight from their template: the same text as the general path.

    A whole territory has tens of thousands of overlaps; the general path
    formats every parameter, needed or not.  None when a parameter is not
    of the plain type the engine gives (then the general path decides).
    """
    other, pct = p.get("other_id"), p.get("iou")
    if not (isinstance(other, str) or other is None) or type(pct) not in (float, int):
        return None
    other = other or ("een andere verbetering" if lang == "nl" else "another improvement")
    if code == "LEKP-O002":
        template = _O002[0] if lang == "nl" else _O002[1]
        return template.format(other=other, iou_pct=format_number(round(100 * float(pct), 1), lang, 1))
    overlap, unit = p.get("overlap"), UNITS.get(str(p.get("unit")))
    if type(overlap) not in (float, int) or unit is None:
        return None
    template = _O001[0] if lang == "nl" else _O001[1]
    return template.format(other=other, overlap=format_number(overlap, lang),
                           unit=unit.label_nl if lang == "nl" else unit.label_en)


_O001, _O002 = TEMPLATES[("LEKP-O001", "")], TEMPLATES[("LEKP-O002", "")]
_NL_DIGITS = str.maketrans(",.", ".,")  # what format_number's three replaces do, in one call


def pair_texts(lang: str = "nl"):
    """``text(code, other, number, unit)`` for many overlaps and duplicates: :func:`render`'s text.

    For LEKP-O001 ``number`` is the shared measure (a float) and ``unit``
    its unit code; for LEKP-O002 ``number`` is the intersection over union
    (a float) and ``unit`` is ignored.  ``other`` is the other feature's id
    (str or None).  The templates, unit labels and number format are looked
    up once; the text is the one :func:`render` gives (see
    tests/core/test_validation_table.py).  Returns None for anything else
    (then :func:`render` decides).
    """
    nl = lang != "en"
    o001, o002 = (_O001[0], _O002[0]) if nl else (_O001[1], _O002[1])
    nobody = "een andere verbetering" if nl else "another improvement"
    units = {code: (u.label_nl if nl else u.label_en) for code, u in UNITS.items()}
    swap = _NL_DIGITS

    def text(code: str, other: Any, number: Any, unit: Any) -> str | None:
        if type(number) is not float or number - number != 0.0:  # not a finite float
            return None
        if other is not None and type(other) is not str:
            return None
        if code == "LEKP-O001":
            label = units.get(unit)
            if label is None:
                return None
            shown = f"{number:,.2f}".rstrip("0").rstrip(".")
        elif code == "LEKP-O002":
            shown = f"{round(100 * number, 1):,.1f}".rstrip("0").rstrip(".")
            label = ""
        else:
            return None
        if nl:
            shown = shown.translate(swap)
        if code == "LEKP-O001":
            return o001.format(other=other or nobody, overlap=shown, unit=label)
        return o002.format(other=other or nobody, iou_pct=shown)

    return text


def render(code: str, params: dict[str, Any], lang: str = "nl") -> str:
    """The text of a finding; falls back to the code's title for unknown variants."""
    lang = "nl" if lang != "en" else "en"
    if code == "LEKP-O001" or code == "LEKP-O002":
        text = _pair_text(code, params, lang)
        if text is not None:
            return text
    p = dict(params)
    variant = _variant(code, p)
    pair = TEMPLATES.get((code, variant)) or TEMPLATES.get((code, ""))
    if pair is None:
        title = CODES[code].title(lang) if code in CODES else code
        return title
    values: dict[str, Any] = {}
    for key, value in p.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            values[key] = format_number(value, lang)
        else:
            values[key] = "?" if value is None else value
    for key in ("date", "limit", "today", "suggestion"):
        if key in p and isinstance(p[key], str) and code.startswith("LEKP-D"):
            values[key] = format_date(p[key], lang)
    if "field" in p:
        values["field_label"] = _field_label(p["field"], lang)
        values["field"] = _field_label(p["field"], lang)
    if "value" in p and code in ("LEKP-F002", "LEKP-Q001", "LEKP-D006"):
        values["value"] = _quoted(p["value"], lang)
    if isinstance(p.get("allowed"), list):
        values["allowed"] = ", ".join(str(a) for a in p["allowed"])
    if "categorie" in p:
        par = PARAMETERS.get(str(p["categorie"]))
        values["categorie"] = par.label(lang) if par else p["categorie"]
    if "inside_fraction" in p:
        values["inside_pct"] = format_number(round(100 * float(p["inside_fraction"]), 1), lang, 1)
        values["outside_pct"] = format_number(round(100 * (1 - float(p["inside_fraction"])), 1),
                                              lang, 1)
    if "iou" in p:
        values["iou_pct"] = format_number(round(100 * float(p["iou"]), 1), lang, 1)
    if "other_id" in p:
        other = p["other_id"] or ("een andere verbetering" if lang == "nl" else "another improvement")
        values["other"] = other
    if "unit" in p:
        unit = UNITS.get(str(p["unit"]))
        values["unit"] = (unit.label_nl if lang == "nl" else unit.label_en) if unit else p["unit"]
    template = pair[0] if lang == "nl" else pair[1]
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return CODES[code].title(lang) if code in CODES else code
