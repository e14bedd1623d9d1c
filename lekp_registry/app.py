"""The FastAPI application: OGC API – Features endpoints over a store.

:func:`create_app` builds an app from a :class:`RegistryConfig`; nothing is
global, so tests run several registries side by side.  Handlers read the raw
body themselves (strict JSON, size limit, problem+json answers) and run store
work in the thread pool.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from typing import Any

import anyio
import shapely
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import JSONResponse, Response

from lekp_plugin.core.catalogue import PACT_END, PACT_START, PARAMETERS
from lekp_plugin.core.mergers import to_2025
from lekp_plugin.core.schema import AARD, BRON, DOMEIN, STATUS
from lekp_plugin.core.validation import Boundary

from . import geojson as gj
from .auth import KEY_PREFIX, Authenticator, Principal
from .config import RegistryConfig
from .privacy import hidden, public_view, restricted_for
from .problems import PROBLEM_TYPE, Problem
from .progress import PROVINCE_CODES, PROVINCES, select_gemeenten, voortgang, voortgang_all
from .storage import Gemeente, Query, Record, Store, StoreError, open_store
from .writes import Op, Outcome, Render, Writer, etag, request_hash

log = logging.getLogger(__name__)

VERBETERINGEN = "verbeteringen"
GEMEENTEN = "gemeenten"
COLLECTIONS = (VERBETERINGEN, GEMEENTEN)
GEOJSON = "application/geo+json"
#: Flanders and Brussels in CRS84, for an empty collection's extent.
FLANDERS_CRS84 = [2.5, 50.68, 5.92, 51.51]

CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features",
]

_COMMON_PARAMS = {"limit", "offset", "bbox", "bbox-crs", "crs", "f"}
_FILTER_CHOICES: dict[str, tuple[str, ...]] = {
    "categorie": tuple(PARAMETERS), "status": STATUS, "aard": AARD, "domein": DOMEIN, "bron": BRON,
}
_NIS = re.compile(r"^\d{5}$")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")
#: Largest integer query parameter (offset, since, limit): 2^53 - 1.
MAX_INT = 2 ** 53 - 1
_WRITE_TYPES = ("application/json", "application/geo+json", "application/merge-patch+json")


def _param(name: str, where: str, description: str, schema: dict | None = None) -> dict[str, Any]:
    return {"name": name, "in": where, "required": False, "description": description,
            "schema": schema or {"type": "string"}}


_ITEMS_PARAMS = [
    _param("limit", "query", "features per page (1-10000, default 10)", {"type": "integer"}),
    _param("offset", "query", "features to skip (paging; the next links use cursor)", {"type": "integer"}),
    _param("cursor", "query", "keyset paging: the id of the last feature of the previous page"),
    _param("bbox", "query", "minx,miny,maxx,maxy (in bbox-crs, CRS84 by default)"),
    _param("bbox-crs", "query", "CRS of bbox"),
    _param("crs", "query", "CRS of the answer (CRS84, EPSG:4326, EPSG:31370 as URIs)"),
    _param("datetime", "query", "instant or interval on uitvoeringsdatum (RFC 3339, '..' open)"),
    *[_param(n, "query", f"filter on {n}") for n in
      ("gemeente_nis", "categorie", "status", "aard", "domein", "bron", "opgelegd", "projectnaam")],
]
_WRITE_BODY = {"requestBody": {"required": True, "content": {
    "application/geo+json": {"schema": {"type": "object", "description": "a GeoJSON Feature (SPEC §3)"}}}}}
_IF_MATCH = _param("If-Match", "header", "current ETag of the feature (required)")
_IDEMPOTENCY = _param("Idempotency-Key", "header", "replays the first answer for a retried request")
_CONTENT_CRS = _param("Content-Crs", "header", "CRS of the body's geometry, e.g. "
                      "<http://www.opengis.net/def/crs/EPSG/0/31370>")

ALLOW_ITEMS = "GET, HEAD, POST, OPTIONS"
ALLOW_ITEM = "GET, HEAD, PUT, PATCH, DELETE, OPTIONS"
ALLOW_READONLY = "GET, HEAD, OPTIONS"


class BodyLimit:
    """ASGI middleware: 413 for bodies over the limit, before they are read whole.

    An oversized body announced by Content-Length is drained (up to a cap) so
    the client sees the 413 instead of a reset connection.
    """

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    length = -1
        if length is not None and (length < 0 or length > self.max_bytes):
            drained, cap = 0, max(self.max_bytes * 10, 100 * 1024 * 1024)
            more = length > 0
            while more and drained < cap:
                msg = await receive()
                if msg["type"] != "http.request":
                    break
                drained += len(msg.get("body", b""))
                more = msg.get("more_body", False)
            problem = (Problem(400, "invalid Content-Length") if length < 0 else
                       Problem(413, f"request body of {length} bytes exceeds the limit of "
                                    f"{self.max_bytes} bytes", limit=self.max_bytes))
            return await problem.response()(scope, receive, send)
        seen = 0

        async def limited():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    raise Problem(413, f"request body exceeds the limit of {self.max_bytes} bytes",
                                  limit=self.max_bytes)
            return msg

        return await self.app(scope, limited, send)


def create_app(config: RegistryConfig, store: Store | None = None) -> FastAPI:
    """The registry app for ``config`` (``store`` overrides ``config.db``)."""
    store = store or open_store(config.db)
    auth = Authenticator(config.auth)
    app = FastAPI(title="LEKP-registratie", version="1.0",
                  description="OGC API – Features registry of LEKP climate-adaptation improvements",
                  openapi_url="/api", docs_url="/api.html", redoc_url=None)
    app.state.store = store
    app.state.config = config
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)

    boundaries: dict[str, tuple[float, Any]] = {}
    boundaries_lock = threading.Lock()

    def boundary_of(nis: str) -> Any:
        now = time.monotonic()
        with boundaries_lock:
            hit = boundaries.get(nis)
            if hit and now - hit[0] < 60:
                return hit[1]
        g = store.get_gemeente(nis)
        geom = Boundary(shapely.from_wkb(g.geometry)) if g is not None and g.geometry else None
        with boundaries_lock:
            boundaries[nis] = (now, geom)
        return geom

    writer = Writer(store, boundary_of, validate_writes=config.validate)
    progress_cache: dict[tuple, bytes] = {}
    progress_cache_lock = threading.Lock()
    # Batches queue on the store's lock anyway; a few threads keep the GIL from thrashing.
    # Single writes wait in the writer's queue and go to the store in groups (Writer.write):
    # more of them may wait at once, so that the groups fill.
    write_slots: list[anyio.CapacityLimiter] = []  # made in the event loop, on first use

    async def in_writer(fn, *args):
        if not write_slots:
            write_slots.append(anyio.CapacityLimiter(config.write_threads or (8 if store.kind == "postgis" else 2)))
            write_slots.append(anyio.CapacityLimiter(config.single_write_threads))
        slots = write_slots[1] if fn == writer.write else write_slots[0]
        return await anyio.to_thread.run_sync(fn, *args, limiter=slots)

    # -- errors --------------------------------------------------------------
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return exc.response()

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        headers = dict(exc.headers or {})
        return Problem(exc.status_code, str(exc.detail), headers=headers).response()

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return Problem(400, "; ".join(str(e.get("msg")) for e in exc.errors())).response()

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError):
        log.error("store error on %s %s: %s", request.method, request.url.path, exc)
        return Problem(503, "the registry database is not available right now").response()

    @app.exception_handler(ClientDisconnect)
    async def _gone(request: Request, exc: ClientDisconnect):
        # the client left (or the server's read deadline closed it) before its body arrived
        log.info("client disconnected during %s %s", request.method, request.url.path)
        return Response(status_code=400)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        # never log request headers: they carry bearer tokens
        log.error("internal error on %s %s: %s", request.method, request.url.path,
                  type(exc).__name__, exc_info=exc)
        return Problem(500, "internal error").response()

    # -- helpers ---------------------------------------------------------------
    def base(request: Request) -> str:
        return (config.base_url or str(request.base_url)).rstrip("/")

    def reader(request: Request) -> Principal:
        return auth.reader(request.headers.get("authorization"))

    def item_url(b: str, fid: str) -> str:
        return f"{b}/collections/{VERBETERINGEN}/items/{fid}"

    def feature(record: Record, crs: str, b: str, warnings: list | None = None,
                restricted: str | None = None) -> dict[str, Any]:
        """GeoJSON of a record; the generalized view when a ``restricted`` reader may not see it whole."""
        if hidden(record.properties, restricted):
            record = public_view(record)
        out = {"type": "Feature", "id": record.id,
               "geometry": gj.geometry_out(record.geometry, crs),
               "properties": dict(record.properties),
               "links": [{"href": item_url(b, record.id), "rel": "self", "type": GEOJSON},
                         {"href": f"{b}/collections/{VERBETERINGEN}", "rel": "collection",
                          "type": "application/json"}]}
        if warnings:
            out["findings"] = warnings
        return out

    def gemeente_feature(g: Gemeente, crs: str, b: str) -> dict[str, Any]:
        return {"type": "Feature", "id": g.nis, "geometry": gj.geometry_out(g.geometry, crs),
                "properties": {"nis": g.nis, "naam": g.naam, "inwoners": g.inwoners,
                               "referentiejaar": g.referentiejaar, "bron": g.bron},
                "links": [{"href": f"{b}/collections/{GEMEENTEN}/items/{g.nis}", "rel": "self",
                           "type": GEOJSON},
                          {"href": f"{b}/gemeenten/{g.nis}/voortgang", "rel": "related",
                           "type": "application/json", "title": "voortgang"}]}

    def geo(body: Any, crs: str, status: int = 200, headers: dict | None = None) -> Response:
        # what a reader sees depends on who it is (private-domain features): caches must know
        h = {"Content-Crs": f"<{crs}>", "Vary": "Authorization", **(headers or {})}
        return Response(json.dumps(body, ensure_ascii=False), status_code=status, media_type=GEOJSON,
                         headers=h)

    def check_collection(cid: str) -> None:
        if cid not in COLLECTIONS:
            raise Problem(404, f"collection {cid[:60]!r} does not exist; see /collections")

    # -- landing, conformance, collections -------------------------------------------
    @app.get("/", summary="Landing page")
    def landing(request: Request):
        reader(request)
        b = base(request)
        return {"title": "LEKP-registratie",
                "description": "Centraal register van LEKP-verbeteringen (vergroening en water)",
                "links": [
                    {"href": f"{b}/", "rel": "self", "type": "application/json", "title": "this document"},
                    {"href": f"{b}/api", "rel": "service-desc",
                     "type": "application/vnd.oai.openapi+json;version=3.0", "title": "OpenAPI"},
                    {"href": f"{b}/api.html", "rel": "service-doc", "type": "text/html"},
                    {"href": f"{b}/conformance", "rel": "conformance", "type": "application/json"},
                    {"href": f"{b}/collections", "rel": "data", "type": "application/json"},
                ]}

    @app.get("/conformance", summary="Conformance classes")
    def conformance(request: Request):
        reader(request)
        return {"conformsTo": CONFORMANCE}

    def collection_doc(cid: str, b: str) -> dict[str, Any]:
        if cid == VERBETERINGEN:
            ext = store.extent()
            title, desc = "Verbeteringen", "Geregistreerde LEKP-verbeteringen (SPEC §3)"
        else:
            ext = None
            title, desc = "Gemeenten", "Gemeentegrenzen met inwoners en referentiejaar"
        bbox = FLANDERS_CRS84
        if ext is not None:
            bbox = list(gj.transform_bbox(ext, gj.EPSG_31370, gj.CRS84))
        doc = {"id": cid, "title": title, "description": desc, "itemType": "feature",
               "crs": list(gj.SUPPORTED_CRS), "storageCrs": gj.EPSG_31370,
               "extent": {"spatial": {"bbox": [bbox], "crs": gj.CRS84}},
               "links": [{"href": f"{b}/collections/{cid}", "rel": "self", "type": "application/json"},
                         {"href": f"{b}/collections/{cid}/items", "rel": "items", "type": GEOJSON}]}
        if cid == VERBETERINGEN:
            doc["extent"]["temporal"] = {
                "interval": [[f"{PACT_START}T00:00:00Z", f"{PACT_END}T23:59:59Z"]],
                "trs": "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"}
            doc["supportsNonAutogeneratedResourceIds"] = True
            doc["links"].append({"href": f"{b}/collections/{cid}/changes", "rel": "changes",
                                 "type": "application/json"})
        return doc

    @app.get("/collections", summary="Feature collections")
    def collections(request: Request):
        reader(request)
        b = base(request)
        return {"collections": [collection_doc(c, b) for c in COLLECTIONS],
                "links": [{"href": f"{b}/collections", "rel": "self", "type": "application/json"}],
                "crs": list(gj.SUPPORTED_CRS)}

    @app.get("/collections/{cid}", summary="One collection")
    def collection(cid: str, request: Request):
        reader(request)
        check_collection(cid)
        return collection_doc(cid, base(request))

    # -- items -----------------------------------------------------------------
    def parse_int(params, name: str, default: int, lo: int, hi: int | None = None) -> int:
        raw = params.get(name)
        if raw is None:
            return default
        try:
            value = int(raw) if len(raw) <= 40 else None
        except ValueError:
            value = None
        if value is None:
            raise Problem(400, f"{name} must be an integer, got {raw[:40]!r}")
        if value < lo:
            raise Problem(400, f"{name} must be at least {lo}")
        if value > MAX_INT:
            # larger numbers overflow the databases' 64-bit integers (and JavaScript's)
            raise Problem(400, f"{name} must be at most {MAX_INT}, got {raw[:40]}")
        return min(value, hi) if hi is not None else value

    def parse_bbox(params, crs: str) -> tuple[tuple[float, float, float, float] | None, bytes | None]:
        """(envelope, exact area as WKB or None for the envelope itself), both in EPSG:31370."""
        raw = params.get("bbox")
        if raw is None:
            return None, None
        try:
            nums = [float(v) for v in raw.split(",")]
        except ValueError:
            raise Problem(400, f"bbox must be 4 comma-separated numbers, got {raw[:60]!r}") from None
        if len(nums) == 6:
            nums = [nums[0], nums[1], nums[3], nums[4]]
        if len(nums) != 4 or not all(abs(n) < 1e9 for n in nums):
            raise Problem(400, "bbox must be 4 (or 6) finite numbers: minx,miny,maxx,maxy")
        if nums[0] > nums[2] or nums[1] > nums[3]:
            raise Problem(400, "bbox: lower corner must come before the upper corner")
        bcrs = gj.parse_crs(params.get("bbox-crs"), "bbox-crs") if "bbox-crs" in params else gj.CRS84
        return gj.bbox_area(tuple(nums), bcrs)

    def parse_datetime(raw: str | None) -> tuple[str | None, str | None]:
        if raw is None:
            return None, None
        parts = raw.split("/")
        if len(parts) > 2:
            raise Problem(400, f"datetime: use an instant or start/end, got {raw[:60]!r}")

        def one(text: str) -> str | None:
            if text in ("..", ""):
                return None
            m = _DATE.match(text)
            if not m:
                raise Problem(400, f"datetime: {text[:40]!r} is not an RFC 3339 date or date-time")
            return m.group(1)

        if len(parts) == 1:
            day = one(parts[0])
            if day is None:
                raise Problem(400, "datetime: an instant cannot be open")
            return day, day
        lo, hi = one(parts[0]), one(parts[1])
        if lo and hi and lo > hi:
            raise Problem(400, "datetime: start after end")
        return lo, hi

    def parse_filters(params) -> dict[str, Any]:
        filters: dict[str, Any] = {}
        for name, choices in _FILTER_CHOICES.items():
            if name in params:
                value = params[name]
                if value not in choices:
                    raise Problem(400, f"{name}: unknown value {value[:40]!r}; one of {', '.join(choices)}")
                filters[name] = value
        if "gemeente_nis" in params:
            if not _NIS.match(params["gemeente_nis"]):
                raise Problem(400, "gemeente_nis must be a 5-digit NIS code")
            filters["gemeente_nis"] = params["gemeente_nis"]
        if "opgelegd" in params:
            value = params["opgelegd"].lower()
            if value not in ("true", "false"):
                raise Problem(400, "opgelegd must be true or false")
            filters["opgelegd"] = value == "true"
        if "projectnaam" in params:
            filters["projectnaam"] = params["projectnaam"][:200]
        return filters

    def page_links(request: Request, b: str, cid: str, offset: int, limit: int, more: bool,
                   last_id: str | None) -> list[dict[str, Any]]:
        """self, collection, next (keyset: ``cursor`` = the last id on verbeteringen) and prev (offset pages)."""
        from urllib.parse import urlencode

        def url(**changes: str) -> str:
            q = dict(request.query_params)
            q.pop("offset", None)
            q.pop("cursor", None)
            q.update(changes)
            q["limit"] = str(limit)
            return f"{b}/collections/{cid}/items?{urlencode(q)}"

        self_link = dict(request.query_params)
        self_link["limit"] = str(limit)
        links = [{"href": f"{b}/collections/{cid}/items?{urlencode(self_link)}", "rel": "self", "type": GEOJSON},
                 {"href": f"{b}/collections/{cid}", "rel": "collection", "type": "application/json"}]
        if more:
            nxt = url(cursor=last_id) if cid == VERBETERINGEN and last_id else url(offset=str(offset + limit))
            links.append({"href": nxt, "rel": "next", "type": GEOJSON})
        if offset > 0:
            links.append({"href": url(offset=str(max(0, offset - limit))), "rel": "prev", "type": GEOJSON})
        return links

    @app.get("/collections/{cid}/items", summary="Features",
             openapi_extra={"parameters": _ITEMS_PARAMS})
    def items(cid: str, request: Request):
        restricted = restricted_for(reader(request))
        check_collection(cid)
        params = request.query_params
        allowed = _COMMON_PARAMS | ({"datetime", "gemeente_nis", "projectnaam", "opgelegd", "cursor",
                                     *_FILTER_CHOICES} if cid == VERBETERINGEN else set())
        unknown = sorted(set(params) - allowed)
        if unknown:
            raise Problem(400, f"unknown query parameter(s): {', '.join(u[:40] for u in unknown)}")
        for name in params:
            if len(params.getlist(name)) > 1:
                raise Problem(400, f"query parameter {name} given more than once")
        crs = gj.parse_crs(params.get("crs"))
        limit = parse_int(params, "limit", 10, 1, config.max_limit)
        offset = parse_int(params, "offset", 0, 0)
        cursor = params.get("cursor")
        if cursor is not None:
            try:
                cursor = gj.canonical_id(cursor)
            except Problem:
                raise Problem(400, "cursor must be the id (UUID) of the last feature of the previous page;"
                                   " take the next link as it is") from None
            if offset:
                raise Problem(400, "give either offset or cursor, not both")
        bbox, area = parse_bbox(params, crs)
        b = base(request)
        last_id = None
        if cid == VERBETERINGEN:
            lo, hi = parse_datetime(params.get("datetime"))
            records, matched = store.query(Query(bbox, area, restricted, lo, hi, parse_filters(params),
                                                 limit, offset, cursor, max_counted=config.max_counted))
            more = len(records) > limit if matched is None else offset + len(records) < matched
            records = records[:limit]
            last_id = records[-1].id if records else None
            features = [feature(r, crs, b, restricted=restricted) for r in records]
        else:
            gems, matched = store.query_gemeenten(bbox, limit, offset, area)
            more = offset + len(gems) < matched
            features = [gemeente_feature(g, crs, b) for g in gems]
        body: dict[str, Any] = {"type": "FeatureCollection", "features": features}
        if matched is not None:  # not counted on keyset pages, nor above config.max_counted
            body["numberMatched"] = matched
        body.update({"numberReturned": len(features),
                     "timeStamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                     "links": page_links(request, b, cid, offset, limit, more, last_id)})
        return geo(body, crs)

    @app.get("/collections/{cid}/items/{fid}", summary="One feature")
    def item(cid: str, fid: str, request: Request):
        restricted = restricted_for(reader(request))
        check_collection(cid)
        params = request.query_params
        unknown = sorted(set(params) - {"crs", "f"})
        if unknown:
            raise Problem(400, f"unknown query parameter(s): {', '.join(u[:40] for u in unknown)}")
        crs = gj.parse_crs(params.get("crs"))
        b = base(request)
        if cid == GEMEENTEN:
            g = store.get_gemeente(fid) if _NIS.match(fid) else None
            if g is None:
                raise Problem(404, f"gemeente {fid[:40]!r} not found")
            return geo(gemeente_feature(g, crs, b), crs)
        fid = _path_id(fid)
        record = store.get(fid)
        if record is None or record.deleted:
            extra = {"deleted": True, "versie": record.versie} if record else {}
            raise Problem(404, f"feature {fid} not found" + (" (deleted)" if record else ""),
                          kind="not-found", **extra)
        tag = etag(record)
        inm = request.headers.get("if-none-match")
        if inm and (inm.strip() == "*" or tag in [t.strip() for t in inm.split(",")]):
            return Response(status_code=304, headers={"ETag": tag, "Vary": "Authorization"})
        return geo(feature(record, crs, b, restricted=restricted), crs, headers={"ETag": tag})

    app.add_api_route("/collections/{cid}/items", items, methods=["HEAD"], include_in_schema=False)
    app.add_api_route("/collections/{cid}/items/{fid}", item, methods=["HEAD"], include_in_schema=False)

    # -- writes ------------------------------------------------------------------
    def principal_for_write(request: Request) -> Principal:
        return auth.writer(request.headers.get("authorization"))

    def check_content_type(request: Request) -> None:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not ctype:
            raise Problem(415, "a write needs a Content-Type header: send application/geo+json "
                               "(or application/json, application/merge-patch+json)")
        if ctype not in _WRITE_TYPES:
            raise Problem(415, f"content type {ctype[:60]!r} not supported; send application/geo+json")

    def idempotency_key(request: Request) -> str | None:
        key = request.headers.get("idempotency-key")
        if key is not None and not 0 < len(key) <= 200:
            raise Problem(400, "Idempotency-Key must be 1 to 200 characters")
        return key

    def respond(outcome: Outcome) -> Response:
        headers = dict(outcome.headers)
        if outcome.replayed:
            headers["Idempotent-Replayed"] = "true"
        if outcome.status == 204:
            return Response(status_code=204, headers=headers)
        return Response(outcome.body, status_code=outcome.status, media_type=outcome.media_type,
                        headers=headers)

    def writable(cid: str) -> None:
        check_collection(cid)
        if cid != VERBETERINGEN:
            raise Problem(405, f"collection {cid} is read-only", headers={"Allow": ALLOW_READONLY})

    async def write_input(request: Request):
        """The start of every write: who writes (401/403 first), then content type, CRS and body."""
        token = (request.headers.get("authorization") or "").strip().partition(" ")[2].strip()
        if token.count(".") == 2 and not token.startswith(KEY_PREFIX):  # a JWT: may fetch the issuer's keys
            principal = await run_in_threadpool(principal_for_write, request)
        else:  # an API key: a hash and a look-up, not worth a thread
            principal = principal_for_write(request)
        check_content_type(request)
        crs = gj.parse_crs(request.headers.get("content-crs"), "Content-Crs")
        doc = gj.loads(await request.body())
        return principal, crs, doc

    def renderer(crs: str, b: str) -> Render:
        return Render(lambda record, warnings: feature(record, crs, b, warnings),
                      lambda fid: item_url(b, fid), crs)

    @app.post("/collections/{cid}/items", summary="Create a feature (Part 4)", status_code=201,
              openapi_extra={**_WRITE_BODY, "parameters": [_IDEMPOTENCY, _CONTENT_CRS]})
    async def create(cid: str, request: Request):
        writable(cid)
        principal, crs, doc = await write_input(request)
        fid, props, wkb = gj.parse_feature(doc, crs)
        op = Op("create", fid, props, wkb, idempotency_key=idempotency_key(request),
                request_hash=request_hash("POST", doc, crs))
        b = base(request)
        outcome = await in_writer(writer.write, op, principal, renderer(crs, b))
        return respond(outcome)

    @app.put("/collections/{cid}/items/{fid}", summary="Replace or create a feature (Part 4)",
             openapi_extra={**_WRITE_BODY, "parameters": [
                 _IF_MATCH, _param("If-None-Match", "header", "'*' to create"), _IDEMPOTENCY, _CONTENT_CRS]})
    async def replace(cid: str, fid: str, request: Request):
        writable(cid)
        fid = _path_id(fid)
        principal, crs, doc = await write_input(request)
        _, props, wkb = gj.parse_feature(doc, crs, path_id=fid)
        op = Op("replace", fid, props, wkb, if_match=request.headers.get("if-match"),
                if_none_match=request.headers.get("if-none-match"),
                idempotency_key=idempotency_key(request),
                request_hash=request_hash("PUT", fid, doc, crs))
        b = base(request)
        return respond(await in_writer(writer.write, op, principal, renderer(crs, b)))

    @app.patch("/collections/{cid}/items/{fid}", summary="Merge-patch a feature (Part 4)",
               openapi_extra={"requestBody": {"required": True, "content": {
                   "application/merge-patch+json": {"schema": {"type": "object"}}}},
                   "parameters": [_IF_MATCH, _IDEMPOTENCY, _CONTENT_CRS]})
    async def patch(cid: str, fid: str, request: Request):
        writable(cid)
        fid = _path_id(fid)
        principal, crs, doc = await write_input(request)
        op = parse_patch(doc, crs, fid)
        op.id = fid
        op.if_match = request.headers.get("if-match")
        op.idempotency_key = idempotency_key(request)
        op.request_hash = request_hash("PATCH", fid, doc, crs)
        return respond(await in_writer(writer.write, op, principal, renderer(crs, base(request))))

    def parse_patch(doc: Any, crs: str, fid: str | None) -> Op:
        if not isinstance(doc, dict):
            raise Problem(400, "a merge patch must be a JSON object")
        extra = sorted(set(doc) - {"type", "id", "properties", "geometry"})
        if extra:
            raise Problem(400, f"merge patch: unknown member(s) {', '.join(e[:40] for e in extra)}")
        props = doc.get("properties") or {}
        if not isinstance(props, dict):
            raise Problem(400, "merge patch: properties must be an object")
        # an id in a patch must be the feature's own
        for where, value in (("id", doc.get("id")), ("properties.id", props.get("id"))):
            if value is not None and gj.canonical_id(value, f"merge patch: {where}") != fid:
                raise Problem(400, f"merge patch: {where} {value} does not match the feature id {fid}")
        nulls = {k for k, v in props.items() if v is None}
        checked = gj.check_properties({k: v for k, v in props.items() if v is not None})
        checked.update(dict.fromkeys(nulls & set(gj.FIELDS_BY_NAME) - gj.SYSTEM_FIELDS - {"id"}))
        op = Op("patch", patch_properties=checked)
        if "geometry" in doc:
            op.patch_has_geometry = True
            op.patch_geometry = gj.parse_geometry(doc["geometry"], crs)
        return op

    @app.delete("/collections/{cid}/items/{fid}", summary="Delete a feature (Part 4)", status_code=204,
                openapi_extra={"parameters": [_IF_MATCH, _IDEMPOTENCY]})
    async def delete(cid: str, fid: str, request: Request):
        writable(cid)
        fid = _path_id(fid)
        principal = await run_in_threadpool(principal_for_write, request)
        op = Op("delete", fid, if_match=request.headers.get("if-match"),
                idempotency_key=idempotency_key(request),
                request_hash=request_hash("DELETE", fid))
        return respond(await in_writer(writer.write, op, principal, renderer(gj.CRS84, base(request))))

    @app.options("/collections/{cid}/items", summary="Allowed methods")
    def options_items(cid: str):
        check_collection(cid)
        return Response(status_code=204, headers={
            "Allow": ALLOW_ITEMS if cid == VERBETERINGEN else ALLOW_READONLY})

    @app.options("/collections/{cid}/items/{fid}", summary="Allowed methods")
    def options_item(cid: str, fid: str):
        check_collection(cid)
        return Response(status_code=204, headers={
            "Allow": ALLOW_ITEM if cid == VERBETERINGEN else ALLOW_READONLY})

    # -- changes feed ------------------------------------------------------------
    @app.get(f"/collections/{VERBETERINGEN}/changes", summary="Changes since a cursor",
             openapi_extra={"parameters": [
                 _param("since", "query", "cursor: the 'next' of the previous page (0 = from the start)",
                        {"type": "integer"}),
                 _param("limit", "query", "changes per page (default 100)", {"type": "integer"}),
                 _param("gemeente_nis", "query", "only this gemeente (merged old codes included)"),
                 _param("crs", "query", "CRS of the features")]})
    def changes(request: Request):
        restricted = restricted_for(reader(request))
        params = request.query_params
        unknown = sorted(set(params) - {"since", "limit", "crs", "gemeente_nis"})
        if unknown:
            raise Problem(400, f"unknown query parameter(s): {', '.join(u[:40] for u in unknown)}")
        since = parse_int(params, "since", 0, 0)
        limit = parse_int(params, "limit", 100, 1, config.max_limit)
        crs = gj.parse_crs(params.get("crs"))
        b = base(request)
        gemeente = params.get("gemeente_nis")
        if gemeente is not None and not _NIS.match(gemeente):
            raise Problem(400, "gemeente_nis must be a 5-digit NIS code")
        last = store.last_seq()
        records = store.changes(since, limit, to_2025(gemeente) if gemeente else None)
        entries = []
        for r in records:
            entry: dict[str, Any] = {"seq": r.seq, "id": r.id, "versie": r.versie, "etag": etag(r),
                                     "gemeente_nis": r.properties.get("gemeente_nis")}
            if r.moved_to is not None:
                entry.update(op="delete", reden="verhuisd", moved_to=r.moved_to)
            elif r.deleted:
                entry.update(op="delete", reden="verwijderd")
            else:
                entry["op"] = "upsert"
                entry["feature"] = feature(r, crs, b, restricted=restricted)
            entries.append(entry)
        nxt = records[-1].seq if records else max(since, 0)
        more = bool(records) and len(records) == limit and nxt < last
        extra = f"&gemeente_nis={gemeente}" if gemeente else ""
        feed = f"{b}/collections/{VERBETERINGEN}/changes"
        links = [{"href": f"{feed}?since={since}&limit={limit}{extra}", "rel": "self", "type": "application/json"}]
        if more:
            links.append({"href": f"{feed}?since={nxt}&limit={limit}{extra}", "rel": "next",
                          "type": "application/json"})
        return JSONResponse({"since": since, "next": nxt, "more": more, "last": last, "changes": entries,
                             "links": links}, headers={"Content-Crs": f"<{crs}>", "Vary": "Authorization"})

    # -- batch -----------------------------------------------------------------
    @app.post(f"/collections/{VERBETERINGEN}/batch", summary="Many writes in one request",
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                  "type": "object", "properties": {"atomic": {"type": "boolean"},
                                                   "operations": {"type": "array", "items": {"type": "object"}}}}}}},
                  "parameters": [_CONTENT_CRS]})
    async def batch(request: Request):
        principal, crs, doc = await write_input(request)
        if not isinstance(doc, dict) or not isinstance(doc.get("operations"), list):
            raise Problem(400, "a batch is {\"atomic\": bool, \"operations\": [...]}")
        atomic = doc.get("atomic", False)
        if not isinstance(atomic, bool):
            raise Problem(400, "atomic must be true or false")
        raw_ops = doc["operations"]
        if not raw_ops:
            raise Problem(400, "a batch needs at least one operation")
        if len(raw_ops) > config.max_batch:
            raise Problem(413, f"at most {config.max_batch} operations per batch")
        ops: list[Op | Problem] = []
        for raw in raw_ops:
            try:
                ops.append(parse_batch_op(raw, crs))
            except Problem as problem:
                ops.append(problem)
            except (ValueError, TypeError, OverflowError) as exc:  # one bad operation, not the batch
                ops.append(Problem(400, f"operation cannot be read: {type(exc).__name__}: {str(exc)[:200]}"))
        b = base(request)
        committed, results = await in_writer(writer.batch, ops, principal, renderer(crs, b), atomic)
        out = []
        for i, (op, res) in enumerate(zip(ops, results, strict=True)):
            entry: dict[str, Any] = {"index": i, "id": op.id if isinstance(op, Op) else None}
            if isinstance(op, Op):
                entry["op"] = op.kind
            if isinstance(res, Problem):
                entry["status"] = res.status
                entry["problem"] = res.to_dict()
            else:
                entry["status"] = res.status
                entry["etag"] = res.headers.get("ETag")
                entry["replayed"] = res.replayed
                if res.record is not None and not res.record.deleted:
                    # what the body below would say, without parsing the body just rendered
                    entry["id"] = res.record.id
                    entry["versie"] = res.record.properties.get("versie")
                    if res.findings:
                        entry["findings"] = res.findings
                elif res.body:
                    body = json.loads(res.body)
                    entry["id"] = body.get("id", entry["id"])
                    entry["versie"] = body.get("properties", {}).get("versie")
                    if body.get("findings"):
                        entry["findings"] = body["findings"]
                elif res.record is not None:
                    entry["versie"] = res.record.versie
            out.append(entry)
        body = {"atomic": atomic, "committed": committed, "results": out}
        if atomic and not committed:
            body.update(Problem(409, "atomic batch rolled back: an operation failed",
                                kind="batch-failed").to_dict())
            return JSONResponse(body, status_code=409, media_type=PROBLEM_TYPE)
        return JSONResponse(body)

    def parse_batch_op(raw: Any, crs: str) -> Op:
        if not isinstance(raw, dict):
            raise Problem(400, "an operation must be an object")
        kind = raw.get("op")
        if kind not in ("create", "replace", "delete", "patch"):
            raise Problem(400, f"op must be create, replace, delete or patch, got {str(kind)[:20]!r}")
        extra = sorted(set(raw) - {"op", "id", "if_match", "if_none_match", "idempotency_key",
                                   "feature", "patch"})
        if extra:
            raise Problem(400, f"unknown operation member(s): {', '.join(e[:40] for e in extra)}")
        fid = gj.canonical_id(raw["id"]) if raw.get("id") is not None else None
        for name in ("if_match", "if_none_match", "idempotency_key"):
            if raw.get(name) is not None and not (isinstance(raw[name], str) and 0 < len(raw[name]) <= 200):
                raise Problem(400, f"{name} must be a string of 1 to 200 characters")
        if kind in ("replace", "delete", "patch") and fid is None:
            raise Problem(400, f"{kind} needs an id")
        if kind in ("create", "replace"):
            fid2, props, wkb = gj.parse_feature(raw.get("feature"), crs, path_id=fid)
            op = Op(kind, fid or fid2, props, wkb)
        elif kind == "patch":
            op = parse_patch(raw.get("patch"), crs, fid)
            op.id = fid
        else:
            op = Op("delete", fid)
        op.if_match, op.if_none_match = raw.get("if_match"), raw.get("if_none_match")
        op.idempotency_key = raw.get("idempotency_key")
        op.request_hash = request_hash("BATCH", kind, fid, raw.get("feature"), raw.get("patch"),
                                       op.if_match, op.if_none_match, crs)
        return op

    # -- gemeenten -----------------------------------------------------------------
    @app.get("/gemeenten/{nis}/voortgang", summary="Progress of a gemeente towards its targets")
    def progress(nis: str, request: Request):
        reader(request)
        if not _NIS.match(nis):
            raise Problem(400, "NIS code must have 5 digits")
        g = store.get_gemeente(to_2025(nis))
        if g is None:
            raise Problem(404, f"gemeente {nis} not found; load gemeenten first")
        return voortgang(g, store.voortgang_rows([g.nis]))

    @app.get("/voortgang", summary="Progress of every Flemish gemeente and of Flanders",
             openapi_extra={"parameters": [
                 _param("provincie", "query", f"only one province: {', '.join(PROVINCES)} (or its NIS code)"),
                 _param("gemeente_nis", "query", "only these gemeenten: NIS codes separated by commas")]})
    def progress_all(request: Request):
        reader(request)
        params = request.query_params
        unknown = sorted(set(params) - {"provincie", "gemeente_nis"})
        if unknown:
            raise Problem(400, f"unknown query parameter(s): {', '.join(u[:40] for u in unknown)}")
        provincie = params.get("provincie")
        if provincie is not None:
            provincie = PROVINCE_CODES.get(provincie, provincie.strip().lower())
            if provincie not in PROVINCES:
                raise Problem(400, f"provincie must be one of {', '.join(PROVINCES)}, got {params['provincie'][:40]!r}")
        codes = None
        if params.get("gemeente_nis") is not None:
            raw = [c.strip() for c in params["gemeente_nis"].split(",") if c.strip()]
            bad = [c for c in raw if not _NIS.match(c)]
            if bad or not raw or len(raw) > 400:
                raise Problem(400, "gemeente_nis: 1 to 400 five-digit NIS codes separated by commas"
                              + (f"; not a NIS code: {bad[0][:20]!r}" if bad else ""))
            codes = sorted({to_2025(c) for c in raw})
        gemeenten = select_gemeenten(store.list_gemeenten(), provincie, codes)
        if codes is not None:
            missing = sorted(set(codes) - {g.nis for g in gemeenten})
            if missing:
                raise Problem(404, f"no Flemish gemeente {', '.join(missing[:10])}; load gemeenten first")
        names = {"provincie": provincie} if provincie else {}
        if codes is not None:
            names["gemeente_nis"] = codes
        naam = "Vlaanderen" if not names else ("provincie " + provincie if provincie and codes is None
                                               else "selectie")
        # the answer only changes with a write (each one takes a new seq): cache it per question
        key = (provincie, tuple(codes or ()), store.last_seq(),
               tuple((g.nis, g.naam, g.inwoners, g.referentiejaar, g.bron) for g in gemeenten))
        with progress_cache_lock:
            body = progress_cache.get(key)
        if body is None:
            rows = store.voortgang_rows(None if codes is None and provincie is None else [g.nis for g in gemeenten])
            body = json.dumps(voortgang_all(gemeenten, rows, naam=naam, filters=names),
                              ensure_ascii=False).encode()
            with progress_cache_lock:
                if len(progress_cache) >= 16:
                    progress_cache.pop(next(iter(progress_cache)))
                progress_cache[key] = body
        return Response(body, media_type="application/json")

    return app


def _path_id(fid: str) -> str:
    try:
        return gj.canonical_id(fid)
    except Problem:
        raise Problem(404, f"no feature {fid[:80]!r}: ids are UUIDs", kind="not-found") from None
