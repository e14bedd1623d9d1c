"""The catalogue and the feature schema as data (SPEC §2, §3)."""

from fractions import Fraction

import pytest

from lekp_plugin.core import catalogue, schema


def test_five_objectives_eight_parameters():
    assert set(catalogue.OBJECTIVES) == {"bomen", "hagen_geveltuinen", "natuurgroenperken",
                                         "ontharding", "hemelwater"}
    assert len(catalogue.PARAMETERS) == 8
    for p in catalogue.PARAMETERS.values():
        assert p.objective in catalogue.OBJECTIVES
        assert p.unit == catalogue.OBJECTIVES[p.objective].unit
        assert p.label("nl") and p.label("en")


@pytest.mark.parametrize(("objective", "norm", "unit"), [
    ("bomen", Fraction(1), "stuks"),
    ("hagen_geveltuinen", Fraction(1, 2), "m"),
    ("natuurgroenperken", Fraction(1, 1000), "stuks"),
    ("ontharding", Fraction(1), "m2"),
    ("hemelwater", Fraction(1), "m3"),
])
def test_norms_and_units(objective, norm, unit):
    obj = catalogue.OBJECTIVES[objective]
    assert obj.norm == norm
    assert obj.unit == unit


@pytest.mark.parametrize(("categorie", "geometry_type", "parts", "allowed"), [
    ("boom", "Point", 1, True),
    ("boom", "MultiPoint", 5, True),
    ("boom", "LineString", 1, False),
    ("haag", "LineString", 1, True),
    ("haag", "Polygon", 1, True),
    ("haag", "MultiPolygon", 1, True),    # one part: judged as its Polygon
    ("haag", "MultiPolygon", 2, False),
    ("haag", "Point", 1, False),
    ("geveltuin", "Point", 1, True),
    ("geveltuin", "MultiPoint", 1, True),
    ("geveltuin", "MultiPoint", 3, False),
    ("natuurgroenperk", "MultiPolygon", 4, True),
    ("natuurgroenperk", "Point", 1, False),
    ("ontharding", "LineString", 1, False),
    ("hemelwater_hergebruik", "Point", 1, True),
    ("hemelwater_hergebruik", "LineString", 1, False),
    ("hemelwater_infiltratie", "LineString", 1, True),
    ("hemelwater_buffer", "MultiLineString", 1, False),
])
def test_geometry_types(categorie, geometry_type, parts, allowed):
    assert catalogue.geometry_type_allowed(categorie, geometry_type, parts) is allowed


def test_schema_fields_match_spec():
    expected = ["id", "gemeente_nis", "projectnaam", "categorie", "aard", "hoeveelheid", "status",
                "geplande_datum", "uitvoeringsdatum", "domein", "opgelegd", "bron", "bron_bestand",
                "bron_sha256", "bron_sleutel", "gegroepeerd", "toelichting", "aangemaakt_op",
                "aangemaakt_door", "gewijzigd_op", "gewijzigd_door", "versie"]
    assert list(schema.FIELD_NAMES) == expected
    f = schema.FIELDS_BY_NAME
    assert f["categorie"].choices == tuple(catalogue.PARAMETERS)
    assert f["aard"].choices == ("aanleg", "verwijdering") and f["aard"].default == "aanleg"
    assert f["status"].choices == ("gepland", "uitgevoerd")
    assert f["opgelegd"].default is False
    assert f["projectnaam"].max_length == 200
    assert {x.name for x in schema.FIELDS if x.system} == {
        "aangemaakt_op", "aangemaakt_door", "gewijzigd_op", "gewijzigd_door", "versie"}


def test_new_ids_are_uuid4():
    import uuid

    a, b = schema.new_id(), schema.new_id()
    assert a != b
    assert uuid.UUID(a).version == 4
    assert schema.defaults()["aard"] == "aanleg"


def test_wire_round_trip_keeps_bad_values_for_validation():
    import datetime as dt

    props = {"id": "x", "uitvoeringsdatum": dt.date(2024, 5, 1), "opgelegd": 1,
             "geplande_datum": "31/02/2023", "onbekend": 3}
    wire = schema.to_wire(props)
    assert wire == {"id": "x", "uitvoeringsdatum": "2024-05-01", "opgelegd": True,
                    "geplande_datum": "31/02/2023"}
    known, unknown = schema.from_wire({**wire, "onbekend": 3})
    assert unknown == ["onbekend"] and known == wire


def test_geometry_families_cover_every_allowed_type():
    allowed = set().union(*(p.geometry_types for p in catalogue.PARAMETERS.values()))
    for t in allowed:
        assert schema.family_of(t).layer_type.endswith(t.replace("Multi", ""))
