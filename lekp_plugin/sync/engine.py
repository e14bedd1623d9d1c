"""The sync engine: push the outbox, pull the changes feed, record conflicts.

One run (:func:`run_sync`):

1. **discover** — ``GET …/collections/verbeteringen`` (one request): is it an
   OGC API Features collection, does it have the LEKP changes feed, does it
   take EPSG:31370?  Without a changes feed the server is *degraded*
   (e.g. pygeoapi): push through single Part 4 requests, no pull, one warning.
2. **flush** — requests stored in ``sync_verzending`` by a run that was cut
   off are sent again, with the same idempotency keys and bodies, so the
   registry answers a write it already committed from its idempotency record.
3. **push** — the outbox coalesced per feature; features with validation
   errors are held back; the rest is stored in ``sync_verzending`` (with a new
   idempotency key each) *before* sending, then sent through
   ``POST …/batch`` (≤ 1000 operations a request) with ``If-Match`` from
   ``sync_basis``.  Each batch's answers are recorded in one transaction.
4. **pull** — ``GET …/changes?since=<cursor>`` pages, each applied in one
   transaction with the cursor and the ``pulling`` flag (so the outbox does
   not see it): the gemeente's features into the store layers, others near
   the gemeente into ``registry_referentie``; a change to a feature with
   unsent local edits becomes a conflict. A store's *first* pull reads only
   its gemeente's feed (``gemeente_nis=``, with departures: a feature moved
   to another gemeente is named as such) and the other gemeenten's features
   in the reference box once (``items?bbox=``), then continues from the head
   of the whole feed.
5. a second push when a conflict policy queued a version to re-send.

A sync with nothing to do makes two requests (discover + one changes page).
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import shapely

from ..core import mergers
from ..core.schema import BOUNDARY_LAYER
from ..store import sqlite as sq
from . import conflicts as cf
from . import localstore as ls
from .errors import SyncError, safe_url
from .gate import gate_for
from .http import DISCOVERY_RETRY, Cancelled, Http, RetryPolicy, problem_detail

POLICIES = ("stop", "keep_mine", "take_theirs")
COLLECTION = "verbeteringen"
L72 = "http://www.opengis.net/def/crs/EPSG/0/31370"
#: Operations per batch request (the registry's maximum).
BATCH_SIZE = 1000
#: Batch requests on their way at once (the registry validates one while it writes another).
IN_FLIGHT = 2
#: Changes per page of the feed.
PAGE_SIZE = 1000
#: Features of other gemeenten within this distance of the gemeente's boundary box
#: are kept in ``registry_referentie`` (overlap and duplicate checks near the border).
REFERENCE_MARGIN_M = 1000.0

WARN_DEGRADED = ("Het register biedt geen wijzigingenfeed, batch of ETags: de wijzigingen zijn één voor "
                 "één verzonden, conflicten worden niet gedetecteerd en wijzigingen van anderen worden "
                 "niet opgehaald.")
WARN_DEGRADED_EN = ("The registry offers no changes feed, batch or ETags: the changes were sent one by "
                    "one, conflicts are not detected and others' changes are not fetched.")


@dataclass
class HeldBack:
    """A feature that is not sent: its findings (``code``, ``severity``, ``message``, ``message_en``)."""

    id: str
    laag: str
    findings: list[dict]


@dataclass
class SyncStatus:
    """What the next sync would do (no network).

    ``pending`` counts what will be *sent*, coalesced per feature: features
    held back (validation errors, or a version the registry refused) and
    features in an open conflict are not in it; they are in ``held_back`` and
    ``conflicts``.
    """

    pending: dict[str, int]
    held_back: list[HeldBack]
    conflicts: int
    last_sync: str | None
    last_result: str | None
    registry_url: str | None


@dataclass
class SyncResult:
    """One run: changes sent and fetched, open conflicts and held-back features afterwards."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    held_back: int = 0
    requests: int = 0
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False
    message: str = ""
    #: Additions to the agreed contract: the English summary and the held-back features.
    message_en: str = ""
    held_back_features: list[HeldBack] = field(default_factory=list)
    new_conflicts: int = 0


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()


def normalize_base(url: str) -> str:
    url = (url or "").strip()
    parts = urlsplit(url) if url else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError("url_invalid", url=safe_url(url) if url else "")
    base = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    for tail in (f"/collections/{COLLECTION}/items", f"/collections/{COLLECTION}", "/collections"):
        if base.endswith(tail):
            base = base[: -len(tail)]
            break
    return base


# -- validation of what is about to be sent -----------------------------------------------

