"""One source of truth for the plugin's metadata."""

from __future__ import annotations

import configparser
import os
import tomllib

from .conftest import ROOT


def read(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return dict(parser["general"])


def test_top_level_metadata_is_the_plugin_one():
    top = ROOT / "metadata.txt"
    assert top.is_symlink()
    assert os.path.realpath(top) == str(ROOT / "lekp_plugin" / "metadata.txt")


def test_metadata_declares_what_qgis_and_the_design_need():
    meta = read(ROOT / "lekp_plugin" / "metadata.txt")
    assert meta["hasprocessingprovider"] == "yes"
    assert meta["qgisminimumversion"] == "3.22"
    assert meta["supportsqt6"] == "True"
    assert (ROOT / "lekp_plugin" / meta["icon"]).exists()
    for key in ("name", "description", "about", "version", "author", "email", "repository"):
        assert meta[key]


def test_versions_agree():
    meta = read(ROOT / "lekp_plugin" / "metadata.txt")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["version"] == meta["version"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{meta['version']}]" in changelog
