"""Wire the dossier stages for one event: articles in, `Dossier` out.

Each stage is registered by name with the layers of the `EventDoc` it requires and the
ones it assigns (`STAGES`); `build_dossier` runs `PIPELINE` in order and a stage whose
input is missing raises a numbered `StageError` rather than returning an empty dossier.
Every sentence is embedded once; the stages share those vectors (and a text-keyed cache
for what they embed themselves, such as quotes), which keeps a 10-article event well under
a second once the model is loaded.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np

from newsweave.align import echoes
from newsweave.align.entities import extract_entities
from newsweave.align.facts import align_facts
from newsweave.align.misattributed import speaker_divergences
from newsweave.align.name_variants import name_divergences
from newsweave.align.quote_groups import group_quotes, quote_divergences
from newsweave.align.quotes import extract_quotes
from newsweave.align.wording import wording_divergences
from newsweave.compare.divergence import CONTRADICTING, find_divergences, mark_disputed
from newsweave.compare.independence import group_index, source_groups
from newsweave.compare.nouns import event_nouns
from newsweave.errors import StageError
from newsweave.model import (
    MAX_SUMMARY,
    Article,
    ArticleInfo,
    Coverage,
    Divergence,
    Dossier,
    EventDoc,
    EventInfo,
    Fact,
)
from newsweave.summarize.datediv import date_divergences, day_divergences
from newsweave.summarize.extractive import summarize
from newsweave.summarize.statements import agreeing_statements, odd_wordings
from newsweave.summarize.timeline import build_timeline, event_date
from newsweave.summarize.title import event_title, fallback_title
from newsweave.summarize.verify import Verifier
from newsweave.text.nlp import parse_many


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
            vecs = self.inner.encode(missing)
            if len(vecs) != len(missing):
                raise StageError("E104", got=len(vecs), want=len(missing))
            for text, vec in zip(missing, vecs, strict=True):
                self._cache[text] = np.asarray(vec, dtype=np.float32)
        if not texts:
            return np.zeros((0, self.dim or 1), dtype=np.float32)
        return np.vstack([self._cache[t] for t in texts])


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


def coverage(
    facts: Sequence[Fact],
    articles: Sequence[Article],
    echoed: set[str] | frozenset[str] = frozenset(),
    also_stated: Mapping[str, set[str]] | None = None,
) -> dict[str, Coverage]:
    """Per article: facts only its source group reports (not those another source echoes,
    see `align.echoes`), and corroborated facts it omits (not those a sentence of its own
    echoes: `also_stated`)."""
    also_stated = also_stated or {}
    out: dict[str, Coverage] = {}
    for a in articles:
        cov = Coverage()
        for fact in facts:
            states = any(c.article == a.id for c in fact.support)
            if states and fact.independent_sources == 1 and fact.id not in echoed:
                cov.unique.append(fact.id)
            elif not states and fact.independent_sources >= 2 and a.id not in also_stated.get(fact.id, ()):
                cov.omitted.append(fact.id)
        out[a.id] = cov
    return out


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


@dataclass(frozen=True)
class Options:
    """What stages get besides the document: the embedder (with a per-dossier cache)."""

    embedder: Any
    max_summary: int = MAX_SUMMARY
    memo: dict[str, Any] = field(default_factory=dict)  # what stages build once and share


@dataclass(frozen=True)
class Stage:
    """A dossier stage: reads the `requires` layers of the EventDoc, fills `assigns`."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[EventDoc, Options], None]


STAGES: dict[str, Stage] = {}


def stage(
    name: str, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
) -> Callable[[Callable[[EventDoc, Options], None]], Callable[[EventDoc, Options], None]]:
    """Decorator: register a dossier stage under `name`."""

    def deco(fn: Callable[[EventDoc, Options], None]) -> Callable[[EventDoc, Options], None]:
        STAGES[name] = Stage(name, requires, assigns, fn)
        return fn

    return deco


@stage("embed", assigns=("vectors",))
def _embed(doc: EventDoc, opts: Options) -> None:
    texts = [s.text for a in doc.articles for s in a.sentences]
    flat = opts.embedder.encode(texts)
    doc.vectors, pos = {}, 0
    for a in doc.articles:
        doc.vectors[a.id] = flat[pos : pos + len(a.sentences)]
        pos += len(a.sentences)


