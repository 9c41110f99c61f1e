"""Feed state in the store: what `newsweave watch` needs to poll politely and to resume.

One row per feed URL (`schema.feeds`). The watcher reads every row when it starts and
writes a feed's row after each poll, in the same process that committed the poll's
articles, so a restart neither re-polls early nor re-ingests.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy import insert, select, update

from newsweave.store.schema import feeds
from newsweave.store.sql import SQLStore


@dataclass
class FeedState:
    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_poll: str | None = None  # ISO times, UTC
    last_success: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    errors: int = 0  # consecutive failures
    next_poll: str | None = None
    items: int = 0  # articles added from this feed, all polls
    polls: int = 0
    full: int = 0  # polls that got a body (the rest were 304 Not Modified or failures)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


_NAMES = [f.name for f in fields(FeedState)]


def load_feeds(store: SQLStore) -> dict[str, FeedState]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(feeds)).mappings().all()
    return {r["url"]: FeedState(**{k: r[k] for k in _NAMES}) for r in rows}


def save_feed(store: SQLStore, state: FeedState) -> None:
    row = state.to_dict()
    with store.engine.begin() as conn:
        changed = conn.execute(update(feeds).where(feeds.c.url == state.url).values(**row)).rowcount
        if not changed:
            conn.execute(insert(feeds).values(**row))
