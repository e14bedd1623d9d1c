#!/usr/bin/env python3
"""Build the plugin zip that QGIS's "Install from ZIP" accepts.

    python3 scripts/package.py [--output dist/]

The zip holds one folder, ``lekp_plugin/``: code, ``metadata.txt``, forms,
resources, compiled translations (``.qm``, built here with lrelease) and the
LICENSE.  Tests, ``.ts`` sources, caches and dev configuration stay out.
"""

from __future__ import annotations

import argparse
import configparser
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "lekp_plugin"
EXCLUDE_DIRS = {"__pycache__", ".pytest_cache"}
EXCLUDE_SUFFIXES = {".pyc", ".pyo", ".ts"}
EXCLUDE_NAMES = {"ruff.toml", ".DS_Store"}


def version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def plugin_files() -> list[Path]:
    files = []
    for path in sorted(PLUGIN.rglob("*")):
        rel = path.relative_to(PLUGIN)
        if path.is_dir() or EXCLUDE_DIRS & set(rel.parts):
            continue
        if path.suffix in EXCLUDE_SUFFIXES or path.name in EXCLUDE_NAMES or path.name.startswith("."):
            continue
        files.append(path)
    return files


def build(output_dir: Path) -> Path:
    sys.path.insert(0, str(ROOT / "scripts"))
    import i18n

    if i18n.missing("en"):
        raise SystemExit("untranslated strings: run `python3 scripts/i18n.py check`")
    i18n.compile_all()
    output_dir.mkdir(parents=True, exist_ok=True)
    target = output_dir / f"lekp_plugin-{version()}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in plugin_files():
            zf.write(path, f"lekp_plugin/{path.relative_to(PLUGIN).as_posix()}")
        zf.write(ROOT / "LICENSE", "lekp_plugin/LICENSE")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(ROOT / "dist"), help="folder for the zip (default dist/)")
    args = parser.parse_args()
    print(build(Path(args.output)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
