"""Cited extractive summary: the event's most important corroborated facts.

Importance mixes independent support (how many separate witnesses state it), centrality
(closeness to what the whole event is about) and lead position (journalists put the main
news first). Facts are picked by maximal marginal relevance so no two items say the same
thing, then put in reading order: by their mean relative position in the articles, which
follows the inverted pyramid and, mostly, chronology. Each item cites exactly the articles
that state its fact. Notable single-source facts go to "also reported".
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsweave.align.facts import FactAlignment
from newsweave.model import Article, Fact, SummaryItem

MMR_LAMBDA = 0.7
DUPLICATE_COS = 0.8  # two facts this close say the same thing: never both in the summary
ALSO_REPORTED = 5


def _positions(alignment: FactAlignment, fact: Fact, sizes: dict[str, int]) -> list[float]:
    sents = alignment.sentences
    return [
        sents[r].index / max(sizes[sents[r].article_id] - 1, 1)
        for r in alignment.support_rows[fact.id]
    ]


def importance(
    alignment: FactAlignment, articles: Sequence[Article]
) -> dict[str, tuple[float, float, float]]:
    """Fact id -> (importance, centrality, mean relative position)."""
    sizes = {a.id: len(a.sentences) for a in articles}
    if not alignment.facts:
        return {}
    event = alignment.vectors.mean(axis=0)
    event /= max(float(np.linalg.norm(event)), 1e-12)
    top = max(f.independent_sources for f in alignment.facts)
    out: dict[str, tuple[float, float, float]] = {}
    for fact in alignment.facts:
        pos = _positions(alignment, fact, sizes)
        centrality = float(alignment.centroids[fact.id] @ event)
        lead = 1.0 - min(pos)
        support = fact.independent_sources / top
        score = 0.55 * support + 0.25 * centrality + 0.2 * lead
        out[fact.id] = (score, centrality, float(np.mean(pos)))
    return out


def _mmr(
    candidates: list[Fact],
    scores: dict[str, float],
    centroids: dict[str, np.ndarray],
    k: int,
    chosen: Sequence[Fact] = (),
) -> list[Fact]:
    picked: list[Fact] = []
    pool = sorted(candidates, key=lambda f: -scores[f.id])
    while pool and len(picked) < k:
        best, best_val = None, -np.inf
        for fact in pool:
            others = [*chosen, *picked]
            redundancy = max(
                (float(centroids[fact.id] @ centroids[o.id]) for o in others), default=0.0
            )
            if redundancy >= DUPLICATE_COS:
                continue
            val = MMR_LAMBDA * scores[fact.id] - (1 - MMR_LAMBDA) * redundancy
            if val > best_val:
                best, best_val = fact, val
        if best is None:
            break
        picked.append(best)
        pool.remove(best)
    return picked


def _item(fact: Fact) -> SummaryItem:
    cited = list(dict.fromkeys(c.article for c in fact.support))
    return SummaryItem(text=fact.text, citations=cited, fact=fact.id)


def summarize(
    alignment: FactAlignment,
    articles: Sequence[Article],
    *,
    max_items: int = 8,
    also_reported: int = ALSO_REPORTED,
) -> tuple[list[SummaryItem], list[SummaryItem]]:
    """(summary, also_reported): at most `max_items` corroborated facts in reading order,
    and the most central single-source facts."""
    info = importance(alignment, articles)
    scores = {fid: v[0] for fid, v in info.items()}
    corroborated = [f for f in alignment.facts if f.independent_sources >= 2]
    single = [f for f in alignment.facts if f.independent_sources < 2]
    # With no corroboration at all (one witness), the best single-source facts still
    # make a summary; they are then not repeated under "also reported".
    pool = corroborated or single
    picked = _mmr(pool, scores, alignment.centroids, max_items)
    picked.sort(key=lambda f: (info[f.id][2], -scores[f.id]))
    rest = [f for f in single if f not in picked]
    central = {f.id: info[f.id][1] + 0.2 * (1 - info[f.id][2]) for f in rest}
    extra = _mmr(rest, central, alignment.centroids, also_reported, chosen=picked)
    return [_item(f) for f in picked], [_item(f) for f in extra]
