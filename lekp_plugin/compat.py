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
    """``Owner.Enum.Member`` where it exists (newer QGIS/Qt6), else the legacy spelling."""
    scoped = getattr(scoped_owner, scoped_name, None)
    if scoped is not None and hasattr(scoped, member):
        return getattr(scoped, member)
    return getattr(legacy_owner, legacy_name or member)


# Message levels (Qgis.Info in 3.22, Qgis.MessageLevel.Info everywhere newer)
MSG_INFO = _enum(Qgis, "MessageLevel", "Info", Qgis)
MSG_WARNING = _enum(Qgis, "MessageLevel", "Warning", Qgis)
MSG_CRITICAL = _enum(Qgis, "MessageLevel", "Critical", Qgis)
MSG_SUCCESS = _enum(Qgis, "MessageLevel", "Success", Qgis)

# Processing parameter flags (FlagOptional in 3.22, Qgis.ProcessingParameterFlag.Optional from 3.36)
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
    """``exec()`` (Qt6 dropped ``exec_``)."""
    return dialog.exec() if hasattr(dialog, "exec") else dialog.exec_()


def vector_polygon_type():
    """The polygon-geometry filter of QgsProcessingParameterVectorLayer."""
    from qgis.core import QgsProcessing

    return _enum(Qgis, "ProcessingSourceType", "VectorPolygon", QgsProcessing, "TypeVectorPolygon")


def dock_area_right():
    from qgis.PyQt.QtCore import Qt

    return _enum(Qt, "DockWidgetArea", "RightDockWidgetArea", Qt)


def source_type(name: str):
    """A Processing source type by its short name: 'VectorAnyGeometry', 'Vector', 'VectorPolygon'."""
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

    return {"string": QVariant.String, "int64": QVariant.LongLong, "int": QVariant.Int,
            "double": QVariant.Double, "date": QVariant.Date, "bool": QVariant.Bool}


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
