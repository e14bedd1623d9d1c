"""Reading attribute values as they arrive: wire format, store rows, or garbage.

Owns the tolerant parsing of one cell — dates, quantities, booleans, choice
codes — into a typed value *or* a reason why it cannot be read.  Nothing here
raises on bad input: the rules turn the reasons into findings (LEKP-D006,
LEKP-Q001, LEKP-F002).  Results are cached per distinct value because a
batch of 100,000 features holds few distinct dates and codes.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import math
import numbers
import re
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$")
_DMY_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_NUMBER_TEXT = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")

_TRUE = frozenset({"true", "1", "ja", "yes", "waar", "t", "y", "j"})
_FALSE = frozenset({"false", "0", "nee", "no", "onwaar", "f", "n"})


def normalize(value: Any) -> Any:
    """Plain Python for numpy scalars, masked cells and bytes (columns read through Arrow/OGR)."""
    if isinstance(value, np.generic):
        if isinstance(value, np.datetime64):
            return value.astype("datetime64[D]").item()  # NaT → None
        value = value.item()
    elif value is np.ma.masked:
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def is_missing(value: Any) -> bool:
    """None, NaN, or a string of only whitespace."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return not value.strip()
    return False


class DateValue(NamedTuple):
    """A parsed date cell: ``date`` set when readable, ``bad`` when it is not."""

    date: _dt.date | None
    bad: bool = False
    #: For an unreadable but recognisable ``dd/mm/jjjj`` string: the ISO form.
    suggestion: str | None = None


_MISSING_DATE = DateValue(None)


def parse_date(value: Any) -> DateValue:
    """An ISO 8601 date (the wire and storage format), tolerant of types.

    Accepts ``datetime.date``/``datetime.datetime``, objects with
    ``toPyDate()`` (a QDate handed over by the plugin) and strings
    ``YYYY-MM-DD`` optionally followed by a time.  Anything else that is not
    missing — ``"31/02/2023"``, ``"2023-13-01"``, ``42`` — is ``bad``.
    """
    if is_missing(value):
        return _MISSING_DATE
    if isinstance(value, _dt.datetime):
        return DateValue(value.date())
    if isinstance(value, _dt.date):
        return DateValue(value)
    if isinstance(value, str):
        return _parse_date_text(value.strip())
    to_py = getattr(value, "toPyDate", None)
    if callable(to_py):
        try:
            result = to_py()
        except Exception:  # foreign object, report as unreadable
            return DateValue(None, True)
        if isinstance(result, _dt.date) and (not hasattr(value, "isValid") or value.isValid()):
            return DateValue(result)
        return _MISSING_DATE if hasattr(value, "isNull") and value.isNull() else DateValue(None, True)
    return DateValue(None, True)


@lru_cache(maxsize=65536)
def _parse_date_text(text: str) -> DateValue:
    m = _ISO_DATE.match(text)
    if m:
        try:
            return DateValue(_dt.date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return DateValue(None, True)
    m = _DMY_DATE.match(text)
    if m:  # the UI format leaked into data: unreadable, but say what was meant
        try:
            return DateValue(None, True, _dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat())
        except ValueError:
            return DateValue(None, True)
    return DateValue(None, True)


class QuantityValue(NamedTuple):
    """A parsed quantity: ``value`` when it is usable as a number.

    ``reason`` is None for a proper number, ``"missing"``, ``"text"`` (a
    number written as text, e.g. ``"12,5"``: ``value`` holds what it reads as,
    so the other rules can still judge it) or ``"not_a_number"``.
    """

    value: float | None
    reason: str | None = None


_MISSING_QUANTITY = QuantityValue(None, "missing")
_NAN_QUANTITY = QuantityValue(None, "not_a_number")


def parse_quantity(value: Any) -> QuantityValue:
    if is_missing(value):
        return _MISSING_QUANTITY
    if isinstance(value, bool):
        return _NAN_QUANTITY
    if isinstance(value, (numbers.Real, decimal.Decimal)):  # Decimal: numeric columns from a database
        number = float(value)
        return QuantityValue(number) if math.isfinite(number) else _NAN_QUANTITY
    if isinstance(value, str):
        return _parse_quantity_text(value.strip())
    return _NAN_QUANTITY


@lru_cache(maxsize=65536)
def _parse_quantity_text(text: str) -> QuantityValue:
    if _NUMBER_TEXT.match(text):
        return QuantityValue(float(text.replace(",", ".")), "text")
    return _NAN_QUANTITY


class BoolValue(NamedTuple):
    value: bool | None
    bad: bool = False


def parse_bool(value: Any) -> BoolValue:
    """True/False, 0/1 and the usual Dutch and English words; missing is None."""
    if is_missing(value):
        return BoolValue(None)
    if isinstance(value, bool):
        return BoolValue(value)
    if isinstance(value, numbers.Integral) and value in (0, 1):
        return BoolValue(bool(value))
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return BoolValue(True)
        if text in _FALSE:
            return BoolValue(False)
    return BoolValue(None, True)


def text_value(value: Any) -> str | None:
    """A code or name cell as stripped text; None when missing."""
    if is_missing(value):
        return None
    return value.strip() if isinstance(value, str) else str(value)


def show(value: Any) -> Any:
    """A raw cell value as it may appear in finding parameters (JSON-ready)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    return str(value)