@stage("ner")
def _ner(doc: EventDoc, opts: Options) -> None:
    """Find the names in every article (spaCy NER), for the quote and entity stages. With
    the NER child (`text/ner_process.py`) this only sends the texts, and NER runs beside
    the stages that follow; in this process it runs now."""
    parse_many(((a.text, a.lang) for a in doc.articles), wait=False)


@stage("independence", requires=("vectors",), assigns=("source_groups", "groups"))
def _independence(doc: EventDoc, opts: Options) -> None:
    doc.source_groups = source_groups(doc.articles, vectors=doc.vectors)
    doc.groups = group_index(doc.source_groups)


@stage("facts", requires=("vectors", "groups"), assigns=("alignment", "echoed", "also_stated"))
def _facts(doc: EventDoc, opts: Options) -> None:
    doc.alignment = align_facts(
        doc.articles, vectors=doc.vectors, groups=doc.groups, embedder=opts.embedder
    )
    plain = echoes.plain_echoes(doc.alignment)
    doc.echoed = echoes.echoed(doc.alignment, plain)
    doc.also_stated = echoes.also_stated(doc.alignment, plain)


@stage("quotes", assigns=("quotes", "quote_groups", "quote_divergences"))
def _quotes(doc: EventDoc, opts: Options) -> None:
    parse_many((a.text, a.lang) for a in doc.articles)  # batched: the names in every article
    doc.quotes = quotes = [q for a in doc.articles for q in extract_quotes(a)]
    doc.quote_groups = group_quotes(list(doc.articles), quotes, embedder=opts.embedder)
    doc.quote_divergences = list(quote_divergences(doc.quote_groups))
    doc.quote_divergences += wording_divergences(doc.quote_groups, quotes, doc.articles)
    doc.quote_divergences += speaker_divergences(doc.quote_groups, doc.articles, opts.embedder, quotes)


@stage(
    "divergences",
    requires=("alignment", "groups", "quote_divergences"),
    assigns=("divergences",),
)
def _divergences(doc: EventDoc, opts: Options) -> None:
    quote_divs = doc.quote_divergences or []
    # a count's noun and its translations, one key (numbers and citations read it)
    opts.memo["nouns"] = nouns = event_nouns(doc.alignment, doc.articles, opts.embedder)
    found = find_divergences(
        doc.alignment, doc.articles, doc.groups, quote_divergences=quote_divs, nouns=nouns
    )
    found += name_divergences(doc.alignment, doc.articles, doc.groups)
    found += date_divergences(doc.articles)
    found += day_divergences(doc.alignment, doc.articles)
    flagged = [d for d in quote_divs if d.kind == "quote"]  # meaning, not wording only
    doc.divergences = _drop_quote_duplicates(found, flagged)
    mark_disputed(doc.alignment.facts, doc.divergences)


@stage(
    "summary",
    requires=("alignment", "quotes", "quote_groups", "divergences"),
    assigns=("summary", "also_reported"),
)
def _summary(doc: EventDoc, opts: Options) -> None:
    doc.summary, doc.also_reported = summarize(
        doc.alignment,
        doc.articles,
        max_items=opts.max_summary,
        verifier=_verifier(doc, opts),
        echoed=doc.echoed or set(),
    )


def _verifier(doc: EventDoc, opts: Options) -> Verifier:
    """The citation checker of the event (summary, title, timeline): what its quotes and
    divergences say, built once for the layers it reads."""
    key = (id(doc.quote_groups), id(doc.quotes), id(doc.divergences))
    if opts.memo.get("verifier", (None,))[0] != key:
        verifier = Verifier(
            doc.articles,
            doc.quote_groups or (),
            quotes=doc.quotes or (),
            embedder=opts.embedder,
            divergences=doc.divergences or (),
            nouns=opts.memo.get("nouns"),
        )
        opts.memo["verifier"] = (key, verifier)
    return opts.memo["verifier"][1]


