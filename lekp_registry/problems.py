"""RFC 9457 problem details: every 4xx/5xx answer is ``application/problem+json``."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

PROBLEM_TYPE = "application/problem+json"

_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    409: "Conflict",
    410: "Gone",
    411: "Length Required",
    412: "Precondition Failed",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    428: "Precondition Required",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class Problem(Exception):
    """An error answer; raise it anywhere in a handler."""

    def __init__(self, status: int, detail: str, *, kind: str | None = None,
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.kind = kind or _TITLES.get(status, "error").lower().replace(" ", "-")
        self.headers = headers or {}
        self.extra = extra

    def to_dict(self) -> dict[str, Any]:
        return {"type": f"urn:lekp:problem:{self.kind}", "title": _TITLES.get(self.status, "Error"),
                "status": self.status, "detail": self.detail, **self.extra}

    def body(self) -> bytes:
        return json.dumps(self.to_dict(), ensure_ascii=False).encode()

    def response(self) -> Response:
        return Response(self.body(), status_code=self.status, media_type=PROBLEM_TYPE,
                        headers=self.headers)
