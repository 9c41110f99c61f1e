"""A named embedder run in a child process.

The default model is numpy: its tokenising and the glue between BLAS calls are Python and
hold the GIL, so in one process the stream's clustering and the embedding of the next batch
take turns instead of running side by side. In a child process they overlap: the stream
embeds this way when it loads the configured model itself (`Ingestor(embed_process=...)`).

The child is `python -m newsweave.embed.process NAME` on pipes (not multiprocessing, which
would re-import the caller's main script). Frames: a 4-byte length, then a JSON list of
texts; the answer is a 4-byte row count and float32 rows, or a negative count and an
error message.
"""

from __future__ import annotations

import atexit
import json
import os
import struct
import subprocess
import sys
import threading
from typing import BinaryIO

import numpy as np

from newsweave.errors import NewsweaveError

_HEAD = struct.Struct("<i")


def _read_exact(stream: BinaryIO, n: int) -> bytes:
    data = stream.read(n)
    if data is None or len(data) != n:
        raise EOFError
    return data


def _send_error(out: BinaryIO, message: str) -> None:
    body = message.encode("utf-8")
    out.write(_HEAD.pack(-1) + _HEAD.pack(len(body)) + body)
    out.flush()


def serve(name: str) -> int:
    """Child: load the embedder, then answer requests until stdin closes."""
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr  # a library's print must not corrupt the frames
    inp = sys.stdin.buffer
    from newsweave.embed.base import get_embedder

    try:
        embedder = get_embedder(name)
        embedder.encode(["warm up"])
    except Exception as exc:  # reported to the parent, which raises it
        _send_error(out, f"{type(exc).__name__}: {exc}")
        return 1
    out.write(_HEAD.pack(int(embedder.dim)))
    out.flush()
    while True:
        try:
            (size,) = _HEAD.unpack(_read_exact(inp, 4))
            texts = json.loads(_read_exact(inp, size))
        except EOFError:  # the parent closed the pipe or died
            return 0
        try:
            vecs = np.ascontiguousarray(embedder.encode(texts), dtype="<f4")
        except Exception as exc:
            _send_error(out, f"{type(exc).__name__}: {exc}")
            continue
        out.write(_HEAD.pack(len(vecs)) + vecs.tobytes())
        out.flush()


class ProcessEmbedder:
    """`Embedder` whose `encode` runs in a child process (one request at a time)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "newsweave.embed.process", name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._lock = threading.Lock()
        self.dim = self._count()

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def alive(self) -> bool:
        return self._proc.poll() is None

    def _count(self) -> int:
        """The next answer's header: a count, or raise the child's error."""
        assert self._proc.stdout is not None
        try:
            (n,) = _HEAD.unpack(_read_exact(self._proc.stdout, 4))
            if n >= 0:
                return int(n)
            (size,) = _HEAD.unpack(_read_exact(self._proc.stdout, 4))
            message = _read_exact(self._proc.stdout, size).decode("utf-8", "replace")
        except EOFError:
            message = f"the process ended (exit code {self._proc.poll()})"
        raise NewsweaveError(f"embedder {self.name!r}: {message}")

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        body = json.dumps(list(texts), ensure_ascii=False).encode("utf-8")
        with self._lock:
            assert self._proc.stdin is not None and self._proc.stdout is not None
            try:
                self._proc.stdin.write(_HEAD.pack(len(body)) + body)
                self._proc.stdin.flush()
            except BrokenPipeError:
                pass  # _count reports why
            n = self._count()
            data = _read_exact(self._proc.stdout, n * self.dim * 4)
        return np.frombuffer(data, dtype="<f4").reshape(n, self.dim).copy()

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()


_CHILDREN: dict[str, ProcessEmbedder] = {}
_CHILDREN_LOCK = threading.Lock()


def process_embedder(name: str) -> ProcessEmbedder:
    """The child for this embedder name: started on first use (or again, if the last one
    died, so a long-running server recovers), closed at exit."""
    with _CHILDREN_LOCK:
        child = _CHILDREN.get(name)
        if child is None or not child.alive:
            child = _CHILDREN[name] = ProcessEmbedder(name)
            atexit.register(child.close)
        return child


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1]))
