"""HTTP for sync: a ``requests.Session``, the bearer token, retries with backoff and jitter.

Retried: connection errors, timeouts, 5xx and 429 (honouring ``Retry-After``),
with exponential backoff and full jitter.  A write is only retried with the
same idempotency key and body, so a retry after the server committed is
answered from its idempotency record.  Every request is counted.  The token
only ever goes into the ``Authorization`` header: never into a message or log.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from .errors import SyncError, safe_url

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """Attempts per request and the backoff between them (seconds)."""

    attempts: int = 7
    base: float = 0.5
    cap: float = 10.0
    #: Connect and read timeout of one attempt.
    timeout: tuple[float, float] = (10.0, 120.0)

    def delay(self, attempt: int) -> float:
        """Full jitter: uniform in [base, min(cap, base·2^attempt)]."""
        return random.uniform(self.base, max(self.base, min(self.cap, self.base * 2 ** attempt)))


#: Discovery gives up sooner: a wrong URL or a registry that is down should be said quickly.
DISCOVERY_RETRY = RetryPolicy(attempts=3, base=0.3, cap=2.0, timeout=(10.0, 60.0))


class Cancelled(Exception):
    """The user cancelled: stop between two requests, leave the outbox as it is."""


def _retry_after(resp: requests.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class Http:
    def __init__(self, base_url: str, token: str | None, session: requests.Session | None,
                 retry: RetryPolicy, is_cancelled: Callable[[], bool] | None = None,
                 log: Callable[[str], None] | None = None) -> None:
        self.base_url = base_url
        self.shown_url = safe_url(base_url)
        self.session = session or requests.Session()
        self.token = token
        self.retry = retry
        self.is_cancelled = is_cancelled or (lambda: False)
        self.log = log or (lambda text: None)
        self.requests = 0

    def check_cancel(self) -> None:
        if self.is_cancelled():
            raise Cancelled()

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while True:
            self.check_cancel()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(0.2, left))

    def request(self, method: str, url: str, *, what: str, headers: dict[str, str] | None = None,
                data: bytes | str | None = None, params: dict[str, Any] | None = None,
                retry: RetryPolicy | None = None) -> requests.Response:
        """One request with retries; raises :class:`SyncError` when it keeps failing."""
        policy = retry or self.retry
        hdrs = {"Accept": "application/json, application/geo+json;q=0.9"}
        if self.token:
            hdrs["Authorization"] = f"Bearer {self.token}"
        hdrs.update(headers or {})
        if isinstance(data, str):
            data = data.encode("utf-8")
        attempt = 0
        while True:
            self.check_cancel()
            self.requests += 1
            try:
                resp = self.session.request(method, url, headers=hdrs, data=data, params=params,
                                            timeout=policy.timeout, allow_redirects=True)
            except requests.exceptions.SSLError as exc:
                raise SyncError("tls", url=self.shown_url) from _clean(exc)
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
                attempt += 1
                if attempt >= policy.attempts:
                    raise self._connection_error(exc) from _clean(exc)
                self.log(f"{method} {safe_url(url)}: {type(exc).__name__}, nieuwe poging {attempt + 1}")
                self._sleep(policy.delay(attempt))
                continue
            except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                    requests.exceptions.InvalidSchema) as exc:
                raise SyncError("url_invalid", url=safe_url(url)) from _clean(exc)
            if resp.status_code in RETRY_STATUS:
                attempt += 1
                if attempt >= policy.attempts:
                    raise SyncError("server_error", url=self.shown_url, status=resp.status_code, what=what)
                wait = _retry_after(resp) if resp.status_code in (429, 503) else None
                wait = policy.delay(attempt) if wait is None else min(wait, 60.0)
                self.log(f"{method} {safe_url(url)}: {resp.status_code}, nieuwe poging over {wait:.1f} s")
                resp.close()
                self._sleep(wait)
                continue
            if resp.status_code == 401:
                raise SyncError("unauthorized", url=self.shown_url)
            return resp

    def _connection_error(self, exc: Exception) -> SyncError:
        text = str(exc)
        host = urlsplit(self.base_url).hostname or "?"
        if isinstance(exc, requests.exceptions.Timeout) and not isinstance(
                exc, requests.exceptions.ConnectTimeout):
            return SyncError("timeout", url=self.shown_url)
        lowered = text.lower()
        if ("name or service not known" in lowered or "failed to resolve" in lowered
                or "nodename nor servname" in lowered or "temporary failure in name resolution" in lowered
                or "no address associated" in lowered):
            return SyncError("unknown_host", host=host, url=self.shown_url)
        if "refused" in lowered:
            reason = "verbinding geweigerd"
        elif isinstance(exc, requests.exceptions.ConnectTimeout):
            reason = "geen antwoord op de verbinding"
        else:
            reason = "verbinding verbroken"
        return SyncError("unreachable", url=self.shown_url, reason=reason)


def _clean(exc: BaseException) -> None:
    """Chained causes are dropped: a requests exception can carry the prepared request (and its token)."""
    return None


def problem_detail(resp: requests.Response) -> str:
    try:
        doc = resp.json()
    except ValueError:
        return (resp.text or "")[:200].strip()
    if isinstance(doc, dict):
        return str(doc.get("detail") or doc.get("title") or doc.get("description") or "")[:300]
    return ""
