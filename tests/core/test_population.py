"""The plugin's reference population: the shipped file, newer Statbel files, overrides, bad input."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from lekp_plugin.core import population as P

ROOT = Path(__file__).resolve().parents[2]
STATBEL_2020 = ("population", "statbel_bevolking_per_gemeente_2020_bmesuere.csv")


def read_dbf(path: Path) -> list[dict[str, object]]:
    """The records of a dBase file (enough for the boundary files: C and N fields), without GDAL."""
    data = path.read_bytes()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode()
        fields.append((name, chr(data[pos + 11]), data[pos + 16]))
        pos += 32
    out = []
    for i in range(count):
        rec = data[header_len + i * record_len: header_len + (i + 1) * record_len]
        off, row = 1, {}
        for name, kind, length in fields:
            raw = rec[off:off + length].decode("utf-8", "replace").strip()
            row[name] = int(raw) if kind == "N" and raw else raw
            off += length
        out.append(row)
    return out


def test_every_flemish_gemeente_of_the_2025_boundary_file_has_a_population(shared_data):
    records = read_dbf(shared_data / "municipalities" / "vl_bru_gemeente.dbf")
    codes = [P.nis_text(r["geoitem"]) for r in records]
    flemish = [c for c in codes if P.is_flemish(c)]
    assert len(flemish) == 285 and len(codes) == 304          # the other 19 are Brussels
    bundled = P.read_bundled()
    assert set(bundled) == set(flemish)
    assert sum(bundled[c].inwoners for c in flemish) == 6_629_143
    assert all(bundled[c].referentiejaar == 2020 and "Statbel" in bundled[c].bron for c in flemish)


def test_merged_gemeenten_are_summed_and_named(shared_data):
    rows = P.read_statbel_csv(str(shared_data.joinpath(*STATBEL_2020)))
    bundled = P.read_bundled()
    assert bundled["46030"].naam == "Beveren-Kruibeke-Zwijndrecht"
    assert bundled["46030"].inwoners == sum(rows[c].inwoners for c in ("46003", "46013", "11056"))
    assert bundled["11002"].inwoners == rows["11002"].inwoners + rows["11007"].inwoners
    assert bundled["11021"].naam == "Hove"                      # Statbel's "(Antwerpen)" dropped
    assert bundled["71011"].naam == "Diepenbeek" and bundled["71011"].inwoners == 19_090


def test_shipped_file_is_what_the_script_makes(shared_data):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_reference_data.py"), "--check",
                             "--population", str(shared_data.joinpath(*STATBEL_2020))],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_statbel_file_with_bom_semicolons_and_crlf(tmp_path):
    f = tmp_path / "bevolking.csv"
    f.write_bytes("\ufeffCD_REFNIS;TX_DESCR_NL;MS_POPULATION\r\n"
                  "71011;Diepenbeek;19.517\r\n73006;Bilzen;32000\r\n73032;Hoeselt;10000\r\n"
                  "02000;Vlaams Gewest;6821770\r\n\r\n".encode())
    table = P.from_file(str(f), 2024)
    assert table["71011"].inwoners == 19_517 and table["71011"].referentiejaar == 2024
    assert table["73110"].inwoners == 42_000 and table["73110"].naam == "Bilzen-Hoeselt"
    assert "02000" not in table and table["71011"].bron == "bevolking.csv"


def test_statbel_detail_table_rows_are_summed_per_gemeente(tmp_path):
    f = tmp_path / "TF_SOC_POP_STRUCT_2025.txt"
    f.write_text("CD_REFNIS|TX_DESCR_NL|CD_SEX|MS_POPULATION\n71011|Diepenbeek|M|9800\n"
                 "71011|Diepenbeek|F|9900\n73110|Bilzen-Hoeselt|M|21000\n73110|Bilzen-Hoeselt|F|21500\n",
                 encoding="utf-8")
    table = P.from_file(str(f))
    assert table["71011"].inwoners == 19_700
    assert table["73110"].inwoners == 42_500       # a 2025 file: the new code as it stands


def test_nis_codes_as_integers_and_as_text_with_leading_zeros(tmp_path):
    as_int = tmp_path / "int.csv"       # as the 2024 boundary file (Integer64)
    as_int.write_text("nis,inwoners\n71011,19090\n2000,6629143\n11007,10949\n11002,529247\n", encoding="utf-8")
    as_text = tmp_path / "text.csv"     # as the 2025 boundary file (strings)
    as_text.write_text('nis,inwoners\n"71011",19090\n"02000",6629143\n"011002",1\n', encoding="utf-8")
    a = P.read_population_file(str(as_int))
    assert a["02000"].inwoners == 6_629_143 and P.gemeenten_2025(a)["11002"] == 529_247 + 10_949
    with pytest.raises(P.PopulationError) as info:
        P.read_population_file(str(as_text))
    assert "regel 4" in info.value.message("nl") and "011002" in info.value.message("nl")
    assert P.nis_text(71011) == P.nis_text("71011") == P.nis_text(71011.0) == P.nis_text(" 71011 ") == "71011"
    assert P.nis_text(2000) == P.nis_text("02000") == "02000"
    assert P.nis_text(True) is None and P.nis_text("7101a") is None and P.nis_text(71011.5) is None


def test_gemeente_without_population_is_named():
    with pytest.raises(P.PopulationError) as info:
        P.resolve("21004", "Brussel")
    msg = info.value.message("nl")
    assert "Brussel (21004)" in msg and "doel is onbekend" in msg
    assert "Brussel (21004)" in info.value.message("en")


@pytest.mark.parametrize(("content", "code", "words"), [
    ("gemeente,mannen\nDiepenbeek,9000\n", "columns", ["gemeente, mannen", "NIS code"]),
    ("NIS code,Totaal\n71011,veel\n", "value", ["regel 2", "'veel'"]),
    ("NIS code,Totaal\n71011,-5\n", "value", ["regel 2"]),
    ("NIS code,Totaal\n", "empty", ["geen gemeenten"]),
])
def test_bad_population_files_give_a_message_with_line(tmp_path, content, code, words):
    f = tmp_path / "slecht.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(P.PopulationError) as info:
        P.read_population_file(str(f))
    assert info.value.code == code
    for word in words:
        assert word in info.value.message("nl")
    assert "slecht.csv" in info.value.message("nl")


def test_missing_file_and_cp1252_file(tmp_path):
    with pytest.raises(P.PopulationError, match="niet gevonden"):
        P.read_population_file(str(tmp_path / "nergens.csv"))
    f = tmp_path / "ansi.csv"
    f.write_bytes("NIS code;Woonplaats;Totaal\r\n11023;Kapellen (Antwerpen);26981\r\n42008;Hamme\xe9;1\r\n"
                  .encode("cp1252"))
    assert P.read_population_file(str(f))["42008"].naam == "Hamme\xe9"


def test_xlsx_as_statbel_publishes_it(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Bevolking per gemeente op 1 januari 2025"])     # a title above the table
    sheet.append([])
    sheet.append(["NIS-code", "Gemeente", "Mannen", "Vrouwen", "Totaal"])
    sheet.append([71011, "Diepenbeek", 9800, 9900, 19700])          # numbers, not text
    sheet.append([73110.0, "Bilzen-Hoeselt", 21000, 21500, 42500.0])
    sheet.append(["Bron: Statbel"])
    path = tmp_path / "bevolking.xlsx"
    book.save(path)
    table = P.from_file(str(path), 2025, "Statbel 2025")
    assert table["71011"].inwoners == 19_700 and table["73110"].inwoners == 42_500
    assert table["71011"].bron == "Statbel 2025"


def test_manual_override_from_the_store_meta_comes_first():
    meta = {"inwoners": "20.001", "inwoners_referentiejaar": "2025", "inwoners_bron": "eigen telling",
            "gemeente_naam": "Diepenbeek"}
    ref = P.resolve("71011", meta=meta)
    assert (ref.inwoners, ref.referentiejaar, ref.bron, ref.naam) == (20_001, 2025, "eigen telling", "Diepenbeek")
    assert P.resolve("71011").inwoners == 19_090
    with pytest.raises(P.PopulationError) as info:
        P.resolve("71011", meta={"inwoners": "twintigduizend"})
    assert "twintigduizend" in info.value.message("nl")
    with pytest.raises(P.PopulationError):
        P.parse_override("0")
