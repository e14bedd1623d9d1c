"""The findings table's fast path (``report.table_rows``) gives what the Row path gives, value for value.

``lekp:validate`` writes tens of thousands of rows; ``table_rows`` renders
overlaps and duplicates straight from their templates, other messages once per
distinct (code, parameters), and sorts without a ``Row`` per finding.  These
tests hold it to ``[row.values(lang) for row in sort_rows(rows)]``: on the
engine's findings for the benchmark's sparse layer (every kind of finding it
makes), and on pair findings with awkward parameters the engine never makes.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from lekp_plugin.core.validation import Boundary, validate_arrays
from lekp_plugin.core.validation.findings import Finding, Severity
from lekp_plugin.core.validation.messages import pair_texts, render
from lekp_plugin.core.validation.report import Row, sort_rows, table_rows

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import bench_validate as bench  # noqa: E402


def row_path(findings, lang, laag, bron):
    n = len(bron)
    rows = sort_rows([Row(f) if f.index is None or f.index >= n else Row(f, laag[f.index], bron[f.index])
                      for f in findings])
    return [list(r.values(lang)) for r in rows]


@pytest.fixture(scope="module")
def sparse_findings():
    n = 4000
    data = bench.make_chunk(0, n, n)
    ids = data.pop("id").tolist()
    geoms = data.pop("geometry")
    findings = validate_arrays(ids, geoms, data, boundary=Boundary(bench.gemeente_boundary(n)), today=bench.TODAY)
    return n, findings


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_table_rows_equal_the_row_path_on_the_engines_findings(sparse_findings, lang):
    n, findings = sparse_findings
    codes = {f.code for f in findings}
    assert {"LEKP-O001", "LEKP-O002", "LEKP-G002", "LEKP-G005", "LEKP-D002", "LEKP-N001"} <= codes, codes
    # two layers, and a finding without a source (index out of range) sorts and shows as Row(f) does
    laag = ["verbeteringen_vlak" if k % 3 else "andere_laag" for k in range(n)]
    bron = list(range(1, n + 1))
    extra = [Finding(None, "LEKP-G001", Severity.ERROR, {"reason": "missing"}, None, n + 5),
             Finding("x", "LEKP-F001", Severity.ERROR, {"field": "status"}, None, None)]
    everything = findings + extra
    assert table_rows(everything, lang, laag, bron) == row_path(everything, lang, laag, bron)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_table_rows_equal_the_row_path_on_odd_pair_parameters(lang):
    rnd = random.Random(15)
    findings = []
    for k in range(3000):
        code = rnd.choice(["LEKP-O001", "LEKP-O002"])
        params = {"other_id": rnd.choice(["a0000000-0000-4000-8000-000000000001", None, "", "x\"é\n", 17]),
                  "other_source": rnd.choice(["batch", "reference", "ré\"f"])}
        if code == "LEKP-O001":
            params.update(overlap=rnd.choice([round(rnd.uniform(0, 5000), 2), 0.1, 1234567.89, 3, 0.005,
                                              None, "12", 1e22, 0.0]),
                          unit=rnd.choice(["m2", "m", "stuks", "parsec", None]))
        params["iou"] = rnd.choice([round(rnd.random(), 4), 1, 0.0, 0.99995, 0.00005, 1e-7])
        if rnd.random() < 0.05:
            params = dict(reversed(params.items()))  # another key order: the general path
        findings.append(Finding(None if k % 7 == 0 else f"f{k}", code,
                                Severity.WARNING if code == "LEKP-O001" else Severity.ERROR, params, None, k))
    laag = ["vlak"] * 3000
    bron = list(range(3000))
    assert table_rows(findings, lang, laag, bron) == row_path(findings, lang, laag, bron)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pair_texts_are_render(lang):
    text = pair_texts(lang)
    for overlap in (0.1, 2.5, 1234.56, 1e7, 0.004):
        for unit in ("m2", "m", "stuks"):
            params = {"other_id": "b", "other_source": "batch", "overlap": overlap, "unit": unit, "iou": 0.5}
            assert text("LEKP-O001", "b", overlap, unit) == render("LEKP-O001", params, lang)
    for iou in (0.9, 0.99995, 1.0, 0.91234):
        params = {"other_id": None, "other_source": "batch", "iou": iou}
        assert text("LEKP-O002", None, iou, None) == render("LEKP-O002", params, lang)
    assert text("LEKP-O001", "b", 3, "m2") is None, "an int: render decides"
    assert text("LEKP-O001", "b", float("nan"), "m2") is None
