"""The core is Qt-free: it imports in a Python that has no QGIS, and ruff forbids qgis there."""

from __future__ import annotations

import subprocess

import pytest

from .conftest import ROOT

CORE_PYTHON = ROOT / ".venv-core" / "bin" / "python"

PROBE = r"""
import importlib, pkgutil, sys
try:
    import qgis  # noqa
    print("HAS_QGIS")
except ImportError:
    pass
try:
    import PyQt5  # noqa
    print("HAS_PYQT")
except ImportError:
    pass
import lekp_plugin.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "lekp_plugin.core.")]
for name in names:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "osgeo"))
print("MODULES", len(names), "LEAKED", leaked)
"""


def test_core_imports_in_python_without_qgis():
    if not CORE_PYTHON.exists():
        pytest.fail(f"{CORE_PYTHON} is missing: run scripts/setup.sh (it creates the QGIS-free venv)")
    proc = subprocess.run([str(CORE_PYTHON), "-c", PROBE], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "HAS_QGIS" not in proc.stdout and "HAS_PYQT" not in proc.stdout, \
        "the core tier's Python must not see QGIS, or this test proves nothing"
    line = proc.stdout.strip().splitlines()[-1]
    count = int(line.split()[1])
    assert count >= 5  # catalogue, schema, targets, mergers, population (and more)
    assert line.endswith("LEAKED []"), line


@pytest.mark.parametrize("source", ["from qgis.core import QgsGeometry\n",
                                    "import qgis.PyQt.QtCore\n",
                                    "from PyQt5.QtCore import QCoreApplication\n",
                                    "from osgeo import ogr\n"])
def test_ruff_bans_qt_and_qgis_in_the_core(source):
    ruff = ROOT / ".venv" / "bin" / "ruff"
    proc = subprocess.run([str(ruff), "check", "--no-cache", "--select", "TID251",
                           "--stdin-filename", "lekp_plugin/core/probe.py", "-"],
                          input=source, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 1 and "TID251" in proc.stdout, proc.stdout + proc.stderr
    # the same import outside the core is fine
    outside = subprocess.run([str(ruff), "check", "--no-cache", "--select", "TID251",
                              "--stdin-filename", "lekp_plugin/gui/probe.py", "-"],
                             input=source, cwd=ROOT, capture_output=True, text=True)
    assert outside.returncode == 0, outside.stdout
