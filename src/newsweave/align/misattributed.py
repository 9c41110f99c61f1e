"""The same words put in different mouths: outlets that quote one utterance word for word
but name different people as its speaker ('"No family will be left without a roof,"
President Irena Kostova said' / '… Foreign Minister Dan Petrov said').

Quote groups never join two speakers (`quote_groups`), so such an utterance stands as two
groups. They are one divergence of kind "speaker" when a variant of each is the same
direct quotation in one language (nearly every word of the longer one in the other; a
stretch of a longer quote may be another remark) and both speakers are named in full
(first and last name: a country or a ministry "said" for its minister is no other person).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations

from newsweave.align.names import same_person
from newsweave.align.wording import words
from newsweave.model import Article, Citation, Divergence, QuoteGroup, QuoteVariant

MIN_WORDS = 6  # a shorter phrase ("a declaration of war") is said by many
SAME_WORDS = 0.8  # share of the longer quotation's words the other holds
MIN_SHARED = 4  # words two groups' quotations share to be compared at all
COMMON = 64  # groups a word is in beyond which it is not indexed


def speaker_divergences(
    groups: Sequence[QuoteGroup], articles: Sequence[Article]
) -> list[Divergence]:
    """One `Divergence(kind="speaker")` per pair of quote groups of two named people that
    hold the same quotation; its variants are the articles' sentences (which name the
    speaker), its odd one out the lone article against two or more, if so."""
    by_id = {a.id: a for a in articles}
    named = [g for g in groups if g.speaker and len(g.speaker.split()) >= 2]
    out = []
    for a, b in _sharing_words(named, by_id):
        if same_person(a.speaker or "", b.speaker or ""):
            continue
        if not any(_same_words(x, y, by_id) for x in a.variants for y in b.variants):
            continue
        sides = [(g, sorted(_articles(g) - _articles(other))) for g, other in ((a, b), (b, a))]
        if not all(arts for _, arts in sides):
            continue  # an article naming both is quoting two people, not disagreeing
        (ga, aa), (gb, ab) = sorted(sides, key=lambda s: -len(s[1]))
        odd = ab[0] if len(ab) == 1 and len(aa) >= 2 else None
        text = next(v.text for v in ga.variants if v.direct)
        out.append(
            Divergence(
                kind="speaker",
                description=(
                    f"The same words are attributed to {ga.speaker} ({', '.join(aa)}) and to "
                    f"{gb.speaker} ({', '.join(ab)}): “{text}”"
                ),
                variants=[
                    _sentence(v, by_id)
                    for g, arts in ((ga, aa), (gb, ab))
                    for v in g.variants
                    if v.article in arts
                ],
                odd_one_out=odd,
            )
        )
    return out


def _sharing_words(
    groups: Sequence[QuoteGroup], by_id: dict[str, Article]
) -> list[tuple[QuoteGroup, QuoteGroup]]:
    """Pairs of groups whose direct quotations in one language share several words, found
    through an index of words (a 500-article event has hundreds of groups: no all-pairs)."""
    index: dict[tuple[str | None, str], set[int]] = defaultdict(set)
    for k, g in enumerate(groups):
        for v in g.variants:
            a = by_id.get(v.article)
            if v.direct and a is not None:
                for w in set(words(v.text)):
                    index[(a.lang, w)].add(k)
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if len(members) <= COMMON:  # a word in every other quote tells nothing
            shared.update(combinations(sorted(members), 2))
    return [(groups[i], groups[j]) for (i, j), n in sorted(shared.items()) if n >= MIN_SHARED]


def _articles(g: QuoteGroup) -> set[str]:
    return {v.article for v in g.variants}


def _same_words(x: QuoteVariant, y: QuoteVariant, by_id: dict[str, Article]) -> bool:
    ax, ay = by_id.get(x.article), by_id.get(y.article)
    if not (x.direct and y.direct and ax and ay and ax.lang == ay.lang):
        return False
    wx, wy = set(words(x.text)), set(words(y.text))
    if min(len(wx), len(wy)) < MIN_WORDS:
        return False
    return len(wx & wy) >= SAME_WORDS * max(len(wx), len(wy))


def _sentence(v: QuoteVariant, by_id: dict[str, Article]) -> Citation:
    """The variant as the sentence that names its speaker."""
    a = by_id.get(v.article)
    if a is not None and v.sentence is not None and 0 <= v.sentence < len(a.sentences):
        return Citation(v.article, a.sentences[v.sentence].text, v.sentence)
    return Citation(v.article, v.text, v.sentence)
