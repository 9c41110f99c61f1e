"""Clock times written as an hour word: "vers 19 heures", "um 19 Uhr", "halb zehn", and an hour
with a part of the day, "at six in the morning", "a las ocho de la tarde", "huit heures du
soir" (20:00, not 8:00). Parts of the day are language data (DAYPARTS in
`newsweave.lang.<code>.numbers`: phrase -> hours to add to an hour of 1 to 11)."""

from __future__ import annotations

from newsweave.compare.quantity import _CLOCK_PREPS, CLOCK_HOURS, folded_words, merged_numbers
from newsweave.text.fold import fold

_HALF_BEFORE = set(merged_numbers("HALF_HOUR_BEFORE"))
_DAYPARTS = sorted(
    ((tuple(folded_words(phrase)), shift) for phrase, shift in merged_numbers("DAYPARTS")),
    key=lambda p: -len(p[0]),
)


def daypart_shift(value: float, after: list[str]) -> int | None:
    """Hours a part of the day right after an hour adds to it ("in the evening": 12 for 8,
    none for 20), None when no part of the day follows."""
    words = [fold(w).lower() for w in after]
    for phrase, shift in _DAYPARTS:
        if tuple(words[: len(phrase)]) == phrase:
            return shift if value < 12 else 0
    return None


def clock_minutes(before: list[str], after: list[str], value: float) -> float | None:
    """Minutes after midnight when a whole figure is a clock time: "vers 19 heures", "um 19
    Uhr" (an hour after a preposition), "at six in the morning", "a las ocho de la tarde" (an
    hour with a part of the day), "halb zehn", "half tien" (half an hour before the hour: 9.30,
    no count of ten); None otherwise."""
    if not value.is_integer() or value > 24:
        return None
    if before and before[-1] in _HALF_BEFORE and 1 <= value <= 12:
        return (value - 1) * 60 + 30
    if not (before and before[-1] in _CLOCK_PREPS):
        return None
    hours = bool(after) and after[0] in CLOCK_HOURS  # "à huit heures (du soir)"
    shift = daypart_shift(value, after[int(hours) :]) if 1 <= value <= 12 or hours else None
    if hours or shift is not None:
        return (value + (shift or 0)) * 60
    return None
