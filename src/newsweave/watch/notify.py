"""`--notify URL`: POST each change record (newsweave.changes/1) as JSON, with retries.

A background thread drains a queue so a slow or dead endpoint never holds the watcher;
each record is tried `attempts` times with exponential backoff, then dropped with a line
on stderr (the record is still in the store: GET /api/events/{id}/changes).
"""

from __future__ import annotations

import json
import queue
import sys
import threading
import time
from typing import Any

import httpx

from newsweave.watch.http import user_agent


class Notifier:
    def __init__(
        self, url: str, attempts: int = 5, first_wait: float = 1.0, timeout: float = 10.0
    ) -> None:
        self.url = url
        self.attempts = attempts
        self.first_wait = first_wait
        self.client = httpx.Client(timeout=timeout, headers={"User-Agent": user_agent()})
        self.queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.sent = 0
        self.failed = 0
        self.thread = threading.Thread(target=self._drain, name="newsweave-notify", daemon=True)
        self.thread.start()

    def __call__(self, record: dict[str, Any]) -> None:
        self.queue.put(record)

    def _drain(self) -> None:
        while (record := self.queue.get()) is not None:
            self._send(record)

    def _send(self, record: dict[str, Any]) -> None:
        body = json.dumps(record, ensure_ascii=False).encode("utf-8")
        wait = self.first_wait
        last = ""
        for attempt in range(self.attempts):
            try:
                r = self.client.post(
                    self.url, content=body, headers={"Content-Type": "application/json"}
                )
                if r.status_code < 300:
                    self.sent += 1
                    return
                last = f"HTTP {r.status_code}"
                if 400 <= r.status_code < 500 and r.status_code not in (408, 429):
                    break  # the endpoint refuses this record: retrying will not help
            except httpx.HTTPError as exc:
                last = f"{type(exc).__name__}: {exc}"
            if attempt + 1 < self.attempts:
                time.sleep(wait)
                wait *= 2
        self.failed += 1
        print(
            f"{self.url}: change of {record.get('event')} not delivered ({last})", file=sys.stderr
        )

    def close(self, timeout: float = 30.0) -> None:
        """Deliver what is queued (up to `timeout`), then stop."""
        self.queue.put(None)
        self.thread.join(timeout)
        self.client.close()
