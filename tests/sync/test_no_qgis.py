"""The sync engine is Qt-free: importing and running it loads no QGIS or Qt module."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT

SCRIPT = """
import sys
import lekp_plugin.sync, lekp_plugin.sync.engine, lekp_plugin.sync.conflicts, lekp_plugin.store.migrations
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'sip'))
print(','.join(bad))
"""


def test_sync_engine_imports_no_qgis():
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
