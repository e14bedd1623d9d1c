"""Attribute columns parsed once per distinct value, as numpy arrays.

Owns the step from raw property columns (lists of whatever arrived) to the
typed arrays the rules compare: category and choice indices, quantities,
date ordinals, booleans.  Each column is factorized first (distinct value →
small integer), each distinct value parsed once with :mod:`.values`, and the
result spread back with numpy indexing — 100,000 rows cost a dictionary
lookup each, not a parse each.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from lekp_plugin.core.catalogue import PARAMETERS
from lekp_plugin.core.schema import AARD, BRON, DOMEIN, STATUS

from .values import parse_bool, parse_date, parse_quantity, text_value

CATEGORIES: tuple[str, ...] = tuple(PARAMETERS)
#: Index codes for a choice column: >= 0 a known value, else one of these.
MISSING, UNKNOWN = -2, -1
#: Date ordinals: >= 1 a date (``date.toordinal()``), else one of these.
NO_DATE, BAD_DATE = -1, -2

_NIS = re.compile(r"^\d{5}$")

#: Property names the rules read.
READ_FIELDS = ("id", "gemeente_nis", "projectnaam", "categorie", "aard", "hoeveelheid", "status",
               "geplande_datum", "uitvoeringsdatum", "domein", "opgelegd", "bron")


def factorize(values: Sequence[Any], n: int) -> tuple[np.ndarray, list[Any]]:
    """``(codes, uniques)`` with ``uniques[codes[i]]`` equal to ``values[i]``."""
    table: dict[Any, int] = {}
    uniques: list[Any] = []

    def code(v: Any) -> int:
        try:
            c = table.get(v)
            key = v
        except TypeError:  # unhashable (a list, a dict): key by its text
            key = ("\0unhashable", repr(v))
            c = table.get(key)
        if c is None:
            c = table[key] = len(uniques)
            uniques.append(v)
        return c

    codes = np.fromiter((code(v) for v in values), dtype=np.int32, count=n)
    return codes, uniques


def _spread(codes: np.ndarray, per_unique: list[Any], dtype) -> np.ndarray:
    return np.asarray(per_unique, dtype=dtype)[codes] if len(codes) else np.zeros(0, dtype=dtype)


@dataclass
class AttributeColumns:
    """Typed attribute arrays for n features, and the raw distinct values for messages."""

    n: int
    raw: dict[str, tuple[np.ndarray, list[Any]]]
    #: Index into :data:`CATEGORIES`, or MISSING/UNKNOWN.
    categorie: np.ndarray
    #: Index into ``schema.AARD`` (missing → "aanleg"), or UNKNOWN.
    aard: np.ndarray
    #: Index into ``schema.STATUS``, or MISSING/UNKNOWN.
    status: np.ndarray
    domein: np.ndarray
    bron: np.ndarray
    nis_missing: np.ndarray
    nis_bad: np.ndarray
    projectnaam_missing: np.ndarray
    id_missing: np.ndarray
    #: The quantity as a number (NaN when unusable); ``q_reason`` codes below.
    quantity: np.ndarray
    q_reason: np.ndarray
    uitvoeringsdatum: np.ndarray
    geplande_datum: np.ndarray
    #: 1 true, 0 false or missing (default false), -1 unreadable.
    opgelegd: np.ndarray

    def raw_value(self, name: str, i: int) -> Any:
        codes, uniques = self.raw[name]
        return uniques[codes[i]]


#: ``q_reason`` codes.
Q_OK, Q_MISSING, Q_TEXT, Q_NAN = 0, 1, 2, 3
Q_REASONS = {Q_MISSING: "missing", Q_TEXT: "text", Q_NAN: "not_a_number"}
_Q_CODE = {None: Q_OK, "missing": Q_MISSING, "text": Q_TEXT, "not_a_number": Q_NAN}


def _choice(uniques: list[Any], choices: Sequence[str], default: int = MISSING) -> list[int]:
    index = {c: k for k, c in enumerate(choices)}
    out = []
    for v in uniques:
        # codes must match exactly ("Boom" or "boom " would not be counted as "boom")
        out.append(default if text_value(v) is None else index.get(v, UNKNOWN) if isinstance(v, str)
                   else UNKNOWN)
    return out


def _date(uniques: list[Any]) -> list[int]:
    out = []
    for v in uniques:
        d = parse_date(v)
        out.append(BAD_DATE if d.bad else NO_DATE if d.date is None else d.date.toordinal())
    return out


def parse_columns(columns: Mapping[str, Sequence[Any]], n: int, ids: Sequence[Any] | None = None) -> AttributeColumns:
    """Typed arrays for the columns the rules read; absent columns count as empty."""
    none = [None] * n
    raw: dict[str, tuple[np.ndarray, list[Any]]] = {}
    for name in READ_FIELDS:
        col = ids if name == "id" and ids is not None else columns.get(name, none)
        if len(col) != n:
            raise ValueError(f"column {name!r} has {len(col)} values, expected {n}")
        raw[name] = factorize(col, n)

    def spread(name: str, per_unique: list[Any], dtype=np.int16) -> np.ndarray:
        codes, uniques = raw[name]
        return _spread(codes, per_unique, dtype)

    def missing(name: str) -> np.ndarray:
        return spread(name, [text_value(v) is None for v in raw[name][1]], bool)

    q = [parse_quantity(v) for v in raw["hoeveelheid"][1]]
    opg = []
    for v in raw["opgelegd"][1]:
        b = parse_bool(v)
        opg.append(-1 if b.bad else 1 if b.value else 0)
    nis_bad = []
    for v in raw["gemeente_nis"][1]:
        t = text_value(v)
        nis_bad.append(t is not None and not (isinstance(v, (str, int)) and _NIS.match(t)))
    return AttributeColumns(
        n=n,
        raw=raw,
        categorie=spread("categorie", _choice(raw["categorie"][1], CATEGORIES)),
        aard=spread("aard", _choice(raw["aard"][1], AARD, default=0)),
        status=spread("status", _choice(raw["status"][1], STATUS)),
        domein=spread("domein", _choice(raw["domein"][1], DOMEIN)),
        bron=spread("bron", _choice(raw["bron"][1], BRON, default=0)),
        nis_missing=missing("gemeente_nis"),
        nis_bad=spread("gemeente_nis", nis_bad, bool),
        projectnaam_missing=missing("projectnaam"),
        id_missing=missing("id"),
        quantity=spread("hoeveelheid", [np.nan if x.value is None else x.value for x in q], float),
        q_reason=spread("hoeveelheid", [_Q_CODE[x.reason] for x in q], np.int8),
        uitvoeringsdatum=spread("uitvoeringsdatum", _date(raw["uitvoeringsdatum"][1]), np.int64),
        geplande_datum=spread("geplande_datum", _date(raw["geplande_datum"][1]), np.int64),
        opgelegd=spread("opgelegd", opg, np.int8),
    )
