"""Findings: what a validation rule reports about one feature.

Owns the vocabulary of SPEC §4 — the stable codes (:data:`CODES`), their
severities (:class:`Severity`) — and the :class:`Finding` value object.  A
finding holds codes and JSON-ready parameters only; text is rendered at the
edge by :mod:`.messages` (``Finding.message(lang)``), so the registry can send
findings as JSON (422 responses) and the plugin can show them in Dutch or
English.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(Enum):
    """``error`` blocks sync, ``warning`` needs a look, ``info`` is informative."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for error, 1 for warning, 2 for info: sort key, most severe first."""
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class CodeDef:
    """One code of SPEC §4."""

    code: str
    #: Usual severity; LEKP-G005 may also be reported as a warning.
    severity: Severity
    title_nl: str
    title_en: str
    #: Every severity this code can be reported with.
    severities: tuple[Severity, ...] = ()

    def __post_init__(self) -> None:
        if not self.severities:
            object.__setattr__(self, "severities", (self.severity,))

    def title(self, lang: str = "nl") -> str:
        return self.title_nl if lang == "nl" else self.title_en


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

CODES: dict[str, CodeDef] = {
    c.code: c
    for c in (
        CodeDef("LEKP-F001", _E, "Verplicht veld ontbreekt", "Required field missing"),
        CodeDef("LEKP-F002", _E, "Onbekende waarde", "Unknown value"),
        CodeDef("LEKP-G001", _E, "Geometrie ontbreekt of is leeg", "Geometry missing or empty"),
        CodeDef("LEKP-G002", _E, "Ongeldige geometrie", "Invalid geometry"),
        CodeDef("LEKP-G003", _E, "Geometrietype niet toegelaten voor de categorie",
                "Geometry type not allowed for the category"),
        CodeDef("LEKP-G004", _E, "Coördinaten buiten Vlaanderen (Lambert 72)",
                "Coordinates outside Flanders (Lambert 72)"),
        CodeDef("LEKP-G005", _E, "Buiten de gemeente", "Outside the municipality",
                severities=(_E, _W)),
        CodeDef("LEKP-A001", _E, "Natuurgroenperk kleiner dan 10 m²",
                "Natural green plot smaller than 10 m²"),
        CodeDef("LEKP-A002", _E, "Hoeveelheid groter dan de geometrie toelaat",
                "Quantity larger than the geometry allows"),
        CodeDef("LEKP-A003", _W, "Onwaarschijnlijke dichtheid bomen", "Implausible tree density"),
        CodeDef("LEKP-Q001", _E, "Hoeveelheid ontbreekt, is nul of negatief",
                "Quantity missing, zero or negative"),
        CodeDef("LEKP-Q002", _W, "Volume lijkt in liter (m³, niet liter)",
                "Volume looks like litres (m³, not litres)"),
        CodeDef("LEKP-D001", _E, "Uitgevoerd zonder uitvoeringsdatum",
                "Completed without completion date"),
        CodeDef("LEKP-D002", _E, "Uitvoeringsdatum vóór 1 januari 2021",
                "Completion date before 1 January 2021"),
        CodeDef("LEKP-D003", _E, "Uitvoeringsdatum in de toekomst", "Completion date in the future"),
        CodeDef("LEKP-D004", _W, "Datum na 31 december 2030", "Date after 31 December 2030"),
        CodeDef("LEKP-D005", _W, "Gepland met een geplande datum in het verleden",
                "Planned with a planned date in the past"),
        CodeDef("LEKP-D006", _E, "Onleesbare datum", "Unreadable date"),
        CodeDef("LEKP-O001", _W, "Overlapt een andere verbetering van dezelfde categorie",
                "Overlaps another improvement of the same category"),
        CodeDef("LEKP-O002", _E, "Dubbele registratie", "Duplicate registration"),
        CodeDef("LEKP-N001", _I, "Opgelegd: geregistreerd maar niet meegeteld",
                "Imposed: registered but not counted"),
    )
}


@dataclass(frozen=True)
class Finding:
    """One problem (or remark) about one feature.

    ``params`` is JSON-serialisable (str, int, finite float, bool, None, lists
    and dicts of those).  ``repaired`` is only set for LEKP-G002: a valid
    geometry of the category's geometry family the user can apply.
    ``index`` is the feature's position in the validated batch (useful for
    features that have no id yet); it is not part of equality.
    """

    feature_id: str | None
    code: str
    severity: Severity
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    repaired: Any = field(default=None, compare=False, hash=False, repr=False)
    index: int | None = field(default=None, compare=False, hash=False)

    @property
    def ander_id(self) -> str | None:
        """The other feature's id for an overlap or duplicate (LEKP-O001/O002), else None.

        Such a pair gives one finding on each feature (SPEC §5); each names the
        other here, so a findings table can show both sides of the pair.
        """
        if self.code not in PAIR_CODES:
            return None
        other = self.params.get("other_id")
        return None if other is None else str(other)

    def message(self, lang: str = "nl") -> str:
        """The finding as a sentence in Dutch (``"nl"``) or English (``"en"``)."""
        from .messages import render

        return render(self.code, self.params, lang)

    def to_dict(self, lang: str = "nl") -> dict[str, Any]:
        """``{"feature_id", "code", "severity", "message", "ander_id", "params"}``, JSON-ready.

        ``ander_id`` is the other feature of an overlap or duplicate, else None.
        """
        return {
            "feature_id": self.feature_id,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message(lang),
            "ander_id": self.ander_id,
            "params": self.params,
        }


#: Codes about a pair of features: reported on both, each naming the other (``ander_id``).
PAIR_CODES = frozenset({"LEKP-O001", "LEKP-O002"})

_PLAIN = (str, bool, int, type(None))


def json_safe(value: Any) -> Any:
    """``value`` made JSON-serialisable: NaN/inf become None, unknown objects ``repr``."""
    if type(value) is dict and all(type(v) in _PLAIN or (type(v) is float and math.isfinite(v))
                                   for v in value.values()):
        return dict(value)  # the common case: a flat dict of plain values (copied: not shared)
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    try:  # numpy scalars
        item = value.item()
    except (AttributeError, ValueError, TypeError):
        return repr(value)
    return json_safe(item) if not hasattr(item, "item") else repr(value)
