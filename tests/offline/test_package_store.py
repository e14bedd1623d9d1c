"""The package's GeoPackage: the area's features without outbox rows, their sync basis kept;
edits made in it reach the registry once, by a direct sync or by a merge into the office store."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest

from lekp_plugin.offline import make_package_store, merge_package
from lekp_plugin.sync import list_conflicts, resolve_conflict, run_sync

from .conftest import CENTRE, TOKEN, add_trees, delete, outbox, square, store_features, update


def _rows(path: str, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_package_holds_the_area_without_outbox_rows_and_keeps_the_basis(tmp_path, diepenbeek, registry):
    office = diepenbeek()
    x, y = CENTRE
    inside = add_trees(office, [(x, y), (x + 10, y)])
    outside = add_trees(office, [(x + 2000, y + 2000)])
    run_sync(office, registry.url, TOKEN)
    edited_unsent = add_trees(office, [(x + 20, y)])  # still in the office outbox
    office_basis = dict(_rows(office, "SELECT feature_id, etag FROM sync_basis"))

    pkg = make_package_store(office, str(tmp_path / "pakket.gpkg"), square(x, y, 300))
    assert _rows(pkg.path, "PRAGMA journal_mode")[0][0] == "delete"  # one file to carry

    assert set(store_features(pkg.path)) == set(inside + edited_unsent)
    assert pkg.counts["verbeteringen_punt"] == 3
    assert outbox(pkg.path) == []  # copying created no outbox rows
    assert _rows(pkg.path, "SELECT count(*) FROM sync_verzending")[0][0] == 0
    basis = dict(_rows(pkg.path, "SELECT feature_id, etag FROM sync_basis"))
    assert basis == {fid: office_basis[fid] for fid in inside}  # ETags kept: conflicts stay detectable
    assert outside[0] not in basis
    assert _rows(pkg.path, "SELECT pulling FROM sync_state")[0][0] == 0
    originals = {r[0] for r in _rows(pkg.path, "SELECT feature_id FROM pakket_origineel")}
    assert originals == set(inside + edited_unsent)
    # the office store is untouched
    assert len(store_features(office)) == 4
    info = subprocess.run(["ogrinfo", "-ro", "-q", pkg.path], capture_output=True, text=True, check=True)
    assert "verbeteringen_punt" in info.stdout and "pakketgebied" in info.stdout, info.stdout
    assert "ERROR" not in info.stderr, info.stderr


def _field_edits(path: str, change: str, remove: str) -> str:
    """One add, one change, one delete, written with GDAL as QField would."""
    (new,) = add_trees(path, [(CENTRE[0] - 50, CENTRE[1])], projectnaam="Veld", bron="veld")
    update(path, change, toelichting="Nageteld in het veld", projectnaam="Nageteld")
    delete(path, remove)
    return new


def test_direct_sync_of_the_package_sends_each_field_edit_once(tmp_path, diepenbeek, registry):
    office = diepenbeek()
    x, y = CENTRE
    a, b = add_trees(office, [(x, y), (x + 10, y)])
    run_sync(office, registry.url, TOKEN)
    pkg = make_package_store(office, str(tmp_path / "pakket.gpkg"), square(x, y, 300)).path

    new = _field_edits(pkg, a, b)
    assert sorted(op for _, op in outbox(pkg)) == ["delete", "insert", "update"]
    result = run_sync(pkg, registry.url, TOKEN)
    assert result.pushed == 3 and result.conflicts == 0
    there = registry.features("71011")
    assert set(there) == {a, new}
    assert there[a]["properties"]["projectnaam"] == "Nageteld"
    assert there[a]["properties"]["versie"] == 2  # sent once, as a replace of the version packaged
    assert run_sync(pkg, registry.url, TOKEN).pushed == 0
    # the office store gets them from the registry
    run_sync(office, registry.url, TOKEN)
    assert set(store_features(office)) == {a, new}


def test_merge_then_sync_sends_each_field_edit_once_and_both_sides_edits_conflict(tmp_path, diepenbeek,
                                                                                 registry):
    office = diepenbeek()
    x, y = CENTRE
    a, b, c = add_trees(office, [(x, y), (x + 10, y), (x + 20, y)])
    run_sync(office, registry.url, TOKEN)
    pkg = make_package_store(office, str(tmp_path / "pakket.gpkg"), square(x, y, 300)).path

    new = _field_edits(pkg, a, b)
    update(pkg, c, toelichting="in het veld nagekeken")
    update(office, c, toelichting="op kantoor aangepast")  # the office changed c meanwhile

    result = merge_package(str(tmp_path / "pakket.gpkg"), office)
    assert (result.created, result.changed, result.deleted, result.conflicts) == (1, 1, 1, 1)
    assert result.conflict_ids == [c]
    conflicts = list_conflicts(office)
    assert [k.feature_id for k in conflicts] == [c]
    assert conflicts[0].mine["properties"]["toelichting"] == "op kantoor aangepast"  # nothing overwritten
    assert conflicts[0].theirs["properties"]["toelichting"] == "in het veld nagekeken"
    assert outbox(pkg) == []  # handed over: a direct sync of the package sends nothing twice

    sync = run_sync(office, registry.url, TOKEN)
    assert sync.pushed == 3
    there = registry.features("71011")
    assert set(there) == {a, c, new}
    assert there[a]["properties"]["versie"] == 2 and there[a]["properties"]["projectnaam"] == "Nageteld"
    assert there[c]["properties"]["versie"] == 1  # held while the conflict is open
    assert run_sync(pkg, registry.url, TOKEN).pushed == 0

    # taking the field's version is a local edit, sent with the registry's ETag
    resolve_conflict(office, conflicts[0].conflict_id, "theirs")
    assert run_sync(office, registry.url, TOKEN).pushed == 1
    there = registry.features("71011")
    assert there[c]["properties"]["toelichting"] == "in het veld nagekeken"
    assert there[c]["properties"]["versie"] == 2


def test_a_package_is_merged_once(tmp_path, diepenbeek):
    from lekp_plugin.offline import OfflineError

    office = diepenbeek()
    pkg = make_package_store(office, str(tmp_path / "pakket.gpkg")).path
    add_trees(pkg, [CENTRE])
    assert merge_package(pkg, office).created == 1
    with pytest.raises(OfflineError) as err:
        merge_package(pkg, office)
    assert err.value.code == "already_merged"
    assert len(store_features(office)) == 1


def test_a_registry_change_meanwhile_is_a_conflict_at_the_package_s_direct_sync(tmp_path, diepenbeek, registry):
    """The package keeps each feature's ETag: an office edit synced meanwhile is detected, not overwritten."""
    office = diepenbeek()
    (a,) = add_trees(office, [CENTRE])
    run_sync(office, registry.url, TOKEN)
    pkg = make_package_store(office, str(tmp_path / "pakket.gpkg")).path
    update(office, a, toelichting="kantoor")
    assert run_sync(office, registry.url, TOKEN).pushed == 1
    update(pkg, a, toelichting="veld")
    result = run_sync(pkg, registry.url, TOKEN)
    assert result.conflicts == 1 and result.pushed == 0
    assert registry.features("71011")[a]["properties"]["toelichting"] == "kantoor"
    (conflict,) = list_conflicts(pkg)
    assert conflict.mine["properties"]["toelichting"] == "veld"
    assert conflict.theirs["properties"]["toelichting"] == "kantoor"
