"""Fetching http(s) URLs with a timeout and a size cap (stdlib urllib: no session state, no retries)."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from newsweave.errors import InputError

USER_AGENT = "newsweave/0.1 (+https://github.com/newsweave)"
DEFAULT_TIMEOUT = 15.0


@dataclass
class Fetched:
    url: str
    data: bytes
    content_type: str


def fetch(url: str, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Fetched:
    """GET `url`; raise InputError on network errors, HTTP errors or a body over `max_bytes`."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(url, f"too large ({int(length):,} bytes; limit {max_bytes:,})")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(url, f"too large (over {max_bytes:,} bytes)")
            return Fetched(
                url=response.geturl(),
                data=data,
                content_type=response.headers.get("Content-Type", ""),
            )
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(url, f"cannot fetch ({exc.reason})") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise InputError(url, f"cannot fetch ({exc})") from None
