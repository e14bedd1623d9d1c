"""A small HTTP-aware TCP proxy for fault tests, on 127.0.0.1 only.

It forwards HTTP/1.1 requests to one upstream server (the registry) request by
request, so it can count requests and break exactly one of them.  Faults are
queued at run time with :meth:`TcpProxy.add_fault` and consumed by the next
request they match (method and path):

``cut_request``
    forward only the first ``nbytes`` bytes of the request, then close both
    connections: the server never sees a complete request.
``cut_response``
    forward the whole request, read the server's whole answer (so the server
    has committed), then close the client's connection without sending a
    byte of it.
``delay``
    forward the request, read the answer, and hold it ``seconds`` before
    sending it on (a client with a shorter timeout gives up after the server
    committed).
``status``
    answer ``status`` (500, 503, 429, ...) with optional ``headers`` (e.g.
    ``Retry-After``) without contacting the server.
``hook``
    call ``callback(request)`` after the request was forwarded and before the
    answer is read (e.g. to ``kill -9`` the server or the client while the
    request is in flight); the answer, if any comes, is forwarded.

Everything is bounded: sockets have timeouts and :meth:`stop` closes every
connection.  ``log`` lists ``(method, path, status_or_fault, monotonic time)`` of every request.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field


class _Closed(Exception):
    pass


@dataclass
class Request:
    method: str
    path: str
    head: bytes
    body: bytes

    @property
    def raw(self) -> bytes:
        return self.head + self.body


@dataclass
class Fault:
    kind: str
    times: int = 1
    method: str | None = None
    path_contains: str | None = None
    #: number of matching requests to let through before this fault applies
    skip: int = 0
    params: dict = field(default_factory=dict)
    hits: int = 0

    def matches(self, req: Request) -> bool:
        if self.method and req.method.upper() != self.method.upper():
            return False
        return not (self.path_contains and self.path_contains not in req.path)


_REASONS = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


def _read_until(sock: socket.socket, buf: bytearray, marker: bytes) -> int:
    while True:
        idx = buf.find(marker)
        if idx >= 0:
            return idx
        chunk = sock.recv(65536)
        if not chunk:
            raise _Closed
        buf.extend(chunk)


def _read_exact(sock: socket.socket, buf: bytearray, n: int) -> bytes:
    while len(buf) < n:
        chunk = sock.recv(max(65536, n - len(buf)))
        if not chunk:
            raise _Closed
        buf.extend(chunk)
    out = bytes(buf[:n])
    del buf[:n]
    return out


def _headers(head: bytes) -> dict[str, str]:
    out = {}
    for line in head.split(b"\r\n")[1:]:
        if b":" in line:
            k, v = line.split(b":", 1)
            out[k.strip().lower().decode("latin-1")] = v.strip().decode("latin-1")
    return out


def _read_message_body(sock: socket.socket, buf: bytearray, headers: dict[str, str],
                       until_close: bool) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        out = bytearray()
        while True:
            idx = _read_until(sock, buf, b"\r\n")
            line = bytes(buf[:idx + 2])
            del buf[:idx + 2]
            out.extend(line)
            size = int(line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                # trailers end with an empty line
                while True:
                    idx = _read_until(sock, buf, b"\r\n")
                    tline = bytes(buf[:idx + 2])
                    del buf[:idx + 2]
                    out.extend(tline)
                    if tline == b"\r\n":
                        return bytes(out)
            out.extend(_read_exact(sock, buf, size + 2))
    if "content-length" in headers:
        return _read_exact(sock, buf, int(headers["content-length"]))
    if until_close:
        out = bytearray(buf)
        buf.clear()
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                return bytes(out)
            out.extend(chunk)
    return b""


def _read_request(sock: socket.socket, buf: bytearray) -> Request:
    idx = _read_until(sock, buf, b"\r\n\r\n")
    head = bytes(buf[:idx + 4])
    del buf[:idx + 4]
    first = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
    body = _read_message_body(sock, buf, _headers(head), until_close=False)
    return Request(first[0], first[1] if len(first) > 1 else "", head, body)


def _read_response(sock: socket.socket, buf: bytearray, method: str) -> tuple[int, bytes]:
    while True:
        idx = _read_until(sock, buf, b"\r\n\r\n")
        head = bytes(buf[:idx + 4])
        del buf[:idx + 4]
        status = int(head.split(b" ", 2)[1])
        if status >= 200 or status == 101:
            break
        # 1xx interim answers carry no body; pass them on with the final one
    headers = _headers(head)
    if method.upper() == "HEAD" or status in (204, 304):
        return status, head
    return status, head + _read_message_body(sock, buf, headers, until_close=True)


class TcpProxy:
    """Listens on 127.0.0.1 (random port) and forwards to ``upstream_port``."""

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1", timeout: float = 60.0):
        self.upstream = (upstream_host, upstream_port)
        self.timeout = timeout
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)  # so that stop() is noticed without waiting for a client
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._sockets: set[socket.socket] = set()
        self._stopped = threading.Event()
        self.log: list[tuple[str, str, object, float]] = []
        self._thread = threading.Thread(target=self._accept_loop, daemon=True, name="tcpproxy")

    # ---- control -------------------------------------------------------------------------
    def start(self) -> TcpProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        try:
            self._listener.close()
        except OSError:
            pass
        with self._lock:
            socks = list(self._sockets)
        for s in socks:
            self._close(s)
        self._thread.join(timeout=5)

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def add_fault(self, kind: str, *, times: int = 1, method: str | None = None,
                  path_contains: str | None = None, skip: int = 0, **params) -> Fault:
        if kind not in ("cut_request", "cut_response", "delay", "status", "hook"):
            raise ValueError(kind)
        fault = Fault(kind, times, method, path_contains, skip, params)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def set_upstream(self, port: int, host: str = "127.0.0.1") -> None:
        self.upstream = (host, port)

    def requests(self, method: str | None = None, path_contains: str | None = None) -> list:
        with self._lock:
            return [e for e in self.log if (method is None or e[0] == method)
                    and (path_contains is None or path_contains in e[1])]

    def reset_log(self) -> None:
        with self._lock:
            self.log.clear()

    # ---- machinery -----------------------------------------------------------------------
    def _take_fault(self, req: Request) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.times > 0 and fault.matches(req):
                    if fault.skip > 0:
                        fault.skip -= 1
                        continue
                    fault.times -= 1
                    fault.hits += 1
                    return fault
        return None

    def _record(self, req: Request, outcome) -> None:
        with self._lock:
            self.log.append((req.method, req.path, outcome, time.monotonic()))

    def _track(self, s: socket.socket) -> None:
        with self._lock:
            self._sockets.add(s)

    def _close(self, s: socket.socket | None) -> None:
        if s is None:
            return
        with self._lock:
            self._sockets.discard(s)
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        try:
            s.close()
        except OSError:
            pass

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(self.timeout)
            self._track(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True,
                             name="tcpproxy-conn").start()

    def _connect_upstream(self) -> socket.socket:
        up = socket.create_connection(self.upstream, timeout=self.timeout)
        self._track(up)
        return up

    def _serve(self, client: socket.socket) -> None:
        cbuf = bytearray()
        up: socket.socket | None = None
        ubuf = bytearray()
        try:
            while not self._stopped.is_set():
                try:
                    req = _read_request(client, cbuf)
                except (_Closed, OSError, ValueError):
                    return
                fault = self._take_fault(req)
                if fault is not None and fault.kind == "status":
                    status = int(fault.params.get("status", 500))
                    body = fault.params.get("body", b'{"title": "injected by tcpproxy"}')
                    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}",
                             "Content-Type: application/problem+json",
                             f"Content-Length: {len(body)}", "Connection: close"]
                    lines += [f"{k}: {v}" for k, v in fault.params.get("headers", {}).items()]
                    client.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
                    self._record(req, f"status {status}")
                    return
                if up is None:
                    try:
                        up = self._connect_upstream()
                    except OSError:
                        self._record(req, "upstream down")
                        return
                    ubuf = bytearray()
                if fault is not None and fault.kind == "cut_request":
                    n = int(fault.params.get("nbytes", 0))
                    try:
                        up.sendall(req.raw[:n])
                        time.sleep(0.05)
                    except OSError:
                        pass
                    self._record(req, f"cut_request {n}")
                    return
                try:
                    up.sendall(req.raw)
                except OSError:
                    self._record(req, "upstream down")
                    return
                if fault is not None and fault.kind == "hook":
                    fault.params["callback"](req)
                try:
                    status, raw = _read_response(up, ubuf, req.method)
                except (_Closed, OSError, ValueError):
                    self._record(req, "upstream closed")
                    return
                if fault is not None and fault.kind == "cut_response":
                    self._record(req, f"cut_response {status}")
                    return
                if fault is not None and fault.kind == "delay":
                    if self._stopped.wait(float(fault.params.get("seconds", 1.0))):
                        return
                self._record(req, status)
                try:
                    client.sendall(raw)
                except OSError:
                    return
                if b"\r\nconnection: close" in raw.split(b"\r\n\r\n", 1)[0].lower():
                    return
        finally:
            self._close(client)
            self._close(up)


__all__ = ["Fault", "Request", "TcpProxy"]
