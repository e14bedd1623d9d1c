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

from .values import is_missing, normalize, parse_bool, parse_date, parse_quantity, text_value

CATEGORIES: tuple[str, ...] = tuple(PARAMETERS)
#: Index codes for a choice column: >= 0 a known value, else one of these.
MISSING, UNKNOWN = -2, -1
#: Date ordinals: >= 1 a date (``date.toordinal()``), else one of these.
NO_DATE, BAD_DATE = -1, -2

_NIS = re.compile(r"^\d{5}$")

#: Property names the rules read.
READ_FIELDS = ("id", "gemeente_nis", "projectnaam", "categorie", "aard", "hoeveelheid", "status",
               "geplande_datum", "uitvoeringsdatum", "domein", "opgelegd", "bron", "gegroepeerd")


def factorize(values: Sequence[Any], n: int) -> tuple[np.ndarray, list[Any]]:
    """``(codes, uniques)`` with ``uniques[codes[i]]`` equal to ``values[i]``.

    The distinct values come back as plain Python (:func:`.values.normalize`).
    """
    try:  # the fast path, all in C: every value hashable
        table = {v: k for k, v in enumerate(dict.fromkeys(values))}
        codes = np.fromiter(map(table.__getitem__, values), dtype=np.int32, count=n)
        uniques = list(table)
    except TypeError:  # unhashable values (a list, a dict): key them by their text
        table = {}
        uniques = []
        out = np.empty(n, dtype=np.int32)
        for k, v in enumerate(values):
            try:
                key = v
                c = table.get(key)
            except TypeError:
                key = ("\0unhashable", repr(v))
                c = table.get(key)
            if c is None:
                c = table[key] = len(uniques)
                uniques.append(v)
            out[k] = c
        codes = out
    return codes, [normalize(v) for v in uniques]


_PLAIN_NUMBERS = frozenset({float, int, type(None), np.float64, np.float32, np.int64, np.int32})


def numeric_column(values: Sequence[Any]) -> np.ndarray | None:
    """The column as float64 (NaN for missing) when it holds only numbers and None, else None."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiu":
        return values.astype(float)
    if isinstance(values, np.ndarray) and values.dtype.kind != "O":
        return None
    if not set(map(type, values)) <= _PLAIN_NUMBERS:
        return None
    return np.asarray(values, dtype=float)


def date_column(values: Sequence[Any]) -> np.ndarray | None:
    """Date ordinals straight from a ``datetime64`` array (NaT → NO_DATE), else None."""
    if not (isinstance(values, np.ndarray) and values.dtype.kind == "M"):
        return None
    days = values.astype("datetime64[D]")
    out = days.astype(np.int64) + _EPOCH_ORDINAL
    out[np.isnat(days)] = NO_DATE
    return out


_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def _spread(codes: np.ndarray, per_unique: list[Any], dtype) -> np.ndarray:
    return np.asarray(per_unique, dtype=dtype)[codes] if len(codes) else np.zeros(0, dtype=dtype)


@dataclass
class AttributeColumns:
    """Typed attribute arrays for n features, and the raw distinct values for messages."""

    n: int
    #: name → (codes, distinct values), or (None, the column) for columns read directly.
    raw: dict[str, tuple[np.ndarray | None, Any]]
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
    #: Whole-territory entry (SPEC §2), coded like ``opgelegd``.
    gegroepeerd: np.ndarray

    def raw_value(self, name: str, i: int) -> Any:
        codes, values = self.raw[name]
        return normalize(values[i]) if codes is None else values[codes[i]]


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


def feature_ids(ids: Sequence[Any]) -> list[str | None]:
    """Feature ids as text (None when missing), whatever type they arrived as."""
    if set(map(type, ids)) == {str} and all(map(str.strip, ids)):
        return list(ids)
    out: list[str | None] = []
    for i in ids:
        if type(i) is not str:
            i = normalize(i)
            i = None if is_missing(i) else str(i)
        out.append(i if i is None or i.strip() else None)
    return out


def parse_columns(columns: Mapping[str, Sequence[Any]], n: int,
                  ids: Sequence[str | None] | None = None) -> AttributeColumns:
    """Typed arrays for the columns the rules read; absent columns count as empty.

    ``ids`` are the feature ids as :func:`feature_ids` gives them.
    """
    none = [None] * n
    raw: dict[str, tuple[np.ndarray | None, Any]] = {}
    quantity = q_reason = None
    dates: dict[str, np.ndarray] = {}
    for name in READ_FIELDS:
        if name == "id":
            continue
        col = columns.get(name, none)
        if len(col) != n:
            raise ValueError(f"column {name!r} has {len(col)} values, expected {n}")
        if name == "hoeveelheid" and (num := numeric_column(col)) is not None:
            quantity = num
            q_reason = np.where(np.isnan(num), Q_MISSING, np.where(np.isinf(num), Q_NAN, Q_OK)).astype(np.int8)
            quantity = np.where(q_reason == Q_OK, num, np.nan)
            raw[name] = (None, col)
            continue
        if name in ("uitvoeringsdatum", "geplande_datum") and (d := date_column(col)) is not None:
            dates[name] = d
            raw[name] = (None, col)
            continue
        raw[name] = factorize(col, n)

    def spread(name: str, per_unique: list[Any], dtype=np.int16) -> np.ndarray:
        codes, uniques = raw[name]
        return _spread(codes, per_unique, dtype)

    def missing(name: str) -> np.ndarray:
        return spread(name, [text_value(v) is None for v in raw[name][1]], bool)

    if quantity is None:
        q = [parse_quantity(v) for v in raw["hoeveelheid"][1]]
        quantity = spread("hoeveelheid", [np.nan if x.value is None else x.value for x in q], float)
        q_reason = spread("hoeveelheid", [_Q_CODE[x.reason] for x in q], np.int8)
    for name in ("uitvoeringsdatum", "geplande_datum"):
        if name not in dates:
            dates[name] = spread(name, _date(raw[name][1]), np.int64)
    def flag(name: str) -> np.ndarray:
        codes = []
        for v in raw[name][1]:
            b = parse_bool(v)
            codes.append(-1 if b.bad else 1 if b.value else 0)
        return spread(name, codes, np.int8)

    nis_bad = []
    for v in raw["gemeente_nis"][1]:
        t = text_value(v)
        nis_bad.append(t is not None and not (isinstance(v, (str, int)) and _NIS.match(t)))
    ids = feature_ids([None] * n) if ids is None else ids
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
        id_missing=np.fromiter((i is None for i in ids), dtype=bool, count=n),
        quantity=quantity,
        q_reason=q_reason,
        uitvoeringsdatum=dates["uitvoeringsdatum"],
        geplande_datum=dates["geplande_datum"],
        opgelegd=flag("opgelegd"),
        gegroepeerd=flag("gegroepeerd"),
    )
