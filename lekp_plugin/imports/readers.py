"""Readers: a plan file → records (geometry in the file's CRS, source attributes, a stable key).

Everything is read through GDAL/OGR.  DXF gets two extra passes: block
INSERTs are read as points carrying their block name and attributes
(``DXF_INLINE_BLOCKS=FALSE``; MINSERT arrays come expanded, one point per
cell), and the entities GDAL returned are compared with ezdxf's count of the
file (:mod:`.dxfscan`).  When GDAL missed entities the file is recovered with
ezdxf and read again; what still cannot be read stops the import, with every
missing entity type named, so that a plan is never imported silently partial.

GeoJSON is parsed first with :mod:`json` for an error with its line, and a
FeatureCollection nested inside a FeatureCollection (GDAL reads 0 features
from it) is named.  CSV takes a WKT column or x/y columns.  Shapefiles use
their ``.cpg`` (GDAL).

No QGIS here: the wizard, the Processing algorithm, the benchmark and the
tests all call :func:`read_source`.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

from . import dxfscan
from .messages import ImportFault

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

#: Arcs, circles and bulges become segments of at most this many degrees (GDAL's
#: default, set explicitly so the benchmark's ogr2ogr uses the same tolerance).
ARC_STEPSIZE_DEGREES = "4"
#: Entity types that carry no plan geometry; GDAL skipping them is no loss.
NO_GEOMETRY_TYPES = frozenset({"VIEWPORT", "OLE2FRAME", "OLEFRAME", "IMAGE", "WIPEOUT", "XLINE",
                               "RAY", "LIGHT", "SUN", "PDFUNDERLAY", "DWFUNDERLAY",
                               "DGNUNDERLAY", "UNDERLAY"})
_POINT_TYPES = frozenset({"POINT", "TEXT", "MTEXT", "ATTDEF"})
_INSERT_TYPES = frozenset({"INSERT"})

CSV_GEOMETRY_NAMES = "wkt,geom,geometry,geometrie,the_geom,wkt_geom"
CSV_X_NAMES = "x,lon,long,longitude,lng,x_coord,xcoord,x_lambert"
CSV_Y_NAMES = "y,lat,latitude,y_coord,ycoord,y_lambert"

_EXT_FORMAT = {".dxf": "DXF", ".shp": "ESRI Shapefile", ".gpkg": "GPKG", ".geojson": "GeoJSON",
               ".json": "GeoJSON", ".gml": "GML", ".csv": "CSV", ".zip": "ESRI Shapefile"}


@dataclass
class SourceData:
    """Records of one plan file, columnar: one entry per record in each list."""

    path: str
    format: str
    sha256: str
    geoms: np.ndarray
    layer: list[str]
    keys: list[str]
    block: list[str | None]
    attrs: list[dict[str, Any]]
    entity: list[str]
    colour: list[int | None]
    #: WKT of the file's CRS; None when the file states none (DXF, CSV, .shp without .prj).
    crs_wkt: str | None = None
    #: EPSG code (or description) of a DXF GEODATA object.
    geodata_crs: str | None = None
    #: DXF: entities per type found by ezdxf, read by GDAL, and not read.
    scanned: Counter = field(default_factory=Counter)
    read: Counter = field(default_factory=Counter)
    not_read: Counter = field(default_factory=Counter)
    #: DXF: number of problems ezdxf fixed when the file had to be recovered (0: not recovered).
    recovered_fixes: int = 0
    recovered: bool = False

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def name(self) -> str:
        return os.path.basename(self.path)


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def format_of(path: str) -> str:
    return _EXT_FORMAT.get(os.path.splitext(path)[1].lower(), "")


def read_source(path: str, layer: str | None = None) -> SourceData:
    """Read every record of ``path`` (one layer of it when ``layer`` is given)."""
    path = os.path.abspath(path)
    if not os.path.isfile(path):
        raise ImportFault("not_found", path=path)
    fmt = format_of(path)
    if fmt == "DXF":
        return _read_dxf(path)
    if fmt == "GeoJSON":
        _check_json(path)
    return _read_ogr(path, fmt, layer)


# -- DXF ---------------------------------------------------------------------------

class _DxfOptions:
    """GDAL's DXF configuration for one read (thread-local, restored after)."""

    OPTIONS = {"DXF_INLINE_BLOCKS": "FALSE", "OGR_ARC_STEPSIZE": ARC_STEPSIZE_DEGREES,
               "DXF_MERGE_BLOCK_GEOMETRIES": "TRUE"}

    def __enter__(self):
        self.saved = {k: gdal.GetThreadLocalConfigOption(k, None) for k in self.OPTIONS}
        for k, v in self.OPTIONS.items():
            gdal.SetThreadLocalConfigOption(k, v)

    def __exit__(self, *exc):
        for k, v in self.saved.items():
            gdal.SetThreadLocalConfigOption(k, v)


