"""A figure an outlet denies beside another of its kind is what was said before, not its
own: "het verdrag geldt voor 25 jaar, en niet voor 30 jaar zoals bij de ondertekening werd
aangekondigd", "12,000 marched, not 40,000 as organisers claimed", "25 years instead of
30". Read as the other outlets' 30, it made the one report correcting the term tell both
sides, so no side. The deniers are each language's APPROX_NEGATORS and INSTEAD_OF
(lang/<code>/numbers.py), right before the figure or before it and a preposition."""

from __future__ import annotations

from dataclasses import replace

from newsweave.compare.closed_words import ARTICLES, PREPOSITIONS
from newsweave.compare.quantity import Quantity, folded_words, merged_numbers
from newsweave.text.fold import fold_all

_NEGATORS = fold_all(merged_numbers("APPROX_NEGATORS"))
_INSTEAD = {tuple(folded_words(p)) for p in merged_numbers("INSTEAD_OF")}


def _denied_at(text: str, q: Quantity) -> bool:
    """Whether a denier comes right before `q`, past prepositions and articles only."""
    words = folded_words(text[max(0, q.start - 40) : q.start])
    while words and (words[-1] in PREPOSITIONS or words[-1] in ARTICLES or len(words[-1]) <= 2) and words[-1] not in _NEGATORS:
        if any(tuple(words[-len(p) :]) == p for p in _INSTEAD):
            return True  # "au lieu de", "in plaats van" end on a preposition
        words.pop()
    return bool(words) and (words[-1] in _NEGATORS or any(tuple(words[-len(p) :]) == p for p in _INSTEAD))


def denied(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with a figure denied beside another of its kind and unit (not denied)
    marked `previous`: what was said before ("not 30 years as announced")."""
    marked = [q.approx is None and _denied_at(text, q) for q in found]
    out = list(found)
    for k, q in enumerate(found):
        if marked[k] and any(
            not marked[n] and o.kind == q.kind and o.unit == q.unit and not o.previous
            for n, o in enumerate(found)
            if n != k
        ):
            out[k] = replace(q, previous=True)
    return out
