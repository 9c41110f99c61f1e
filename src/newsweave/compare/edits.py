"""Two sentences of one language aligned word by word: an edit that negates, or one that
puts another name in a name's place. A negation put between the same neighbours ("found
Dan Rell guilty" / "found Dan Rell not guilty"), or a word swapped for its negated-prefix
form ("volontaire" / "involontaire"). The clause parser (`compare.polarity`) needs a
subject to compare polarities; these edits need none, and being this local they do not
read an idiom elsewhere in a long sentence ("was not to be denied", "jamás vista") as a
difference. A name swapped for another ("in Orvik's Tarsk district" / "Velmar district"), or
two names the other way round ("Orvik beat Velmar" / "Velmar beat Orvik"), is only a sign
that the sentence does not state the other: a capital may stand for its country ("draw
Minsk" / "draw Belarus"), a verb may read both ways ("met"), so it is never a dissent."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from newsweave.compare.closed_words import COORDINATORS
from newsweave.lang import each, merged
from newsweave.text.fold import fold, fold_all

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
# capitalised words that are no names: titles, roles, days and months (a day is compared
# once resolved against each page's date), words that open a clause
_NOT_NAMES = fold_all(
    w for part in ("TITLES", "NOT_NAMES", "FUNCTION_WORDS", "DETERMINERS") for w in merged("cues", part)
) | fold_all(w for m in _CUES.values() for ws in getattr(m, "ROLES", {}).values() for w in ws)
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


def swapped_name(a: str, b: str, lang: str | None) -> tuple[str, str] | None:
    """(`a`'s name, `b`'s) when `b` is `a` with a name, between equal neighbours, put in
    place of another name neither sentence otherwise holds ("Tarsk district" / "Velmar
    district"). Not in a language that capitalises every noun ("Milliarden" / "Mrd")."""
    if _nouns_capitalised(lang):
        return None
    ta, tb = _names_marked(a), _names_marked(b)
    wa, wb = [w for w, _, _ in ta], [w for w, _, _ in tb]
    ops = SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace" or not (0 < k < len(ops) - 1):
            continue
        if ops[k - 1][0] != "equal" or ops[k + 1][0] != "equal" or max(i2 - i1, j2 - j1) > 3:
            continue
        if all(n for _, n, _ in ta[i1:i2]) and all(n for _, n, _ in tb[j1:j2]):
            if not set(wa[i1:i2]) & set(wb) and not set(wb[j1:j2]) & set(wa):
                x, y = (" ".join(raw for _, _, raw in t) for t in (ta[i1:i2], tb[j1:j2]))
                return x, y
    return None


def swapped_roles(a: str, b: str, lang: str | None) -> tuple[str, str] | None:
    """(the first name, the second) when `b` names two names of `a` the other way round
    with the same words between them ("Orvik beat Velmar" / "Velmar beat Orvik"); names
    joined by a conjunction alone ("Orvik and Velmar") are no roles."""
    if _nouns_capitalised(lang):
        return None
    ta, tb = _names_marked(a, openers=True), _names_marked(b, openers=True)
    na, nb = ([w for w, n, _ in t if n] for t in (ta, tb))
    once = [w for w in na if na.count(w) == 1 and nb.count(w) == 1]
    for x, y in zip(once, once[1:], strict=False):
        if nb.index(y) > nb.index(x):
            continue
        between_a = _between(ta, x, y)
        if between_a == _between(tb, y, x) and set(between_a) - COORDINATORS:
            return next(r for w, _, r in ta if w == x), next(r for w, _, r in ta if w == y)
    return None


def _nouns_capitalised(lang: str | None) -> bool:
    """Whether `lang` capitalises every noun, so that a capital marks no name (German)."""
    return bool(getattr(_CUES.get(lang or "en"), "NOUNS_CAPITALISED", False))


def _between(marked: Sequence[tuple[str, bool, str]], x: str, y: str) -> list[str]:
    words = [w for w, _, _ in marked]
    i, j = words.index(x), words.index(y)
    return words[i + 1 : j]


_OPENERS = frozenset('.!?:;"“”«»‘([—–')  # a word after one of these opens a sentence or quote


@lru_cache(maxsize=16384)  # a wording meets every support sentence of its fact
def _names_marked(text: str, openers: bool = False) -> tuple[tuple[str, bool, str], ...]:
    """(folded word, whether it is a name: capitalised, not opening the sentence or a
    quotation unless `openers`, not a title, role, day or function word; the word)."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        before = text[max(0, m.start() - 12) : m.start()].rstrip()
        opener = not openers and (m.start() == 0 or not before or before[-1] in _OPENERS)
        name = w[0].isupper() and not opener and fold(w) not in _NOT_NAMES and not w.isdigit()
        out.append((fold(w), name, w))
    return tuple(out)
