"""Atomic import: a process killed half-way through the write leaves the store as it was."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import verkavelingsplan

from lekp_plugin.imports.pipeline import import_plan

from .conftest import ROOT, TODAY, outbox, store_rows

CHILD = r"""
import os, sys, time, datetime
sys.path.insert(0, {root!r})
from lekp_plugin.imports.pipeline import prepare_import, write_import
plan = prepare_import({plan!r}, {store!r}, today=datetime.date(2026, 11, 29))
total = len(plan.to_write)

def progress(done, total):
    if done >= total // 2:
        with open({marker!r}, "w") as f:
            f.write(f"{{done}}/{{total}}")
        time.sleep(120)  # half-way through the transaction: wait to be killed

write_import(plan, progress=progress)
print("NOT KILLED")
"""


def test_process_killed_half_way_leaves_the_store_as_it_was(tmp_path, store):
    plan = Path(verkavelingsplan.make_plan(str(tmp_path / "groot_plan.dxf"), extra_trees=3000))
    before, before_outbox = store_rows(store), outbox(store)
    marker = tmp_path / "halfway"
    script = CHILD.format(root=str(ROOT), plan=str(plan), store=str(store), marker=str(marker))
    log = tmp_path / "child.log"
    with open(log, "w") as out:
        child = subprocess.Popen([sys.executable, "-c", script], stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert child.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the import never got half-way"
            time.sleep(0.05)
        done, total = (int(v) for v in marker.read_text().split("/"))
        assert 0 < done < total  # killed with features written inside the open transaction
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    # the store is as it was: no feature, no outbox row, and it is sound
    assert store_rows(store) == before and outbox(store) == before_outbox
    con = sqlite3.connect(store)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    # and the next import runs normally
    _plan, result = import_plan(str(plan), str(store), today=TODAY)
    assert result.created == total
    assert len(store_rows(store)) == total
