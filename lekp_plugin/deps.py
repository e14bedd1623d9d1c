"""Python dependencies inside QGIS: find them, check them, explain how to install.

The plugin runs in QGIS's own Python, not in a virtualenv.  It needs shapely
>= 2 and pyproj.  When the QGIS Python lacks them (Debian 12 ships shapely
1.8), the plugin looks for a ``dependencies`` folder in the QGIS profile's
``python`` folder (the convention of the QPIP plugin), puts it in front of
``sys.path`` and checks what it finds.  When something is missing or unusable
the user gets one message with the command that fixes it on their platform;
never a traceback.

The check is by compatibility with the libraries QGIS runs, not by version
number:

* shapely is usable when the GEOS it was built for (``shapely.geos_version``)
  is not newer than the GEOS QGIS runs (``Qgis.geosVersionMajor/Minor``).
  Inside the QGIS binaries a shapely wheel's calls into GEOS bind to QGIS's
  own libgeos_c (ELF symbol interposition), so a wheel built for a newer GEOS
  calls functions QGIS's GEOS lacks and crashes QGIS (seen: shapely 2.1 wheels,
  built for GEOS 3.13, in QGIS 3.22 with GEOS 3.11).  The distribution's own
  shapely (Debian 13: 2.1 built for its GEOS 3.13, the one QGIS 3.40 links) is
  fine.  GEOS keeps its C API within a minor series, so major.minor counts.
* pyproj is usable when its PROJ is not newer than QGIS's and it does not
  bring a PROJ library of its own: a PyPI wheel bundles a second PROJ, and two
  PROJs in one process make QGIS abort on exit.  pyproj must be the build that
  comes with QGIS's PROJ: Debian's ``python3-pyproj``; OSGeo4W and the macOS
  installer ship it with QGIS.

Runs without QGIS too (then there is no library to be compatible with and only
the minimum versions count): ``python3 -m lekp_plugin.deps install --target
DIR`` is what the demo and the tests use; ``check`` prints the message.
"""

from __future__ import annotations

import glob
import importlib
import os
import subprocess
import sys
from dataclasses import dataclass

DEPENDENCIES_DIRNAME = "dependencies"

SHAPELY_MINIMUM = (2, 0)
PYPROJ_MINIMUM = (3, 3)
#: shapely release series -> the GEOS (major, minor) its PyPI wheels bundle and
#: were built for.  Used to pick the pip requirement that fits QGIS's GEOS;
#: the check itself reads ``shapely.geos_version`` of whatever is installed.
SHAPELY_WHEEL_GEOS: dict[tuple[int, int], tuple[int, int]] = {(2, 0): (3, 11), (2, 1): (3, 13)}
#: The requirement when QGIS's GEOS is unknown: the oldest wheels' series.
SAFE_SHAPELY_REQUIREMENT = "shapely>=2.0,<2.1"
PYPROJ_REQUIREMENT = "pyproj>=3.3"
#: Debian/Ubuntu's python3-shapely is 2.x (and built for the GEOS QGIS links)
#: from GEOS 3.12 on (Ubuntu 24.04, Debian 13); older ones ship shapely 1.8.
DISTRO_SHAPELY2_FROM_GEOS = (3, 12)

Version = tuple[int, ...]


def _version_tuple(text: str) -> Version:
    parts = []
    for piece in str(text).split("."):
        digits = ""
        for ch in piece:
            if not ch.isdigit():
                break
            digits += ch
        if not digits:
            break
        parts.append(int(digits))
        if digits != piece:
            break
    return tuple(parts)


def _v(version: Version | None) -> str:
    return ".".join(str(n) for n in version) if version else "?"


