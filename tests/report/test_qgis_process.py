"""``qgis_process.bin run lekp:progressreport`` with the packaged plugin: the PDF renders and says what it must."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from ..qgisrun import QGIS_PROCESS, enabled_profile, env_for
from .conftest import add, anchor, trees

pytestmark = pytest.mark.qgis_process


@pytest.fixture(scope="module")
def profile(tmp_path_factory, plugin_zip) -> Path:
    return enabled_profile(tmp_path_factory.mktemp("reportprofile"), plugin_zip)


def test_qgis_process_writes_pdf_and_csv_that_render_and_hold_targets(profile, make_store, tmp_path):
    store = make_store("71011", "diepenbeek")
    trees(store, 3)
    x, y = anchor(store)
    add(store, "verbeteringen_lijn", f"MULTILINESTRING (({x} {y + 30}, {x + 60} {y + 30}))", categorie="haag",
        hoeveelheid=60)
    add(store, "verbeteringen_vlak", f"MULTIPOLYGON ((({x} {y + 60}, {x + 40} {y + 60}, {x + 40} {y + 85}, "
        f"{x} {y + 85}, {x} {y + 60})))", categorie="ontharding", hoeveelheid=950.5)
    pdf, table, handover = tmp_path / "rapport.pdf", tmp_path / "tabel.csv", tmp_path / "pactportaal.csv"
    run = subprocess.run([QGIS_PROCESS, "--json", "run", "lekp:progressreport", "--", f"STORE={store}",
                          f"OUTPUT_PDF={pdf}", f"OUTPUT_CSV={table}", f"OUTPUT_HANDOVER={handover}",
                          "PEILDATUM=2026-06-15"], env=env_for(profile), capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    results = json.loads(run.stdout[run.stdout.find("{"):])["results"]
    assert results["OUTPUT_PDF"] == str(pdf) and results["FEATURES"] == 3
    assert table.exists() and handover.exists()

    pages = subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "pagina")],
                           capture_output=True, text=True, timeout=120)
    assert pages.returncode == 0, pages.stderr
    pngs = sorted(tmp_path.glob("pagina*.png"))
    assert len(pngs) == 2 and all(p.stat().st_size > 5000 for p in pngs)

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Diepenbeek" in text
    # each objective with its target and realised value, in Dutch notation
    for label, target, realised in (("Bomen", "19.090 stuks", "3 stuks"),
                                    ("Hagen en geveltuinen", "9.545 m", "60 m"),
                                    ("Natuurgroenperken", "19 stuks", "0 stuks"),
                                    ("Ontharding", "19.090 m²", "950,5 m²"),
                                    ("Hemelwateropvang", "19.090 m³", "0 m³")):
        assert re.search(rf"{label} +{re.escape(target)} +{re.escape(realised)} ", text), (label, text)
