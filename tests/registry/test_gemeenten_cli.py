"""The gemeenten collection, /gemeenten/{nis}/voortgang and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx

from lekp_plugin.core.population import read_statbel_csv
from lekp_registry.gemeenten import load_gemeenten

from .conftest import BOUNDARIES, INSIDE, ITEMS, L72, POPULATION, ROOT, free_port, needs_shared_data, tree

L72_URI = "http://www.opengis.net/def/crs/EPSG/0/31370"


def test_gemeenten_collection_with_population_summed_into_2025_codes(registry):
    needs_shared_data()
    report = load_gemeenten(registry.store, str(BOUNDARIES), str(POPULATION), 2020, "Statbel")
    assert report.loaded == 304
    rows = read_statbel_csv(str(POPULATION))
    c = registry.client(None)
    page = c.get("/collections/gemeenten/items", params={"limit": 1000}).json()
    assert page["numberMatched"] == 304
    herzele = c.get("/collections/gemeenten/items/41027").json()
    assert herzele["properties"]["naam"] == "Herzele"
    assert herzele["properties"]["inwoners"] == rows["41027"].inwoners
    assert herzele["properties"]["referentiejaar"] == 2020
    merged = c.get("/collections/gemeenten/items/44086").json()["properties"]
    assert merged["inwoners"] == rows["44048"].inwoners + rows["44012"].inwoners
    x, y = INSIDE["41027"]
    hit = c.get("/collections/gemeenten/items", params={
        "bbox": f"{x},{y},{x + 1},{y + 1}", "bbox-crs": L72_URI}).json()
    assert [f["id"] for f in hit["features"]] == ["41027"]
    assert c.get("/collections/gemeenten/items/99999").status_code == 404


def test_voortgang_counts_by_the_pact_rules(registry):
    needs_shared_data()
    load_gemeenten(registry.store, str(BOUNDARIES), str(POPULATION), 2020)
    c = registry.client("herzele")
    x, y = INSIDE["41027"]

    def post(dx, **props):
        doc = tree(**props)
        doc["geometry"]["coordinates"] = [x + dx, y]
        r = c.post(ITEMS, json=doc, headers=L72)
        assert r.status_code == 201, r.text

    three = tree(hoeveelheid=3)
    three["geometry"] = {"type": "MultiPoint", "coordinates": [[x - 30, y], [x - 40, y], [x - 50, y]]}
    assert c.post(ITEMS, json=three, headers=L72).status_code == 201
    post(10, aard="verwijdering")                                  # felled: -1
    post(20, opgelegd=True)                                         # imposed: apart
    post(30, status="gepland", uitvoeringsdatum=None, geplande_datum="2029-05-01")  # forecast
    hedge = tree(categorie="haag", hoeveelheid=100)
    hedge["geometry"] = {"type": "LineString", "coordinates": [[x, y + 50], [x + 100, y + 50]]}
    assert c.post(ITEMS, json=hedge, headers=L72).status_code == 201
    r = registry.client(None).get("/gemeenten/41027/voortgang")
    assert r.status_code == 200, r.text
    body = r.json()
    rows = read_statbel_csv(str(POPULATION))
    assert body["inwoners"] == rows["41027"].inwoners
    goals = {d["doelstelling"]: d for d in body["doelstellingen"]}
    bomen = goals["bomen"]
    assert bomen["gerealiseerd"] == 2 and bomen["opgelegd"] == 1 and bomen["gepland"] == 1
    assert bomen["doel"] == str(rows["41027"].inwoners)
    assert goals["hagen_geveltuinen"]["gerealiseerd"] == 100
    assert registry.client(None).get("/gemeenten/12345/voortgang").status_code == 404
    assert registry.client(None).get("/gemeenten/abc/voortgang").status_code == 400


def _run(*args, env=None, check=True):
    return subprocess.run([sys.executable, "-m", "lekp_registry", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env, check=check)


def test_cli_load_create_key_and_serve(db, tmp_path):
    needs_shared_data()
    out = _run("load-gemeenten", "--db", db)
    assert "304 gemeenten" in out.stdout
    auth = tmp_path / "auth.toml"
    token = _run("create-key", "--config", str(auth), "--name", "herzele-gis", "--gemeente", "41027",
                 "--rol", "invoerder").stdout.strip()
    assert token.startswith("lekp_") and token not in auth.read_text()
    assert _run("create-key", "--config", str(auth), "--name", "x", "--gemeente", "*", "--rol", "invoerder",
                check=False).returncode == 2
    assert _run("create-key", "--config", str(auth), "--name", 'x"\n[[keys]]', "--gemeente", "41027",
                "--rol", "invoerder", check=False).returncode == 2
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "lekp_registry", "serve", "--db", db, "--port", str(port),
                                 "--auth", str(auth)], cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        with httpx.Client(base_url=url, timeout=10) as c:
            r = c.post(ITEMS, json=tree(), headers={"Authorization": f"Bearer {token}", **L72})
            assert r.status_code == 201, r.text
            assert c.post(ITEMS, json=tree("44021"), headers={"Authorization": f"Bearer {token}", **L72}
                          ).status_code == 403
            assert c.get("/gemeenten/41027/voortgang").json()["doelstellingen"][0]["gerealiseerd"] == 1
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert token not in log.read_text()
