"""Dossiers of stored events, built on demand: the store keeps each event's dossier and
its versions; this module builds one when it is asked for and the event has changed since
(`current`), and tells what changed between versions (`changes_since`). One build per event
and stamp at a time, however many readers ask (`store.flight.SingleFlight`)."""

from __future__ import annotations

import threading
import weakref
from typing import Any

from newsweave.dossier import build_dossier
from newsweave.model import Dossier
from newsweave.store.flight import SingleFlight
from newsweave.store.sql import SQLStore
from newsweave.store.versions import version_at, versions

_FLIGHTS: weakref.WeakKeyDictionary[Any, SingleFlight[Dossier | None]] = (
    weakref.WeakKeyDictionary()
)
_LOCK = threading.Lock()


def _flight(store: Any) -> SingleFlight[Dossier | None]:
    with _LOCK:
        flight = _FLIGHTS.get(store)
        if flight is None:
            flight = _FLIGHTS[store] = SingleFlight()
        return flight


def current(store: Any, event_id: str) -> Dossier | None:
    """The event's dossier, built (and saved in the store) when the event changed since the
    last build; None when there is no such event. `store`: any store with `cached_dossier`,
    `save_dossier`, `get_event`, `event_articles` and `resolve`."""
    event_id = store.resolve(event_id)
    stamp, cached = store.cached_dossier(event_id)
    if stamp is None or cached is not None:
        return cached
    return _flight(store).run(event_id, stamp, lambda: _build(store, event_id, stamp))


def _build(store: Any, event_id: str, stamp: str) -> Dossier | None:
    _, cached = store.cached_dossier(event_id, stamp)  # a build may have finished meanwhile
    if cached is not None:
        return cached
    if store.get_event(event_id) is None:
        return None
    d = build_dossier(store.event_articles(event_id), event_id=event_id)
    d.event.id = event_id
    store.save_dossier(event_id, stamp, d)
    return d


def changes_since(store: SQLStore, event_id: str, since: str | None) -> dict[str, Any] | None:
    """The change record of an event from version/time `since` (None: the previous version)
    to its current dossier, built first when stale. None when there is no such event."""
    from newsweave.changes import changes

    event_id = store.resolve(event_id)
    if current(store, event_id) is None:
        return None
    with store.engine.connect() as conn:
        history = versions(conn, event_id, last=2)
        if not history:
            return None
        latest = history[-1]
        if since is None:
            old = history[-2] if len(history) > 1 else None
        else:
            old = version_at(conn, event_id, since)
    return changes(
        old.dossier if old else None,
        latest.dossier,
        since=old.summary() if old else None,
        current=latest.summary(),
    )
