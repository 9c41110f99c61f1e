"""A named embedder run in a child process.

The default model is numpy: its tokenising and the glue between BLAS calls are Python and
hold the GIL, so in one process the stream's clustering and the embedding of the next batch
take turns instead of running side by side. In a child process they overlap: the stream
embeds this way when it loads the configured model itself (`Ingestor(embed_process=...)`).

The child is `python -m newsweave.embed.process NAME` on pipes (not multiprocessing, which
would re-import the caller's main script; frames as in `newsweave.frames`): a JSON list of
texts; the answer is a 4-byte row count and float32 rows, or a negative count and an
error message.
"""

from __future__ import annotations

import atexit
import contextlib
import subprocess
import sys
import threading
from collections.abc import Iterator

import numpy as np

from newsweave.errors import NewsweaveError
from newsweave.frames import (
    HEAD,
    ChildEnded,
    child_stdout,
    ended,
    read_count,
    read_exact,
    send_error,
    send_json,
    serve_requests,
    time_limit,
)


def serve(name: str) -> int:
    """Child: load the embedder, then answer requests until stdin closes."""
    out = child_stdout()
    inp = sys.stdin.buffer
    from newsweave.embed.base import get_embedder

    try:
        embedder = get_embedder(name)
        embedder.encode(["warm up"])
    except Exception as exc:  # reported to the parent, which raises it
        send_error(out, f"{type(exc).__name__}: {exc}")
        return 1
    out.write(HEAD.pack(int(embedder.dim)))
    out.flush()

    def answer(texts: list[str]) -> None:
        vecs = np.ascontiguousarray(embedder.encode(texts), dtype="<f4")
        out.write(HEAD.pack(len(vecs)) + vecs.tobytes())
        out.flush()

    return serve_requests(answer, out, inp)


class ProcessEmbedder:
    """`Embedder` whose `encode` runs in a child process (one request at a time). A child
    that does not answer within `frames.time_limit` of its request is stopped (and
    `process_embedder` starts another on the next call)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "newsweave.embed.process", name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._lock = threading.Lock()
        self._stopped = ""  # why this process stopped the child
        with self._deadline(time_limit(0)):  # loading the model
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
        return read_count(self._proc.stdout, f"embedder {self.name!r}", self._proc.poll)

    @contextlib.contextmanager
    def _deadline(self, seconds: float) -> Iterator[None]:
        """Stop the child if the block takes longer than `seconds` (its pipes then close,
        which ends any read or write waiting on them)."""

        def stop() -> None:
            self._stopped = f"no answer in {seconds:.0f} s; stopped"
            self._proc.kill()

        timer = threading.Timer(seconds, stop)
        timer.daemon = True
        timer.start()
        try:
            yield
        except (ChildEnded, EOFError) as exc:  # EOFError: it ended in the middle of an answer
            who = f"embedder {self.name!r}"
            if self._stopped:
                # gone (and reaped) by the time the caller hears it was stopped
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self._proc.wait(timeout=10)
                raise NewsweaveError(f"{who}: {self._stopped}") from None
            if isinstance(exc, EOFError):
                raise ended(who, self._proc.poll) from None
            raise
        finally:
            timer.cancel()

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock, self._deadline(time_limit(sum(len(t) for t in texts))):
            assert self._proc.stdin is not None and self._proc.stdout is not None
            try:
                send_json(self._proc.stdin, list(texts))
            except BrokenPipeError:
                pass  # _count reports why
            n = self._count()
            data = read_exact(self._proc.stdout, n * self.dim * 4)
        return np.frombuffer(data, dtype="<f4").reshape(n, self.dim).copy()

    def close(self) -> None:
        if self._proc.stdin is not None:
            with contextlib.suppress(OSError):
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
