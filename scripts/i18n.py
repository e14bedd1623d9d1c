#!/usr/bin/env python3
"""Translations: extract the Dutch UI strings into ``.ts`` files and compile ``.qm``.

    python3 scripts/i18n.py update    # add new strings to resources/i18n/lekp_en.ts
    python3 scripts/i18n.py compile   # lrelease every .ts into .qm (done by setup)
    python3 scripts/i18n.py apply     # write scripts/translations_en.py into the .ts
    python3 scripts/i18n.py check     # exit 1 when a string has no English translation

Source strings are Dutch (the UI is Dutch first).  Strings are found with the
``ast`` module: ``tr("Context", "text")`` and ``self.tr("text")`` (context =
the class name, as ``LekpAlgorithm.tr`` uses), plus ``<string>`` elements of
the ``.ui`` forms (context = the form's class, as uic uses).  Runs without Qt.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "lekp_plugin"
TS_DIR = PLUGIN / "resources" / "i18n"
LANGUAGES = ("en",)


def _str(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def python_strings(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, str]] = []

    def visit(node, cls: str | None):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                # class attributes DISPLAY/GROUP/HELP of algorithms go through self.tr
                for stmt in child.body:
                    if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                            and isinstance(stmt.targets[0], ast.Name)
                            and stmt.targets[0].id in ("DISPLAY", "GROUP", "HELP")):
                        text = _str(stmt.value)
                        if text:
                            found.append((child.name, text))
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                if name == "tr":
                    args = [_str(a) for a in child.args]
                    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                            and func.value.id == "self" and len(args) == 1 and args[0] and cls:
                        found.append((cls, args[0]))
                    elif len(args) == 2 and args[0] and args[1]:
                        found.append((args[0], args[1]))
            visit(child, cls)

    visit(tree, None)
    return found


def ui_strings(path: Path) -> list[tuple[str, str]]:
    root = ET.parse(path).getroot()
    context = root.findtext("class") or path.stem
    return [(context, el.text) for el in root.iter("string")
            if el.text and el.get("notr") != "true" and not el.text.startswith("QLabel {")]


def all_strings() -> dict[str, list[str]]:
    by_context: dict[str, list[str]] = {}
    files = sorted(p for p in PLUGIN.rglob("*.py") if "core" not in p.parts)
    pairs = [pair for p in files for pair in python_strings(p)]
    pairs += [pair for p in sorted((PLUGIN / "forms").glob("*.ui")) for pair in ui_strings(p)]
    for context, text in pairs:
        texts = by_context.setdefault(context, [])
        if text not in texts:
            texts.append(text)
    return by_context


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(name, msg.findtext("source"))] = (tr.text or "") if tr is not None else ""
    return out


def write_ts(path: Path, lang: str, strings: dict[str, list[str]], known: dict) -> None:
    ts = ET.Element("TS", version="2.1", language=lang, sourcelanguage="nl")
    for context in sorted(strings):
        ctx = ET.SubElement(ts, "context")
        ET.SubElement(ctx, "name").text = context
        for text in strings[context]:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = text
            translation = known.get((context, text), "")
            tr = ET.SubElement(msg, "translation")
            if translation:
                tr.text = translation
            else:
                tr.set("type", "unfinished")
    ET.indent(ts)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(ts, encoding="unicode") + "\n", encoding="utf-8")


def missing(lang: str) -> list[tuple[str, str]]:
    known = read_ts(TS_DIR / f"lekp_{lang}.ts")
    return [(c, t) for c, texts in all_strings().items() for t in texts if not known.get((c, t))]


def lrelease() -> str:
    for cand in ("lrelease", "/usr/lib/qt5/bin/lrelease", "lrelease-qt5", "pyside6-lrelease"):
        found = shutil.which(cand) or (cand if os.path.exists(cand) else None)
        if found:
            return found
    raise SystemExit("lrelease not found: install Debian's qttools5-dev-tools (scripts/setup.sh does)")


def compile_all() -> list[Path]:
    tool = lrelease()
    out = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "check"
    if cmd == "update":
        strings = all_strings()
        for lang in LANGUAGES:
            path = TS_DIR / f"lekp_{lang}.ts"
            write_ts(path, lang, strings, read_ts(path))
            print(f"{path}: {sum(map(len, strings.values()))} strings, {len(missing(lang))} untranslated")
        return 0
    if cmd == "apply":
        sys.path.insert(0, str(ROOT / "scripts"))
        from translations_en import EN

        path = TS_DIR / "lekp_en.ts"
        strings = all_strings()
        known = read_ts(path)
        known.update({(c, t): EN[t] for c, texts in strings.items() for t in texts if t in EN})
        write_ts(path, "en", strings, known)
        print(f"{path}: {len(missing('en'))} untranslated")
        return 0
    if cmd == "compile":
        for qm in compile_all():
            print(qm)
        return 0
    if cmd == "check":
        bad = [(lang, c, t) for lang in LANGUAGES for c, t in missing(lang)]
        for lang, c, t in bad:
            print(f"untranslated [{lang}] {c}: {t!r}")
        return 1 if bad else 0
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
