"""Two sentences of one language aligned word by word: an edit that negates. A negation
put between the same neighbours ("found Dan Rell guilty" / "found Dan Rell not guilty"),
or a word swapped for its negated-prefix form ("volontaire" / "involontaire"). The
clause parser (`compare.polarity`) needs a subject to compare polarities; these edits
need none, and being this local they do not read an idiom elsewhere in a long sentence
("was not to be denied", "jamás vista") as a difference."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from newsweave.lang import each
from newsweave.text.fold import fold

_CUES = dict(each("cues"))
NEGATING_PREFIXES = {
    code: tuple(fold(p) for p in m.NEGATING_PREFIXES)
    for code, m in _CUES.items()
    if hasattr(m, "NEGATING_PREFIXES")
}
PREFIXED_STEM = 5  # letters: shorter stems make false pairs ("form" / "inform")
_NEGATORS = {
    code: frozenset(fold(w) for w in (*m.NEGATIONS, *getattr(m, "NEGATION_TOKENS", ())))
    for code, m in _CUES.items()
    if hasattr(m, "NEGATIONS")
}
_NOT_NEGATING = {(fold(a), fold(b)) for m in _CUES.values() for a, b in getattr(m, "NOT_NEGATING", ())}
_WORD = re.compile(r"\w+")
_CONTRACTED = re.compile(r"n['’]t\b", re.IGNORECASE)  # "doesn't": a negation of its own


def negating_edit(a: str, b: str, lang: str | None) -> str | None:
    """A short reason when `b` is `a` with a negating edit between equal neighbours."""
    wa, wb = [fold(w) for w in _WORD.findall(a)], [fold(w) for w in _WORD.findall(b)]
    ops = SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    negators = _NEGATORS.get(lang or "en", frozenset())
    prefixes = NEGATING_PREFIXES.get(lang or "en", ())
    # a negation moved rather than added ("make no sense" / "doesn't make sense") keeps
    # the count
    balanced = _count(a, wa, negators) == _count(b, wb, negators)
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if not (0 < k < len(ops) - 1 and ops[k - 1][0] == ops[k + 1][0] == "equal"):
            continue
        if tag in ("insert", "delete") and not balanced:
            added, after = (wb[j1:j2], wb[j2]) if tag == "insert" else (wa[i1:i2], wa[i2])
            if all(w in negators for w in added) and (
                (added[-1], after) not in _NOT_NEGATING
            ):
                return f"negation added: '{' '.join(added)} {after}'"
        elif tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1 and prefixes:
            x, y = wa[i1], wb[j1]
            short, long = sorted((x, y), key=len)
            if len(short) >= PREFIXED_STEM and any(long == p + short for p in prefixes):
                return f"negated by a prefix: '{x}' vs '{y}'"
    return None


def _count(text: str, words: list[str], negators: frozenset[str]) -> int:
    return sum(w in negators for w in words) + len(_CONTRACTED.findall(text))
