"""Ranks of an achievement: "the first woman ever to win a gold medal in the relay" against
"the second athlete to win a relay gold". Two outlets stating one fact with different
ranks disagree; `compare/figures.py` compares them within one fact, as it does minutes.

A rank is read only where a definite article and an ordinal (`DEFINITE_ARTICLES` in
lang/<code>/cues.py, `ORDINALS` in lang/<code>/numbers.py) head a short phrase closed by the
language's link word and a verb-like word ("the first ... to win", "le premier ... à
gagner", "el primer ... en ganar"). "Their fourth league title" counts titles and "his second
penalty to become" counts penalties; "the second goal in the 52nd minute" or "le premier
but à la 23e minute" name no achievement (a determiner, a digit, a capital or an elided
"l'" after the link word is no verb). The article may open the sentence ("The first woman
to lead …"); a capitalised ordinal is part of a title ("the First Minister to …").
"""

from __future__ import annotations

import re
from functools import cache

from newsweave.compare.quantity import Quantity
from newsweave.lang import alternation, each, merged

MAX_BETWEEN = 3  # words between the ordinal and its link word ("player ever")


@cache
def _pattern(lang: str | None) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """The rank phrase of `lang` (of every language when None); None without ordinals."""
    modules = [
        m for part in ("numbers", "cues") for code, m in each(part) if lang in (None, code)
    ]
    ranks = {w: r for m in modules for w, r in getattr(m, "ORDINALS", {}).items()}
    if not ranks:
        return None

    def alternatives(name: str) -> str:
        return alternation({w for m in modules for w in getattr(m, name, ())})

    pattern = re.compile(
        # the article may open the sentence ("The first …"); a capitalised ordinal is a
        # title ("the First Minister"), no rank
        rf"\b(?i:{alternatives('DEFINITE_ARTICLES')})\s+(?P<rank>{alternatives('ORDINALS')})"
        rf"(?:\s+[^\W\d_][\w'’-]*){{0,{MAX_BETWEEN}}}?"
        rf"\s+(?:{alternatives('RANK_LINKS')})\s+(?P<verb>[^\W\d_]+)\b(?!['’])"
        # ... or the count of occurrences of one kind ("the second such accident", "le
        # deuxième accident de ce type", "der zweite Unfall dieser Art")
        rf"|\b(?i:{alternatives('DEFINITE_ARTICLES')})\s+(?P<rank2>{alternatives('ORDINALS')})"
        rf"(?:\s+[^\W\d_][\w'’-]*){{0,2}}?\s+(?i:{alternatives('RANK_SUCH')})\b"
    )
    return pattern, ranks


def rank_marks(text: str, lang: str | None = None) -> list[Quantity]:
    """The ranks of achievements a sentence in `lang` states (kind "rank"), e.g. 1 for
    "the first woman ever to win"; the text is the phrase from the ordinal to the verb."""
    found = _pattern(lang)
    if found is None:
        return []
    pattern, ranks = found
    out = []
    for m in pattern.finditer(text):
        verb = m.group("verb")
        if verb is not None and (verb[0].isupper() or verb.lower() in _not_verbs()):
            continue
        key = "rank" if verb is not None else "rank2"
        start = m.start(key)
        value = float(ranks[m.group(key)])
        out.append(Quantity(value, "rank", text[start : m.end()], start, m.end()))
    return out


@cache
def _not_verbs() -> frozenset[str]:
    words = merged("cues", "DETERMINERS") | merged("cues", "INDEFINITE_ARTICLES")
    return frozenset(w.lower() for w in words)
