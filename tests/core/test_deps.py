"""The dependency check runs without QGIS: compatibility with QGIS's GEOS and PROJ, the commands.

QGIS's library versions are passed in (``geos=``, ``proj=``) as QGIS would
report them; the modules are stand-ins with the attributes the check reads.
The same check in real QGIS processes: tests/qgis_process/test_packaged_plugin.py.
"""

import sys
import types

import pytest

from lekp_plugin import deps

GEOS_322 = (3, 11)   # Debian 12's QGIS 3.22
GEOS_340 = (3, 13)   # Debian 13's QGIS 3.40
PROJ_322 = (9, 1)


def _shapely(monkeypatch, version, geos):
    monkeypatch.setitem(sys.modules, "shapely", types.SimpleNamespace(__version__=version, geos_version=geos))


def _pyproj(monkeypatch, tmp_path, version="3.4.1", proj="9.1.1", wheel=False):
    package = tmp_path / "site" / "pyproj"
    package.mkdir(parents=True, exist_ok=True)
    if wheel:
        (tmp_path / "site" / "pyproj.libs").mkdir(exist_ok=True)
    monkeypatch.setitem(sys.modules, "pyproj", types.SimpleNamespace(
        __version__=version, proj_version_str=proj, __file__=str(package / "__init__.py")))


def test_shapely_by_the_geos_it_was_built_for(monkeypatch, tmp_path):
    _pyproj(monkeypatch, tmp_path)
    # Debian 13: the distribution's shapely 2.1 is built for the GEOS 3.13 QGIS 3.40 runs
    _shapely(monkeypatch, "2.1.0", (3, 13, 1))
    assert deps.problems(geos=GEOS_340, proj=(9, 6)) == []
    # the same shapely 2.1 (a wheel built for GEOS 3.13) in QGIS 3.22 with GEOS 3.11: refused
    [p] = deps.problems(geos=GEOS_322, proj=PROJ_322)
    assert (p.name, p.kind, p.built_for, p.qgis_has) == ("shapely", "geos", (3, 13), (3, 11))
    assert p.text("nl") == ("shapely 2.1.0 is te nieuw voor de GEOS van QGIS: gebouwd voor GEOS 3.13, "
                            "QGIS draait GEOS 3.11")
    assert "too new for QGIS's GEOS" in p.text("en")
    # a 2.0 wheel (GEOS 3.11.4) in QGIS with GEOS 3.11.1: the minor series counts
    _shapely(monkeypatch, "2.0.7", (3, 11, 4))
    assert deps.problems(geos=GEOS_322, proj=PROJ_322) == []
    # too old, whatever GEOS
    _shapely(monkeypatch, "1.8.5", (3, 11, 1))
    [p] = deps.problems(geos=GEOS_322, proj=PROJ_322)
    assert p.kind == "old" and "1.8.5 is te oud" in p.text()
    # without QGIS only the minimum counts (the core tier, the registry)
    _shapely(monkeypatch, "2.1.2", (3, 13, 1))
    assert deps.problems(geos=None, proj=None) == []
    monkeypatch.setitem(sys.modules, "shapely", None)  # import fails
    assert [(p.name, p.kind) for p in deps.problems(geos=GEOS_340, proj=(9, 6))] == [("shapely", "missing")]


def test_pyproj_by_qgis_proj(monkeypatch, tmp_path):
    _shapely(monkeypatch, "2.0.7", (3, 11, 4))
    _pyproj(monkeypatch, tmp_path, "3.4.1", "9.1.1")
    assert deps.problems(geos=GEOS_322, proj=PROJ_322) == []
    _pyproj(monkeypatch, tmp_path, "3.7.1", "9.5.1")
    [p] = deps.problems(geos=GEOS_322, proj=PROJ_322)
    assert p.kind == "proj" and "te nieuw voor de PROJ van QGIS" in p.text() and "PROJ 9.5" in p.text()


def test_pyproj_wheel_with_its_own_proj_is_refused(monkeypatch, tmp_path):
    _shapely(monkeypatch, "2.0.7", (3, 11, 4))
    _pyproj(monkeypatch, tmp_path, "3.6.1", "9.1.1", wheel=True)
    [p] = deps.problems(geos=GEOS_322, proj=PROJ_322)
    assert p.kind == "bundled_proj" and "eigen PROJ-bibliotheek" in p.text()
    assert deps.problems(geos=None, proj=None) == []  # outside QGIS a wheel is fine


@pytest.mark.parametrize(("geos", "requirement"), [
    ((3, 10), None),                      # Ubuntu 22.04: no shapely 2 wheel fits
    ((3, 11), "shapely>=2.0,<2.1"),       # Debian 12
    ((3, 12), "shapely>=2.0,<2.1"),       # Ubuntu 24.04
    ((3, 13), "shapely>=2.0,<2.2"),       # Debian 13, OSGeo4W 3.40
    ((3, 14), "shapely>=2.0,<2.2"),
    (None, "shapely>=2.0,<2.1"),          # unknown: the oldest wheels
])
def test_the_pip_requirement_fits_qgis_geos(geos, requirement):
    assert deps.shapely_requirement(geos) == requirement


MISSING_BOTH = [deps.Problem("shapely", "shapely>=2.0,<2.1", None), deps.Problem("pyproj", "pyproj>=3.3", None)]


