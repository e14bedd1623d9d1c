"""Targets with exact values and display rounding (SPEC §2, issue 2 acceptance)."""

from fractions import Fraction

import pytest

from lekp_plugin.core import population, targets


def test_herzele():
    t = targets.targets(18_407)
    assert t["bomen"].exact == 18_407 and t["bomen"].display == 18_407
    assert t["hagen_geveltuinen"].exact == Fraction(18_407, 2)
    assert targets.exact_text(t["hagen_geveltuinen"].exact) == "9203.5"
    assert targets.exact_text(t["hagen_geveltuinen"].exact, "nl") == "9203,5"
    assert t["hagen_geveltuinen"].display == 9 and t["hagen_geveltuinen"].display_unit == "km"
    assert t["hagen_geveltuinen"].display_text("nl") == "9 km"
    assert t["natuurgroenperken"].exact == Fraction(18_407, 1000)
    assert t["natuurgroenperken"].display == 18
    assert t["ontharding"].exact == 18_407 and t["ontharding"].unit == "m2"
    assert t["ontharding"].display_text("nl") == "18.407 m²"
    assert t["hemelwater"].exact == 18_407 and t["hemelwater"].display_text("en") == "18,407 m³"


def test_flemish_check_from_spec():
    assert targets.target("natuurgroenperken", 6_600_000).display == 6_600


def test_vlaams_gewest_row_of_statbel_file(shared_data):
    rows = population.read_statbel_csv(
        str(shared_data / "population" / "statbel_bevolking_per_gemeente_2020_bmesuere.csv"))
    gewest = rows["02000"]
    assert gewest.naam == "Vlaams Gewest" and gewest.inwoners == 6_629_143
    t = targets.target("natuurgroenperken", gewest.inwoners)
    assert t.display == 6_629
    assert targets.exact_text(t.exact) == "6629.143"


@pytest.mark.parametrize("bad", [-1, 1.5, "18407", None, True])
def test_bad_population_is_refused(bad):
    with pytest.raises(ValueError):
        targets.target("bomen", bad)


def test_display_rounds_down_not_to_nearest():
    assert targets.target("natuurgroenperken", 18_999).display == 18
    assert targets.target("hagen_geveltuinen", 1_999).display == 0  # 999.5 m → 0 km
