"""Acts told otherwise: one outlet tells a start, an end or an event as done, another as to
come or called off ("began" / "will start" / "called off"); a defendant's plea against a
court's verdict ("pleaded not guilty" / "found not guilty"); people brought out against
people still held ("were rescued" / "remain trapped"); a fire contained against one still
burning ("under control" / "still raging"); suspects let go against suspects charged
("rilasciati senza accuse" / "angeklagt"). Each is read in the sentence's own language
from `newsweave.lang.<code>.cues` word lists (PHASE_START / _END / _DONE, CANCEL_WORDS,
PLEA_WORDS / VERDICT_WORDS, RESCUED_WORDS / TRAPPED_WORDS, CONTAINED_WORDS /
BURNING_WORDS, RELEASED_WORDS / CHARGED_WORDS, CAUGHT_WORDS / AT_LARGE_WORDS, FREED_WORDS /
HELD_WORDS, OPEN_WORDS / CLOSED_WORDS, HALTED_WORDS / GOING_ON_WORDS, ACCEPTED_WORDS /
REJECTED_WORDS, INJURED_WORDS / UNHURT_WORDS, DISCHARGED_WORDS / IN_HOSPITAL_WORDS,
CRITICAL_WORDS / STABLE_WORDS) and the calendar's FUTURE_CUES and FUTURE_ENDINGS;
`compare.claims.plan_against_deed` sets two readings apart."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from newsweave.lang import alternation, data, each
from newsweave.text.fold import fold, fold_all

TOKEN = re.compile(r"[^\W\d_]+(?:['’]t\b)?")  # keeps "don't", splits "qu'aucun", "n'a"


def whole_words(patterns: Iterable[str]) -> re.Pattern[str]:
    """Any of `patterns` (regular expressions) as a whole word, any case."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(patterns)})(?![\w-])", re.IGNORECASE)


def cue_pattern(code: str, name: str) -> re.Pattern[str] | None:
    """The words (or phrases) of list `name` of language `code`'s cues, as whole words."""
    words = getattr(data(code, "cues"), name, ())
    return whole_words([alternation(words)]) if words else None


def _sides(first: str, second: str) -> dict[str, tuple[re.Pattern[str] | None, ...]]:
    return {code: (cue_pattern(code, first), cue_pattern(code, second)) for code, _ in each("cues")}


class Pair(NamedTuple):
    """Two acts or states one outlet may tell where another tells the other."""

    what: str  # what telling them apart is called
    names: tuple[str, str]
    words: dict[str, tuple[re.Pattern[str] | None, ...]]  # their word lists per language
    # a state of a person or of a fire, which an article tells once for the event (one
    # that says the guard was unhurt says it of him throughout: `summarize.stated`); not
    # acts as broad as opening or refusing something, which it may tell of other things
    state: bool = False


PAIRED = (
    Pair("a plea against a verdict", ("plea", "verdict"), _sides("PLEA_WORDS", "VERDICT_WORDS")),
    Pair("a rescue against people still trapped", ("rescued", "still trapped"), _sides("RESCUED_WORDS", "TRAPPED_WORDS"), state=True),
    Pair("a fire contained against one still burning", ("contained", "burning"), _sides("CONTAINED_WORDS", "BURNING_WORDS"), state=True),
    Pair("a release against a charge", ("released", "charged"), _sides("RELEASED_WORDS", "CHARGED_WORDS")),
    Pair("an arrest against a suspect at large", ("caught", "at large"), _sides("CAUGHT_WORDS", "AT_LARGE_WORDS"), state=True),
    Pair("a release against a detention", ("let go", "held"), _sides("FREED_WORDS", "HELD_WORDS"), state=True),
    Pair("a place kept open against one closed", ("open", "closed"), _sides("OPEN_WORDS", "CLOSED_WORDS")),
    Pair("work halted against work going on", ("halted", "going on"), _sides("HALTED_WORDS", "GOING_ON_WORDS")),
    Pair("an acceptance against a refusal", ("accepted", "rejected"), _sides("ACCEPTED_WORDS", "REJECTED_WORDS")),
    Pair("an injury against none", ("injured", "unhurt"), _sides("INJURED_WORDS", "UNHURT_WORDS"), state=True),
    Pair("a discharge against a stay in hospital", ("discharged", "in hospital"), _sides("DISCHARGED_WORDS", "IN_HOSPITAL_WORDS"), state=True),
    Pair("a critical condition against a stable one", ("critical", "stable"), _sides("CRITICAL_WORDS", "STABLE_WORDS"), state=True),
)