def test_debian_12_gets_pip_into_the_profile_and_apt_for_pyproj():
    text = deps.message(MISSING_BOTH, "nl", platform="debian", geos=GEOS_322)
    assert "shapely ontbreekt; pyproj ontbreekt" in text
    assert ('/usr/bin/python3 -m pip install --upgrade --no-deps --target' in text
            and '"shapely>=2.0,<2.1"' in text and "dependencies" in text)
    assert "sudo apt install python3-pyproj" in text
    assert "restart QGIS" in deps.message(MISSING_BOTH, "en", platform="debian", geos=GEOS_322)


def test_debian_13_gets_the_distribution_package():
    cmds = deps.commands(MISSING_BOTH, "nl", platform="debian", geos=GEOS_340)
    assert cmds == ["sudo apt install python3-shapely", "sudo apt install python3-pyproj"]
    # a too-new wheel in the profile shadows the package: replace it with one that fits
    wheel = deps.Problem("shapely", "", "2.2.0", "geos", (3, 14), GEOS_340)
    [cmd] = deps.commands([wheel], "nl", platform="debian", geos=GEOS_340)
    assert "pip install" in cmd and '"shapely>=2.0,<2.2"' in cmd


def test_windows_macos_and_other_linux():
    win = deps.commands(MISSING_BOTH, "nl", platform="windows", geos=GEOS_340)
    assert win[0].startswith("in de OSGeo4W Shell: python -m pip install") and '"shapely>=2.0,<2.2"' in win[0]
    assert "OSGeo4W" in win[1] and "python3-pyproj" in win[1]
    assert deps.commands(MISSING_BOTH, "en", platform="windows", geos=GEOS_340)[0].startswith(
        "in the OSGeo4W Shell:")
    mac = deps.commands(MISSING_BOTH, "nl", platform="macos", geos=GEOS_322)
    assert "-m pip install" in mac[0] and "bin/python3" in mac[0] and "QGIS-installatieprogramma" in mac[1]
    other = deps.commands(MISSING_BOTH, "nl", platform="linux", geos=GEOS_340)
    assert "pip install" in other[0] and "python3-pyproj" in other[1]
    old = deps.commands(MISSING_BOTH[:1], "nl", platform="debian", geos=(3, 10))
    assert old == ["geen shapely-wheel past bij GEOS 3.10 van deze QGIS: werk QGIS bij "
                   "(GEOS 3.11 of nieuwer, bv. QGIS 3.28 of nieuwer)"]


def test_install_only_missing_does_nothing_when_shapely_fits(monkeypatch, tmp_path, capsys):
    _pyproj(monkeypatch, tmp_path)
    _shapely(monkeypatch, "2.1.0", (3, 13, 1))
    monkeypatch.setattr(deps, "qgis_geos_version", lambda: GEOS_340)
    monkeypatch.setattr(deps, "qgis_proj_version", lambda: (9, 6))
    optional = []
    monkeypatch.setattr(deps, "install_optional", lambda target: optional.append(target) or 0)
    target = tmp_path / "dependencies"
    assert deps.main(["install", "--target", str(target), "--only-missing"]) == 0
    assert not target.exists() and "nothing to install" in capsys.readouterr().out
    assert optional == [str(target)]  # ezdxf is still looked after


@pytest.mark.parametrize("available", [True, False])
@pytest.mark.parametrize("pip_rc", [0, 1])
def test_ezdxf_goes_into_the_dependencies_folder_when_missing(monkeypatch, tmp_path, capsys, available, pip_rc):
    from lekp_plugin.imports import dxfscan

    calls = []
    monkeypatch.setattr(dxfscan, "ezdxf_available", lambda: available)
    monkeypatch.setattr(deps.subprocess, "call", lambda cmd: calls.append(cmd) or pip_rc)
    target = str(tmp_path / "dependencies")
    assert deps.install_optional(target) == 0  # optional: only the DXF import needs it
    if available:
        assert calls == [] and "ezdxf: ok" in capsys.readouterr().out
        return
    (cmd,) = calls
    assert cmd[0] == sys.executable and cmd[cmd.index("--target") + 1] == target
    assert dxfscan.EZDXF_REQUIREMENT in cmd and "typing_extensions" in cmd and "--no-deps" in cmd
    assert ("DXF" in capsys.readouterr().err) == bool(pip_rc)


def test_the_real_pyproj_brings_its_own_proj_only_as_a_wheel():
    """.venv-core has the PyPI wheel (its own PROJ); QGIS's Pythons have Debian's build."""
    import pyproj

    assert deps._bundles_proj(pyproj) == (not pyproj.__file__.startswith("/usr/lib/python3/"))


def test_an_algorithm_checks_only_what_it_uses(monkeypatch, tmp_path):
    """Validation, reports and packages never import pyproj: their check neither imports nor reports it."""
    _shapely(monkeypatch, "2.0.7", (3, 11, 4))
    monkeypatch.setitem(sys.modules, "pyproj", None)  # import fails
    assert [p.name for p in deps.problems(geos=GEOS_322, proj=PROJ_322)] == ["pyproj"]
    assert deps.problems(geos=GEOS_322, proj=PROJ_322, modules=("shapely",)) == []
    imported = []
    monkeypatch.setattr(deps, "_import", lambda name: imported.append(name))
    deps.problems(geos=GEOS_322, proj=PROJ_322, modules=("shapely",))
    assert imported == ["shapely"]

