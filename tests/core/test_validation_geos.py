"""GEOS's own validity suite through LEKP-G002.

Reads ``../shared/data/invalid_geometry/geos_TestValid.xml`` (87 cases, 51
expected invalid, NaN ordinates included) and ``geos_TestIsValid.xml`` (3 hard
near-touching valid cases) from beside the repository, unmodified.  Every
polygonal case GEOS expects invalid must yield LEKP-G002 with a valid
polygonal repair (or none at all, for collapsed polygons); every valid one
must yield no LEKP-G002.  The cases are validated at their own coordinates,
which lie outside Flanders: LEKP-G004 fires too, and does not change whether
LEKP-G002 does.
"""

from __future__ import annotations

import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shapely

from lekp_plugin.core.validation import geometry, repair_geometry, validate_features

from .conftest import good_properties

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "invalid_geometry"
FILES = ("geos_TestValid.xml", "geos_TestIsValid.xml")
POLYGONAL = ("Polygon", "MultiPolygon")


def _cases():
    if not all((DATA / name).is_file() for name in FILES):
        yield pytest.param(None, None, None, id="geos-suite-absent", marks=pytest.mark.skip(
            reason=f"GEOS test suite not found in {DATA} (it sits beside the repo as ../shared/data)"))
        return
    for name in FILES:
        for k, case in enumerate(ET.parse(DATA / name).getroot().iter("case")):
            desc = " ".join(case.findtext("desc", "").split())
            wkt = " ".join(case.findtext("a", "").split())
            expected_valid = case.find("test/op").text.strip() == "true"
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # NaN ordinates
                geom = shapely.from_wkt(wkt)
            nan = "NaN" in wkt
            case_id = f"{name.removesuffix('.xml')}-{k:02d}-{'valid' if expected_valid else 'invalid'}" + (
                "-nan" if nan else "")
            marks = []
            if geom.geom_type not in POLYGONAL:
                marks.append(pytest.mark.skip(
                    reason=f"non-polygonal case ({geom.geom_type}): {desc}. This suite checks polygonal "
                           "validity (issue 3); point and line validity is tested in test_validation_rules"))
            yield pytest.param(geom, expected_valid, desc, id=case_id, marks=marks)


@pytest.mark.parametrize(("geom", "expected_valid", "desc"), list(_cases()))
def test_geos_validity_case(geom, expected_valid, desc):
    feature = {"id": "g", "properties": good_properties(categorie="ontharding", hoeveelheid=1),
               "geometry": geom}
    findings = validate_features([feature])
    g002 = [f for f in findings if f.code == "LEKP-G002"]
    if expected_valid:
        assert g002 == [], f"{desc}: valid per GEOS, got {g002}"
        return
    assert len(g002) == 1, f"{desc}: invalid per GEOS, got {findings}"
    finding = g002[0]
    assert finding.params["reason"], desc
    if finding.repaired is not None:
        assert finding.repaired.is_valid and finding.repaired.geom_type in POLYGONAL, desc
        assert finding.params["repaired_type"] == finding.repaired.geom_type


def test_suite_has_the_expected_cases():
    cases = [c for c in _cases() if c.values[0] is not None]
    if not cases:
        pytest.skip(f"GEOS test suite not found in {DATA}")
    polygonal = [c for c in cases if c.values[0].geom_type in POLYGONAL]
    assert len(cases) == 90
    invalid = [c for c in polygonal if not c.values[1]]
    assert len(invalid) == 42 and len(polygonal) - len(invalid) == 29
    assert any("NaN" in c.values[2] or c.id.endswith("-nan") for c in invalid)


# -- repairs against GEOS's makevalid suite ---------------------------------------------------

def _makevalid_cases():
    path = DATA / "geos_makevalid.xml"
    if not path.is_file():
        yield pytest.param(None, None, None, id="makevalid-absent", marks=pytest.mark.skip(
            reason=f"{path} not found (it sits beside the repo as ../shared/data)"))
        return
    for k, case in enumerate(ET.parse(path).getroot().iter("case")):
        desc = " ".join(case.findtext("desc", "").split())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            geom = shapely.from_wkt(" ".join(case.findtext("a", "").split()))
            expected = shapely.from_wkt(" ".join(case.find("test/op").text.split()))
        marks = [] if not geom.is_valid else [pytest.mark.skip(reason=f"input already valid: {desc}")]
        yield pytest.param(geom, expected, desc, id=f"makevalid-{k:02d}", marks=marks)


@pytest.mark.parametrize("rule", ["native", "emulated"])
@pytest.mark.parametrize(("geom", "expected", "desc"), list(_makevalid_cases()))
def test_repair_matches_geos_makevalid_in_the_inputs_dimension(geom, expected, desc, rule, monkeypatch):
    """GEOS's expected output, kept to the input's own dimension (a broken line stays a line).

    Overlapping parts of a multipolygon are the exception by design: LEKP repairs
    polygons with the "structure" rule, which unions overlapping parts (the area is
    counted once) where GEOS's "linework" output cuts the overlap out.  Both GEOS's own
    structure method (shapely 2.1+) and the emulation used on shapely 2.0 must agree.
    """
    if rule == "native" and not geometry.HAS_STRUCTURE:
        pytest.skip(f"shapely {shapely.__version__} has no make_valid(method='structure'); "
                    "the emulated rule is tested instead")
    if rule == "emulated":
        monkeypatch.setattr(geometry, "HAS_STRUCTURE", False)
    repaired = repair_geometry(geom)
    dim = max(shapely.get_dimensions(p) for p in shapely.get_parts(geom))
    if geom.geom_type == "MultiPolygon" and "overlapping" in desc:
        want = shapely.union_all([shapely.make_valid(p) for p in shapely.get_parts(geom)])
    else:
        kept = [p for p in shapely.get_parts(expected) if shapely.get_dimensions(p) == dim]
        want = shapely.union_all(kept) if kept else None
    if want is None or want.is_empty:
        assert repaired is None, desc
    else:
        assert repaired is not None and repaired.is_valid and repaired.equals(want), (desc, repaired)