@dataclass(frozen=True)
class Problem:
    """One unusable dependency.

    ``reason``: "missing", "old", "geos" (built for a newer GEOS than QGIS's),
    "proj" (a newer PROJ than QGIS's) or "bundled_proj" (a wheel with its own
    PROJ).  ``built_for``/``qgis_has`` are the library versions compared.
    """

    name: str
    requirement: str
    found: str | None
    reason: str = ""
    built_for: Version | None = None
    qgis_has: Version | None = None

    @property
    def kind(self) -> str:
        if self.reason:
            return self.reason
        return "missing" if self.found is None else "old"

    @property
    def too_new(self) -> bool:
        return self.kind in ("geos", "proj", "bundled_proj")

    def text(self, lang: str = "nl") -> str:
        nl = lang == "nl"
        name, found, kind = self.name, self.found, self.kind
        if kind == "missing":
            return f"{name} ontbreekt" if nl else f"{name} is missing"
        if kind == "geos":
            return (f"{name} {found} is te nieuw voor de GEOS van QGIS: gebouwd voor GEOS {_v(self.built_for)}, "
                    f"QGIS draait GEOS {_v(self.qgis_has)}" if nl else
                    f"{name} {found} is too new for QGIS's GEOS: built for GEOS {_v(self.built_for)}, "
                    f"QGIS runs GEOS {_v(self.qgis_has)}")
        if kind == "proj":
            return (f"{name} {found} is te nieuw voor de PROJ van QGIS: gebruikt PROJ {_v(self.built_for)}, "
                    f"QGIS draait PROJ {_v(self.qgis_has)}" if nl else
                    f"{name} {found} is too new for QGIS's PROJ: uses PROJ {_v(self.built_for)}, "
                    f"QGIS runs PROJ {_v(self.qgis_has)}")
        if kind == "bundled_proj":
            return (f"{name} {found} brengt een eigen PROJ-bibliotheek mee (een PyPI-wheel); QGIS heeft de "
                    f"{name} nodig die bij zijn eigen PROJ {_v(self.qgis_has)} hoort" if nl else
                    f"{name} {found} brings its own PROJ library (a PyPI wheel); QGIS needs the {name} "
                    f"built for its own PROJ {_v(self.qgis_has)}")
        return (f"{name} {found} is te oud (nodig: {self.requirement})" if nl
                else f"{name} {found} is too old (needed: {self.requirement})")


# -- the libraries QGIS runs ---------------------------------------------------

def qgis_geos_version() -> Version | None:
    """(major, minor) of the GEOS QGIS runs, None without QGIS."""
    try:
        from qgis.core import Qgis
    except ImportError:
        return None
    return (Qgis.geosVersionMajor(), Qgis.geosVersionMinor())


def qgis_proj_version() -> Version | None:
    """(major, minor) of the PROJ QGIS runs, None without QGIS."""
    try:
        from qgis.core import QgsProjUtils
    except ImportError:
        return None
    return (QgsProjUtils.projVersionMajor(), QgsProjUtils.projVersionMinor())


def shapely_requirement(geos: Version | None) -> str | None:
    """The pip requirement whose wheels fit ``geos``; None when no wheel does."""
    if geos is None:
        return SAFE_SHAPELY_REQUIREMENT
    fitting = sorted(series for series, built in SHAPELY_WHEEL_GEOS.items() if built <= tuple(geos[:2]))
    if not fitting:
        return None
    newest = fitting[-1]
    return f"shapely>={_v(SHAPELY_MINIMUM)},<{newest[0]}.{newest[1] + 1}"


def _bundles_proj(module) -> bool:
    """A pyproj wheel carries its own libproj next to the package."""
    package_dir = os.path.dirname(os.path.abspath(getattr(module, "__file__", "") or "."))
    parent = os.path.dirname(package_dir)
    return bool(glob.glob(os.path.join(parent, "pyproj.libs"))
                or glob.glob(os.path.join(package_dir, ".dylibs", "libproj*"))
                or glob.glob(os.path.join(package_dir, "proj_dir")))


# -- the check -------------------------------------------------------------------

_UNSET = object()


def problems(geos=_UNSET, proj=_UNSET, modules=("shapely", "pyproj")) -> list[Problem]:
    """What is missing or unusable, as the running Python sees it.

    ``geos``/``proj``: QGIS's library versions; read from QGIS when not given,
    None means "no QGIS here" (only the minimum versions count).
    ``modules``: which of the two to check (an algorithm that never imports
    pyproj need not pay for importing it: about 70 ms per run).
    """
    found = []
    if "shapely" in modules:
        geos = qgis_geos_version() if geos is _UNSET else geos
        found.append(_shapely_problem(geos))
    if "pyproj" in modules:
        proj = qgis_proj_version() if proj is _UNSET else proj
        found.append(_pyproj_problem(proj))
    return [p for p in found if p is not None]


def _import(name: str):
    try:
        return importlib.import_module(name)
    except Exception:  # a broken install is as good as none
        return None