@stage("fact_wording", requires=("alignment", "divergences", "summary"))
def _fact_wording(doc: EventDoc, opts: Options) -> None:
    """A fact worded by the odd one out of a divergence that contradicts it takes the
    majority's wording instead: the fact list must not show a minority version as what
    its sources corroborate. (The summary has picked its own wording by then, by the
    witnesses each candidate holds; this one touches the fact list only.)"""
    facts = {f.id: f for f in doc.alignment.facts}
    by_id = {a.id: a for a in doc.articles}
    for d in doc.divergences:
        fact = facts.get(d.fact or "")
        if fact is None or d.odd_one_out is None or d.kind not in CONTRADICTING:
            continue
        if any(c.article == d.odd_one_out and c.text == fact.text for c in fact.support):
            fact.text = doc.alignment.wording(fact.id, by_id, avoid=d.odd_one_out) or fact.text


@stage(
    "timeline",
    requires=("vectors", "quotes", "quote_groups", "divergences"),
    assigns=("timeline",),
)
def _timeline(doc: EventDoc, opts: Options) -> None:
    split = partial(agreeing_statements, _verifier(doc, opts))
    odd = odd_wordings(doc.divergences or ())
    doc.timeline = build_timeline(doc.articles, vectors=doc.vectors, split=split, odd=odd)


@stage("entities", assigns=("entities",))
def _entities(doc: EventDoc, opts: Options) -> None:
    doc.entities = list(extract_entities(list(doc.articles)))


@stage("title", requires=("alignment", "quotes", "quote_groups", "divergences"), assigns=("title",))
def _title(doc: EventDoc, opts: Options) -> None:
    doc.title = event_title(
        doc.articles, doc.alignment, opts.embedder, doc.divergences, _verifier(doc, opts)
    )


PIPELINE = (
    "embed",
    "ner",
    "independence",
    "facts",
    "quotes",
    "divergences",
    "summary",
    "fact_wording",
    "timeline",
    "entities",
    "title",
)


def build_dossier(
    articles: list[Article],
    *,
    max_summary: int = MAX_SUMMARY,
    embedder: Any = None,
    event_id: str | None = None,
    stages: Sequence[str] = PIPELINE,
    timings: dict[str, float] | None = None,
) -> Dossier:
    """The cross-checked, cited dossier of one event.

    `articles` are cleaned and annotated (language, sentences with offsets, flags);
    `embedder` defaults to `newsweave.embed.get_embedder()`. `stages` names the stages to
    run, in order (default `PIPELINE`); leaving one out leaves its part of the dossier
    empty, unless a later stage needs it (StageError E103). `timings`, when given, gets
    each stage's wall seconds (the benches read it).
    """
    if not articles:
        raise StageError("E101")
    for a in articles:
        if a.text.strip() and not a.sentences:
            raise StageError("E102", article=a.id)
    unknown = [name for name in stages if name not in STAGES]
    if unknown:
        raise StageError("E105", name=unknown[0], known=", ".join(STAGES))
    if embedder is None:
        from newsweave.embed import get_embedder

        embedder = get_embedder()
    opts = Options(embedder=CachingEmbedder(embedder), max_summary=max_summary)
    doc = EventDoc(articles=list(articles))
    doc.providers = {layer: st.name for st in STAGES.values() for layer in st.assigns}
    for name in stages:
        st = STAGES[name]
        doc.require(name, *st.requires)
        start = time.perf_counter()
        st.run(doc, opts)
        if timings is not None:
            timings[name] = time.perf_counter() - start
    return _assemble(doc, event_id)


def _assemble(doc: EventDoc, event_id: str | None) -> Dossier:
    articles = doc.articles
    facts = doc.alignment.facts if doc.alignment is not None else []
    groups = doc.groups or {}
    event = EventInfo(
        title=doc.title or fallback_title(articles, facts),
        date=event_date(articles),
        languages=sorted({a.lang for a in articles if a.lang}),
        outlets=sorted({a.outlet for a in articles if a.outlet}),
        id=event_id,
    )
    return Dossier(
        event=event,
        articles=[provenance_row(a, groups.get(a.id)) for a in articles],
        summary=doc.summary or [],
        also_reported=doc.also_reported or [],
        facts=facts,
        quotes=doc.quote_groups or [],
        divergences=doc.divergences or [],
        coverage=coverage(facts, articles, doc.echoed or frozenset(), doc.also_stated or {}),
        timeline=doc.timeline or [],
        entities=doc.entities or [],
        source_groups=doc.source_groups or [],
    )
