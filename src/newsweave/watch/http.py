"""The watcher's HTTP client: polite by construction.

- conditional GET (`If-None-Match` / `If-Modified-Since` from the feed's stored state);
- at most `per_host` requests at a time to one host, and `min_delay` seconds between the
  start of two requests to it;
- a User-Agent naming newsweave and its version;
- an overall deadline and a size cap per response (a trickling server cannot hold a poll);
- robots.txt (urllib.robotparser) for page fetches; feeds are published to be polled.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from newsweave.ingest.fetch import DEFAULT_TIMEOUT, MAX_BYTES_HINT
from newsweave.ingest.sources import DEFAULT_MAX_BYTES


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        v = version("newsweave")
    except PackageNotFoundError:
        v = "0"
    return f"newsweave/{v} (feed watcher; +https://github.com/newsweave)"


class FetchError(Exception):
    """A fetch that failed: `reason` names it; `retry_after` is the server's wish (seconds)."""

    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


@dataclass
class Response:
    url: str
    status: int  # 200 or 304
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


class _Host:
    def __init__(self, per_host: int) -> None:
        self.slots = threading.Semaphore(per_host)
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.robots: urllib.robotparser.RobotFileParser | None = None


class PoliteClient:
    def __init__(
        self,
        per_host: int = 2,
        min_delay: float = 1.0,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.per_host = per_host
        self.min_delay = min_delay
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.agent = user_agent()
        self.client = httpx.Client(
            headers={"User-Agent": self.agent},
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            transport=transport,
        )
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(self.per_host)
            return host

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url` politely; a 304 comes back as status 304 with an empty body. Raises
        FetchError for network errors, HTTP errors, a body over the cap or the deadline."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = self._host(url)
        with host.slots:
            with host.lock:  # spacing between request starts to one host
                wait = host.next_start - time.monotonic()
                host.next_start = max(host.next_start, time.monotonic()) + self.min_delay
            if wait > 0:
                time.sleep(wait)
            return self._get(url, headers)

    def _get(self, url: str, headers: dict[str, str]) -> Response:
        deadline = time.monotonic() + self.timeout
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code == 304:
                    return Response(str(r.url), 304, b"", "", None, None)
                if r.status_code >= 400:
                    raise FetchError(
                        f"HTTP {r.status_code} {r.reason_phrase}".strip(),
                        r.status_code,
                        retry_after(r.headers.get("Retry-After")),
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"too large (over {self.max_bytes:,} bytes; {MAX_BYTES_HINT})")
                    if time.monotonic() > deadline:
                        raise FetchError(f"took over {self.timeout:g} s")
                    chunks.append(chunk)
                return Response(
                    str(r.url),
                    r.status_code,
                    b"".join(chunks),
                    r.headers.get("Content-Type", ""),
                    r.headers.get("ETag"),
                    r.headers.get("Last-Modified"),
                )
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.timeout:g} s") from None
        except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
            raise FetchError(f"cannot fetch ({type(exc).__name__}: {exc})") from None

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets this client fetch the page `url` (read once per host)."""
        host = self._host(url)
        if host.robots is None:
            parts = urlsplit(url)
            rp = urllib.robotparser.RobotFileParser(f"{parts.scheme}://{parts.netloc}/robots.txt")
            try:
                got = self.get(rp.url)
                rp.parse(got.body.decode("utf-8", "replace").splitlines())
            except FetchError as exc:
                # the robotparser's own rule: 401/403 forbid everything, other failures nothing
                if exc.status in (401, 403):
                    rp.disallow_all = True
                else:
                    rp.allow_all = True
            host.robots = rp
        return host.robots.can_fetch(self.agent, url)
