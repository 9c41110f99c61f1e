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
CRITICAL_WORDS / STABLE_WORDS, RESUMED_WORDS / NOT_RESUMED_WORDS and PENDING_WORDS,
FLOODING_WORDS / WATERTIGHT_WORDS; a phrase's " … " is a gap of up to three words) and the
calendar's FUTURE_CUES and FUTURE_ENDINGS;
`compare.claims.plan_against_deed` sets two readings apart."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from newsweave.compare.edits import AUXILIARIES_OF
from newsweave.lang import alternation, data, each
from newsweave.text.fold import fold, fold_all

TOKEN = re.compile(r"[^\W\d_]+(?:['’]t\b)?")  # keeps "don't", splits "qu'aucun", "n'a"


def whole_words(patterns: Iterable[str]) -> re.Pattern[str]:
    """Any of `patterns` (regular expressions) as a whole word, any case."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(patterns)})(?![\w-])", re.IGNORECASE)


GAP = r"\W+(?:[^\W_]+\W+){0,3}"  # " … " in a phrase: up to three words between its parts


def cue_pattern(code: str, name: str) -> re.Pattern[str] | None:
    """The words (or phrases) of list `name` of language `code`'s cues, as whole words; a
    phrase's " … " stands for up to three words ("Krankenhaus … verlassen" reads "das
    Krankenhaus wieder verlassen", a verb a language puts after its object)."""
    words = getattr(data(code, "cues"), name, ())
    plain = [w for w in words if "…" not in w]  # (an empty alternative would match anywhere)
    gapped = [GAP.join(re.escape(part.strip()) for part in w.split("…")) for w in words if "…" in w]
    return whole_words([alternation(plain)] * bool(plain) + gapped) if words else None


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
    # a state of a thing, whose denial tells the other one as a person's does ("was not
    # restarted" is still down), but no state an article tells once for the event
    denied_other: bool = False
    # a cue list whose words in the sentence leave the first act untold, and its denial: one
    # waiting on a condition ("will restart once the regulator agrees") is no witness
    # against "offline until the regulator agrees"
    unless: str | None = None


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
    Pair("a resumption against a halt without end", ("resumed", "halted indefinitely"), _sides("RESUMED_WORDS", "NOT_RESUMED_WORDS"), denied_other=True, unless="PENDING_WORDS"),
    Pair("a ship taking on water against one that is not", ("taking on water", "not taking on water"), _sides("FLOODING_WORDS", "WATERTIGHT_WORDS"), denied_other=True),
)
_UNLESS = {p.unless: {code: cue_pattern(code, p.unless) for code, _ in each("cues")} for p in PAIRED if p.unless}


_NEGATORS = {code: fold_all([*getattr(m, "NEGATIONS", ()), *getattr(m, "NEGATION_TOKENS", ())]) for code, m in each("cues")}
NEGATED_REACH = 5  # words of its clause before an act's words a negation may stand in ("não há registo de feridos")


OPENING_REACH = 12  # words a negation opening the clause reaches ("None of the three riders was in a …")


_RELATIVES = {code: fold_all(getattr(m, "RELATIVE_WORDS", ())) for code, m in each("cues")}


def _negated(before: str, lang: str) -> bool:
    """Whether the clause that ends with `before` negates what follows it: a negation among
    its last NEGATED_REACH words, or one opening it, a subject that is no one ("None of
    the three riders was in a …"), where its verb comes between (not "None of the climbers
    rescued …", words of the subject) and no relative clause ("Nobody saw the man who was
    arrested")."""
    negs = _NEGATORS.get(lang, frozenset())
    words = [fold(w) for w in TOKEN.findall(re.split(r"[,;:.!?]", before)[-1])]
    if negs & set(words[-NEGATED_REACH:]):
        return True
    opening = bool(words) and words[0] in negs and len(words) <= OPENING_REACH
    rest = set(words[1:])
    return opening and bool(AUXILIARIES_OF.get(lang, frozenset()) & rest) and not _RELATIVES.get(lang, frozenset()) & rest


_CLOSING = {code: fold_all(getattr(m, "CLOSING_NEGATIONS", ())) for code, m in each("cues")}


def _closed_negated(after: str, lang: str) -> bool:
    """Whether the clause that goes on with `after` ends on a negation that negates its verb
    wherever it stands (CLOSING_NEGATIONS: "In Haft genommen wurde er nicht")."""
    words = TOKEN.findall(re.split(r"[,;:.!?]", after)[0])
    return bool(words) and fold(words[-1]) in _CLOSING.get(lang, frozenset())


def _told(p: re.Pattern[str] | None, text: str, lang: str) -> bool:
    """Whether `text` holds the words of `p` unnegated in their clause ("no one was
    injured", "n'était toujours pas maîtrisé" tell no injury, no fire under control)."""
    return p is not None and any(
        not _negated(text[: m.start()], lang) and not _closed_negated(text[m.end() :], lang)
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
        wait = _UNLESS[pair.unless].get(lang or "en") if pair.unless else None
        waiting = wait is not None and wait.search(text) is not None
        if waiting:
            told[0] = False  # "will reopen once …": waiting, not told
        if (pair.state or pair.denied_other) and told == [False, False] and not waiting:
            # a state denied is the other one: "has not been arrested"; not where it waits
            # ("did not restart until dawn" tells when it did)
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
