"""The shortcuts that keep the import within 2× ogr2ogr change no outcome.

* The quick entity count equals ezdxf's on the benchmark's kind of plan.
* A well-formed plan is read without importing ezdxf (half a second); ezdxf
  still decides when GDAL and the quick count disagree, and a missing or
  broken ezdxf still gives the install message.
"""

from __future__ import annotations

import subprocess
import sys

import verkavelingsplan

from lekp_plugin.imports import dxfscan

from .conftest import ROOT


def test_quick_count_equals_ezdxf_on_a_benchmark_plan(tmp_path):
    path = str(tmp_path / "groot.dxf")
    verkavelingsplan.make_large_plan(path, 2_000)
    quick, full = dxfscan.quick_scan(path), dxfscan.scan(path)
    assert len(quick.entities) == 2_000
    assert [(e.type, e.handle, e.layer, e.colour) for e in quick.entities] == \
           [(e.type, e.handle, e.layer, e.colour) for e in full.entities]


def _run(script: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=str(ROOT))
    return out.stdout.splitlines()


def test_a_well_formed_plan_is_read_without_importing_ezdxf(plan):
    lines = _run(f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from lekp_plugin.imports.readers import read_source
data = read_source({str(plan)!r})
print(len(data), sorted(data.scanned.items()), dict(data.not_read))
print("ezdxf" in sys.modules)
""")
    assert lines[0] == ("36 [('HATCH', 4), ('INSERT', 14), ('LINE', 2), ('LWPOLYLINE', 8), "
                        "('TEXT', 3)] {}")
    assert lines[1] == "False"


def test_a_broken_ezdxf_dependency_gives_the_install_message(plan):
    lines = _run(f"""
import sys
sys.modules["typing_extensions"] = None  # ezdxf is there, one of its dependencies is not
sys.path.insert(0, {str(ROOT)!r})
from lekp_plugin.imports.readers import read_source
from lekp_plugin.imports.messages import ImportFault
try:
    read_source({str(plan)!r})
except ImportFault as exc:
    print(exc.code)
""")
    assert lines == ["ezdxf_missing"]
