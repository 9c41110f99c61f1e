"""A negation that opens an infinitive ("We advise passengers not to come", "de ne pas
venir", "no acudir") negates what the infinitive says, not the verb before it: "We advise
… not to come" is "we advise" and "not to come", as "Recomendamos … que no acudan" is.
The runs are each language's NEGATED_INFINITIVES (lang/<code>/cues.py); a "*" there is a
word with the language's infinitive ending (INFINITIVE_ENDINGS)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from newsweave.lang import data
from newsweave.text.fold import fold


@lru_cache(maxsize=32)
def _runs(lang: str) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    m = data(lang, "cues")
    if m is None:
        return (), ()
    runs = tuple(tuple(fold(w) for w in run.split()) for run in getattr(m, "NEGATED_INFINITIVES", ()))
    return runs, tuple(getattr(m, "INFINITIVE_ENDINGS", ()))


def opens_negated_infinitive(tokens: Sequence[Any], k: int, lang: str) -> bool:
    """Whether token k (polarity tokens) opens a negated infinitive of `lang` (or English,
    quoted in any language)."""
    words = [t.norms[0] if t.norms else "" for t in tokens[k : k + 4]]
    for code in dict.fromkeys((lang, "en")):
        runs, endings = _runs(code)
        for run in runs:
            if len(words) >= len(run) and all(
                w == r or (r == "*" and len(w) > 3 and w.endswith(endings)) for w, r in zip(words, run, strict=False)
            ):
                return True
    return False
