"""What both renderers need to know about a dossier, computed once.

`DossierView` numbers the articles ([1], [2], ... in provenance order), gives
each article and fact a stable HTML anchor, maps citations to outlet names,
works out the coverage matrix and groups quotes by speaker with their word
diffs. Markdown and HTML read the same view, so they say the same things.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from newsweave.model import ArticleInfo, Coverage, Dossier, Entity, Fact, QuoteGroup, SourceGroup
from newsweave.render.bidi import isolate, web_url
from newsweave.render.diff import VariantView, diff_group

ENTITY_TYPES = {"PERSON": "People", "PLACE": "Places", "ORG": "Organisations"}
STATUS_LABELS = {
    "corroborated": "corroborated",
    "single-source": "single source",
    "disputed": "disputed",
}


def slug(value: str) -> str:
    """An id-safe form of an arbitrary string (article ids come from file names or feeds)."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", value).strip("-") or "x"


def _unique_anchors(prefix: str, ids: list[str]) -> dict[str, str]:
    anchors: dict[str, str] = {}
    used: set[str] = set()
    for i in ids:
        if i in anchors:
            continue
        base = f"{prefix}-{slug(i)}"
        anchor, n = base, 2
        while anchor in used:  # "a b" and "a-b" slug alike
            anchor, n = f"{base}-{n}", n + 1
        used.add(anchor)
        anchors[i] = anchor
    return anchors


@dataclass
class QuoteView:
    group: QuoteGroup
    variants: list[VariantView]

    @property
    def anchor(self) -> str:
        return f"quote-{slug(self.group.id)}"


@dataclass
class SpeakerQuotes:
    speaker: str | None
    quotes: list[QuoteView] = field(default_factory=list)

    @property
    def divergent(self) -> int:
        return sum(1 for q in self.quotes if q.group.divergent)


@dataclass
class CoverageRow:
    """One article's column of the coverage matrix."""

    article: ArticleInfo
    supports: set[str]
    unique: set[str]
    omitted: set[str]


