"""Counts told as parts of a whole: "24 of the 40 hostages" (a part: 24 freed, of 40), "the
remaining 16 hostages" (what is left of them). Each counts another thing than a count of
the whole ("all 40 hostages were freed"), so neither states it nor disputes it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsweave.compare.closed_words import POSSESSIVE_DETS
from newsweave.compare.quantity import Quantity
from newsweave.lang import alternation, merged
from newsweave.text.numbers import PARTITIVE

# "the remaining 16", "les 16 autres", "los 16 rehenes restantes", "die übrigen 16": a word
# right before the figure, or after it or its noun (REMAINDER_WORDS in lang/<code>/numbers.py)
_REST = alternation(merged("numbers", "REMAINDER_WORDS"))
_REST_BEFORE = re.compile(rf"(?<![\w-])(?:{_REST})\s+$", re.IGNORECASE)
_REST_AFTER = re.compile(rf"(?:\s+[^\W\d_]+)?\s+(?:{_REST})(?![\w-])", re.IGNORECASE)


def parts(text: str, found: Sequence[Quantity], joined: re.Pattern[str]) -> list[Quantity]:
    """`found` (in text order) with each part of a whole counting "out of" the whole, which
    is dropped: "24 of the 40 hostages" states no 40 hostages freed (the part keeps the
    whole's value in its noun, so "24 of the 50" is still another figure); a remainder
    counts the remaining; a qualifier before two joined figures qualifies both (`joined`:
    "más de 3 mil heridos y 20 mil")."""
    out = list(found)
    wholes = set()
    for k in range(len(out) - 1):  # "five of the seven members", "seis de los siete": the
        part, whole = out[k], out[k + 1]  # part counts its whole's kind, in any language
        if part.kind == whole.kind == "count" and _partitive(text[part.end : whole.start]):
            out[k] = replace(part, noun=f"out of {whole.value:g}", context=whole.context)
            wholes.add(k + 1)
        elif whole.approx is None and part.approx and joined.fullmatch(text, part.end, whole.start):
            out[k + 1] = replace(whole, approx=part.approx)
    return [_rest(text, q) for k, q in enumerate(out) if k not in wholes]


# the owner of a set between a part and its whole: "eleven of the train's 28 wagons", "five
# of its 12 engines"
_OWNER = re.compile(rf"\s(?:[^\W\d_]+['’]s?|{alternation(POSSESSIVE_DETS)})\s+$", re.IGNORECASE)


def _partitive(gap: str) -> bool:
    """Whether `gap`, the text between two counts, makes the first a part of the second."""
    if PARTITIVE.fullmatch(gap):
        return True
    owner = _OWNER.search(gap)
    return owner is not None and PARTITIVE.fullmatch(gap[: owner.start()] + " ") is not None


def _rest(text: str, q: Quantity) -> Quantity:
    if q.kind != "count" or not (
        _REST_BEFORE.search(text[max(0, q.start - 20) : q.start]) or _REST_AFTER.match(text, q.end)
    ):
        return q
    return replace(q, noun=f"remaining {q.noun or ''}".strip(), context=f"remaining {q.context}" if q.context else None)