def _read_dxf(path: str) -> SourceData:
    if not dxfscan.ezdxf_available():
        raise ImportFault("ezdxf_missing", command=dxfscan.INSTALL_COMMAND)
    try:
        return _read_dxf_checked(path)
    except ImportError:  # ezdxf found but not importable (a dependency broken)
        raise ImportFault("ezdxf_missing", command=dxfscan.INSTALL_COMMAND) from None


def _hash_and_count(path: str) -> tuple[str, dxfscan.DxfScan | None]:
    """The file's SHA-256 and the quick entity count (None: the quick count cannot read it)."""
    sha = sha256_of(path)
    try:
        return sha, dxfscan.quick_scan(path)
    except ValueError:
        return sha, None


def _read_dxf_checked(path: str) -> SourceData:
    # The two readers are independent: the hash and the quick count run in a second thread
    # while GDAL reads (GDAL releases the GIL), so the cross-check costs little waiting time.
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="lekp-dxf-count") as pool:
        counting = pool.submit(_hash_and_count, path)
        try:
            cols = _gdal_dxf_columns(path)
        except RuntimeError:
            cols = None
        sha, scan = counting.result()
    quick = scan is not None
    if scan is None:
        scan = dxfscan.scan(path)
    not_read = _not_read(scan, cols) if cols is not None else None
    if quick and (cols is None or not_read):
        # the quick count and GDAL disagree: ezdxf's tag loader decides
        scan = dxfscan.scan(path)
        not_read = _not_read(scan, cols) if cols is not None else None
    geodata = None
    if scan.geodata:
        epsg, text = dxfscan.geodata_crs(path)
        geodata = f"EPSG:{epsg}" if epsg else (text or "?")
    fixes, recovered = 0, False
    if cols is None or _blocking(not_read):
        with tempfile.TemporaryDirectory(prefix="lekp-dxf-") as tmp:
            copy = os.path.join(tmp, "hersteld.dxf")
            try:
                fixes = dxfscan.recover_copy(path, copy)
                cols = _gdal_dxf_columns(copy)
            except ImportError:
                raise  # ezdxf not importable: the install message (_read_dxf)
            except Exception as exc:  # ezdxf or GDAL cannot make sense of it
                if cols is None:
                    raise ImportFault("dxf_broken", path=path, reason=str(exc).strip() or
                                      type(exc).__name__) from None
                raise ImportFault("dxf_unread", path=path, missing=_describe(not_read)) from None
        not_read = _not_read(scan, cols)
        recovered = True
        if _blocking(not_read):
            raise ImportFault("dxf_unread", path=path, missing=_describe(not_read))
    data = _dxf_records(path, sha, cols, scan)
    data.geodata_crs = geodata
    data.scanned = scan.counts()
    data.not_read = not_read
    data.read = data.scanned - not_read
    data.recovered, data.recovered_fixes = recovered, fixes
    return data


def _describe(not_read: Counter) -> str:
    return ", ".join(f"{n} {t}" for t, n in sorted(not_read.items(), key=lambda kv: (-kv[1], kv[0])))


def _blocking(not_read: Counter | None) -> bool:
    return bool(not_read) and any(t not in NO_GEOMETRY_TYPES for t in not_read)


