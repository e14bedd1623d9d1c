"""The dependency check runs without QGIS: versions, too old, too new, the install command."""

import sys
import types

from lekp_plugin import deps


def _fake(monkeypatch, name, version):
    monkeypatch.setitem(sys.modules, name, types.SimpleNamespace(__version__=version))


def test_problems_find_missing_old_and_too_new(monkeypatch):
    _fake(monkeypatch, "pyproj", "3.4.1")
    _fake(monkeypatch, "shapely", "1.8.5")
    assert [(p.name, p.found, p.too_new) for p in deps.problems()] == [("shapely", "1.8.5", False)]
    _fake(monkeypatch, "shapely", "2.1.2")
    [p] = deps.problems()
    assert p.too_new and "te nieuw" in p.text("nl") and "too new" in p.text("en")
    _fake(monkeypatch, "shapely", "2.0.7")
    assert deps.problems() == []
    monkeypatch.setitem(sys.modules, "pyproj", None)  # import fails
    assert [p.name for p in deps.problems()] == ["pyproj"]


def test_message_gives_pip_for_shapely_and_system_package_for_pyproj():
    found = [deps.Problem("shapely", "shapely>=2.0,<2.1", None), deps.Problem("pyproj", "pyproj>=3.3", None)]
    text = deps.message(found, "nl")
    assert "shapely ontbreekt; pyproj ontbreekt" in text
    assert '--no-deps --target' in text and '"shapely>=2.0,<2.1"' in text
    assert "python3-pyproj" in text and "pip install" not in text.split("python3-pyproj")[0].split("\n")[-1]
    assert "restart QGIS" in deps.message(found, "en")
