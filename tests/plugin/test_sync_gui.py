"""Sync in QGIS: the token from the authentication manager, QGIS's proxy, the dock's sync tab
and the conflict dialog — against the real registry on 127.0.0.1 and a real GeoPackage store.
"""

from __future__ import annotations

import http.server
import logging
import os
import tempfile
import threading
import time
from pathlib import Path

import pytest
import requests
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsGeometry,
    QgsProject,
    QgsSettings,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QDate

from lekp_plugin.store import create_store
from tests.registry.conftest import INSIDE, KEYS, start_registry, stop_registry

#: Where the screenshots go (set LEKP_SCREENS to keep them; default: a temporary folder).
SCREENS = Path(os.environ.get("LEKP_SCREENS") or tempfile.mkdtemp(prefix="lekp-screens-"))
HERZELE = "41027"
TOKEN = KEYS["herzele"][0]
X, Y = INSIDE[HERZELE]


# -- fixtures ------------------------------------------------------------------

def store_auth(manager, method: str, name: str = "lekp", **values) -> str:
    config = QgsAuthMethodConfig(method)
    config.setName(name)
    for key, value in values.items():
        config.setConfig(key, value)
    result = manager.storeAuthenticationConfig(config)
    ok, config = result if isinstance(result, tuple) else (result, config)
    assert ok
    return config.id()


@pytest.fixture()
def registry(tmp_path):
    reg = start_registry(str(tmp_path / "registry.sqlite"))
    yield reg
    stop_registry(reg)


@pytest.fixture()
def herzele_store(tmp_path, boundaries_2025):
    path = tmp_path / "herzele.gpkg"
    create_store(str(path), HERZELE, str(boundaries_2025))
    return path


@pytest.fixture()
def no_proxy_settings():
    s = QgsSettings()
    keys = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort",
            "proxy/proxyUser", "proxy/proxyPassword", "proxy/proxyExcludedUrls", "proxy/noProxyUrls")
    keys += ("proxy/authcfg",)
    for key in keys:
        s.remove(key)
    yield s
    for key in keys:
        s.remove(key)


