"""The web app's bridge to the stream stage: articles in, clustered events in the store out."""

from __future__ import annotations

from collections.abc import Callable

from newsweave.model import Article
from newsweave.store.base import IngestReport, Store


def ingest_articles(
    store: Store, articles: list[Article], progress: Callable[[int, int], None]
) -> IngestReport:
    """Add already-read articles to the store (duplicates skipped), clustering them into events."""
    from newsweave import stream

    return stream.ingest_articles(store, articles, progress=progress)


def ingest_sample(store: Store) -> IngestReport:
    """The bundled, invented sample event; repeated calls find its articles already stored."""
    from newsweave.data import sample_dir
    from newsweave.ingest import load

    return ingest_articles(store, load([sample_dir()]), lambda done, total: None)
