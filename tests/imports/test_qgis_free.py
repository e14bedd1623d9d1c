"""The import's readers, profiles and pipeline run without QGIS or Qt (scripts, the registry side, tests)."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_imports_package_loads_no_qgis_or_qt():
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "import lekp_plugin.imports.pipeline, lekp_plugin.imports.readers, lekp_plugin.imports.profiles\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'sip'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
