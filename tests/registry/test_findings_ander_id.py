"""The registry's 422 findings name the other feature of a duplicate or overlap (``ander_id``)."""

from __future__ import annotations

import uuid

from .conftest import ITEMS, L72, tree


def test_duplicate_finding_names_the_stored_feature(registry):
    c = registry.client("herzele")
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    assert c.post(ITEMS, json=tree(fid=first), headers=L72).status_code == 201
    again = c.post(ITEMS, json=tree(fid=second), headers=L72)  # same place, category and date
    assert again.status_code == 422
    findings = again.json()["findings"]
    dup = [f for f in findings if f["code"] == "LEKP-O002"]
    assert [(f["feature_id"], f["ander_id"]) for f in dup] == [(second, first)]
    assert all(f["ander_id"] is None for f in findings if f["code"] not in ("LEKP-O001", "LEKP-O002"))
