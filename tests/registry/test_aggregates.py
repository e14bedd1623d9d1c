"""Progress aggregates always equal a recount of the features, on both stores.

A seeded random mix of creates, replaces, patches, deletes, moves between
gemeenten (old NIS codes included), idempotent replays, batches and atomic
batches that roll back; after each round the aggregate-based voortgang of
every gemeente must equal the core's count over the stored features, and a
``rebuild`` must give the same rows.
"""

from __future__ import annotations

import math
import random
import subprocess
import sys
import uuid

import shapely

from lekp_plugin.core.progress import voortgang as core_voortgang
from lekp_registry.aggregates import Summer
from lekp_registry.progress import voortgang as registry_voortgang
from lekp_registry.storage import Gemeente

from .conftest import INSIDE, ITEMS, L72, ROOT

BATCH = "/collections/verbeteringen/batch"
#: 44012 (De Pinte) merged into 44086 (Nazareth-De Pinte) on 1 January 2025.
CODES = ["41027", "44021", "44086", "44012"]


def _feature(rng: random.Random, nis: str) -> dict:
    x0, y0 = INSIDE["44086" if nis == "44012" else nis]
    x, y = x0 + rng.uniform(-900, 900), y0 + rng.uniform(-900, 900)
    cat = rng.choice(["boom", "boom", "haag", "ontharding", "hemelwater_buffer", "natuurgroenperk", "geveltuin"])
    if cat == "boom" and rng.random() < 0.5:
        geom = {"type": "MultiPoint", "coordinates": [[x + 3 * i, y] for i in range(rng.randint(2, 5))]}
        qty = len(geom["coordinates"])
    elif cat == "boom":
        geom, qty = {"type": "Point", "coordinates": [x, y]}, 1
    elif cat in ("haag", "geveltuin"):
        length = rng.uniform(5, 80)
        geom = {"type": "LineString", "coordinates": [[x, y], [x + length, y + rng.uniform(0, 3)]]}
        qty = round(length, 1)
    elif cat in ("ontharding", "natuurgroenperk"):
        s = rng.uniform(4, 20)
        geom = {"type": "Polygon", "coordinates": [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]]}
        qty = round(s * s * rng.uniform(0.5, 0.95), 2) if cat == "ontharding" else 1
    else:
        geom, qty = {"type": "Point", "coordinates": [x, y]}, rng.choice([5, 12.5, 30])
    status = rng.choice(["uitgevoerd", "uitgevoerd", "gepland"])
    props = {"gemeente_nis": nis, "projectnaam": f"p{rng.randint(0, 9999)}", "categorie": cat,
             "aard": "verwijdering" if cat in ("boom", "haag") and rng.random() < 0.2 else "aanleg",
             "hoeveelheid": qty, "status": status, "domein": rng.choice(["publiek", "privaat"]),
             "opgelegd": rng.random() < 0.15, "bron": "manueel"}
    if status == "uitgevoerd":
        props["uitvoeringsdatum"] = f"{rng.randint(2021, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    else:
        props["geplande_datum"] = f"{rng.randint(2026, 2031)}-0{rng.randint(1, 9)}-15"
    return {"type": "Feature", "geometry": geom, "properties": props}


