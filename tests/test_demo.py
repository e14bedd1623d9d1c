"""The README's demo command runs end to end and shows what it promises."""

from __future__ import annotations

import os
import subprocess

from .conftest import ROOT


def test_demo_command(shared_data, tmp_path):
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "demo.sh")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)
    out = proc.stdout
    assert proc.returncode == 0, out[-4000:] + proc.stderr[-4000:]
    assert "GEMEENTE_NAAM:\tDiepenbeek" in out                       # store through qgis_process
    for code in ("LEKP-G002: 1", "LEKP-A001: 1", "LEKP-D002: 1"):   # validation through qgis_process
        assert code in out
    # sync through qgis_process: five sent, the three with errors held back with their findings
    assert "PUSHED:\t5" in out and "HELD_BACK:\t3" in out
    for code in ("LEKP-G002", "LEKP-A001", "LEKP-D002"):
        assert any(line.startswith("Tegengehouden") and code in line for line in out.splitlines())
    # a concurrent edit: detected as a conflict, resolved by merging, then sent
    assert "CONFLICTS:\t1" in out and "Opgelost door samenvoegen" in out
    assert "v3  Ontharding schoolplein (fase 1)" in out                  # the registry's progress
    assert "Voortgang van Diepenbeek volgens het register" in out
    assert "Natuurgroenperken            19 stuks" in out             # targets
    assert (ROOT / ".demo" / "validatierapport.html").exists()
    # a verkavelingsplan imported through qgis_process; the second import counts nothing twice
    assert "Import (eerste keer): 26 nieuw" in out and "Import (tweede keer): 0 nieuw" in out
    assert "Genegeerd per laag: KADASTER: 4, MAATLIJN: 2, TEKST: 3" in out
    assert "PUSHED:\t26" in out                                          # the plan reaches the registry
    # the progress report for the gemeenteraad, through qgis_process
    assert (ROOT / ".demo" / "voortgangsrapport.pdf").stat().st_size > 10_000
    assert (ROOT / ".demo" / "pactportaal.csv").exists()
    assert any(line.startswith("Bomen") and "19090" in line for line in out.splitlines())
