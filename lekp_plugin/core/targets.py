"""Targets per objective: ``inwoners × norm``, exact, with display rounding.

SPEC §2: keep exact values, display counts rounded down (Herzele, 18,407
inwoners: 18,407 trees, 9,203.5 m → "9 km", 18.4 → 18 perken).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from .catalogue import OBJECTIVES, UNITS


@dataclass(frozen=True)
class Target:
    objective: str
    inwoners: int
    #: Exact target in the objective's unit.
    exact: Fraction
    unit: str
    #: Rounded down, in the display unit.
    display: int
    display_unit: str

    def display_text(self, lang: str = "nl") -> str:
        """E.g. ``"9 km"``, ``"18.407 stuks"`` (nl) or ``"18,407 pieces"`` (en)."""
        unit = UNITS[self.display_unit]
        return f"{format_int(self.display, lang)} {unit.label_nl if lang == 'nl' else unit.label_en}"


def target(objective: str, inwoners: int) -> Target:
    """The 2030 target of ``objective`` for a population of ``inwoners``."""
    if isinstance(inwoners, bool) or not isinstance(inwoners, int) or inwoners < 0:
        raise ValueError(f"inwoners must be a non-negative integer, got {inwoners!r}")
    obj = OBJECTIVES[objective]
    exact = obj.norm * inwoners
    return Target(objective, inwoners, exact, obj.unit,
                  math.floor(exact * obj.display_factor), obj.display_unit)


def targets(inwoners: int) -> dict[str, Target]:
    """Targets of all five objectives."""
    return {code: target(code, inwoners) for code in OBJECTIVES}


def format_int(value: int, lang: str = "nl") -> str:
    """Thousands separators as a Dutch (``18.407``) or English (``18,407``) reader expects."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "nl" else text


def exact_text(value: Fraction, lang: str = "en") -> str:
    """An exact value as a plain decimal string: ``9203.5`` (en) or ``9203,5`` (nl).

    Norms give at most three decimals (every denominator divides 1000), so the
    text is exact; anything else falls back to the float's text.
    """
    if value.denominator == 1:
        text = str(value.numerator)
    elif (value * 1000).denominator == 1:
        whole, frac = divmod((value * 1000).numerator, 1000)
        text = f"{whole}.{frac:03d}".rstrip("0")
    else:
        text = str(float(value))
    return text.replace(".", ",") if lang == "nl" else text
