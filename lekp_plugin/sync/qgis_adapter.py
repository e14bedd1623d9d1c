"""The thin QGIS side of sync: the token from QGIS's authentication manager and QGIS's proxy.

The sync engine (this package) is Qt-free and speaks HTTP through a
``requests.Session``; this module is the only part of ``lekp_plugin.sync``
that imports QGIS. The dock and ``lekp:sync`` call it on the main thread,
before the work starts, and hand the engine a plain token and a session.

**Which authentication configuration holds the token.** The registry wants
``Authorization: Bearer <token>``. QGIS 3.22 has no authentication method
that stores a bare bearer token, so several are accepted:

* ``Basic`` (every QGIS version): the token is the *password*; the user name
  is ignored (write ``token`` or the key's name). This is the recommended
  one, because it exists everywhere and QGIS stores it encrypted.
* ``APIHeader`` (QGIS ≥ 3.26): a header ``Authorization`` with the value
  ``Bearer <token>`` (or the bare token).
* ``EsriToken``: its token field.
* ``OAuth2``: the access token QGIS obtained (QGIS runs the OAuth2 flow when
  there is no valid token yet); the registry must then accept the identity
  provider's JWTs (its ``[oidc]`` configuration).

The token is never logged, never put in a message and never written to the
store; messages name the configuration's id only.

**Proxy.** :func:`session_with_qgis_proxy` reads QGIS's network settings
(*Settings → Options → Network*, keys ``proxy/*``): an HTTP proxy with its
user and password (or the proxy's own authcfg), the URLs excluded from the
proxy, or "system proxy" (then the ``http_proxy``/``https_proxy``/``no_proxy``
environment variables apply, as Qt reads them on Linux). Without a QGIS proxy
the environment variables apply as well. TLS verification is always on.
"""

from __future__ import annotations

import base64
import logging
from urllib.parse import quote

import requests

from .errors import SyncError

LOGGER = logging.getLogger(__name__)

#: Seconds a sync request may wait for the registry (connect, read).
TIMEOUT = (10, 120)


class AuthConfigError(SyncError):
    """An authentication configuration (or proxy) that cannot be used: a SyncError like the others."""

    def __init__(self, message: str, message_en: str) -> None:  # its own text, not a code of errors.py
        Exception.__init__(self, message)
        self.code = "authcfg"
        self.params = {}
        self.message = message
        self.message_en = message_en


def _bearer(value: str) -> str:
    value = value.strip()
    return value[7:].strip() if value.lower().startswith("bearer ") else value


def token_from_authcfg(authcfg_id: str | None) -> str | None:
    """The registry token kept in QGIS's authentication configuration ``authcfg_id``.

    ``None`` for an empty id (no authentication: reads only). Raises
    :class:`AuthConfigError` when the configuration does not exist, cannot be
    decrypted (no master password) or holds no token.
    """
    authcfg_id = (authcfg_id or "").strip()
    if not authcfg_id:
        return None
    from qgis.core import QgsApplication

    from ..compat import load_auth_config

    manager = QgsApplication.authManager()
    if manager.isDisabled():
        raise AuthConfigError(
            "Het authenticatiesysteem van QGIS is niet beschikbaar (Qt zonder QCA/SQLite): "
            f"authenticatieconfiguratie '{authcfg_id}' kan niet gelezen worden.",
            "QGIS's authentication system is unavailable: "
            f"authentication configuration '{authcfg_id}' cannot be read.")
    if authcfg_id not in manager.configIds():
        raise AuthConfigError(
            f"Authenticatieconfiguratie '{authcfg_id}' bestaat niet in dit QGIS-profiel "
            "(Extra → Opties → Authenticatie).",
            f"Authentication configuration '{authcfg_id}' does not exist in this QGIS profile "
            "(Settings → Options → Authentication).")
    config = load_auth_config(manager, authcfg_id)
    if config is None:
        raise AuthConfigError(
            f"Authenticatieconfiguratie '{authcfg_id}' kan niet ontsleuteld worden: "
            "is het hoofdwachtwoord van QGIS ingesteld?",
            f"Authentication configuration '{authcfg_id}' cannot be decrypted: "
            "is QGIS's master password set?")
    method = config.method()
    values = config.configMap()
    token = None
    if method == "Basic":
        token = values.get("password") or None
    elif method == "APIHeader":
        for name, value in values.items():
            if name.lower() == "authorization" and value:
                token = _bearer(value)
    elif method == "EsriToken":
        token = values.get("token") or None
    elif method == "OAuth2":
        token = _token_from_request(manager, authcfg_id)
    else:
        raise AuthConfigError(
            f"Authenticatieconfiguratie '{authcfg_id}' gebruikt de methode {method}; het register "
            "verwacht een token: gebruik 'Basic' met het token als wachtwoord.",
            f"Authentication configuration '{authcfg_id}' uses the {method} method; the registry "
            "expects a token: use 'Basic' with the token as password.")
    if not token:
        raise AuthConfigError(
            f"Authenticatieconfiguratie '{authcfg_id}' ({method}) bevat geen token"
            + (" (het wachtwoord is leeg)." if method == "Basic" else "."),
            f"Authentication configuration '{authcfg_id}' ({method}) holds no token"
            + (" (the password is empty)." if method == "Basic" else "."))
    LOGGER.info("registry token taken from authentication configuration %s (%s)", authcfg_id, method)
    return token.strip()


