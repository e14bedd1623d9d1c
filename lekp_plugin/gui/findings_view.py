"""The dock's findings list made readable: one row per feature (layer, fid, project name and how many
findings), its findings below it with whole messages that wrap, a severity filter.

Kept apart from the live validator (gui/live.py) and the map marks: the dock
hands it the listed findings (:func:`fill`), the filter hides rows (:func:`apply`).
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QRect, QSize, Qt
from qgis.PyQt.QtGui import QFontMetrics, QPalette
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

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
    # the code column as wide as a code (the feature rows span both columns and would widen it)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    style = tree.style()
    icon = style.pixelMetric(style.PixelMetric.PM_SmallIconSize)
    header.resizeSection(0, tree.fontMetrics().horizontalAdvance("LEKP-A000") + icon + tree.indentation() + 16)
    tree.setItemDelegate(WrappingDelegate(tree))
    header.sectionResized.connect(lambda *_args: tree.doItemsLayout())  # rows follow the column's width
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


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text, and the text drawn whole.

    QTreeView asks its delegate for a row's height without the column's width,
    and Qt's own drawing wraps by other rules than the height was measured
    with (in the desktop, under QGIS's style sheet, the last line ended in
    "…").  So this delegate measures and draws the text itself, with the same
    font and width.  A feature's row spans both columns: it wraps in the
    view's width.
    """

    MARGIN = 4

    def __init__(self, tree):
        super().__init__(tree)
        self.tree = tree

    def _style(self):
        return self.tree.style()

    def _text_rect(self, option, index, width: int) -> QRect:
        """Where the text goes in a cell ``width`` wide (the icon and the style's margins left out)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, width, 1000)
        rect = self._style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self.tree)
        return rect.adjusted(self.MARGIN, 0, -self.MARGIN, 0)

    def _cell_width(self, index) -> int:
        tree = self.tree
        if index.column() == 0 and index.data(GROUP_ROLE) is not None:  # spanned
            width = tree.viewport().width() - tree.indentation()
        else:
            width = tree.header().sectionSize(index.column())
            if index.column() == 0:
                width -= tree.indentation() * 2
        if not tree.verticalScrollBar().isVisible():  # the rows may bring it, taking its width from the text
            width -= self._style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return width

    def sizeHint(self, option, index):  # Qt API
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return size
        rect = self._text_rect(option, index, self._cell_width(index))
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        needed = QFontMetrics(font).boundingRect(QRect(0, 0, max(rect.width(), 40), 100_000),
                                                 int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(size.width(), max(size.height(), needed.height() + 2 * self.MARGIN))

    def paint(self, painter, option, index):  # Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if not text:
            super().paint(painter, option, index)
            return
        opt.text = ""  # background, selection and icon as the style draws them; the text below
        style = self._style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self.tree)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self.tree)
        rect = rect.adjusted(self.MARGIN, 0, -self.MARGIN, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap), text)
        painter.restore()


def _project_names(rows) -> dict[tuple[str, int], str]:
    """``projectnaam`` of the listed features: one request per layer (the edit buffer included)."""
    from qgis.core import QgsFeatureRequest

    by_layer: dict[str, tuple] = {}
    for layer, fid, _finding in rows:
        by_layer.setdefault(layer.id(), (layer, set()))[1].add(fid)
    names = {}
    for lid, (layer, fids) in by_layer.items():
        idx = layer.fields().indexOf("projectnaam")
        if idx < 0:
            continue
        request = QgsFeatureRequest().setFilterFids(sorted(fids))
        request.setSubsetOfAttributes([idx])
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for feat in layer.getFeatures(request):
            value = feat[idx]
            if value not in (None, "") and not (hasattr(value, "isNull") and value.isNull()):
                names[(lid, feat.id())] = str(value)
    return names


def _counted(counts: dict[str, int]) -> str:
    """"2 fouten, 1 waarschuwing": the feature's findings per severity, most severe first."""
    words = {"error": (tr("FindingsView", "{0} fout"), tr("FindingsView", "{0} fouten")),
             "warning": (tr("FindingsView", "{0} waarschuwing"), tr("FindingsView", "{0} waarschuwingen")),
             "info": (tr("FindingsView", "{0} info"), tr("FindingsView", "{0} info"))}
    return ", ".join(words[sev][counts[sev] != 1].format(counts[sev]) for sev in _ORDER if counts.get(sev))


