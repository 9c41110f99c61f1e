"""Security plumbing: response headers, request body limit, API token, error bodies.

Both middlewares are plain ASGI so they see every response (including errors
raised before routing) and can refuse an oversize body before it is read.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

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
# Swagger UI (/docs, assets from a pinned wheel) sets inline styles from its scripts.
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
# Downloaded dossiers are attachments; should a browser render one anyway, it runs nothing.
DOWNLOAD_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
DOCS_PATHS = ("/docs",)


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


LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def default_allowed_hosts(bound: str | None = None) -> tuple[str, ...]:
    """The bound host (unless it is a wildcard address) and the loopback names."""
    extra = () if bound in (None, "", "0.0.0.0", "::") else (bound,)
    return tuple(dict.fromkeys(h.lower().strip("[]") for h in (*extra, *LOOPBACK_HOSTS)))


def _hostname(netloc: str) -> str:
    """'Example.org:8000' -> 'example.org'; '[::1]:8000' -> '::1'."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1:].split("]", 1)[0]
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


class RequestGuard:
    """Who may talk to the app, and who may change its data.

    Every request: the Host header must name an allowed host, so a DNS-rebinding page
    (evil.example resolving to 127.0.0.1) is refused. State-changing methods also need
    consent: an Origin (else a Referer) from an allowed host on this very host and port, and
    no `Sec-Fetch-Site: cross-site`. Clients that send neither Origin nor Referer (curl,
    scripts) are not browsers acting for another site, so they pass; the token, when one is
    set, still applies to them. `"*"` in `allowed` turns the Host check off.
    """

    def __init__(self, app: ASGIApp, allowed: tuple[str, ...]):
        self.app = app
        self.allowed = frozenset(h.lower().strip("[]") for h in allowed)

    def host_ok(self, hostname: str) -> bool:
        return "*" in self.allowed or hostname in self.allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        refusal = None
        if not self.host_ok(_hostname(host)):
            refusal = (400, f"host {host[:100]!r} is not served here (see --allowed-host)")
        elif scope.get("method", "GET").upper() in UNSAFE_METHODS:
            refusal = self.consent_refusal(headers, host)
        if refusal is None:
            await self.app(scope, receive, send)
            return
        status, message = refusal
        body = json.dumps(error_body(status, message)).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    def consent_refusal(self, headers: dict[str, str], host: str) -> tuple[int, str] | None:
        if headers.get("sec-fetch-site", "") in ("cross-site", "same-site"):
            return 403, "cross-site request refused"
        origin = headers.get("origin")
        if origin is None and headers.get("referer"):
            origin = headers["referer"]
        if origin is None:
            return None
        netloc = urlsplit(origin).netloc if origin != "null" else ""
        # "null" (sandboxed frame, file: page) is foreign; otherwise same host:port as the
        # request, and that host an allowed one, not merely whatever the Host header says
        if not netloc or netloc.lower() != host.lower() or not self.host_ok(_hostname(netloc)):
            return 403, "cross-origin request refused: writes only from this site's own pages"
        return None