def _boundary(con: sqlite3.Connection):
    try:
        row = con.execute(f'SELECT geom FROM "{BOUNDARY_LAYER}" LIMIT 1').fetchone()
    except sqlite3.Error:
        return None
    if not row or row[0] is None:
        return None
    return shapely.from_wkb(sq.wkb_of(row[0]))


def _columns(feats: list[ls.LocalFeature]) -> tuple[list, list, dict]:
    from ..core.validation.attributes import READ_FIELDS

    ids = [f.id for f in feats]
    geoms = [f.geometry for f in feats]
    cols = {name: [f.properties.get(name) for f in feats] for name in READ_FIELDS if name != "id"}
    return ids, geoms, cols


def held_back_findings(con: sqlite3.Connection, feats: dict[str, ls.LocalFeature]) -> dict[str, list[dict]]:
    """Error findings per feature id (the features that must not be sent)."""
    if not feats:
        return {}
    from ..core.validation import Reference, validate_arrays

    others = list(ls.read_features(con, exclude=feats).values())
    others += list(ls.read_features(con, layers=(ls.REFERENCE_LAYER,)).values())
    reference = Reference.from_arrays(*_columns(others)) if others else None
    order = list(feats.values())
    findings = validate_arrays(*_columns(order), boundary=_boundary(con), reference=reference)
    out: dict[str, list[dict]] = {}
    for f in findings:
        if f.severity.value != "error":
            continue
        fid = f.feature_id if f.feature_id in feats else (order[f.index].id if f.index is not None else None)
        if fid is None:
            continue
        out.setdefault(fid, []).append({"code": f.code, "severity": f.severity.value,
                                        "message": f.message("nl"), "message_en": f.message("en")})
    return out


def refused_unchanged(con: sqlite3.Connection) -> dict[str, HeldBack]:
    """Features the registry refused (422) and that were not edited since: not sent again."""
    out: dict[str, HeldBack] = {}
    rows = con.execute(
        "SELECT t.feature_id, t.laag, t.findings FROM sync_tegengehouden t WHERE NOT EXISTS "
        "(SELECT 1 FROM sync_outbox o WHERE o.feature_id = t.feature_id AND o.vastgelegd_op > t.vastgelegd_op)")
    for fid, laag, findings in rows:
        out[fid] = HeldBack(fid, laag or "", json.loads(findings or "[]"))
    return out


# -- status ----------------------------------------------------------------------------------

def sync_status(store_path: str) -> SyncStatus:
    """What the next sync would do, and how the last one went (no network)."""
    con = ls.open_store(store_path)
    try:
        con.execute("BEGIN")
        try:
            pend = ls.pending(con)
            blocked = ls.open_conflict_ids(con)
            sendable = {fid: p for fid, p in pend.items() if p.op and fid not in blocked}
            feats = ls.read_features(con, {fid for fid, p in sendable.items() if p.op != "delete"})
            errors = held_back_findings(con, feats)
            refused = refused_unchanged(con)
            state = con.execute("SELECT last_sync, last_result, registry_url FROM sync_state WHERE id = 1").fetchone()
            n_conflicts = len(blocked)
        finally:
            con.execute("COMMIT")
    finally:
        con.close()
    held: list[HeldBack] = []
    counts = {"create": 0, "replace": 0, "delete": 0}
    for fid, p in sendable.items():
        if fid in errors:
            held.append(HeldBack(fid, p.laag, errors[fid]))
        elif fid in refused:
            held.append(HeldBack(fid, refused[fid].laag or p.laag, refused[fid].findings))
        else:
            counts[p.op] += 1
    return SyncStatus(counts, held, n_conflicts, state[0], state[1], state[2])


# -- a run -------------------------------------------------------------------------------------

