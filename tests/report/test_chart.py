"""The report's chart: matplotlib PNG when present, the plugin's own SVG otherwise."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from shapely import Point

from lekp_plugin.core.progress import voortgang
from lekp_plugin.report import chart


def sample(inwoners=19_090):
    feats = [{"id": str(i), "properties": {"categorie": "boom", "hoeveelheid": 1, "status": "uitgevoerd",
                                           "uitvoeringsdatum": f"{2021 + i % 4}-06-01", "aard": "aanleg"},
              "geometry": Point(i, 0)} for i in range(40)]
    return voortgang(feats, "71011", inwoners)


def test_svg_without_matplotlib(tmp_path, monkeypatch):
    monkeypatch.setattr(chart, "has_matplotlib", lambda: False)
    path = chart.render(sample(), str(tmp_path / "grafiek"), "nl")
    assert path.endswith(".svg")
    root = ET.parse(path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}polyline")) == 10           # realised and with-planned, five objectives
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "Bomen (stuks)" in texts and "Ontharding (m²)" in texts and "20.999,2" not in texts
    assert "5.000" in texts and "20.000" in texts                                # round ticks, Dutch notation
    unknown = chart.render_svg(sample(None), str(tmp_path / "onbekend.svg"), "nl")
    assert "doel onbekend" in open(unknown, encoding="utf-8").read()


def test_png_with_matplotlib(tmp_path):
    if not chart.has_matplotlib():
        import pytest

        pytest.skip("matplotlib is not installed in this Python")
    path = chart.render(sample(), str(tmp_path / "grafiek"), "en")
    with open(path, "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"


def test_nice_ticks():
    assert chart.nice_ticks(0, 20_617) == [0, 5000, 10000, 15000, 20000]
    assert chart.nice_ticks(0, 20.6) == [0, 5, 10, 15, 20]
    assert chart.nice_ticks(-3, 11) == [0, 5, 10]
    assert chart.nice_ticks(0, 1.08) == [0, 0.25, 0.5, 0.75, 1.0]