def _shapely_problem(geos: Version | None) -> Problem | None:
    requirement = shapely_requirement(geos) or f"shapely>={_v(SHAPELY_MINIMUM)}"
    module = _import("shapely")
    if module is None:
        return Problem("shapely", requirement, None, "missing")
    version = str(getattr(module, "__version__", "0"))
    if _version_tuple(version)[:2] < SHAPELY_MINIMUM:
        return Problem("shapely", requirement, version, "old")
    built_for = tuple(getattr(module, "geos_version", ()) or ())[:2]
    if geos is not None and built_for and built_for > tuple(geos[:2]):
        return Problem("shapely", requirement, version, "geos", built_for, tuple(geos[:2]))
    return None


def _pyproj_problem(proj: Version | None) -> Problem | None:
    module = _import("pyproj")
    if module is None:
        return Problem("pyproj", PYPROJ_REQUIREMENT, None, "missing")
    version = str(getattr(module, "__version__", "0"))
    if _version_tuple(version)[:2] < PYPROJ_MINIMUM:
        return Problem("pyproj", PYPROJ_REQUIREMENT, version, "old")
    if proj is None:
        return None
    uses = _version_tuple(getattr(module, "proj_version_str", ""))[:2]
    if uses and uses > tuple(proj[:2]):
        return Problem("pyproj", PYPROJ_REQUIREMENT, version, "proj", uses, tuple(proj[:2]))
    if _bundles_proj(module):
        return Problem("pyproj", PYPROJ_REQUIREMENT, version, "bundled_proj", uses or None, tuple(proj[:2]))
    return None


# -- where and how to install ------------------------------------------------------

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


def platform_kind() -> str:
    """'windows', 'macos', 'debian' (Debian, Ubuntu and derivatives) or 'linux'."""
    if os.name == "nt":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if os.path.exists("/etc/debian_version"):
        return "debian"
    return "linux"


def python_for_pip(platform: str | None = None) -> str:
    """The interpreter a user runs pip with for QGIS's Python."""
    platform = platform or platform_kind()
    if platform == "windows":
        return "python"  # in the OSGeo4W Shell
    if platform == "macos":
        # the QGIS.app installer's own Python: <QGIS.app>/Contents/MacOS/bin/python3
        exe = sys.executable
        if ".app/" in exe:
            return exe.split(".app/")[0] + ".app/Contents/MacOS/bin/python3"
        return os.path.join(sys.base_prefix, "bin", "python3")
    if platform == "debian":
        return "/usr/bin/python3"
    exe = os.path.join(sys.base_prefix, "bin", "python3")
    return exe if os.path.exists(exe) else "python3"


def install_command(target: str | None = None, requirement: str | None = None,
                    platform: str | None = None) -> list[str]:
    target = target or dependencies_dir() or DEPENDENCIES_DIRNAME
    return [python_for_pip(platform), "-m", "pip", "install", "--upgrade", "--no-deps",
            "--target", target, requirement or SAFE_SHAPELY_REQUIREMENT]


def _quote(arg: str) -> str:
    return f'"{arg}"' if any(ch in arg for ch in " <>=,") else arg


_PYPROJ_COMMANDS = {
    "debian": ("sudo apt install python3-pyproj", "sudo apt install python3-pyproj"),
    "windows": ("OSGeo4W-installer (Geavanceerde installatie): pakket python3-pyproj",
                "OSGeo4W installer (Advanced Install): package python3-pyproj"),
    "macos": ("pyproj hoort bij het QGIS-installatieprogramma van qgis.org: installeer QGIS opnieuw",
              "pyproj comes with the QGIS installer from qgis.org: reinstall QGIS"),
    "linux": ("installeer het pyproj-pakket van je distributie (gebouwd voor de PROJ van QGIS), "
              "bv. sudo dnf install python3-pyproj",
              "install your distribution's pyproj package (built for QGIS's PROJ), "
              "e.g. sudo dnf install python3-pyproj"),
}


