"""The progress table as people read it: numbers in Dutch or English notation, CSV, hand-over.

Takes the dict of :func:`lekp_plugin.core.progress.voortgang` and renders

* :func:`format_quantity`: ``9.203,5 m`` (nl) or ``9,203.5 m`` (en); counts
  of pieces without decimals, targets of pieces rounded down (SPEC §2);
* :func:`table_rows`: one row per objective for the dock and the report;
* :func:`to_csv`: the table per objective and parameter (nl: ``;`` and a
  decimal comma, as Excel in Flanders opens it; en: ``,`` and a point);
* :func:`handover_csv`: the PactPortaal's parameter table — per objective and
  parameter the realised, planned and imposed quantity and the gemeente's
  toelichting — for gemeenten that report through the central chain.
"""

from __future__ import annotations

import csv
import io
import math
from typing import Any

from .catalogue import UNITS

#: Column keys of the table, with their Dutch and English headers.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("label", "Doelstelling", "Objective"),
    ("doel", "Doel 2030", "2030 target"),
    ("gerealiseerd", "Gerealiseerd (netto)", "Realised (net)"),
    ("percentage", "% van doel", "% of target"),
    ("gepland", "Gepland", "Planned"),
    ("opgelegd", "Opgelegd (niet meegeteld)", "Imposed (not counted)"),
    ("buiten_periode", "Buiten 2021–2030", "Outside 2021–2030"),
    ("met_fouten", "Telt nog niet: fouten", "Not counted yet: errors"),
)

UNKNOWN_TARGET = {"nl": "doel onbekend", "en": "target unknown"}


def format_number(value: float | None, lang: str = "nl", decimals: int = 1, *, grouping: bool = True) -> str:
    """``9203.5`` → ``9.203,5`` (nl) / ``9,203.5`` (en); trailing zero decimals dropped."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{value:,.{decimals}f}" if grouping else f"{value:.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def unit_label(unit: str, lang: str = "nl") -> str:
    u = UNITS.get(unit)
    if u is None:
        return unit
    return u.label_nl if lang == "nl" else u.label_en


def format_quantity(value: float | None, unit: str, lang: str = "nl", *, target: bool = False) -> str:
    """A quantity with its unit; pieces without decimals (a target of pieces rounded down)."""
    if value is None:
        return UNKNOWN_TARGET[lang] if target else "–"
    if unit == "stuks":
        shown = math.floor(value + 1e-9) if target else round(value)
        name = "piece" if lang == "en" and abs(shown) == 1 else unit_label(unit, lang)
        return f"{format_number(shown, lang, 0)} {name}"
    return f"{format_number(value, lang, 1)} {unit_label(unit, lang)}"


def format_percentage(value: float | None, lang: str = "nl") -> str:
    """``5,2 %``; a share too small to show as 0,1 % is ``< 0,1 %``, not a discouraging ``0 %``."""
    if value is None:
        return "–"
    if 0 < value < 0.05:
        return f"< {format_number(0.1, lang, 1)} %"
    return f"{format_number(value, lang, 1)} %"


def label(entry: dict[str, Any], lang: str) -> str:
    return entry["label"] if lang == "nl" else entry.get("label_en") or entry["label"]


def table_rows(voortgang: dict[str, Any], lang: str = "nl") -> list[dict[str, str]]:
    """One row of display texts per objective, keyed as :data:`COLUMNS`."""
    rows = []
    for d in voortgang["doelstellingen"]:
        unit = d["eenheid"]
        rows.append({
            "doelstelling": d["doelstelling"],
            "label": label(d, lang),
            "doel": format_quantity(d["doel_waarde"], unit, lang, target=True),
            "gerealiseerd": format_quantity(d["gerealiseerd"], unit, lang),
            "percentage": format_percentage(d["percentage"], lang),
            **{k: format_quantity(d[k], unit, lang)
               for k in ("gepland", "opgelegd", "buiten_periode", "met_fouten")},
        })
    return rows


def headers(lang: str = "nl") -> list[str]:
    return [nl if lang == "nl" else en for _key, nl, en in COLUMNS]


def _csv_number(value: float | None, lang: str) -> str:
    if value is None:
        return ""
    return format_number(value, lang, 3, grouping=False)


def to_csv(voortgang: dict[str, Any], lang: str = "nl") -> str:
    """The table as CSV: a row per objective (niveau ``doelstelling``) followed by its parameters."""
    delimiter = ";" if lang == "nl" else ","
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    if lang == "nl":
        w.writerow(["gemeente_nis", "gemeente", "niveau", "code", "omschrijving", "eenheid", "doel",
                    "gerealiseerd", "percentage", "gepland", "opgelegd", "buiten_periode", "met_fouten",
                    "peildatum"])
    else:
        w.writerow(["municipality_nis", "municipality", "level", "code", "description", "unit", "target",
                    "realised", "percentage", "planned", "imposed", "outside_period", "with_errors",
                    "reference_date"])
    nis, naam, peil = voortgang.get("gemeente_nis") or "", voortgang.get("naam") or "", voortgang.get("peildatum")
    for d in voortgang["doelstellingen"]:
        rows = [("doelstelling" if lang == "nl" else "objective", d, d["doelstelling"]),
                *(("parameter", p, p["parameter"]) for p in d["parameters"])]
        for level, e, code in rows:
            is_obj = e is d
            w.writerow([nis, naam, level, code, label(e, lang), unit_label(e["eenheid"], lang),
                        _csv_number(d["doel_waarde"], lang) if is_obj else "",
                        _csv_number(e["gerealiseerd"], lang),
                        _csv_number(d["percentage"], lang) if is_obj else "",
                        *(_csv_number(e[k], lang) for k in ("gepland", "opgelegd", "buiten_periode",
                                                            "met_fouten")),
                        peil or ""])
    return out.getvalue()


#: Columns of the hand-over file (the PactPortaal's parameter table).
HANDOVER_COLUMNS = ("NIS-code", "Gemeente", "Werf", "Doelstelling", "Parameter", "Eenheid", "Gerealiseerd",
                    "Gepland", "Opgelegd", "Toelichting", "Peildatum")


def handover_csv(voortgang: dict[str, Any]) -> str:
    """The PactPortaal parameter table: ``;``-separated, decimal comma, UTF-8 (Dutch, as the portal)."""
    from .catalogue import OBJECTIVES

    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(HANDOVER_COLUMNS)
    for d in voortgang["doelstellingen"]:
        werf = OBJECTIVES[d["doelstelling"]].werf
        for p in d["parameters"]:
            w.writerow([voortgang.get("gemeente_nis") or "", voortgang.get("naam") or "", werf, d["label"],
                        p["label"], unit_label(p["eenheid"], "nl"),
                        *(_csv_number(p[k], "nl") for k in ("gerealiseerd", "gepland", "opgelegd")),
                        d.get("toelichting") or "", voortgang.get("peildatum") or ""])
    return out.getvalue()
