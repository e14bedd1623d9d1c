"""The 2025 merger map, checked against the published list."""

from lekp_plugin.core import mergers, population


def test_map_equals_published_csv(shared_data):
    text = (shared_data / "municipalities" / "fusies-2025.csv").read_text(encoding="utf-8")
    published = mergers.parse_fusies_csv(text)
    assert published == mergers.MERGERS_2025
    flemish_new = {new for old, new in published.items() if not old.startswith("8")}
    assert len(flemish_new) == 13


def test_old_codes_count_for_new_gemeente():
    assert mergers.to_2025("73006") == "73110"   # Bilzen → Bilzen-Hoeselt
    assert mergers.to_2025("11056") == "46030"   # Zwijndrecht crosses the province border
    assert mergers.to_2025("11002") == "11002"   # Antwerpen keeps its code
    assert mergers.to_2025("71011") == "71011"   # Diepenbeek did not merge
    assert mergers.is_disappeared("71022") and not mergers.is_disappeared("11002")
    assert mergers.merged_from("46030") == ["11056", "46003", "46013"]


def test_parser_rejects_line_without_new_code():
    import pytest

    with pytest.raises(ValueError, match="line 2"):
        mergers.parse_fusies_csv("Fuserende gemeenten,\tNieuwe gemeenten\nAntwerpen (11002)\n")


def test_flanders_has_285_gemeenten_after_merging(shared_data):
    rows = population.read_statbel_csv(
        str(shared_data / "population" / "statbel_bevolking_per_gemeente_2020_bmesuere.csv"))
    flemish_2019 = [nis for nis in rows
                    if nis.startswith(("1", "23", "24", "3", "4", "7")) and not nis.endswith("000")]
    assert len(flemish_2019) == 300
    totals = population.population_2025(rows, flemish_2019)
    assert len(totals) == 285
    assert totals["11002"] == rows["11002"].inwoners + rows["11007"].inwoners
    assert sum(totals.values()) == rows["02000"].inwoners
