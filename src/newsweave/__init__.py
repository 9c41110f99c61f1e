"""newsweave: turn many reports of one event into one cross-checked, cited dossier.

Public API::

    articles = newsweave.load(["reports/"])          # list[Article]
    dossier = newsweave.build_dossier(articles)      # Dossier
    events = newsweave.cluster_articles(articles)    # list[Event]
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

# OpenBLAS threads spin for ~2^28 cycles after each call before sleeping. The embedder's
# BLAS calls run beside the clusterer's Python, and that spinning took its CPU: ingest on
# 2 cores used 1.5x the CPU for the same work. Read when numpy loads, so it is set before;
# a value the user set wins.
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # in the settings table (settings.py)

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