def _token_from_request(manager, authcfg_id: str) -> str | None:
    """The bearer token QGIS puts on a request (OAuth2 fetches or refreshes it here)."""
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    request = QNetworkRequest(QUrl("https://lekp.invalid/"))
    result = manager.updateNetworkRequest(request, authcfg_id)
    if isinstance(result, tuple):  # QGIS 3.22 returns (ok, request)
        ok, request = result
    else:
        ok = result
    if not ok:
        return None
    header = bytes(request.rawHeader(b"Authorization")).decode("latin-1")
    if header.lower().startswith("basic "):
        try:
            return base64.b64decode(header[6:]).decode("utf-8").partition(":")[2] or None
        except ValueError:
            return None
    return _bearer(header) or None


# -- proxy ---------------------------------------------------------------------

class QgisProxySession(requests.Session):
    """A session that bypasses the proxy for the URL prefixes QGIS excludes from it."""

    def __init__(self, bypass: list[str] | None = None) -> None:
        super().__init__()
        self.bypass = [b for b in (bypass or []) if b]
        self.verify = True

    def request(self, method, url, *args, **kwargs):
        if self.bypass and any(str(url).startswith(prefix) for prefix in self.bypass):
            # None removes the session's proxy for this request (requests' merge_setting)
            kwargs["proxies"] = {"http": None, "https": None}
        kwargs.setdefault("timeout", TIMEOUT)
        return super().request(method, url, *args, **kwargs)


def _string_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def proxy_settings() -> dict:
    """QGIS's proxy settings as plain values (``enabled``, ``type``, ``host``, ``port``, ``bypass``)."""
    from qgis.core import QgsSettings

    s = QgsSettings()
    enabled = str(s.value("proxy/proxyEnabled", False)).lower() in ("true", "1")
    return {
        "enabled": enabled,
        "type": str(s.value("proxy/proxyType", "") or ""),
        "host": str(s.value("proxy/proxyHost", "") or "").strip(),
        "port": str(s.value("proxy/proxyPort", "") or "").strip(),
        "user": str(s.value("proxy/proxyUser", "") or ""),
        "password": str(s.value("proxy/proxyPassword", "") or ""),
        "authcfg": str(s.value("proxy/authcfg", "") or ""),
        "bypass": _string_list(s.value("proxy/proxyExcludedUrls", []))
        + _string_list(s.value("proxy/noProxyUrls", [])),
    }


def _proxy_credentials(conf: dict) -> tuple[str, str]:
    user, password = conf["user"], conf["password"]
    if conf["authcfg"]:
        from qgis.core import QgsApplication

        from ..compat import load_auth_config

        config = load_auth_config(QgsApplication.authManager(), conf["authcfg"])
        if config is not None and config.method() == "Basic":
            user = config.config("username") or user
            password = config.config("password") or password
    return user, password


