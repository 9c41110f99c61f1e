"""Live updates for the web app: events that change are noticed, their dossiers rebuilt in
the background (once each), and the change announced to open pages over Server-Sent Events.

The `Refresher` thread watches the store's commit stamp, so it sees every writer: the
app's own uploads, `serve --watch`, and a `newsweave watch` running as another process on
the same store. For each event updated since it last looked, it rebuilds the dossier
(single-flight: a reader asking meanwhile waits for this build instead of starting its
own), which keeps the previous version (`store.versions`), and publishes the change record
to the `Hub`. `GET /live` streams those records; `static/live.js` refreshes the page's
content when one concerns it. Pages work the same without JavaScript.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import select

from newsweave.errors import Problem
from newsweave.store.schema import events as events_table
from newsweave.store.sql import SQLStore, now

router = APIRouter(include_in_schema=False)

SEEN_COOKIE = "newsweave_seen"
HEARTBEAT = 15.0  # seconds between SSE comments: proxies close idle streams
LIFETIME = 300.0  # a stream ends after this; the browser reconnects (and a server can stop)


class Hub:
    """The last change records, numbered; SSE streams follow the number."""

    def __init__(self, keep: int = 200) -> None:
        self._lock = threading.Lock()
        self.seq = 0
        self._records: deque[tuple[int, dict[str, Any]]] = deque(maxlen=keep)

    def publish(self, record: dict[str, Any]) -> None:
        with self._lock:
            self.seq += 1
            self._records.append((self.seq, record))

    def after(self, seq: int) -> list[tuple[int, dict[str, Any]]]:
        with self._lock:
            return [(n, r) for n, r in self._records if n > seq]


def _brief(record: dict[str, Any]) -> dict[str, Any]:
    """What a page needs to decide whether to refresh (the full record is at the API)."""
    return {
        "event": record.get("event"),
        "title": record.get("title"),
        "version": (record.get("current") or {}).get("version"),
        "new_articles": len(record.get("new_articles", [])),
        "new_facts": len(record.get("new_facts", [])),
        "changed_facts": len(record.get("changed_facts", [])),
        "new_outlets": record.get("new_outlets", []),
    }


class Refresher:
    """Background thread: changed events -> rebuilt dossiers -> change records."""

    def __init__(self, store: SQLStore, hub: Hub, every: float = 1.0) -> None:
        self.store = store
        self.hub = hub
        self.every = every
        self.on_change: list[Callable[[dict[str, Any]], None]] = [hub.publish]
        self.stop = threading.Event()
        self._since = now()  # events changed before the app started are rebuilt on demand
        self._stamp = store.commit_stamp()
        self.thread = threading.Thread(target=self._run, name="newsweave-refresh", daemon=True)

    def start(self) -> Refresher:
        self.thread.start()
        return self

    def close(self) -> None:
        self.stop.set()
        self.thread.join(30)

    def _run(self) -> None:
        while not self.stop.wait(self.every):
            try:
                self.check()
            except Exception as exc:  # a broken store must not kill the thread silently
                print(f"newsweave: live refresh failed ({type(exc).__name__}: {exc})")

    def check(self) -> list[dict[str, Any]]:
        """Rebuild and announce every event updated since the last check."""
        stamp = self.store.commit_stamp()
        if stamp == self._stamp:
            return []
        self._stamp = stamp
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                select(events_table.c.id, events_table.c.updated)
                .where(events_table.c.updated > self._since)
                .order_by(events_table.c.updated)
            ).all()
        if rows:
            self._since = max(r.updated for r in rows)
        from newsweave.dossiers import changes_since

        out = []
        for row in rows:
            if self.stop.is_set():
                break
            try:
                record = changes_since(self.store, row.id, None)
            except Exception as exc:  # cached for this state by the single-flight
                print(
                    Problem(row.id, f"dossier rebuild failed ({type(exc).__name__}: {exc})").line()
                )
                continue
            if record is not None:
                out.append(record)
                for callback in self.on_change:
                    callback(record)
        return out


@router.get("/live")
async def live(request: Request, event: Annotated[str, Query(max_length=200)] = "") -> Response:
    """Server-Sent Events: one `change` event per changed event dossier (all, or `event`)."""
    hub: Hub | None = getattr(request.app.state, "hub", None)
    start = int(request.headers.get("Last-Event-ID", "0") or 0) if hub else 0
    if hub is not None and not start:
        start = hub.seq  # a new page already shows everything before this moment

    async def stream() -> AsyncIterator[str]:
        yield "retry: 3000\n\n"
        seq, idle, age = start, 0.0, 0.0
        while hub is not None and age < LIFETIME and not await request.is_disconnected():
            for n, record in hub.after(seq):
                seq = n
                if event and record.get("event") != event:
                    continue
                yield f"id: {n}\nevent: change\ndata: {json.dumps(_brief(record))}\n\n"
                idle = 0.0
            await asyncio.sleep(0.5)
            idle += 0.5
            age += 0.5
            if idle >= HEARTBEAT:
                idle = 0.0
                yield ": keep-alive\n\n"

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)


# -- "grew since your last visit" -------------------------------------------------------------


def last_visit(request: Request, seen: str) -> str | None:
    """The time the reader last saw the events list: `?seen=` (a time or date), else the
    cookie the list set then. Only the first 32 characters of an ISO time are used."""
    value = (seen or request.cookies.get(SEEN_COOKIE, "")).strip()[:32]
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return value


def remember_visit(response: Response) -> Response:
    response.set_cookie(SEEN_COOKIE, now(), max_age=400 * 86400, samesite="lax", httponly=True)
    return response


def grown(events: list[Any], since: str | None) -> set[str]:
    return {e.id for e in events if since and e.updated and e.updated > since}


def start_live(
    app: Any, store: Any, watch: list[str] | None, config: Any, notify: str | None
) -> Callable[[], None]:
    """Start the refresher (SQL stores), the watcher (`serve --watch`) and the webhook;
    returns what stops them, in order: the watcher finishes its round first."""
    if not isinstance(store, SQLStore):
        if watch:
            raise ValueError("--watch needs a SQL store")
        return lambda: None
    refresher = Refresher(store, app.state.hub)
    app.state.refresher = refresher
    notifier = None
    if notify:
        from newsweave.watch.notify import Notifier

        notifier = Notifier(notify)
        refresher.on_change.append(notifier)
    watcher = None
    if watch:
        from newsweave.serve.sources import WatchThread
        from newsweave.watch.watcher import WatchConfig

        watcher = WatchThread(store, watch, app.state.ctx.ingest, config or WatchConfig())
        app.state.watcher = watcher.watcher
        watcher.start()
    refresher.start()

    def stop() -> None:
        if watcher is not None:
            watcher.close()
        refresher.close()
        if notifier is not None:
            notifier.close()

    return stop
