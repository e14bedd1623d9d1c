"""The Qt6-readiness check (scripts/qt6check.py) finds Qt5-only constructs, and the metadata follows it."""

from __future__ import annotations

import sys
import textwrap

import pytest

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import qt6check

QT5_ONLY = textwrap.dedent('''
    from PyQt5.QtCore import QTimer
    import sip
    from qgis.PyQt.QtCore import Qt, QVariant, QRegExp
    from qgis.PyQt.QtWidgets import QDialog, QHeaderView
    from qgis.core import QgsWkbTypes, QgsFieldConstraints

    def run(dialog: QDialog, header: QHeaderView):
        dialog.exec_()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        align = Qt.AlignLeft | Qt.AlignTop
        kind = QVariant.String
        geometry = QgsWkbTypes.NoGeometry
        strength = QgsFieldConstraints.ConstraintStrengthSoft
        legacy = QVariant.Int  # qt6: legacy
        return align, kind, geometry, strength, legacy
''')

QT6_READY = textwrap.dedent('''
    from qgis.PyQt.QtCore import Qt, QMetaType
    from qgis.PyQt.QtWidgets import QDialog, QHeaderView
    from qgis.core import QgsFieldConstraints

    def run(dialog: QDialog, header: QHeaderView, widget):
        dialog.exec()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        strength = QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft
        widget.exec_  # an attribute of something unknown is not judged
        return align, strength, QMetaType.Type.QString, Qt.ItemDataRole.UserRole + 1
''')


def _codes(tmp_path, source):
    path = tmp_path / "sample.py"
    path.write_text(source, encoding="utf-8")
    return [(f.line, f.code) for f in qt6check.check([path])]


def test_finds_each_qt5_only_construct(tmp_path):
    found = _codes(tmp_path, QT5_ONLY)
    assert found == [(2, "Q601"), (3, "Q601"), (4, "Q605"), (9, "Q602"), (10, "Q603"), (11, "Q603"),
                     (11, "Q603"), (12, "Q604"), (13, "Q603"), (14, "Q603")]
    messages = [str(f) for f in qt6check.check([tmp_path / "sample.py"])]
    assert any("Qt.AlignmentFlag.AlignLeft" in m for m in messages)
    assert any("Qgis.WkbType" in m for m in messages)


def test_scoped_spellings_pass(tmp_path):
    assert _codes(tmp_path, QT6_READY) == []


def test_exit_code_and_metadata_line(tmp_path, capsys):
    (tmp_path / "bad.py").write_text(QT5_ONLY, encoding="utf-8")
    metadata = tmp_path / "metadata.txt"
    metadata.write_text("[general]\nname=x\nsupportsQt6=True\n", encoding="utf-8")
    assert qt6check.main([str(tmp_path / "bad.py"), "--metadata", str(metadata)]) == 1
    assert "supportsQt6=True" in capsys.readouterr().out
    (tmp_path / "good.py").write_text(QT6_READY, encoding="utf-8")
    assert qt6check.main([str(tmp_path / "good.py")]) == 0


def test_metadata_claims_qt6_only_while_the_plugin_passes():
    metadata = ROOT / "lekp_plugin" / "metadata.txt"
    findings = qt6check.check([ROOT / "lekp_plugin"])
    if qt6check.metadata_claims_qt6(metadata):
        assert findings == [], "supportsQt6=True but:\n" + "\n".join(map(str, findings))
    else:
        pytest.fail("supportsQt6 is not True although the check is the gate for it; "
                    + ("fix: " + "\n".join(map(str, findings)) if findings else "the plugin passes: set it"))


def test_fix_rewrites_exec_and_unscoped_enums(tmp_path):
    path = tmp_path / "sample.py"
    path.write_text(QT5_ONLY.replace("align = ", "align = 'één' and "), encoding="utf-8")  # non-ASCII before
    assert qt6check.main([str(path), "--fix"]) == 1  # Q601, Q604, Q605 and QgsWkbTypes need a person
    text = path.read_text(encoding="utf-8")
    assert "dialog.exec()" in text and "QHeaderView.ResizeMode.Stretch" in text
    assert "align = 'één' and Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop" in text
    assert "QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft" in text
    assert "QgsWkbTypes.NoGeometry" in text
    assert {code for _, code in _codes(tmp_path, text)} == {"Q601", "Q604", "Q605", "Q603"}
    assert [c for _, c in _codes(tmp_path, text)].count("Q603") == 1  # only the moved QgsWkbTypes


def test_names_this_qgis_lacks_and_qgis_enum_aliases(tmp_path):
    source = textwrap.dedent('''
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import Qt

        level = Qgis.Info
        role = Qt.NoSuchRole
        fine = Qgis.MessageLevel.Info
    ''')
    path = tmp_path / "sample.py"
    path.write_text(source, encoding="utf-8")
    found = qt6check.check([path])
    assert [(f.line, f.code) for f in found] == [(5, "Q603"), (6, "Q606")]
    assert "Qgis.MessageLevel.Info" in found[0].message
    assert "does not exist in QGIS" in found[1].message and found[1].fix is None
