"""Acceptance table: every file in ../shared/data/dxf and ../shared/data/trees_green.

Each file either imports or stops with a clear Dutch message (an
:class:`ImportFault`, never another exception), and a failed import leaves the
store exactly as it was.  None of these files is a Flemish plan: with the
default profile nothing on them is recognised (they are drawn on layer ``0``
and other non-plan layers); with a profile that takes every feature they are
refused by the CRS rule (local drawing coordinates, a Chinese zone-prefixed
grid, a drawing placed in the British grid by GEODATA).
"""

from __future__ import annotations

import pytest

from lekp_plugin.imports.messages import ImportFault
from lekp_plugin.imports.pipeline import prepare_import
from lekp_plugin.imports.profiles import profile_from_dict
from lekp_plugin.imports.readers import read_source

from .conftest import TODAY, outbox, store_rows

EVERYTHING = profile_from_dict({"naam": "alles", "regels": [
    {"patroon": ".*", "categorie": "boom", "geometrie": "punt"}]})

# file → (records read, ezdxf's count per type, default-profile outcome, take-everything outcome)
DXF_TABLE = {
    "ezdxf/Leica_Disto_S910.dxf": (32, {"POINT": 11, "LINE": 10, "TEXT": 11}, "nothing_mapped", "g004/local"),
    "ezdxf/POLI-ALL210_12.DXF": (31, {"POLYLINE": 30, "3DFACE": 1}, "nothing_mapped", "g004/local"),
    "ezdxf/custom_blocks.dxf": (5, {"LWPOLYLINE": 1, "CIRCLE": 1, "INSERT": 3}, "nothing_mapped", "g004/local"),
    "ezdxf/hatch_issues.dxf": (12, {"CIRCLE": 8, "HATCH": 4}, "nothing_mapped", "g004/local"),
    "ezdxf/hatches_1.dxf": (32, {"LWPOLYLINE": 16, "HATCH": 10, "ARC": 6}, "nothing_mapped", "g004/local"),
    "ezdxf/houses_of_parliament_georeferenced.dxf": (1, {"LWPOLYLINE": 1}, "g004_geodata", "g004_geodata"),
    # one MINSERT of 5 × 5 flags: 25 points
    "ezdxf/multi_insert_with_attribs.dxf": (25, {"INSERT": 1}, "nothing_mapped", "g004/local"),
    # damaged: GDAL alone returns the 63 TEXTs and drops the 1441 LINEs; recovered with ezdxf
    "ezdxf/recover01.dxf": (1504, {"LINE": 1441, "TEXT": 63}, "nothing_mapped", "g004/local"),
    "gdal_autotest/closed_polyline_with_bulge.dxf": (1, {"LWPOLYLINE": 1}, "nothing_mapped", "g004/gauss_kruger"),
    "gdal_autotest/insert_only.dxf": (1, {"INSERT": 1}, "nothing_mapped", "g004/local"),
}

# file → (fault code, text the Dutch message contains, text the English one contains)
TREES_TABLE = {
    "schaerbeek_primes_facadevert_nested.geojson": (
        "nested_collection", "geen objecten: een FeatureCollection genest in een FeatureCollection",
        "no features: a FeatureCollection nested inside a FeatureCollection"),
    "gent_straatbomen_per_straat_2011_yql_truncated.json": (
        "json_parse", "op regel 20, kolom 1", "at line 20, column 1"),
    "schaerbeek_primes_facadevert_ORIGINAL.js": (
        "unknown_format", "geen bestand dat de import kent", "not a file the import knows"),
}


def test_the_tables_cover_every_file(shared_data):
    dxf = {p.relative_to(shared_data / "dxf").as_posix() for p in (shared_data / "dxf").rglob("*")
           if p.is_file()}
    trees = {p.name for p in (shared_data / "trees_green").iterdir()}
    assert dxf == set(DXF_TABLE)
    assert trees == set(TREES_TABLE)


def _outcome(exc: ImportFault) -> str:
    return f"{exc.code}/{exc.params['hint']}" if exc.code == "g004" else exc.code


@pytest.mark.parametrize("name", sorted(DXF_TABLE))
def test_dxf_file(name, shared_data, store):
    path = shared_data / "dxf" / name
    records, counts, default_outcome, everything_outcome = DXF_TABLE[name]
    data = read_source(str(path))
    assert len(data) == records
    assert dict(data.scanned) == counts
    assert not data.not_read  # everything ezdxf counted was read (after recovery where needed)
    before, before_outbox = store_rows(store), outbox(store)
    for profile, expected in ((None, default_outcome), (EVERYTHING, everything_outcome)):
        with pytest.raises(ImportFault) as err:
            prepare_import(str(path), str(store), profile=profile, today=TODAY)
        assert _outcome(err.value) == expected, err.value.message()
        assert err.value.message("nl") and err.value.message("en")
    assert store_rows(store) == before and outbox(store) == before_outbox


