"""Reference population per 2025 gemeente (Statbel "bevolking op 1 januari").

Owns where a gemeente's number of inwoners comes from, in order of
precedence (:func:`resolve`):

1. a manual override stored with the gemeente (the store's ``lekp_meta``:
   ``inwoners``, ``inwoners_referentiejaar``, ``inwoners_bron``);
2. the registry's ``gemeenten`` collection, when the caller is connected
   (``lekp_plugin.report.storedata.population_from_registry``);
3. a population file the officer chose: a newer Statbel CSV or XLSX as
   Statbel publishes it (any of ``,`` ``;`` TAB as separator, with or without
   BOM, CRLF, NIS codes as integers or as text with leading zeros, codes from
   before or after the 2025 mergers);
4. the file shipped with the plugin, ``resources/gemeenten_2025.csv``, made by
   ``scripts/make_reference_data.py`` from Statbel's figures for 1 January
   2020 with the gemeenten that merged on 1 January 2025 summed.

Problems are :class:`PopulationError` with a code and parameters; the Dutch
and English texts are rendered by :meth:`PopulationError.message`.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .faults import UserFault
from .mergers import MERGERS_2025, to_2025

#: The shipped reference file (``nis,naam,inwoners,referentiejaar,bron``).
BUNDLED_FILE = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "gemeenten_2025.csv")
BUNDLED_COLUMNS = ("nis", "naam", "inwoners", "referentiejaar", "bron")

#: Arrondissement prefixes of the Vlaams Gewest (before and after 2025).
FLEMISH_ARRONDISSEMENTS = frozenset({"11", "12", "13", "23", "24", "31", "32", "33", "34", "35", "36",
                                     "37", "38", "41", "42", "43", "44", "45", "46", "71", "72", "73"})

#: Header names (lower case, without spaces/underscores) of the columns we read.
NIS_HEADERS = ("niscode", "nis", "cdrefnis", "refnis", "codenis", "codeins", "gemeentenis",
               "cdmuntyrefnis", "geoitem")
TOTAL_HEADERS = ("totaal", "inwoners", "mspopulation", "bevolking", "population", "total", "aantal")
NAME_HEADERS = ("woonplaats", "naam", "txdescrnl", "gemeente", "txmuntydescrnl", "gemeentenaam", "name")

_MESSAGES = {
    "missing": ("Geen inwonersaantal voor gemeente {naam} ({nis}) in {bron}; het doel is onbekend. "
                "Geef het aantal inwoners in of kies een recenter bevolkingsbestand van Statbel.",
                "No population for municipality {naam} ({nis}) in {bron}; the target is unknown. "
                "Enter the number of inhabitants or choose a more recent Statbel population file."),
    "open": ("Bevolkingsbestand {path} kan niet gelezen worden: {reason}",
             "Population file {path} cannot be read: {reason}"),
    "columns": ("Bevolkingsbestand {path} heeft geen kolom met de NIS-code en het aantal inwoners "
                "(gevonden kolommen: {found}); verwacht bv. 'NIS code' en 'Totaal'.",
                "Population file {path} has no column with the NIS code and the population "
                "(columns found: {found}); expected e.g. 'NIS code' and 'Totaal'."),
    "value": ("Bevolkingsbestand {path}, regel {line}: '{value}' is geen aantal inwoners "
              "(een geheel getal verwacht).",
              "Population file {path}, line {line}: '{value}' is not a population "
              "(a whole number expected)."),
    "nis": ("Bevolkingsbestand {path}, regel {line}: '{value}' is geen NIS-code.",
            "Population file {path}, line {line}: '{value}' is not a NIS code."),
    "empty": ("Bevolkingsbestand {path} bevat geen gemeenten.",
              "Population file {path} holds no municipalities."),
    "xlsx": ("Bevolkingsbestand {path} is een Excel-bestand, maar openpyxl ontbreekt in deze "
             "Python; bewaar het als CSV of installeer python3-openpyxl.",
             "Population file {path} is an Excel file, but openpyxl is missing in this Python; "
             "save it as CSV or install python3-openpyxl."),
    "registry": ("Het register {url} gaf geen inwonersaantal voor gemeente {nis}: {reason}",
                 "The registry {url} gave no population for municipality {nis}: {reason}"),
    "override": ("'{value}' is geen geldig aantal inwoners (een geheel getal groter dan 0 verwacht).",
                 "'{value}' is not a valid population (a whole number above 0 expected)."),
}


class PopulationError(UserFault, ValueError):
    """A user-facing population problem: a code, its parameters, Dutch/English text."""

    MESSAGES = _MESSAGES


@dataclass(frozen=True)
class PopulationRow:
    nis: str
    naam: str
    inwoners: int


@dataclass(frozen=True)
class GemeentePopulation:
    """The reference population of one 2025 gemeente and where it comes from."""

    nis: str
    naam: str
    inwoners: int
    referentiejaar: int | None
    bron: str

    def to_dict(self) -> dict:
        return {"nis": self.nis, "naam": self.naam, "inwoners": self.inwoners,
                "referentiejaar": self.referentiejaar, "bron": self.bron}


# -- codes ---------------------------------------------------------------------------

def nis_text(value) -> str | None:
    """A NIS code as five-digit text (``1001``, ``1001.0``, ``"01001"`` → ``"01001"``), or None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    text = str(value).strip().strip('"').strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    if not re.fullmatch(r"\d{4,5}", text):
        return None
    return text.zfill(5)


