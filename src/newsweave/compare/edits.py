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
from newsweave.compare.quantity import UNITS
from newsweave.lang import NOUNS_CAPITALISED, alternation, each, merged
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
# a verb that negates what follows it ("failed to win" is "did not win")
NEGATING_PAIRS = {
    (fold(a), fold(b)) for m in _CUES.values() for a, b in getattr(m, "NEGATING_PAIRS", ())
}
AUXILIARIES_OF = {code: fold_all(getattr(m, "AUXILIARIES", ())) for code, m in _CUES.items()}  # per language
VERB_STEM = 5  # letters an inflected verb shares with its other form ("conceded" / "concede")
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
        elif tag == "replace" and not balanced and (why := _negated_verb(wa[i1:i2], wb[j1:j2], lang)):
            return why
        elif tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1 and prefixes:
            x, y = wa[i1], wb[j1]
            short, long = sorted((x, y), key=len)
            if len(short) >= PREFIXED_STEM and any(long == p + short for p in prefixes):
                return f"negated by a prefix: '{x}' vs '{y}'"
    return None


def _negated_verb(x: list[str], y: list[str], lang: str | None) -> str | None:
    """One verb against its other form after auxiliaries and a negation ("conceded" /
    "did not concede", "didn't concede", "refused to concede"), either way round."""
    one, many = (x, y) if len(x) == 1 else (y, x)
    if len(one) != 1 or not 2 <= len(many) <= 4 or not _same_verb(one[0], many[-1]):
        return None
    if _chain(many[:-1], many[-1], lang) != len(many) - 1 or not _negated(many, lang):
        return None
    return f"negation added: '{' '.join(many)}'"


def negated_verb(a: str, b: str, lang: str | None) -> str | None:
    """A verb one sentence states and the other negates ("Amsel conceded defeat" / "Amsel
    refused to concede and said ..."), wherever it stands: a weaker sign than
    `negating_edit`, which wants the same words around it (the verb may have another
    subject in a long sentence), so callers only leave such a sentence uncited."""
    wa, wb = ([fold(w) for w in _WORD.findall(t)] for t in (a, b))
    negators = _NEGATORS.get(lang or "en", frozenset())
    if _count(a, wa, negators) == _count(b, wb, negators):
        return None  # a negation moved, not added ("make no sense" / "doesn't make sense")
    for x, y in ((wa, wb), (wb, wa)):
        said = {w[:VERB_STEM] for k, w in enumerate(x) if not _negated_before(x, k, lang)}
        for k, w in enumerate(y):
            if len(w) >= VERB_STEM and w[:VERB_STEM] in said and _negated_before(y, k, lang):
                if not any(_same_verb(w, v) and _negated_before(x, j, lang) for j, v in enumerate(x)):
                    return f"'{w}' negated in one sentence only"
    return None


