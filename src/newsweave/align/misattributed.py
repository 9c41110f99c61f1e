"""The same words put in different mouths: outlets that quote one utterance word for word
but name different people as its speaker ('"No family will be left without a roof,"
President Irena Kostova said' / '… Foreign Minister Dan Petrov said').

Quote groups never join two speakers (`quote_groups`), so such an utterance stands as two
groups. They are one divergence of kind "speaker" when a variant of each is the same
direct quotation in one language (nearly every word of the longer one in the other; a
stretch of a longer quote may be another remark) and both speakers are named in full
(first and last name: a country or a ministry "said" for its minister is no other person),
or when outlets in other languages quote it close enough to be its translation: one outlet
against two or more (TRANSLATED), or any other sides (CLOSE: two groups of several
articles each, one outlet against one). A side is the articles that themselves give the
words to its speaker (`Quote.speaker`: a variant grouped with a named speaker's but left
unresolved in its own article, "son homologue a répondu : « … »", names nobody). The
group holding the odd one out's variant is flagged divergent (`QuoteGroup.odd_one_out`,
reason "speaker: …"); with no odd one out, both groups are.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations
from typing import Any

import numpy as np

from newsweave.align.names import role_class, same_person
from newsweave.align.wording import words
from newsweave.lang import all_stop_words
from newsweave.model import Article, Citation, Divergence, Quote, QuoteGroup, QuoteVariant
from newsweave.text.fold import fold

MIN_WORDS = 6  # a shorter phrase ("a declaration of war") is said by many
SAME_WORDS = 0.8  # share of the longer quotation's words the other holds
TRANSLATED = 0.7  # cosine of one quotation in two languages (see `_translated`)
# ... for sides that are not one outlet against several, or an outlet that quotes the other
# speaker too: translations of one sentence score 0.72-0.88 ("Keep windows and doors
# closed …" / « Gardez portes et fenêtres fermées … » 0.88), two people's like remarks ~0.65
CLOSE = 0.8
MIN_SHARED = 4  # words two groups' quotations share to be compared at all
COMMON = 64  # groups a word is in beyond which it is not indexed


def speaker_divergences(
    groups: Sequence[QuoteGroup],
    articles: Sequence[Article],
    embedder: Any = None,
    quotes: Sequence[Quote] = (),
) -> list[Divergence]:
    """One `Divergence(kind="speaker")` per pair of quote groups of two named people that
    hold the same quotation; its variants are the articles' sentences (which name the
    speaker), its odd one out the lone article against two or more, if so. With an
    `embedder`, also the same quotation in other languages (`_translated`). With the
    `quotes` the groups were made of, each side is the articles whose own attribution
    names its speaker; the group holding the odd one out is flagged (`_flag`)."""
    by_id = {a.id: a for a in articles}
    own = _own_speakers(quotes)
    named = [g for g in groups if _person(g, by_id)]
    same = [
        (a, b)
        for a, b in _sharing_words(named, by_id)
        if any(_same_words(x, y, by_id) for x in a.variants for y in b.variants)
    ]
    out = []
    for a, b in same + _translated(named, by_id, embedder, same, own):
        if same_person(a.speaker or "", b.speaker or "") or _surname(a) == _surname(b):
            continue  # one person, or one named with a word of her role ("Sanità Ferrante")
        sides = [(g, sorted(_naming(g, own) - _articles(other))) for g, other in ((a, b), (b, a))]
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
        _flag(gb, ga, odd, len(aa))
        if odd is None:
            _flag(ga, gb, None, len(ab))
    return out


def _flag(g: QuoteGroup, other: QuoteGroup, odd: str | None, n: int) -> None:
    """Flag `g` divergent: other outlets give its words to `other`'s speaker (a group
    already flagged for its wording keeps that reason)."""
    if g.divergent:
        return
    g.divergent, g.odd_one_out = True, odd
    outlets = "another outlet gives" if n == 1 else f"{n} other outlets give"
    g.reason = f"speaker: {outlets} these words to {other.speaker} ({other.id})"


def _own_speakers(quotes: Sequence[Quote]) -> dict[tuple[str, str], str | None]:
    """(article, quotation text) -> the speaker its article itself names (None: nobody)."""
    return {(q.article_id, q.text): q.speaker for q in quotes}


def _naming(g: QuoteGroup, own: dict[tuple[str, str], str | None]) -> set[str]:
    """The articles of `g` whose own attribution names its speaker: a variant joined to the
    group by its words but unresolved where it stands ("son homologue") names nobody, and
    is no side; without the quotes, every article of the group."""
    out = set()
    for v in g.variants:
        key = (v.article, v.text)
        if key not in own or (own[key] and same_person(own[key] or "", g.speaker or "")):
            out.add(v.article)
    return out


def _person(g: QuoteGroup, by_id: dict[str, Article]) -> bool:
    """Whether the group's speaker is a person named in full: first and last name, or a
    surname its articles write after a first name ("Tomasz Wilczek przeszedł …", then
    "– dodał napastnik" read as "Wilczek": a capitalised word before it that is no common
    word or role); a country or a ministry "saying" for its minister is no person."""
    if not g.speaker:
        return False
    if len(g.speaker.split()) >= 2:
        return True
    before = re.compile(rf"(\w+)\s+{re.escape(g.speaker)}\b")
    stop = all_stop_words()
    return any(
        w[0].isupper() and w[1:].islower() and fold(w) not in stop and role_class(w, by_id[art].lang) is None
        for art in _articles(g)
        if art in by_id
        for w in before.findall(by_id[art].text)
    )


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
    own: dict[tuple[str, str], str | None],
) -> list[tuple[QuoteGroup, QuoteGroup]]:
    """Pairs of groups whose direct quotations of MIN_WORDS words or more, in two
    languages (or one machine-translated: `_apart`), read as translations of each other. A one-article group against one of two
    articles or more needs cosine TRANSLATED ("Die Mindestdienste müssen vollständig und
    ohne Ausnahme eingehalten werden" / "Minimum services must be respected in full,
    without exceptions" 0.81, two sentences of one statement in Italian and Spanish 0.71;
    two officials' like remarks "… must be guaranteed during the strike" 0.65), where the
    one article does not quote the other speaker (then it may quote both: unless CLOSE)
    and names its own at the quotation; any other pair of groups (several articles
    each, one each) needs CLOSE, and a one-article side is held to the same naming."""
    if embedder is None:
        return []

    def direct(g: QuoteGroup) -> list[QuoteVariant]:
        mine = _naming(g, own)  # a variant whose article names nobody is no side's
        return [v for v in g.variants if v.direct and v.article in mine and v.article in by_id and len(words(v.text)) >= MIN_WORDS]

    cands = [g for g in groups if direct(g)]
    if len(cands) < 2:
        return []
    rows = [(k, v) for k, g in enumerate(cands) for v in direct(g)]
    vecs = np.asarray(embedder.encode([v.text for _, v in rows]), dtype=np.float32)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    cos = vecs @ vecs.T
    seen = {frozenset((id(a), id(b))) for a, b in found}
    out = []
    for r, c in zip(*np.nonzero(np.triu(cos, 1) >= TRANSLATED), strict=True):
        (i, x), (j, y) = rows[r], rows[c]
        if i == j or not _apart(by_id[x.article], by_id[y.article]):
            continue  # one group; or one language: `_same_words` reads those
        (gi, xi), (gj, yj) = sorted(((cands[i], x), (cands[j], y)), key=lambda p: len(_naming(p[0], own)))
        pair = (gj, gi)
        if frozenset(map(id, pair)) in seen:
            continue
        lone, many = len(_naming(gi, own)) == 1, len(_naming(gj, own)) >= 2
        close = cos[r, c] >= CLOSE
        if not (close or (lone and many)):
            continue
        if lone and (not _named_at(gi, xi, by_id, own) or _quotes(by_id[xi.article], xi, gj, groups, close, own)):
            continue
        if not many and (not _named_at(gj, yj, by_id, own) or _quotes(by_id[yj.article], yj, gi, groups, close, own)):
            continue
        seen.add(frozenset(map(id, pair)))
        out.append(pair)
    return out


def _apart(a: Article, b: Article) -> bool:
    """Whether two articles' quotations are translations of each other, not words to
    compare: two languages, or one a machine translation ("Water should connect our
    nations, and not divide them" for "Water should unite our peoples, not divide them")."""
    return a.lang != b.lang or a.machine_translated or b.machine_translated


BEFORE = 500  # characters before a quotation where naming its other speaker may make him its speaker


def _quotes(
    article: Article,
    v: QuoteVariant,
    g: QuoteGroup,
    groups: Sequence[QuoteGroup],
    close: bool = False,
    own: dict[tuple[str, str], str | None] | None = None,
) -> bool:
    """Whether `article` quotes `g`'s speaker anywhere (then it may quote two people saying
    alike things; not for a `close` translation, which is one utterance) or names him
    shortly before quotation `v` or in its sentence ("In einem Schreiben an
    Staatspräsident X begründete er …: „…“": "er" may be him, and the one written to is no
    speaker); naming him elsewhere is not quoting him ("… del primer ministro, Teodor
    Halvik, que llegó al poder hace dos años" after the president's «…»). Where the
    article names its own speaker in the quotation's sentence ('Dragovan added: "…"',
    "Já o responsável pela Proteção Civil, Rafael Morsi, procurou tranquilizar …: «…»"),
    only that sentence counts: the president named in the sentence before, or two
    paragraphs up signing a treaty with her, is no speaker of these words."""
    if not close and any(article.id in _articles(h) and same_person(h.speaker or "", g.speaker or "") for h in groups):
        return True
    if v.sentence is None or not 0 <= v.sentence < len(article.sentences):
        return _surname(g) in fold(article.text)
    at = article.sentences[v.sentence]
    speaker = (own or {}).get((v.article, v.text))
    if speaker and fold(speaker.split()[-1]) in fold(at.text):
        return _surname(g) in fold(at.text)
    return _surname(g) in fold(article.text[max(0, at.start - BEFORE) : at.end])


def _named_at(
    g: QuoteGroup,
    v: QuoteVariant,
    by_id: dict[str, Article],
    own: dict[tuple[str, str], str | None] | None = None,
) -> bool:
    """Whether the sentence of variant `v`, or the one before it in its paragraph, names
    the group's speaker ("Die Agenturchefin Adriana Velt gab sich kämpferisch. »…«,
    versicherte die 61-Jährige"): not a role the speaker was inferred from ("a assuré la
    directrice générale de Halvern" is Halvern's chief, whom the others name). Where the
    article itself gives the words to him, the sentence before may open its paragraph
    ('„…“ – mówił Wilczek. ¶ „…” – dodał napastnik')."""
    if _surname(g) in fold(_sentence(v, by_id).text):
        return True
    a = by_id.get(v.article)
    if a is None or v.sentence is None or not 0 < v.sentence < len(a.sentences):
        return False
    before, at = a.sentences[v.sentence - 1], a.sentences[v.sentence]
    mine = (own or {}).get((v.article, v.text))
    if not (before.paragraph == at.paragraph or (mine and same_person(mine, g.speaker or ""))):
        return False
    return _surname(g) in fold(before.text)


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
