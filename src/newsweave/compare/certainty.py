"""Whether a sentence tells a thing as not (yet) known or confirmed ("It was not
immediately clear whether the satellite was insured", "ist noch unklar", "non è stato
confermato"): such a sentence is no witness of the thing told as fact ("Il satellite era
interamente assicurato"), nor the reverse. Read per language from
`newsweave.lang.<code>.cues` (UNSURE)."""

from __future__ import annotations

from functools import lru_cache

from newsweave.compare.acts import cue_pattern
from newsweave.lang import each

_UNSURE = {code: found for code, _ in each("cues") if (found := cue_pattern(code, "UNSURE"))}


@lru_cache(maxsize=65536)
def unsure(text: str, lang: str | None) -> bool | None:
    """Whether `text` tells something as unknown or unconfirmed; None where its language
    has no such words to read."""
    found = _UNSURE.get(lang or "en")
    return None if found is None else found.search(text) is not None


def certainty_apart(a: str, lang_a: str | None, b: str, lang_b: str | None) -> bool:
    """Whether one of `a`, `b` tells as unknown or unconfirmed what the other tells as
    known (both languages read)."""
    ua, ub = unsure(a, lang_a), unsure(b, lang_b)
    return ua is not None and ub is not None and ua != ub
