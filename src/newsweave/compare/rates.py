"""A measure per span of time is a rate, not an amount: "35 cubic metres per second" (a
flow), "1.2 billion cubic metres a year", "jährlich 1,4 Milliarden Kubikmeter", "80 km/h".
A flow and a yearly volume of one river are two figures, as a speed and a distance are;
two outlets' yearly volumes are one. The per-words are each language's PER_UNIT (money's
"per share" too) and RATE_PER; the words of a yearly amount before or after it are
PER_YEAR_WORDS (lang/<code>/numbers.py).

A figure quoted against a currency is an exchange rate ("27.45 per euro", "27,45 za euro",
"à 27,45 pour un euro": EXCHANGE_PER), money of the unit "per EUR": neither an amount of
euros nor a count, and no percentage ("per" without "cent")."""

from __future__ import annotations

import re
from dataclasses import replace

from newsweave.compare.quantity import (
    CURRENCIES,
    WORD_RE,
    Quantity,
    folded_words,
    merged_numbers,
    unit_of,
)
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
    before = folded_words(text[max(0, start - 30) : start])[-3:]
    if any(w in _YEARLY for w in before + [fold(w.lower()) for w in after[:2]]):
        return "per yr"
    return None


# a figure quoted against a currency: "27.45 per euro", "27,45 za euro", "27,45 pour un euro"
_EXCHANGE = sorted(
    {tuple(folded_words(p)) for p in merged_numbers("EXCHANGE_PER")}, key=len, reverse=True
)


def exchange_base(words: list[str]) -> str | None:
    """The currency (ISO code) a figure is quoted against when `words`, the lower-cased
    words after it (or after its own currency word: "27.45 crowns per euro"), open with a
    per-phrase and a currency word ("per euro", "za euro", "pour un euro", "to the
    dollar"): an exchange rate, no amount of that currency nor a count. None otherwise."""
    folded = tuple(fold(w) for w in words[:6])
    for phrase in _EXCHANGE:
        n = len(phrase)
        if folded[:n] == phrase and len(words) > n and (base := CURRENCIES.get(words[n])):
            return base
    return None


def rate_values(found: list[Quantity]) -> list[Quantity]:
    """`found` with the bare decimal figures of a sentence quoting an exchange rate read as
    rates of that currency too: "27.45 per euro, from 26.96 before the announcement", "bei
    27,18 je Euro, nachdem sie bis auf 27,45 gefallen war" tell the old rate or the day
    before's, no count of anything (a count is whole)."""
    rates = [q for q in found if q.kind == "money" and (q.unit or "").startswith("per ")]
    if not rates:
        return found
    unit = rates[0].unit
    return [
        replace(q, kind="money", unit=unit, noun=None, rate=True)
        if q.kind == "count" and q.context is None and not q.scaled and not q.value.is_integer() and q.text[:1].isdigit()
        else q
        for q in found
    ]