def group_text(layer_name: str, fid: int, project: str, counts: dict[str, int]) -> str:
    """The group row of one feature: "Bomen · fid 12 · Project Groene Wijk — 2 fouten, 1 waarschuwing"."""
    where = f"fid {fid}" if fid >= 0 else tr("FindingsView", "nieuw, niet bewaard")
    parts = [p for p in (layer_name, where, project) if p]
    return f"{' · '.join(parts)} — {_counted(counts)}"


_ORDER = ("error", "warning", "info")
#: Item data role of a group row (a feature); children carry their row number in UserRole.
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


def fill(dock, icons: dict[str, object], lang: str = "nl") -> int:
    """Fill ``dock.findingsTree`` with one row per feature and its findings as children.

    ``dock.rows`` holds the listed ``(layer, fid, finding)``, most severe
    first; the features keep that order (a feature with an error before one
    with only warnings) and each one lists all its findings, so the counts on
    its row are complete.  ``dock.rows`` becomes the grouped order.  The items
    are built off the tree and added in one call, the view not painting
    meanwhile (the dock stays responsive with a store of 60,000 findings).
    Returns the number of findings listed.
    """
    from qgis.PyQt.QtWidgets import QTreeWidgetItem

    listed = dock.rows
    validator = getattr(dock, "validator", None)
    every = validator.findings if validator is not None else {}
    order: dict[tuple[str, int], list] = {}
    for layer, fid, finding in listed:
        order.setdefault((layer.id(), fid), [layer, fid, []])[2].append(finding)
    names = _project_names(listed)
    rows: list = []
    groups = []
    bold = None
    for key, (layer, fid, shown) in order.items():
        findings = sorted(every.get(key) or shown, key=lambda f: (_ORDER.index(f.severity.value), f.code))
        counts = {sev: 0 for sev in _ORDER}
        for f in findings:
            counts[f.severity.value] += 1
        group = QTreeWidgetItem([group_text(layer.name(), fid, names.get(key, ""), counts)])
        worst = findings[0].severity.value
        group.setIcon(0, icons[worst])
        if bold is None:
            bold = group.font(0)
            bold.setBold(True)
        group.setFont(0, bold)
        group.setData(0, GROUP_ROLE, worst)
        first = len(rows)
        target = first
        for finding in findings:
            sev = finding.severity.value
            message = finding.message(lang)
            child = QTreeWidgetItem([finding.code, message])
            child.setIcon(0, icons[sev])
            child.setToolTip(1, message)
            child.setData(0, Qt.ItemDataRole.UserRole, len(rows))
            if finding.code == "LEKP-G002" and getattr(finding, "repaired", None) is not None:
                target = len(rows)  # the group row offers the repair too
            rows.append((layer, fid, finding))
            group.addChild(child)
        group.setData(0, Qt.ItemDataRole.UserRole, target)  # zoom and select: the feature
        group.setToolTip(0, group.text(0))
        groups.append(group)
    tree = dock.findingsTree
    dock.rows = rows
    tree.setUpdatesEnabled(False)
    try:
        tree.clear()
        tree.addTopLevelItems(groups)
        for group in groups:
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
    finally:
        tree.setUpdatesEnabled(True)
    return len(rows)


def codes(tree) -> list[str]:
    """The finding codes listed in ``tree`` (children of the feature rows), in order."""
    return [tree.topLevelItem(i).child(j).text(0)
            for i in range(tree.topLevelItemCount()) for j in range(tree.topLevelItem(i).childCount())]


def apply(dock) -> None:
    """Hide the findings the filter excludes, and the features left without any."""
    combo = getattr(dock, "severityFilter", None)
    wanted = combo.currentData() if combo is not None else "all"
    tree = dock.findingsTree
    tree.setUpdatesEnabled(False)
    try:
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            visible = 0
            for j in range(group.childCount()):
                child = group.child(j)
                row = dock._row(child)
                hide = row is not None and wanted not in ("all", row[2].severity.value)
                child.setHidden(hide)
                visible += not hide
            group.setHidden(visible == 0)
    finally:
        tree.setUpdatesEnabled(True)
