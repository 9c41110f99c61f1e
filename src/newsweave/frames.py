"""Length-prefixed frames on the pipes of newsweave's child processes (embedder, NER).

A frame is a 4-byte little-endian count, then that many bytes (or rows); a negative count
announces an error instead: a 4-byte length and a UTF-8 message. Children are started as
`python -m MODULE` on pipes, not with multiprocessing, which would re-import the caller's
main script.

Imports only the standard library, `errors` and `settings` (the lowest layer).
"""

from __future__ import annotations

import json
import os
import struct
import sys
from collections.abc import Callable
from typing import Any, BinaryIO

from newsweave import settings
from newsweave.errors import NewsweaveError

HEAD = struct.Struct("<i")
CHARS_PER_SECOND = 2000  # the slowest rate a child's time limit allows for (spaCy NER: ~35k)


class ChildEnded(NewsweaveError):
    """The child's pipe closed: the process ended (or was stopped)."""


def ended(who: str, exit_code: Callable[[], int | None]) -> ChildEnded:
    """The error for a child whose pipe closed, naming `who` and its exit code."""
    return ChildEnded(f"{who}: the process ended (exit code {exit_code()})")


def time_limit(chars: int) -> float:
    """Seconds a child may take to answer a request of `chars` characters of text before
    it is taken for hung (setting `child_timeout`)."""
    return float(settings.get("child_timeout")) + chars / CHARS_PER_SECOND


def read_exact(stream: BinaryIO, n: int) -> bytes:
    """`n` bytes from `stream`; EOFError when it ends first."""
    data = stream.read(n)
    if data is None or len(data) != n:
        raise EOFError
    return data


def send_error(out: BinaryIO, message: str) -> None:
    body = message.encode("utf-8")
    out.write(HEAD.pack(-1) + HEAD.pack(len(body)) + body)
    out.flush()


def send_json(out: BinaryIO, value: Any) -> None:
    # ASCII with escapes: any str goes through, a lone surrogate of a badly decoded page too
    body = json.dumps(value).encode("ascii")
    out.write(HEAD.pack(len(body)) + body)
    out.flush()


def read_request(inp: BinaryIO) -> Any:
    """Child side: the next JSON request; EOFError when the parent closed the pipe."""
    (size,) = HEAD.unpack(read_exact(inp, 4))
    return json.loads(read_exact(inp, size))


def serve_requests(handle: Callable[[Any], None], out: BinaryIO, inp: BinaryIO) -> int:
    """Child side: read JSON requests until the parent closes the pipe; `handle` answers
    each (writing its frame to `out`), and an exception it raises goes back as an error
    frame instead."""
    while True:
        try:
            request = read_request(inp)
        except EOFError:  # the parent closed the pipe or died
            return 0
        try:
            handle(request)
        except Exception as exc:  # reported to the parent
            send_error(out, f"{type(exc).__name__}: {exc}")


def read_count(stream: BinaryIO, who: str, exit_code: Callable[[], int | None]) -> int:
    """Parent side: the next frame's count, or NewsweaveError naming `who` with the
    child's error (ChildEnded, with its exit code, when it ended)."""
    try:
        (n,) = HEAD.unpack(read_exact(stream, 4))
        if n >= 0:
            return int(n)
        (size,) = HEAD.unpack(read_exact(stream, 4))
        message = read_exact(stream, size).decode("utf-8", "replace")
    except EOFError:
        raise ended(who, exit_code) from None
    raise NewsweaveError(f"{who}: {message}")


def read_json(stream: BinaryIO, who: str, exit_code: Callable[[], int | None]) -> Any:
    """Parent side: the next JSON frame (errors as in `read_count`)."""
    n = read_count(stream, who, exit_code)
    try:
        return json.loads(read_exact(stream, n))
    except EOFError:
        raise ended(who, exit_code) from None


def child_stdout() -> BinaryIO:
    """Child side: the binary stream its frames go to. `print` goes to stderr from then on,
    so a library's output cannot corrupt the frames."""
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr
    return out
