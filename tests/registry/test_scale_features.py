"""GET /voortgang for every gemeente, keyset paging, and several server processes on PostGIS."""

from __future__ import annotations

import concurrent.futures
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from lekp_plugin.core.progress import voortgang as core_voortgang
from lekp_registry.auth import hash_key
from lekp_registry.gemeenten import load_gemeenten

from .conftest import BOUNDARIES, INSIDE, ITEMS, L72, POPULATION, ROOT, free_port, needs_shared_data, tree


def _post(c, nis, dx=0.0, **props):
    doc = tree("44086" if nis == "44012" else nis, **props)
    doc["properties"]["gemeente_nis"] = nis
    doc["geometry"]["coordinates"][0] += dx
    r = c.post(ITEMS, json=doc, headers=L72)
    assert r.status_code == 201, r.text
    return r.json()["id"]


def test_voortgang_of_every_gemeente_province_and_selection(registry):
    needs_shared_data()
    load_gemeenten(registry.store, str(BOUNDARIES), str(POPULATION), 2020)
    c = registry.client("vlaanderen")
    for i in range(3):
        _post(c, "41027", 15 * i)
    _post(c, "41027", 100, aard="verwijdering")
    _post(c, "44021", 0, status="gepland", uitvoeringsdatum=None, geplande_datum="2028-03-01")
    _post(c, "44012", 0)  # De Pinte, merged into Nazareth-De Pinte (44086)
    anon = registry.client(None)
    r = anon.get("/voortgang")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["aantal_gemeenten"] == 285 and len(body["gemeenten"]) == 285  # Flemish, 2025 codes
    by_nis = {g["gemeente_nis"]: g for g in body["gemeenten"]}
    assert "44012" not in by_nis and "21004" not in by_nis  # no disappeared code, no Brussels
    # the same shape as the core's voortgang (the dock and the report), per gemeente and in total
    core = core_voortgang([], "41027", 1000)
    assert set(by_nis["41027"]) == set(core)
    assert set(body["totaal"]) == set(core) | {"aantal_gemeenten"}
    bomen = {nis: by_nis[nis]["doelstellingen"][0] for nis in ("41027", "44021", "44086")}
    assert bomen["41027"]["gerealiseerd"] == 2 and bomen["41027"]["aantal"]["gerealiseerd"] == 4
    assert bomen["44021"]["gepland"] == 1 and bomen["44021"]["reeks"]["gepland"][-3:] == [1, 1, 1]
    assert bomen["44086"]["gerealiseerd"] == 1
    assert by_nis["41027"] == anon.get("/gemeenten/41027/voortgang").json()
    totaal = body["totaal"]["doelstellingen"][0]
    assert totaal["gerealiseerd"] == 3 and totaal["gepland"] == 1
    assert body["totaal"]["inwoners"] == sum(g["inwoners"] for g in body["gemeenten"])
    assert body["totaal"]["doelstellingen"][0]["doel_waarde"] == body["totaal"]["inwoners"]
    # a province (by name or NIS code) and a list of NIS codes (old codes count for the new gemeente)
    ov = anon.get("/voortgang", params={"provincie": "oost-vlaanderen"}).json()
    assert ov["gemeenten"] and all(g["gemeente_nis"].startswith("4") for g in ov["gemeenten"])
    assert ov["totaal"]["doelstellingen"][0]["gerealiseerd"] == 3
    assert anon.get("/voortgang", params={"provincie": "40000"}).json()["aantal_gemeenten"] == ov["aantal_gemeenten"]
    sel = anon.get("/voortgang", params={"gemeente_nis": "41027,44012"}).json()
    assert [g["gemeente_nis"] for g in sel["gemeenten"]] == ["41027", "44086"]
    assert sel["totaal"]["doelstellingen"][0]["gerealiseerd"] == 3
    assert sel["filter"] == {"gemeente_nis": ["41027", "44086"]}
    # bad input: a clear 400/404
    assert anon.get("/voortgang", params={"provincie": "brabant"}).status_code == 400
    assert anon.get("/voortgang", params={"gemeente_nis": "4102"}).status_code == 400
    assert anon.get("/voortgang", params={"gemeente_nis": "99999"}).status_code == 404
    assert anon.get("/voortgang", params={"nis": "41027"}).status_code == 400
    # the answer is cached until the next write, and that write shows at once
    assert anon.get("/voortgang").json() == body
    _post(c, "44021", 40)
    again = anon.get("/voortgang").json()
    assert again["totaal"]["doelstellingen"][0]["gerealiseerd"] == 4
    assert anon.get("/voortgang", params={"provincie": "oost-vlaanderen"}).json()["totaal"][
        "doelstellingen"][0]["gerealiseerd"] == 4


