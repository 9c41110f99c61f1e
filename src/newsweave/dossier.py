"""Wire the dossier stages for one event: articles in, `Dossier` out.

Every sentence is embedded once; the stages share those vectors (and a text-keyed cache
for what they embed themselves, such as quotes), which keeps a 10-article event well under
a second once the model is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from newsweave.align.facts import FactAlignment, align_facts
from newsweave.compare.divergence import find_divergences, mark_disputed
from newsweave.compare.independence import group_index, source_groups
from newsweave.model import (
    Article,
    ArticleInfo,
    Coverage,
    Divergence,
    Dossier,
    Entity,
    EventInfo,
    Fact,
    QuoteGroup,
)
from newsweave.summarize.extractive import summarize
from newsweave.summarize.timeline import build_timeline, event_date
from newsweave.summarize.verify import Verifier


class CachingEmbedder:
    """Wraps an embedder so each distinct text is encoded once per dossier."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = getattr(inner, "name", "embedder")
        self.dim = int(getattr(inner, "dim", 0))
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, vec in zip(missing, self.inner.encode(missing), strict=True):
                self._cache[text] = np.asarray(vec, dtype=np.float32)
        if not texts:
            return np.zeros((0, self.dim or 1), dtype=np.float32)
        return np.vstack([self._cache[t] for t in texts])


def _quotes(
    articles: Sequence[Article], embedder: Any
) -> tuple[list[QuoteGroup], list[Divergence]]:
    try:
        from newsweave.align.quotes import extract_quotes, group_quotes, quote_divergences
    except ImportError:  # quotes stage not installed in this build
        return [], []
    quotes = [q for a in articles for q in extract_quotes(a)]
    groups = group_quotes(list(articles), quotes, embedder=embedder)
    return groups, list(quote_divergences(groups))


def _entities(articles: Sequence[Article]) -> list[Entity]:
    try:
        from newsweave.text.entities import extract_entities
    except ImportError:
        return []
    return list(extract_entities(list(articles)))


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,;:!?\"'“”«»()") for w in text.split() if len(w) > 3}


def _drop_quote_duplicates(
    divergences: list[Divergence], quote_divs: Sequence[Divergence]
) -> list[Divergence]:
    """A claim whose dissenting sentence carries a flagged quote variant is that quote
    divergence seen again: keep the quote one only."""
    quoted: dict[str, list[set[str]]] = {}
    for d in quote_divs:
        for v in d.variants:
            quoted.setdefault(v.article, []).append(_words(v.text))
    kept = []
    for d in divergences:
        if d.kind == "claim" and d.odd_one_out in quoted:
            odd = set().union(*(_words(v.text) for v in d.variants if v.article == d.odd_one_out))
            if any(q and len(q & odd) >= 0.6 * len(q) for q in quoted[d.odd_one_out]):
                continue
        kept.append(d)
    return kept


def coverage(facts: Sequence[Fact], articles: Sequence[Article]) -> dict[str, Coverage]:
    """Per article: facts only its source group reports, and corroborated facts it omits."""
    out: dict[str, Coverage] = {}
    for a in articles:
        cov = Coverage()
        for fact in facts:
            states = any(c.article == a.id for c in fact.support)
            if states and fact.independent_sources == 1:
                cov.unique.append(fact.id)
            elif not states and fact.independent_sources >= 2:
                cov.omitted.append(fact.id)
        out[a.id] = cov
    return out


def _title(articles: Sequence[Article], alignment: FactAlignment, embedder: Any) -> str:
    """The most central headline (English preferred), else the best-supported fact."""
    titles = [(a.title.strip(), a.lang) for a in articles if a.title and len(a.title.split()) >= 3]
    if titles and len(alignment.vectors):
        event = alignment.vectors.mean(axis=0)
        event /= max(float(np.linalg.norm(event)), 1e-12)
        vecs = embedder.encode([t for t, _ in titles])
        scores = vecs @ event + np.array([0.08 if lang == "en" else 0.0 for _, lang in titles])
        return titles[int(np.argmax(scores))][0]
    if alignment.facts:
        return alignment.facts[0].text
    return titles[0][0] if titles else "Untitled event"


def provenance_row(a: Article, group: str | None) -> ArticleInfo:
    return ArticleInfo(
        id=a.id,
        outlet=a.outlet,
        title=a.title,
        published=a.published,
        lang=a.lang,
        machine_translated=a.machine_translated,
        syndicated=a.syndicated,
        source_group=group,
        url=a.url,
        author=a.author,
        dateline=a.dateline,
        wire=a.wire,
        removed=list(a.provenance.removed),
    )


def build_dossier(
    articles: list[Article],
    *,
    max_summary: int = 8,
    embedder: Any = None,
    event_id: str | None = None,
) -> Dossier:
    """The cross-checked, cited dossier of one event.

    `articles` are cleaned and annotated (language, sentences with offsets, flags);
    `embedder` defaults to `newsweave.embed.get_embedder()`.
    """
    if embedder is None:
        from newsweave.embed import get_embedder

        embedder = get_embedder()
    cache = CachingEmbedder(embedder)
    flat = cache.encode([s.text for a in articles for s in a.sentences])
    vectors: dict[str, np.ndarray] = {}
    pos = 0
    for a in articles:
        vectors[a.id] = flat[pos : pos + len(a.sentences)]
        pos += len(a.sentences)

    groups = source_groups(articles, vectors=vectors)
    gindex = group_index(groups)
    alignment = align_facts(articles, vectors=vectors, groups=gindex)
    quote_groups, quote_divs = _quotes(articles, cache)
    divergences = _drop_quote_duplicates(
        find_divergences(alignment, articles, gindex, quote_divergences=quote_divs), quote_divs
    )
    mark_disputed(alignment.facts, divergences)
    verifier = Verifier(articles, quote_groups)
    summary, also = summarize(alignment, articles, max_items=max_summary, verifier=verifier)
    timeline = build_timeline(articles, vectors=vectors)
    langs = sorted({a.lang for a in articles if a.lang})
    outlets = sorted({a.outlet for a in articles if a.outlet})
    event = EventInfo(
        title=_title(articles, alignment, cache),
        date=event_date(articles),
        languages=langs,
        outlets=outlets,
        id=event_id,
    )
    return Dossier(
        event=event,
        articles=[provenance_row(a, gindex.get(a.id)) for a in articles],
        summary=summary,
        also_reported=also,
        facts=alignment.facts,
        quotes=quote_groups,
        divergences=divergences,
        coverage=coverage(alignment.facts, articles),
        timeline=timeline,
        entities=_entities(articles),
        source_groups=groups,
    )