def is_gemeente(nis: str) -> bool:
    """True for a municipality code (not the kingdom, a region, province or arrondissement)."""
    return len(nis) == 5 and nis[2:] != "000" and nis[:2] not in ("01", "02", "03", "04", "20")


def is_flemish(nis: str) -> bool:
    return is_gemeente(nis) and nis[:2] in FLEMISH_ARRONDISSEMENTS


# -- reading files -------------------------------------------------------------------

def _key(header: str) -> str:
    return re.sub(r"[\s_\-.]", "", (header or "").strip().lstrip("\ufeff").lower())


def _find(headers: Sequence[str], candidates: Iterable[str]) -> int | None:
    keys = [_key(h) for h in headers]
    for cand in candidates:
        if cand in keys:
            return keys.index(cand)
    return None


def _int_value(value) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", text):  # 18.407 or 18,407 (thousands)
        text = re.sub(r"[.,]", "", text)
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    return int(text) if re.fullmatch(r"\d+", text) else None


def parse_table(rows: Sequence[Sequence], source: str = "") -> dict[str, PopulationRow]:
    """Population per NIS code from a table whose header is one of its first rows.

    Rows with the same NIS code are summed (Statbel's detailed tables have a
    row per age and sex); rows without a NIS code (notes, blank lines) are
    skipped.  Raises :class:`PopulationError`.
    """
    header_at = nis_col = total_col = None
    for i, row in enumerate(rows[:30]):
        cells = [str(c) if c is not None else "" for c in row]
        n, t = _find(cells, NIS_HEADERS), _find(cells, TOTAL_HEADERS)
        if n is not None and t is not None:
            header_at, nis_col, total_col = i, n, t
            break
    if header_at is None:
        found = ", ".join(str(c) for c in rows[0] if c not in (None, "")) if rows else ""
        raise PopulationError("columns", path=source, found=found or "-")
    headers = [str(c) if c is not None else "" for c in rows[header_at]]
    name_col = _find(headers, NAME_HEADERS)
    out: dict[str, PopulationRow] = {}
    for lineno, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not row or all(c in (None, "") for c in row):
            continue
        raw_nis = row[nis_col] if nis_col < len(row) else None
        nis = nis_text(raw_nis)
        if nis is None:
            if raw_nis in (None, "") or not re.search(r"\d", str(raw_nis)):
                continue  # a note under the table
            raise PopulationError("nis", path=source, line=lineno, value=raw_nis)
        raw_total = row[total_col] if total_col < len(row) else None
        total = _int_value(raw_total)
        if total is None or total < 0:
            raise PopulationError("value", path=source, line=lineno, value="" if raw_total is None else raw_total)
        naam = str(row[name_col]).strip() if name_col is not None and name_col < len(row) and row[name_col] else ""
        prev = out.get(nis)
        out[nis] = PopulationRow(nis, prev.naam if prev else naam, (prev.inwoners if prev else 0) + total)
    if not out:
        raise PopulationError("empty", path=source)
    return out


def _sniff_rows(text: str) -> list[list[str]]:
    text = text.lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t", "|"), key=first.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def parse_statbel_csv(text: str, source: str = "") -> dict[str, PopulationRow]:
    """Rows of a Statbel population CSV by NIS code (regions and provinces included).

    The separator is detected (``,`` ``;`` TAB); a BOM and CRLF are accepted.
    """
    return parse_table(_sniff_rows(text), source)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_statbel_csv(path: str) -> dict[str, PopulationRow]:
    with open(path, "rb") as fh:
        return parse_statbel_csv(_decode(fh.read()), path)


