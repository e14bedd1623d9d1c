"""Progress towards the 2030 targets: ``/gemeenten/{nis}/voortgang`` and ``/voortgang``.

Both read the progress aggregates (:mod:`lekp_registry.aggregates`), never
the features, and answer in the shape of the core's
:func:`lekp_plugin.core.progress.voortgang` (the one the plugin's dock and
report use): built by :func:`lekp_plugin.core.progress.voortgang_from_sums`.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import Any

from lekp_plugin.core.catalogue import PACT_END, PACT_START
from lekp_plugin.core.population import is_flemish
from lekp_plugin.core.progress import YEARS, voortgang_from_sums

from .aggregates import Row, core_rows
from .storage import Gemeente

#: Flemish provinces: name → leading digits of their gemeenten's NIS codes.
PROVINCES: dict[str, tuple[str, ...]] = {
    "antwerpen": ("1",), "vlaams-brabant": ("23", "24"), "west-vlaanderen": ("3",),
    "oost-vlaanderen": ("4",), "limburg": ("7",),
}
#: The provinces' own NIS codes, accepted as well.
PROVINCE_CODES = {"10000": "antwerpen", "20001": "vlaams-brabant", "30000": "west-vlaanderen",
                  "40000": "oost-vlaanderen", "70000": "limburg"}


def province_of(nis: str) -> str | None:
    return next((name for name, prefixes in PROVINCES.items() if nis.startswith(prefixes)), None)


def voortgang(gemeente: Gemeente, rows: Iterable[Row]) -> dict[str, Any]:
    """One gemeente's progress from its aggregate rows."""
    return voortgang_from_sums(core_rows(rows), gemeente.nis, gemeente.inwoners, naam=gemeente.naam,
                               referentiejaar=gemeente.referentiejaar, bron_inwoners=gemeente.bron or "")


def voortgang_all(gemeenten: list[Gemeente], rows: Iterable[Row], *, naam: str = "Vlaanderen",
                  filters: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every gemeente's progress and their total (``GET /voortgang``).

    ``gemeenten`` are the ones asked for, ``rows`` the aggregate rows ordered
    by gemeente (rows of other gemeenten are left out).  The total's target is
    that of the summed population, None when a gemeente has no population.
    """
    by_nis = {g.nis: [] for g in gemeenten}
    all_rows: list[Row] = []
    for nis, group in groupby(rows, key=lambda r: r[0]):
        if nis in by_nis:
            group = list(group)
            by_nis[nis] = group
            all_rows.extend(group)
    items = [voortgang(g, by_nis[g.nis]) for g in gemeenten]
    known = [g.inwoners for g in gemeenten]
    inwoners = sum(known) if known and all(i is not None for i in known) else None
    totaal = voortgang_from_sums(core_rows(all_rows), None, inwoners, naam=naam)
    totaal["aantal_gemeenten"] = len(gemeenten)
    return {"periode": [PACT_START, PACT_END], "jaren": list(YEARS), "filter": filters or {},
            "aantal_gemeenten": len(gemeenten), "totaal": totaal, "gemeenten": items}


def select_gemeenten(gemeenten: list[Gemeente], provincie: str | None, nis_codes: list[str] | None
                     ) -> list[Gemeente]:
    """The Flemish gemeenten of a province and/or a list of 2025 NIS codes (all without filters)."""
    out = [g for g in gemeenten if is_flemish(g.nis)]
    if provincie is not None:
        out = [g for g in out if province_of(g.nis) == provincie]
    if nis_codes is not None:
        wanted = set(nis_codes)
        out = [g for g in out if g.nis in wanted]
    return out
