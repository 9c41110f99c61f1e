"""Incremental event clustering (ANN candidates + time + names + numbers).

`cluster_articles(articles)` is the batch entry point: it runs the same online
clusterer the store uses, then a finishing pass that revisits early decisions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from newsweave.cluster.features import Features, extract
from newsweave.cluster.online import Assignment, OnlineClusterer
from newsweave.cluster.state import ClusterConfig, EventState, MemberInfo
from newsweave.model import Article, Event

__all__ = [
    "MemberInfo",
    "Assignment",
    "ClusterConfig",
    "EventState",
    "Features",
    "OnlineClusterer",
    "article_info",
    "cluster_articles",
    "extract",
    "to_event",
]

BATCH = 64


def article_info(article: Article) -> MemberInfo:
    return MemberInfo(
        id=article.id,
        title=article.title,
        lang=article.lang,
        outlet=article.outlet,
        source=article.wire or article.outlet or article.id,
    )


def arrival_order(features: Sequence[Features], ids: Sequence[str] | None = None) -> list[int]:
    """Dated articles first, oldest first; then the undated ones.

    Dated articles found events whose time spans keep confusable events apart (a second
    summit of the same leaders months later); undated ones then choose among events that
    already exist. Ties go by article id when `ids` are given (else by input position), so
    a shuffled input gives the same result.
    """
    tie: Sequence[str] | Sequence[int] = ids if ids is not None else range(len(features))

    def key(i: int) -> tuple[int, int, str | int]:
        date = features[i].date
        return (0, date[0], tie[i]) if date else (1, 0, tie[i])

    return sorted(range(len(features)), key=key)


def cluster_articles(
    articles: Sequence[Article],
    config: ClusterConfig | None = None,
    embedder: object | None = None,
    refine: bool = True,
    order: str = "date",
) -> list[Event]:
    """Group articles into events; every article lands in exactly one.

    order="date" processes dated articles first (see `arrival_order`); order="input" keeps
    the input order, as `newsweave ingest` does. `refine` runs the finishing pass.
    """
    from newsweave.embed import get_embedder

    emb = embedder or get_embedder()
    feats = [extract(a) for a in articles]
    idx = (
        arrival_order(feats, [a.id for a in articles])
        if order == "date"
        else list(range(len(articles)))
    )
    vectors = emb.encode([feats[i].lead for i in idx])  # type: ignore[attr-defined]
    clusterer = OnlineClusterer(int(vectors.shape[1]), config, keep_articles=refine)
    clusterer.observe(feats)  # the whole file is known: idf from all of it
    for start in range(0, len(idx), BATCH):
        chunk = idx[start : start + BATCH]
        clusterer.add_batch(
            chunk,
            [feats[i] for i in chunk],
            vectors[start : start + BATCH],
            [article_info(articles[i]) for i in chunk],
            observed=True,
        )
    if refine:
        clusterer.refine()
    ids = [a.id for a in articles]
    events = [to_event(ev, ids) for ev in clusterer.events.values()]
    events.sort(key=lambda e: (e.date or "9999", -len(e.articles), e.id))
    return events


def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def to_event(
    ev: EventState,
    key_to_id: Sequence[str] | Mapping[int, str] | None = None,
    updated: str | None = None,
) -> Event:
    """The public `Event` of an event's running state (`key_to_id` maps member keys to ids;
    without it the article list stays empty)."""
    days = ev.day_dates()
    if not days and ev.dates:  # only month stamps: the middle of their overlap
        days = sorted((lo + hi) // 2 for lo, hi in ev.dates)
    return Event(
        id=ev.id,
        title=ev.title,
        date=_iso(days[(len(days) - 1) // 2]) if days else None,  # reports trail: lower median
        articles=[key_to_id[k] for k in ev.members] if key_to_id is not None else [],
        first_date=_iso(days[0]) if days else None,
        last_date=_iso(days[-1]) if days else None,
        languages=[k for k, _ in ev.langs.most_common()],
        outlets=[k for k, _ in ev.outlets.most_common()],
        independent_sources=len(ev.sources),
        updated=updated,
    )
