"""``lekp:progressreport`` in QGIS: each counting rule of SPEC §2 seen through the report, bad input."""

from __future__ import annotations

import csv
import io
import re

import pytest

from ..plugin.conftest import failure_message
from .conftest import add, anchor, run_report, trees


@pytest.fixture()
def diepenbeek(make_store):
    store = make_store("71011", "diepenbeek")
    trees(store, 3)                                          # the baseline: 3 trees realised
    return store


def test_baseline_report_has_targets_realised_and_renders(diepenbeek, tmp_path, provider):
    r = run_report(diepenbeek, tmp_path)
    assert r.results["FEATURES"] == 1 and r.results["ERRORS"] == 0
    bomen = r.row("bomen")
    assert (bomen["doel"], bomen["gerealiseerd"]) == ("19090", "3")
    assert r.row("hagen_geveltuinen")["doel"] == "9545"
    assert r.voortgang["naam"] == "Diepenbeek" and r.voortgang["inwoners"] == 19_090
    text = r.text()
    assert "Diepenbeek (NIS 71011)" in text and "19.090 inwoners" in text
    assert "19.090 stuks" in text and "3 stuks" in text and "9.545 m" in text and "19 stuks" in text
    assert r.pdf.read_bytes().startswith(b"%PDF")


def test_verwijdering_counts_negative(diepenbeek, tmp_path, provider):
    trees(diepenbeek, 1, dx=50, aard="verwijdering")
    r = run_report(diepenbeek, tmp_path)
    assert r.row("bomen")["gerealiseerd"] == "2"
    assert r.row("boom")["gerealiseerd"] == "2"
    assert next(h for h in r.handover if h["Parameter"] == "Boom")["Gerealiseerd"] == "2"


def test_opgelegd_is_shown_apart_and_not_counted(diepenbeek, tmp_path, provider):
    trees(diepenbeek, 2, dx=50, opgelegd=1)
    r = run_report(diepenbeek, tmp_path)
    assert (r.row("bomen")["gerealiseerd"], r.row("bomen")["opgelegd"]) == ("3", "2")
    assert next(h for h in r.handover if h["Parameter"] == "Boom")["Opgelegd"] == "2"


def test_gepland_is_a_forecast_in_its_year(diepenbeek, tmp_path, provider):
    trees(diepenbeek, 4, dx=50, status="gepland", uitvoeringsdatum=None, geplande_datum="2027-03-01")
    r = run_report(diepenbeek, tmp_path)
    assert (r.row("bomen")["gerealiseerd"], r.row("bomen")["gepland"]) == ("3", "4")
    assert r.goal("bomen")["reeks"]["gepland"] == [0, 0, 0, 0, 0, 0, 4, 4, 4, 4]
    assert r.goal("bomen")["reeks"]["gerealiseerd"] == [0, 0, 0, 3, 3, 3, 3, 3, 3, 3]


@pytest.mark.parametrize(("datum", "peildatum"), [("2020-12-31", "2026-06-15"), ("2031-01-02", "2031-06-01")])
def test_dates_outside_2021_2030_are_excluded(diepenbeek, tmp_path, provider, datum, peildatum):
    trees(diepenbeek, 2, dx=50, uitvoeringsdatum=datum)
    r = run_report(diepenbeek, tmp_path, PEILDATUM=peildatum)
    assert (r.row("bomen")["gerealiseerd"], r.row("bomen")["buiten_periode"]) == ("3", "2")


def test_old_nis_code_counts_for_the_merged_gemeente(make_store, tmp_path, provider):
    store = make_store("73110", "bilzen_hoeselt")
    trees(store, 2, gemeente_nis="73006")       # Bilzen, before the merger
    trees(store, 1, dx=50, gemeente_nis="73032")  # Hoeselt
    trees(store, 5, dx=90, gemeente_nis="71011")  # Diepenbeek: not this gemeente
    r = run_report(store, tmp_path)
    assert r.row("bomen")["gerealiseerd"] == "3"
    assert r.voortgang["andere_gemeente"] == 1
    assert r.voortgang["inwoners"] == 42_207 and r.voortgang["naam"] == "Bilzen-Hoeselt"
    assert "Bilzen-Hoeselt (NIS 73110)" in r.text()