def _text(col: np.ndarray | None, n: int) -> list[str | None]:
    if col is None:
        return [None] * n
    if col.dtype.kind == "S":
        try:  # ASCII, the usual case: decoded by numpy at once
            return [v or None for v in col.astype("U").tolist()]
        except UnicodeDecodeError:
            pass
    out = []
    for v in col.tolist():
        if isinstance(v, bytes):
            v = v.decode("utf-8", errors="replace")
        out.append(v or None)
    return out


def _gdal_dxf_columns(path: str) -> dict[str, Any]:
    """The ``entities`` layer of a DXF as columns (Arrow stream when GDAL has it)."""
    with _DxfOptions():
        ds = gdal.OpenEx(path, gdal.OF_VECTOR)
        layer = ds.GetLayerByName("entities")
        if layer is None:
            raise RuntimeError("no entities layer")
        names = ("Layer", "EntityHandle", "Text", "BlockName", "BlockAttributes")
        defn = layer.GetLayerDefn()
        # the other fields (block scale, OCS, subclasses …) are not used: GDAL need not build them
        layer.SetIgnoredFields([defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())
                                if defn.GetFieldDefn(i).GetName() not in names])
        if hasattr(layer, "GetArrowStreamAsNumPy"):
            parts: dict[str, list] = {k: [] for k in (*names, "wkb")}
            for batch in layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO"]):
                for k in names:
                    parts[k].append(batch[k])
                parts["wkb"].append(batch["wkb_geometry"])
            if not parts["wkb"]:
                return {"n": 0, **{k: [] for k in names}, "geoms": np.empty(0, dtype=object)}
            cols: dict[str, Any] = {k: np.concatenate(parts[k]) for k in names}
            wkb = np.concatenate(parts["wkb"])
            n = len(wkb)
            try:  # bytes (an empty one for no geometry) or None: read as they are
                geoms = shapely.from_wkb(wkb, on_invalid="ignore")
            except (TypeError, ValueError):
                geoms = shapely.from_wkb([bytes(w) if len(bytes(w)) else None for w in wkb], on_invalid="ignore")
        else:  # GDAL without the Arrow interface
            rows = [(f.GetField("Layer"), f.GetField("EntityHandle"), f.GetField("Text"),
                     f.GetField("BlockName"), f.GetField("BlockAttributes"),
                     (bytes(g.ExportToIsoWkb()) if (g := f.GetGeometryRef()) is not None else None))
                    for f in layer]
            n = len(rows)
            cols = {k: np.array([r[i] for r in rows], dtype=object) for i, k in enumerate(names)}
            geoms = shapely.from_wkb([r[5] for r in rows], on_invalid="ignore")
        ds = None
    layer_names = _text(cols["Layer"], n)
    return {"n": n, "Layer": layer_names, "EntityHandle": _text(cols["EntityHandle"], n),
            "Text": _text(cols["Text"], n), "BlockName": _text(cols["BlockName"], n),
            "BlockAttributes": cols["BlockAttributes"], "geoms": shapely.force_2d(geoms)}


def _family(entity_type: str) -> str:
    if entity_type in _INSERT_TYPES or entity_type == "MINSERT":
        return "insert"
    if entity_type in _POINT_TYPES:
        return "point"
    return "geometry"


def _not_read(scan: dxfscan.DxfScan, cols: dict[str, Any]) -> Counter:
    """Entities per type that ezdxf found and GDAL did not return."""
    handles = [h for h in cols["EntityHandle"] if h]
    if scan.entities and all(e.handle for e in scan.entities) and len(handles) == cols["n"]:
        read = set(map(str.upper, handles))
        return Counter(e.type for e in scan.entities if e.handle not in read)
    # No handles (R12 files): compare counts per family.  GDAL returns texts and
    # POINT entities as points, INSERTs as points with a block name (a MINSERT as
    # several with one handle), everything else as lines or polygons.
    got: Counter = Counter()
    seen_blocks: set = set()
    is_point = shapely.get_type_id(cols["geoms"]) == 0
    for block, handle, point in zip(cols["BlockName"], cols["EntityHandle"], is_point.tolist(),
                                    strict=True):
        if block is not None:
            if handle is None or handle not in seen_blocks:
                got["insert"] += 1
                seen_blocks.add(handle)
        elif point:
            got["point"] += 1
        else:
            got["geometry"] += 1
    want: dict[str, Counter] = {}
    for e in scan.entities:
        want.setdefault(_family(e.type), Counter())[e.type] += 1
    missing: Counter = Counter()
    for fam, types in want.items():
        short = sum(types.values()) - got.get(fam, 0)
        for t, count in types.most_common():
            if short <= 0:
                break
            take = min(count, short)
            missing[t] += take
            short -= take
    return missing


