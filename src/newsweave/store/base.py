"""What the CLI and the web app need from a store (SQLite by default, PostgreSQL at scale)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from newsweave.model import Article, Dossier, Event


@dataclass
class EventQuery:
    since: str | None = None  # YYYY-MM-DD: events whose last date is on or after
    until: str | None = None
    lang: str | None = None
    outlet: str | None = None
    query: str | None = None  # full-text search over articles and facts
    limit: int = 50
    offset: int = 0


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)  # article ids stored now
    duplicates: list[str] = field(default_factory=list)  # already stored (id, URL or same text)
    events_touched: list[str] = field(default_factory=list)
    # (id given, id stored): an id already stored with another text; never dropped
    conflicts: list[tuple[str, str]] = field(default_factory=list)


class Store(Protocol):
    def get_article(self, article_id: str) -> Article | None: ...
    def get_event(self, event_id: str) -> Event | None: ...
    def list_events(self, q: EventQuery) -> tuple[list[Event], int]: ...  # (page, total)
    def event_articles(self, event_id: str) -> list[Article]: ...
    def event_of_article(self, article_id: str) -> str | None: ...
    def resolve(self, event_id: str) -> str: ...  # the surviving id of a merged event
    # (current stamp or None if no such event, the dossier saved for that stamp or None);
    # building is `newsweave.dossiers.current`'s job, never the store's
    def cached_dossier(
        self, event_id: str, stamp: str | None = None
    ) -> tuple[str | None, Dossier | None]: ...
    def save_dossier(self, event_id: str, stamp: str, d: Dossier) -> None: ...
    def close(self) -> None: ...