def test_recover01_is_recovered_not_silently_partial(shared_data):
    data = read_source(str(shared_data / "dxf" / "ezdxf" / "recover01.dxf"))
    assert data.recovered and data.recovered_fixes > 0
    kinds = [g.geom_type for g in data.geoms]
    assert kinds.count("LineString") == 1441 and kinds.count("Point") == 63


def test_recover01_without_recovery_is_refused_naming_the_lines(shared_data, monkeypatch):
    """When recovery cannot help, the import stops and names the 1441 LINEs GDAL dropped."""
    from lekp_plugin.imports import dxfscan

    def no_recovery(path, target):
        raise RuntimeError("herstel mislukt")

    monkeypatch.setattr(dxfscan, "recover_copy", no_recovery)
    with pytest.raises(ImportFault) as err:
        read_source(str(shared_data / "dxf" / "ezdxf" / "recover01.dxf"))
    assert err.value.code == "dxf_unread"
    assert "1441 LINE" in err.value.message("nl") and "1441 LINE" in err.value.message("en")


@pytest.mark.parametrize("crs", [None, "EPSG:31370", "EPSG:27700", "EPSG:3812"])
def test_houses_of_parliament_refused_with_g004_whatever_the_crs(crs, shared_data, store):
    path = shared_data / "dxf" / "ezdxf" / "houses_of_parliament_georeferenced.dxf"
    with pytest.raises(ImportFault) as err:
        prepare_import(str(path), str(store), profile=EVERYTHING, crs=crs, today=TODAY)
    for lang in ("nl", "en"):
        text = err.value.message(lang)
        assert "LEKP-G004" in text and "GEODATA" in text and "EPSG:27700" in text


def test_minsert_expanded_with_block_name_and_attributes(shared_data):
    data = read_source(str(shared_data / "dxf" / "ezdxf" / "multi_insert_with_attribs.dxf"))
    assert set(data.block) == {"FLAG"}
    assert len(set(data.keys)) == 25  # one key per array cell
    assert data.attrs[0]["NAME"] == "Flag"
    assert len({(round(g.x, 3), round(g.y, 3)) for g in data.geoms}) == 25


def test_inserts_are_points_not_inlined_blocks(shared_data):
    data = read_source(str(shared_data / "dxf" / "gdal_autotest" / "insert_only.dxf"))
    assert data.geoms[0].geom_type == "Point" and data.block[0] == "STAR"


def test_bulges_become_arcs(shared_data):
    data = read_source(str(shared_data / "dxf" / "gdal_autotest" / "closed_polyline_with_bulge.dxf"))
    line = data.geoms[0]
    # a closed polyline of 8 vertices, 3 with bulges: GDAL interpolates the arcs
    assert len(line.coords) > 20
    assert line.coords[0] == pytest.approx(line.coords[-1], abs=1e-6)

    from lekp_plugin.imports.pipeline import _shape
    from lekp_plugin.imports.profiles import Rule

    assert _shape(line, Rule(".*", categorie="natuurgroenperk", geometrie="vlak"),
                  "natuurgroenperk").geom_type == "Polygon"


@pytest.mark.parametrize("name", sorted(TREES_TABLE))
def test_trees_green_file(name, shared_data, store):
    code, nl, en = TREES_TABLE[name]
    before = store_rows(store)
    with pytest.raises(ImportFault) as err:
        prepare_import(str(shared_data / "trees_green" / name), str(store), today=TODAY)
    assert err.value.code == code
    assert nl in err.value.message("nl") and en in err.value.message("en")
    assert store_rows(store) == before


def test_quick_count_agrees_with_ezdxf_on_every_sample(shared_data, tmp_path):
    """The regex count the import tries first finds what ezdxf's tag loader finds."""
    import verkavelingsplan

    from lekp_plugin.imports import dxfscan

    files = sorted((shared_data / "dxf").rglob("*.*"))
    files.append(verkavelingsplan.make_plan(str(tmp_path / "plan.dxf")))
    for path in files:
        quick, full = dxfscan.quick_scan(str(path)), dxfscan.scan(str(path))
        assert [(e.type, e.handle, e.layer, e.colour) for e in quick.entities] == \
               [(e.type, e.handle, e.layer, e.colour) for e in full.entities], path
        assert quick.geodata == full.geodata, path
