"""A measure per span of time is a rate, not an amount: "35 cubic metres per second" (a
flow), "1.2 billion cubic metres a year", "jährlich 1,4 Milliarden Kubikmeter", "80 km/h".
A flow and a yearly volume of one river are two figures, as a speed and a distance are;
two outlets' yearly volumes are one. The per-words are each language's PER_UNIT (money's
"per share" too) and RATE_PER; the words of a yearly amount before or after it are
PER_YEAR_WORDS (lang/<code>/numbers.py)."""

from __future__ import annotations

import re

from newsweave.compare.quantity import WORD_RE, merged_numbers, unit_of
from newsweave.text.fold import fold, fold_all

_PER = fold_all(merged_numbers("PER_UNIT") + merged_numbers("RATE_PER"))
_YEARLY = fold_all(merged_numbers("PER_YEAR_WORDS"))
_TIME = frozenset({"s", "min", "h", "d", "wk", "mo", "yr"})
_SLASH = re.compile(r"\s*/\s*(s|sec|min|h|d)\b")  # "m³/s", "km/h"
_SLASH_UNITS = {"sec": "s"}


def per_time(text: str, start: int, end: int) -> str | None:
    """"per s", "per h", "per yr" ... when the measure from `start` to `end` (its unit
    word included) is told per span of time, else None."""
    if m := _SLASH.match(text, end):
        return f"per {_SLASH_UNITS.get(m.group(1), m.group(1))}"
    after = WORD_RE.findall(re.split(r"[;:,.!?](?!\d)", text[end : end + 40], maxsplit=1)[0])[:3]
    if len(after) > 1 and fold(after[0].lower()) in _PER and (unit := unit_of(after[1].lower())) in _TIME:
        return f"per {unit}"
    before = [fold(w.lower()) for w in WORD_RE.findall(text[max(0, start - 30) : start])][-3:]
    if any(w in _YEARLY for w in before + [fold(w.lower()) for w in after[:2]]):
        return "per yr"
    return None
