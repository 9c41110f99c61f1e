"""Negations that state an exception, not the opposite: "we have no choice but to act",
"nous n'avons pas d'autre choix que d'agir", "wir haben keine andere Wahl, als zu
handeln", "no tenemos más remedio que actuar" all say that we must act; French "nous ne
pouvons gagner qu'ensemble" says "only together". Read as negations, a translation of one
of them into a language that words it otherwise looked like an inverted quote. The words
are each language's cue data (`EXCEPTIVE_OTHERS`, `EXCEPTIVE_MARKERS`,
`RESTRICTIVE_NEGATORS`). A clause opened by "until" (`UNTIL_LINKS`) holds a negation
that is not written: "not until P" is "not as long as not P". A negator after "without"
or a "neither … nor" after a negation only echoes it (`echoing`); a "without" right after
a negator cancels it ("not without risk" says there is one: `litotes`). A negation of what has
lapsed ("no longer", "nicht mehr", "non c'è più", "já não": `LAPSE_WORDS`,
`LAPSE_BEFORE`) tells a change of state that others word with a verb of loss ("the
village is gone"): no negation to compare (`lapsed`), unless the other says it still
holds (`goes_on`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from newsweave.lang import each, merged
from newsweave.text.fold import fold, fold_all

_CUES = dict(each("cues"))
_OTHERS = {c: fold_all(getattr(m, "EXCEPTIVE_OTHERS", ())) for c, m in _CUES.items()}
_MARKERS = {c: fold_all(getattr(m, "EXCEPTIVE_MARKERS", ())) for c, m in _CUES.items()}
_RESTRICTIVE = {c: fold_all(getattr(m, "RESTRICTIVE_NEGATORS", ())) for c, m in _CUES.items()}
_NOT_AFTER = {c: fold_all(getattr(m, "EXCEPTIVE_NOT_AFTER", ())) for c, m in _CUES.items()}
_UNTIL = fold_all(merged("cues", "UNTIL_LINKS"))
_NEGATORS = fold_all(merged("cues", "NEGATIONS"))
_WITHOUT_IN = {c: fold_all(getattr(m, "WITHOUT", ())) for c, m in _CUES.items()}
_WITHOUT = frozenset().union(*_WITHOUT_IN.values())
_COPULAS = {c: fold_all(getattr(m, "COPULAS", ())) for c, m in _CUES.items()}
_CORRELATIVES = fold_all(merged("cues", "NEGATION_CORRELATIVES"))
_LIMITS = fold_all(merged("cues", "LIMIT_WORDS"))  # a negated "limit" says "not only"
_LAPSE = {c: tuple(tuple(fold(w).split()) for w in getattr(m, "LAPSE_WORDS", ())) for c, m in _CUES.items()}
_LAPSE_BEFORE = {c: fold_all(getattr(m, "LAPSE_BEFORE", ())) for c, m in _CUES.items()}
_NEITHER = {c: tuple(getattr(m, "NEITHER_NOR", ())) for c, m in _CUES.items()}
_BUT_NOT = {c: tuple(tuple(p.split()) for p in getattr(m, "BUT_NOT", ())) for c, m in _CUES.items()}
LAPSE_REACH = 4  # words after a negator its "any more" may stand in ("not there any more")
_STILL = {c: fold_all(getattr(m, "STILL_WORDS", ())) for c, m in _CUES.items()}
_PARTIAL = {c: tuple(tuple(fold(w).split()) for w in getattr(m, "PARTIAL_NEGATIONS", ())) for c, m in _CUES.items()}
_WORD = re.compile(r"[^\W\d_]+")


def lapsed(words: Sequence[str], i: int, lang: str) -> bool:
    """Whether the negator at `i` of a clause's folded `words` negates what has lapsed:
    "no longer", "not there anymore", "gibt es nicht mehr", "non c'è più", "já não
    existe", "już nie"."""
    if i > 0 and words[i - 1] in _LAPSE_BEFORE.get(lang, ()):
        return True
    after = words[i + 1 : i + 1 + LAPSE_REACH]
    return any(tuple(after[j : j + len(p)]) == p for p in _LAPSE.get(lang, ()) for j in range(len(after)))


