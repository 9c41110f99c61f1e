"""newsweave: turn many reports of one event into one cross-checked, cited dossier.

Public API::

    articles = newsweave.load(["reports/"])          # list[Article]
    dossier = newsweave.build_dossier(articles)      # Dossier
    events = newsweave.cluster_articles(articles)    # list[Event]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsweave.model import (
    Article,
    Divergence,
    Dossier,
    Event,
    Fact,
    Quote,
    QuoteGroup,
    Sentence,
)

__all__ = [
    "Article",
    "Divergence",
    "Dossier",
    "Event",
    "Fact",
    "Quote",
    "QuoteGroup",
    "Sentence",
    "build_dossier",
    "cluster_articles",
    "load",
]

if TYPE_CHECKING:
    from newsweave.cluster import cluster_articles
    from newsweave.dossier import build_dossier
    from newsweave.ingest import load


def __getattr__(name: str) -> Any:
    # Lazy: importing newsweave must not load models or heavy libraries.
    if name == "load":
        from newsweave.ingest import load

        return load
    if name == "build_dossier":
        from newsweave.dossier import build_dossier

        return build_dossier
    if name == "cluster_articles":
        from newsweave.cluster import cluster_articles

        return cluster_articles
    raise AttributeError(name)
