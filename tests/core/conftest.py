"""Fixtures for the core tests: a well-formed feature factory for validation tests."""

from __future__ import annotations

import datetime as dt

import pytest
import shapely

#: A fixed "today" so that date rules do not depend on the day the tests run.
TODAY = dt.date(2026, 6, 15)
#: Somewhere in Herzele (EPSG:31370).
X0, Y0 = 115_000.0, 170_000.0


def good_properties(**overrides):
    props = {
        "gemeente_nis": "41027",
        "projectnaam": "Vergroening Markt",
        "categorie": "ontharding",
        "aard": "aanleg",
        "hoeveelheid": 50.0,
        "status": "uitgevoerd",
        "geplande_datum": None,
        "uitvoeringsdatum": "2023-05-01",
        "domein": "publiek",
        "opgelegd": False,
        "bron": "manueel",
    }
    props.update(overrides)
    return props


def box(x=0.0, y=0.0, w=10.0, h=10.0):
    """A w × h rectangle with its lower-left corner (x, y) metres from (X0, Y0)."""
    return shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h)


def feature(fid="f1", geometry="default", **props):
    return {"id": fid, "properties": good_properties(**props),
            "geometry": box() if geometry == "default" else geometry}


@pytest.fixture
def make_feature():
    return feature
