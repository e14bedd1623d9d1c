"""The sockets of ``serve --workers N`` get TCP_NODELAY on their connections, like uvicorn's own.

asyncio sets TCP_NODELAY only on sockets created with proto IPPROTO_TCP; a
worker socket with proto 0 left Nagle on, and a small answer written in two
parts waited for the client's delayed ACK (about 40 ms per request on Linux).
"""

from __future__ import annotations

import asyncio
import socket

from lekp_registry.server import _listen

from .conftest import free_port


def test_worker_connections_have_tcp_nodelay():
    async def main() -> int:
        seen: asyncio.Future = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport) -> None:
                sock = transport.get_extra_info("socket")
                seen.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        port = free_port()
        sock = _listen("127.0.0.1", port, reuse_port=True)
        server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            value = await asyncio.wait_for(seen, 10)
            writer.close()
        finally:
            server.close()
        return value

    assert asyncio.run(main()) != 0
