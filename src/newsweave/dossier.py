"""Wire the dossier stages for one event: articles in, `Dossier` out.

Every sentence is embedded once; the stages share those vectors (and a text-keyed cache
for what they embed themselves, such as quotes), which keeps a 10-article event well under
a second once the model is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from newsweave.align.facts import FactAlignment, align_facts, is_caption, is_content
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


# "BREAKING:", "Watch:", "Update:" - a one-word label before a headline
_LABEL = re.compile(r"^\s*[^\W\d_][\w'’-]*\s*[:|]\s+(?=\S)")
_NOT_HEADLINE = re.compile(
    r"\b(?:image|photo|picture|video|graphic)s?\s+(?:courtesy|credit|by)\b|^\s*(?:image|photo)\s*:",
    re.IGNORECASE,
)
TITLE_WORDS = (5, 14)  # headline length; longer lead sentences are penalised


def headline_candidate(text: str) -> str | None:
    """`text` as a headline, or None when it reads as a caption, a section label, a
    ticker line or a bare date rather than a statement of the news."""
    t = " ".join(text.split())
    if _NOT_HEADLINE.search(t):
        return None
    t = _LABEL.sub("", t, count=1)
    words = t.split()
    if len(words) < 5 or is_caption(t):
        return None
    letters = [c for c in t if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return None  # shouted ticker / section line ("VIETNAM / SOMMET ...")
    if sum(any(c.isalpha() for c in w) for w in words) < 0.6 * len(words):
        return None  # mostly figures: a date line or a score line
    return t.rstrip(" .")


def _title(articles: Sequence[Article], alignment: FactAlignment, embedder: Any) -> str:
    """The most headline-like statement the reports agree on: each article's title and
    lead sentence, scored by closeness to the event as a whole, by how many other articles'
    headlines and leads say the same, by length (a headline, not a paragraph) and by the
    reader's language. Captions, section labels and ticker lines are never candidates."""
    cands: list[tuple[str, str | None, str, bool]] = []  # (text, lang, article, is title)
    for a in articles:
        if a.title and (t := headline_candidate(a.title)):
            cands.append((t, a.lang, a.id, True))
        lead = next((s for s in a.sentences if is_content(s.text)), None)
        if lead is not None and (t := headline_candidate(lead.text)):
            cands.append((t, lead.lang or a.lang, a.id, False))
    if cands and len(alignment.vectors):
        event = alignment.vectors.mean(axis=0)
        event /= max(float(np.linalg.norm(event)), 1e-12)
        vecs = embedder.encode([t for t, *_ in cands])
        sims = vecs @ vecs.T
        owner = np.array([aid for *_, aid, _ in cands])
        scores = []
        for k, (text, lang, aid, is_title) in enumerate(cands):
            others = np.sort(sims[k][owner != aid])[::-1][:3]
            consensus = float(others.mean()) if len(others) else 0.0
            n = len(text.split())
            length = max(0, TITLE_WORDS[0] - n, n - TITLE_WORDS[1]) / 10.0
            scores.append(
                float(vecs[k] @ event)
                + 0.5 * consensus
                + (0.1 if lang == "en" else 0.0)
                + (0.15 if is_title else 0.0)
                - min(length, 0.4)
            )
        return cands[int(np.argmax(scores))][0]
    if alignment.facts:
        return alignment.facts[0].text
    titles = [a.title for a in articles if a.title]
    return titles[0] if titles else "Untitled event"


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
