"""A span of time told in two units joined by "and" is one span: "six years and six
months", "seis años y seis meses", "sechs Jahre und sechs Monate" are six and a half
years, "2 hours and 15 minutes" 2.25 hours. Read as two figures, the six years were the
figure of an outlet giving "Sei anni" (six years), which then sided with the six and a half
it contradicts."""

from __future__ import annotations

import re
from dataclasses import replace

from newsweave.compare.quantity import (
    AND_WORDS,
    UNIT_AFTER,
    Quantity,
    folded_words,
    merged_numbers,
    unit_of,
)
from newsweave.lang import alternation
from newsweave.text.fold import fold_all

# seconds in one unit of each span the figures are read in (weeks are read as days,
# months and decades as years)
_SECONDS = {"s": 1.0, "min": 60.0, "h": 3600.0, "d": 86400.0, "yr": 365.25 * 86400.0}
# "and" between them, or nothing ("5 yıl 6 ay")
_AND = re.compile(rf"\s*,?\s+(?:{alternation(AND_WORDS)})\s+|\s+", re.IGNORECASE)
_RANGE_OPENERS = fold_all(merged_numbers("RANGE_OPENERS"))  # "between 1 hour and 90 minutes"


def _joined(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether `b` completes the span `a`: a smaller unit, less than one of `a`'s, right
    after `a`'s unit word and a conjunction, no range opened before `a`."""
    if not (a.kind == b.kind == "measure" and a.unit in _SECONDS and b.unit in _SECONDS):
        return False
    if a.high is not None or b.high is not None or "age" in (a.context, b.context) or a.converted:
        return False
    smaller = _SECONDS[b.unit] < _SECONDS[a.unit] or (b.unit == a.unit and b.converted)  # months as years
    if not smaller or b.value * _SECONDS[b.unit] >= _SECONDS[a.unit]:
        return False
    unit = UNIT_AFTER.match(text, a.end)
    if not unit or unit_of(unit.group().strip(" -").lower()) is None:
        return False  # "six and six months"
    before = folded_words(text[max(0, a.start - 30) : a.start])[-2:]
    return bool(_AND.fullmatch(text, unit.end(), b.start)) and not set(before) & _RANGE_OPENERS


def joined_spans(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` (in text order) with a span and the smaller one joined to it as one figure
    in the first's unit ("six years and six months": 6.5 years), written as both."""
    out: list[Quantity] = []
    for q in found:
        if out and _joined(text, out[-1], q):
            a = out.pop()
            value = a.value + q.value * _SECONDS[q.unit or ""] / _SECONDS[a.unit or ""]
            end = q.end if q.converted else q.end + len(UNIT_AFTER.match(text, q.end)[0])  # "… and 15 minutes"
            q = replace(a, value=value, text=text[a.start : end], end=end, converted=True, context=a.context or q.context)
        out.append(q)
    return out
