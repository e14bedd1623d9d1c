""""Nieuwe opslag" with the boundary from the registry's ``gemeenten`` collection (issue 11, build item 1).

The real registry on 127.0.0.1 (the registry tests' server thread, SQLite),
its gemeenten loaded from the 2025 boundary file; the real dialog creates the
store; the store's boundary is read back with OGR and compared with what the
registry holds.
"""

from __future__ import annotations

import pytest
import shapely
from osgeo import ogr

from lekp_plugin import settings


@pytest.fixture()
def registry_with_gemeenten(tmp_path, boundaries_2025):
    from lekp_registry.gemeenten import load_gemeenten
    from tests.registry.conftest import start_registry, stop_registry

    reg = start_registry(str(tmp_path / "register.sqlite"))
    load_gemeenten(reg.store, str(boundaries_2025))
    yield reg
    stop_registry(reg)


@pytest.fixture()
def registry_setting():
    before = settings.REGISTRY_URL.value()
    yield settings.REGISTRY_URL
    settings.REGISTRY_URL.set_value(before)


def store_boundary(path) -> shapely.Geometry:
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("gemeentegrens")
    assert layer.GetFeatureCount() == 1
    feat = layer.GetNextFeature()
    return shapely.from_wkb(bytes(feat.GetGeometryRef().ExportToIsoWkb()))


def new_store(tmp_path, name="Diepenbeek"):
    from lekp_plugin.gui.newstore_dialog import NewStoreDialog

    dialog = NewStoreDialog()
    dialog.gemeenteEdit.setText(name)
    dialog.fileWidget.setFilePath(str(tmp_path / "opslag.gpkg"))
    assert dialog.sourceCombo.findData("registry") >= 0, "a registry URL is set: the registry is offered"
    dialog.sourceCombo.setCurrentIndex(dialog.sourceCombo.findData("registry"))
    return dialog


def test_boundary_comes_from_the_registry_gemeenten_collection(tmp_path, registry_with_gemeenten,
                                                               registry_setting):
    reg = registry_with_gemeenten
    registry_setting.set_value(reg.url)
    dialog = new_store(tmp_path)
    assert reg.url in dialog.sourceCombo.currentText()
    assert dialog.create(), dialog.messageLabel.text()
    dialog.deleteLater()

    expected = shapely.from_wkb(bytes(reg.store.get_gemeente("71011").geometry))
    got = store_boundary(tmp_path / "opslag.gpkg")
    assert got.geom_type == "MultiPolygon"
    # the same shape, to the centimetre (no round trip through longitude/latitude)
    assert shapely.hausdorff_distance(got, expected) < 0.01
    assert abs(got.area - expected.area) < 1.0

    from lekp_plugin.store import describe_store

    info = describe_store(str(tmp_path / "opslag.gpkg"))
    assert info.gemeente_nis == "71011" and info.gemeente_naam == "Diepenbeek"


def test_registry_unreachable_says_so_and_writes_nothing(tmp_path, registry_setting):
    from tests.sync.conftest import free_port

    url = f"http://127.0.0.1:{free_port()}"  # nobody listens there
    registry_setting.set_value(url)
    (tmp_path / "out").mkdir()
    dialog = new_store(tmp_path / "out")
    assert not dialog.create()
    text = dialog.messageLabel.text()
    assert "niet bereikbaar" in text and url in text and "grensbestand" in text, text
    assert "Traceback" not in text
    assert list((tmp_path / "out").iterdir()) == [], "nothing is written when the boundary is missing"
    dialog.deleteLater()


def test_gemeente_the_registry_does_not_have(tmp_path, registry_setting):
    """A registry without gemeenten loaded answers 404: a Dutch message, not a crash."""
    from tests.registry.conftest import start_registry, stop_registry

    reg = start_registry(str(tmp_path / "leeg.sqlite"))
    try:
        registry_setting.set_value(reg.url)
        (tmp_path / "out").mkdir()
        dialog = new_store(tmp_path / "out")
        assert not dialog.create()
        text = dialog.messageLabel.text()
        assert "71011" in text and "register" in text.lower(), text
        assert list((tmp_path / "out").iterdir()) == []
        dialog.deleteLater()
    finally:
        stop_registry(reg)
