"""Serving the registry with uvicorn, guarded against slow and piled-up clients.

uvicorn itself never times out a request that is being *read*: a client that
sends its headers or body a byte at a time ("slowloris") holds a connection
and a task for ever.  :class:`GuardedH11Protocol` adds, per request:

* a **header deadline**: the request line and headers must be complete within
  ``read_timeout`` seconds of the first byte (of the connection, or of the next
  request on a keep-alive connection);
* a **body deadline**: the body must be complete within ``read_timeout`` plus
  its length (``Content-Length``, else the body limit) divided by
  ``min_body_rate`` bytes/s;

and a **connection limit**: beyond ``max_connections`` open connections a new
one gets 503 and is closed at once.  A request that misses its deadline gets
``408`` (problem+json, ``Connection: close``) when no answer was started, and
the connection is closed.  Time spent in the application (validation, the
database) does not count.  Behind a reverse proxy (see the README) the proxy
should do the same at the edge; these limits stay as the second line.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol


@dataclass(frozen=True)
class ServerLimits:
    #: Seconds to receive a request's line and headers (and the base of the body deadline).
    read_timeout: float = 15.0
    #: Slowest accepted body upload, bytes per second.
    min_body_rate: float = 50_000.0
    #: Largest body (for a body without Content-Length).
    max_body_bytes: int = 10 * 1024 * 1024
    #: Open connections beyond this are answered 503 and closed.
    max_connections: int = 1000
    #: Seconds an idle keep-alive connection stays open.
    keep_alive: int = 5


def _raw_problem(status: int, reason: str, detail: str) -> bytes:
    body = json.dumps({"type": f"urn:lekp:problem:{reason.lower().replace(' ', '-')}", "title": reason,
                       "status": status, "detail": detail}).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/problem+json\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n").encode()
    return head + body


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with read deadlines and a connection limit (see the module doc)."""

    limits = ServerLimits()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._phase = ""  # "headers" | "body" | "" (not reading a request)

    # -- deadlines -----------------------------------------------------------
    def _arm(self, phase: str, seconds: float) -> None:
        self._disarm()
        self._phase = phase
        self._deadline = self.loop.call_later(seconds, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline, self._phase = None, ""

    def _body_seconds(self) -> float:
        length = None
        for name, value in self.headers or []:
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    length = None
        if length is None:
            length = self.limits.max_body_bytes
        return self.limits.read_timeout + min(length, self.limits.max_body_bytes) / self.limits.min_body_rate

    def _expired(self) -> None:
        phase, self._deadline, self._phase = self._phase, None, ""
        if self.transport.is_closing():
            return
        cycle = self.cycle if phase == "body" else None
        if cycle is None or not cycle.response_started:
            what = "request headers" if phase == "headers" else "request body"
            self.logger.info("%s not received within the deadline: closing the connection", what)
            if cycle is not None:
                # the application stops waiting for the body, and its answer goes nowhere
                cycle.disconnected = True
                cycle.message_event.set()
            self.transport.write(_raw_problem(408, "Request Timeout",
                                              f"the {what} did not arrive in time; send it at once"))
        self.transport.close()

    def _track(self) -> None:
        """Arm or clear the deadline after h11 has seen new bytes."""
        state = self.conn.their_state
        if state is h11.SEND_BODY:
            if self._phase != "body":
                self._arm("body", self._body_seconds())
        elif state is h11.IDLE:
            if self._phase != "headers" and self.conn.trailing_data[0]:
                self._arm("headers", self.limits.read_timeout)
        else:  # DONE, MUST_CLOSE, ERROR...: the request is in, the app's time does not count
            self._disarm()

    # -- protocol hooks ----------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.limits.max_connections:
            self.logger.warning("more than %d connections: refusing one", self.limits.max_connections)
            transport.write(_raw_problem(503, "Service Unavailable",
                                         "too many connections; try again in a moment"))
            transport.close()
            return
        self._arm("headers", self.limits.read_timeout)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self.transport.is_closing():
            self._track()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._track()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def protocol_class(limits: ServerLimits) -> type[GuardedH11Protocol]:
    """A :class:`GuardedH11Protocol` subclass bound to ``limits``."""
    return type("RegistryH11Protocol", (GuardedH11Protocol,), {"limits": limits})


def uvicorn_config(app: Any, limits: ServerLimits | None = None, **kwargs: Any) -> uvicorn.Config:
    """The uvicorn configuration the registry runs with (``kwargs``: host, port, log_level...)."""
    limits = limits or ServerLimits()
    kwargs.setdefault("lifespan", "off")
    return uvicorn.Config(app, http=protocol_class(limits), limit_concurrency=limits.max_connections + 1,
                          timeout_keep_alive=limits.keep_alive, **kwargs)


def run(app: Any, limits: ServerLimits | None = None, **kwargs: Any) -> None:
    uvicorn.Server(uvicorn_config(app, limits, **kwargs)).run()


def _listen(host: str, port: int, reuse_port: bool) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say TCP, and
    # without it a small answer written in two parts waited for the client's delayed ACK
    # (40 ms per request on Linux with --workers 2 and more)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def run_workers(make_app: Callable[[], Any], limits: ServerLimits, workers: int, host: str, port: int,
                **kwargs: Any) -> int:
    """Serve with ``workers`` processes on one port, each with its own app, store pool and ``limits``.

    Each worker listens on its own ``SO_REUSEPORT`` socket, so the kernel
    spreads new connections evenly.  The app is built in the worker (after the
    fork: no database connection is shared between processes).  SIGTERM or
    SIGINT stops every worker; a worker that dies stops the others (exit 1),
    so a supervisor (systemd) restarts the whole server.
    """
    log = logging.getLogger("lekp_registry.server")
    reserve = _listen(host, port, reuse_port=True)  # fails here, once, when the port is taken
    children: list[int] = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # the worker
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                reserve.close()
                sock = _listen(host, port, reuse_port=True)
                uvicorn.Server(uvicorn_config(make_app(), limits, **kwargs)).run(sockets=[sock])
                code = 0
            except BaseException:  # report and leave the worker
                log.exception("registry worker %d failed", os.getpid())
            finally:
                os._exit(code)
        children.append(pid)
    log.info("registry: %d workers on %s:%d (pids %s)", workers, host, port, ", ".join(map(str, children)))
    stopping = False

    def stop(signum, _frame) -> None:
        nonlocal stopping
        stopping = True
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    failed = False
    alive = set(children)
    while alive:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        alive.discard(pid)
        if not stopping:
            failed = True
            log.error("registry worker %d stopped (status %d): stopping the others", pid, status)
            stop(signal.SIGTERM, None)
    reserve.close()
    return 1 if failed else 0
