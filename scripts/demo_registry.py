#!/usr/bin/env python3
"""The demo's registry step: the embedded registry receives the gemeente's store.

Starts ``python -m lekp_registry serve`` on a free loopback port with one SQLite
file, loads the gemeente boundaries and population, creates an API key for
the gemeente, and sends every improvement of the store (POST with a client
UUID, ``Content-Crs`` Lambert 72 and an ``Idempotency-Key``).  Correct ones
are stored (201); the ones with errors are refused with their LEKP findings
(422).  Then it shows an idempotent replay, the changes feed and the
gemeente's progress, and stops the server.  Sync proper (outbox, pull,
conflicts) comes later; this is the protocol it will use.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests
from osgeo import ogr

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from lekp_plugin.core.schema import FIELD_NAMES, FIELDS_BY_NAME, GEOMETRY_FAMILIES, FieldType

ogr.UseExceptions()
LAMBERT72 = "<http://www.opengis.net/def/crs/EPSG/0/31370>"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def store_features(path: str):
    """Every improvement of the store as a GeoJSON Feature in Lambert 72."""
    ds = ogr.Open(path)
    for fam in GEOMETRY_FAMILIES:
        layer = ds.GetLayerByName(fam.layer_name)
        for feat in layer:
            props = {}
            for name in FIELD_NAMES:
                fdef = FIELDS_BY_NAME[name]
                if fdef.system or feat.IsFieldNull(name):
                    continue
                value = feat.GetField(name)
                if fdef.type is FieldType.DATE:
                    value = value.replace("/", "-")
                elif fdef.type is FieldType.BOOLEAN:
                    value = bool(value)
                props[name] = value
            yield {"type": "Feature", "id": props["id"], "properties": props,
                   "geometry": json.loads(feat.GetGeometryRef().ExportToJson())}


def run(cmd, **kw):
    return subprocess.run([sys.executable, "-m", "lekp_registry", *cmd], check=True, text=True,
                          capture_output=True, **kw)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--nis", default="71011")
    args = parser.parse_args()
    work = Path(args.workdir)
    db, auth = work / "registry.sqlite", work / "registry-auth.toml"
    for f in (db, auth):
        f.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))

    print(run(["load-gemeenten", "--db", str(db)], env=env).stdout.strip())
    token = run(["create-key", "--config", str(auth), "--name", f"gis-{args.nis}", "--gemeente", args.nis,
                 "--rol", "invoerder"], env=env).stdout.strip().splitlines()[0]
    print(f"API-sleutel aangemaakt voor {args.nis} (rol invoerder; enkel de hash staat in {auth.name})")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(work / "registry.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "lekp_registry", "serve", "--db", str(db), "--port",
                               str(port), "--auth", str(auth), "--log-level", "warning"],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(100):
            try:
                if requests.get(base + "/", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.2)
        else:
            raise SystemExit(f"registry did not start; see {work / 'registry.log'}")
        print(f"Register draait op {base} (OGC API – Features; OpenAPI op {base}/api)\n")

        session = requests.Session()
        session.headers.update({"Authorization": f"Bearer {token}", "Content-Crs": LAMBERT72,
                                "Content-Type": "application/geo+json"})
        sent = []
        for feature in store_features(args.store):
            r = session.post(base + "/collections/verbeteringen/items", data=json.dumps(feature),
                             headers={"Idempotency-Key": feature["id"]}, timeout=30)
            name = feature["properties"].get("projectnaam", "?")
            if r.status_code == 201:
                print(f"  201 opgeslagen   {name:<36} ETag {r.headers.get('ETag')}")
                sent.append(feature)
            else:
                body = r.json()
                codes = ", ".join(sorted({f["code"] for f in body.get("findings", [])})) or body.get("detail")
                print(f"  {r.status_code} geweigerd    {name:<36} {codes}")
        if sent:
            again = session.post(base + "/collections/verbeteringen/items", data=json.dumps(sent[0]),
                                 headers={"Idempotency-Key": sent[0]["id"]}, timeout=30)
            print(f"\nZelfde verzoek opnieuw (Idempotency-Key): {again.status_code}, "
                  f"Idempotent-Replayed: {again.headers.get('Idempotent-Replayed')}")
        changes = requests.get(base + "/collections/verbeteringen/changes?since=0&limit=100", timeout=30).json()
        print(f"Wijzigingsstroom: {len(changes['changes'])} wijzigingen, volgende cursor {changes['next']}")
        voortgang = requests.get(f"{base}/gemeenten/{args.nis}/voortgang", timeout=30).json()
        print(f"\nVoortgang van {voortgang['naam']} volgens het register "
              f"(GET /gemeenten/{args.nis}/voortgang; {voortgang['inwoners']} inwoners, "
              f"referentiejaar {voortgang['referentiejaar']}):")
        print(f"  {'doelstelling':<22} {'gerealiseerd':>13} {'gepland':>9} {'doel 2030':>14} {'%':>6}")
        for d in voortgang["doelstellingen"]:
            print(f"  {d['label']:<22} {d['gerealiseerd']:>13,.1f} {d['gepland']:>9,.1f} "
                  f"{d['doel_weergave']:>14} {d['percentage']:>6.1f}")
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