def _same_verb(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    if len(short) >= VERB_STEM:
        return short[:VERB_STEM] == long[:VERB_STEM]
    # a short verb is written whole in its other forms, an ending of a letter or two on
    # ("make" / "makes", "win" / "wins")
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 2


def _negated_before(words: list[str], k: int, lang: str | None) -> bool:
    """Whether the words right before word k negate it as a verb ("did not", "refused to",
    "didn't"); a bare "no" or "not" ("no agreement", "not entirely") negates no verb."""
    n = _chain(words[max(0, k - 3) : k], words[k], lang)
    chain = words[k - n : k + 1]
    auxiliaries = AUXILIARIES_OF.get(lang or "en", frozenset())
    verbal = any(w in auxiliaries or w == "t" for w in chain) or any(
        p in NEGATING_PAIRS for p in zip(chain, chain[1:], strict=False)
    )
    return n > 0 and verbal and _negated(chain, lang)


def _chain(lead: list[str], head: str, lang: str | None) -> int:
    """How many of the last words of `lead` (before `head`) are auxiliaries, negations or
    a negating verb and its link ("refused to")."""
    negators = _NEGATORS.get(lang or "en", frozenset())
    auxiliaries = AUXILIARIES_OF.get(lang or "en", frozenset())
    words = [*lead, head]
    n = 0
    for k in range(len(lead) - 1, -1, -1):
        w, after = words[k], words[k + 1]
        chained = (
            w in negators
            or w in auxiliaries
            or w == "t"
            or (w, after) in NEGATING_PAIRS
            or (k and (words[k - 1], w) in NEGATING_PAIRS)
            or (after == "t" and w.endswith("n") and w[:-1] in auxiliaries)  # "didn't"
        )
        if not chained:
            break
        n += 1
    return n


def _negated(words: list[str], lang: str | None) -> bool:
    """Whether a chain of words ending in its head holds a negation."""
    negators = _NEGATORS.get(lang or "en", frozenset())
    return any(
        w in negators or w == "t" or (w, after) in NEGATING_PAIRS
        for w, after in zip(words, words[1:], strict=False)
    )


def _count(text: str, words: list[str], negators: frozenset[str]) -> int:
    pairs = sum((w, n) in NEGATING_PAIRS for w, n in zip(words, words[1:], strict=False))
    return sum(w in negators for w in words) + len(_CONTRACTED.findall(text)) + pairs


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
    with the same words between them ("Orvik beat Velmar" / "Velmar beat Orvik"), or gives
    a figure of one to the other (`swapped_holder`); names joined by a conjunction alone
    ("Orvik and Velmar") are no roles."""
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
    return _swapped_subject(ta, tb) or swapped_holder(a, b)


PREDICATE = 3  # words after the subject that make "the same predicate"


def _swapped_subject(
    ta: Sequence[tuple[str, bool, str]], tb: Sequence[tuple[str, bool, str]]
) -> tuple[str, str] | None:
    """(`a`'s subject, `b`'s) when each sentence opens with a name the other names later
    and both go on with the same words ("Ana Halvorsen won the run-off with 52.3% ...,
    beating Erik Sund" / "Erik Sund won the run-off with 52.3% ..., ahead of Ana
    Halvorsen"): one deed, told of another person."""

    def subject(t: Sequence[tuple[str, bool, str]]) -> tuple[int, str, str] | None:
        k = 0
        while k < len(t) and t[k][1]:
            k += 1
        return (k, t[k - 1][0], t[k - 1][2]) if k else None

    sa, sb = subject(ta), subject(tb)
    if sa is None or sb is None or sa[1] == sb[1]:
        return None
    later_a = {w for w, n, _ in ta[sa[0] :] if n}
    later_b = {w for w, n, _ in tb[sb[0] :] if n}
    pred_a = [w for w, _, _ in ta[sa[0] : sa[0] + PREDICATE]]
    pred_b = [w for w, _, _ in tb[sb[0] : sb[0] + PREDICATE]]
    if sa[1] in later_b and sb[1] in later_a and pred_a == pred_b and len(pred_a) == PREDICATE:
        return sa[2], sb[2]
    return None


def _nouns_capitalised(lang: str | None) -> bool:
    """Whether `lang` capitalises every noun, so that a capital marks no name (German)."""
    return (lang or "en") in NOUNS_CAPITALISED


def _between(marked: Sequence[tuple[str, bool, str]], x: str, y: str) -> list[str]:
    words = [w for w, _, _ in marked]
    i, j = words.index(x), words.index(y)
    return words[i + 1 : j]


_OPENERS = frozenset('.!?:;"“”«»‘([—–')  # a word after one of these opens a sentence or quote


@lru_cache(maxsize=16384)  # a wording meets every support sentence of its fact
def first_full_name(text: str) -> str | None:
    """The first run of two or more name words in `text` (folded), its subject mostly:
    "Tomas Reyes put Harlow ahead ..." -> "tomas reyes"; None when it names none."""
    run: list[str] = []
    for folded, name, _ in _names_marked(text, openers=True):
        if name:
            run.append(folded)
        elif len(run) >= 2:
            break
        else:
            run = []
    return " ".join(run) if len(run) >= 2 else None


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


HOLDER_REACH = 4  # words before a share where the name holding it stands ("Pellin shares jumped 28%")
# a share: a company's, a party's, a country's ("28%", "28 Prozent"); other figures (scores,
# tolls) sit beside names that hold nothing ("a 4-2 win", "the 2022 World Cup")
_PERCENT = [w for w, u in UNITS.items() if u == "%" and w != "%"]  # "percent", "Prozent", ...
_FIGURE = re.compile(rf"\d+(?:[.,]\d+)?(?=\s?(?:%|(?:{alternation(_PERCENT)})\b))", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"[,;:()]")


def _holders(text: str) -> dict[str, str]:
    """Each share as written -> the name closest before it within HOLDER_REACH words of
    its clause (a capitalised word that is no title, day or function word)."""
    out: dict[str, str] = {}
    for m in _FIGURE.finditer(text):
        clause = _CLAUSE_CUT.split(text[: m.start()])[-1]
        words = _WORD.findall(clause)[-HOLDER_REACH:]
        name = next((w for w in reversed(words) if w[0].isupper() and fold(w) not in _NOT_NAMES), None)
        if name is not None:
            out.setdefault(m.group(), fold(name))
    return out


def swapped_holder(a: str, b: str) -> tuple[str, str] | None:
    """(`a`'s holder of a share, `b`'s) when `b` gives it to the name `a` gives another
    share of: "Pellin shares jumped 28%, while Halvard shares fell 4%" / "Halvard shares
    jumped 28%"."""
    ha, hb = _holders(a), _holders(b)
    for x, name in hb.items():
        if x in ha and ha[x] != name and name in ha.values():
            return ha[x], name
    return None
