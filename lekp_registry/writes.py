"""The write protocol (OGC API Features Part 4 draft) on top of a store.

One place decides every write, for single requests and batch operations
alike: ``Idempotency-Key`` replays, preconditions (``If-Match`` /
``If-None-Match``), per-gemeente authorization, validation, versions and the
system fields.  Everything happens inside one serialized store transaction,
so two clients racing with the same ETag get exactly one 200 and one 412.

Status codes: 201 created, 200 replaced/patched, 204 deleted; 404 unknown,
409 a POST for an id that exists, 412 a failed precondition, 428 a replace,
patch or delete without ``If-Match``, 403 outside the caller's gemeente, 422
validation errors or an idempotency key reused for another request.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shapely

from lekp_plugin.core.schema import FIELDS

from .auth import Principal
from .problems import Problem
from .storage import Record, Store, StoredResponse, WriteTx
from .validation import blocking, validate, validate_each
from .wkb import point_xy

DEFAULTS = {f.name: f.default for f in FIELDS if f.default is not None and not f.system and f.name != "id"}


def etag(record: Record) -> str:
    """Strong ETag from id and versie (a version is never reused, not even after a delete)."""
    return f'"v{record.versie}-{record.id}"'


def matches(header: str, record: Record | None) -> bool:
    """RFC 9110 strong comparison of an ``If-Match`` list with the current record."""
    if record is None or record.deleted:
        return False
    tags = [t.strip() for t in header.split(",")]
    return "*" in tags or etag(record) in tags


#: Encoders made once (json.dumps with options makes a new one per call).
_HASHED = json.JSONEncoder(sort_keys=True, separators=(",", ":"), default=str)
_BODY = json.JSONEncoder(ensure_ascii=False)


def request_hash(*parts: Any) -> str:
    return hashlib.sha256(_HASHED.encode(parts).encode()).hexdigest()


@dataclass
class Op:
    """One write: from a single request or one entry of a batch."""

    kind: str  # "create" | "replace" | "delete" | "patch"
    id: str | None = None
    properties: dict[str, Any] | None = None
    geometry: bytes | None = None
    #: merge patch: properties to set (None = remove) and, when present, the new geometry
    patch_properties: dict[str, Any] | None = None
    patch_geometry: bytes | None = None
    patch_has_geometry: bool = False
    if_match: str | None = None
    if_none_match: str | None = None
    idempotency_key: str | None = None
    request_hash: str = ""
    #: (properties with defaults, findings), computed before the write lock is taken
    prepared: tuple[dict[str, Any], list[dict[str, Any]]] | None = None


@dataclass
class Outcome:
    status: int
    headers: dict[str, str]
    body: bytes
    media_type: str = "application/geo+json"
    replayed: bool = False
    record: Record | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)


class Render:
    """How a written record is answered: its body (JSON-ready) and its URL."""

    def __init__(self, body: Callable[[Record, list[dict[str, Any]]], dict[str, Any]],
                 location: Callable[[str], str], crs: str | None = None) -> None:
        self.body = body
        self.location = location
        self.crs = crs


@dataclass(eq=False)
class _Job:
    """A single write waiting for its group (see :meth:`Writer.write`)."""

    op: Op
    principal: Principal
    render: Render
    wake: threading.Event = field(default_factory=threading.Event)
    #: set by the leader that wrote it, before ``wake``
    finished: bool = False
    outcome: Outcome | BaseException | None = None
    #: handed the lead: this request's thread writes the next groups
    lead: bool = False

    def result(self) -> Outcome:
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        assert self.outcome is not None
        return self.outcome


class Writer:
    #: Most single writes in one group (one validation run, one transaction).
    GROUP_MAX = 64
    #: Groups written at once per process: one can validate while another waits for the database.
    LEADERS = 2

    def __init__(self, store: Store, boundary_of: Callable[[str], Any], *,
                 validate_writes: bool = True) -> None:
        self.store = store
        self.boundary_of = boundary_of
        self.neighbours = _neighbours(store)
        self.validate_writes = validate_writes
        self._queue: list[_Job] = []
        self._queue_lock = threading.Lock()
        self._leaders = 0

    # -- one request -------------------------------------------------------
    def write(self, op: Op, principal: Principal, render: Render) -> Outcome:
        """One write, answered as if alone; concurrent ones of this process are written together.

        A write that arrives while :data:`LEADERS` groups are being written
        waits in a queue; the next group takes up to :data:`GROUP_MAX` of them:
        one validation run (:func:`validate_each`: the same findings as alone),
        one transaction (locks, reads, writes, commit).  Each operation keeps
        its own outcome: a refused one writes nothing and leaves the others
        alone, as in a batch.  Should a group fail for another reason (a
        database error), its writes are retried one by one, so that only the
        write at fault gets the error.
        """
        job = _Job(op, principal, render)
        with self._queue_lock:
            self._queue.append(job)
            lead = self._leaders < self.LEADERS
            if lead:
                self._leaders += 1
        while True:
            if lead:
                self._lead(job)
                lead = False
            if job.finished:
                return job.result()
            job.wake.wait()
            with self._queue_lock:
                # handed the lead by a finished leader: take it (even when another leader wrote
                # this job meanwhile, the lead must go on or be given back)
                lead, job.lead = job.lead, False
                job.wake.clear()

    def _lead(self, job: _Job) -> None:
        """Write groups from the queue until ``job`` is done; then hand the lead on."""
        while True:
            with self._queue_lock:
                if job.finished or not self._queue:
                    nxt = self._queue[0] if self._queue else None
                    if nxt is not None and not nxt.lead:
                        nxt.lead = True  # the lead passes to the oldest waiting write
                        nxt.wake.set()
                    else:
                        self._leaders -= 1
                    return
                group = self._queue[:self.GROUP_MAX]
                del self._queue[:self.GROUP_MAX]
            self._write_group(group)

    def _write_group(self, jobs: list[_Job]) -> None:
        try:
            try:
                self.prepare_each([j.op for j in jobs])
                results = self._commit_group(jobs)
            except Exception:
                if len(jobs) == 1:
                    raise
                results = [self._alone(j) for j in jobs]
        except BaseException as exc:  # handed to every waiting request of the group
            results = [exc] * len(jobs)
        for j, res in zip(jobs, results, strict=True):
            j.outcome = res
            j.finished = True
            j.wake.set()

    def _alone(self, job: _Job) -> Outcome | BaseException:
        try:
            return self._commit_group([job])[0]
        except Exception as exc:  # handed to the waiting request
            return exc

    def _commit_group(self, jobs: list[_Job]) -> list[Outcome | BaseException]:
        results: list[Outcome | BaseException] = []
        with self.store.write() as tx:
            keys: list[str] = []
            scopes: dict[str, list[str]] = {}
            for j in jobs:
                keys += _lock_keys([j.op], j.principal)
                if j.op.idempotency_key:
                    scopes.setdefault(j.principal.subject, []).append(j.op.idempotency_key)
            tx.lock(keys)
            # the features and their idempotency records in one read (PostGIS: with BEGIN and the locks)
            ids = [j.op.id for j in jobs if j.op.id]
            for n, (scope, scope_keys) in enumerate(list(scopes.items()) or [("", [])]):
                tx.prefetch(ids if n == 0 else [], scope, scope_keys)
            for j in jobs:
                writes = tx.writes
                try:
                    results.append(self.apply(tx, j.op, j.principal, j.render))
                except Problem as problem:
                    if tx.writes != writes:
                        raise RuntimeError("a write was refused after it wrote: group rolled back") from problem
                    results.append(problem)
        return results

    # -- a batch -------------------------------------------------------------
    def batch(self, ops: list[Op | Problem], principal: Principal, render: Render,
              atomic: bool) -> tuple[bool, list[Outcome | Problem]]:
        """(committed, per-operation outcomes); parse errors come in as Problems."""
        results: list[Outcome | Problem | None] = [None] * len(ops)
        self.prepare_many([op for op in ops if isinstance(op, Op)])
        if atomic and any(isinstance(o, Problem) for o in ops):
            return False, [o if isinstance(o, Problem) else _not_applied() for o in ops]

        class _Abort(Exception):
            pass

        try:
            with self.store.write() as tx:
                real = [op for op in ops if isinstance(op, Op)]
                tx.lock(_lock_keys(real, principal))
                tx.prefetch([op.id for op in real if op.id], principal.subject,
                            [op.idempotency_key for op in real if op.idempotency_key])
                with tx.pipeline():
                    self._apply_all(tx, ops, results, principal, render, atomic, _Abort)
        except _Abort:
            return False, [r if isinstance(r, Problem) else _not_applied() for r in results]
        return True, results  # type: ignore[return-value]

    def _apply_all(self, tx: WriteTx, ops: list[Op | Problem], results: list, principal: Principal,
                   render: Render, atomic: bool, abort: type[Exception]) -> None:
        # apply() refuses (raises a Problem) before it writes anything, so a refused operation
        # needs no savepoint to undo: that saves two round trips per operation.  Should a
        # Problem ever come after a write, the whole batch is rolled back instead.
        for i, op in enumerate(ops):
            if isinstance(op, Problem):
                results[i] = op
                continue
            writes = tx.writes
            try:
                results[i] = self.apply(tx, op, principal, render)
            except Problem as problem:
                if tx.writes != writes:
                    raise RuntimeError(f"operation {i} was refused after it wrote: batch rolled back") from problem
                results[i] = problem
                if atomic:
                    raise abort() from None

    def prepare(self, op: Op) -> None:
        """Defaults and validation of a create/replace, outside the serialized write.

        Validation is the costly part of a write; doing it here keeps the
        store's write lock short.  Its result is only used after the
        preconditions pass, so a stale ETag still answers 412 first.
        """
        if op.kind not in ("create", "replace") or op.prepared is not None:
            return
        if op.id is None:
            op.id = str(uuid.uuid4())
        user = _with_defaults(op.properties or {})
        op.prepared = (user, self._validate(op.id, user, op.geometry))

    def prepare_each(self, ops: list[Op]) -> None:
        """:meth:`prepare` for independent writes in one validation run, each with its findings alone."""
        todo = [op for op in ops if op.kind in ("create", "replace") and op.prepared is None]
        if len(todo) < 2:
            for op in todo:
                self.prepare(op)
            return
        for op in todo:
            if op.id is None:
                op.id = str(uuid.uuid4())
        users = [_with_defaults(op.properties or {}) for op in todo]
        found = validate_each([(op.id, user, op.geometry) for op, user in zip(todo, users, strict=True)],
                              self.boundary_of, self.neighbours) if self.validate_writes else [[]] * len(todo)
        for op, user, findings in zip(todo, users, found, strict=True):
            op.prepared = (user, findings)

    def prepare_many(self, ops: list[Op]) -> None:
        """:meth:`prepare` for a batch in one validation run, so duplicates *within* it are found too."""
        todo = [op for op in ops if op.kind in ("create", "replace") and op.prepared is None]
        for op in todo:
            if op.id is None:
                op.id = str(uuid.uuid4())
        users = [_with_defaults(op.properties or {}) for op in todo]
        findings: dict[str, list[dict[str, Any]]] = {}
        if self.validate_writes and todo:
            for f in validate([(op.id, user, op.geometry) for op, user in zip(todo, users, strict=True)],
                              self.boundary_of, self.neighbours):
                findings.setdefault(f["feature_id"], []).append(f)
        for op, user in zip(todo, users, strict=True):
            op.prepared = (user, findings.get(op.id, []))

    def _validate(self, fid: str | None, user: dict[str, Any], geometry: bytes | None) -> list[dict[str, Any]]:
        if not self.validate_writes:
            return []
        return validate([(fid or "", user, geometry)], self.boundary_of, self.neighbours)

    # -- the protocol ----------------------------------------------------------
    def apply(self, tx: WriteTx, op: Op, principal: Principal, render: Render) -> Outcome:
        scope = principal.subject
        if op.idempotency_key:
            stored = tx.idempotency_get(scope, op.idempotency_key)
            if stored is not None:
                if stored.request_hash != op.request_hash:
                    raise Problem(422, "Idempotency-Key was already used for a different request",
                                  kind="idempotency-key-reused")
                # authorization first: the caller must still be allowed to make this write
                if not principal.can_write(stored.gemeente):
                    raise _forbidden(principal, stored.gemeente)
                headers = dict(stored.headers)
                headers["Idempotent-Replayed"] = "true"
                media = headers.pop("content-type", "application/geo+json")
                return Outcome(stored.status, headers, stored.body, media, replayed=True)

        fid = op.id or str(uuid.uuid4())
        current = tx.get(fid)
        live = current is not None and not current.deleted
        kind = op.kind
        status = 200

        if kind == "create":
            if live:
                raise Problem(409, f"feature {fid} already exists; replace it with PUT and If-Match",
                              kind="exists")
            status = 201
        elif kind == "replace":
            if op.if_none_match is not None:
                if op.if_none_match.strip() != "*":
                    raise Problem(400, "only 'If-None-Match: *' is supported on PUT")
                if live:
                    raise Problem(412, f"feature {fid} already exists (If-None-Match: *)",
                                  kind="precondition-failed")
                status = 201
            elif op.if_match is not None:
                if not matches(op.if_match, current):
                    raise _mismatch(fid, current)
            elif live:
                raise Problem(428, "replacing a feature needs If-Match with its current ETag",
                              kind="precondition-required")
            else:
                status = 201
        elif kind in ("delete", "patch"):
            if not live:
                raise Problem(404, f"feature {fid} not found", kind="not-found")
            if op.if_match is None:
                raise Problem(428, f"{'deleting' if kind == 'delete' else 'patching'} a feature needs "
                                   "If-Match with its current ETag", kind="precondition-required")
            if not matches(op.if_match, current):
                raise _mismatch(fid, current)
        else:  # pragma: no cover - programming error
            raise ValueError(kind)

        if live and not principal.can_write(current.properties.get("gemeente_nis")):
            raise _forbidden(principal, current.properties.get("gemeente_nis"))

        now = _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        versie = (current.versie + 1) if current is not None else 1
        if kind == "delete":
            props = dict(current.properties)
            props.update(gewijzigd_op=now, gewijzigd_door=principal.door, versie=versie)
            record = Record(fid, versie, tx.next_seq(), True, props, None)
            tx.put(record)
            outcome = Outcome(204, {"ETag": etag(record)}, b"", record=record)
            self._remember(tx, scope, op, outcome)
            return outcome

        if kind == "patch":
            user = {k: v for k, v in current.properties.items() if k not in _SYSTEM}
            for name, value in (op.patch_properties or {}).items():
                if value is None:
                    user.pop(name, None)
                else:
                    user[name] = value
            geometry = op.patch_geometry if op.patch_has_geometry else current.geometry
            user = _with_defaults(user)
            findings = self._validate(fid, user, geometry)
        else:
            self.prepare(op)
            user, findings = op.prepared
            geometry = op.geometry

        nis = user.get("gemeente_nis")
        if isinstance(nis, str) and not principal.can_write(nis):
            raise _forbidden(principal, nis)
        errors = blocking(findings)
        if errors:
            raise Problem(422, f"{len(errors)} validation error(s): "
                               + ", ".join(sorted({f['code'] for f in errors})),
                          kind="validation-failed", findings=findings)
        if not isinstance(nis, str):
            raise Problem(422, "gemeente_nis is required", kind="validation-failed")

        props = dict(user)
        if live:
            props["aangemaakt_op"] = current.properties.get("aangemaakt_op", now)
            props["aangemaakt_door"] = current.properties.get("aangemaakt_door", principal.door)
        else:
            props["aangemaakt_op"], props["aangemaakt_door"] = now, principal.door
        props.update(gewijzigd_op=now, gewijzigd_door=principal.door, versie=versie)
        record = Record(fid, versie, tx.next_seq(), False, props, geometry)
        tx.put(record)
        warnings = [f for f in findings if f["severity"] != "error"]
        headers = {"ETag": etag(record)}
        if render.crs:
            headers["Content-Crs"] = f"<{render.crs}>"
        if status == 201:
            headers["Location"] = render.location(fid)
        body = _BODY.encode(render.body(record, warnings)).encode()
        outcome = Outcome(status, headers, body, record=record, findings=warnings)
        self._remember(tx, scope, op, outcome)
        return outcome

    @staticmethod
    def _remember(tx: WriteTx, scope: str, op: Op, outcome: Outcome) -> None:
        if op.idempotency_key:
            headers = dict(outcome.headers)
            headers["content-type"] = outcome.media_type
            nis = outcome.record.properties.get("gemeente_nis") if outcome.record else None
            tx.idempotency_put(scope, op.idempotency_key,
                               StoredResponse(op.request_hash, outcome.status, headers, outcome.body, nis))


_SYSTEM = frozenset(f.name for f in FIELDS if f.system)


def _lock_keys(ops: list[Op], principal: Principal) -> list[str]:
    """What a write transaction locks before it reads: its feature ids and idempotency keys."""
    keys = [f"id:{op.id}" for op in ops if op.id]
    keys += [f"key:{principal.subject}:{op.idempotency_key}" for op in ops if op.idempotency_key]
    return keys


def _with_defaults(props: dict[str, Any]) -> dict[str, Any]:
    user = dict(props)
    for name, default in DEFAULTS.items():
        if user.get(name) is None:
            user[name] = default
    return {k: v for k, v in user.items() if v is not None}

#: At most this many stored neighbours are compared with a written feature.
NEIGHBOUR_LIMIT = 200


def _neighbours(store: Store):
    def near(located: list[tuple[bytes, str]]) -> list[list[dict[str, Any]]]:
        boxes, slots = [], []
        for wkb, _fid in located:
            xy = point_xy(wkb)
            if xy is not None:
                x0, y0, x1, y1 = (*xy, *xy)
            else:
                geom = shapely.from_wkb(wkb)
                if geom.is_empty:
                    slots.append(None)
                    continue
                x0, y0, x1, y1 = geom.bounds
            slots.append(len(boxes))
            boxes.append((x0 - 1, y0 - 1, x1 + 1, y1 + 1))
        found = store.near(boxes, NEIGHBOUR_LIMIT) if boxes else []
        seen: dict[str, dict[str, Any]] = {}  # a neighbour of several features is read once
        out = []
        for (_, fid), slot in zip(located, slots, strict=True):
            feats = []
            for r in found[slot] if slot is not None else ():
                if r.id == fid:
                    continue
                if r.id not in seen:
                    seen[r.id] = {"id": r.id, "properties": r.properties,
                                  "geometry": shapely.from_wkb(r.geometry) if r.geometry else None}
                feats.append(seen[r.id])
            out.append(feats)
        return out
    return near


def _mismatch(fid: str, current: Record | None) -> Problem:
    if current is None or current.deleted:
        return Problem(412, f"feature {fid} does not exist (any more); If-Match cannot match",
                       kind="precondition-failed")
    return Problem(412, f"If-Match does not match the current ETag of {fid} (versie {current.versie})",
                   kind="precondition-failed", current_etag=etag(current))


def _forbidden(principal: Principal, nis: Any) -> Problem:
    return Problem(403, f"'{principal.door}' ({principal.rol}, gemeente {principal.gemeente}) "
                        f"may not write features of gemeente {str(nis)[:10]}", kind="forbidden-gemeente")


def _not_applied() -> Problem:
    return Problem(424, "not applied: another operation of this atomic batch failed",
                   kind="not-applied")