def test_feature_with_an_error_is_shown_apart_and_not_counted(diepenbeek, tmp_path, provider):
    x, y = anchor(diepenbeek)
    # a natuurgroenperk of 3 m x 2 m: LEKP-A001 (smaller than 10 m²), an error
    add(diepenbeek, "verbeteringen_vlak", f"MULTIPOLYGON ((({x} {y + 40}, {x + 3} {y + 40}, {x + 3} {y + 42}, "
        f"{x} {y + 42}, {x} {y + 40})))", categorie="natuurgroenperk", hoeveelheid=1)
    # and a good one of 20 m²
    add(diepenbeek, "verbeteringen_vlak", f"MULTIPOLYGON ((({x} {y + 60}, {x + 5} {y + 60}, {x + 5} {y + 64}, "
        f"{x} {y + 64}, {x} {y + 60})))", categorie="natuurgroenperk", hoeveelheid=1)
    r = run_report(diepenbeek, tmp_path)
    perken = r.row("natuurgroenperken")
    assert (perken["gerealiseerd"], perken["met_fouten"]) == ("1", "1")
    assert r.results["ERRORS"] == 1
    # the table's row: target, realised, %, planned, imposed, outside the period, with errors
    assert re.search(r"Natuurgroenperken +19 stuks +1 stuks +5,2 % +0 stuks +0 stuks +0 stuks +1 stuks", r.text())


def test_grouped_feature_counts_its_entered_quantity(diepenbeek, tmp_path, provider):
    x, y = anchor(diepenbeek)
    # a geveltuin campaign over the gemeente: 250 m entered, drawn as a 50 m line that says where
    add(diepenbeek, "verbeteringen_lijn", f"MULTILINESTRING (({x} {y + 80}, {x + 50} {y + 80}))",
        categorie="geveltuin", hoeveelheid=250, gegroepeerd=1)
    # an ordinary hedge of 30 m counts its length
    add(diepenbeek, "verbeteringen_lijn", f"MULTILINESTRING (({x} {y + 90}, {x + 30} {y + 90}))",
        categorie="haag", hoeveelheid=30)
    r = run_report(diepenbeek, tmp_path)
    assert r.row("geveltuin")["gerealiseerd"] == "250" and r.row("haag")["gerealiseerd"] == "30"
    assert r.row("hagen_geveltuinen")["gerealiseerd"] == "280"
    assert r.row("hagen_geveltuinen")["met_fouten"] == "0"
    assert "280 m" in r.text()


def test_toelichting_from_the_store_in_pdf_and_handover(diepenbeek, tmp_path, provider):
    from lekp_plugin.report.storedata import write_meta

    write_meta(diepenbeek, {"toelichting.bomen": "Bomenplan 2023: 400 bomen in de Stationsstraat"})
    r = run_report(diepenbeek, tmp_path)
    assert "Bomenplan 2023: 400 bomen in de Stationsstraat" in r.text()
    boom = next(h for h in r.handover if h["Parameter"] == "Boom")
    assert boom["Toelichting"] == "Bomenplan 2023: 400 bomen in de Stationsstraat" and boom["NIS-code"] == "71011"


def test_manual_population_override_from_the_store(diepenbeek, tmp_path, provider):
    from lekp_plugin.report.storedata import write_meta

    write_meta(diepenbeek, {"inwoners": "20000", "inwoners_referentiejaar": "2025", "inwoners_bron": "eigen telling"})
    r = run_report(diepenbeek, tmp_path)
    assert r.row("bomen")["doel"] == "20000" and "eigen telling" in r.text()
    r = run_report(diepenbeek, tmp_path, INWONERS=21000)
    assert r.row("bomen")["doel"] == "21000"


def test_gemeente_without_population_renders_with_doel_onbekend(make_store, tmp_path, provider):
    store = make_store("21004", "brussel")        # Brussels: not in the Flemish reference data
    trees(store, 2)
    r = run_report(store, tmp_path)
    assert any("Brussel (21004)" in m and "doel is onbekend" in m for m in r.messages)
    assert r.row("bomen")["doel"] == "" and r.row("bomen")["gerealiseerd"] == "2"
    text = r.text()
    assert "doel onbekend" in text and "Brussel (21004)" in text


