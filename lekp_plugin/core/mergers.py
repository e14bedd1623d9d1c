"""The 1 January 2025 municipal mergers: old NIS code → new NIS code.

Features registered under a NIS code that disappeared count for the new
gemeente (SPEC §2).  The table is data kept in the code, so it is available
without ``../shared/data``; :func:`parse_fusies_csv` reads the published list
(``fusies-2025.csv``) and the tests check that both agree.
"""

from __future__ import annotations

import re

#: Old NIS → 2025 NIS, for every gemeente that took part in a merger.
#: Gemeenten that kept their code (Antwerpen) map to themselves.
MERGERS_2025: dict[str, str] = {
    "11002": "11002", "11007": "11002",                     # Antwerpen
    "23023": "23106", "23024": "23106", "23032": "23106",   # Pajottegem
    "37012": "37021", "37018": "37021",                     # Wingene
    "37007": "37022", "37015": "37022",                     # Tielt
    "44012": "44086", "44048": "44086",                     # Nazareth-De Pinte
    "44034": "44087", "44073": "44087",                     # Lochristi
    "46014": "46029", "44045": "46029",                     # Lokeren
    "44040": "44088", "44043": "44088",                     # Merelbeke-Melle
    "46003": "46030", "46013": "46030", "11056": "46030",   # Beveren-Kruibeke-Zwijndrecht
    "73006": "73110", "73032": "73110",                     # Bilzen-Hoeselt
    "73009": "73111", "73083": "73111",                     # Tongeren-Borgloon
    "71069": "71071", "71057": "71071",                     # Tessenderlo-Ham
    "71022": "71072", "73040": "71072",                     # Hasselt
    "82003": "82039", "82005": "82039",                     # Bastogne (Wallonia)
}


def to_2025(nis: str) -> str:
    """The 2025 NIS code a feature registered under ``nis`` counts for."""
    return MERGERS_2025.get(nis, nis)


def merged_from(nis_2025: str) -> list[str]:
    """Old NIS codes that make up ``nis_2025`` (empty when it did not merge)."""
    return sorted(old for old, new in MERGERS_2025.items() if new == nis_2025)


def is_disappeared(nis: str) -> bool:
    """True for an old code that no longer exists after 1 January 2025."""
    return MERGERS_2025.get(nis, nis) != nis


_CODE = re.compile(r"\((\d{5})\)")


def parse_fusies_csv(text: str) -> dict[str, str]:
    """Parse the published merger list (``Fuserende gemeenten, Nieuwe gemeenten``).

    The file mixes ", " and TAB as separators, and names themselves contain
    parentheses ("(voorlopige naam)"), so the NIS codes are taken as the
    five-digit numbers in parentheses: all but the last of a line are the old
    codes, the last is the new one.
    """
    mapping: dict[str, str] = {}
    for lineno, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        codes = _CODE.findall(line)
        if not codes:
            continue  # header or blank line
        if len(codes) < 2:
            raise ValueError(f"line {lineno}: expected old and new NIS codes: {line!r}")
        *old, new = codes
        for code in old:
            mapping[code] = new
    return mapping
