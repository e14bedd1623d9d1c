"""Helpers for tests that run the real QGIS binaries on a fresh profile.

The profile is built as a user's would be: the packaged zip unzipped into
``<root>/profiles/default/python/plugins`` (the ``plugin_zip`` fixture in
conftest.py builds it), and ``QGIS_CUSTOM_CONFIG_PATH`` pointing there.
"""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

from .conftest import qgis_env

QGIS_PYTHON = "/usr/bin/python3"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def fresh_profile(tmp_path: Path, plugin_zip: Path) -> Path:
    """An empty QGIS profile root with the zip installed into default/python/plugins."""
    root = tmp_path / "qgis-profiles"
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as zf:
        zf.extractall(plugins)
    return root


def env_for(root: Path) -> dict[str, str]:
    env = qgis_env()
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(root)
    env["PYTHONNOUSERSITE"] = "1"  # a user's ~/.local must not decide the outcome
    env.pop("PYTHONPATH", None)
    return env


def qgis_process(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([QGIS_PROCESS, *args], env=env_for(root), capture_output=True, text=True,
                          timeout=300)


def install_dependencies(root: Path) -> Path:
    """What the plugin's message tells a user to run: shapely into python/dependencies.

    Only when QGIS's Python has no usable shapely of its own: Debian 13's
    python3-shapely 2.1 (QGIS 3.40) is used as it is; Debian 12 (QGIS 3.22)
    has none, so a 2.0 wheel that fits its GEOS 3.11 goes into the profile.
    """
    python_dir = root / "profiles" / "default" / "python"
    target = python_dir / "dependencies"
    subprocess.run([QGIS_PYTHON, "-m", "lekp_plugin.deps", "install", "--target", str(target), "--only-missing"],
                   cwd=python_dir / "plugins", env=env_for(root), check=True, timeout=600)
    return target


def enabled_profile(tmp_path: Path, plugin_zip: Path) -> Path:
    """A fresh profile with the packaged plugin, its dependencies installed and the plugin enabled."""
    root = fresh_profile(tmp_path, plugin_zip)
    install_dependencies(root)
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "lekp_plugin"], env=env_for(root),
                             capture_output=True, text=True, timeout=300)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return root


def qgis_geos_version() -> tuple[int, int]:
    """(major, minor) of the GEOS the QGIS under test runs."""
    out = subprocess.run([QGIS_PYTHON, "-c", "from qgis.core import Qgis; "
                          "print(Qgis.geosVersionMajor(), Qgis.geosVersionMinor())"],
                         env=qgis_env(), capture_output=True, text=True, check=True, timeout=120)
    major, minor = out.stdout.split()
    return int(major), int(minor)
