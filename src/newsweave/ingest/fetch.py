"""Fetching http(s) URLs with a deadline and a size cap (stdlib urllib: no session state, no retries).

`timeout` bounds the whole fetch, not each read: a server that sends one byte every
two seconds would pass any per-read timeout forever. A timer closes the socket when the
deadline passes, whatever the fetch is waiting for (headers or body).
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from newsweave.errors import InputError

USER_AGENT = "newsweave/0.1 (+https://github.com/newsweave)"
DEFAULT_TIMEOUT = 15.0
_CHUNK = 64 * 1024
_INCOMPLETE = "cannot fetch (the server closed the connection mid-body)"
# what a "too large" message tells the user to change (every input-reading command has it)
MAX_BYTES_HINT = "see --max-bytes or NEWSWEAVE_MAX_BYTES"


@dataclass
class Fetched:
    url: str
    data: bytes
    content_type: str


class _Sockets:
    """The sockets a fetch opened (redirects open more), to close them at the deadline."""

    def __init__(self) -> None:
        self.open: list[socket.socket] = []
        self.expired = False
        self._lock = threading.Lock()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self.open.append(sock)
            if self.expired:
                _shut(sock)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self.open:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _handlers(sockets: _Sockets) -> list[urllib.request.BaseHandler]:
    def tracked(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
        class Tracked(base):  # type: ignore[valid-type,misc]
            def connect(self) -> None:
                super().connect()
                sockets.add(self.sock)

        return Tracked

    http_conn = tracked(http.client.HTTPConnection)
    https_conn = tracked(http.client.HTTPSConnection)

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req: Any) -> Any:
            return self.do_open(http_conn, req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req: Any) -> Any:
            return self.do_open(https_conn, req)

    return [Http(), Https()]


def fetch(url: str, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Fetched:
    """GET `url` within `timeout` seconds in all; raise InputError on network, protocol or
    HTTP errors, a body over `max_bytes`, or the deadline."""
    sockets = _Sockets()
    timer = threading.Timer(timeout, sockets.expire)
    timer.daemon = True
    deadline = time.monotonic() + timeout
    late = f"timed out after {timeout:g} s (see --timeout)"
    timer.start()
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
        opener = urllib.request.build_opener(*_handlers(sockets))
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(url, _too_large(f"{int(length):,} bytes", max_bytes))
            parts: list[bytes] = []
            size = 0
            while True:
                part = response.read1(_CHUNK)
                if not part:
                    break
                parts.append(part)
                size += len(part)
                if size > max_bytes:
                    raise InputError(url, _too_large(f"over {max_bytes:,} bytes", max_bytes))
                if time.monotonic() > deadline:
                    raise InputError(url, late)
            if sockets.expired:
                raise InputError(url, late)
            if getattr(response, "length", None):  # fewer bytes than Content-Length promised
                raise InputError(url, _INCOMPLETE)
            return Fetched(
                url=response.geturl(),
                data=b"".join(parts),
                content_type=response.headers.get("Content-Type", ""),
            )
    except InputError:
        raise
    except Exception as exc:  # every failure of a fetch is a message naming the URL
        raise InputError(url, late if sockets.expired else _reason(exc, timeout)) from None
    finally:
        timer.cancel()


def _too_large(size: str, max_bytes: int) -> str:
    return f"too large ({size}; limit {max_bytes:,}, {MAX_BYTES_HINT})"


def _reason(exc: Exception, timeout: float) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        return f"cannot fetch ({exc.reason})"
    if isinstance(exc, TimeoutError):
        return f"timed out after {timeout:g} s (see --timeout)"
    if isinstance(exc, http.client.IncompleteRead):
        return _INCOMPLETE
    if isinstance(exc, http.client.HTTPException):  # >100 headers, bad status line, chunking
        detail = str(exc).strip() or type(exc).__name__
        return f"cannot fetch (invalid HTTP response: {type(exc).__name__}: {detail[:200]})"
    return f"cannot fetch ({type(exc).__name__}: {str(exc)[:200]})"
