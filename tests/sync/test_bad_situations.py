"""Bad situations give one clear Dutch message (SyncError), never a traceback, and keep the outbox."""

from __future__ import annotations

import http.server
import threading

import pytest

from lekp_plugin.sync import RetryPolicy, SyncError, run_sync, sync_status

from .conftest import HERZELE, KEYS, free_port, gdal_add

FAST = RetryPolicy(attempts=2, base=0.05, cap=0.1)


def failing(store: str, url: str, token: str | None) -> SyncError:
    with pytest.raises(SyncError) as info:
        run_sync(store, url, token, retry=FAST)
    exc = info.value
    for text in (exc.message, exc.message_en):
        assert "\n" not in text and "Traceback" not in text
        if token:
            assert token not in text
    # nothing sent, nothing lost
    assert sync_status(store).pending["create"] == 2
    if exc.code != "url_invalid":  # refused before the store is opened
        assert "Mislukt" in sync_status(store).last_result
    return exc


@pytest.fixture
def store(make_store):
    path = make_store()
    gdal_add(path, 2)
    return path


@pytest.fixture
def html_server():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"<html><body>Welkom op onze website</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_wrong_url(store):
    exc = failing(store, "htp:/register", HERZELE)
    assert exc.code == "url_invalid" and "geen geldige register-URL" in exc.message


def test_unknown_host(store):
    exc = failing(store, "http://register.lekp.invalid/", HERZELE)
    assert exc.code in ("unknown_host", "unreachable")
    assert "register.lekp.invalid" in exc.message


def test_registry_down(store):
    url = f"http://127.0.0.1:{free_port()}"
    exc = failing(store, url, HERZELE)
    assert exc.code == "unreachable" and "niet bereikbaar" in exc.message and url in exc.message


def test_bad_token(store, registry):
    exc = failing(store, registry.url, "lekp_niet_geldig")
    assert exc.code == "unauthorized" and "401" in exc.message


def test_reader_token_may_not_write(store, registry):
    exc = failing(store, registry.url, KEYS["herzele-lezer"][0])
    assert exc.code == "forbidden" and "403" in exc.message


def test_store_of_another_gemeente_than_the_token(store, registry):
    exc = failing(store, registry.url, KEYS["gent"][0])
    assert exc.code == "other_gemeente" and "41027" in exc.message
    assert registry.features() == {}


def test_not_an_ogc_api(store, html_server):
    exc = failing(store, html_server, HERZELE)
    assert exc.code == "not_ogc" and "geen OGC API Features-register" in exc.message


def test_ogc_api_without_the_collection(store, registry):
    exc = failing(store, registry.url + "/andere/api", HERZELE)
    assert exc.code == "not_ogc" and "verbeteringen" in exc.message


def test_no_token_at_all(store, registry):
    exc = failing(store, registry.url, None)
    assert exc.code == "unauthorized"


def test_unknown_policy(store, registry):
    with pytest.raises(SyncError) as info:
        run_sync(store, registry.url, HERZELE, policy="altijd")
    assert info.value.code == "policy"


def test_not_a_store(tmp_path, registry):
    other = tmp_path / "ander.gpkg"
    other.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(SyncError) as info:
        run_sync(str(other), registry.url, HERZELE)
    assert info.value.code == "not_store"
    with pytest.raises(SyncError) as info:
        run_sync(str(tmp_path / "bestaat-niet.gpkg"), registry.url, HERZELE)
    assert info.value.code == "store_missing"
