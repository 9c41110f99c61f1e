"""What changed, for people and for programs: `GET /api/events/{id}/changes` (the
`newsweave.changes/1` record) and Atom out-feeds, so newsweave's output can be followed in
any feed reader: `/feeds/events.atom` (new and updated events) and `/feeds/events/{id}.atom`
(one event's versions, each entry saying what that version added)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from xml.etree import ElementTree as ET

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response
from sqlalchemy import select

from newsweave import dossiers
from newsweave.serve.routing import ERRORS, ctx
from newsweave.store.schema import events as events_table
from newsweave.store.sql import SQLStore

router = APIRouter()
ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50


def sql_store(request: Request) -> SQLStore:
    store = ctx(request).store
    if not isinstance(store, SQLStore):  # history lives in the SQL store's tables
        raise HTTPException(404, "this store keeps no dossier history")
    return store


# a version number, or an ISO date with an optional time and offset (the schema says which
# strings can work; the calendar check is fromisoformat's)
SINCE_PATTERN = (
    r"^(\d{1,9}|\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?)$"
)


@router.get(
    "/api/events/{event_id}/changes",
    tags=["api"],
    summary="What changed in the event's dossier since a version or a time (newsweave.changes/1)",
    responses=ERRORS,
)
def get_changes(
    request: Request,
    event_id: str,
    since: Annotated[
        str | None,
        Query(
            max_length=40,
            pattern=SINCE_PATTERN,
            description="A version number, or an ISO time; default: the previous version",
        ),
    ] = None,
) -> dict[str, Any]:
    record = changes_for(sql_store(request), event_id, since)
    if record is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return record


def changes_for(store: Any, event_id: str, since: str | None) -> dict[str, Any] | None:
    """The change record, or None (no such event, or a store without history)."""
    if not isinstance(store, SQLStore):
        return None
    from newsweave.dossiers import changes_since

    since = (since or "").strip() or None
    if since is not None and not since.isdigit():
        try:
            since = dt.datetime.fromisoformat(since).isoformat()
        except ValueError:
            raise HTTPException(
                422, f"since: {since!r} is neither a version number nor an ISO time"
            ) from None
    return changes_since(store, event_id, since)


# -- Atom -----------------------------------------------------------------------------------


def _iso(value: str | None) -> str:
    """RFC 3339 with a zone, as Atom wants it."""
    try:
        t = dt.datetime.fromisoformat(value or "")
    except ValueError:
        t = dt.datetime(1970, 1, 1)
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.isoformat(timespec="seconds")


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    e = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        e.text = text
    return e


def _feed(request: Request, feed_id: str, title: str, path: str, updated: str) -> ET.Element:
    ET.register_namespace("", ATOM)
    base = str(request.base_url).rstrip("/")
    feed = ET.Element(f"{{{ATOM}}}feed")
    _el(feed, "id", f"{base}{path}")
    _el(feed, "title", title)
    _el(feed, "updated", _iso(updated))
    _el(feed, "link", rel="self", href=f"{base}{path}")
    _el(feed, "link", rel="alternate", href=f"{base}/")
    author = _el(feed, "author")
    _el(author, "name", "newsweave")
    _el(feed, "generator", "newsweave")
    return feed


def _atom(feed: ET.Element) -> Response:
    body = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/feeds/events.atom", include_in_schema=False)
def events_feed(request: Request) -> Response:
    store = sql_store(request)
    base = str(request.base_url).rstrip("/")
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                events_table.c.id,
                events_table.c.title,
                events_table.c.created,
                events_table.c.updated,
                events_table.c.n_articles,
                events_table.c.n_sources,
                events_table.c.outlets,
            )
            .order_by(events_table.c.updated.desc())
            .limit(FEED_SIZE)
        ).all()
    feed = _feed(
        request,
        "events",
        "newsweave: new and updated events",
        "/feeds/events.atom",
        rows[0].updated if rows else "",
    )
    import json

    for r in rows:
        entry = _el(feed, "entry")
        # a new id when the event changes: feed readers show the update as a new item
        _el(entry, "id", f"{base}/events/{r.id}#{_iso(r.updated)}")
        _el(entry, "title", r.title)
        _el(entry, "updated", _iso(r.updated))
        _el(entry, "published", _iso(r.created))
        _el(entry, "link", rel="alternate", href=f"{base}/events/{r.id}")
        outlets = json.loads(r.outlets)
        _el(
            entry,
            "summary",
            f"{r.n_articles} article(s), {r.n_sources} independent source(s): "
            + ", ".join(outlets[:10]),
        )
    return _atom(feed)


@router.get("/feeds/events/{event_id}.atom", include_in_schema=False)
def event_feed(request: Request, event_id: str) -> Response:
    from newsweave.changes import changes
    from newsweave.store.versions import versions

    store = sql_store(request)
    event = store.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    dossiers.current(store, event.id)  # brings the history up to date
    with store.engine.connect() as conn:
        history = versions(conn, event.id)
    base = str(request.base_url).rstrip("/")
    feed = _feed(
        request,
        event.id,
        f"newsweave: {event.title}",
        f"/feeds/events/{event.id}.atom",
        history[-1].built if history else event.updated or "",
    )
    previous = None
    entries = []
    for v in history:
        rec = changes(previous.dossier if previous else None, v.dossier)
        previous = v
        entries.append((v, rec))
    for v, rec in reversed(entries[-FEED_SIZE:]):
        entry = _el(feed, "entry")
        _el(entry, "id", f"{base}/events/{event.id}?version={v.version}")
        _el(entry, "title", f"Version {v.version}: {event.title}")
        _el(entry, "updated", _iso(v.built))
        _el(
            entry,
            "link",
            rel="alternate",
            href=f"{base}/events/{event.id}?since={max(1, v.version - 1)}",
        )
        _el(entry, "summary", describe(rec))
    return _atom(feed)


LABELS = [
    ("new_articles", "new article", "new articles"),
    ("new_outlets", "new outlet", "new outlets"),
    ("new_facts", "new fact", "new facts"),
    ("changed_facts", "fact with changed support", "facts with changed support"),
    ("new_divergences", "new divergence", "new divergences"),
    ("changed_divergences", "changed divergence", "changed divergences"),
    ("new_quotes", "new quote", "new quotes"),
    ("changed_quotes", "changed quote", "changed quotes"),
]


def describe(rec: dict[str, Any]) -> str:
    """One line for a change record: what a feed reader shows."""
    parts = []
    for key, one, many in LABELS:
        n = len(rec.get(key, []))
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts) if parts else "no change in facts, quotes or outlets"


__all__ = ["changes_for", "describe", "router"]
