"""Opposite verbs: one outlet says a figure went up ("raised its main rate", "a relevé son
taux"), another that it went down ("bajó su tipo", "cut"); one says someone denied a thing
("denied that the dam had been inspected"), another that they confirmed it ("a confirmé
que"); one that a court convicted, another that it acquitted ("absolvió"); that a vote
approved or rejected, a crossing reopened or closed, a strike began or ended, a minister
resigned or was dismissed; one puts a place north of another, the other south ("au sud
de"). Across languages the words tell it: `newsweave.lang.<code>.cues` DIRECTION_UP /
DIRECTION_DOWN, STANCE_DENY / STANCE_CONFIRM, VERDICT_GUILTY / VERDICT_CLEARED,
DECISION_YES / _NO, STATE_OPEN / _CLOSED, PHASE_START / _END, COMPASS_NORTH / _SOUTH /
_EAST / _WEST, DEPARTURE_QUIT / _OUSTED, whole word forms. A sentence with words of both
sides of a pair, or a negation, says nothing here ("did not raise", "failed to pass",
"prices fell, so the bank cut", "did not deny")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsweave.compare.edits import NEGATING_PAIRS
from newsweave.lang import NOUNS_CAPITALISED, each, merged
from newsweave.text.fold import fold, fold_all


def _table(name: str) -> dict[str, frozenset[str]]:
    return {code: frozenset(map(fold, getattr(m, name, ()))) for code, m in each("cues")}


# each pair: (name, its two sides with the cue lists that tell them)
_PAIRS = (
    ("directions", (("up", _table("DIRECTION_UP")), ("down", _table("DIRECTION_DOWN")))),
    ("stances", (("denied", _table("STANCE_DENY")), ("confirmed", _table("STANCE_CONFIRM")))),
    ("verdicts", (("guilty", _table("VERDICT_GUILTY")), ("cleared", _table("VERDICT_CLEARED")))),
    ("decisions", (("approved", _table("DECISION_YES")), ("rejected", _table("DECISION_NO")))),
    ("states", (("open", _table("STATE_OPEN")), ("closed", _table("STATE_CLOSED")))),
    ("phases", (("started", _table("PHASE_START")), ("ended", _table("PHASE_END")))),
    (
        "points of the compass",
        tuple((side, _table(f"COMPASS_{side.upper()}")) for side in ("north", "south", "east", "west")),
    ),
    ("departures", (("resigned", _table("DEPARTURE_QUIT")), ("dismissed", _table("DEPARTURE_OUSTED")))),
)
# capitalised, a point of the compass is a name's ("North Korea", "West Bank")
_NAMED = frozenset({"points of the compass"})
_NEGATORS = fold_all(merged("cues", "NEGATION_TOKENS") | merged("cues", "NEGATIONS"))
_WORD = re.compile(r"[^\W\d_]+(?:n't)?")


@lru_cache(maxsize=16384)
def sides(text: str, lang: str | None) -> tuple[str | None, ...]:
    """For each pair, the one side `text` takes ("up", "denied", "north"), or None."""
    found = _WORD.findall(text)
    words = {fold(w) for w in found}
    folded = [fold(w) for w in found]
    if (
        words & _NEGATORS
        or any(w.endswith("n't") for w in words)
        or any(p in NEGATING_PAIRS for p in zip(folded, folded[1:], strict=False))
    ):  # "failed to pass" says nothing of a vote
        return (None,) * len(_PAIRS)
    lower = words if lang in NOUNS_CAPITALISED else {fold(w) for w in found if not w[0].isupper()}
    out = []
    for name, pair in _PAIRS:
        seen = lower if name in _NAMED else words
        taken = [side for side, table in pair if seen & table.get(lang or "en", frozenset())]
        out.append(taken[0] if len(taken) == 1 else None)
    return tuple(out)


def denies(text: str, lang: str | None) -> bool:
    """Whether `text` says someone denied something ("denied reports that he would
    resign", "a démenti"), and nothing of the other side."""
    return sides(text, lang)[1] == "denied"


def rejects(text: str, lang: str | None) -> bool:
    """Whether `text` denies or rejects something ("rejected claims that ...")."""
    taken = sides(text, lang)
    return taken[1] == "denied" or taken[3] == "rejected"


_DENY = _table("STANCE_DENY")
_LOWER = re.compile(r"\b[^\W\d_A-Z][^\W\d_]{4,}")


def asserts_denied(denial: str, lang: str | None, other: str) -> bool:
    """Whether `other` has a word of what `denial` denies: a lower-case word of five
    letters or more among the ten after its denying word, stems compared ("Ek resigned"
    for "Ek denied reports that he would resign"; not "a baseless fabrication" for
    "Peskov denied that Putin travelled to Minsk to persuade it")."""
    if not denies(denial, lang):
        return False
    words = _WORD.findall(denial)
    table = _DENY.get(lang or "en", frozenset())
    at = next((k for k, w in enumerate(words) if fold(w) in table), None)
    if at is None:
        return False
    after = {fold(w)[:5] for w in words[at + 1 : at + 11] if _LOWER.fullmatch(w)}
    return bool(after & {fold(w)[:5] for w in _LOWER.findall(other)})


_COMPLEMENTS = {code: fold_all(getattr(m, "DENIAL_COMPLEMENTS", ())) for code, m in each("cues")}
_LATE = {code: fold_all(getattr(m, "DENIAL_LATE", ())) for code, m in each("cues")}
_ENDINGS = {code: tuple(getattr(m, "DENIAL_ENDINGS", ())) for code, m in each("cues")}
_REACH = {code: int(getattr(m, "DENIAL_REACH", 0)) for code, m in each("cues")}


def denials(words: Sequence[str], lang: str | None, after: Sequence[str] = ()) -> int:
    """How many denying words among folded `words` deny a statement, read as negations of
    it: the next word (in `words` or the `after` that follow) is a complement word
    (DENIAL_COMPLEMENTS) or has a complement's ending (DENIAL_ENDINGS), or a late marker
    (DENIAL_LATE) comes within DENIAL_REACH words: "denied paying a ransom", "a démenti
    avoir payé", "negó haber pagado", "bestritt, ... zu haben". A denied noun ("denied
    the claims", "denied reports that ...", "bestritt die Vorwürfe") is a stance
    (`sides`), not a negation: other languages word it with a noun as often."""
    code = lang or "en"
    table, late = _DENY.get(code, frozenset()), _LATE.get(code, frozenset())
    complements, endings = _COMPLEMENTS.get(code, frozenset()), _ENDINGS.get(code, ())
    own = [w for w in words if w[:1].isalpha()]
    seq = own + [w for w in after if w[:1].isalpha()]
    n = 0
    for k, w in enumerate(own):
        if w not in table or k + 1 >= len(seq):
            continue
        nxt = seq[k + 1]
        if (
            nxt in complements
            or (endings and len(nxt) >= 5 and nxt.endswith(endings))
            or late & set(seq[k + 1 : k + 1 + _REACH.get(code, 0)])
        ):
            n += 1
    return n


def denies_statement(text: str, lang: str | None) -> bool:
    """Whether `text` denies a statement (`denials`): "The government denied paying a ransom"."""
    return denials([fold(w) for w in _WORD.findall(text)], lang) > 0


def direction(text: str, lang: str | None) -> str | None:
    """ "up" or "down" when `text` says a figure went one way only, else None."""
    return sides(text, lang)[0]


def same_side(a: str, b: str, lang_a: str | None, lang_b: str | None) -> bool:
    """Whether `a` and `b` take the same side of some pair ("denied" / "a démenti")."""
    return any(x and x == y for x, y in zip(sides(a, lang_a), sides(b, lang_b), strict=True))


def direction_reason(a: str, b: str, lang_a: str | None, lang_b: str | None) -> str | None:
    """A short reason when `a` and `b` take opposite sides of a pair, else None."""
    for (name, pair), x, y in zip(_PAIRS, sides(a, lang_a), sides(b, lang_b), strict=True):
        if x and y and x != y:
            return f"{'opposite' if len(pair) == 2 else 'different'} {name}: {x} vs {y}"
    return None
