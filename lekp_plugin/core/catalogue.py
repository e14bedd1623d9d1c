"""The LEKP catalogue (SPEC §2) as data: objectives, parameters, units, norms.

Everything that knows *what* the pact counts reads it from here: validation
(allowed geometry types, quantity rules), targets (norms), forms (labels,
units) and the registry.  Norms are exact :class:`fractions.Fraction` values so
that targets stay exact (0.5 m per inwoner, 1 per 1000 inwoners).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

#: The pact runs from 1 January 2021 to 31 December 2030 (inclusive).
PACT_START = "2021-01-01"
PACT_END = "2030-12-31"

#: A natuurgroenperk (or each of its parts) must be at least this large.
NATUURGROENPERK_MIN_AREA_M2 = 10.0


class QuantityRule(Enum):
    """How the counted quantity relates to the geometry."""

    #: Points count one each; for polygons the entered value counts.
    POINTS_OR_ENTERED = "points_or_entered"
    #: Lines count their planar length; other geometries the entered value.
    LENGTH_OR_ENTERED = "length_or_entered"
    #: Number of polygon parts of at least 10 m².
    PARTS_MIN_AREA = "parts_min_area"
    #: Entered value, at most the planar area (partial permeability).
    AREA_MAX = "area_max"
    #: Entered value only (capacity in m³).
    ENTERED = "entered"


@dataclass(frozen=True)
class Unit:
    code: str
    label_nl: str
    label_en: str


UNITS = {
    "stuks": Unit("stuks", "stuks", "pieces"),
    "m": Unit("m", "m", "m"),
    "km": Unit("km", "km", "km"),
    "m2": Unit("m2", "m²", "m²"),
    "m3": Unit("m3", "m³", "m³"),
}


@dataclass(frozen=True)
class Objective:
    """A doelstelling of the pact, with its norm per inwoner."""

    code: str
    label_nl: str
    label_en: str
    werf: int
    norm: Fraction
    unit: str
    #: Unit used to show targets and progress (hedges are shown in km).
    display_unit: str
    #: Factor from ``unit`` to ``display_unit``.
    display_factor: Fraction
    norm_nl: str
    norm_en: str

    def label(self, lang: str = "nl") -> str:
        return self.label_nl if lang == "nl" else self.label_en


@dataclass(frozen=True)
class Parameter:
    """A parameter of an objective; its code is the ``categorie`` of a feature."""

    code: str
    objective: str
    label_nl: str
    label_en: str
    unit: str
    geometry_types: frozenset[str]
    quantity_rule: QuantityRule

    def label(self, lang: str = "nl") -> str:
        return self.label_nl if lang == "nl" else self.label_en


OBJECTIVES: dict[str, Objective] = {
    o.code: o
    for o in (
        Objective("bomen", "Bomen", "Trees", 1, Fraction(1), "stuks", "stuks", Fraction(1),
                  "1 boom per inwoner", "1 tree per inhabitant"),
        Objective("hagen_geveltuinen", "Hagen en geveltuinen", "Hedges and facade gardens", 1,
                  Fraction(1, 2), "m", "km", Fraction(1, 1000),
                  "0,5 m per inwoner", "0.5 m per inhabitant"),
        Objective("natuurgroenperken", "Natuurgroenperken", "Natural green plots", 1,
                  Fraction(1, 1000), "stuks", "stuks", Fraction(1),
                  "1 perk (≥ 10 m²) per 1000 inwoners", "1 plot (≥ 10 m²) per 1000 inhabitants"),
        Objective("ontharding", "Ontharding", "De-paving", 4, Fraction(1), "m2", "m2", Fraction(1),
                  "1 m² per inwoner", "1 m² per inhabitant"),
        Objective("hemelwater", "Hemelwateropvang", "Rainwater capacity", 4, Fraction(1), "m3", "m3",
                  Fraction(1), "1 m³ per inwoner", "1 m³ per inhabitant"),
    )
}

_PT, _MPT = "Point", "MultiPoint"
_LN, _MLN = "LineString", "MultiLineString"
_PG, _MPG = "Polygon", "MultiPolygon"

PARAMETERS: dict[str, Parameter] = {
    p.code: p
    for p in (
        Parameter("boom", "bomen", "Boom", "Tree", "stuks",
                  frozenset({_PT, _MPT, _PG, _MPG}), QuantityRule.POINTS_OR_ENTERED),
        Parameter("haag", "hagen_geveltuinen", "Haag", "Hedge", "m",
                  frozenset({_LN, _MLN, _PG}), QuantityRule.LENGTH_OR_ENTERED),
        Parameter("geveltuin", "hagen_geveltuinen", "Geveltuin", "Facade garden", "m",
                  frozenset({_LN, _MLN, _PT, _PG}), QuantityRule.LENGTH_OR_ENTERED),
        Parameter("natuurgroenperk", "natuurgroenperken", "Natuurgroenperk", "Natural green plot",
                  "stuks", frozenset({_PG, _MPG}), QuantityRule.PARTS_MIN_AREA),
        Parameter("ontharding", "ontharding", "Ontharding", "De-paving", "m2",
                  frozenset({_PG, _MPG}), QuantityRule.AREA_MAX),
        Parameter("hemelwater_hergebruik", "hemelwater", "Hemelwater: hergebruik",
                  "Rainwater: reuse", "m3", frozenset({_PT, _PG, _MPG}), QuantityRule.ENTERED),
        Parameter("hemelwater_buffer", "hemelwater", "Hemelwater: buffering",
                  "Rainwater: buffering", "m3", frozenset({_PT, _PG, _MPG}), QuantityRule.ENTERED),
        Parameter("hemelwater_infiltratie", "hemelwater", "Hemelwater: infiltratie",
                  "Rainwater: infiltration", "m3", frozenset({_PT, _LN, _PG, _MPG}),
                  QuantityRule.ENTERED),
    )
}

#: Single-part type for each multi-part type.  The store keeps one layer per
#: geometry family with a multi-part type (as QGIS does), so a feature stored
#: as a one-part multi geometry is judged as its single-part type.
SINGLE_OF_MULTI = {_MPT: _PT, _MLN: _LN, _MPG: _PG}


def parameter(code: str) -> Parameter:
    """The parameter for a ``categorie`` code; ``KeyError`` when unknown."""
    return PARAMETERS[code]


def parameters_of(objective: str) -> list[Parameter]:
    return [p for p in PARAMETERS.values() if p.objective == objective]


def geometry_type_allowed(categorie: str, geometry_type: str, parts: int = 1) -> bool:
    """True when ``geometry_type`` may carry a feature of ``categorie``.

    A multi geometry with one part is accepted where its single-part type is.
    """
    allowed = PARAMETERS[categorie].geometry_types
    if geometry_type in allowed:
        return True
    single = SINGLE_OF_MULTI.get(geometry_type)
    return single is not None and parts == 1 and single in allowed