_NEGATORS = {code: fold_all([*getattr(m, "NEGATIONS", ()), *getattr(m, "NEGATION_TOKENS", ())]) for code, m in each("cues")}
NEGATED_REACH = 5  # words of its clause before an act's words a negation may stand in ("não há registo de feridos")


def _told(p: re.Pattern[str] | None, text: str, lang: str) -> bool:
    """Whether `text` holds the words of `p` unnegated in their clause ("no one was
    injured", "n'était toujours pas maîtrisé" tell no injury, no fire under control)."""
    negs = _NEGATORS.get(lang, frozenset())
    return p is not None and any(
        not negs & {fold(w) for w in TOKEN.findall(re.split(r"[,;:.!?]", text[: m.start()])[-1])[-NEGATED_REACH:]}
        for m in p.finditer(text)
    )


def _denied(p: re.Pattern[str] | None, text: str, lang: str) -> bool:
    """Whether `text` holds the words of `p` only after a negation in their clause."""
    return p is not None and p.search(text) is not None and not _told(p, text, lang)


def paired(text: str, lang: str | None) -> tuple[str | None, ...]:
    """For each pair of PAIRED, the one of its names whose words `text` holds alone (and
    not after a negation), or None: "plea" for "pleaded not guilty", "verdict" for "found
    not guilty", "still trapped" for "remain trapped", "burning" for "still raging" ..."""
    out: list[str | None] = []
    for pair in PAIRED:
        told = [_told(p, text, lang or "en") for p in pair.words.get(lang or "en", (None, None))]
        if pair.state and told == [False, False]:  # a state denied is the other one: "has not been arrested"
            told = [_denied(p, text, lang or "en") for p in reversed(pair.words.get(lang or "en", (None, None)))]
        out.append(pair.names[0] if told == [True, False] else pair.names[1] if told == [False, True] else None)
    return tuple(out)


def acts_apart(a: str, lang_a: str | None, b: str, lang_b: str | None) -> str | None:
    """The reason `a` and `b` tell two acts of a pair of PAIRED ("a plea against a
    verdict: plea vs verdict"), or None."""
    for pair, x, y in zip(PAIRED, paired(a, lang_a), paired(b, lang_b), strict=True):
        if x and y and x != y:
            return f"{pair.what}: {x} vs {y}"
    return None


_CANCELS = {code: cue_pattern(code, "CANCEL_WORDS") for code, _ in each("cues")}


def _phase_data(code: str) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...], frozenset[str]]:
    cues, cal = data(code, "cues"), data(code, "calendar")
    phase = fold_all([*getattr(cues, "PHASE_START", ()), *getattr(cues, "PHASE_END", ())])
    future = fold_all(c.split()[-1] for c in getattr(cal, "FUTURE_CUES", ()))
    ends = tuple(fold(e) for e in getattr(cal, "FUTURE_ENDINGS", ()))
    return tuple({w[:5] for w in phase}), fold_all(getattr(cues, "PHASE_DONE", ())), ends, future


_PHASES = {code: _phase_data(code) for code, _ in each("cues")}


@lru_cache(maxsize=65536)
def phase_told(text: str, lang: str | None) -> str | None:
    """ "ahead" when `text` tells a start or an end to come ("will start on Friday", "qui
    débutera vendredi", "comenzará"), "done" when one that happened ("began on Wednesday",
    "a débuté"), "called off" when it will not happen ("called off", "annulé", "abgesagt":
    CANCEL_WORDS), else None (or more than one): a ceasefire that "began" is no witness
    for one that "will start", nor a strike called off for one that began."""
    stems, done, ends, future = _PHASES.get(lang or "en", ((), frozenset(), (), frozenset()))
    if not stems:
        return None
    words = [fold(w) for w in TOKEN.findall(text)]

    def phase(w: str) -> bool:
        return len(w) >= 4 and any(s.startswith(w[:5]) for s in stems)

    ahead = any(
        phase(w) and (future & set(words[max(0, k - 2) : k]))
        or any(w.endswith(e) and len(w) - len(e) >= 3 and phase(w[: -len(e)]) for e in ends)
        for k, w in enumerate(words)
    )
    cancel = _CANCELS.get(lang or "en")
    states = [s for s, on in (("ahead", ahead), ("done", any(w in done for w in words)),
              ("called off", cancel is not None and cancel.search(text) is not None)) if on]  # fmt: skip
    return states[0] if len(states) == 1 else None
