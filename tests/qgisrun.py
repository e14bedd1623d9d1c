"""Helpers for tests that run the real QGIS binaries on a fresh profile.

The profile is built as a user's would be: the packaged zip unzipped into
``<root>/profiles/default/python/plugins`` (the ``plugin_zip`` fixture in
conftest.py builds it), and ``QGIS_CUSTOM_CONFIG_PATH`` pointing there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

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


#: Tests that start the real QGIS desktop need a virtual screen.
needs_xvfb = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run missing (apt xvfb)")


def run_desktop(root: Path, script: Path, out: Path, *, env: dict[str, str] | None = None, project: Path | None = None,
                timeout: int = 300, keep_pythonpath: bool = True,
                no_network: bool = False) -> subprocess.CompletedProcess:
    """``/usr/bin/qgis`` on a virtual screen with profiles in ``root``, running ``script`` at start.

    The script writes its result as JSON to ``out`` (``LEKP_DESKTOP_OUT``);
    ``env`` adds to QGIS's environment; ``no_network`` runs it in a network
    namespace of its own (when root may make one).
    """
    environ = qgis_env()
    environ.pop("QT_QPA_PLATFORM")
    if not keep_pythonpath:
        environ.pop("PYTHONPATH", None)
    environ.update(LEKP_DESKTOP_OUT=str(out), PYTHONNOUSERSITE="1", **(env or {}))
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "/usr/bin/qgis", "--profiles-path", str(root),
           "--nologo", "--noversioncheck"]
    if project is not None:
        cmd += ["--project", str(project)]
    cmd += ["--code", str(script)]
    if no_network and os.geteuid() == 0:
        cmd = ["unshare", "--net", *cmd]
    return subprocess.run(cmd, env=environ, capture_output=True, text=True, timeout=timeout)


def desktop_result(out: Path, proc: subprocess.CompletedProcess) -> dict:
    """What the desktop script wrote; QGIS's output in the failure when it wrote nothing."""
    assert out.exists(), proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(out.read_text())
