"""Mapping profiles: JSON round trip, saved profiles, rule kinds, clear messages for bad ones."""

from __future__ import annotations

import json

import pytest

from lekp_plugin.imports.messages import ImportFault
from lekp_plugin.imports.pipeline import prepare_import
from lekp_plugin.imports.profiles import (
    DEFAULT_NAME,
    default_profile,
    list_profiles,
    load_profile,
    profile_file_name,
    profile_from_dict,
    resolve_profile,
    save_profile,
)

from .conftest import TODAY


@pytest.mark.parametrize(("layer", "expected"), [
    ("BOMEN", "boom"), ("01-BOMEN", "boom"), ("Hoogstam", "boom"), ("V_BOOM", "boom"),
    ("HAAG", "haag"), ("HAGEN_NIEUW", "haag"), ("GROEN", "natuurgroenperk"), ("GAZON", "natuurgroenperk"),
    ("PLANTVAK", "natuurgroenperk"), ("ONTHARDING", "ontharding"), ("BUFFER", "hemelwater_buffer"),
    ("INFILTRATIE", "hemelwater_infiltratie"), ("REGENWATER", "hemelwater_hergebruik"),
    ("KADASTER", None), ("TEKST", None), ("MAATLIJN", None), ("VERHARDING", None), ("0", None),
    ("BOOM_TEKST", None), ("BOOMGRENS", None),
])
def test_default_profile_layer_names(layer, expected):
    rule = default_profile().match(layer, None, "LWPOLYLINE", {})
    assert (rule.categorie if rule and not rule.negeren else None) == expected


def test_default_profile_ignores_texts_on_a_tree_layer():
    rule = default_profile().match("BOMEN", None, "TEXT", {})
    assert rule is not None and rule.negeren


def test_hemelwater_is_imposed_by_default_the_rest_is_the_officers_choice():
    p = default_profile()
    assert p.match("BUFFER", None, "INSERT", {}).opgelegd is True
    assert p.match("BOMEN", None, "INSERT", {}).opgelegd is None


def test_json_round_trip_and_saved_profiles(tmp_path):
    p = default_profile()
    p.naam = "Genk 2026"
    path = tmp_path / "profielen" / profile_file_name(p.naam)
    save_profile(p, str(path))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["lekp_importprofiel"] == 1 and doc["naam"] == "Genk 2026"
    again = load_profile(str(path))
    assert again.to_dict() == p.to_dict()
    assert list_profiles(str(path.parent)) == {"Genk 2026": str(path)}
    assert resolve_profile("Genk 2026", str(path.parent)).naam == "Genk 2026"
    assert resolve_profile(str(path)).naam == "Genk 2026"
    assert resolve_profile("", str(path.parent)).naam == DEFAULT_NAME
    with pytest.raises(ImportFault) as err:
        resolve_profile("Hasselt", str(path.parent))
    assert "Hasselt" in err.value.message("nl") and "Genk 2026" in err.value.message("nl")


@pytest.mark.parametrize(("rule", "fragment"), [
    ({"patroon": "X", "categorie": "bomen"}, "'categorie' 'bomen' is onbekend"),
    ({"patroon": "(", "categorie": "boom"}, "ongeldige reguliere expressie"),
    ({"patroon": "X", "categorie": "boom", "soort": "fuzzy"}, "'soort' moet een van exact, glob, regex"),
    ({"patroon": "X", "bron": "attribuut", "categorie": "boom"}, "'veld' is nodig"),
    ({"patroon": "X", "categorie": "boom", "hoeveelheid": "veel"}, "'hoeveelheid' moet"),
    ({"patroon": "X", "categorie": "boom", "kleur": 3}, "onbekende sleutel(s) kleur"),
])
def test_invalid_rules_are_named(rule, fragment):
    with pytest.raises(ImportFault) as err:
        profile_from_dict({"naam": "x", "regels": [{"patroon": "A", "negeren": True}, rule]}, "x.json")
    assert "regel 2" in err.value.message("nl") and fragment in err.value.message("nl")


def test_json_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "kapot.json"
    path.write_text('{"naam": "x",\n "regels": [\n}', encoding="utf-8")
    with pytest.raises(ImportFault) as err:
        load_profile(str(path))
    assert "regel 3" in err.value.message("nl")


def test_glob_exact_block_and_attribute_rules_and_fixed_values(plan, store):
    profile = profile_from_dict({"naam": "gemeente X", "standaard": {"status": "uitgevoerd",
                                                                       "uitvoeringsdatum": "2025-03-01"},
                                 "regels": [
        {"bron": "attribuut", "veld": "SOORT", "patroon": "Quercus*", "soort": "glob",
         "categorie": "boom", "projectnaam": "Eiken"},
        {"bron": "blok", "patroon": "boom", "soort": "exact", "categorie": "boom"},
        {"patroon": "HAAG", "soort": "exact", "categorie": "haag", "aard": "verwijdering"},
        {"patroon": "BUFFER", "categorie": "hemelwater_buffer", "hoeveelheid": 12.5, "opgelegd": False},
    ]})
    p = prepare_import(str(plan), str(store), profile=profile, today=TODAY)
    counts = p.counts()
    assert counts["boom"].objecten == 18
    assert sum(1 for c in p.candidates if c.properties["projectnaam"] == "Eiken") == 3
    assert counts["haag"].telt == pytest.approx(-50.71, abs=0.05)  # removal counts negative
    assert counts["hemelwater_buffer"].telt == 12.5
    assert all(c.properties["status"] == "uitgevoerd" and c.properties["uitvoeringsdatum"] == "2025-03-01"
               for c in p.candidates)
    assert not any(c.has_error for c in p.candidates)
    # everything the profile does not know is counted per layer, not imported
    assert p.unrecognised["GROEN"] == 4 and p.unrecognised["KADASTER"] == 4
