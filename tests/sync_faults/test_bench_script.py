"""scripts/bench_sync.py keeps working (a small run; the full one is 10,000 features)."""

from __future__ import annotations

import re
import subprocess

import pytest

from .conftest import PYTHON, ROOT

pytestmark = pytest.mark.timeout(300)


def test_bench_sync_small_run_reports_speed_requests_and_the_naive_baseline():
    r = subprocess.run([PYTHON, str(ROOT / "scripts" / "bench_sync.py"), "--features", "300", "--check"],
                       cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    out = r.stdout
    assert re.search(r"sync push: 300 features in [\d.]+ s = \d+ features/s; \d+ HTTP requests", out), out
    assert "lost 0; duplicated 0" in out
    assert re.search(r"no-op sync: [12] HTTP requests", out), out
    assert re.search(r"naive baseline .*: 300 features in [\d.]+ s", out), out
    assert re.search(r"ratio: sync is [\d.]+x faster", out), out
