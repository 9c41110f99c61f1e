"""Name divergences: one outlet gives a person another first name than the others do
("Didier Pogba" where the rest write "Paul Pogba", "Ante Dalic" for "Zlatko Dalic").

Two people may share a surname (a family, "Donald Trump" / "Melania Trump"), so a variant
is reported only when everything points to one person named two ways: the two forms
never meet in one article; the common form is written by two or more independent
sources, the variant by exactly one article; and a sentence with the variant states
what a sentence with the common form states (one fact, or closely aligned sentences).
The surname must also stand alone somewhere in two articles ("Pogba"), unless the two
sentences are one sentence printed twice but for the first name and the named-entity
parser reads both names as people's ("South Korea" for "North Korea" is a place).
Spellings ("Zlatko" / "Zlatco"), short forms ("Joe" / "Joseph") and initials are no
variant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from newsweave.align.entities import TYPES
from newsweave.align.names import (
    DETERMINERS,
    FUNCTION,
    PARTICLES,
    ROLE_CLASS,
    TITLES,
)
from newsweave.compare.pairs import close_pairs
from newsweave.lang import NOUNS_CAPITALISED
from newsweave.model import Article, Citation, Divergence, FactGroups, Sentence
from newsweave.text.fold import fold, spelled_alike
from newsweave.text.nlp import parse

__all__ = ["name_divergences"]

ALIGNED_COS = 0.6  # raw cosine of two sentences of different facts that state one thing
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_SENTENCE_END = ".!?:;»”\"'"
_NAME = re.compile(rf"\b([{_UPPER}][^\W\d_]+)\s+([{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?)")


Found = dict[int, set[tuple[str, str, str]]]  # row -> (given, surname, as written)


def _names(text: str, lang: str | None) -> set[tuple[str, str, str, bool]]:
    """(given, surname, as written, opens a sentence) for the two-word personal names in
    `text`; none where the language capitalises every noun."""
    if lang in NOUNS_CAPITALISED:
        return set()
    out = set()
    for m in _NAME.finditer(text):
        given, surname = fold(m.group(1)), fold(m.group(2))
        if any(w in TITLES or w in ROLE_CLASS or w in FUNCTION for w in (given, surname)):
            continue  # "Prime Minister" / "Foreign Minister": roles, not names
        if given in PARTICLES:
            continue
        before = text[max(m.start() - 12, 0) : m.start()].split()
        if before and fold(before[-1]) in DETERMINERS:
            continue  # "the Jury …", "la Croix …": a noun, not a first name
        gap = text[: m.start()][-3:]
        opening = not before or before[-1][-1] in _SENTENCE_END or "\n" in gap
        out.add((given, surname, m.group(), opening))
    return out


_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _bare(text: str) -> set[str]:
    """Capitalised words standing alone (no capitalised word either side), folded."""
    words = list(_WORDS.finditer(text))
    out = set()
    for k, m in enumerate(words):
        if not m.group()[0].isupper():
            continue
        before = words[k - 1] if k else None
        after = words[k + 1] if k + 1 < len(words) else None
        # a neighbour across a full stop or a comma is not part of the name
        joined_before = before is not None and text[before.end() : m.start()].isspace()
        joined_after = after is not None and text[m.end() : after.start()].isspace()
        if not (joined_before and before.group()[0].isupper()) and not (
            joined_after and after.group()[0].isupper()
        ):
            out.add(fold(m.group()))
    return out


def _same_given(a: str, b: str) -> bool:
    return a == b or a.startswith(b) or b.startswith(a) or spelled_alike(a, b)


def name_divergences(
    alignment: FactGroups, articles: Sequence[Article], groups: dict[str, str]
) -> list[Divergence]:
    """One `Divergence(kind="name")` per surname that one article pairs with another first
    name than two or more independent sources do, in aligned sentences (see the module)."""
    sents = alignment.sentences
    lang = {a.id: a.lang for a in articles}
    by_id = {a.id: a for a in articles}
    names = {a.id: _names(a.text, a.lang) for a in articles}
    # a capitalised word opening a sentence ("Nuevamente Rask") is a first name only if
    # the event also writes it as one inside a sentence (or see `_person`)
    given_names = {n[0] for ns in names.values() for n in ns if not n[3]}
    found = {
        r: {n[:3] for n in _names(s.text, s.lang or lang.get(s.article_id))}
        for r, s in enumerate(sents)
    }
    # surname -> given name -> articles, over every sentence of every article
    forms: dict[str, dict[str, set[str]]] = {}
    alone: dict[str, set[str]] = {}  # surname -> articles that write it on its own
    for a in articles:
        for given, surname, _, _ in names[a.id]:
            forms.setdefault(surname, {}).setdefault(given, set()).add(a.id)
        for surname in _bare(a.text):
            alone.setdefault(surname, set()).add(a.id)
    fact_of: dict[int, set[str]] = {}
    for fact in alignment.facts:
        for r in alignment.support_rows[fact.id]:
            fact_of.setdefault(r, set()).add(fact.id)
    rows = [r for r in found if found[r]]
    aligned = {
        (rows[i], rows[j])
        for i, j, _ in close_pairs(np.asarray(alignment.vectors)[rows], ALIGNED_COS)
    }
    out = []
    for surname, by_given in sorted(forms.items()):
        if len(by_given) < 2:
            continue
        # a person is "Pogba" on second mention; "Korea" never stands without its "North".
        # A surname no one writes alone, or a first name only seen opening a sentence, is
        # still one person's when two outlets print one sentence but for the first name
        # ("Marta Orvik's side had begun the brighter") and the parser reads a person.
        lone = len(alone.get(surname, ())) >= 2
        common = max(by_given, key=lambda g: (len({groups.get(x, x) for x in by_given[g]}), g))
        major = by_given[common]
        if len({groups.get(x, x) for x in major}) < 2:
            continue
        for given, minor in sorted(by_given.items()):
            if given == common or len(minor) != 1 or minor & major or _same_given(given, common):
                continue
            if any(_same_given(given, g) for g in by_given if g not in (given, common)):
                continue
            pair = _aligned_pair(found, fact_of, aligned, surname, given, common)
            if pair is not None and not (lone and {given, common} <= given_names):
                r, same = pair
                same = [
                    c
                    for c in same
                    if _copies(sents[r].text, sents[c].text, given, common)
                    and all(_person(by_id[sents[k].article_id], found[k], surname) for k in (r, c))
                ]
                pair = (r, same) if same else None
            if pair is not None:
                out.append(_divergence(sents, pair, surname, given, common, found))
    return out


def _aligned_pair(
    found: Found,
    fact_of: dict[int, set[str]],
    aligned: set[tuple[int, int]],
    surname: str,
    given: str,
    common: str,
) -> tuple[int, list[int]] | None:
    """(row with the variant, rows with the common form that state the same), or None."""
    has = {
        g: [r for r, names in found.items() if any(n[:2] == (g, surname) for n in names)]
        for g in (given, common)
    }
    for r in has[given]:
        same = [
            c
            for c in has[common]
            if fact_of.get(r, set()) & fact_of.get(c, set()) or (min(r, c), max(r, c)) in aligned
        ]
        if same:
            return r, same
    return None


COPY_WORDS = 8  # words two sentences must share, in one run, to be one sentence printed twice


def _copies(a: str, b: str, given: str, common: str) -> bool:
    """Whether the shorter of two sentences, first names aside, is a run of the longer's
    words of at least COPY_WORDS words: one sentence printed twice."""
    wa, wb = ([w for w in map(fold, _WORDS.findall(t)) if w not in (given, common)] for t in (a, b))
    short, long_ = sorted((wa, wb), key=len)
    n = len(short)
    return n >= COPY_WORDS and any(long_[k : k + n] == short for k in range(len(long_) - n + 1))


def _person(article: Article, names: set[tuple[str, str, str]], surname: str) -> bool:
    """Whether the article's named-entity parse tags the name written with `surname` a
    person ("Ante Dalic" is, "South Korea" is not); False without a parser for its language."""
    doc = parse(article.text, article.lang)
    written = [n[2] for n in names if n[1] == surname]
    return doc is not None and any(
        w in ent.text for ent in doc.ents if TYPES.get(ent.label_) == "PERSON" for w in written
    )


def _divergence(
    sents: Sequence[Sentence],
    pair: tuple[int, list[int]],
    surname: str,
    given: str,
    common: str,
    found: Found,
) -> Divergence:
    r, same = pair

    def written(row: int, g: str) -> str:
        return next(n[2] for n in found[row] if n[:2] == (g, surname))

    odd = sents[r].article_id
    by_article: dict[str, int] = {}
    for k in [r, *same]:
        by_article.setdefault(sents[k].article_id, k)
    rows = list(by_article.values())
    return Divergence(
        kind="name",
        description=(
            f"Names differ: '{written(r, given)}' ({odd}) vs '{written(same[0], common)}' "
            f"({', '.join(dict.fromkeys(sents[c].article_id for c in same))})"
        ),
        variants=[Citation(sents[k].article_id, sents[k].text, sents[k].index) for k in rows],
        odd_one_out=odd if len({sents[c].article_id for c in same}) >= 2 else None,
    )
