"""Security plumbing: response headers, request body limit, API token, error bodies.

Both middlewares are plain ASGI so they see every response (including errors
raised before routing) and can refuse an oversize body before it is read.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException, Request

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Pages use only our own static CSS and JS: no inline script or style anywhere, so a
# stray unescaped string could still not run code.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# FastAPI's /docs and /redoc load Swagger UI / ReDoc from a CDN with an inline
# bootstrap script; they show no article data, so they get a looser policy.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src https://fonts.gstatic.com; img-src 'self' data: https:; worker-src 'self' blob:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
# Downloaded dossiers are attachments; should a browser render one anyway, it runs nothing.
DOWNLOAD_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
DOCS_PATHS = ("/docs", "/redoc")


def wants_html(headers: Any, path: str) -> bool:
    """HTML error pages for browsers on UI paths; JSON for the API and everything else."""
    if path.startswith("/api/") or path == "/openapi.json":
        return False
    return "text/html" in (headers.get("accept") or "")


def error_body(status: int, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"status": status, "message": message, **extra}}


class SecurityHeaders:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in names:  # a route may set a stricter one
                    csp = DOCS_CSP if path.startswith(DOCS_PATHS) else CSP
                    headers.append((b"content-security-policy", csp.encode()))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (
                        b"referrer-policy",
                        b"same-origin",
                    ),  # no-referrer would make form posts send "Origin: null"
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """413 for a request body over `limit` bytes: by Content-Length up front, else while reading."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, headers, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # FastAPI and Starlette's form parser let HTTPException through as is.
                    raise HTTPException(413, self.message)
            return message

        await self.app(scope, limited, send)

    @property
    def message(self) -> str:
        return f"request body is larger than the limit of {self.limit} bytes"

    async def _refuse(self, scope: Scope, headers: dict[str, str], send: Send) -> None:
        if wants_html(headers, scope.get("path", "")):
            body = (
                "<!doctype html><title>413 Request too large</title>"
                f"<h1>413 Request too large</h1><p>{self.message}.</p>"
            ).encode()
            ctype = b"text/html; charset=utf-8"
        else:
            body = json.dumps(error_body(413, self.message)).encode()
            ctype = b"application/json"
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", ctype),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def request_token(request: Request, form_token: str | None = None) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return request.headers.get("x-api-token") or form_token


def check_token(request: Request, expected: str | None, form_token: str | None = None) -> None:
    """401 unless no token is configured or the request carries the right one."""
    if not expected:
        return
    given = request_token(request, form_token) or ""
    # compare_digest: no timing hint about how much of the token matched
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            401,
            "missing or wrong API token (send 'Authorization: Bearer TOKEN' or 'X-API-Token')",
            headers={"WWW-Authenticate": "Bearer"},
        )


def check_same_origin(request: Request) -> None:
    """Refuse cross-site form posts (a page elsewhere making a browser submit to us)."""
    origin = request.headers.get("origin")
    if origin:  # absent: not a browser, or an old one; "null": sandboxed, so foreign
        host = request.headers.get("host", "")
        if origin == "null" or origin.split("://", 1)[-1] != host:
            raise HTTPException(403, "cross-origin form submission refused")
