"""The same words put in different mouths: outlets that quote one utterance word for word
but name different people as its speaker ('"No family will be left without a roof,"
President Irena Kostova said' / '… Foreign Minister Dan Petrov said').

Quote groups never join two speakers (`quote_groups`), so such an utterance stands as two
groups. They are one divergence of kind "speaker" when a variant of each is the same
direct quotation in one language (nearly every word of the longer one in the other; a
stretch of a longer quote may be another remark) and both speakers are named in full
(first and last name: a country or a ministry "said" for its minister is no other person),
or when one outlet alone quotes in another language what two or more quote, close enough
to be its translation.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations
from typing import Any

import numpy as np

from newsweave.align.names import same_person
from newsweave.align.wording import words
from newsweave.model import Article, Citation, Divergence, QuoteGroup, QuoteVariant
from newsweave.text.fold import fold

MIN_WORDS = 6  # a shorter phrase ("a declaration of war") is said by many
SAME_WORDS = 0.8  # share of the longer quotation's words the other holds
TRANSLATED = 0.7  # cosine of one quotation in two languages (see `_translated`)
MIN_SHARED = 4  # words two groups' quotations share to be compared at all
COMMON = 64  # groups a word is in beyond which it is not indexed


def speaker_divergences(
    groups: Sequence[QuoteGroup], articles: Sequence[Article], embedder: Any = None
) -> list[Divergence]:
    """One `Divergence(kind="speaker")` per pair of quote groups of two named people that
    hold the same quotation; its variants are the articles' sentences (which name the
    speaker), its odd one out the lone article against two or more, if so. With an
    `embedder`, also one outlet's translation of what two or more others quote
    (`_translated`)."""
    by_id = {a.id: a for a in articles}
    named = [g for g in groups if g.speaker and len(g.speaker.split()) >= 2]
    same = [
        (a, b)
        for a, b in _sharing_words(named, by_id)
        if any(_same_words(x, y, by_id) for x in a.variants for y in b.variants)
    ]
    out = []
    for a, b in same + _translated(named, by_id, embedder, same):
        if same_person(a.speaker or "", b.speaker or "") or _surname(a) == _surname(b):
            continue  # one person, or one named with a word of her role ("Sanità Ferrante")
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


def _translated(
    groups: Sequence[QuoteGroup],
    by_id: dict[str, Article],
    embedder: Any,
    found: list[tuple[QuoteGroup, QuoteGroup]],
) -> list[tuple[QuoteGroup, QuoteGroup]]:
    """Pairs of a one-article group and a group of two articles or more whose direct
    quotations of MIN_WORDS words or more read as translations of each other (cosine
    TRANSLATED: "Die Mindestdienste müssen vollständig und ohne Ausnahme eingehalten
    werden" / "Minimum services must be respected in full, without exceptions" 0.81, two
    sentences of one statement in Italian and Spanish 0.71; two officials' like remarks
    "… must be guaranteed during the strike" 0.65), where the one article does not quote
    the other speaker (then it may quote both) and names its own at the quotation."""
    if embedder is None:
        return []

    def direct(g: QuoteGroup) -> list[QuoteVariant]:
        return [v for v in g.variants if v.direct and v.article in by_id and len(words(v.text)) >= MIN_WORDS]

    lone = [g for g in groups if len(_articles(g)) == 1 and direct(g)]
    many = [g for g in groups if len(_articles(g)) >= 2 and direct(g)]
    if not lone or not many:
        return []
    rows = [(k, v) for k, g in enumerate(lone) for v in direct(g)]
    cols = [(k, v) for k, g in enumerate(many) for v in direct(g)]
    vecs = np.asarray(embedder.encode([v.text for _, v in rows + cols]), dtype=np.float32)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    cos = vecs[: len(rows)] @ vecs[len(rows) :].T
    seen = {frozenset((id(a), id(b))) for a, b in found}
    out = []
    for r, c in zip(*np.nonzero(cos >= TRANSLATED), strict=True):
        (i, x), (j, y) = rows[r], cols[c]
        if by_id[x.article].lang == by_id[y.article].lang:
            continue  # one language: `_same_words` reads those
        if _quotes(by_id[x.article], x, many[j], groups) or not _named_at(lone[i], x, by_id):
            continue
        pair = (many[j], lone[i])
        if frozenset(map(id, pair)) not in seen:
            seen.add(frozenset(map(id, pair)))
            out.append(pair)
    return out


BEFORE = 500  # characters before a quotation where naming its other speaker may make him its speaker


def _quotes(article: Article, v: QuoteVariant, g: QuoteGroup, groups: Sequence[QuoteGroup]) -> bool:
    """Whether `article` quotes `g`'s speaker anywhere (then it may quote two people saying
    alike things) or names him shortly before quotation `v` or in its sentence ("In einem
    Schreiben an Staatspräsident X begründete er …: „…“": "er" may be him, and the one
    written to is no speaker); naming him elsewhere is not quoting him ("… del primer
    ministro, Teodor Halvik, que llegó al poder hace dos años" after the president's «…»)."""
    if any(article.id in _articles(h) and same_person(h.speaker or "", g.speaker or "") for h in groups):
        return True
    if v.sentence is None or not 0 <= v.sentence < len(article.sentences):
        return _surname(g) in fold(article.text)
    at = article.sentences[v.sentence]
    return _surname(g) in fold(article.text[max(0, at.start - BEFORE) : at.end])


def _named_at(g: QuoteGroup, v: QuoteVariant, by_id: dict[str, Article]) -> bool:
    """Whether the sentence of variant `v`, or the one before it in its paragraph, names
    the group's speaker ("Die Agenturchefin Adriana Velt gab sich kämpferisch. »…«,
    versicherte die 61-Jährige"): not a role the speaker was inferred from ("a assuré la
    directrice générale de Halvern" is Halvern's chief, whom the others name)."""
    if _surname(g) in fold(_sentence(v, by_id).text):
        return True
    a = by_id.get(v.article)
    if a is None or v.sentence is None or not 0 < v.sentence < len(a.sentences):
        return False
    before, at = a.sentences[v.sentence - 1], a.sentences[v.sentence]
    return before.paragraph == at.paragraph and _surname(g) in fold(before.text)


def _surname(g: QuoteGroup) -> str:
    """The last word of the group's speaker, folded ("" for none)."""
    return fold(g.speaker.split()[-1]) if g.speaker and g.speaker.split() else ""


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