def read_xlsx(path: str) -> dict[str, PopulationRow]:
    """A Statbel XLSX (first sheet that has the columns), with openpyxl when available."""
    try:
        import openpyxl
    except ImportError as exc:
        raise PopulationError("xlsx", path=path) from exc
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise PopulationError("open", path=path, reason=str(exc) or type(exc).__name__) from exc
    try:
        first_error = None
        for sheet in book.worksheets:
            rows = [list(r) for r in sheet.iter_rows(values_only=True)]
            try:
                return parse_table(rows, path)
            except PopulationError as exc:
                first_error = first_error or exc
        raise first_error or PopulationError("empty", path=path)
    finally:
        book.close()


def read_population_file(path: str) -> dict[str, PopulationRow]:
    """Any population file: Statbel CSV/TXT, XLSX, or the plugin's own format."""
    if not os.path.isfile(path):
        raise PopulationError("open", path=path, reason="bestand niet gevonden")
    if path.lower().endswith((".xlsx", ".xlsm")):
        return read_xlsx(path)
    try:
        return read_statbel_csv(path)
    except OSError as exc:
        raise PopulationError("open", path=path, reason=exc.strerror or str(exc)) from exc


def population_2025(rows: Mapping[str, PopulationRow], nis_codes: list[str]) -> dict[str, int]:
    """Population per 2025 NIS code, summing merged gemeenten.

    ``nis_codes`` are the gemeente codes to include (regions, provinces and
    arrondissements share the file and must not be summed).
    """
    totals: dict[str, int] = {}
    for nis in nis_codes:
        new = to_2025(nis)
        totals[new] = totals.get(new, 0) + rows[nis].inwoners
    return totals


def gemeenten_2025(rows: Mapping[str, PopulationRow]) -> dict[str, int]:
    """Population per 2025 gemeente from a file with pre- or post-2025 codes.

    A merger counts from its old parts when the file has any code that
    disappeared on 1 January 2025 (a file from before 2025; Antwerpen kept its
    code but gained Borsbeek), else from its new code as it stands.
    """
    codes = [nis for nis in rows if is_gemeente(nis)]
    old_file = any(MERGERS_2025.get(nis, nis) != nis for nis in codes)
    if not old_file:
        return {nis: rows[nis].inwoners for nis in codes}
    return population_2025(rows, codes)


# -- the shipped reference and the resolution order --------------------------------------

def read_bundled(path: str = BUNDLED_FILE) -> dict[str, GemeentePopulation]:
    """The plugin's reference file by 2025 NIS code."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        out = {}
        for rec in reader:
            year = rec.get("referentiejaar") or ""
            out[rec["nis"]] = GemeentePopulation(rec["nis"], rec["naam"], int(rec["inwoners"]),
                                                 int(year) if year.isdigit() else None, rec.get("bron") or "")
    return out


def from_file(path: str, referentiejaar: int | None = None, bron: str | None = None) -> dict[str, GemeentePopulation]:
    """A population file as 2025 gemeenten (names as far as the file has them)."""
    rows = read_population_file(path)
    bundled = {}
    if os.path.exists(BUNDLED_FILE):
        bundled = read_bundled()
    out = {}
    for nis, inwoners in gemeenten_2025(rows).items():
        naam = bundled[nis].naam if nis in bundled else (rows[nis].naam if nis in rows else "")
        out[nis] = GemeentePopulation(nis, naam, inwoners, referentiejaar, bron or os.path.basename(path))
    return out


def parse_override(value) -> int:
    """An entered population (``18407``, ``18.407``); :class:`PopulationError` otherwise."""
    number = _int_value(value)
    if number is None or number <= 0:
        raise PopulationError("override", value="" if value is None else value)
    return number


def resolve(nis: str, naam: str = "", meta: Mapping[str, str] | None = None, path: str | None = None,
            referentiejaar: int | None = None) -> GemeentePopulation:
    """The population that sets ``nis``'s targets: override, else ``path``, else the shipped file.

    ``meta`` is the store's ``lekp_meta``.  Raises :class:`PopulationError`
    (code ``missing``) naming the gemeente when no source has it.
    """
    meta = meta or {}
    override = (meta.get("inwoners") or "").strip()
    if override:
        year = (meta.get("inwoners_referentiejaar") or "").strip()
        return GemeentePopulation(nis, naam or meta.get("gemeente_naam") or "", parse_override(override),
                                  int(year) if year.isdigit() else None,
                                  meta.get("inwoners_bron") or "manueel")
    table = from_file(path, referentiejaar) if path else read_bundled()
    found = table.get(nis)
    if found is None:
        raise PopulationError("missing", nis=nis, naam=naam or meta.get("gemeente_naam") or "?",
                              bron=os.path.basename(path) if path else "gemeenten_2025.csv")
    if naam and not found.naam:
        found = GemeentePopulation(nis, naam, found.inwoners, found.referentiejaar, found.bron)
    return found