def session_with_qgis_proxy() -> requests.Session:
    """A ``requests.Session`` that goes through the proxy configured in QGIS; TLS verified."""
    conf = proxy_settings()
    session = QgisProxySession(conf["bypass"] if conf["enabled"] else [])
    if not conf["enabled"] or conf["type"] in ("", "DefaultProxy", "NoProxy", "FtpCachingProxy"):
        # no proxy in QGIS, or QGIS follows the system: requests reads http(s)_proxy/no_proxy
        session.trust_env = True
        if conf["enabled"] and conf["type"] == "NoProxy":
            session.trust_env = False
        return session
    if not conf["host"]:
        return session
    scheme = {"HttpProxy": "http", "HttpCachingProxy": "http", "Socks5Proxy": "socks5h"}.get(conf["type"])
    if scheme is None:
        LOGGER.warning("QGIS proxy type %s is not supported for sync; connecting directly", conf["type"])
        return session
    if scheme == "socks5h":
        try:
            import socks  # noqa: F401  (PySocks: requests needs it for SOCKS proxies)
        except ImportError:
            raise AuthConfigError(
                "QGIS gebruikt een SOCKS5-proxy, maar de Python-module PySocks ontbreekt: "
                "installeer 'pysocks' of gebruik een HTTP-proxy.",
                "QGIS uses a SOCKS5 proxy but the Python module PySocks is missing: "
                "install 'pysocks' or use an HTTP proxy.") from None
    user, password = _proxy_credentials(conf)
    credentials = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
    port = f":{conf['port']}" if conf["port"] else ""
    url = f"{scheme}://{credentials}{conf['host']}{port}"
    session.proxies = {"http": url, "https": url}
    # the environment must not override what QGIS says (requests gives env proxies precedence)
    session.trust_env = False
    LOGGER.info("sync through the QGIS proxy %s%s", conf["host"], port)
    return session



# -- QGIS saves while sync writes --------------------------------------------------------

def _on_file(layer, path: str) -> bool:
    import os

    source = layer.source() if hasattr(layer, "source") else ""
    try:
        return os.path.samefile(source.split("|", 1)[0], path)
    except (OSError, ValueError):
        return False


class StoreSaveGuard:
    """While it is open, saves of the project's layers on the store take turns with sync's writes.

    Made on the main thread before the sync starts (:func:`guard_store_saves`),
    closed when it has ended. ``beforeCommitChanges`` of each layer on the
    GeoPackage (those added meanwhile too) waits for the sync transaction under
    way and holds sync's next one back until the save ended
    (``afterCommitChanges``, or the next turn of the event loop when the save
    failed: QGIS emits no signal then). See :mod:`lekp_plugin.sync.gate`.
    """

    def __init__(self, path: str, project=None) -> None:
        from qgis.core import QgsProject

        from .gate import gate_for

        self.path = path
        self.gate = gate_for(path)
        self.project = project or QgsProject.instance()
        self._hooked: dict[str, tuple] = {}  # layer id → (layer, before, after)
        for layer in self.project.mapLayers().values():
            self._hook(layer)
        self.project.layersAdded.connect(self._added)

    def _added(self, layers) -> None:
        for layer in layers:
            self._hook(layer)

    def _hook(self, layer) -> None:
        if not hasattr(layer, "beforeCommitChanges") or layer.id() in self._hooked:
            return
        if not _on_file(layer, self.path):
            return
        from qgis.PyQt.QtCore import QTimer

        key = layer.id()

        def before(*_args) -> None:
            self.gate.begin_save(key)
            QTimer.singleShot(0, after)  # a failed save emits nothing: end it when the event loop runs

        def after(*_args) -> None:
            self.gate.end_save(key)

        layer.beforeCommitChanges.connect(before)
        layer.afterCommitChanges.connect(after)
        self._hooked[key] = (layer, before, after)

    def close(self) -> None:
        try:
            self.project.layersAdded.disconnect(self._added)
        except (TypeError, RuntimeError):
            pass
        for key, (layer, before, after) in self._hooked.items():
            for signal, slot in ((layer.beforeCommitChanges, before), (layer.afterCommitChanges, after)):
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError):  # the layer was removed (deleted) meanwhile
                    pass
            self.gate.end_save(key)
        self._hooked.clear()


def guard_store_saves(path: str, project=None) -> StoreSaveGuard:
    """Saves in QGIS of layers on ``path`` and sync's writes take turns until ``close()``."""
    return StoreSaveGuard(path, project)