class ForwardProxy(http.server.ThreadingHTTPServer):
    """A real HTTP forward proxy on 127.0.0.1 that records what it forwarded."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.seen: list[tuple[str, str, str | None]] = []
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return self.server_address[1]

    def close(self):
        self.shutdown()
        self.server_close()


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _forward(self):
        self.server.seen.append((self.command, self.path, self.headers.get("Proxy-Authorization")))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in ("proxy-authorization", "proxy-connection", "connection", "host")}
        with requests.Session() as upstream:
            upstream.trust_env = False
            r = upstream.request(self.command, self.path, headers=headers, data=body, timeout=60)
        content = r.content
        self.send_response(r.status_code)
        for k, v in r.headers.items():
            if k.lower() not in ("transfer-encoding", "connection", "content-encoding", "content-length"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _forward


@pytest.fixture()
def proxy():
    p = ForwardProxy()
    yield p
    p.close()


# -- token from QGIS's authentication manager ------------------------------------

def test_token_from_basic_esri_and_bad_configurations(auth_manager, caplog):
    from lekp_plugin.sync import SyncError
    from lekp_plugin.sync.qgis_adapter import AuthConfigError, token_from_authcfg

    caplog.set_level(logging.DEBUG)
    basic = store_auth(auth_manager, "Basic", username="token", password=TOKEN)
    esri = store_auth(auth_manager, "EsriToken", token="esri-" + TOKEN)
    empty = store_auth(auth_manager, "Basic", username="token", password="")
    pki = store_auth(auth_manager, "PKI-Paths", certpath="/nonexistent.pem", keypath="/nonexistent.key")

    assert token_from_authcfg(basic) == TOKEN
    assert token_from_authcfg(esri) == "esri-" + TOKEN
    assert token_from_authcfg("") is None and token_from_authcfg(None) is None
    for bad, words in ((empty, "bevat geen token"), ("zzzzzzz", "bestaat niet"), (pki, "Basic")):
        with pytest.raises(AuthConfigError) as err:
            token_from_authcfg(bad)
        assert words in err.value.message and bad in err.value.message
        assert err.value.message_en and TOKEN not in err.value.message
        assert isinstance(err.value, SyncError) and err.value.text("en") == err.value.message_en
    assert all(TOKEN not in record.getMessage() for record in caplog.records)


# -- QGIS's proxy ----------------------------------------------------------------

def test_session_goes_through_the_qgis_proxy_with_its_credentials_and_exclusions(
        qgis_app, registry, proxy, no_proxy_settings, monkeypatch, auth_manager):
    from lekp_plugin.sync.qgis_adapter import session_with_qgis_proxy

    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # QGIS's setting must win over the environment
    s = no_proxy_settings
    s.setValue("proxy/proxyEnabled", True)
    s.setValue("proxy/proxyType", "HttpProxy")
    s.setValue("proxy/proxyHost", "127.0.0.1")
    s.setValue("proxy/proxyPort", str(proxy.port))
    s.setValue("proxy/proxyUser", "gis")
    s.setValue("proxy/proxyPassword", "p@ss:word")
    with session_with_qgis_proxy() as session:
        assert session.verify is True
        r = session.get(f"{registry.url}/collections")
    assert r.status_code == 200 and "verbeteringen" in r.text
    assert [(m, p) for m, p, _a in proxy.seen] == [("GET", f"{registry.url}/collections")]
    import base64

    assert proxy.seen[0][2] == "Basic " + base64.b64encode(b"gis:p@ss:word").decode()

    # the proxy's credentials from its own authentication configuration
    s.remove("proxy/proxyUser")
    s.remove("proxy/proxyPassword")
    s.setValue("proxy/authcfg", store_auth(auth_manager, "Basic", name="proxy", username="px",
                                           password="geheim"))
    with session_with_qgis_proxy() as session:
        assert session.get(f"{registry.url}/collections").status_code == 200
    assert proxy.seen[-1][2] == "Basic " + base64.b64encode(b"px:geheim").decode()
    s.remove("proxy/authcfg")
    del proxy.seen[1:]

    s.setValue("proxy/proxyExcludedUrls", f"http://example.invalid|{registry.url}")
    with session_with_qgis_proxy() as session:
        assert session.get(f"{registry.url}/conformance").status_code == 200
    assert len(proxy.seen) == 1  # the excluded URL went directly

    s.setValue("proxy/proxyEnabled", False)
    monkeypatch.delenv("HTTP_PROXY")
    with session_with_qgis_proxy() as session:
        assert session.get(f"{registry.url}/conformance").status_code == 200
    assert len(proxy.seen) == 1


# -- the dock's sync tab ---------------------------------------------------------

CRS_L72 = "http://www.opengis.net/def/crs/EPSG/0/31370"
BASE = dict(projectnaam="Speelplein", categorie="ontharding", aard="aanleg", hoeveelheid=100.0,
            status="uitgevoerd", uitvoeringsdatum=QDate(2024, 5, 1), opgelegd=False, bron="manueel",
            domein="publiek")


def square(dx: float = 0, size: float = 20) -> str:
    x, y = X + dx, Y
    return f"MULTIPOLYGON ((({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y})))"


def wait_for(condition, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        QgsApplication.processEvents()
        time.sleep(0.01)
        assert time.monotonic() < deadline, "timed out"


@pytest.fixture()
def dock(iface, qgis_new_project, no_proxy_settings):
    from lekp_plugin.gui.dock import LekpDock

    d = LekpDock(iface.mainWindow(), iface=iface)
    d.resize(460, 1000)
    d.panels.setCurrentWidget(d.syncTab)
    yield d
    if d.syncPanel.task is not None:
        d.syncPanel.task.cancel()
        wait_for(lambda: d.syncPanel.task is None)
    d.cleanup()
    for layer in list(QgsProject.instance().mapLayers().values()):
        if layer.isEditable():
            layer.rollBack()
    QgsProject.instance().removeAllMapLayers()
    d.setParent(None)
    d.deleteLater()


def vlak(dock):
    from lekp_plugin.gui.sync_panel import store_layers

    return next(lyr for lyr in store_layers(dock.store_path) if lyr.source().endswith("verbeteringen_vlak"))


def add(layer, wkt: str, **values) -> str:
    values = {**BASE, **values}
    fields = layer.fields()
    feat = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(wkt),
                                             {fields.indexOf(k): v for k, v in values.items()})
    assert layer.addFeature(feat)
    return feat["id"]


def set_value(layer, feature_id: str, **values) -> None:
    fid = next(f.id() for f in layer.getFeatures() if f["id"] == feature_id)
    for name, value in values.items():
        assert layer.changeAttributeValue(fid, layer.fields().indexOf(name), value)


def registry_items(registry) -> list[dict]:
    r = requests.get(f"{registry.url}/collections/verbeteringen/items",
                     params={"gemeente_nis": HERZELE, "crs": CRS_L72, "limit": 1000}, timeout=30)
    assert r.status_code == 200
    return r.json()["features"]


def assert_sides_equal(store: Path, registry) -> int:
    from tests.sync_faults.conftest import compare_sides

    features = registry_items(registry)
    problems = compare_sides(str(store), features)
    assert not problems, "\n".join(problems)
    return len(features)


def change_in_registry(registry, feature_id: str, **props) -> None:
    url = f"{registry.url}/collections/verbeteringen/items/{feature_id}"
    auth = {"Authorization": f"Bearer {KEYS['herzele'][0]}"}
    got = requests.get(url, params={"crs": CRS_L72}, timeout=30)
    feature = got.json()
    feature["properties"].update(props)
    r = requests.put(url, json=feature, timeout=30,
                     headers={**auth, "If-Match": got.headers["ETag"], "Content-Crs": f"<{CRS_L72}>",
                              "Content-Type": "application/geo+json"})
    assert r.status_code == 200, r.text


def run_sync_in_tab(panel) -> str:
    assert panel.start_sync(), panel.messageLabel.text()
    assert panel.task is not None and not panel.syncButton.isEnabled() and panel.cancelButton.isEnabled()
    wait_for(lambda: panel.task is None)
    assert panel.syncButton.isEnabled()
    text = panel.messageLabel.text()
    assert "Traceback" not in text
    return text


def screenshot(widget, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    widget.show()
    for _ in range(5):  # let the layouts settle (word-wrapped labels ask twice)
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert widget.grab().save(str(SCREENS / name))


def connect(panel, registry, auth_manager, token: str = TOKEN) -> None:
    from qgis.PyQt.QtWidgets import QComboBox

    panel.urlEdit.setText(registry.url)
    # a unique name: QgsAuthConfigSelect lists configurations by name
    name = f"LEKP-register {len(auth_manager.configIds()) + 1}"
    panel.authSelect.setConfigId(store_auth(auth_manager, "Basic", name=name, username="token", password=token))
    assert panel.authSelect.findChild(QComboBox).currentText() == f"{name} (Basic)"


def test_sync_tab_sends_saved_edits_through_the_qgis_proxy_shows_state_and_held_back(
        dock, registry, herzele_store, auth_manager, proxy, no_proxy_settings, iface):
    panel = dock.syncPanel
    assert dock.open_store(str(herzele_store))
    layer = vlak(dock)
    assert layer.startEditing()
    good = [add(layer, square(0)), add(layer, square(100), projectnaam="Schoolplein")]
    early = add(layer, square(200), projectnaam="Te vroeg", uitvoeringsdatum=QDate(2019, 3, 1))
    assert layer.commitChanges()
    # saving refreshes the tab by itself
    wait_for(lambda: panel.status is not None and panel.status.pending.get("create") == 2, 10)
    assert "2 nieuw, 0 gewijzigd, 0 verwijderd" in panel.pendingLabel.text()  # the third is held back
    assert [h.id for h in panel.status.held_back] == [early]
    assert panel.heldBackTree.isVisibleTo(panel) and "LEKP-D002" in panel.heldBackTree.topLevelItem(0).text(1)
    assert panel.zoom_to_held(panel.heldBackTree.topLevelItem(0))
    assert [f["id"] for f in layer.selectedFeatures()] == [early]

    s = no_proxy_settings  # every request goes through QGIS's proxy
    s.setValue("proxy/proxyEnabled", True)
    s.setValue("proxy/proxyType", "HttpProxy")
    s.setValue("proxy/proxyHost", "127.0.0.1")
    s.setValue("proxy/proxyPort", str(proxy.port))
    connect(panel, registry, auth_manager)
    message = run_sync_in_tab(panel)
    assert message and TOKEN not in message and "onverwachte fout" not in message
    assert proxy.seen and all(path.startswith(registry.url) for _m, path, _a in proxy.seen)
    assert sorted(f["id"] for f in registry_items(registry)) == sorted(good)
    assert panel.status.pending == {"create": 0, "replace": 0, "delete": 0}
    assert "niets, behalve de 1 tegengehouden" in panel.pendingLabel.text()
    assert "nog nooit" not in panel.lastSyncLabel.text() and panel.lastSyncLabel.text()
    screenshot(dock, "sync_tab_after_sync.png")

    before = len(proxy.seen)  # a second sync has nothing to send
    run_sync_in_tab(panel)
    assert len(proxy.seen) - before <= 2

    # reopened later, after syncing another store elsewhere: the store's own registry comes back
    from lekp_plugin import settings
    from lekp_plugin.gui.sync_panel import SyncPanel

    settings.REGISTRY_URL.set_value("https://elders.example")
    other = SyncPanel(None, iface)
    assert other.urlEdit.text() == "https://elders.example"
    other.set_store(str(herzele_store))
    assert other.urlEdit.text().rstrip("/") == registry.url
    other.deleteLater()
    assert TOKEN not in (herzele_store.read_bytes().decode("latin-1"))


def test_sync_is_refused_with_unsaved_edits_and_bad_input_never_shows_a_traceback(
        dock, registry, herzele_store, auth_manager):
    panel = dock.syncPanel
    assert not panel.start_sync() and "Open eerst een opslag" in panel.messageLabel.text()
    assert dock.open_store(str(herzele_store))
    layer = vlak(dock)
    assert layer.startEditing()
    add(layer, square(0))
    assert layer.commitChanges()
    panel.refresh()
    pending = dict(panel.status.pending)

    panel.urlEdit.clear()
    assert not panel.start_sync() and "adres (URL)" in panel.messageLabel.text()
    panel.urlEdit.setText("ftp://register.example")
    assert not panel.start_sync() and "https://" in panel.messageLabel.text()

    assert layer.startEditing()
    add(layer, square(100), projectnaam="Nog niet opgeslagen")
    connect(panel, registry, auth_manager)
    assert not panel.start_sync()
    assert "niet-opgeslagen wijzigingen" in panel.messageLabel.text() and layer.name() in panel.messageLabel.text()
    assert panel.task is None
    layer.rollBack()

    # registry down: one Dutch sentence, the outbox as it was
    with __import__("socket").socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    panel.urlEdit.setText(dead)
    message = run_sync_in_tab(panel)
    assert "niet bereikbaar" in message and "\n" not in message.strip()
    panel.refresh()
    assert panel.status.pending == pending

    # a wrong token: 401 in words, the token nowhere
    panel.urlEdit.setText(registry.url)
    panel.authSelect.setConfigId(store_auth(auth_manager, "Basic", name="fout", username="t",
                                            password="lekp_wrong_token"))
    message = run_sync_in_tab(panel)
    assert "401" in message and "lekp_wrong_token" not in message
    # an authentication configuration without token
    panel.authSelect.setConfigId(store_auth(auth_manager, "Basic", name="leeg", username="t", password=""))
    assert not panel.start_sync() and "bevat geen token" in panel.messageLabel.text()
    panel.refresh()
    assert panel.status.pending == pending
    assert registry_items(registry) == []


def test_cancelled_sync_keeps_the_outbox_and_the_next_sync_sends_everything(
        dock, registry, herzele_store, auth_manager):
    panel = dock.syncPanel
    assert dock.open_store(str(herzele_store))
    layer = vlak(dock)
    assert layer.startEditing()
    ids = [add(layer, square(30 * i, 10), projectnaam=f"Perceel {i}") for i in range(20)]
    assert layer.commitChanges()
    connect(panel, registry, auth_manager)
    assert panel.start_sync()
    texts = []
    # cancel while it runs: at its first progress report (the push has not finished)
    panel.task.progressText.connect(lambda text: (texts.append(text), panel.cancel_sync()))
    wait_for(lambda: panel.task is None)
    assert texts, "the task reported progress"
    assert "Synchronisatie geannuleerd" in panel.messageLabel.text()
    sent = {f["id"] for f in registry_items(registry)}
    panel.refresh()
    queued = sum(panel.status.pending.values())
    assert len(sent) + queued >= len(ids)  # nothing lost: sent, or still queued

    run_sync_in_tab(panel)
    assert sorted(f["id"] for f in registry_items(registry)) == sorted(ids)
    assert sum(panel.status.pending.values()) == 0
    assert_sides_equal(herzele_store, registry)


def test_pulled_changes_reload_the_open_layers(dock, registry, herzele_store, auth_manager):
    panel = dock.syncPanel
    assert dock.open_store(str(herzele_store))
    layer = vlak(dock)
    assert layer.startEditing()
    fid = add(layer, square(0))
    assert layer.commitChanges()
    connect(panel, registry, auth_manager)
    run_sync_in_tab(panel)
    from lekp_plugin.gui.findings_view import codes as listed_codes

    codes = lambda: listed_codes(dock.findingsTree)  # noqa: E731  (below their feature's row)
    assert "LEKP-D005" not in codes()
    # a colleague plans it again, with a planned date already past (a warning: the registry accepts it)
    change_in_registry(registry, fid, projectnaam="Gewijzigd door een collega", hoeveelheid=80.0,
                       status="gepland", uitvoeringsdatum=None, geplande_datum="2022-03-01")
    assert layer.startEditing()  # in edit mode, but nothing unsaved: sync may run
    run_sync_in_tab(panel)
    feature = next(f for f in layer.getFeatures() if f["id"] == fid)
    assert feature["projectnaam"] == "Gewijzigd door een collega" and feature["hoeveelheid"] == 80.0
    wait_for(lambda: "LEKP-D005" in codes(), 60)  # pulled features are validated in the dock (a task)
    layer.rollBack()
    assert panel.status.pending == {"create": 0, "replace": 0, "delete": 0}
    assert_sides_equal(herzele_store, registry)


# -- the conflict dialog -------------------------------------------------------------

@pytest.mark.parametrize("choice", ["mine", "theirs", "merge"])
def test_conflict_dialog_compares_draws_and_each_choice_leaves_both_sides_equal(
        choice, dock, registry, herzele_store, auth_manager, iface):
    from lekp_plugin.gui.conflict_dialog import ConflictDialog

    panel = dock.syncPanel
    assert dock.open_store(str(herzele_store))
    layer = vlak(dock)
    assert layer.startEditing()
    fid = add(layer, square(0), toelichting="Eerste versie")
    assert layer.commitChanges()
    connect(panel, registry, auth_manager)
    run_sync_in_tab(panel)

    change_in_registry(registry, fid, projectnaam="Naam van de collega", hoeveelheid=90.0)
    assert layer.startEditing()
    set_value(layer, fid, projectnaam="Mijn naam", toelichting="Mijn toelichting")
    assert layer.changeGeometry(next(f.id() for f in layer.getFeatures() if f["id"] == fid),
                                QgsGeometry.fromWkt(square(5)))
    assert layer.commitChanges()
    run_sync_in_tab(panel)
    assert panel.status.conflicts == 1 and panel.conflictsButton.isEnabled()
    theirs_before = next(f for f in registry_items(registry) if f["id"] == fid)
    assert theirs_before["properties"]["projectnaam"] == "Naam van de collega"  # nothing overwritten
    if choice == "merge":
        screenshot(dock, "sync_tab_conflict.png")

    dialog = panel.open_conflicts()  # not modal: the map stays usable
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible() and not dialog.isModal()
    assert panel.open_conflicts() is dialog
    dialog.resize(980, 600)
    resolved = []
    dialog.resolved.connect(lambda: resolved.append(True))
    assert dialog.conflictList.count() == 1
    rows = {dialog.fieldsTable.item(r, 0).text(): r for r in range(dialog.fieldsTable.rowCount())}
    name_row = rows["Projectnaam"]
    assert dialog.fieldsTable.item(name_row, 1).text() == "Mijn naam"
    assert dialog.fieldsTable.item(name_row, 2).text() == "Naam van de collega"
    assert dialog.fieldsTable.item(name_row, 1).font().bold()
    assert not dialog.fieldsTable.item(rows["Categorie"], 1).font().bold()
    assert dialog.fieldsTable.item(rows["Hoeveelheid"], 2).text() == "90 m²"
    assert dialog.fieldsTable.item(rows["Uitvoeringsdatum"], 1).text() == "01/05/2024"
    assert len(dialog.bands) == 2, "both geometries are on the map"
    assert "Geometrie" in rows and dialog.fieldsTable.item(rows["Geometrie"], 1).font().bold()
    if choice == "merge":
        dialog.combos["projectnaam"].setCurrentIndex(1)  # theirs
        dialog.combos["hoeveelheid"].setCurrentIndex(1)  # theirs; toelichting and geometry: mine
        screenshot(dialog, "conflict_dialog.png")
        canvas = iface.mapCanvas()
        canvas.setLayers([layer])
        canvas.refresh()
        wait_for(lambda: not canvas.isDrawing(), 30)
        screenshot(canvas, "conflict_map.png")
    assert dialog.resolve(choice) and resolved
    assert dialog.conflictList.count() == 0 and not dialog.keepMineButton.isEnabled()
    assert panel.status.conflicts == 0 and not panel.conflictsButton.isEnabled()
    dialog.reject()
    assert dialog.bands == [] and panel.conflict_dialog is None

    run_sync_in_tab(panel)
    assert panel.status.conflicts == 0
    assert assert_sides_equal(herzele_store, registry) == 1
    final = next(f for f in registry_items(registry) if f["id"] == fid)["properties"]
    expected = {"mine": ("Mijn naam", 100.0, "Mijn toelichting"),
                "theirs": ("Naam van de collega", 90.0, "Eerste versie"),
                "merge": ("Naam van de collega", 90.0, "Mijn toelichting")}[choice]
    assert (final["projectnaam"], final["hoeveelheid"], final["toelichting"]) == expected
    feature = next(f for f in layer.getFeatures() if f["id"] == fid)
    assert feature["projectnaam"] == expected[0], "the open layer shows the outcome"


def test_conflict_with_a_local_delete_shows_it_and_taking_theirs_restores_the_feature(
        dock, registry, herzele_store, auth_manager, iface):
    from lekp_plugin.gui.conflict_dialog import ConflictDialog

    panel = dock.syncPanel
    assert dock.open_store(str(herzele_store))
    layer = vlak(dock)
    assert layer.startEditing()
    fid = add(layer, square(0))
    assert layer.commitChanges()
    connect(panel, registry, auth_manager)
    run_sync_in_tab(panel)
    change_in_registry(registry, fid, projectnaam="Nog in gebruik")
    assert layer.startEditing()
    assert layer.deleteFeature(next(f.id() for f in layer.getFeatures() if f["id"] == fid))
    assert layer.commitChanges()
    dialog = panel.open_conflicts()  # left open during the sync: it follows
    assert isinstance(dialog, ConflictDialog) and dialog.explainLabel.text() == "Geen open conflicten."
    run_sync_in_tab(panel)
    assert panel.status.conflicts == 1
    assert [f["id"] for f in registry_items(registry)] == [fid], "the registry's feature is untouched"
    assert dialog.conflictList.count() == 1
    assert "verwijderd" in dialog.explainLabel.text()
    rows = {dialog.fieldsTable.item(r, 0).text(): r for r in range(dialog.fieldsTable.rowCount())}
    assert dialog.fieldsTable.item(rows["Projectnaam"], 1).text() == "(verwijderd)"
    assert dialog.fieldsTable.item(rows["Projectnaam"], 2).text() == "Nog in gebruik"
    assert not dialog.mergeButton.isEnabled() and dialog.fieldsTable.isColumnHidden(3)
    assert len(dialog.bands) == 1  # only the registry's geometry exists
    assert dialog.resolve("theirs")
    dialog.reject()
    assert [f["projectnaam"] for f in layer.getFeatures() if f["id"] == fid] == ["Nog in gebruik"]
    run_sync_in_tab(panel)
    assert assert_sides_equal(herzele_store, registry) == 1


def test_english_sync_tab_and_conflict_dialog(qgis_app, iface, herzele_store):
    from lekp_plugin import i18n, settings

    settings.LANGUAGE.set_value("en")
    translator = i18n.install_translator()
    try:
        assert translator is not None, "lekp_en.qm missing: scripts/i18n.py compile"
        from lekp_plugin.gui.conflict_dialog import ConflictDialog
        from lekp_plugin.gui.sync_panel import SyncPanel

        panel = SyncPanel(None, iface)
        panel.set_store(str(herzele_store))
        assert panel.syncButton.text() == "Synchronise" and panel.registryGroup.title() == "Registry"
        assert "To send:" in panel.pendingLabel.text() and "nothing" in panel.pendingLabel.text()
        assert "never" in panel.lastSyncLabel.text()
        dialog = ConflictDialog(str(herzele_store), iface)
        headers = [dialog.fieldsTable.horizontalHeaderItem(i).text() for i in range(4)]
        assert headers == ["Field", "My version", "Registry", "Keep when merging"]
        assert dialog.explainLabel.text() == "No open conflicts." and dialog.closeButton.text() == "Close"
        dialog.deleteLater()
        panel.deleteLater()
    finally:
        i18n.remove_translator(translator)
        settings.LANGUAGE.set_value("")
