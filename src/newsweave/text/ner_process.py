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
import contextlib
import os
import queue
import resource
import subprocess
import sys
import threading
import time
from collections import deque
from typing import Any

from newsweave.errors import NewsweaveError
from newsweave.frames import (
    ChildEnded,
    child_stdout,
    read_json,
    send_json,
    serve_requests,
    time_limit,
)
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
    waits for that request's answer.

    A writer thread sends the requests and a reader thread reads the answers, so neither
    pipe can fill while this process waits on the other: two large requests in flight
    would otherwise deadlock (the child blocked writing the first answer, this process
    blocked writing the second request). A child that answers nothing for longer than
    `frames.time_limit` of its current request is stopped.
    """

    def __init__(self) -> None:
        # one BLAS thread: the child runs beside the parent, which has the other cores
        env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "newsweave.text.ner_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self.owner = os.getpid()  # a forked copy of this process must not share the pipes
        self._cond = threading.Condition()
        self._sent = 0
        self._waiting: deque[tuple[int, int]] = deque()  # (ticket, characters) unanswered
        self._answers: dict[int, Any] = {}
        self._drop: set[int] = set()  # tickets whose answer nobody reads
        self._ended: NewsweaveError | None = None  # why the child is gone
        self._stopped = ""  # why this process stopped it
        self._progress = time.monotonic()  # the last answer, or a request sent to an idle child
        self._outbox: queue.SimpleQueue[dict[str, Any] | None] = queue.SimpleQueue()
        self.cpu = 0.0  # the child's CPU seconds and peak RSS (MB), as last reported
        self.rss = 0.0
        for target in (self._write, self._read):
            name = f"newsweave-ner{target.__name__}"
            threading.Thread(target=target, name=name, daemon=True).start()

    @property
    def alive(self) -> bool:
        return self._ended is None and self._proc.poll() is None

    def submit(
        self, jobs: list[tuple[str, str]], load: list[str] | None = None, keep: bool = True
    ) -> int:
        """Send a request; its ticket for `result` (whose answer is dropped unread when
        `keep` is False: a request that only loads models)."""
        with self._cond:
            self._sent += 1
            ticket = self._sent
            if self._ended is not None:  # answered at once with why the child is gone
                if keep:
                    self._answers[ticket] = self._ended
                return ticket
            if not self._waiting:
                self._progress = time.monotonic()
            self._waiting.append((ticket, sum(len(str(text)) for _, text in jobs)))
            self._outbox.put({"jobs": jobs, "load": load or []})  # in ticket order
            if not keep:
                self._drop.add(ticket)
            return ticket

    def result(self, ticket: int) -> list[Entities | None]:
        """The entities of each job of request `ticket` (NewsweaveError if the child failed,
        ended or was stopped for taking too long)."""
        with self._cond:
            while ticket not in self._answers:
                if self._ended is not None:  # gone, and this ticket no longer waited on
                    raise self._ended
                head = time_limit(self._waiting[0][1] if self._waiting else 0)
                left = self._progress + head - time.monotonic()
                if left <= 0 and not self._stopped:
                    self._stopped = f"no answer in {head:.0f} s; stopped"
                    self._proc.kill()  # the reader sees the pipe close and fails every ticket
                self._cond.wait(max(left, 0.1))
            answer = self._answers.pop(ticket)
        if isinstance(answer, NewsweaveError):
            raise answer
        self.cpu, self.rss = float(answer["cpu"]), float(answer["rss"])
        return [None if e is None else [tuple(x) for x in e] for e in answer["ents"]]

    def _write(self) -> None:
        stdin = self._proc.stdin
        assert stdin is not None
        try:
            while (request := self._outbox.get()) is not None:
                send_json(stdin, request)
        except OSError:
            pass  # the child ended: the reader says why
        finally:
            with contextlib.suppress(OSError):
                stdin.close()

    def _read(self) -> None:
        stdout = self._proc.stdout
        assert stdout is not None
        while True:
            try:
                answer: Any = read_json(stdout, "NER process", self._exit_code)
            except ChildEnded as exc:
                with self._cond:
                    why = NewsweaveError(f"NER process: {self._stopped}") if self._stopped else exc
                    self._ended = why
                    for ticket, _ in self._waiting:
                        if ticket not in self._drop:
                            self._answers[ticket] = why
                    self._waiting.clear()
                    self._cond.notify_all()
                return
            except NewsweaveError as exc:  # this request failed; the child goes on
                answer = exc
            with self._cond:
                ticket, _ = self._waiting.popleft()
                if ticket in self._drop:
                    self._drop.discard(ticket)
                else:
                    self._answers[ticket] = answer
                self._progress = time.monotonic()
                self._cond.notify_all()

    def _exit_code(self) -> int | None:
        try:
            return self._proc.wait(timeout=1)
        except subprocess.TimeoutExpired:
            return None

    def close(self) -> None:
        self._outbox.put(None)
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
