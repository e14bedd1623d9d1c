"""The dock's findings list made readable: whole messages that wrap, where each finding is, a severity filter.

Kept apart from the live validator (gui/live.py) and the map marks: it only
dresses the dock's ``findingsTree`` after the dock filled it.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel

from ..i18n import tr

FILTERS = ("all", "error", "warning", "info")


def install(dock) -> None:
    """Severity filter above the list; messages wrap in a column that takes the dock's width."""
    tree = dock.findingsTree
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    combo = QComboBox(dock)
    combo.setObjectName("severityFilter")
    for key, text in zip(FILTERS, (tr("FindingsView", "Alle meldingen"), tr("FindingsView", "Alleen fouten"),
                                   tr("FindingsView", "Alleen waarschuwingen"), tr("FindingsView", "Alleen info")),
                         strict=True):
        combo.addItem(text, key)
    combo.currentIndexChanged.connect(lambda _i: apply(dock))
    row = QHBoxLayout()
    row.addWidget(QLabel(tr("FindingsView", "Toon"), dock))
    row.addWidget(combo, 1)
    layout = tree.parentWidget().layout()
    index = layout.indexOf(tree)
    layout.insertLayout(max(index, 0), row)
    dock.severityFilter = combo


def _where(layer, feature_id) -> str:
    """"Laag · projectnaam" of the finding's feature (the project name helps more than a UUID)."""
    name = ""
    if layer is not None and feature_id:
        idx = layer.fields().indexOf("projectnaam")
        if idx >= 0:
            from qgis.core import QgsFeatureRequest

            request = QgsFeatureRequest().setFilterExpression(f"\"id\" = '{feature_id}'")
            request.setSubsetOfAttributes([idx])
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            feat = next(layer.getFeatures(request), None)
            if feat is not None and feat[idx] not in (None, ""):
                name = str(feat[idx])
    return f"{layer.name() if layer is not None else ''} · {name or feature_id or ''}"


def apply(dock) -> None:
    """Hide the rows the filter excludes; each row's message gets where its feature is."""
    combo = getattr(dock, "severityFilter", None)
    wanted = combo.currentData() if combo is not None else "all"
    tree = dock.findingsTree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        row = dock._row(item)
        if row is None:
            continue
        layer, _fid, finding = row
        item.setHidden(wanted not in ("all", finding.severity.value))
        text = item.text(1)
        if "\n" not in text and len(dock.rows) <= 200:  # cheap enough for a readable list
            item.setText(1, f"{text}\n{_where(layer, finding.feature_id)}")