def goes_on(text: str, lang: str | None) -> bool:
    """Whether `text` says a thing still holds ("can still be used", "wciąż możemy"): set
    against what has lapsed ("can no longer be used") it says the opposite, so a lapsed
    negation is one to compare there (`STILL_WORDS`)."""
    return bool({fold(w) for w in _WORD.findall(text)} & _STILL.get(lang or "en", frozenset()))


def partial_reason(a: str, b: str, lang_a: str | None, lang_b: str | None) -> str | None:
    """Why two negated wordings differ when one denies only a part ("not every employee will
    keep his job": some will lose it) and the other the whole ("not a single employee will
    lose his job"): as many negations, opposite claims (`PARTIAL_NEGATIONS`)."""
    (pa, na), (pb, nb) = _negation_scope(a, lang_a), _negation_scope(b, lang_b)
    return None if pa == pb or not (na and nb) else f"a part denied against the whole: '{a}' vs '{b}'"


@lru_cache(maxsize=16384)
def _negation_scope(text: str, lang: str | None) -> tuple[bool, bool]:
    """(denies a part, negates at all) of `text`, memoised: every sentence pair of an event
    that no other check tells apart asks it."""
    words = [fold(w) for w in _WORD.findall(text)]
    part = any(tuple(words[k : k + len(p)]) == p for p in _PARTIAL.get(lang or "en", ()) for k in range(len(words)))
    return part, bool(set(words) & _NEGATORS)


def unwritten_negations(seg: Sequence[Any]) -> int:
    """1 when the clause `seg` (polarity tokens) opens with an "until" link, else 0: "we
    will not give in | until wages rise" reads as "… | as long as wages do not rise".
    ("until Monday", no clause of its own, stays in the clause before it.) 0 where the
    language writes that negation ("finché non capiremo": until we understand; "dopóki
    ostatni pracownik nie wróci": until the last worker returns)."""
    if not (seg and seg[0].kind == "sep" and seg[0].norms[0] in _UNTIL):
        return 0
    return int(not any(n in _NEGATORS for t in seg[1:UNTIL_REACH] for n in t.norms))


UNTIL_REACH = 6  # tokens of an "until" clause its written negation may stand in


def expletive_negations(words: Sequence[str]) -> int:
    """Negators an "until" link writes before its clause's verb ("dopóki nie wróci",
    "finché non capiremo"): no negation of their own, read by a clause reader as the
    link's (`unwritten_negations`); counted apart where none reads the clauses."""
    return sum(
        1
        for k, w in enumerate(words)
        if w in _NEGATORS and any(u in _UNTIL for u in words[max(0, k - UNTIL_REACH + 1) : k])
    )


def echoing(words: Sequence[str], i: int, heads: Sequence[str] = ()) -> bool:
    """Whether the negator at `i` of a clause's `words` echoes a word before it: a
    "without" within three words, where it is not the head of a negation (`heads`; "sans
    rien céder", "sin ceder en nada": without giving up anything; but "sin ayuda no
    podemos": we cannot), or a negation before it that a "neither" or a "nor" restates or goes
    on with ("keinen Euro, weder heute noch morgen"; "neither the mayor nor the council":
    one negation); or one beside a verb of limiting, which says "not only" ("ne se limite
    pas à", "does not limit itself to": others write "rather than just", "a nie tylko")."""
    if heads and words[i] not in heads and any(w in _WITHOUT for w in words[max(0, i - 3) : i]):
        return True
    if any(w in _LIMITS for w in words[max(0, i - 2) : i + 3]):
        return True  # "non si limita a mascherare", "beschränkt sich nicht auf": "not only"
    return words[i] in _CORRELATIVES and any(w in _NEGATORS for w in words[:i])


def litotes(words: Sequence[str], hits: Sequence[int], lang: str, heads: Sequence[str] = ()) -> list[int]:
    """The negators at `hits` of a clause's folded `words` less those a "without" right
    after a "be" cancels: "is not without risk", "n'est pas sans risque", "ist nicht ohne
    Risiko", "no es sin riesgo", "nie jest bez ryzyka" say there is a risk. After another
    verb the negation stands ("we cannot without them", "wir können nicht ohne sie": we
    need them). In a language of negative concord its head goes too (`heads`: "ne" of
    "n'est pas sans")."""
    out, without, be = list(hits), _WITHOUT_IN.get(lang, frozenset()), _COPULAS.get(lang, frozenset())
    for i in hits:
        after = list(words[i + 1 : i + 3])
        if i in out and (after[:1] and after[0] in without and i and words[i - 1] in be or after[:1] and after[0] in be and after[1:] and after[1] in without):
            out.remove(i)
            before = [h for h in out if h < i and words[h] in heads]
            if before:
                out.remove(before[-1])
    return out