_ATTR_RE = re.compile(r"^(\S+)\s?(.*)$")


def _block_attributes(value, cache: dict | None = None) -> dict[str, str]:
    """GDAL's ``BlockAttributes`` ("TAG value" strings) → {TAG: value}.

    ``cache`` (a dict the caller keeps) serves repeated attribute lists (a plan's
    trees mostly carry the same few) with a copy of the earlier result.
    """
    if value is None:
        return {}
    items = value.tolist() if isinstance(value, np.ndarray) else list(value)
    if cache is not None:
        key = tuple(items)
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = _block_attributes(items)
        return dict(hit)
    out: dict[str, str] = {}
    for item in items:
        if isinstance(item, bytes):
            item = item.decode("utf-8", errors="replace")
        m = _ATTR_RE.match(str(item))
        if m:
            out[m.group(1).upper()] = m.group(2).strip()
    return out


def _dxf_records(path: str, sha: str, cols: dict[str, Any], scan: dxfscan.DxfScan) -> SourceData:
    n = cols["n"]
    by_handle = scan.by_handle()
    keys: list[str] = []
    entity: list[str] = []
    colour: list[int | None] = []
    attrs: list[dict[str, Any]] = []
    seen: Counter = Counter()
    geoms = cols["geoms"]
    type_ids = shapely.get_type_id(geoms)
    geom_names = ("POINT", "LINESTRING", "LINEARRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING",
                  "MULTIPOLYGON", "GEOMETRYCOLLECTION")
    block_attr_col = cols["BlockAttributes"]
    handles, texts, blocks = cols["EntityHandle"], cols["Text"], cols["BlockName"]
    tids = type_ids.tolist()
    attr_cache: dict = {}
    upper = [h.upper() if h else None for h in handles]
    if all(upper) and len(set(upper)) == n:  # the usual case: one record per handle
        keys = ["dxf:" + h for h in upper]
    else:
        for i, handle in enumerate(upper):
            if handle:
                seen[handle] += 1
                count = seen[handle]
                keys.append(f"dxf:{handle}" if count == 1 else f"dxf:{handle}#{count}")
            else:
                keys.append(f"dxf:#{i + 1}")
    ents = list(map(by_handle.get, upper))  # None for no handle: by_handle has only real ones
    if block_attr_col is None:
        block_attrs: list[Any] = [None] * n
    else:
        block_attrs = block_attr_col.tolist() if isinstance(block_attr_col, np.ndarray) else list(block_attr_col)
    for ent, text, block, tid, block_attr in zip(ents, texts, blocks, tids, block_attrs, strict=True):
        if ent is not None:
            entity.append(ent.type)
            colour.append(ent.colour)
        else:
            entity.append("TEXT" if text else "INSERT" if block
                          else geom_names[tid] if 0 <= tid < len(geom_names) else "?")
            colour.append(None)
        a: dict[str, Any] = {}
        if block and block_attr_col is not None:
            a = _block_attributes(block_attr, attr_cache)
        if text:
            a["TEXT"] = text
        attrs.append(a)
    return SourceData(path, "DXF", sha, geoms, [v or "0" for v in cols["Layer"]], keys,
                      list(cols["BlockName"]), attrs, entity, colour)


# -- JSON -----------------------------------------------------------------------

