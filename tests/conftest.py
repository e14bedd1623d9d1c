"""Shared test setup: paths, the real-data folder, version header, QGIS log forwarding.

Loaded by every tier, including the core tier that runs in a Python without
QGIS, so nothing here imports QGIS at module level.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# QGIS's authentication database: a fresh one per test session (QGIS reads this
# variable when it starts), never one an earlier run locked with another password.
os.environ.setdefault("QGIS_AUTH_DB_DIR_PATH", tempfile.mkdtemp(prefix="lekp-qgis-auth-"))
SHARED_DATA = ROOT.parent / "shared" / "data"


def pytest_report_header(config):
    lines = [f"python: {sys.version.split()[0]} ({sys.executable})"]
    try:
        import shapely

        lines.append(f"shapely: {shapely.__version__}  GEOS: {shapely.geos_version_string}")
    except ImportError:
        lines.append("shapely: not installed")
    try:
        import pyproj

        lines.append(f"pyproj: {pyproj.__version__}  PROJ: {pyproj.proj_version_str}")
    except ImportError:
        pass
    try:
        from osgeo import gdal
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import QT_VERSION_STR

        lines.append(f"QGIS: {Qgis.QGIS_VERSION}  Qt: {QT_VERSION_STR}  GDAL: {gdal.__version__}")
    except ImportError:
        lines.append("QGIS: not available in this Python (core tier)")
    return lines


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests that need it skip with a clear reason when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real data folder {SHARED_DATA} is absent (it sits beside the repo as ../shared)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def boundaries_2025(shared_data) -> Path:
    return shared_data / "municipalities" / "vl_bru_gemeente.shp"


@pytest.fixture(scope="session", autouse=True)
def _forward_qgis_log():
    """Forward QGIS message-log lines to ``logging`` so failures show them."""
    try:
        from qgis.core import QgsApplication
    except ImportError:
        yield
        return
    log = logging.getLogger("qgis")
    app = QgsApplication.instance()
    if app is None:
        yield
        return
    manager = QgsApplication.messageLog()

    def forward(message, tag, level):
        log.info("[%s] %s", tag, message)

    manager.messageReceived.connect(forward)
    yield
    try:
        manager.messageReceived.disconnect(forward)
    except TypeError:
        pass


def qgis_env() -> dict[str, str]:
    """Environment for running QGIS binaries: Debian's python first, no screen."""
    env = dict(os.environ)
    env["PATH"] = "/usr/bin:" + env.get("PATH", "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONHOME", None)
    env.pop("VIRTUAL_ENV", None)
    return env


@pytest.fixture()
def provider(qgis_processing):
    """The ``lekp`` Processing provider registered for one test (pytest-qgis tiers)."""
    from qgis.core import QgsApplication

    from lekp_plugin.processing.provider import LekpProvider

    registry = QgsApplication.processingRegistry()
    prov = LekpProvider()
    registry.addProvider(prov)
    yield prov
    registry.removeProvider(prov)


@pytest.fixture(scope="session")
def plugin_zip(tmp_path_factory) -> Path:
    """The plugin zip as scripts/package.py builds it for "Install from ZIP"."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import package

    return package.build(tmp_path_factory.mktemp("dist"))