def test_keyset_pages_follow_the_id_and_offset_still_works(registry):
    c = registry.client("herzele")
    x, y = INSIDE["41027"]
    created = [_post(c, "41027", 12 * i) for i in range(23)]
    ids = sorted(created)
    anon = registry.client(None)
    first = anon.get(ITEMS, params={"limit": 5, "gemeente_nis": "41027"}).json()
    assert first["numberMatched"] == 23
    seen, page, pages = [], first, 1
    deleted = None
    while True:
        seen += [f["id"] for f in page["features"]]
        nxt = [link["href"] for link in page["links"] if link["rel"] == "next"]
        if not nxt:
            break
        assert "cursor=" in nxt[0] and "gemeente_nis=41027" in nxt[0] and "limit=5" in nxt[0]
        if deleted is None:  # a feature of a page already read goes: keyset pages skip nothing
            deleted = seen[0]
            etag = c.get(f"{ITEMS}/{deleted}").headers["ETag"]
            assert c.delete(f"{ITEMS}/{deleted}", headers={"If-Match": etag}).status_code == 204
        page = anon.get(nxt[0]).json()
        pages += 1
    assert seen == ids and pages == 5
    # a client that sends offset gets what it asked for
    third = anon.get(ITEMS, params={"limit": 5, "offset": 10}).json()
    assert [f["id"] for f in third["features"]] == ids[11:16]  # one feature was deleted
    assert third["numberMatched"] == 22 and any(link["rel"] == "prev" for link in third["links"])
    # bbox pages too
    box = f"{x - 1},{y - 1},{x + 12 * 10 + 1},{y + 1}"
    got, url = [], ITEMS + f"?bbox={box}&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/31370&limit=4"
    while url:
        page = anon.get(url).json()
        got += [f["id"] for f in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
    assert got == sorted(fid for i, fid in enumerate(created) if i <= 10 and fid != deleted)
    # bad cursors
    assert anon.get(ITEMS, params={"cursor": "abc"}).status_code == 400
    assert anon.get(ITEMS, params={"cursor": ids[3], "offset": 5}).status_code == 400
    assert anon.get("/collections/gemeenten/items", params={"cursor": ids[3]}).status_code == 400


def _serve(db: str, port: int, *extra: str, auth: Path | None = None) -> subprocess.Popen:
    args = [sys.executable, "-m", "lekp_registry", "serve", "--db", db, "--port", str(port), *extra]
    if auth is not None:
        args += ["--auth", str(auth)]
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def test_workers_share_one_port_on_postgis(db, tmp_path):
    if not db.startswith("postgresql"):
        proc = _serve(db, free_port(), "--workers", "2")
        out, _ = proc.communicate(timeout=60)
        assert proc.returncode == 2 and "PostGIS" in out
        return
    token = "lekp_test_workers_beheerder"
    auth = tmp_path / "auth.toml"
    auth.write_text(f'[[keys]]\nname = "w"\nsha256 = "{hash_key(token)}"\ngemeente = "*"\nrol = "beheerder"\n')
    port = free_port()
    proc = _serve(db, port, "--workers", "3", "--max-connections", "40", auth=auth)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/", timeout=1).status_code == 200 and len(_children(proc.pid)) == 3:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        assert len(_children(proc.pid)) == 3

        def write(i: int) -> int:
            doc = tree("41027")
            doc["geometry"]["coordinates"][0] += 7 * i
            with httpx.Client(base_url=url, timeout=30) as c:
                return c.post(ITEMS, json=doc, headers={**L72, "Authorization": f"Bearer {token}"}).status_code

        with concurrent.futures.ThreadPoolExecutor(12) as pool:
            codes = list(pool.map(write, range(60)))
        assert codes == [201] * 60
        with httpx.Client(base_url=url, timeout=30) as c:
            assert c.get(ITEMS, params={"limit": 1}).json()["numberMatched"] == 60
            feed = c.get("/collections/verbeteringen/changes", params={"limit": 100}).json()
            assert [e["seq"] for e in feed["changes"]] == list(range(1, 61))  # one sequence for all workers
            assert c.get("/gemeenten/41027/voortgang").status_code == 404  # no gemeenten loaded
    finally:
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    assert all(not Path(f"/proc/{w}").exists() for w in workers)
    assert token not in out
