"""An imported plan reaches the real registry once: a re-import or a revised plan never duplicates it."""

from __future__ import annotations

import pytest
import verkavelingsplan

from lekp_plugin.imports.pipeline import import_plan

from ..sync.conftest import BOUNDARIES, HERZELE, INSIDE, _serve
from .conftest import TODAY


@pytest.fixture
def registry(tmp_path):
    reg = _serve(str(tmp_path / "registry.sqlite"))
    yield reg
    reg.server.stop()
    reg.store.close()


def test_plan_synced_once_and_revised_in_place(tmp_path, registry):
    from lekp_plugin.store import create_store
    from lekp_plugin.sync import run_sync

    store = str(tmp_path / "herzele.gpkg")
    create_store(store, "41027", str(BOUNDARIES))
    x, y = INSIDE["41027"]
    plan = verkavelingsplan.make_plan(str(tmp_path / "verkaveling_herzele.dxf"), origin=(x - 40, y - 40))
    _p, result = import_plan(plan, store, today=TODAY)
    assert result.created == 26
    run_sync(store, registry.url, HERZELE)
    features = registry.features()
    assert len(features) == 26
    keys = {f["properties"]["bron_sleutel"] for f in features.values()}
    assert len(keys) == 26 and all(k.startswith("dxf:") for k in keys)
    assert {f["properties"]["bron"] for f in features.values()} == {"import"}

    # the same plan again: nothing new locally, nothing new in the registry
    _p, result = import_plan(plan, store, today=TODAY)
    assert result.created == 0
    run_sync(store, registry.url, HERZELE)
    assert set(registry.features()) == set(features)

    # the architect moves one tree: the registry's feature is updated in place
    verkavelingsplan.make_plan(plan, origin=(x - 40, y - 40), moved_tree=True)
    _p, result = import_plan(plan, store, today=TODAY)
    assert (result.created, result.updated) == (0, 1)
    run_sync(store, registry.url, HERZELE)
    after = registry.features()
    assert set(after) == set(features)
    changed = [i for i in after if after[i]["geometry"] != features[i]["geometry"]]
    assert len(changed) == 1
