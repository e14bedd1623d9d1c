"""Every branch of ``lekp_plugin/compat.py`` on the QGIS that takes it.

This file runs on QGIS 3.22 (the host's .venv) and on QGIS 3.40 LTR (the
Debian 13 chroot, tests/qgis340.txt): each test states which branch the
running QGIS must take and checks that the value it gives works there.
"""

from __future__ import annotations

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsAuthMethodConfig,
    QgsField,
    QgsMessageLog,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_VERSION_STR, Qt, QTimer
from qgis.PyQt.QtWidgets import QDialog

from lekp_plugin import compat

#: Qgis.ProcessingParameterFlag / Qgis.ProcessingSourceType came with 3.36
SCOPED_PROCESSING = Qgis.QGIS_VERSION_INT >= 33600
#: QgsField takes QMetaType.Type from 3.38 on
METATYPE_FIELDS = Qgis.QGIS_VERSION_INT >= 33800


def test_version_numbers():
    assert compat.QGIS_VERSION_INT == Qgis.QGIS_VERSION_INT
    assert compat.QT_MAJOR == int(QT_VERSION_STR.split(".")[0]) in (5, 6)


def test_parameter_flags_branch():
    if SCOPED_PROCESSING:
        assert compat.PARAM_OPTIONAL == Qgis.ProcessingParameterFlag.Optional
        assert compat.PARAM_ADVANCED == Qgis.ProcessingParameterFlag.Advanced
    else:
        assert not hasattr(Qgis, "ProcessingParameterFlag")
        assert compat.PARAM_OPTIONAL == QgsProcessingParameterDefinition.FlagOptional
        assert compat.PARAM_ADVANCED == QgsProcessingParameterDefinition.FlagAdvanced
    param = compat.set_advanced(compat.set_optional(QgsProcessingParameterString("X", "x")))
    assert param.flags() & compat.PARAM_OPTIONAL and param.flags() & compat.PARAM_ADVANCED
    # optional really means optional: no value is accepted
    assert param.checkValueIsAcceptable(None)
    assert not QgsProcessingParameterString("Y", "y").checkValueIsAcceptable(None)


@pytest.mark.parametrize("name", ["VectorPolygon", "VectorAnyGeometry", "Vector"])
def test_source_type_branch(name):
    value = compat.source_type(name)
    if SCOPED_PROCESSING:
        assert value == getattr(Qgis.ProcessingSourceType, name)
    else:
        assert not hasattr(Qgis, "ProcessingSourceType")
        assert value == getattr(QgsProcessing, f"Type{name}")


def test_vector_polygon_type_filters_a_parameter():
    param = QgsProcessingParameterVectorLayer("INPUT", "in", [compat.vector_polygon_type()])
    assert param.dataTypes() == [compat.source_type("VectorPolygon")]


@pytest.mark.parametrize("name", ["NoGeometry", "MultiPolygon", "MultiPoint"])
def test_wkb_type_branch(name):
    from qgis.core import QgsWkbTypes

    value = compat.wkb_type(name)
    if Qgis.QGIS_VERSION_INT >= 33000:
        assert value == getattr(Qgis.WkbType, name)
    else:
        assert not hasattr(Qgis, "WkbType")
        assert value == getattr(QgsWkbTypes, name)
    assert QgsWkbTypes.displayString(value) == name


@pytest.mark.parametrize("name", ["Point", "Line", "Polygon", "Null"])
def test_geometry_type_branch(name):
    from qgis.core import QgsVectorLayer, QgsWkbTypes

    value = compat.geometry_type(name)
    if Qgis.QGIS_VERSION_INT >= 33000:
        assert value == getattr(Qgis.GeometryType, name)
    else:
        assert not hasattr(Qgis, "GeometryType")
        assert value == getattr(QgsWkbTypes, f"{name}Geometry")
    if name != "Null":
        uri = {"Point": "MultiPoint", "Line": "MultiLineString", "Polygon": "MultiPolygon"}[name]
        layer = QgsVectorLayer(f"{uri}?crs=EPSG:31370", "x", "memory")
        assert layer.geometryType() == value


