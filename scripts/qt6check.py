#!/usr/bin/env python3
"""Qt6 (QGIS 4) readiness check: fails on a Qt5-only construct in the plugin.

    .venv/bin/python scripts/qt6check.py [PATH ...]     # default: lekp_plugin
    .venv/bin/python scripts/qt6check.py --fix          # rewrite Q602/Q603 in place first

Run it with QGIS's Python (the .venv): it looks the names up in the real
``qgis.PyQt``/``qgis.core``/``qgis.gui`` modules, as QGIS's own
``pyqt5_to_pyqt6`` migration script does, and reports what that script would
rewrite (it is not on PyPI, so this is the equivalent lint rule):

  Q601  PyQt5/PyQt6/sip imported directly: import through ``qgis.PyQt``
  Q602  ``exec_()``/``print_()``: Qt6 has only ``exec()``/``print()``
  Q603  an enum member spelled unscoped (``Qt.AlignLeft``): PyQt6 needs the
        scoped spelling (``Qt.AlignmentFlag.AlignLeft``); QGIS 3.22 already
        takes it for Qt's enums; QGIS's newer scoped enums (Qgis.WkbType for
        QgsWkbTypes.*, ...) go through compat.py
  Q604  ``QVariant.<Type>``: gone in Qt6; use ``compat.FIELD_TYPES``
  Q605  a class Qt6 removed (QRegExp, QDesktopWidget, ...)
  Q606  a name the running QGIS does not have (run the check on every
        supported QGIS: the test command runs it on 3.22 and, through
        tests/plugin/test_qt6_check.py, on 3.40)

A line that must keep a Qt5 spelling (a legacy branch in compat.py, taken only
on old QGIS) ends with ``# qt6: legacy``.  ``metadata.txt`` says
``supportsQt6=True`` only while this check passes: with ``--metadata FILE`` a
failure also names that line.
"""

from __future__ import annotations

import argparse
import ast
import enum
import importlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRAGMA = "# qt6: legacy"
QT_MODULE_PREFIXES = ("qgis.PyQt", "qgis.core", "qgis.gui", "qgis.analysis", "qgis._core", "qgis._gui")
REMOVED_CLASSES = {
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QGuiApplication.screens())",
    "QTextCodec": "Python str/bytes",
    "QStringRef": "str",
    "QLinkedList": "list",
    "QMatrix": "QTransform",
}

#: Classes whose enums moved to ``Qgis`` (3.30+) and are gone in QGIS 4.
MOVED_ENUMS = {
    "QgsWkbTypes": "moved to Qgis.WkbType / Qgis.GeometryType (QGIS 3.30); "
                   "use compat.wkb_type() / compat.geometry_type()",
}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    col: int
    code: str
    message: str
    #: (end column, replacement) for ``--fix``: the text from ``col`` to the end
    #: column on ``line`` (UTF-8 byte offsets, as ast gives them) becomes ``replacement``
    fix: tuple[int, str] | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col + 1}: {self.code} {self.message}"


def _is_enum_member(value) -> bool:
    if isinstance(value, enum.Enum):
        return True
    kind = type(value)
    return isinstance(value, int) and kind not in (int, bool) and kind.__module__.startswith(("PyQt", "qgis"))