def _close(a, b, path="") -> None:
    if isinstance(a, dict):
        assert isinstance(b, dict) and set(a) == set(b), f"{path}: keys {set(a) ^ set(b)}"
        for k in a:
            _close(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _close(x, y, f"{path}[{i}]")
    elif isinstance(a, float) or isinstance(b, float):
        assert math.isclose(a, b, abs_tol=0.0011), f"{path}: {a} != {b}"  # 3-decimal rounding of sums
    else:
        assert a == b, f"{path}: {a!r} != {b!r}"


def assert_aggregates_equal_recount(store) -> int:
    """Every gemeente's voortgang from the aggregates equals the core's count over its features."""
    rows = store.voortgang_rows()
    assert all(n > 0 for *_k, _q, n in rows), "an emptied total must be gone"
    gemeenten = {to for to in ("41027", "44021", "44086")} | {r[0] for r in rows}
    summer = Summer()
    for nis in sorted(gemeenten):
        records = list(store.features_of_gemeente(nis))
        features = [{"id": r.id, "properties": r.properties,
                     "geometry": shapely.from_wkb(r.geometry) if r.geometry else None} for r in records]
        for r in records:
            summer.add(r.properties, r.geometry)
        g = Gemeente(nis, nis, 10_000, 2020, "test", None)
        expected = core_voortgang(features, nis, 10_000, naam=nis, referentiejaar=2020, bron_inwoners="test")
        got = registry_voortgang(g, [r for r in rows if r[0] == nis])
        _close(got, expected, nis)
    recount = {r[:4]: (r[4], r[5]) for r in summer.rows()}
    stored = {r[:4]: (r[4], r[5]) for r in rows}
    assert set(recount) == set(stored)
    for key, (qty, n) in recount.items():
        assert stored[key][1] == n and math.isclose(stored[key][0], qty, abs_tol=1e-6), key
    return summer.features


def test_aggregates_equal_a_recount_after_random_writes(registry):
    rng = random.Random(20261129)
    c = registry.client("vlaanderen")  # a beheerder: may write and move in every gemeente
    live: dict[str, str] = {}  # id -> etag

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    for round_no in range(6):
        for _ in range(25):
            action = rng.choice(["create", "create", "replace", "patch", "delete", "move"] if live else ["create"])
            fid = rng.choice(sorted(live)) if action != "create" else new_id()
            if action == "create":
                doc = _feature(rng, rng.choice(CODES))
                doc["id"] = fid
                r = c.post(ITEMS, json=doc, headers={**L72, "Idempotency-Key": f"k-{fid}"})
                assert r.status_code in (201, 422), r.text
                if r.status_code == 201:
                    live[fid] = r.headers["ETag"]
                    # a replay changes nothing
                    again = c.post(ITEMS, json=doc, headers={**L72, "Idempotency-Key": f"k-{fid}"})
                    assert again.headers.get("Idempotent-Replayed") == "true"
            elif action == "replace":
                doc = _feature(rng, rng.choice(CODES))
                r = c.put(f"{ITEMS}/{fid}", json=doc, headers={**L72, "If-Match": live[fid]})
                assert r.status_code in (200, 422), r.text
                if r.status_code == 200:
                    live[fid] = r.headers["ETag"]
            elif action == "patch":
                change = rng.choice([{"status": "uitgevoerd", "uitvoeringsdatum": "2024-05-05"},
                                     {"aard": "verwijdering"}, {"opgelegd": True}, {"opgelegd": False},
                                     {"uitvoeringsdatum": "2022-02-02"}, {"hoeveelheid": 3}])
                r = c.patch(f"{ITEMS}/{fid}", json={"properties": change},
                            headers={"If-Match": live[fid], "Content-Type": "application/merge-patch+json"})
                assert r.status_code in (200, 422), r.text
                if r.status_code == 200:
                    live[fid] = r.headers["ETag"]
            elif action == "delete":
                r = c.delete(f"{ITEMS}/{fid}", headers={"If-Match": live[fid]})
                assert r.status_code == 204, r.text
                del live[fid]
            else:  # move: only the gemeente changes (the geometry stays; no boundaries are loaded)
                nis = rng.choice(CODES)
                r = c.patch(f"{ITEMS}/{fid}", json={"properties": {"gemeente_nis": nis}},
                            headers={"If-Match": live[fid], "Content-Type": "application/merge-patch+json"})
                assert r.status_code == 200, r.text
                live[fid] = r.headers["ETag"]
        # a batch: creates, a replace, a patch and a delete together
        ops = []
        for _ in range(6):
            doc = _feature(rng, rng.choice(CODES))
            ops.append({"op": "create", "id": new_id(), "feature": doc})
        for fid in rng.sample(sorted(live), min(3, len(live))):
            kind = rng.choice(["replace", "patch", "delete"])
            op = {"op": kind, "id": fid, "if_match": live[fid]}
            if kind == "replace":
                op["feature"] = _feature(rng, rng.choice(CODES))
            elif kind == "patch":
                op["patch"] = {"properties": {"gemeente_nis": rng.choice(CODES), "aard": "aanleg"}}
            ops.append(op)
        r = c.post(BATCH, json={"atomic": False, "operations": ops}, headers=L72)
        assert r.status_code == 200, r.text
        for op, res in zip(ops, r.json()["results"], strict=True):
            if res["status"] in (200, 201):
                live[op["id"]] = res["etag"]
            elif res["status"] == 204:
                live.pop(op["id"], None)
        # an atomic batch that fails half-way changes nothing
        before = registry.store.voortgang_rows()
        victim = rng.choice(sorted(live))
        bad = [{"op": "create", "id": new_id(), "feature": _feature(rng, "41027")},
               {"op": "patch", "id": victim, "if_match": live[victim],
                "patch": {"properties": {"gemeente_nis": "44021", "opgelegd": True}}},
               {"op": "delete", "id": victim, "if_match": '"v999-nope"'}]
        r = c.post(BATCH, json={"atomic": True, "operations": bad}, headers=L72)
        assert r.status_code == 409, r.text
        assert registry.store.voortgang_rows() == before
        counted = assert_aggregates_equal_recount(registry.store)
        assert counted == len(live), round_no

    # the registry's own answer is the same as the recount
    rows = registry.store.voortgang_rows()
    assert rows
    # rebuild from the features gives the same totals
    features, _n = registry.store.rebuild_voortgang()
    assert features == len(live)
    rebuilt = registry.store.voortgang_rows()
    assert [(*r[:4], r[5]) for r in rebuilt] == [(*r[:4], r[5]) for r in rows]
    assert all(math.isclose(a[4], b[4], abs_tol=1e-6) for a, b in zip(rebuilt, rows, strict=True))
    assert_aggregates_equal_recount(registry.store)


def test_rebuild_command_recomputes_lost_aggregates(registry, db):
    c = registry.client("herzele")
    x, y = INSIDE["41027"]
    for i in range(4):
        doc = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [x + 20 * i, y]},
               "properties": {"gemeente_nis": "41027", "projectnaam": "p", "categorie": "boom", "aard": "aanleg",
                              "hoeveelheid": 1, "status": "uitgevoerd", "uitvoeringsdatum": f"202{i + 1}-03-01",
                              "domein": "publiek", "opgelegd": False, "bron": "manueel"}}
        assert c.post(ITEMS, json=doc, headers=L72).status_code == 201
    good = registry.store.voortgang_rows()
    # the totals are damaged (as by a hand-made fix in the database)
    if registry.store.kind == "sqlite":
        conn = registry.store._conn()
        conn.execute("UPDATE voortgang_totalen SET hoeveelheid = 99, aantal = 99")
    else:
        with registry.store._conn() as conn:
            conn.execute("UPDATE voortgang_totalen SET hoeveelheid = 99, aantal = 99")
    assert registry.store.voortgang_rows() != good
    out = subprocess.run([sys.executable, "-m", "lekp_registry", "rebuild", "--db", db], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "4 verbeteringen" in out.stdout
    assert registry.store.voortgang_rows() == good
    body = registry.client(None).get("/voortgang", params={"gemeente_nis": "41027"})
    assert body.status_code == 404  # no gemeenten loaded: the gemeente is unknown
