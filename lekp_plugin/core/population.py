"""Reference population per NIS code (Statbel "bevolking op 1 januari").

Reads Statbel's CSV (``NIS code,Woonplaats,...,Totaal``) and sums the
gemeenten that merged on 1 January 2025 into their new NIS code.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from .mergers import to_2025


@dataclass(frozen=True)
class PopulationRow:
    nis: str
    naam: str
    inwoners: int


def parse_statbel_csv(text: str) -> dict[str, PopulationRow]:
    """Rows of a Statbel population CSV by NIS code (regions and provinces included)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    rows: dict[str, PopulationRow] = {}
    for lineno, rec in enumerate(reader, start=2):
        try:
            nis = rec["NIS code"].strip().zfill(5)
            total = int(rec["Totaal"].strip())
        except (KeyError, AttributeError, ValueError) as exc:
            raise ValueError(f"line {lineno}: no NIS code or Totaal ({exc})") from exc
        rows[nis] = PopulationRow(nis, (rec.get("Woonplaats") or "").strip(), total)
    return rows


def read_statbel_csv(path: str) -> dict[str, PopulationRow]:
    with open(path, encoding="utf-8-sig") as fh:
        return parse_statbel_csv(fh.read())


def population_2025(rows: dict[str, PopulationRow], nis_codes: list[str]) -> dict[str, int]:
    """Population per 2025 NIS code, summing merged gemeenten.

    ``nis_codes`` are the gemeente codes to include (regions, provinces and
    arrondissements share the file and must not be summed).
    """
    totals: dict[str, int] = {}
    for nis in nis_codes:
        new = to_2025(nis)
        totals[new] = totals.get(new, 0) + rows[nis].inwoners
    return totals