def _check_json(path: str) -> None:
    """A parse error with its line, and the nested FeatureCollection GDAL reads as empty."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            doc = json.load(f)
    except UnicodeDecodeError as exc:
        raise ImportFault("open_failed", path=path, reason=f"geen UTF-8 ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise ImportFault("json_parse", path=path, reason=exc.msg, line=exc.lineno,
                          column=exc.colno) from None
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        features = doc.get("features")
        if isinstance(features, list) and features and all(
                isinstance(f, dict) and f.get("type") == "FeatureCollection" for f in features):
            raise ImportFault("nested_collection", path=path)
    elif not (isinstance(doc, dict) and doc.get("type") in (
            "Feature", "FeatureCollection", "Point", "LineString", "Polygon", "MultiPoint",
            "MultiLineString", "MultiPolygon", "GeometryCollection")):
        raise ImportFault("json_no_geometry", path=path)


# -- other OGR formats --------------------------------------------------------------

def _read_ogr(path: str, fmt: str, only_layer: str | None) -> SourceData:
    open_options = []
    if fmt == "GML":
        open_options = ["WRITE_GFS=NO"]  # GDAL would leave a .gfs file beside the user's plan
    if fmt == "CSV":
        open_options = [f"GEOM_POSSIBLE_NAMES={CSV_GEOMETRY_NAMES}", f"X_POSSIBLE_NAMES={CSV_X_NAMES}",
                        f"Y_POSSIBLE_NAMES={CSV_Y_NAMES}", "KEEP_GEOM_COLUMNS=NO",
                        "AUTODETECT_TYPE=YES", "HEADERS=YES"]
    try:
        # a zipped shapefile (as plans are often mailed) is read inside its zip
        target = f"/vsizip/{path}" if path.lower().endswith(".zip") else path
        ds = gdal.OpenEx(target, gdal.OF_VECTOR, open_options=open_options)
    except RuntimeError as exc:
        reason = str(exc).strip()
        if not fmt:
            raise ImportFault("unknown_format", path=path) from None
        raise ImportFault("open_failed", path=path, reason=reason) from None
    if ds is None:
        raise ImportFault("unknown_format", path=path)
    layers = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
    if only_layer:
        names = [lyr.GetName() for lyr in layers]
        if only_layer not in names:
            raise ImportFault("no_layer", path=path, layer=only_layer, layers=", ".join(names))
        layers = [ds.GetLayerByName(only_layer)]
    layers = [lyr for lyr in layers if lyr.GetGeomType() != ogr.wkbNone or fmt == "CSV"]
    geoms: list[Any] = []
    layer_names: list[str] = []
    keys: list[str] = []
    attrs: list[dict[str, Any]] = []
    crs_wkt = None
    first_srs = None
    for lyr in layers:
        name = lyr.GetName()
        srs = lyr.GetSpatialRef()
        transform = None
        if srs is not None:
            srs = srs.Clone()
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            if first_srs is None:
                first_srs, crs_wkt = srs, srs.ExportToWkt()
            elif not srs.IsSame(first_srs):
                # layers of one file in different CRSs: all in the first one's
                transform = osr.CoordinateTransformation(srs, first_srs)
        defn = lyr.GetLayerDefn()
        fields = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        for feat in lyr:
            g = feat.GetGeometryRef()
            if g is not None and transform is not None:
                g = g.Clone()
                g.Transform(transform)
            geoms.append(bytes(g.ExportToIsoWkb()) if g is not None else None)
            layer_names.append(name)
            keys.append(f"{name}:{feat.GetFID()}")
            attrs.append({k: feat.GetField(k) for k in fields})
    ds = None
    if not keys:
        raise ImportFault("empty", path=path)
    if fmt == "CSV" and all(g is None for g in geoms):
        raise ImportFault("csv_no_geometry", path=path, columns=", ".join(attrs[0]))
    garr = np.empty(len(geoms), dtype=object)
    garr[:] = geoms
    garr = shapely.force_2d(shapely.from_wkb(garr, on_invalid="ignore"))
    type_names = [g.geom_type if g is not None else "" for g in garr.tolist()]
    return SourceData(path, fmt or "OGR", sha256_of(path), garr, layer_names, keys,
                      [None] * len(keys), attrs, type_names, [None] * len(keys), crs_wkt)
