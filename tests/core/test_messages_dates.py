"""Dates in finding messages read as the forms show them: dd/mm/yyyy, in Dutch and in English."""

from __future__ import annotations

import datetime as dt

from lekp_plugin.core.validation.engine import validate_features


def test_english_findings_show_dates_like_the_forms():
    feature = {"id": "a", "geometry": None, "properties": {
        "id": "a", "categorie": "boom", "aard": "aanleg", "hoeveelheid": 1, "status": "uitgevoerd",
        "uitvoeringsdatum": "2020-03-31", "projectnaam": "P", "opgelegd": False, "bron": "manueel",
        "gemeente_nis": "71011"}}
    found = [f for f in validate_features([feature], today=dt.date(2024, 1, 1)) if f.code == "LEKP-D002"]
    assert found
    assert "31/03/2020" in found[0].message("en") and "01/01/2021" in found[0].message("en")
    assert "2020-03-31" not in found[0].message("en")
    assert "31/03/2020" in found[0].message("nl")