def test_field_types_branch():
    if METATYPE_FIELDS:
        from qgis.PyQt.QtCore import QMetaType

        assert compat.FIELD_TYPES["string"] == QMetaType.Type.QString
        assert compat.FIELD_TYPES["date"] == QMetaType.Type.QDate
    else:
        from qgis.PyQt.QtCore import QVariant

        assert compat.FIELD_TYPES["string"] == QVariant.String
        assert compat.FIELD_TYPES["date"] == QVariant.Date
    for key in ("string", "int64", "int", "double", "date", "bool"):
        assert QgsField(key, compat.FIELD_TYPES[key]).type() == compat.FIELD_TYPES[key], key
    assert QgsField("d", compat.FIELD_TYPES["date"]).isDateOrTime()
    assert all(QgsField(k, compat.FIELD_TYPES[k]).isNumeric() for k in ("int64", "int", "double"))
    assert not QgsField("s", compat.FIELD_TYPES["string"]).isNumeric()


def test_message_levels_and_dock_area_are_scoped_and_work(qgis_app):
    assert compat.MSG_WARNING == Qgis.MessageLevel.Warning == Qgis.Warning
    assert compat.dock_area_right() == Qt.DockWidgetArea.RightDockWidgetArea
    seen = []

    def record(message, tag, level):
        seen.append((message, tag, level))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        QgsMessageLog.logMessage("compat-test", "LEKP-test", compat.MSG_CRITICAL)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert ("compat-test", "LEKP-test", Qgis.Critical) in seen


def test_exec_dialog_runs_the_dialog(qgis_app):
    dialog = QDialog()
    QTimer.singleShot(0, lambda: dialog.done(7))
    assert compat.exec_dialog(dialog) == 7


def test_load_auth_config_branch(auth_manager, tmp_path):
    """QGIS 3.22 and 3.40 return ``(ok, config)``; the branch for a binding that fills the config
    given and returns ok is taken by neither, and is checked below with a stand-in manager."""
    manager = auth_manager
    config = QgsAuthMethodConfig("Basic")
    config.setName("compat-test")
    config.setConfig("username", "gis")
    config.setConfig("password", "s3cret")
    result = manager.storeAuthenticationConfig(config)
    ok = result[0] if isinstance(result, tuple) else result
    assert ok
    authcfg = config.id() if not isinstance(result, tuple) or not result[1:] else result[1].id()
    try:
        raw = manager.loadAuthenticationConfig(authcfg, QgsAuthMethodConfig(), True)
        assert isinstance(raw, tuple)  # 3.22 and 3.40 both: the (ok, config) branch
        loaded = compat.load_auth_config(manager, authcfg)
        assert loaded is not None
        assert loaded.config("username") == "gis" and loaded.config("password") == "s3cret"
        assert compat.load_auth_config(manager, "nosuch1") is None
    finally:
        manager.removeAuthenticationConfig(authcfg)


def test_load_auth_config_branch_for_a_binding_that_fills_the_config():
    class Manager:
        def loadAuthenticationConfig(self, authcfg_id, config, full):
            config.setMethod("Basic")
            config.setId(authcfg_id)
            config.setName("filled")
            config.setConfig("username", "gis")
            return authcfg_id == "abc1234"

    loaded = compat.load_auth_config(Manager(), "abc1234")
    assert loaded is not None and loaded.config("username") == "gis"
    assert compat.load_auth_config(Manager(), "other12") is None


def test_tiles_algorithm_branch(qgis_processing):
    """QGIS 3.22 has the Python ``qgis:`` XYZ tiles algorithm, QGIS 3.26 and newer the C++ ``native:`` one."""
    alg = compat.tiles_algorithm()
    assert alg is not None
    expected = "native:tilesxyzmbtiles" if Qgis.QGIS_VERSION_INT >= 32600 else "qgis:tilesxyzmbtiles"
    assert alg.id() == expected
    assert "OUTPUT_FILE" in [p.name() for p in alg.parameterDefinitions()]
