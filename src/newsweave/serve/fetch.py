"""Server-side fetching of user-given URLs: http(s) only, bounded in size, time and redirects.

A URL typed into the web form is untrusted input: anything but http/https (file:,
ftp:, data:, javascript:, a bare path) is refused before any I/O, and so is every
redirect target, so a page cannot bounce the server onto another scheme. The server's own
transport (`PublicOnlyTransport`) also refuses hosts that resolve to loopback, private,
link-local or otherwise non-public addresses, so a form cannot make the server read its own
network (set NEWSWEAVE_FETCH_PRIVATE=1 to allow that, e.g. for an intranet). The address is
checked when the request is made; a DNS answer that changes between the check and the
connection (rebinding) is not caught.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from newsweave import settings

ALLOWED_SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
TIMEOUT_S = 20.0
USER_AGENT = "newsweave/0.1 (article fetcher)"

# Content types we can read, and the extension that tells the reader how.
_EXTENSIONS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "text/plain": ".txt",
}


class FetchError(Exception):
    """A URL that was refused or could not be fetched; the message is shown to the user."""


@dataclass
class Fetched:
    url: str  # the final URL, after redirects
    content: bytes
    extension: str


def check_url(url: str) -> str:
    """The URL, stripped, if it is an absolute http(s) URL with a host; else FetchError."""
    url = url.strip()
    if not url:
        raise FetchError("empty URL")
    if len(url) > 2048:
        raise FetchError("URL is too long")
    if re.search(r"[\x00-\x20\x7f]", url):
        raise FetchError("URL contains spaces or control characters")
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:  # e.g. http://[1::2::3]/
        raise FetchError(f"malformed URL: {exc}") from exc
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(
            f"only http and https URLs are fetched, not {parts.scheme or 'a bare path'!r}"
        )
    if not host:
        raise FetchError("URL has no host")
    try:
        httpx.URL(url)  # what the client will parse: http://0177.0.0.1/, http://999.1.1.1/
    except httpx.InvalidURL as exc:
        raise FetchError(f"malformed URL: {exc}") from exc
    return url


# IPv6 ranges that carry an IPv4 address in their last 32 bits: NAT64 (RFC 6052),
# IPv4-compatible (deprecated) and IPv4-translated (SIIT). The NAT64 local-use range
# (RFC 8215) embeds at a site-chosen prefix length, so it is refused as a whole.
_EMBEDS_IPV4_LOW32 = tuple(
    ipaddress.ip_network(n) for n in ("64:ff9b::/96", "::/96", "::ffff:0:0:0/96")
)
_LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, Teredo, NAT64...), if any."""
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]  # the client: the host the packets end up at
    if any(ip in net for net in _EMBEDS_IPV4_LOW32):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Globally routable unicast, and so is any IPv4 address hidden inside an IPv6 one."""
    if not ip.is_global or ip.is_multicast:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _LOCAL_NAT64:
            return False
        inner = embedded_ipv4(ip)
        if inner is not None:
            return is_public(inner)
    return True


def check_host(host: str, resolve: Callable[..., Any] = socket.getaddrinfo) -> None:
    """FetchError unless every address `host` resolves to is a public one."""
    try:
        infos = resolve(host, None)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}") from exc
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not is_public(ip):
            raise FetchError(
                f"{host} is a local or private address ({ip}); the server does not fetch those"
            )


class PublicOnlyTransport(httpx.HTTPTransport):
    """httpx transport that checks each request's host with `check_host` first."""

    def __init__(self, resolve: Callable[..., Any] = socket.getaddrinfo, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._resolve = resolve

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        check_host(request.url.host, self._resolve)
        return super().handle_request(request)


def _extension(content_type: str, url: str) -> str:
    mime = content_type.split(";")[0].strip().lower()
    if mime in _EXTENSIONS:
        return _EXTENSIONS[mime]
    path = urlsplit(url).path.lower()
    for ext in (".jsonl", ".json", ".xml", ".rss", ".atom", ".txt", ".html", ".htm"):
        if path.endswith(ext):
            return {".rss": ".xml", ".atom": ".xml", ".htm": ".html"}.get(ext, ext)
    if mime.startswith("text/") or not mime:
        return ".html"  # most article pages; the HTML reader copes with plain text too
    raise FetchError(f"unsupported content type {mime!r}")


def fetch(url: str, max_bytes: int, client: httpx.Client | None = None) -> Fetched:
    """GET `url` following at most MAX_REDIRECTS http(s) redirects; at most `max_bytes` of body.
    Without `client`, only public addresses are fetched (see `PublicOnlyTransport`)."""
    url = check_url(url)
    own = client is None
    if client is None:
        private = settings.get("fetch_private")
        client = httpx.Client(
            timeout=TIMEOUT_S,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            transport=None if private else PublicOnlyTransport(),
        )
    try:
        for _ in range(MAX_REDIRECTS + 1):
            with client.stream("GET", url) as resp:
                if resp.is_redirect:
                    target = resp.headers.get("location", "")
                    url = check_url(urljoin(url, target))  # redirects obey the same rules
                    continue
                if resp.status_code >= 400:
                    raise FetchError(f"HTTP {resp.status_code}")
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(f"page is larger than {max_bytes} bytes")
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise FetchError(f"page is larger than {max_bytes} bytes")
                ext = _extension(resp.headers.get("content-type", ""), url)
                return Fetched(url=url, content=bytes(body), extension=ext)
        raise FetchError("too many redirects")
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
        raise FetchError(f"could not fetch: {exc}") from exc
    finally:
        if own:
            client.close()
