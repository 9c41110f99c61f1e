"""spaCy NER in a child process, so that it runs beside fact grouping instead of in turn.

spaCy holds the GIL for nearly all of its work, so NER on a thread slows the thread that
groups facts as much as it gains (measured: facts 0.34 s -> 0.53 s beside it). In a child
process the two share nothing but the machine's cores: the dossier sends every article
to the child as soon as the sentences are embedded and reads the entities back when the
quote stage needs them (`newsweave.text.nlp.parse_many`).

The child is `python -m newsweave.text.ner_process` on pipes (frames as in
`newsweave.frames`). A request is a JSON object: "jobs", a list of [model, text], and
"load", model names to load ahead of any text. The answer lists, per job, its entities as
[start_char, end_char, label] triples, or null when the model cannot be loaded; with the
child's CPU seconds and peak RSS so far (the benches add them to the parent's).
"""

from __future__ import annotations

import atexit
import os
import resource
import subprocess
import sys
import threading
import time
from collections import deque
from typing import Any

from newsweave.errors import NewsweaveError
from newsweave.frames import child_stdout, read_json, send_json, serve_requests
from newsweave.text.spacy_models import entity_triples, load_model

Entities = list[tuple[int, int, str]]


def serve() -> int:
    """Child: answer requests until stdin closes (an error goes back to the parent, which
    then parses those texts itself)."""
    out = child_stdout()

    def answer(request: dict[str, Any]) -> None:
        for name in request.get("load", []):
            load_model(name)
        send_json(out, {"ents": _run(request.get("jobs", [])), **usage()})

    return serve_requests(answer, out, sys.stdin.buffer)


def _run(jobs: list[list[str]]) -> list[Entities | None]:
    out: list[Entities | None] = [None] * len(jobs)
    by_model: dict[str, list[int]] = {}
    for k, (name, _) in enumerate(jobs):
        by_model.setdefault(name, []).append(k)
    for name, rows in by_model.items():
        nlp = load_model(name)
        if nlp is None:
            continue
        docs = nlp.pipe([jobs[k][1] for k in rows], batch_size=16)
        for k, doc in zip(rows, docs, strict=True):
            out[k] = entity_triples(doc)
    return out


def usage() -> dict[str, float]:
    """This process's CPU seconds and peak RSS (MB) so far."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return {"cpu": time.process_time(), "rss": peak}


class NerProcess:
    """The child, with requests answered in order: `submit` returns at once, `result`
    waits for that request's answer (reading earlier answers first)."""

    def __init__(self) -> None:
        # one BLAS thread: the child runs beside the parent, which has the other cores
        env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "newsweave.text.ner_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self._lock = threading.Lock()
        self.owner = os.getpid()  # a forked copy of this process must not share the pipes
        self._sent = 0
        self._waiting: deque[int] = deque()  # sent, answer not read yet
        self._answers: dict[int, Any] = {}
        self._drop: set[int] = set()
        self.cpu = 0.0  # the child's CPU seconds and peak RSS (MB), as last reported
        self.rss = 0.0

    @property
    def alive(self) -> bool:
        return self._proc.poll() is None

    def submit(
        self, jobs: list[tuple[str, str]], load: list[str] | None = None, keep: bool = True
    ) -> int:
        """Send a request; its ticket for `result` (whose answer is dropped unread when
        `keep` is False: a request that only loads models)."""
        with self._lock:
            assert self._proc.stdin is not None
            try:
                send_json(self._proc.stdin, {"jobs": jobs, "load": load or []})
            except BrokenPipeError:
                pass  # `result` reports why
            self._sent += 1
            self._waiting.append(self._sent)
            if not keep:
                self._drop.add(self._sent)
            return self._sent

    def result(self, ticket: int) -> list[Entities | None]:
        """The entities of each job of request `ticket` (NewsweaveError if the child failed)."""
        with self._lock:
            assert self._proc.stdout is not None
            while ticket not in self._answers:
                first = self._waiting.popleft()
                try:
                    self._answers[first] = read_json(
                        self._proc.stdout, "NER process", self._proc.poll
                    )
                except NewsweaveError as exc:  # kept for its own ticket
                    self._answers[first] = exc
                if first in self._drop:
                    self._drop.discard(first)
                    self._answers.pop(first)
            answer = self._answers.pop(ticket)
        if isinstance(answer, NewsweaveError):
            raise answer
        self.cpu, self.rss = float(answer["cpu"]), float(answer["rss"])
        return [None if e is None else [tuple(x) for x in e] for e in answer["ents"]]

    def close(self) -> None:
        if self._proc.stdin is not None:
            try:
                self._proc.stdin.close()
            except BrokenPipeError:
                pass
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()


_CHILD: list[NerProcess] = []
_CHILD_LOCK = threading.Lock()


def ner_process() -> NerProcess:
    """The child: started on first use (or again, if the last one died or belongs to the
    process this one was forked from), closed at exit."""
    with _CHILD_LOCK:
        if not _CHILD or not _CHILD[0].alive or _CHILD[0].owner != os.getpid():
            _CHILD[:] = [NerProcess()]
            atexit.register(_CHILD[0].close)
        return _CHILD[0]


def running() -> NerProcess | None:
    """The child if one was started, else None (starts nothing)."""
    return _CHILD[0] if _CHILD else None


if __name__ == "__main__":
    sys.exit(serve())
