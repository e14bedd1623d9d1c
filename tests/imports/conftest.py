"""Fixtures of the plan-import tests: a Diepenbeek store and generated plans.

These tests run in ``.venv`` (GDAL, ezdxf); they need no QGIS except the
Processing and wizard tests, which use pytest-qgis and ``qgis_process.bin``.
"""

from __future__ import annotations

import datetime as _dt
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import verkavelingsplan  # noqa: E402

#: "today" of every validation in these tests: reproducible date rules.
TODAY = _dt.date(2026, 11, 29)


@pytest.fixture(scope="session")
def store_template(tmp_path_factory, boundaries_2025) -> Path:
    from lekp_plugin.store import create_store

    path = tmp_path_factory.mktemp("template") / "diepenbeek.gpkg"
    create_store(str(path), "71011", str(boundaries_2025))
    return path


@pytest.fixture()
def store(store_template, tmp_path) -> Path:
    """A fresh, empty Diepenbeek store (latest schema, with boundary)."""
    path = tmp_path / "diepenbeek.gpkg"
    shutil.copy(store_template, path)
    return path


@pytest.fixture()
def plan(tmp_path) -> Path:
    """The generated verkavelingsplan (Lambert 72, Diepenbeek)."""
    return Path(verkavelingsplan.make_plan(str(tmp_path / "verkaveling_diepenbeek.dxf")))


def store_rows(path: Path) -> list[tuple]:
    """Every improvement in the store, sorted (all fields but fid)."""
    con = sqlite3.connect(path)
    try:
        rows = []
        for t in ("verbeteringen_vlak", "verbeteringen_lijn", "verbeteringen_punt"):
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")') if r[1] != "fid"]
            rows += [(t, *r) for r in con.execute(f'SELECT {", ".join(cols)} FROM "{t}"')]
        return sorted(rows, key=repr)
    finally:
        con.close()


def outbox(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT laag, feature_id, op FROM sync_outbox ORDER BY seq").fetchall()
    finally:
        con.close()