class _Run:
    def __init__(self, store_path: str, base_url: str, token: str | None, policy: str, session,
                 progress, is_cancelled, log, retry: RetryPolicy) -> None:
        self.store_path = store_path
        self.base = normalize_base(base_url)
        self.http = Http(self.base, token, session, retry, is_cancelled, log)
        self.policy = policy
        self.progress_cb = progress
        self.log = log or (lambda text: None)
        self.result = SyncResult()
        self.items_url = f"{self.base}/collections/{COLLECTION}/items"
        self.batch_ok = True
        self.degraded = False
        self.crs_ok = True
        self.requeued = False
        self.pushed = 0
        self.held: dict[str, HeldBack] = {}
        self.new_conflicts = 0
        self.moves_told = 0
        self.gate = gate_for(store_path)

    def _write(self, con: sqlite3.Connection, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        """One short write transaction (``BEGIN IMMEDIATE``), never while QGIS saves a layer of the store."""
        with self.gate.write():
            return sq.write(con, fn)

    def progress(self, percent: float, text: str) -> None:
        if self.progress_cb:
            self.progress_cb(float(percent), text)

    # -- discovery --
    def discover(self) -> None:
        url = f"{self.base}/collections/{COLLECTION}"
        resp = self.http.request("GET", url, what="het ophalen van de collectie", retry=DISCOVERY_RETRY)
        shown = safe_url(self.base)
        if resp.status_code == 403:
            raise SyncError("forbidden", url=shown, detail=problem_detail(resp) or "lezen niet toegestaan")
        if resp.status_code == 404:
            raise SyncError("not_ogc", url=shown, reason="de collectie 'verbeteringen' bestaat er niet "
                                                         "(…/collections/verbeteringen gaf 404)")
        if resp.status_code != 200:
            raise SyncError("bad_answer", url=shown, status=resp.status_code, what="het ophalen van de collectie",
                            detail=problem_detail(resp))
        try:
            doc = resp.json()
        except ValueError:
            doc = None
        if not isinstance(doc, dict) or not isinstance(doc.get("links"), list) or doc.get("id") != COLLECTION:
            raise SyncError("not_ogc", url=shown,
                            reason="…/collections/verbeteringen geeft geen OGC-collectiebeschrijving (JSON)")
        rels = {link.get("rel") for link in doc["links"] if isinstance(link, dict)}
        self.degraded = "changes" not in rels
        crs = doc.get("crs") or []
        self.crs_ok = L72 in crs or not self.degraded
        if self.degraded:
            self.batch_ok = False
            self.result.warnings.append(WARN_DEGRADED)
            self.log(WARN_DEGRADED)

    # -- push --
    def prepare(self, con: sqlite3.Connection) -> int:
        """Queue the coalesced outbox in ``sync_verzending`` (keys stored before sending)."""
        con.execute("BEGIN")
        try:
            pend = ls.pending(con)
            busy = {r[0] for r in con.execute("SELECT feature_id FROM sync_verzending")} | ls.open_conflict_ids(con)
            todo = {fid: p for fid, p in pend.items() if fid not in busy}
            feats = ls.read_features(con, {fid for fid, p in todo.items() if p.op in ("create", "replace")})
            bases = {fid: ls.basis(con, fid) for fid, p in todo.items() if p.op in ("replace", "delete")}
            refused = refused_unchanged(con)
        finally:
            con.execute("COMMIT")
        if not todo:
            return 0
        errors = held_back_findings(con, feats)
        rows: list[tuple] = []
        nothing: list[Pending] = []
        for fid, p in todo.items():
            if p.op is None:
                nothing.append(p)
                continue
            if fid in errors:
                self.held[fid] = HeldBack(fid, p.laag, errors[fid])
                continue
            if fid in refused:  # the registry refused this very version: not again until it is edited
                self.held[fid] = refused[fid]
                continue
            if p.op != "delete" and fid not in feats:
                continue  # deleted meanwhile: the next round sees it
            key = str(uuid.uuid4())
            op: dict[str, Any] = {"op": p.op, "id": fid, "idempotency_key": key}
            if p.op in ("replace", "delete"):
                etag = (bases.get(fid) or (None, None))[0]
                if etag:
                    op["if_match"] = etag
            if p.op != "delete":
                op["feature"] = feats[fid].feature(system=False)
            rows.append((fid, p.laag, p.op, key, op.get("if_match"), json.dumps(op, separators=(",", ":")),
                         p.max_seq))

        def store(c: sqlite3.Connection) -> None:
            for p in nothing:
                ls.drop_outbox(c, p.id, p.max_seq)
                c.execute("DELETE FROM sync_tegengehouden WHERE feature_id = ?", (p.id,))
            c.executemany("INSERT OR IGNORE INTO sync_verzending(feature_id, laag, op, idempotency_key, "
                          "if_match, body, max_seq) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        self._write(con, store)
        return len(rows)

    def send(self, con: sqlite3.Connection, start: float, end: float) -> None:
        rows = con.execute("SELECT feature_id, laag, op, idempotency_key, if_match, body, max_seq "
                           "FROM sync_verzending ORDER BY rowid").fetchall()
        if not rows:
            return
        total = len(rows)
        chunks = [rows[i:i + BATCH_SIZE] for i in range(0, total, BATCH_SIZE)]
        done = 0
        # up to IN_FLIGHT requests on their way while the answers of an earlier one are recorded
        with ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="lekp-sync") as pool:
            flying: deque = deque()
            queued = iter(chunks)

            def fill() -> None:
                while len(flying) < IN_FLIGHT and not self.http.is_cancelled():
                    chunk = next(queued, None)
                    if chunk is None:
                        return
                    flying.append((chunk, pool.submit(self._send_chunk, chunk)))

            fill()
            while flying:
                chunk, future = flying.popleft()
                results = future.result()
                fill()
                self._record(con, chunk, results)
                done += len(chunk)
                self.progress(start + (end - start) * done / total, f"{done} van {total} wijzigingen verzonden")
                self.http.check_cancel()

    def _send_chunk(self, chunk: list[tuple]) -> list[dict]:
        self.http.check_cancel()
        results = self._send_batch(chunk) if self.batch_ok else None
        if results is None:
            results = [self._send_single(row) for row in chunk]
        return results

    def _send_batch(self, chunk: list[tuple]) -> list[dict] | None:
        body = '{"atomic":false,"operations":[' + ",".join(r[5] for r in chunk) + "]}"
        resp = self.http.request("POST", f"{self.base}/collections/{COLLECTION}/batch", what="het verzenden",
                                 data=body, headers={"Content-Type": "application/json", "Content-Crs": f"<{L72}>"})
        if resp.status_code in (404, 405, 501):
            self.batch_ok = False
            return None
        if resp.status_code == 403:
            raise SyncError("forbidden", url=safe_url(self.base), detail=problem_detail(resp))
        if resp.status_code != 200:
            raise SyncError("bad_answer", url=safe_url(self.base), status=resp.status_code, what="het verzenden",
                            detail=problem_detail(resp))
        results = resp.json().get("results") or []
        if len(results) != len(chunk):
            raise SyncError("bad_answer", url=safe_url(self.base), status=resp.status_code, what="het verzenden",
                            detail="het aantal antwoorden klopt niet")
        return results

    def _send_single(self, row: tuple) -> dict:
        fid, _laag, kind, key, if_match, body, _ = row
        op = json.loads(body)
        headers = {"Idempotency-Key": key}
        if if_match and not self.degraded:
            headers["If-Match"] = if_match
        data = None
        if kind != "delete":
            feature = op["feature"]
            if self.crs_ok:
                headers["Content-Crs"] = f"<{L72}>"
            else:
                feature = _to_crs84(feature)
            headers["Content-Type"] = "application/geo+json"
            data = json.dumps(feature)
        if kind == "create":
            resp = self.http.request("POST", self.items_url, what="het verzenden", data=data, headers=headers)
        elif kind == "replace":
            resp = self.http.request("PUT", f"{self.items_url}/{fid}", what="het verzenden", data=data,
                                     headers=headers)
        else:
            resp = self.http.request("DELETE", f"{self.items_url}/{fid}", what="het verzenden", headers=headers)
        out: dict[str, Any] = {"status": resp.status_code, "etag": resp.headers.get("ETag")}
        try:
            doc = resp.json() if resp.content else None
        except ValueError:
            doc = None
        if resp.status_code >= 400:
            out["problem"] = doc if isinstance(doc, dict) else {"detail": (resp.text or "")[:200]}
        elif isinstance(doc, dict):
            out["versie"] = (doc.get("properties") or {}).get("versie")
        return out

    def _record(self, con: sqlite3.Connection, chunk: list[tuple], results: list[dict]) -> None:
        conflicts: list[tuple[tuple, dict]] = []
        forbidden = None
        nis = self.nis
        for row, res in zip(chunk, results, strict=True):
            st = res.get("status")
            if st in (409, 412, 428) or (st == 404 and row[2] == "replace"):
                conflicts.append((row, res))
            elif st == 403:
                feature = json.loads(row[5]).get("feature") or {}
                g = (feature.get("properties") or {}).get("gemeente_nis")
                if g is None or mergers.to_2025(str(g)) == nis:
                    forbidden = problem_detail_of(res)
        theirs = {row[0]: self._fetch(row[0]) for row, _ in conflicts}

        def apply(c: sqlite3.Connection) -> None:
            done_basis: list[tuple] = []
            gone: list[tuple] = []
            versies: dict[str, list[tuple]] = {}
            sent: list[tuple] = []
            for row, res in zip(chunk, results, strict=True):
                fid, laag, kind, _key, _if_match, body, max_seq = row
                st = res.get("status")
                if st in (200, 201, 204) or (st == 404 and kind == "delete"):
                    if kind == "delete":
                        gone.append((fid,))
                    else:
                        # the op document is kept as the base (its "feature" is what both sides hold)
                        done_basis.append((fid, res.get("etag"), res.get("versie"), body))
                        if res.get("versie") is not None:
                            versies.setdefault(laag, []).append((res["versie"], fid))
                    sent.append((fid, max_seq))
                    self.pushed += 1
                    continue
                if fid in theirs:
                    their_doc, their_etag = theirs[fid]
                    local = ls.read_features(c, {fid}).get(fid)
                    c.execute("DELETE FROM sync_verzending WHERE feature_id = ?", (fid,))
                    if local is not None and their_doc is not None and ls.same(local.feature(), their_doc):
                        ls.set_basis(c, fid, their_etag, _versie(their_doc), their_doc)
                        ls.drop_outbox(c, fid, max_seq)
                        continue
                    cause = {409: "bestaat al in het register", 412: "gewijzigd in het register",
                             428: "versie in het register onbekend",
                             404: "verwijderd in het register"}.get(st, str(st))
                    if their_doc is None and st != 409:
                        cause = "verwijderd in het register"
                    their_nis = ((their_doc or {}).get("properties") or {}).get("gemeente_nis")
                    if their_nis and mergers.to_2025(str(their_nis)) != self.nis:
                        # moved to another gemeente meanwhile: gone from this store, as a pull would say
                        cause, their_doc, their_etag = cf.moved_cause(str(their_nis)), None, None
                    cid, new = cf.record_conflict(c, fid, laag, local.feature() if local else None, their_doc,
                                             their_etag, cause)
                    self.new_conflicts += new
                    self._apply_policy(c, cid)
                elif st in (400, 422) or (st == 403 and forbidden is None):
                    problem = res.get("problem") or {}
                    findings = problem.get("findings") or [{"code": f"HTTP-{st}", "severity": "error",
                                                            "message": str(problem.get("detail") or "")[:300]}]
                    c.execute("INSERT OR REPLACE INTO sync_tegengehouden(feature_id, laag, findings, bron) "
                              "VALUES (?, ?, ?, 'register')", (fid, laag, json.dumps(findings)))
                    c.execute("DELETE FROM sync_verzending WHERE feature_id = ?", (fid,))
                    self.held[fid] = HeldBack(fid, laag, findings)
                # anything else (a 5xx for one operation, 424): stays queued with its key
            c.executemany("INSERT OR REPLACE INTO sync_basis(feature_id, etag, versie, feature) "
                          "VALUES (?, ?, ?, ?)", done_basis)
            c.executemany("DELETE FROM sync_basis WHERE feature_id = ?", gone)
            c.executemany("DELETE FROM sync_outbox WHERE feature_id = ? AND seq <= ?", sent)
            c.executemany("DELETE FROM sync_verzending WHERE feature_id = ?", [(f,) for f, _ in sent])
            c.executemany("DELETE FROM sync_tegengehouden WHERE feature_id = ?", [(f,) for f, _ in sent])
            if versies:
                ls.set_pulling(c, True)
                for laag, pairs in versies.items():
                    if laag in ls.STORE_LAYERS:
                        c.executemany(f'UPDATE "{laag}" SET versie = ? WHERE id = ?', pairs)
                ls.set_pulling(c, False)
        self._write(con, apply)
        if forbidden is not None:
            raise SyncError("other_gemeente", nis=nis, url=safe_url(self.base))

    def _fetch(self, fid: str) -> tuple[dict | None, str | None]:
        resp = self.http.request("GET", f"{self.items_url}/{fid}", what="het ophalen van een object",
                                 params={"crs": L72})
        if resp.status_code == 404:
            return None, None
        if resp.status_code != 200:
            raise SyncError("bad_answer", url=safe_url(self.base), status=resp.status_code,
                            what="het ophalen van een object", detail=problem_detail(resp))
        return resp.json(), resp.headers.get("ETag")

    def _apply_policy(self, con: sqlite3.Connection, conflict_id: int) -> None:
        if self.policy == "take_theirs":
            cf.resolve_in(con, conflict_id, "theirs")
        elif self.policy == "keep_mine":
            cf.resolve_in(con, conflict_id, "mine")
            self.requeued = True

    # -- pull --
    def _changes(self, params: dict[str, Any]) -> tuple[list[dict], int, bool]:
        """One page of the changes feed: (entries, next cursor, more)."""
        resp = self.http.request("GET", f"{self.base}/collections/{COLLECTION}/changes",
                                 what="het ophalen van wijzigingen", params=params)
        if resp.status_code != 200:
            raise SyncError("bad_answer", url=safe_url(self.base), status=resp.status_code,
                            what="het ophalen van wijzigingen", detail=problem_detail(resp))
        try:
            doc = resp.json()
            return list(doc["changes"]), int(doc["next"]), bool(doc.get("more"))
        except (ValueError, KeyError, TypeError):
            raise SyncError("bad_answer", url=safe_url(self.base), status=resp.status_code,
                            what="het ophalen van wijzigingen", detail="geen wijzigingenfeed") from None

    def pull(self, con: sqlite3.Connection, start: float, end: float) -> int:
        cursor = con.execute("SELECT cursor FROM sync_state WHERE id = 1").fetchone()[0] or 0
        box = self._reference_box(con)
        if not cursor and box is not None and self.nis:
            return self._first_pull(con, box, start, end)
        applied = 0
        pages = 0
        while True:
            entries, nxt, more = self._changes({"since": cursor, "limit": PAGE_SIZE, "crs": L72})
            applied += self._write(con, lambda c, e=entries, n=nxt: self._apply_page(c, e, n, box))
            cursor = nxt
            pages += 1
            self.progress(min(end, start + (end - start) * (1 - 0.5 ** pages)), f"{applied} wijzigingen opgehaald")
            if not more or not entries:
                return applied

    def _feed_head(self) -> int:
        """The sequence number of the registry's last change.

        The feed says it (``last``) in one request.  A registry that does not
        (older versions) is searched: ``since=s&limit=1`` is empty exactly when
        ``s`` is at or past the last change; a page that is not empty moves
        the lower bound to its change; about 2·log2(changes) requests.
        """
        resp = self.http.request("GET", f"{self.base}/collections/{COLLECTION}/changes",
                                 what="het ophalen van wijzigingen", params={"since": 0, "limit": 1})
        if resp.status_code != 200:
            raise SyncError("bad_answer", url=safe_url(self.base), status=resp.status_code,
                            what="het ophalen van wijzigingen", detail=problem_detail(resp))
        try:
            last = resp.json().get("last")
        except (ValueError, AttributeError):
            last = None
        if isinstance(last, int) and not isinstance(last, bool) and last >= 0:
            return last
        known, empty = 0, None  # a change at ``known`` (or 0); nothing after ``empty``
        step = PAGE_SIZE
        while empty is None or known < empty:
            probe = known + step if empty is None else (known + empty) // 2
            entries, nxt, _more = self._changes({"since": probe, "limit": 1})
            if entries:
                known = nxt  # the change right after the probe
                step *= 4
            else:
                empty = probe
        return known

    def _first_pull(self, con: sqlite3.Connection, box, start: float, end: float) -> int:
        """A store's first pull: its gemeente's own changes feed, and the features near it as reference.

        Not the registry's whole feed: the head of the feed is taken first, the
        gemeente's feed (``gemeente_nis``) is applied page by page, the other
        gemeenten's features within the reference box are read once
        (``items?bbox=``), and only then the cursor is set to that head, so the
        next sync continues with what changed after it (a change made meanwhile
        comes again and is applied once). Cut off half-way, the next sync
        starts again from the beginning of the gemeente's feed.
        """
        head = self._feed_head()
        applied = 0
        since = 0
        pages = 0
        mid = start + (end - start) * 0.7
        while True:
            entries, nxt, more = self._changes({"since": since, "limit": PAGE_SIZE, "crs": L72,
                                                "gemeente_nis": self.nis})
            applied += self._write(con, lambda c, e=entries: self._apply_page(c, e, None, box))
            since = nxt
            pages += 1
            self.progress(min(mid, start + (mid - start) * (1 - 0.5 ** pages)), f"{applied} wijzigingen opgehaald")
            if not more or not entries:
                break
        minx, miny, maxx, maxy = box.bounds
        url: str | None = self.items_url
        params: dict[str, Any] | None = {"bbox": f"{minx},{miny},{maxx},{maxy}", "bbox-crs": L72, "crs": L72,
                                         "limit": PAGE_SIZE}
        while url:
            resp = self.http.request("GET", url, what="het ophalen van objecten rond de gemeente", params=params)
            if resp.status_code != 200:
                raise SyncError("bad_answer", url=safe_url(self.base), status=resp.status_code,
                                what="het ophalen van objecten rond de gemeente", detail=problem_detail(resp))
            try:
                doc = resp.json()
                feats = [f for f in doc["features"] if isinstance(f, dict)]
                links = doc.get("links") or []
            except (ValueError, KeyError, TypeError):
                raise SyncError("bad_answer", url=safe_url(self.base), status=resp.status_code,
                                what="het ophalen van objecten rond de gemeente",
                                detail="geen FeatureCollection") from None
            theirs = [f for f in feats if f.get("id") and mergers.to_2025(
                str((f.get("properties") or {}).get("gemeente_nis") or "")) != self.nis and _near(f, box)]

            def reference(c: sqlite3.Connection, fs=theirs) -> int:
                ls.set_pulling(c, True)
                for f in fs:
                    ls.write_reference(c, f, str(f["id"]))
                ls.set_pulling(c, False)
                return len(fs)
            applied += self._write(con, reference)
            url = next((link.get("href") for link in links if isinstance(link, dict)
                        and link.get("rel") == "next"), None)
            params = None  # the next link carries them
        self._write(con, lambda c: c.execute("UPDATE sync_state SET cursor = ? WHERE id = 1", (head,)))
        self.progress(end, f"{applied} wijzigingen opgehaald")
        return applied

    def _reference_box(self, con: sqlite3.Connection):
        b = _boundary(con)
        if b is None:
            return None
        minx, miny, maxx, maxy = b.bounds
        m = REFERENCE_MARGIN_M
        return shapely.box(minx - m, miny - m, maxx + m, maxy + m)

    def _apply_page(self, con: sqlite3.Connection, entries: list[dict], nxt: int | None, box) -> int:
        applied = 0
        nis = self.nis
        ls.set_pulling(con, True)
        page_ids = [str(e.get("id") or "") for e in entries]
        known = ls.basis_etags(con, page_ids)
        here = ls.present(con, page_ids)
        with_edits = ls.edited(con, page_ids)
        in_reference = ls.reference_ids(con, page_ids)
        for e in entries:
            fid = str(e.get("id") or "")
            if not fid:
                continue
            etag = e.get("etag")
            if etag and known.get(fid) == etag:
                continue  # our own write, or already applied
            feat = e.get("feature") if e.get("op") != "delete" else None
            g = e.get("gemeente_nis") or ((feat or {}).get("properties") or {}).get("gemeente_nis")
            ours = feat is not None and g is not None and mergers.to_2025(str(g)) == nis
            edits = fid in with_edits
            b = fid in known
            local = ls.read_features(con, {fid}).get(fid) if edits else None
            if ours:
                if fid in in_reference:
                    ls.write_reference(con, None, fid)
                if edits:
                    if local is not None and ls.same(local.feature(), feat):
                        ls.set_basis(con, fid, etag, e.get("versie"), feat)
                        ls.drop_outbox(con, fid)
                        con.execute("DELETE FROM sync_verzending WHERE feature_id = ?", (fid,))
                        continue
                    cid, new = cf.record_conflict(con, fid, local.laag if local else None,
                                             local.feature() if local else None, feat, etag,
                                             "gewijzigd in het register")
                    self.new_conflicts += new
                    self._apply_policy(con, cid)
                    continue
                ls.write_feature(con, feat, fid, where=here.get(fid))
                ls.set_basis(con, fid, etag, e.get("versie"), feat)
                applied += 1
                continue
            # deleted, or (now) of another gemeente: gone from the store layers
            if fid in here or b or edits:
                if edits and local is not None:
                    if feat is not None:  # the whole feed: now of another gemeente
                        cause = cf.moved_cause(str(g))
                    elif e.get("reden") == "verhuisd" and e.get("moved_to"):  # the gemeente's feed
                        cause = cf.moved_cause(str(e["moved_to"]))
                    else:
                        cause = "verwijderd in het register"
                    cid, new = cf.record_conflict(con, fid, local.laag, local.feature(), None, None, cause)
                    self.new_conflicts += new
                    self._apply_policy(con, cid)
                else:
                    moved_to = g if feat is not None else (e.get("moved_to") if e.get("reden") == "verhuisd" else None)
                    if moved_to and fid in here and self.moves_told < 50:  # said, not a silent disappearance
                        self.moves_told += 1
                        self.log(f"Object {fid} werd in het register {cf.moved_cause(str(moved_to))}; "
                                 "het is uit de opslag gehaald.")
                    ls.write_feature(con, None, fid, where=here.get(fid))
                    ls.drop_basis(con, fid)
                    ls.drop_outbox(con, fid)
                    con.execute("DELETE FROM sync_verzending WHERE feature_id = ?", (fid,))
                    applied += 1
            if feat is not None and _near(feat, box):
                ls.write_reference(con, feat, fid)
                applied += 1
            elif fid in in_reference:
                ls.write_reference(con, None, fid)
        if nxt is not None:
            con.execute("UPDATE sync_state SET cursor = ? WHERE id = 1", (nxt,))
        ls.set_pulling(con, False)
        return applied

    # -- the whole run --
    def run(self) -> SyncResult:
        con = ls.open_store(self.store_path)
        try:
            self.nis = mergers.to_2025(ls.meta(con).get("gemeente_nis", ""))
            try:
                self._run(con)
            except Cancelled:
                self.result.cancelled = True
            except SyncError as exc:
                self._finish(con, failed=exc)
                raise
            self._finish(con)
            return self.result
        finally:
            con.close()

    def _run(self, con: sqlite3.Connection) -> None:
        self.progress(0, "Register raadplegen")
        self.discover()
        self._write(con, lambda c: c.execute("UPDATE sync_state SET registry_url = ? WHERE id = 1",
                                          (safe_url(self.base),)))
        if self.policy != "stop":
            # a headless run with a policy also settles the conflicts earlier runs left open
            def settle(c: sqlite3.Connection) -> None:
                for (cid,) in c.execute("SELECT conflict_id FROM sync_conflicten WHERE status = 'open'").fetchall():
                    self._apply_policy(c, cid)
            self._write(con, settle)
        self.progress(5, "Wijzigingen verzenden")
        self.send(con, 5, 15)  # left over from an interrupted run: same keys, same bodies
        if self.prepare(con):
            self.send(con, 15, 60)
        if not self.degraded:
            self.progress(60, "Wijzigingen ophalen")
            self.result.pulled = self.pull(con, 60, 95)
            if self.requeued and self.prepare(con):
                self.send(con, 95, 99)
        self.progress(100, "Klaar")

    def _finish(self, con: sqlite3.Connection, failed: SyncError | None = None) -> None:
        r = self.result
        r.pushed = self.pushed
        r.requests = self.http.requests
        r.held_back_features = list(self.held.values())
        r.held_back = len(self.held)
        r.new_conflicts = self.new_conflicts
        try:
            r.conflicts = len(ls.open_conflict_ids(con))
        except sqlite3.Error:
            pass
        if failed is not None:
            r.message, r.message_en = f"Mislukt: {failed.message}", f"Failed: {failed.message_en}"
        elif r.cancelled:
            r.message = (f"Geannuleerd na {r.pushed} verzonden en {r.pulled} opgehaalde wijzigingen; "
                         "de rest blijft klaarstaan.")
            r.message_en = f"Cancelled after {r.pushed} changes sent and {r.pulled} fetched; the rest stays queued."
        else:
            r.message = (f"Synchronisatie klaar: {r.pushed} verzonden, {r.pulled} opgehaald, "
                         f"{r.conflicts} {'conflict' if r.conflicts == 1 else 'conflicten'}, "
                         f"{r.held_back} tegengehouden.")
            r.message_en = (f"Sync finished: {r.pushed} sent, {r.pulled} fetched, {r.conflicts} "
                            f"conflict{'' if r.conflicts == 1 else 's'}, {r.held_back} held back.")
        done = failed is None and not r.cancelled

        def store(c: sqlite3.Connection) -> None:
            if done:
                c.execute("UPDATE sync_state SET last_sync = ? WHERE id = 1", (_now(),))
            c.execute("UPDATE sync_state SET last_result = ?, last_result_en = ? WHERE id = 1",
                      (r.message, r.message_en))
        try:
            self._write(con, store)
        except sqlite3.Error:
            pass
        self.log(r.message)


def problem_detail_of(res: dict) -> str:
    return str((res.get("problem") or {}).get("detail") or "")


def _versie(feature: dict | None) -> int | None:
    v = ((feature or {}).get("properties") or {}).get("versie")
    return int(v) if isinstance(v, (int, float)) else None


def _near(feature: dict, box) -> bool:
    if box is None:
        return True
    g = feature.get("geometry")
    if not g:
        return False
    try:
        return bool(shapely.intersects(shapely.from_geojson(json.dumps(g)), box))
    except shapely.errors.GEOSException:
        return False


def _to_crs84(feature: dict) -> dict:
    from osgeo import ogr, osr

    src = osr.SpatialReference()
    src.ImportFromEPSG(31370)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4326)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    out = dict(feature)
    if feature.get("geometry"):
        geom = ogr.CreateGeometryFromJson(json.dumps(feature["geometry"]))
        geom.Transform(osr.CoordinateTransformation(src, dst))
        out["geometry"] = json.loads(geom.ExportToJson())
    return out


def run_sync(store_path: str, base_url: str, token: str | None, *, policy: str = "stop", session=None,
             progress: Callable[[float, str], None] | None = None,
             is_cancelled: Callable[[], bool] | None = None, log: Callable[[str], None] | None = None,
             retry: RetryPolicy | None = None) -> SyncResult:
    """Push the store's outbox to the registry at ``base_url`` and pull its changes.

    Raises :class:`SyncError` for a bad situation (the outbox stays intact);
    a cancelled run returns with ``cancelled=True``.  ``retry`` (an addition
    to the contract) sets the attempts and backoff of each request.
    """
    if policy not in POLICIES:
        raise SyncError("policy", policy=policy)
    run = _Run(store_path, base_url, token, policy, session, progress, is_cancelled, log, retry or RetryPolicy())
    try:
        return run.run()
    finally:
        if session is None:
            run.http.session.close()


Pending = ls.Pending
