"""Opposite directions: one outlet says a figure went up ("raised its main rate", "a relevé
son taux"), another that it went down ("bajó su tipo", "cut"). Across languages the verbs
are the words that tell it: `newsweave.lang.<code>.cues` DIRECTION_UP / DIRECTION_DOWN,
whole word forms. A sentence with verbs of both directions, or a negation, says nothing
here ("did not raise", "prices fell, so the bank cut")."""

from __future__ import annotations

import re
from functools import lru_cache

from newsweave.lang import each, merged
from newsweave.text.fold import fold

_UP = {code: frozenset(map(fold, getattr(m, "DIRECTION_UP", ()))) for code, m in each("cues")}
_DOWN = {code: frozenset(map(fold, getattr(m, "DIRECTION_DOWN", ()))) for code, m in each("cues")}
_NEGATORS = frozenset(map(fold, merged("cues", "NEGATION_TOKENS")))
_WORD = re.compile(r"[^\W\d_]+(?:n't)?")


@lru_cache(maxsize=16384)
def direction(text: str, lang: str | None) -> str | None:
    """ "up" or "down" when `text` says a figure went one way only, else None."""
    up, down = _UP.get(lang or "en", frozenset()), _DOWN.get(lang or "en", frozenset())
    words = {fold(w) for w in _WORD.findall(text)}
    if words & _NEGATORS or any(w.endswith("n't") for w in words):
        return None
    ways = {"up"} if words & up else set()
    ways |= {"down"} if words & down else set()
    return ways.pop() if len(ways) == 1 else None


def direction_reason(a: str, b: str, lang_a: str | None, lang_b: str | None) -> str | None:
    """A short reason when `a` and `b` say a figure went opposite ways, else None."""
    da, db = direction(a, lang_a), direction(b, lang_b)
    return f"opposite directions: {da} vs {db}" if da and db and da != db else None
