"""Python dependencies inside QGIS: find them, check them, explain how to install.

The plugin runs in QGIS's own Python, not in a virtualenv.  Debian 12 ships
shapely 1.8 (or none) while the core needs shapely >= 2, so the plugin looks
for a ``dependencies`` folder in the QGIS profile's ``python`` folder (the
convention of the QPIP plugin), puts it in front of ``sys.path`` and checks
versions.  When something is missing the user gets one message with the exact
commands that install it; never a traceback.

shapely goes into that folder with pip, as a 2.0.x wheel: inside the QGIS
binaries the wheel's calls into GEOS bind to QGIS's own libgeos_c, so the
wheel must not be built for a newer GEOS than QGIS has (2.0.x bundles GEOS
3.11, Debian 12's QGIS links 3.11; shapely 2.1 wheels call GEOS 3.12+
functions and crash QGIS).  pyproj does not go there: a PyPI wheel bundles a second PROJ library,
and two PROJs in one process make QGIS abort on exit.  pyproj must be the
build that comes with QGIS's PROJ: Debian's ``python3-pyproj``; OSGeo4W and
the macOS installer ship it with QGIS.

Runs without QGIS too: ``python3 -m lekp_plugin.deps install --target DIR``
is what ``scripts/setup.sh`` and the tests use.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from dataclasses import dataclass

DEPENDENCIES_DIRNAME = "dependencies"

#: (import name, requirement, minimum version, first version too new (or None))
REQUIREMENTS: tuple[tuple[str, str, tuple[int, ...], tuple[int, ...] | None], ...] = (
    ("shapely", "shapely>=2.0,<2.1", (2, 0), (2, 1)),
    ("pyproj", "pyproj>=3.3", (3, 3), None),
)
#: Installed with pip into the dependencies folder, without their dependencies,
#: so that pip never brings a numpy 2 that would shadow the numpy QGIS (and
#: matplotlib, scipy) were built against.
PIP_PACKAGES = ("shapely",)
#: How to get pyproj built against QGIS's PROJ, per platform.
SYSTEM_PACKAGES = {"pyproj": {"posix": "sudo apt install python3-pyproj",
                              "nt": "OSGeo4W-installer: pakket python3-pyproj"}}


@dataclass(frozen=True)
class Problem:
    name: str
    requirement: str
    found: str | None
    too_new: bool = False

    def text(self, lang: str = "nl") -> str:
        if self.found is None:
            return f"{self.name} ontbreekt" if lang == "nl" else f"{self.name} is missing"
        if self.too_new:
            return (f"{self.name} {self.found} is te nieuw voor de GEOS van QGIS (nodig: {self.requirement})"
                    if lang == "nl" else
                    f"{self.name} {self.found} is too new for QGIS's GEOS (needed: {self.requirement})")
        return (f"{self.name} {self.found} is te oud (nodig: {self.requirement})" if lang == "nl"
                else f"{self.name} {self.found} is too old (needed: {self.requirement})")


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def profile_python_dir() -> str | None:
    """The ``python`` folder of the active QGIS profile, or None outside QGIS."""
    try:
        from qgis.core import QgsApplication
    except ImportError:
        return None
    settings_dir = QgsApplication.qgisSettingsDirPath()
    return os.path.join(settings_dir, "python") if settings_dir else None


def dependencies_dir() -> str | None:
    base = profile_python_dir()
    if base is None:
        # plugin installed as <profile>/python/plugins/lekp_plugin
        base = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return os.path.join(base, DEPENDENCIES_DIRNAME)


def add_dependencies_dir() -> str | None:
    """Put the profile's dependencies folder first on ``sys.path`` if it exists."""
    path = dependencies_dir()
    if path and os.path.isdir(path) and path not in sys.path:
        sys.path.insert(0, path)
        importlib.invalidate_caches()
    return path


def problems() -> list[Problem]:
    """What is missing or too old, as the running Python sees it."""
    found: list[Problem] = []
    for name, requirement, minimum, too_new in REQUIREMENTS:
        try:
            module = importlib.import_module(name)
        except Exception:  # a broken install is as good as none
            found.append(Problem(name, requirement, None))
            continue
        version = getattr(module, "__version__", "0")
        if _version_tuple(version) < minimum:
            found.append(Problem(name, requirement, version))
        elif too_new is not None and _version_tuple(version)[:len(too_new)] >= too_new:
            found.append(Problem(name, requirement, version, too_new=True))
    return found


def python_for_pip() -> str:
    """The interpreter a user runs pip with for QGIS's Python."""
    if os.name == "nt":
        return "python"  # OSGeo4W shell
    exe = os.path.join(sys.base_prefix, "bin", "python3")
    return exe if os.path.exists(exe) else "python3"


def install_command(target: str | None = None, names: tuple[str, ...] = PIP_PACKAGES) -> list[str]:
    target = target or dependencies_dir() or DEPENDENCIES_DIRNAME
    reqs = [req for name, req, _, _ in REQUIREMENTS if name in names]
    return [python_for_pip(), "-m", "pip", "install", "--upgrade", "--no-deps",
            "--target", target, *reqs]


def _quote(arg: str) -> str:
    return f'"{arg}"' if any(ch in arg for ch in " <>=,") else arg


def commands(found: list[Problem]) -> list[str]:
    """The commands that fix ``found``: pip for shapely, the system package for pyproj."""
    names = {p.name for p in found}
    out = []
    pip_names = tuple(n for n in PIP_PACKAGES if n in names)
    if pip_names:
        out.append(" ".join(_quote(a) for a in install_command(names=pip_names)))
    platform = "nt" if os.name == "nt" else "posix"
    out += [SYSTEM_PACKAGES[n][platform] for n in sorted(names) if n in SYSTEM_PACKAGES]
    return out


def message(found: list[Problem], lang: str = "nl") -> str:
    """One message: what is missing and the commands that install it."""
    cmd = "\n".join(commands(found))
    what = "; ".join(p.text(lang) for p in found)
    already = any(p.found is not None for p in found)
    if lang == "nl":
        text = (f"LEKP-registratie kan niet volledig werken: {what}. "
                f"Installeer de Python-pakketten voor QGIS met:\n{cmd}\nen herstart QGIS.")
        if already:
            text += " (Een oudere versie is al geladen; pas na een herstart telt de nieuwe.)"
        return text
    text = (f"LEKP-registratie cannot work fully: {what}. "
            f"Install the Python packages for QGIS with:\n{cmd}\nand restart QGIS.")
    if already:
        text += " (An older version is already loaded; the new one counts after a restart.)"
    return text


def install(target: str) -> int:
    """Install the requirements into ``target`` (used by setup and tests)."""
    os.makedirs(target, exist_ok=True)
    cmd = install_command(target)
    cmd[0] = sys.executable
    return subprocess.call([*cmd, "--quiet"])


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python3 -m lekp_plugin.deps",
                                     description="Install or check the plugin's Python packages")
    sub = parser.add_subparsers(dest="cmd", required=True)
    inst = sub.add_parser("install", help="pip-install shapely>=2 into a folder (pyproj: system package)")
    inst.add_argument("--target", required=True, help="e.g. <QGIS profile>/python/dependencies")
    sub.add_parser("check", help="exit 1 and print the message when something is missing")
    args = parser.parse_args(argv)
    if args.cmd == "install":
        return install(args.target)
    found = problems()
    if found:
        print(message(found))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
