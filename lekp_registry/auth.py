"""Bearer authentication and per-gemeente authorization.

Two kinds of token:

* **API keys** (development, demo, scripts) from a TOML or JSON file; the file
  keeps only their SHA-256 hashes, each bound to a gemeente NIS code and a role.
* **OIDC JWTs** (production): signature checked against the issuer's JWKS
  (fetched with a timeout and cached), ``iss``/``aud``/``exp`` checked, and the
  gemeente and role read from configurable claims.

Roles: ``lezer`` reads, ``invoerder`` writes in its own gemeente,
``beheerder`` too, and with gemeente ``*`` everywhere.  A feature registered
under a NIS code that disappeared on 1 January 2025 belongs to the new
gemeente.  Tokens are never logged or echoed: problems only say *why*.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import threading
import time
import tomllib
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt

from lekp_plugin.core.mergers import to_2025

from .problems import Problem

log = logging.getLogger(__name__)

ROLES = ("lezer", "invoerder", "beheerder")
ALL_GEMEENTEN = "*"
KEY_PREFIX = "lekp_"


@dataclass(frozen=True)
class Principal:
    """Who calls.

    ``subject`` is the namespaced identity, unique across kinds of token:
    ``key:<name>`` for an API key, ``oidc:<issuer>#<sub>`` for a JWT.  It scopes
    idempotency records.  ``door`` is what ``aangemaakt_door``/``gewijzigd_door``
    record: ``key:<name>`` or ``oidc:<sub>`` (one issuer per registry).
    """

    subject: str
    gemeente: str
    rol: str
    method: str  # "apikey" | "oidc" | "anonymous"
    door: str = ""

    def can_write(self, nis: str | None) -> bool:
        if self.rol not in ("invoerder", "beheerder"):
            return False
        if self.gemeente == ALL_GEMEENTEN:
            return self.rol == "beheerder"
        return isinstance(nis, str) and to_2025(nis) == to_2025(self.gemeente)


ANONYMOUS = Principal("anoniem", "", "lezer", "anonymous", "anoniem")
#: Longest accepted OIDC subject (longer ones are refused: truncating could merge two users).
MAX_SUBJECT = 255


@dataclass(frozen=True)
class ApiKey:
    name: str
    sha256: str
    gemeente: str
    rol: str


@dataclass(frozen=True)
class OidcConfig:
    issuer: str
    audience: str
    jwks_url: str
    gemeente_claim: str = "gemeente_nis"
    rol_claim: str = "lekp_rol"
    subject_claim: str = "sub"
    algorithms: tuple[str, ...] = ("RS256", "ES256")
    jwks_ttl: float = 300.0
    timeout: float = 5.0


@dataclass
class AuthConfig:
    keys: tuple[ApiKey, ...] = ()
    oidc: OidcConfig | None = None
    #: Reads without a token (OGC clients, the public map).  Writes always need one.
    public_read: bool = True

    @classmethod
    def from_file(cls, path: str | Path) -> AuthConfig:
        path = Path(path)
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuthConfig:
        keys = []
        for entry in data.get("keys", []):
            key = ApiKey(str(entry["name"]), str(entry["sha256"]).lower(), str(entry["gemeente"]),
                         str(entry["rol"]))
            if key.rol not in ROLES:
                raise ValueError(f"key {key.name}: unknown rol {key.rol!r} (one of {', '.join(ROLES)})")
            if key.gemeente == ALL_GEMEENTEN and key.rol != "beheerder":
                raise ValueError(f"key {key.name}: only a beheerder may have gemeente '*'")
            keys.append(key)
        oidc = None
        if data.get("oidc"):
            o = dict(data["oidc"])
            if "algorithms" in o:
                o["algorithms"] = tuple(o["algorithms"])
            oidc = OidcConfig(**o)
        return cls(tuple(keys), oidc, bool(data.get("public_read", True)))


def hash_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_key() -> str:
    """A new random API key (shown once; only its hash is kept)."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def key_entry_toml(name: str, token: str, gemeente: str, rol: str) -> str:
    return (f'\n[[keys]]\nname = "{name}"\nsha256 = "{hash_key(token)}"\n'
            f'gemeente = "{gemeente}"\nrol = "{rol}"\n')


