"""Slow clients against a real uvicorn on 127.0.0.1: read deadlines and the connection limit.

Bounded: at most 80 sockets and a few seconds per test.
"""

from __future__ import annotations

import select
import socket
import threading
import time

import httpx

from lekp_registry import RegistryConfig, create_app
from lekp_registry.server import ServerLimits
from lekp_registry.storage import open_store

from .conftest import ITEMS, KEYS, ServerThread, auth_config


def _serve(db: str, limits: ServerLimits):
    store = open_store(db)
    app = create_app(RegistryConfig(db=db, auth=auth_config()), store=store)
    return ServerThread(app, limits).start(), store


def _connect(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.setblocking(False)
    return s


def _closed_by_server(socks: list[socket.socket], within: float) -> tuple[set[int], dict[int, bytes]]:
    """Indices of sockets the server closed within ``within`` seconds, and what it sent them."""
    closed: set[int] = set()
    got: dict[int, bytes] = {i: b"" for i in range(len(socks))}
    deadline = time.monotonic() + within
    while len(closed) < len(socks) and time.monotonic() < deadline:
        open_ = [s for i, s in enumerate(socks) if i not in closed]
        ready, _, _ = select.select(open_, [], [], 0.1)
        for s in ready:
            i = socks.index(s)
            try:
                data = s.recv(65536)
            except (ConnectionResetError, BlockingIOError):
                data = b""
            if data:
                got[i] += data
            else:
                closed.add(i)
    return closed, got


def test_slow_headers_and_bodies_are_timed_out(db):
    server, store = _serve(db, ServerLimits(read_timeout=1.0, min_body_rate=100_000, keep_alive=2,
                                            max_connections=200))
    socks: list[socket.socket] = []
    stop = threading.Event()
    try:
        port = server.port
        # 25 never finish their headers, 25 drip a header byte every 0.2 s, 25 announce a body
        # of 50 kB and send 10 bytes, 5 connect and send nothing
        for _ in range(25):
            s = _connect(port)
            s.sendall(b"GET /collections HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        drips = [_connect(port) for _ in range(25)]
        socks += drips
        head = (f"POST {ITEMS} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {KEYS['herzele'][0]}\r\n"
                "Content-Type: application/geo+json\r\nContent-Length: 50000\r\n\r\n").encode()
        bodies = []
        for _ in range(25):
            s = _connect(port)
            s.sendall(head + b'{"type": "')
            bodies.append(s)
        socks += bodies
        socks += [_connect(port) for _ in range(5)]

        def drip():
            msg = b"GET /collections HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200
            for k in range(len(msg)):
                if stop.is_set():
                    return
                for s in drips:
                    try:
                        s.send(msg[k:k + 1])
                    except OSError:
                        pass
                time.sleep(0.2)

        threading.Thread(target=drip, daemon=True).start()
        t0 = time.monotonic()
        # meanwhile, an ordinary client is served at once
        with httpx.Client(base_url=server.url, timeout=5) as c:
            assert c.get("/collections").status_code == 200
            assert time.monotonic() - t0 < 3.0
        closed, got = _closed_by_server(socks, within=6.0)
        elapsed = time.monotonic() - t0
        assert closed == set(range(len(socks))), f"{len(socks) - len(closed)} slow connections still open"
        assert elapsed < 6.0
        for i in list(range(25)) + [socks.index(s) for s in bodies]:
            assert got[i].startswith(b"HTTP/1.1 408"), got[i][:80]
        assert b"application/problem+json" in got[socks.index(bodies[0])]
        # nothing was stored from the cut-off bodies, and the server still works
        with httpx.Client(base_url=server.url, timeout=5) as c:
            assert c.get(ITEMS).json()["numberMatched"] == 0
    finally:
        stop.set()
        for s in socks:
            s.close()
        server.stop()
        store.close()


def test_a_slow_but_steady_upload_within_the_rate_passes(db):
    server, store = _serve(db, ServerLimits(read_timeout=1.0, min_body_rate=300, keep_alive=2))
    try:
        body = (b'{"type": "Feature", "geometry": {"type": "Point", "coordinates": [116931, 173400]},'
                b' "properties": {"gemeente_nis": "41027", "projectnaam": "Traag", "categorie": "boom",'
                b' "hoeveelheid": 1, "status": "uitgevoerd", "uitvoeringsdatum": "2023-04-01",'
                b' "domein": "publiek", "bron": "manueel"}}')
        s = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        s.sendall((f"POST {ITEMS} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {KEYS['herzele'][0]}\r\n"
                   "Content-Type: application/geo+json\r\n"
                   "Content-Crs: <http://www.opengis.net/def/crs/EPSG/0/31370>\r\n"
                   f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode())
        # about 1.5 s for the body: longer than read_timeout, within read_timeout + size / rate (2.1 s)
        assert 1.7 < 1.0 + len(body) / 300 < 3
        for k in range(0, len(body), 20):
            s.sendall(body[k:k + 20])
            time.sleep(1.5 / (len(body) / 20))
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
        s.close()
        assert answer.startswith(b"HTTP/1.1 201"), answer[:200]
    finally:
        server.stop()
        store.close()


def test_connections_beyond_the_limit_are_refused_at_once(db):
    server, store = _serve(db, ServerLimits(read_timeout=1.5, keep_alive=2, max_connections=20))
    socks: list[socket.socket] = []
    try:
        socks = [_connect(server.port) for _ in range(20)]
        time.sleep(0.2)
        extra = [_connect(server.port) for _ in range(10)]
        closed, got = _closed_by_server(extra, within=3.0)
        assert closed == set(range(10))
        assert all(g.startswith(b"HTTP/1.1 503") for g in got.values())
        # the idle ones are timed out; then the server serves again
        closed, _ = _closed_by_server(socks, within=4.0)
        assert len(closed) == 20
        time.sleep(0.2)
        with httpx.Client(base_url=server.url, timeout=5) as c:
            assert c.get("/collections").status_code == 200
        socks += extra
    finally:
        for s in socks:
            s.close()
        server.stop()
        store.close()
