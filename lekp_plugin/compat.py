"""Every API that differs between QGIS 3.22 (Qt5) and QGIS 3.40 / 4.x (Qt6).

The rest of the plugin imports these names instead of spelling version-
dependent enums itself, so a port to a newer QGIS touches this file only.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsProcessingParameterDefinition
from qgis.PyQt.QtCore import QT_VERSION_STR

QGIS_VERSION_INT: int = Qgis.QGIS_VERSION_INT
QT_MAJOR: int = int(QT_VERSION_STR.split(".")[0])


def _enum(scoped_owner, scoped_name: str, member: str, legacy_owner, legacy_name: str | None = None):
    """``Owner.Enum.Member`` where it exists (QGIS >= 3.36, Qt6), else the legacy spelling."""
    scoped = getattr(scoped_owner, scoped_name, None)
    if scoped is not None and hasattr(scoped, member):
        return getattr(scoped, member)
    return getattr(legacy_owner, legacy_name or member)


# Scoped spellings that QGIS 3.22 (PyQt5) already has and QGIS 4 (Qt6) needs:
# the same on every supported QGIS, kept here so callers need not know.
MSG_INFO = Qgis.MessageLevel.Info
MSG_WARNING = Qgis.MessageLevel.Warning
MSG_CRITICAL = Qgis.MessageLevel.Critical
MSG_SUCCESS = Qgis.MessageLevel.Success

# Processing parameter flags: QgsProcessingParameterDefinition.FlagOptional up
# to 3.34, Qgis.ProcessingParameterFlag.Optional from 3.36 (the old name is gone in QGIS 4).
PARAM_OPTIONAL = _enum(Qgis, "ProcessingParameterFlag", "Optional",
                       QgsProcessingParameterDefinition, "FlagOptional")
PARAM_ADVANCED = _enum(Qgis, "ProcessingParameterFlag", "Advanced",
                       QgsProcessingParameterDefinition, "FlagAdvanced")


def set_optional(param: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    param.setFlags(param.flags() | PARAM_OPTIONAL)
    return param


def set_advanced(param: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    param.setFlags(param.flags() | PARAM_ADVANCED)
    return param


def exec_dialog(dialog) -> int:
    """``exec()``: PyQt5 (QGIS 3.x) and PyQt6 both have it; Qt6 dropped ``exec_``."""
    return dialog.exec()


def vector_polygon_type():
    """The polygon-geometry filter of QgsProcessingParameterVectorLayer."""
    return source_type("VectorPolygon")


def wkb_type(name: str):
    """A geometry type by name ('NoGeometry', 'MultiPolygon'): QgsWkbTypes.<name> up to 3.28,
    Qgis.WkbType.<name> from 3.30 (QgsWkbTypes' enums are gone in QGIS 4)."""
    from qgis.core import QgsWkbTypes

    return _enum(Qgis, "WkbType", name, QgsWkbTypes)


def geometry_type(name: str):
    """A geometry family by name ('Point', 'Line', 'Polygon', 'Null'): QgsWkbTypes.PolygonGeometry
    up to 3.28, Qgis.GeometryType.Polygon from 3.30 (gone from QgsWkbTypes in QGIS 4)."""
    from qgis.core import QgsWkbTypes

    return _enum(Qgis, "GeometryType", name, QgsWkbTypes, f"{name}Geometry")


def dock_area_right():
    from qgis.PyQt.QtCore import Qt

    return Qt.DockWidgetArea.RightDockWidgetArea


def source_type(name: str):
    """A Processing source type by its short name: 'VectorAnyGeometry', 'Vector', 'VectorPolygon'.

    QgsProcessing.TypeVectorPolygon up to 3.34, Qgis.ProcessingSourceType.VectorPolygon from 3.36.
    """
    from qgis.core import QgsProcessing

    return _enum(Qgis, "ProcessingSourceType", name, QgsProcessing, f"Type{name}")


def _field_types():
    """QgsField types: QVariant.Type in 3.22, QMetaType.Type from 3.38 on."""
    if QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return {"string": QMetaType.Type.QString, "int64": QMetaType.Type.LongLong,
                "int": QMetaType.Type.Int, "double": QMetaType.Type.Double,
                "date": QMetaType.Type.QDate, "bool": QMetaType.Type.Bool}
    from qgis.PyQt.QtCore import QVariant

    return {"string": QVariant.String, "int64": QVariant.LongLong, "int": QVariant.Int,  # qt6: legacy
            "double": QVariant.Double, "date": QVariant.Date, "bool": QVariant.Bool}  # qt6: legacy


FIELD_TYPES = _field_types()


def load_auth_config(manager, authcfg_id: str):
    """The decrypted QgsAuthMethodConfig of ``authcfg_id``, or None.

    QGIS 3.22's binding returns ``(ok, config)``; newer ones fill the passed config and return ok.
    """
    from qgis.core import QgsAuthMethodConfig

    config = QgsAuthMethodConfig()
    result = manager.loadAuthenticationConfig(authcfg_id, config, True)
    if isinstance(result, tuple):
        ok, config = result
    else:
        ok = result
    return config if ok and config.isValid(True) else None


def set_label_format(label, font, color) -> None:
    """Font and colour of a QgsLayoutItemLabel: setTextFormat from QGIS 3.24, setFont/setFontColor before."""
    if hasattr(label, "setTextFormat"):
        from qgis.core import QgsTextFormat

        fmt = QgsTextFormat.fromQFont(font)
        fmt.setColor(color)
        label.setTextFormat(fmt)
    else:
        label.setFont(font)
        label.setFontColor(color)


#: QGIS's "XYZ tiles (MBTiles)" algorithm: C++ ``native:`` from QGIS 3.26, Python ``qgis:`` before.
XYZ_TILES_ALGORITHMS = ("native:tilesxyzmbtiles", "qgis:tilesxyzmbtiles")


def tiles_algorithm():
    """A new instance of QGIS's XYZ tiles (MBTiles) algorithm, or None without Processing."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for alg_id in XYZ_TILES_ALGORITHMS:
        alg = registry.createAlgorithmById(alg_id)
        if alg is not None:
            return alg
    return None



def snapping_settings(enabled: bool, tolerance: float, units):
    """Vertex and segment snapping for one layer: ``Qgis.SnappingType`` from 3.26,
    ``QgsSnappingConfig.VertexFlag``/``SegmentFlag`` before."""
    from qgis.core import QgsSnappingConfig

    kind = getattr(Qgis, "SnappingType", None)
    if kind is not None and hasattr(kind, "Vertex"):
        flags = kind.Vertex | kind.Segment
    else:
        flags = QgsSnappingConfig.VertexFlag | QgsSnappingConfig.SegmentFlag  # qt6: legacy
    return QgsSnappingConfig.IndividualLayerSettings(enabled, flags, tolerance, units, 0.0, 0.0)

