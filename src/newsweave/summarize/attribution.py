"""Whom a sentence credits with its claim, when it says so at its edge (", police said",
", selon les pompiers", "According to the organisers, …"): the claim's size without the
credit, and the credit's words, so that a sentence crediting another source ("…,
organisers said" for "…, police said") is not cited for it."""

from __future__ import annotations

import re
from functools import lru_cache

from newsweave.align.names import (
    CUES,
    PRONOUNS,
    QUOTE_MARKS,
    ROLE_CLASS,
    SAY_CUES,
    SOURCE_CUES,
    TITLES,
)
from newsweave.compare.closed_words import FUNCTION
from newsweave.text.fold import fold
from newsweave.text.script import size

ATTRIBUTION_WORDS = 8  # a credit (", the interior minister said") is at most this long
_WORD = re.compile(r"[^\W\d_]+")
_MARKERS = SAY_CUES | SOURCE_CUES
_PERSONAL = PRONOUNS | TITLES | frozenset(ROLE_CLASS)  # a person's credit, not a body's


@lru_cache(maxsize=8192)  # every candidate wording meets every support row
def credit(text: str) -> tuple[str, frozenset[str]] | None:
    """(the sentence without its credit, the credit's own words: "police") or None."""
    body = text.rstrip(" .")
    head, comma, tail = body.rpartition(",")
    if comma and _is_credit(tail):
        return head, _who(tail)
    lead, comma, rest = body.partition(",")
    if comma and _is_credit(lead) and fold(lead.split()[0]) in SOURCE_CUES:
        return rest, _who(lead)
    return None


def claim_size(text: str) -> float:
    """`size` of a sentence without its credit: a sentence that leaves the credit out
    states the claim."""
    found = credit(text)
    return size(found[0]) if found else size(text)


def other_source(a: str, b: str) -> bool:
    """Whether `a` and `b` credit their claim to sources sharing no word ("police" /
    "organisers"). Only sources named by common nouns: a person is named and described
    many ways ("Marsh said" / "the head of the agency said", "she said"), which speaker
    matching, not words, tells apart; and a quotation is the speaker's. One language
    only: words do not match across languages."""
    ca, cb = credit(a), credit(b)
    if not (ca and cb and ca[1] and cb[1]) or any(c in QUOTE_MARKS for c in a + b):
        return False
    return not ca[1] & cb[1] and _common(a, ca[0]) and _common(b, cb[0])


def _common(text: str, claim: str) -> bool:
    """Whether the credit of `text` (all but `claim`) names its source by common nouns."""
    part = text.replace(claim, " ", 1)
    words = _WORD.findall(part)
    return not any(
        w[0].isupper() and fold(w) not in _MARKERS for w in words
    ) and not {fold(w) for w in words} & _PERSONAL


def _is_credit(part: str) -> bool:
    words = part.split()
    return len(words) <= ATTRIBUTION_WORDS and any(fold(w) in _MARKERS for w in words)


def _who(part: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _WORD.findall(part)) - _MARKERS - CUES - FUNCTION