class _Checker(ast.NodeVisitor):
    def __init__(self, path: str, source: str):
        self.path = path
        self.lines = source.splitlines()
        self.names: dict[str, object] = {}
        self.findings: list[Finding] = []

    def report(self, node: ast.AST, code: str, message: str, replacement: str | None = None) -> None:
        line = self.lines[node.lineno - 1] if node.lineno - 1 < len(self.lines) else ""
        if line.rstrip().endswith(PRAGMA):
            return
        fix = None
        if replacement is not None and node.lineno == node.end_lineno:
            fix = (node.end_col_offset, replacement)
        self.findings.append(Finding(self.path, node.lineno, node.col_offset, code, message, fix))

    def segment(self, node: ast.AST) -> str:
        line = self.lines[node.lineno - 1].encode("utf-8")
        return line[node.col_offset:node.end_col_offset].decode("utf-8")

    # -- imports -------------------------------------------------------------
    def collect_imports(self, tree: ast.AST) -> None:
        """Every name imported from QGIS/Qt anywhere in the file, resolved to the real object."""
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.startswith(QT_MODULE_PREFIXES):
                    try:
                        module = importlib.import_module(node.module)
                    except ImportError:
                        continue
                    for alias in node.names:
                        obj = getattr(module, alias.name, None)
                        if obj is None:
                            try:
                                obj = importlib.import_module(f"{node.module}.{alias.name}")
                            except ImportError:
                                continue
                        self.names[alias.asname or alias.name] = obj

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
                self.report(node, "Q601", f"'import {alias.name}': import through qgis.PyQt")
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if node.level == 0 and module.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
            self.report(node, "Q601", f"'from {module} import ...': import through qgis.PyQt")
        if node.level == 0 and module.startswith(QT_MODULE_PREFIXES):
            for alias in node.names:
                if alias.name in REMOVED_CLASSES:
                    self.report(node, "Q605", f"{alias.name} is gone in Qt6: use {REMOVED_CLASSES[alias.name]}")
        self.generic_visit(node)

    # -- calls and attributes ----------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("exec_", "print_"):
            replacement = None
            if func.value.lineno == func.value.end_lineno == func.lineno:
                replacement = f"{self.segment(func.value)}.{func.attr[:-1]}"
            self.report(func, "Q602", f"'{func.attr}()' is gone in Qt6: call '{func.attr[:-1]}()'", replacement)
        self.generic_visit(node)

    def resolve(self, node: ast.AST):
        if isinstance(node, ast.Name):
            return self.names.get(node.id)
        if isinstance(node, ast.Attribute):
            owner = self.resolve(node.value)
            return None if owner is None else getattr(owner, node.attr, None)
        return None

    def visit_Attribute(self, node: ast.Attribute) -> None:
        owner = self.resolve(node.value)
        if owner is not None:
            owner_name = getattr(owner, "__name__", "")
            if owner_name == "QVariant" and isinstance(owner, type):
                value = getattr(owner, node.attr, None)
                if _is_enum_member(value) or node.attr == "Type":
                    self.report(node, "Q604", f"QVariant.{node.attr} is gone in Qt6: use compat.FIELD_TYPES "
                                              "(QMetaType.Type)")
                    return
            if isinstance(owner, type):
                self.check_enum(node, owner)
        self.generic_visit(node)

    def check_enum(self, node: ast.Attribute, owner: type) -> None:
        try:
            value = getattr(owner, node.attr)
        except AttributeError:
            self.report(node, "Q606", f"{owner.__name__}.{node.attr} does not exist in QGIS {_qgis_version()} "
                                      "(removed or renamed: go through compat.py)")
            return
        if not _is_enum_member(value):
            return
        enum_type = type(value)
        if owner is enum_type:
            return  # Enum.Member: scoped already
        if owner.__name__ in MOVED_ENUMS:
            self.report(node, "Q603", f"{owner.__name__}.{node.attr}: {MOVED_ENUMS[owner.__name__]}")
            return
        if isinstance(value, enum.Enum):
            # QGIS's own Python enums, and the aliases QGIS keeps where an enum moved to Qgis
            canonical = f"{enum_type.__qualname__}.{value.name}"
            self.report(node, "Q603", f"{owner.__name__}.{node.attr} is an alias of {canonical}: spell it so "
                                      "(through compat.py where an older supported QGIS lacks it)")
            return
        enum_name = enum_type.__name__
        if getattr(owner, enum_name, None) is not enum_type:
            return  # not an enum nested in this class
        replacement = None
        if (getattr(enum_type, node.attr, None) == value
                and node.value.lineno == node.value.end_lineno == node.lineno):
            replacement = f"{self.segment(node.value)}.{enum_name}.{node.attr}"
        self.report(node, "Q603", f"{owner.__name__}.{node.attr}: spell it scoped, "
                                  f"{owner.__name__}.{enum_name}.{node.attr} (or go through compat.py)",
                    replacement)


def _qgis_version() -> str:
    try:
        from qgis.core import Qgis
    except ImportError:
        return "?"
    return Qgis.QGIS_VERSION.split("-")[0]


def check_file(path: Path) -> list[Finding]:
    source = path.read_text(encoding="utf-8")
    try:
        tree = ast.parse(source, str(path))
    except SyntaxError as exc:
        return [Finding(str(path), exc.lineno or 0, 0, "Q600", f"cannot parse: {exc.msg}")]
    checker = _Checker(str(path), source)
    checker.collect_imports(tree)
    checker.visit(tree)
    return checker.findings


def apply_fixes(findings: list[Finding]) -> int:
    """Rewrite what has a mechanical fix (Q602, Q603) in place; returns how many."""
    by_file: dict[str, list[Finding]] = {}
    for f in findings:
        if f.fix is not None:
            by_file.setdefault(f.path, []).append(f)
    done = 0
    for path, fixes in by_file.items():
        text = Path(path).read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        # right to left, bottom to top: earlier offsets stay valid
        for f in sorted(fixes, key=lambda f: (f.line, f.col), reverse=True):
            end, replacement = f.fix
            raw = lines[f.line - 1].encode("utf-8")
            lines[f.line - 1] = (raw[:f.col] + replacement.encode("utf-8") + raw[end:]).decode("utf-8")
            done += 1
        Path(path).write_text("".join(lines), encoding="utf-8")
    return done


def python_files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        else:
            yield path


def check(paths: list[Path]) -> list[Finding]:
    found: list[Finding] = []
    for path in python_files(paths):
        found += check_file(path)
    return found


def metadata_claims_qt6(metadata: Path) -> bool:
    for line in metadata.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "supportsQt6":
            return value.strip().lower() in ("true", "yes", "1")
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "lekp_plugin"])
    parser.add_argument("--metadata", type=Path, default=None,
                        help="the plugin's metadata.txt: a failure then names its supportsQt6 line")
    parser.add_argument("--fix", action="store_true",
                        help="rewrite exec_() and unscoped enums in place (like pyqt5_to_pyqt6), then check")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    found = check(args.paths)
    if args.fix:
        print(f"qt6check: fixed {apply_fixes(found)}")
        found = check(args.paths)
    for finding in found:
        print(finding)
    files = sum(1 for _ in python_files(args.paths))
    if found:
        print(f"qt6check: {len(found)} Qt5-only construct(s) in {files} files")
        if args.metadata and metadata_claims_qt6(args.metadata):
            print(f"qt6check: {args.metadata} says supportsQt6=True: fix the above or set it to False")
        return 1
    print(f"qt6check: {files} files ready for Qt6")
    return 0


if __name__ == "__main__":
    sys.exit(main())
