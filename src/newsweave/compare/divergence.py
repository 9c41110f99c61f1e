"""Where reports of one event disagree: figures, claims and quotes.

- **number**: the same figure slot (what is counted, its unit) carries different values in
  sentences that state one fact, or in closely aligned sentences of different articles
  ("at least 500 dead" vs "more than 1,300 killed"). Rounding and qualifiers are tolerated
  and thousand-factor pairs ("12" vs "12,000") are left alone as likely mis-parses.
- **claim**: aligned sentences of different source groups whose structure says opposite
  things (`compare.polarity.meaning_differs`: a negation flip, swapped roles). To stay quiet
  on noise, a variant must disagree with every other independent source of its fact and
  those sources must agree among themselves, so a lone dissenter is the odd one out.
- **detail**: lists that fill one slot with different items ("cheap fuel and credit" /
  "grain and fuel deliveries"; see `detail_divergences`).
- **quote**: passed through from `align.quote_groups.quote_divergences`.

Facts involved get status "disputed" (`mark_disputed`).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.compare.claims import MeaningCheck, claim_divergences
from newsweave.compare.details import detail_divergences, name_list_divergences
from newsweave.compare.figures import number_divergences
from newsweave.model import Article, Divergence, Fact, FactGroups


def find_divergences(
    alignment: FactGroups,
    articles: Sequence[Article],
    groups: dict[str, str],
    *,
    quote_divergences: Sequence[Divergence] = (),
    meaning_check: MeaningCheck | None = None,
    nouns: dict[tuple[str | None, str], str] | None = None,
) -> list[Divergence]:
    """All divergences of one event: numbers, claims, detail lists, then quotes (passed
    through). `nouns` keys counts' nouns across languages (`nouns.event_nouns`)."""
    out = number_divergences(alignment, articles, nouns)
    out += claim_divergences(alignment, articles, groups, meaning_check=meaning_check)
    out += detail_divergences(alignment, articles)
    out += name_list_divergences(alignment, articles)
    out += list(quote_divergences)
    return out


# Kinds whose odd one out states something else than the fact (a detail list only adds;
# a quote worded otherwise, "wording", keeps its meaning and disputes nothing).
CONTRADICTING = frozenset({"number", "claim", "quote"})


def odd_spots(divergences: Sequence[Divergence]) -> dict[tuple[str, str], str | None]:
    """(article, text) of each contradicting divergence's odd one out -> the fact the
    divergence is about: a sentence (or clause) stating another figure or the opposite
    claim."""
    return {
        (v.article, v.text): d.fact
        for d in divergences
        if d.kind in CONTRADICTING
        for v in d.odd_variants()
    }


def mark_disputed(facts: Sequence[Fact], divergences: Sequence[Divergence]) -> None:
    """Set status "disputed" on the facts a divergence names (not for "wording"). A
    divergence that names none (a quote's variants) first gets the fact whose support
    holds two or more of its variants' sentences, the most of them."""
    held = {f.id: {(c.article, c.sentence) for c in f.support} for f in facts}
    for d in divergences:
        if d.fact is None:
            spots = {(v.article, v.sentence) for v in d.variants if v.sentence is not None}
            best = max(held, key=lambda fid: len(held[fid] & spots), default=None)
            if best is not None and len(held[best] & spots) >= 2:
                d.fact = best
    disputed = {d.fact for d in divergences if d.fact and d.kind != "wording"}
    for fact in facts:
        if fact.id in disputed:
            fact.status = "disputed"
