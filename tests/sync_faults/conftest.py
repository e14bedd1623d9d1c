"""Fault tests of sync: real processes on 127.0.0.1, real GeoPackages.

Infrastructure only (the tests are beside it):

- :class:`RegistryProcess`: the embedded registry as its own process
  (``python -m lekp_registry serve``), so it can be killed with SIGKILL and
  restarted on the same port and database;
- :class:`~tests.tcpproxy.TcpProxy` in front of it to cut, delay or replace
  single requests;
- stores of Herzele (41027) made with ``create_store`` and written through
  OGR, as GDAL or QGIS would write them;
- :func:`assert_in_sync`: the store's three layers against the registry's
  items of the gemeente, by id, attributes and geometry, each id exactly once;
- :class:`PygeoapiServer`: the degraded server (pygeoapi 0.21 + TinyDB from
  ``scripts/setup_pygeoapi.sh``, made on first use).

Everything is bounded in time and stops by itself.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = ROOT.parent / "shared" / "data"
BOUNDARIES = SHARED_DATA / "municipalities" / "vl_bru_gemeente.shp"
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() \
    else sys.executable

NIS = "41027"  # Herzele
#: The corner of a 500 m × 500 m square well inside Herzele (EPSG:31370).
ORIGIN = (116700.0, 173150.0)
#: Bearer tokens of the registry's API keys: name → (token, gemeente, rol).
KEYS = {
    "herzele": ("lekp_sync_herzele_a", "41027", "invoerder"),
    "herzele-b": ("lekp_sync_herzele_b", "41027", "invoerder"),
    "gent": ("lekp_sync_gent", "44021", "invoerder"),
}
TOKEN = KEYS["herzele"][0]
ITEMS = "/collections/verbeteringen/items"
L72 = "http://www.opengis.net/def/crs/EPSG/0/31370"
STORE_LAYERS = ("verbeteringen_vlak", "verbeteringen_lijn", "verbeteringen_punt")
SYSTEM_FIELDS = {"aangemaakt_op", "aangemaakt_door", "gewijzigd_op", "gewijzigd_door", "versie"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen | None, seconds: float, log: Path | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}\n{tail}")
        try:
            if requests.get(url, timeout=2).status_code < 500:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


# ---- the registry as a process -----------------------------------------------------------------

class RegistryProcess:
    """``python -m lekp_registry serve`` on a fixed loopback port and SQLite file."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.db = workdir / "registry.sqlite"
        self.auth = workdir / "auth.toml"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / "registry.log"
        self.proc: subprocess.Popen | None = None
        self.starts = 0
        lines = ["public_read = true\n"]
        from hashlib import sha256
        for name, (tok, nis, rol) in KEYS.items():
            lines.append(f'\n[[keys]]\nname = "{name}"\nsha256 = "{sha256(tok.encode()).hexdigest()}"\n'
                         f'gemeente = "{nis}"\nrol = "{rol}"\n')
        self.auth.write_text("".join(lines), encoding="utf-8")

    def start(self) -> RegistryProcess:
        """Start (or restart, on the same port and database) the registry process.

        The first start takes another free port when the chosen one was taken
        meanwhile by another process on this machine; a restart keeps its port
        (the proxy in front of it points there).
        """
        assert self.proc is None or self.proc.poll() is not None
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        for attempt in range(3):
            offset = self.log.stat().st_size if self.log.exists() else 0
            with self.log.open("ab") as fh:
                self.proc = subprocess.Popen(
                    [PYTHON, "-m", "lekp_registry", "serve", "--db", str(self.db), "--port", str(self.port),
                     "--auth", str(self.auth), "--log-level", "warning"],
                    cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
            try:
                _wait_http(self.url + "/conformance", self.proc, 60, self.log)
                break
            except RuntimeError:
                taken = "address already in use" in self.log.read_bytes()[offset:].decode(errors="replace")
                if self.starts or not taken or attempt == 2:
                    raise
                self.port = free_port()
                self.url = f"http://127.0.0.1:{self.port}"
        self.starts += 1
        return self

    def kill9(self) -> None:
        """SIGKILL: no shutdown handler runs, open transactions are cut off."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill9()

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    # -- direct access as another client (a colleague, a second store) ------------------------
    def session(self, who: str = "herzele-b") -> requests.Session:
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {KEYS[who][0]}"
        return s

    def items(self, nis: str = NIS, who: str = "herzele") -> list[dict]:
        """Every live feature of the gemeente, in EPSG:31370 (following ``next`` links).

        Read as an officer of the gemeente: anonymous readers get private-domain
        features generalized (100 m centroid, no personal fields).
        """
        out: list[dict] = []
        url = f"{self.url}{ITEMS}"
        params: dict | None = {"gemeente_nis": nis, "limit": 10000, "crs": L72}
        auth = {"Authorization": f"Bearer {KEYS[who][0]}"}
        while url:
            r = requests.get(url, params=params, headers=auth, timeout=60)
            r.raise_for_status()
            doc = r.json()
            out.extend(doc.get("features", []))
            url = next((lk["href"] for lk in doc.get("links", []) if lk.get("rel") == "next"), None)
            params = None
            if not doc.get("features"):
                break
        return out

    def get(self, fid: str, who: str = "herzele") -> requests.Response:
        return requests.get(f"{self.url}{ITEMS}/{fid}", params={"crs": L72}, timeout=30,
                            headers={"Authorization": f"Bearer {KEYS[who][0]}"})


@pytest.fixture
def registry(tmp_path):
    reg = RegistryProcess(tmp_path).start()
    yield reg
    reg.stop()


@pytest.fixture
def proxy(registry):
    from tests.tcpproxy import TcpProxy

    p = TcpProxy(registry.port, timeout=60).start()
    yield p
    p.stop()


# ---- stores ------------------------------------------------------------------------------------

def make_store(path: Path, nis: str = NIS) -> str:
    from lekp_plugin.store import create_store

    boundary = str(BOUNDARIES) if BOUNDARIES.exists() else None
    create_store(str(path), nis, boundary)
    return str(path)


@pytest.fixture
def store(tmp_path) -> str:
    return make_store(tmp_path / "herzele.gpkg")


def tree_props(i: int = 0, **over) -> dict:
    p = {"gemeente_nis": NIS, "projectnaam": f"Straatbomen {i}", "categorie": "boom", "aard": "aanleg",
         "hoeveelheid": 1.0, "status": "uitgevoerd", "uitvoeringsdatum": "2023-04-01", "domein": "publiek",
         "opgelegd": False, "bron": "manueel", "toelichting": f"boom nummer {i}"}
    p.update(over)
    return p


def grid_point(i: int) -> tuple[float, float]:
    """Distinct points 5 m apart in a 100 × 100 grid inside Herzele."""
    return ORIGIN[0] + 5.0 * (i % 100), ORIGIN[1] + 5.0 * ((i // 100) % 100)


def _set_fields(feat, props: dict) -> None:
    for k, v in props.items():
        if feat.GetFieldIndex(k) < 0:
            continue
        if v is None:
            feat.SetFieldNull(k)
        elif isinstance(v, bool):
            feat.SetField(k, int(v))
        else:
            feat.SetField(k, v)


def add_trees(store_path: str, n: int, start: int = 0, with_id: bool = True, **over) -> list[str]:
    """``n`` valid trees written through OGR (as GDAL would), one transaction; returns their ids."""
    from osgeo import ogr

    ds = ogr.Open(store_path, 1)
    layer = ds.GetLayerByName("verbeteringen_punt")
    ids = []
    layer.StartTransaction()
    for i in range(start, start + n):
        feat = ogr.Feature(layer.GetLayerDefn())
        props = tree_props(i, **over)
        if with_id:
            props["id"] = str(uuid.uuid4())
        _set_fields(feat, props)
        x, y = grid_point(i)
        geom = ogr.Geometry(ogr.wkbMultiPoint)
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(x, y)
        geom.AddGeometry(pt)
        feat.SetGeometry(geom)
        layer.CreateFeature(feat)
        ids.append(props.get("id"))
    layer.CommitTransaction()
    ds = None
    if not with_id:
        ids = [fid for fid, f in read_store(store_path).items() if f["layer"] == "verbeteringen_punt"][-n:]
    return ids


def add_hedge(store_path: str, **over) -> str:
    """A valid hedge (line) through OGR."""
    from osgeo import ogr

    ds = ogr.Open(store_path, 1)
    layer = ds.GetLayerByName("verbeteringen_lijn")
    feat = ogr.Feature(layer.GetLayerDefn())
    props = tree_props(0, categorie="haag", projectnaam="Haag Kerkstraat", hoeveelheid=40.0, id=str(uuid.uuid4()))
    props.update(over)
    _set_fields(feat, props)
    x, y = ORIGIN
    feat.SetGeometry(ogr.CreateGeometryFromWkt(f"MULTILINESTRING (({x - 60} {y - 40}, {x - 20} {y - 40}))"))
    layer.CreateFeature(feat)
    ds = None
    return props["id"]


def add_ontharding(store_path: str, **over) -> str:
    """A valid ontharding polygon (20 m × 10 m) through OGR."""
    from osgeo import ogr

    ds = ogr.Open(store_path, 1)
    layer = ds.GetLayerByName("verbeteringen_vlak")
    feat = ogr.Feature(layer.GetLayerDefn())
    props = tree_props(0, categorie="ontharding", projectnaam="Speelplaats", hoeveelheid=150.0,
                       id=str(uuid.uuid4()))
    props.update(over)
    _set_fields(feat, props)
    x, y = ORIGIN[0] - 100, ORIGIN[1] - 100
    feat.SetGeometry(ogr.CreateGeometryFromWkt(
        f"MULTIPOLYGON ((({x} {y}, {x + 20} {y}, {x + 20} {y + 10}, {x} {y + 10}, {x} {y})))"))
    layer.CreateFeature(feat)
    ds = None
    return props["id"]


def _find(layer, fid: str):
    layer.SetAttributeFilter(f"id = '{fid}'")
    feat = layer.GetNextFeature()
    layer.SetAttributeFilter(None)
    return feat


def update_feature(store_path: str, fid: str, geometry_wkt: str | None = None, **props) -> None:
    """Change one feature in whichever layer holds it (through OGR)."""
    from osgeo import ogr

    ds = ogr.Open(store_path, 1)
    for name in STORE_LAYERS:
        layer = ds.GetLayerByName(name)
        feat = _find(layer, fid)
        if feat is not None:
            _set_fields(feat, props)
            if geometry_wkt:
                feat.SetGeometry(ogr.CreateGeometryFromWkt(geometry_wkt))
            layer.SetFeature(feat)
            ds = None
            return
    raise KeyError(fid)


def delete_feature(store_path: str, fid: str) -> None:
    from osgeo import ogr

    ds = ogr.Open(store_path, 1)
    for name in STORE_LAYERS:
        layer = ds.GetLayerByName(name)
        feat = _find(layer, fid)
        if feat is not None:
            layer.DeleteFeature(feat.GetFID())
            ds = None
            return
    raise KeyError(fid)


def read_store(store_path: str) -> dict[str, dict]:
    """id → {"layer", "properties", "wkb"} of every feature in the three store layers.

    Raises AssertionError when an id occurs twice (in one layer or across layers).
    """
    from osgeo import ogr

    ds = ogr.Open(store_path, 0)
    out: dict[str, dict] = {}
    dups: list[str] = []
    for name in STORE_LAYERS:
        layer = ds.GetLayerByName(name)
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        for feat in layer:
            props = {}
            for i, fname in enumerate(names):
                if feat.IsFieldSetAndNotNull(i):
                    fd = defn.GetFieldDefn(i)
                    if fd.GetType() == ogr.OFTDate:
                        y, m, d = feat.GetFieldAsDateTime(i)[:3]
                        props[fname] = f"{y:04d}-{m:02d}-{d:02d}"
                    elif fd.GetSubType() == ogr.OFSTBoolean:
                        props[fname] = bool(feat.GetFieldAsInteger(i))
                    elif fd.GetType() == ogr.OFTReal:
                        props[fname] = feat.GetFieldAsDouble(i)
                    elif fd.GetType() == ogr.OFTInteger:
                        props[fname] = feat.GetFieldAsInteger(i)
                    else:
                        props[fname] = feat.GetFieldAsString(i)
                else:
                    props[fname] = None
            geom = feat.GetGeometryRef()
            fid = props.get("id")
            if fid in out:
                dups.append(fid)
            out[fid] = {"layer": name, "properties": props,
                        "wkb": bytes(geom.ExportToIsoWkb()) if geom is not None else None}
    ds = None
    assert not dups, f"ids held more than once in the store: {dups[:10]}"
    return out


# ---- comparing both sides ----------------------------------------------------------------------

def _norm_value(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int | float):
        return round(float(v), 6)
    if isinstance(v, str):
        return v[:10] if len(v) >= 10 and v[4:5] == "-" and v[7:8] == "-" and v[:4].isdigit() else v
    return v


def _norm_geom(geom):
    """A shapely geometry, single-part multis as their part, normalized."""
    import shapely

    if geom is None or geom.is_empty:
        return None
    if geom.geom_type.startswith("Multi") and len(geom.geoms) == 1:
        geom = geom.geoms[0]
    return shapely.normalize(geom)


def _looks_lonlat(geom) -> bool:
    minx, miny, maxx, maxy = geom.bounds
    return -180 <= minx <= 180 and -90 <= miny <= 90 and maxx <= 180 and maxy <= 90


def _to_l72(geom):
    import pyproj
    import shapely.ops

    tr = pyproj.Transformer.from_crs(4326, 31370, always_xy=True)
    return shapely.ops.transform(tr.transform, geom)


def compare_sides(store_path: str, features: list[dict], tolerance: float = 0.01) -> list[str]:
    """Differences between a store and a list of registry GeoJSON features (empty = in sync).

    Compares by id: present on both sides, each exactly once, every non-system
    attribute the store holds equal (a NULL in the store equals the field's
    schema default, which the registry fills in), geometries equal within ``tolerance`` metres
    (single-part multis count as their part; lon/lat answers are projected).
    """
    import shapely
    from shapely.geometry import shape

    problems: list[str] = []
    try:
        mine = read_store(store_path)
    except AssertionError as exc:
        return [str(exc)]
    theirs: dict[str, dict] = {}
    for f in features:
        fid = str(f.get("id"))
        if fid in theirs:
            problems.append(f"registry holds {fid} twice")
        theirs[fid] = f
    from lekp_plugin.core.schema import FIELDS

    # the registry stores a field's schema default where a client sent NULL (SPEC §3)
    defaults = {f.name: f.default for f in FIELDS if f.default is not None}
    only_mine = sorted(set(mine) - set(theirs))
    only_theirs = sorted(set(theirs) - set(mine))
    if only_mine:
        problems.append(f"{len(only_mine)} only in the store: {only_mine[:5]}")
    if only_theirs:
        problems.append(f"{len(only_theirs)} only in the registry: {only_theirs[:5]}")
    for fid in sorted(set(mine) & set(theirs)):
        m, t = mine[fid], theirs[fid]
        tprops = t.get("properties") or {}
        for k, v in m["properties"].items():
            if k in SYSTEM_FIELDS or k == "id":
                continue
            if k not in tprops and v is None:
                continue
            if v is None and k in defaults:
                v = defaults[k]
            if _norm_value(v) != _norm_value(tprops.get(k)):
                problems.append(f"{fid}: {k} store={v!r} registry={tprops.get(k)!r}")
        gm = _norm_geom(shapely.from_wkb(m["wkb"])) if m["wkb"] else None
        gt = _norm_geom(shape(t["geometry"])) if t.get("geometry") else None
        if gt is not None and gm is not None and _looks_lonlat(gt) and not _looks_lonlat(gm):
            gt = _norm_geom(_to_l72(gt))
        if (gm is None) != (gt is None) or (
                gm is not None and not shapely.equals_exact(gm, gt, tolerance=tolerance)):
            problems.append(f"{fid}: geometry store={gm} registry={gt}")
        if len(problems) > 40:
            problems.append("…")
            break
    return problems


def assert_in_sync(store_path: str, registry: RegistryProcess, nis: str = NIS) -> int:
    """The store and the registry's items of the gemeente hold the same features; returns their number."""
    features = registry.items(nis)
    problems = compare_sides(store_path, features)
    assert not problems, "store and registry differ:\n  " + "\n  ".join(problems)
    return len(features)


# ---- running sync ------------------------------------------------------------------------------

def sync(store_path: str, url: str, token: str | None = TOKEN, **kw):
    """``run_sync`` in this process, with short timeouts where the engine accepts them."""
    from lekp_plugin.sync import run_sync

    return run_sync(store_path, url, token, **kw)


def sync_until_done(store_path: str, url: str, token: str | None = TOKEN, attempts: int = 4, **kw):
    """Run sync again after a SyncError (a person pressing the button again); returns the last result."""
    from lekp_plugin.sync import SyncError

    last_exc = None
    for _ in range(attempts):
        try:
            return sync(store_path, url, token, **kw)
        except SyncError as exc:
            last_exc = exc
            time.sleep(0.5)
    raise AssertionError(f"sync did not succeed in {attempts} attempts: {last_exc}")


SYNC_SCRIPT = textwrap.dedent("""
    import json, sys
    from lekp_plugin.sync import run_sync
    store, url, token = sys.argv[1:4]
    def progress(pct, text):
        print(json.dumps({"progress": pct, "text": text}), flush=True)
    result = run_sync(store, url, token, progress=progress)
    print(json.dumps({"done": True, "pushed": result.pushed, "pulled": result.pulled,
                      "conflicts": result.conflicts}), flush=True)
""")


class SyncProcess:
    """``run_sync`` in a separate Python process (to be killed mid-sync).

    Its output goes to a file beside the store, never to a pipe that nobody
    reads while the test waits (a full pipe would block the child).
    """

    def __init__(self, store_path: str, url: str, token: str = TOKEN) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.out = Path(store_path).with_suffix(f".sync-{time.monotonic_ns()}.log")
        with self.out.open("wb") as fh:
            self.proc = subprocess.Popen([PYTHON, "-c", SYNC_SCRIPT, store_path, url, token], cwd=ROOT,
                                         env=env, stdout=fh, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        self.pid = self.proc.pid

    def poll(self):
        return self.proc.poll()

    @property
    def returncode(self):
        return self.proc.returncode

    def wait(self, timeout: float) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def kill9(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)

    def output(self) -> str:
        return self.out.read_text(errors="replace")


def sync_process(store_path: str, url: str, token: str = TOKEN) -> SyncProcess:
    return SyncProcess(store_path, url, token)


def outbox_count(store_path: str) -> int:
    """Rows in the store's outbox table (0 when it does not exist)."""
    import sqlite3

    con = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        con.close()


def post_feature(session: requests.Session, base_url: str, props: dict, xy: tuple[float, float],
                 fid: str | None = None) -> requests.Response:
    """Create a point feature on the registry directly (a colleague's client)."""
    doc = {"type": "Feature", "id": fid or str(uuid.uuid4()),
           "geometry": {"type": "MultiPoint", "coordinates": [list(xy)]}, "properties": props}
    return session.post(base_url + ITEMS, data=json.dumps(doc),
                        headers={"Content-Type": "application/geo+json", "Content-Crs": f"<{L72}>"},
                        timeout=30)


# ---- the degraded server -----------------------------------------------------------------------

PYGEOAPI_VENV = ROOT / ".venv-pygeoapi"

_PYGEOAPI_CONFIG = """\
server:
  bind: {{host: 127.0.0.1, port: {port}}}
  url: http://127.0.0.1:{port}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  languages: [nl-BE]
  limits: {{default_items: 1000, max_items: 10000}}
  map: {{url: "https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png", attribution: OpenStreetMap}}
logging: {{level: ERROR}}
metadata:
  identification:
    title: LEKP degraded test server
    description: pygeoapi with TinyDB, without ETags, batch or changes feed
    keywords: [lekp]
    keywords_type: theme
    terms_of_service: none
    url: http://127.0.0.1
  license: {{name: CC-BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/"}}
  provider: {{name: LEKP tests, url: http://127.0.0.1}}
  contact: {{name: LEKP tests, email: tests@example.org}}
resources:
  verbeteringen:
    type: collection
    title: Verbeteringen
    description: LEKP verbeteringen
    keywords: [lekp]
    extents:
      spatial: {{bbox: [2.5, 50.6, 6.0, 51.6], crs: "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}}
    providers:
      - type: feature
        name: TinyDB
        editable: true
        data: {data}
        id_field: id
"""


@dataclass
class PygeoapiServer:
    url: str
    db: Path
    proc: subprocess.Popen
    log: Path

    def items(self) -> list[dict]:
        r = requests.get(f"{self.url}{ITEMS}", params={"limit": 10000, "f": "json"}, timeout=30)
        r.raise_for_status()
        return r.json().get("features", [])


_PYGEOAPI_READY: list[Path] = []


def ensure_pygeoapi() -> Path:
    """The pygeoapi venv from scripts/setup_pygeoapi.sh, run once per session.

    The script is idempotent (a second run only checks its stamp), so a fresh
    machine builds the venv here and a changed script rebuilds it.
    """
    if not _PYGEOAPI_READY:
        r = subprocess.run(["bash", str(ROOT / "scripts" / "setup_pygeoapi.sh")], cwd=ROOT,
                           capture_output=True, text=True, timeout=900)
        if r.returncode != 0:
            pytest.fail(f"scripts/setup_pygeoapi.sh failed:\n{r.stdout[-2000:]}\n{r.stderr[-3000:]}")
        _PYGEOAPI_READY.append(PYGEOAPI_VENV / "bin" / "pygeoapi")
    return _PYGEOAPI_READY[0]


@pytest.fixture
def pygeoapi(tmp_path):
    exe = ensure_pygeoapi()
    port = free_port()
    db = tmp_path / "pygeoapi-db.json"
    db.write_text('{"_default": {}}', encoding="utf-8")
    cfg = tmp_path / "pygeoapi.yml"
    cfg.write_text(_PYGEOAPI_CONFIG.format(port=port, data=db), encoding="utf-8")
    openapi = tmp_path / "pygeoapi-openapi.yml"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    r = subprocess.run([str(exe), "openapi", "generate", str(cfg), "--output-file", str(openapi)],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    env.update(PYGEOAPI_CONFIG=str(cfg), PYGEOAPI_OPENAPI=str(openapi))
    log = tmp_path / "pygeoapi.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen([str(exe), "serve"], env=env, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_http(url + "/conformance?f=json", proc, 60, log)
        yield PygeoapiServer(url, db, proc, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def today() -> str:
    return _dt.date.today().isoformat()



def colleague_creates(registry: RegistryProcess, n: int, start: int = 5000, who: str = "herzele-b") -> list[str]:
    """``n`` trees created on the registry by another officer (batch requests, not through any store)."""
    ids: list[str] = []
    with registry.session(who) as s:
        _batch_creates(s, registry, n, start, ids)
    return ids


def _batch_creates(s, registry, n, start, ids) -> None:
    for off in range(0, n, 1000):
        ops = []
        for i in range(start + off, start + min(n, off + 1000)):
            fid = str(uuid.uuid4())
            ids.append(fid)
            ops.append({"op": "create", "id": fid, "feature": {
                "type": "Feature", "id": fid,
                "geometry": {"type": "MultiPoint", "coordinates": [list(grid_point(i))]},
                "properties": tree_props(i, projectnaam=f"Collega {i}")}})
        r = s.post(registry.url + "/collections/verbeteringen/batch", data=json.dumps(
            {"atomic": True, "operations": ops}),
            headers={"Content-Type": "application/json", "Content-Crs": f"<{L72}>"}, timeout=120)
        assert r.status_code == 200, r.text[:2000]


def colleague_replace(registry: RegistryProcess, fid: str, who: str = "herzele-b", **props) -> dict:
    """Change a feature on the registry as another officer (GET + PUT with If-Match); returns it."""
    with registry.session(who) as s:
        return _replace(s, registry, fid, props)


def _replace(s, registry, fid, props) -> dict:
    r = s.get(f"{registry.url}{ITEMS}/{fid}", params={"crs": L72}, timeout=30)
    assert r.status_code == 200, r.text
    doc = r.json()
    doc["properties"].update(props)
    for k in SYSTEM_FIELDS:
        doc["properties"].pop(k, None)
    doc.pop("links", None)
    r = s.put(f"{registry.url}{ITEMS}/{fid}", data=json.dumps(doc),
              headers={"Content-Type": "application/geo+json", "Content-Crs": f"<{L72}>",
                       "If-Match": r.headers["ETag"]}, timeout=30)
    assert r.status_code == 200, r.text
    return doc


def colleague_delete(registry: RegistryProcess, fid: str, who: str = "herzele-b") -> None:
    with registry.session(who) as s:
        r = s.get(f"{registry.url}{ITEMS}/{fid}", timeout=30)
        assert r.status_code == 200, r.text
        r = s.delete(f"{registry.url}{ITEMS}/{fid}", headers={"If-Match": r.headers["ETag"]}, timeout=30)
        assert r.status_code == 204, r.text


class ShortTimeouts(requests.Session):
    """A session whose requests give up after ``seconds`` (the test's choice, whatever the engine asks)."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds

    def request(self, *args, **kwargs):
        t = kwargs.get("timeout")
        if t is None:
            kwargs["timeout"] = self.seconds
        elif isinstance(t, tuple):
            kwargs["timeout"] = tuple(min(x or self.seconds, self.seconds) for x in t)
        else:
            kwargs["timeout"] = min(t, self.seconds)
        return super().request(*args, **kwargs)


def pending_total(store_path: str) -> int:
    from lekp_plugin.sync import sync_status

    return sum(sync_status(store_path).pending.values())