def test_newer_statbel_file_with_bom_semicolons_crlf(diepenbeek, tmp_path, provider):
    f = tmp_path / "bevolking_2025.csv"
    f.write_bytes("\ufeffCD_REFNIS;TX_DESCR_NL;MS_POPULATION\r\n71011;Diepenbeek;19.650\r\n".encode())
    r = run_report(diepenbeek, tmp_path, POPULATION=str(f))
    assert r.row("bomen")["doel"] == "19650"


def test_english_report(diepenbeek, tmp_path, provider):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    pdf, table = tmp_path / "en.pdf", tmp_path / "en.csv"
    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:progressreport")
    params = {"STORE": diepenbeek, "OUTPUT_PDF": str(pdf), "OUTPUT_CSV": str(table), "LANGUAGE": "en"}
    _results, ok = alg.run(params, QgsProcessingContext(), QgsProcessingFeedback(), {}, False)
    assert ok
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert next(r for r in rows if r["code"] == "hagen_geveltuinen")["target"] == "9545"
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "progress report" in text and "19,090 pieces" in text and "9,545 m" in text


@pytest.mark.parametrize(("params", "words"), [
    ({"STORE": "/nergens/opslag.gpkg"}, ["bestaat niet"]),
    ({"PEILDATUM": "15/06/2026"}, ["15/06/2026", "JJJJ-MM-DD"]),
    ({"POPULATION": "/nergens/bevolking.csv"}, ["bevolkingsbestand", "bestaat niet"]),
    ({"OUTPUT_PDF": "/tmp/rapport.png"}, [".pdf"]),
    ({"LANGUAGE": "fr"}, ["fr"]),
])
def test_bad_parameters_are_refused_with_a_dutch_message(diepenbeek, tmp_path, provider, params, words):
    full = {"STORE": diepenbeek, "OUTPUT_PDF": str(tmp_path / "r.pdf"), **params}
    message = failure_message("lekp:progressreport", full)
    assert message is not None
    for word in words:
        assert word.lower() in message.lower()


def test_bad_population_file_names_the_line(diepenbeek, tmp_path, provider):
    f = tmp_path / "slecht.csv"
    f.write_text("NIS code;Totaal\n71011;negentienduizend\n", encoding="utf-8")
    message = failure_message("lekp:progressreport", {"STORE": diepenbeek, "OUTPUT_PDF": str(tmp_path / "r.pdf"),
                                                      "POPULATION": str(f)})
    assert message is not None and "regel 2" in message and "negentienduizend" in message


def test_population_from_the_registry_gemeenten_collection(diepenbeek, tmp_path, provider, boundaries_2025):
    from lekp_registry.gemeenten import load_gemeenten
    from tests.registry.conftest import start_registry, stop_registry

    reg = start_registry(str(tmp_path / "register.sqlite"))
    try:
        population = tmp_path / "statbel_2024.csv"
        population.write_text("NIS code,Woonplaats,Totaal\n71011,Diepenbeek,19650\n", encoding="utf-8")
        load_gemeenten(reg.store, str(boundaries_2025), str(population), 2024, "Statbel 2024")
        r = run_report(diepenbeek, tmp_path, REGISTRY_URL=reg.url)
        assert r.row("bomen")["doel"] == "19650"
        assert r.voortgang["referentiejaar"] == 2024 and reg.url in r.voortgang["bron_inwoners"]
        # a gemeente the registry has without population: named, and the report says "doel onbekend"
        brussel = tmp_path / "brussel.gpkg"
        from lekp_plugin.store.geopackage import create_store

        create_store(str(brussel), "21004", str(boundaries_2025))
        r = run_report(str(brussel), tmp_path, REGISTRY_URL=reg.url)
        assert r.row("bomen")["doel"] == "" and any("21004" in m for m in r.messages)
    finally:
        stop_registry(reg)
    message = failure_message("lekp:progressreport", {"STORE": diepenbeek, "OUTPUT_PDF": str(tmp_path / "x.pdf"),
                                                      "REGISTRY_URL": reg.url})
    assert message is not None and "register" in message and "71011" in message
