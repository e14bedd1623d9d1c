#!/usr/bin/env python3
"""The demo's registry steps: start the embedded registry, a colleague's concurrent edit, the conflict, progress.

``start`` loads the 2025 gemeenten and Statbel population into one SQLite
file, creates an API key for the gemeente and starts ``python -m lekp_registry
serve`` on a free loopback port in the background (URL, token and pid in the
work folder; the token file is readable by the user only).  The store itself
is synced by ``demo.sh`` with ``qgis_process.bin run lekp:sync``.

``collega`` plays a colleague with a second store of the same gemeente: it
syncs (so it receives the officer's improvements), changes one of them and
syncs again; meanwhile the officer changes the same improvement in the demo
store through OGR, as QGIS would.  The next ``lekp:sync`` of the demo store
finds the conflict.  ``conflicten`` shows it field by field and resolves it by
merging: the colleague's name and quantity, the officer's explanation.
``voortgang`` prints the changes feed and the gemeente's progress according to
the registry; ``stop`` stops the server.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests
from osgeo import ogr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ogr.UseExceptions()

#: The improvement both the officer and the colleague change in the demo.
SHARED_PROJECT = "Ontharding schoolplein"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd, **kw):
    return subprocess.run([sys.executable, "-m", "lekp_registry", *cmd], check=True, text=True,
                          capture_output=True, **kw)


def start(work: Path, nis: str) -> None:
    db, auth = work / "registry.sqlite", work / "registry-auth.toml"
    for f in (db, auth, work / "registry-token", work / "registry.url"):
        f.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    print(run(["load-gemeenten", "--db", str(db)], env=env).stdout.strip())
    token = run(["create-key", "--config", str(auth), "--name", f"gis-{nis}", "--gemeente", nis,
                 "--rol", "invoerder"], env=env).stdout.strip().splitlines()[0]
    token_file = work / "registry-token"
    token_file.touch(mode=0o600)
    token_file.write_text(token)
    print(f"API-sleutel aangemaakt voor {nis} (rol invoerder; het register bewaart enkel de hash)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(work / "registry.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "lekp_registry", "serve", "--db", str(db), "--port",
                               str(port), "--auth", str(auth), "--log-level", "warning"],
                              env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    (work / "registry.pid").write_text(str(server.pid))
    for _ in range(150):
        try:
            if requests.get(base + "/", timeout=1).ok:
                break
        except requests.ConnectionError:
            time.sleep(0.2)
    else:
        stop(work)
        raise SystemExit(f"het register start niet; zie {work / 'registry.log'}")
    (work / "registry.url").write_text(base)
    print(f"Register draait op {base} (OGC API – Features; OpenAPI op {base}/api)")


def stop(work: Path) -> None:
    pid_file = work / "registry.pid"
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text())
    pid_file.unlink()
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)


def _edit(store: str, project: str, **values) -> str:
    """Change the improvement named ``project`` through OGR (as QGIS would); returns its id."""
    ds = ogr.Open(store, 1)
    try:
        for i in range(ds.GetLayerCount()):
            layer = ds.GetLayer(i)
            if not layer.GetName().startswith("verbeteringen_"):
                continue
            layer.SetAttributeFilter(f"projectnaam = '{project}'")
            feat = layer.GetNextFeature()
            if feat is None:
                continue
            for key, value in values.items():
                feat.SetField(key, value)
            layer.SetFeature(feat)
            return feat.GetField("id")
    finally:
        ds = None
    raise SystemExit(f"'{project}' staat niet in {store}")


def collega(store: str, work: Path) -> None:
    from lekp_plugin.store import create_store, describe_store
    from lekp_plugin.sync import run_sync

    url, token = (work / "registry.url").read_text(), (work / "registry-token").read_text()
    nis = describe_store(store).gemeente_nis
    other = work / "collega.gpkg"
    other.unlink(missing_ok=True)
    create_store(str(other), nis)
    first = run_sync(str(other), url, token)
    print(f"Collega: eigen opslag {other.name} gesynchroniseerd: {first.pulled} verbeteringen opgehaald")
    _edit(str(other), SHARED_PROJECT, projectnaam=f"{SHARED_PROJECT} (fase 1)", hoeveelheid=900)
    second = run_sync(str(other), url, token)
    print(f"Collega: '{SHARED_PROJECT}' hernoemd naar '{SHARED_PROJECT} (fase 1)', 900 m² "
          f"→ register ({second.pushed} verzonden)")
    _edit(store, SHARED_PROJECT, projectnaam=f"{SHARED_PROJECT} Klimaatschool",
          toelichting="Klinkers vervangen door grasdallen; foto's in het projectdossier.")
    print(f"GIS-medewerker: tegelijk in {Path(store).name} dezelfde verbetering hernoemd naar "
          f"'{SHARED_PROJECT} Klimaatschool' en een toelichting toegevoegd (nog niet gesynchroniseerd)")


def _value(feature: dict | None, name: str):
    return None if feature is None else (feature.get("properties") or {}).get(name)


def conflicten(store: str) -> None:
    from lekp_plugin.sync import list_conflicts, resolve_conflict

    found = list_conflicts(store)
    print(f"{len(found)} open conflict(en) in {Path(store).name} (tabel sync_conflicten)")
    for c in found:
        print(f"\nConflict {c.conflict_id}, verbetering {c.feature_id} ({c.laag}), register-ETag {c.their_etag}")
        print(f"  {'veld':<16} {'basis':<34} {'mijn versie':<40} {'register'}")
        names = sorted({*(c.mine or {}).get("properties", {}), *(c.theirs or {}).get("properties", {})})
        for name in names:
            if name in ("id", "versie", "aangemaakt_op", "aangemaakt_door", "gewijzigd_op", "gewijzigd_door"):
                continue
            mine, theirs, base = _value(c.mine, name), _value(c.theirs, name), _value(c.base, name)
            if mine != theirs or mine != base:
                print(f"  {name:<16} {str(base):<34.34} {str(mine):<40.40} {theirs}")
        merged = dict(c.theirs)
        merged["properties"] = {**c.theirs["properties"], "toelichting": _value(c.mine, "toelichting")}
        resolve_conflict(store, c.conflict_id, "merge", merged)
        print("Opgelost door samenvoegen: naam en hoeveelheid van het register, toelichting van mij; "
              "de samengevoegde versie gaat bij de volgende synchronisatie mee met de ETag van het register.")


def voortgang(work: Path, nis: str) -> None:
    base = (work / "registry.url").read_text()
    changes = requests.get(base + "/collections/verbeteringen/changes?since=0&limit=1000", timeout=30).json()
    print(f"Wijzigingsstroom van het register: {len(changes['changes'])} verbeteringen, cursor {changes['next']}")
    items = requests.get(base + "/collections/verbeteringen/items",
                         params={"gemeente_nis": nis, "limit": 1000}, timeout=30).json()
    for f in sorted(items["features"], key=lambda f: f["properties"]["projectnaam"]):
        p = f["properties"]
        print(f"  v{p['versie']}  {p['projectnaam']:<44} {p['categorie']:<22} {p['hoeveelheid']:>8g}")
    data = requests.get(f"{base}/gemeenten/{nis}/voortgang", timeout=30).json()
    print(f"\nVoortgang van {data['naam']} volgens het register (GET /gemeenten/{nis}/voortgang; "
          f"{data['inwoners']} inwoners, referentiejaar {data['referentiejaar']}):")
    print(f"  {'doelstelling':<22} {'gerealiseerd':>13} {'gepland':>9} {'doel 2030':>14} {'%':>6}")
    for d in data["doelstellingen"]:
        print(f"  {d['label']:<22} {d['gerealiseerd']:>13,.1f} {d['gepland']:>9,.1f} "
              f"{d['doel_weergave']:>14} {d['percentage']:>6.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("start", "collega", "conflicten", "voortgang", "stop"))
    parser.add_argument("store", nargs="?")
    parser.add_argument("--workdir", default=str(ROOT / ".demo"))
    parser.add_argument("--nis", default="71011")
    args = parser.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    if args.command == "start":
        start(work, args.nis)
    elif args.command == "stop":
        stop(work)
    elif args.command == "collega":
        collega(args.store, work)
    elif args.command == "conflicten":
        conflicten(args.store)
    else:
        voortgang(work, args.nis)
    return 0


if __name__ == "__main__":
    sys.exit(main())
