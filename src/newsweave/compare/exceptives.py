"""Negations that state an exception, not the opposite: "we have no choice but to act",
"nous n'avons pas d'autre choix que d'agir", "wir haben keine andere Wahl, als zu
handeln", "no tenemos más remedio que actuar" all say that we must act; French "nous ne
pouvons gagner qu'ensemble" says "only together". Read as negations, a translation of one
of them into a language that words it otherwise looked like an inverted quote. The words
are each language's cue data (`EXCEPTIVE_OTHERS`, `EXCEPTIVE_MARKERS`,
`RESTRICTIVE_NEGATORS`)."""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.lang import each
from newsweave.text.fold import fold_all

_CUES = dict(each("cues"))
_OTHERS = {c: fold_all(getattr(m, "EXCEPTIVE_OTHERS", ())) for c, m in _CUES.items()}
_MARKERS = {c: fold_all(getattr(m, "EXCEPTIVE_MARKERS", ())) for c, m in _CUES.items()}
_RESTRICTIVE = {c: fold_all(getattr(m, "RESTRICTIVE_NEGATORS", ())) for c, m in _CUES.items()}
_NOT_AFTER = {c: fold_all(getattr(m, "EXCEPTIVE_NOT_AFTER", ())) for c, m in _CUES.items()}


def exceptive(words: Sequence[str], first: int, negators: set[str] | frozenset[str], lang: str) -> bool:
    """Whether the negation at `first` in a clause's `words` states an exception: an
    "other" word and then a marker after it, or (French "ne ... que") a negator that only
    says "only" when no other negator comes with it."""
    rest = list(words[first + 1 :])
    others, markers = _OTHERS.get(lang, frozenset()), _MARKERS.get(lang, frozenset())
    if any(w in others and markers & set(rest[k + 1 :]) for k, w in enumerate(rest)):
        return True
    bare, conjunctions = _RESTRICTIVE.get(lang, frozenset()), _NOT_AFTER.get(lang, frozenset())
    restricts = any(
        w in markers and (k == 0 or rest[k - 1] not in conjunctions) for k, w in enumerate(rest)
    )
    return (
        words[first] in bare
        and not any(w in negators and w not in bare for w in words)
        and restricts
    )