@dataclass
class _JwksCache:
    url: str
    ttl: float
    timeout: float
    keys: dict[str, Any] = field(default_factory=dict)
    fetched: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def key(self, kid: str | None) -> Any:
        with self.lock:
            now = time.monotonic()
            if kid not in self.keys or now - self.fetched > self.ttl:
                # refetch on unknown kid (key rotation), at most once a second
                if now - self.fetched > 1.0 or not self.keys:
                    self._fetch()
            if kid is None and len(self.keys) == 1:
                return next(iter(self.keys.values()))
            return self.keys.get(kid)

    def _fetch(self) -> None:
        with urllib.request.urlopen(self.url, timeout=self.timeout) as resp:
            data = json.loads(resp.read())
        keyset = jwt.PyJWKSet.from_dict(data)
        self.keys = {k.key_id: k.key for k in keyset.keys}
        self.fetched = time.monotonic()


class Authenticator:
    def __init__(self, config: AuthConfig) -> None:
        self.config = config
        self._keys = {k.sha256: k for k in config.keys}
        self._jwks = (_JwksCache(config.oidc.jwks_url, config.oidc.jwks_ttl, config.oidc.timeout)
                      if config.oidc else None)

    def authenticate(self, authorization: str | None) -> Principal | None:
        """The caller, ``None`` without credentials; :class:`Problem` 401 on bad ones."""
        if not authorization:
            return None
        scheme, _, token = authorization.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise _unauthorized("use 'Authorization: Bearer <token>'")
        if token.count(".") == 2 and not token.startswith(KEY_PREFIX):
            return self._oidc(token)
        key = self._keys.get(hash_key(token))
        if key is None:
            raise _unauthorized("unknown or revoked API key")
        return Principal(f"key:{key.name}", key.gemeente, key.rol, "apikey", f"key:{key.name}"[:100])

    def _oidc(self, token: str) -> Principal:
        cfg = self.config.oidc
        if cfg is None or self._jwks is None:
            raise _unauthorized("this registry accepts no JWTs")
        try:
            header = jwt.get_unverified_header(token)
            key = self._jwks.key(header.get("kid"))
            if key is None:
                raise _unauthorized("JWT signed with an unknown key")
            claims = jwt.decode(token, key, algorithms=list(cfg.algorithms), audience=cfg.audience,
                                issuer=cfg.issuer, options={"require": ["exp", "iss", "aud"]})
        except jwt.ExpiredSignatureError:
            raise _unauthorized("JWT expired") from None
        except jwt.InvalidTokenError as exc:
            raise _unauthorized(f"invalid JWT: {type(exc).__name__}") from None
        except OSError as exc:
            log.warning("JWKS not reachable at %s: %s", cfg.jwks_url, exc)
            raise Problem(503, "the identity provider's keys cannot be fetched") from None
        gemeente, rol = claims.get(cfg.gemeente_claim), claims.get(cfg.rol_claim)
        subject = str(claims.get(cfg.subject_claim) or "")
        if not isinstance(gemeente, str) or rol not in ROLES or not subject:
            raise Problem(403, f"JWT lacks a valid '{cfg.gemeente_claim}', '{cfg.rol_claim}' or "
                               f"'{cfg.subject_claim}' claim")
        if len(subject) > MAX_SUBJECT:
            raise Problem(403, f"JWT '{cfg.subject_claim}' claim is longer than {MAX_SUBJECT} characters")
        if gemeente == ALL_GEMEENTEN and rol != "beheerder":
            raise Problem(403, "only a beheerder may act for every gemeente")
        return Principal(f"oidc:{cfg.issuer}#{subject}", gemeente, rol, "oidc", f"oidc:{subject}"[:100])

    def reader(self, authorization: str | None) -> Principal:
        principal = self.authenticate(authorization)
        if principal is None:
            if not self.config.public_read:
                raise _unauthorized("this registry needs a token to read")
            return ANONYMOUS
        return principal

    def writer(self, authorization: str | None) -> Principal:
        principal = self.authenticate(authorization)
        if principal is None:
            raise _unauthorized("writing needs a bearer token")
        if principal.rol == "lezer":
            raise Problem(403, f"role 'lezer' of '{principal.door}' may not write")
        return principal


def _unauthorized(detail: str) -> Problem:
    return Problem(401, detail, headers={"WWW-Authenticate": 'Bearer realm="lekp"'})
