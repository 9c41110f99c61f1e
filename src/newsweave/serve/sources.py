"""The followed sources and their health: the Sources page and `GET /api/sources`, and the
watcher the app runs itself with `serve --watch` (same loop as `newsweave watch`)."""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from newsweave import settings
from newsweave.serve.routing import ctx
from newsweave.store.sql import SQLStore

router = APIRouter()


def feed_rows(store: Any) -> list[dict[str, Any]]:
    if not isinstance(store, SQLStore):
        return []
    from newsweave.store.feeds import load_feeds

    rows = [s.to_dict() for s in load_feeds(store).values()]
    for r in rows:
        r["health"] = "failing" if r["errors"] else ("ok" if r["last_success"] else "waiting")
    return sorted(rows, key=lambda r: (r["health"] != "failing", r["url"]))


@router.get("/api/sources", tags=["api"], summary="Followed feeds and their health")
def api_sources(request: Request) -> dict[str, Any]:
    return {"sources": feed_rows(ctx(request).store)}


@router.get("/sources", include_in_schema=False)
def sources_page(request: Request) -> Response:
    c = ctx(request)
    watcher = getattr(request.app.state, "watcher", None)
    return c.templates.TemplateResponse(
        request, "sources.html", {"feeds": feed_rows(c.store), "watching": watcher is not None}
    )


def watch_client(config: Any) -> Any:
    """The watcher's HTTP client inside the web app: feed items are untrusted, so their links
    (and the feeds) are fetched only on public addresses, as uploads' URLs are
    (`serve.fetch.PublicOnlyTransport`), unless NEWSWEAVE_FETCH_PRIVATE=1."""
    import httpx

    from newsweave.serve.fetch import FetchError, PublicOnlyTransport
    from newsweave.watch.http import PoliteClient

    class PublicOnly(PublicOnlyTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            try:
                return super().handle_request(request)
            except FetchError as exc:  # the watcher reports transport errors per feed or item
                raise httpx.ConnectError(str(exc), request=request) from None

    private = settings.get("fetch_private")
    return PoliteClient(
        config.per_host,
        config.min_delay,
        config.timeout,
        config.max_bytes,
        transport=None if private else PublicOnly(),
    )


class WatchThread:
    """`serve --watch`: the watcher's rounds on a thread, ingesting through the app's ingester
    (one ingest at a time with uploads); the app's `Refresher` rebuilds and announces."""

    def __init__(self, store: SQLStore, urls: list[str], ingest: Any, config: Any) -> None:
        from newsweave.watch.watcher import Watcher

        config.dossiers = False  # the app's Refresher does it for every writer
        self.watcher = Watcher(
            store,
            urls,
            lambda arts: ingest(store, arts, lambda d, t: None),
            config,
            client=watch_client(config),
        )
        self.watcher.on_problem.append(lambda p: print(f"newsweave watch: {p.line()}", flush=True))
        self.thread = threading.Thread(target=self._run, name="newsweave-watch", daemon=True)

    def _run(self) -> None:
        try:
            self.watcher.run()
        except Exception as exc:  # say why following stopped; the app keeps serving
            print(f"newsweave watch stopped: {type(exc).__name__}: {exc}", flush=True)

    def start(self) -> WatchThread:
        self.thread.start()
        return self

    def close(self) -> None:
        self.watcher.stop.set()
        self.thread.join(60)  # the current round finishes and commits
        self.watcher.close()