class DossierView:
    def __init__(self, d: Dossier, article_texts: dict[str, str] | None = None):
        self.d = d
        self.article_texts = article_texts or {}
        self.articles = list(d.articles)
        self.by_id: dict[str, ArticleInfo] = {a.id: a for a in self.articles}
        self.numbers: dict[str, int] = {a.id: n for n, a in enumerate(self.articles, 1)}
        self._article_anchors = _unique_anchors("art", [a.id for a in self.articles])
        self._fact_anchors = _unique_anchors("fact", [f.id for f in d.facts])
        self.facts_by_id: dict[str, Fact] = {f.id: f for f in d.facts}
        self.groups_by_id: dict[str, SourceGroup] = {g.id: g for g in d.source_groups}

    # --- articles and citations ------------------------------------------------

    def known(self, article_id: str) -> bool:
        return article_id in self.by_id

    def number(self, article_id: str) -> int | None:
        return self.numbers.get(article_id)

    def anchor(self, article_id: str) -> str:
        return self._article_anchors.get(article_id) or f"art-{slug(article_id)}"

    def outlet(self, article_id: str) -> str:
        """The name a reader knows the source by: the outlet, else the article id."""
        a = self.by_id.get(article_id)
        return (a.outlet if a and a.outlet else None) or article_id

    def label(self, article_id: str) -> str:
        """ "[2] Outlet" - number and outlet, for places where several articles are listed."""
        n = self.number(article_id)
        return f"[{n}] {self.outlet(article_id)}" if n else self.outlet(article_id)

    def tooltip(self, article_id: str) -> str:
        a = self.by_id.get(article_id)
        if a is None:
            return article_id
        bits = [isolate(b) for b in (a.outlet, a.title, a.published, a.lang) if b]
        return " · ".join(bits) or a.id  # each part isolated: one cannot reorder the next

    def cite_numbers(self, article_ids: list[str]) -> str:
        """ "[1][3]" for Markdown; unknown ids appear as themselves."""
        return "".join(f"[{self.number(a) or a}]" for a in article_ids)

    @cached_property
    def independent_sources(self) -> int:
        return self.d.independent_sources()

    def url(self, article: ArticleInfo) -> str | None:
        return web_url(article.url)

    @cached_property
    def shared_groups(self) -> list[SourceGroup]:
        """Source groups worth listing: more than one article, or a stated reason."""
        return [g for g in self.d.source_groups if len(g.articles) > 1 or g.reasons]

    def group_reasons(self, group_id: str | None) -> list[str]:
        g = self.groups_by_id.get(group_id or "")
        return list(g.reasons) if g else []

    def group_members(self, group_id: str | None) -> list[str]:
        g = self.groups_by_id.get(group_id or "")
        return list(g.articles) if g else []

    # --- facts -------------------------------------------------------------------

    def fact_anchor(self, fact_id: str) -> str:
        return self._fact_anchors.get(fact_id) or f"fact-{slug(fact_id)}"

    def fact_articles(self, fact: Fact) -> list[str]:
        """The articles that state a fact, once each, in support order."""
        return list(dict.fromkeys(c.article for c in fact.support))

    @cached_property
    def _odd_by_fact(self) -> dict[str, set[tuple[str, int | None]]]:
        """Fact -> (article, sentence) of each divergence's odd variant on it."""
        out: dict[str, set[tuple[str, int | None]]] = {}
        for dv in self.d.divergences:
            if dv.fact and dv.kind != "wording":
                out.setdefault(dv.fact, set()).update((c.article, c.sentence) for c in dv.odd_variants())
        return out

    def fact_unconfirmed(self, fact: Fact) -> set[str]:
        """The articles in the fact's group whose sentence the citation check did not find
        stating it (marked beside it); none when the fact was not checked."""
        if fact.confirmed is None:
            return set()
        return {c.article for c in fact.support} - set(fact.confirmed) - self.fact_odd(fact)

    def verified_sources(self, fact: Fact) -> int | None:
        """How many independent sources the citation check confirms stating the fact (its
        `confirmed` articles, a source group counting once); None when not checked. The
        fact's `independent_sources` counts its whole group, sentences not confirmed too."""
        if fact.confirmed is None:
            return None
        return len({self._group_of.get(a, a) for a in fact.confirmed})

    @cached_property
    def _group_of(self) -> dict[str, str]:
        """Article -> the id of its source group."""
        return {a: g.id for g in self.d.source_groups for a in g.articles}

    def fact_odd(self, fact: Fact) -> set[str]:
        """The articles whose sentence in the fact's group is the odd variant of a divergence
        on the fact: it says it otherwise (marked beside it). Another sentence of the odd
        outlet ("Im Gegenzug ließ Morvia 1900 Gefangene frei" beside its "30 Geiseln") is
        not marked so; the check leaves it unconfirmed."""
        spots = self._odd_by_fact.get(fact.id, set())
        return {c.article for c in fact.support if {(c.article, c.sentence), (c.article, None)} & spots}

    @cached_property
    def status_counts(self) -> Counter[str]:
        return Counter(f.status for f in self.d.facts)

    # --- coverage ----------------------------------------------------------------

    @cached_property
    def coverage(self) -> list[CoverageRow]:
        supports: dict[str, set[str]] = {a.id: set() for a in self.articles}
        for f in self.d.facts:
            for aid in self.fact_articles(f):
                supports.setdefault(aid, set()).add(f.id)
        rows: list[CoverageRow] = []
        for a in self.articles:
            cov = self.d.coverage.get(a.id, Coverage())
            rows.append(
                CoverageRow(a, supports.get(a.id, set()), set(cov.unique), set(cov.omitted))
            )
        return rows

    # --- quotes ------------------------------------------------------------------

    @cached_property
    def quotes_by_speaker(self) -> list[SpeakerQuotes]:
        """Quote groups by speaker, in order of first appearance; unattributed ones last."""
        by: dict[str | None, SpeakerQuotes] = {}
        for g in self.d.quotes:
            # reference wording first (the others are read against it), the odd one out last
            variants = sorted(diff_group(g), key=lambda vv: (not vv.reference, vv.odd))
            by.setdefault(g.speaker or None, SpeakerQuotes(g.speaker or None)).quotes.append(
                QuoteView(g, variants)
            )
        named = [s for k, s in by.items() if k is not None]
        return named + ([by[None]] if None in by else [])

    @cached_property
    def divergent_quotes(self) -> int:
        return sum(1 for g in self.d.quotes if g.divergent)

    # --- entities ----------------------------------------------------------------

    @cached_property
    def entities_by_type(self) -> list[tuple[str, list[Entity]]]:
        """(heading, entities) per type, most mentioned first; unknown types keep their name."""
        by: dict[str, list[Entity]] = {}
        for e in self.d.entities:
            by.setdefault(e.type, []).append(e)
        order = [t for t in ENTITY_TYPES if t in by] + sorted(
            t for t in by if t not in ENTITY_TYPES
        )
        return [
            (
                ENTITY_TYPES.get(t, t.title()),
                sorted(by[t], key=lambda e: (-sum(e.mentions.values()), e.name)),
            )
            for t in order
        ]

    def mentions(self, entity: Entity) -> list[tuple[str, int]]:
        """(article id, count) in article order, unknown ids last."""
        known = [(a.id, entity.mentions[a.id]) for a in self.articles if entity.mentions.get(a.id)]
        rest = [(k, v) for k, v in entity.mentions.items() if k not in self.by_id and v]
        return known + rest

    # --- header --------------------------------------------------------------------

    @cached_property
    def counts(self) -> list[tuple[str, int]]:
        d = self.d
        return [
            ("articles", len(d.articles)),
            ("independent sources", self.independent_sources),
            ("facts", len(d.facts)),
            ("corroborated", self.status_counts.get("corroborated", 0)),
            ("quotes", len(d.quotes)),
            ("divergent quotes", self.divergent_quotes),
            ("divergences", len(d.divergences)),
        ]
