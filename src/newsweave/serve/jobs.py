"""Background ingest jobs: a registry with progress that the job page and `/api/jobs/{id}` poll.

One worker thread runs the jobs in submission order: ingest writes to the store and
clusters incrementally, so two jobs at once would only contend for the same rows.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from newsweave.errors import Problem

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


@dataclass
class Job:
    """What one submission asked for and how far it got. Mutated only under the registry lock."""

    id: str
    sources: list[str]
    status: str = QUEUED
    phase: str = "queued"  # "queued" | "reading" | "ingesting" | "done"
    done: int = 0
    total: int = 0
    problems: list[Problem] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    events_touched: list[str] = field(default_factory=list)
    article_events: dict[str, str] = field(default_factory=dict)  # added article -> its event
    error: str | None = None
    created: float = field(default_factory=time.time)
    finished: float | None = None

    @property
    def finished_ok(self) -> bool:
        return self.status == DONE

    @property
    def active(self) -> bool:
        return self.status in (QUEUED, RUNNING)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "phase": self.phase,
            "done": self.done,
            "total": self.total,
            "sources": list(self.sources),
            # kept: read with a warning (the article went in), not skipped
            "problems": [
                {"record": p.record, "reason": p.reason, "kept": p.kept} for p in self.problems
            ],
            "added": list(self.added),
            "duplicates": list(self.duplicates),
            "events_touched": list(self.events_touched),
            "article_events": dict(self.article_events),
            "error": self.error,
            "created": _iso(self.created),
            "finished": _iso(self.finished) if self.finished else None,
        }


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


class Progress:
    """The handle a running job reports through; every update takes the registry lock."""

    def __init__(self, registry: JobRegistry, job: Job):
        self._registry = registry
        self.job = job

    def phase(self, phase: str, total: int) -> None:
        with self._registry.lock:
            self.job.phase = phase
            self.job.done = 0
            self.job.total = total

    def advance(self, done: int, total: int | None = None) -> None:
        with self._registry.lock:
            self.job.done = done
            if total is not None:
                self.job.total = total

    def problem(self, problem: Problem) -> None:
        with self._registry.lock:
            self.job.problems.append(problem)

    def update(self, **fields: Any) -> None:
        with self._registry.lock:
            for name, value in fields.items():
                setattr(self.job, name, value)


Work = Callable[[Progress], None]


class JobRegistry:
    """Jobs by id; keeps the most recent `keep` jobs so memory stays bounded."""

    def __init__(self, keep: int = 200):
        self.lock = threading.Lock()
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._keep = keep
        self._pool: ThreadPoolExecutor | None = None  # started on first use, again after shutdown

    def submit(self, sources: list[str], work: Work) -> tuple[Job, Future[None]]:
        job = Job(id=secrets.token_hex(8), sources=sources)
        with self.lock:
            self._jobs[job.id] = job
            while len(self._jobs) > self._keep:
                oldest = next(iter(self._jobs))
                if self._jobs[oldest].active:
                    break  # never forget a job someone may still be polling
                self._jobs.pop(oldest)
            if self._pool is None:
                self._pool = ThreadPoolExecutor(
                    max_workers=1, thread_name_prefix="newsweave-ingest"
                )
            pool = self._pool
        return job, pool.submit(self._run, job, work)

    def _run(self, job: Job, work: Work) -> None:
        with self.lock:
            job.status = RUNNING
        try:
            work(Progress(self, job))
        except Exception as exc:  # a job must end in a visible state whatever broke
            with self.lock:
                job.status = FAILED
                job.error = f"{type(exc).__name__}: {exc}"
                job.finished = time.time()
            return
        with self.lock:
            job.status = DONE
            job.phase = "done"
            job.finished = time.time()

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            return self._jobs.get(job_id)

    def snapshot(self, job_id: str) -> dict[str, Any] | None:
        """The job as JSON, read consistently under the lock."""
        with self.lock:
            job = self._jobs.get(job_id)
            return job.to_dict() if job else None

    def shutdown(self) -> None:
        with self.lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