def exceptive(
    words: Sequence[str], first: int, negators: set[str] | frozenset[str], lang: str, tail: Sequence[str] = ()
) -> bool:
    """Whether the negation at `first` in a clause's `words` states an exception: an
    "other" word and then a marker after it, (French "ne ... que") a negator that only
    says "only" when no other negator comes with it, or a closing "nothing else" (the
    clause's `tail` after its last comma)."""
    rest = list(words[first + 1 :])
    others, markers = _OTHERS.get(lang, frozenset()), _MARKERS.get(lang, frozenset())
    if _only_those(tail, negators, others) and not any(w in negators for w in words[: first]) and words[first] in tail:
        return True
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


def _only_those(tail: Sequence[str], negators: frozenset[str] | set[str], others: frozenset[str]) -> bool:
    """Whether a clause's words after its last comma are a closing "nothing else" ("with my
    medicines and the cat, nothing else", "…, nada más", "…, rien d'autre", "…, mais
    nada"): only what came before, no negation of it."""
    return (
        2 <= len(tail) <= 3
        and bool(others & set(tail))
        and any(w in negators for w in tail)
        and all(w in negators or w in others or len(w) <= 2 for w in tail)  # "de" of "rien d'autre"
    )


# "más cerca que nunca", "plus que jamais", "più che mai": a comparative, "than", then a
# negator that means "ever" (cue data `THAN`, `EVER_NEGATORS`, `COMPARATIVES`)
_THAN = {c: fold_all(getattr(m, "THAN", ())) for c, m in _CUES.items()}
_EVER = {c: fold_all(getattr(m, "EVER_NEGATORS", ())) for c, m in _CUES.items()}
_COMPARATIVES = {c: fold_all(getattr(m, "COMPARATIVES", ())) for c, m in _CUES.items()}


def than_ever(tokens: Sequence[Any], norms: Sequence[str], lang: str | None) -> bool:
    """Whether a word (its `norms`) after `tokens` is the "ever" of a comparison: a negator
    right after "than" with a comparative up to three words before it ("ahora más que
    nunca"), no negation; not "una carta que nunca llegó" (a relative clause)."""
    code = lang or "en"
    if not norms or norms[0] not in _EVER.get(code, ()) or not tokens or not tokens[-1].norms:
        return False
    return tokens[-1].norms[0] in _THAN.get(code, ()) and any(
        t.norms and t.norms[0] in _COMPARATIVES.get(code, ()) for t in tokens[-5:-1]
    )


def neither_reason(a: str, b: str, lang_a: str | None, lang_b: str | None) -> str | None:
    """Why "neither X nor Y" and "X, but not Y" differ: one denies what the other affirms
    ("weder zum Duschen noch zum Trinken" / "para ducharse, pero no para beber"):
    `NEITHER_NOR`, `BUT_NOT`."""
    na, nb = _neither(a, lang_a), _neither(b, lang_b)
    if na == nb:
        return None
    x, y, lang_y = (a, b, lang_b) if na else (b, a, lang_a)
    return f"neither … nor against an exception: '{x}' vs '{y}'" if _but_not(y, lang_y) else None


def _neither(text: str, lang: str | None) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]  # not folded: Italian "né" is no "ne"
    return any(f in words and s in words[words.index(f) + 1 :] for f, s in _NEITHER.get(lang or "en", ()))


def _but_not(text: str, lang: str | None) -> bool:
    """`text` affirms something, then excepts a part with "but not" (no negation before it)."""
    words = [w.lower() for w in _WORD.findall(text)]
    for p in _BUT_NOT.get(lang or "en", ()):
        at = next((k for k in range(2, len(words)) if tuple(words[k : k + len(p)]) == p), None)
        if at is not None and not {fold(w) for w in words[:at]} & _NEGATORS:
            return True
    return False