def commands(found: list[Problem], lang: str = "nl", platform: str | None = None,
             geos=_UNSET) -> list[str]:
    """The commands that fix ``found`` on ``platform`` (default: this one)."""
    platform = platform or platform_kind()
    geos = qgis_geos_version() if geos is _UNSET else geos
    nl = lang == "nl"
    out = []
    shapely = next((p for p in found if p.name == "shapely"), None)
    if shapely is not None:
        requirement = shapely_requirement(geos)
        if requirement is None:
            out.append(f"geen shapely-wheel past bij GEOS {_v(geos)} van deze QGIS: werk QGIS bij "
                       f"(GEOS 3.11 of nieuwer, bv. QGIS 3.28 of nieuwer)" if nl else
                       f"no shapely wheel fits this QGIS's GEOS {_v(geos)}: upgrade QGIS "
                       f"(GEOS 3.11 or newer, e.g. QGIS 3.28 or newer)")
        elif (platform == "debian" and shapely.kind != "geos" and geos is not None
              and tuple(geos[:2]) >= DISTRO_SHAPELY2_FROM_GEOS):
            out.append("sudo apt install python3-shapely")
        else:
            cmd = " ".join(_quote(a) for a in install_command(requirement=requirement, platform=platform))
            if platform == "windows":
                cmd = (f"in de OSGeo4W Shell: {cmd}" if nl else f"in the OSGeo4W Shell: {cmd}")
            out.append(cmd)
    if any(p.name == "pyproj" for p in found):
        nl_text, en_text = _PYPROJ_COMMANDS[platform]
        out.append(nl_text if nl else en_text)
    return out


def message(found: list[Problem], lang: str = "nl", platform: str | None = None, geos=_UNSET) -> str:
    """One message: what is missing or unusable and the commands that fix it."""
    cmd = "\n".join(commands(found, lang, platform, geos))
    what = "; ".join(p.text(lang) for p in found)
    already = any(p.found is not None for p in found)
    if lang == "nl":
        text = (f"LEKP-registratie kan niet volledig werken: {what}. "
                f"Installeer de Python-pakketten voor QGIS met:\n{cmd}\nen herstart QGIS.")
        if already:
            text += " (Een andere versie is al geladen; pas na een herstart telt de nieuwe.)"
        return text
    text = (f"LEKP-registratie cannot work fully: {what}. "
            f"Install the Python packages for QGIS with:\n{cmd}\nand restart QGIS.")
    if already:
        text += " (Another version is already loaded; the new one counts after a restart.)"
    return text


def install(target: str, only_missing: bool = False) -> int:
    """pip-install the shapely that fits QGIS's GEOS, and ezdxf, into ``target`` (demo, tests).

    ``only_missing``: do nothing when this Python already has a usable shapely
    (Debian 13's own, for one); the target folder counts as it would in QGIS.
    """
    if only_missing:
        if os.path.isdir(target) and target not in sys.path:
            sys.path.insert(0, target)
        if not any(p.name == "shapely" for p in problems()):
            print("shapely: ok, nothing to install")
            return install_optional(target)
    requirement = shapely_requirement(qgis_geos_version())
    if requirement is None:
        print(commands([Problem("shapely", "", None, "missing")], "en")[0], file=sys.stderr)
        return 1
    os.makedirs(target, exist_ok=True)
    cmd = install_command(target, requirement)
    cmd[0] = sys.executable
    return subprocess.call([*cmd, "--quiet"]) or install_optional(target)


def install_optional(target: str) -> int:
    """ezdxf (the plan import's DXF cross-check) into ``target`` when this Python lacks it.

    Pure Python, installed without its dependencies: fontTools, pyparsing and
    numpy come from the system next to QGIS (Debian: python3-fonttools,
    python3-pyparsing); typing_extensions comes along.  Without ezdxf only the
    DXF import refuses to run, with its own message.
    """
    from .imports.dxfscan import EZDXF_REQUIREMENT, ezdxf_available

    if os.path.isdir(target) and target not in sys.path:
        sys.path.insert(0, target)
    if ezdxf_available():
        print("ezdxf: ok, nothing to install")
        return 0
    os.makedirs(target, exist_ok=True)
    cmd = install_command(target, EZDXF_REQUIREMENT)
    cmd[0] = sys.executable
    if subprocess.call([*cmd, "typing_extensions", "--quiet"]) != 0:
        # optional: everything but the DXF import works, and that says how to install it
        print("ezdxf could not be installed: the plan import will refuse DXF files until it is",
              file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python3 -m lekp_plugin.deps",
                                     description="Install or check the plugin's Python packages")
    sub = parser.add_subparsers(dest="cmd", required=True)
    inst = sub.add_parser("install", help="pip-install the shapely that fits QGIS's GEOS into a folder "
                                          "(pyproj: system package)")
    inst.add_argument("--target", required=True, help="e.g. <QGIS profile>/python/dependencies")
    inst.add_argument("--only-missing", action="store_true",
                      help="install nothing when this Python already has a usable shapely")
    sub.add_parser("check", help="exit 1 and print the message when something is missing")
    args = parser.parse_args(argv)
    if args.cmd == "install":
        return install(args.target, args.only_missing)
    found = problems()
    if found:
        print(message(found))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
