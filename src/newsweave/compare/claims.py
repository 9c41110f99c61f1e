"""Claim divergences: aligned sentences of different source groups whose structure says
opposite things (`compare.polarity.meaning_differs`: a negation flip, swapped roles). To
stay quiet on noise, a variant must disagree with every other independent source of its
fact and those sources must agree among themselves, so a lone dissenter is the odd one out."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from newsweave.compare.acts import PAIRED, acts_apart, cue_pattern, paired, phase_told, whole_words
from newsweave.compare.acts import TOKEN as _TOKEN
from newsweave.compare.direction import (
    asserts_denied,
    denials,
    denies_statement,
    direction_reason,
    rejects,
    same_side,
)
from newsweave.compare.edits import first_full_name, swapped_roles
from newsweave.compare.numbers import find_quantities
from newsweave.compare.pairs import close_pairs
from newsweave.compare.polarity import CONDITIONALS, clauses, meaning_differs
from newsweave.compare.quantity import tallies
from newsweave.compare.values import same_figure
from newsweave.lang import all_stop_words, alternation, data, each, merged
from newsweave.model import Article, Citation, Divergence, FactGroups, Sentence
from newsweave.text.fold import fold, fold_all

CLAIM_COS = 0.6  # raw cosine for a cross-fact claim pair (full structural check)
CLAIM_COS_LEXICAL = 0.45  # looser pairs: only the strict same-wording negation test
MeaningCheck = Callable[[str, str, str | None, str | None], str | None]
# Negators as written (lower case, accents kept): newsweave.lang.<code>.cues.NEGATION_TOKENS.
NEGATORS = merged("cues", "NEGATION_TOKENS")
# spaCy's stop words of every language (newsweave.lang.all_stop_words); lower case, accents kept.
STOP_WORDS = all_stop_words()
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”»]?\s+")


@lru_cache(maxsize=65536)  # a big event compares the same (text, text) pairs many times
def negation_flip(a: str, b: str, lang: str | None = None) -> str | None:
    """Same-wording statements where exactly one side is negated ("Brandt ruled out a levy"
    / "Neither the minister nor the governor ruled out a levy"): a fallback for what the
    subject-keyed structural check misses when the two name the actor differently.
    Compared sentence by sentence, so an extra sentence on one side does not count. A
    denial of a statement in `lang` is a negation ("denied using" / "did not use")."""
    for part_a in _SENT_SPLIT.split(a):
        for part_b in _SENT_SPLIT.split(b):
            reason = _negation_flip_one(part_a, part_b, lang)
            if reason:
                return reason
    return None


def _negation_flip_one(a: str, b: str, lang: str | None) -> str | None:
    ta = [w.lower() for w in _TOKEN.findall(a)]
    tb = [w.lower() for w in _TOKEN.findall(b)]
    neg_a, neg_b = _asserted_negation(ta, lang), _asserted_negation(tb, lang)
    if neg_a == neg_b:
        return None
    ca = {w for w in ta if w not in STOP_WORDS and w not in NEGATORS and len(w) > 2}
    cb = {w for w in tb if w not in STOP_WORDS and w not in NEGATORS and len(w) > 2}
    shared = ca & cb
    # the shared wording must be the core of the shorter statement
    if len(shared) < 4 or len(shared) < 0.45 * min(len(ca), len(cb)):
        return None
    negated, plain = (a, b) if neg_a else (b, a)
    tokens = ta if neg_a else tb
    # ... and the negation must bear on it: a shared word right after the negator
    # ("nor the governor ruled out"), not on an aside ("even though it was not planned")
    if not any(
        _negator(tokens, k) and shared & set(tokens[k + 1 : k + 4]) for k in range(len(tokens))
    ):
        return None
    return f"negation flipped: '{negated}' vs '{plain}'"


def _negator(tokens: list[str], k: int) -> bool:
    """A negation that asserts: not one inside a hypothesis ("… if Vance is not found
    guilty"), a conditional a few words before it."""
    w = tokens[k]
    if not (w in NEGATORS or w.endswith("n't")):
        return False
    return not any(t in CONDITIONALS for t in tokens[max(0, k - 6) : k])


def _asserted_negation(tokens: list[str], lang: str | None) -> bool:
    return any(_negator(tokens, k) for k in range(len(tokens))) or bool(
        denials([fold(t) for t in tokens], lang)
    )


@lru_cache(maxsize=65536)
def _default_meaning_check(a: str, b: str, lang_a: str | None, lang_b: str | None) -> str | None:
    """Structural check (`compare.polarity`), then the same-wording negation test."""
    reason = meaning_differs(a, b, lang_a, lang_b)
    if reason is None and lang_a == lang_b:
        reason = negation_flip(a, b, lang_a)
    return reason


def claim_divergences(
    alignment: FactGroups,
    articles: Sequence[Article],
    groups: dict[str, str],
    *,
    meaning_check: MeaningCheck | None = None,
) -> list[Divergence]:
    """Aligned statements where one independent source says the opposite of the others."""
    check = meaning_check or _default_meaning_check
    sents = alignment.sentences
    lang = {a.id: a.lang for a in articles}
    out: list[Divergence] = []

    def lang_of(s: Sentence) -> str | None:
        return s.lang or lang.get(s.article_id)

    row_of = {id(s): i for i, s in enumerate(sents)}

    def differs(a: Sentence, b: Sentence) -> str | None:
        if "?" in a.text or "?" in b.text:
            return None  # "Can we ...? No!": question and answer defeat polarity reading
        cos = float(alignment.vectors[row_of[id(a)]] @ alignment.vectors[row_of[id(b)]])
        if cos >= CLAIM_COS:
            reason = check(a.text, b.text, lang_of(a), lang_of(b))
            if reason is None or reason.startswith("different number"):  # left to figures
                reason = _deed_reason(a.text, lang_of(a), b.text, lang_of(b)) or reason
        elif apart := acts_apart(a.text, lang_of(a), b.text, lang_of(b)):
            reason = apart  # words made to be read alike tell the two acts of a pair
        elif lang_of(a) == lang_of(b):
            # loosely aligned: only the strict same-wording test, never a structural guess
            reason = negation_flip(a.text, b.text, lang_of(a))
        else:
            return None
        # Figures are the number check's job; here only structure-borne meaning counts.
        return None if reason is None or reason.startswith("different number") else reason

    def opposed(a: Sentence, b: Sentence) -> str | None:
        """Opposite words of a pair made to be read across languages (`compare.direction`:
        "raised" / "a abaissé", "convicted" / "freigesprochen"; `compare.acts.PAIRED`:
        "suspended production" / "gaat gewoon door") in two aligned sentences:
        members of one fact, as close as the looser claim pairs (the words tell the rest)."""
        cos = float(alignment.vectors[row_of[id(a)]] @ alignment.vectors[row_of[id(b)]])
        if cos < CLAIM_COS_LEXICAL:
            return None
        return direction_reason(a.text, b.text, lang_of(a), lang_of(b)) or acts_apart(
            a.text, lang_of(a), b.text, lang_of(b)
        )

    def allied(a: Sentence, b: Sentence) -> bool:
        """`a` and `b` take the same side of such a pair ("denied" / "a démenti")."""
        return same_side(a.text, b.text, lang_of(a), lang_of(b))

    covered: set[frozenset[int]] = set()
    for fact in alignment.facts:
        # clustered sentences only: a sentence credited by centroid proximity alone is
        # too loosely aligned to call its difference a contradiction
        members = set(alignment.members.get(fact.id, []))
        rows = [r for r in alignment.support_rows[fact.id] if r in members]
        by_group: dict[str, int] = {}
        reps = []
        for r in rows:
            first = by_group.setdefault(groups.get(sents[r].article_id, sents[r].article_id), r)
            # a copy or translation that turned the meaning round is a voice of its own
            if first == r or opposed(sents[first], sents[r]) or differs(sents[first], sents[r]):
                reps.append(r)
        if len(reps) < 2:
            continue
        found = _lone_dissenter(reps, sents, differs, opposed, allied)
        if found is None and (split := _state_split(reps, sents, lang_of, opposed)):
            covered.add(frozenset(reps))  # two voices or more each way: no odd one out
            out.append(
                Divergence(
                    kind="claim",
                    description=f"Reports disagree ({split})",
                    variants=[Citation(sents[r].article_id, sents[r].text, sents[r].index) for r in reps],
                    odd_one_out=None,
                    fact=fact.id,
                )
            )
        if found is None:
            continue
        odd, reason = found
        covered.add(frozenset(reps))
        out.append(
            Divergence(
                kind="claim",
                description=f"One report contradicts the others ({reason})",
                variants=[
                    Citation(sents[r].article_id, sents[r].text, sents[r].index) for r in reps
                ],
                odd_one_out=sents[odd].article_id if len(reps) >= 3 else None,
                fact=fact.id,
            )
        )
    out.extend(_cross_fact_claims(alignment, groups, differs, covered))
    return out


def _state_split(
    reps: list[int],
    sents: list[Sentence],
    lang_of: Callable[[Sentence], str | None],
    opposed: Callable[[Sentence, Sentence], str | None],
) -> str | None:
    """The state of a pair (`compare.acts.PAIRED`) that independent voices tell both ways,
    two or more on each side ("was freed" twice, "is still held" twice): a disagreement
    with no odd one out, which `_lone_dissenter` cannot name."""
    marks = {r: paired(sents[r].text, lang_of(sents[r])) for r in reps}
    for k, pair in enumerate(PAIRED):
        sides: dict[str, list[int]] = {}
        for r in reps:
            if pair.state and marks[r][k]:
                sides.setdefault(marks[r][k], []).append(r)
        if len(sides) == 2 and all(len(v) >= 2 for v in sides.values()):
            a, b = sides.values()
            if any(opposed(sents[x], sents[y]) for x in a for y in b):
                return f"{pair.what}: {' vs '.join(sides)}"
    return None


def _lone_dissenter(
    reps: list[int],
    sents: list[Sentence],
    differs: Callable[[Sentence, Sentence], str | None],
    opposed: Callable[[Sentence, Sentence], str | None] | None = None,
    allied: Callable[[Sentence, Sentence], bool] | None = None,
) -> tuple[int, str] | None:
    """(row, reason) of the one variant that differs from the others while they agree.

    It must differ from at least half of the other variants in its own language (there
    must be one): cross-language pairs are too often misread by lexicon checks to count
    either way. A variant alone in its language counts only by `opposed` (opposite words
    made to be read across languages): two or more others on the opposite side, none on
    its side, no two of them opposed. Two variants differ by a negation, or by such
    words at the closeness of the structural check (`differs`)."""
    if len(reps) == 2:
        reason = differs(sents[reps[0]], sents[reps[1]])
        words = opposed is not None and bool(reason) and reason.startswith(("opposite", "different"))
        return (reps[1], reason) if reason and (reason.startswith("negation") or words) else None
    cache: dict[tuple[int, int], str | None] = {}

    def d(a: int, b: int) -> str | None:
        key = (min(a, b), max(a, b))
        if key not in cache:
            cache[key] = differs(sents[key[0]], sents[key[1]])
        return cache[key]

    found: list[tuple[int, str]] = []
    for odd in reps:
        rest = [r for r in reps if r != odd]
        reasons = [d(odd, r) for r in rest]
        same_lang = [
            reason for r, reason in zip(rest, reasons, strict=True)
            if sents[r].lang == sents[odd].lang
        ]  # fmt: skip
        if not same_lang and opposed is not None and allied is not None:
            # two or more others say the opposite, none says what it says ("a confirmé" /
            # "denied", "a démenti", "rejected"), and no two of them are opposed
            why = [w for r in rest if (w := opposed(sents[odd], sents[r]))]
            if (
                len(why) >= 2
                and not any(allied(sents[odd], sents[r]) for r in rest)
                and not any(
                    opposed(sents[a], sents[b]) for i, a in enumerate(rest) for b in rest[i + 1 :]
                )
            ):
                same_lang = [why[0]]
        # most same-language peers (facts can hold a loosely aligned intruder) ...
        if not same_lang or sum(map(bool, same_lang)) < max(1, len(same_lang) / 2):
            continue
        # ... while the others, read in one language, agree among themselves
        if any(
            d(a, b)
            for i, a in enumerate(rest)
            for b in rest[i + 1 :]
            if sents[a].lang == sents[b].lang
        ):
            continue
        found.append((odd, str(next(r for r in same_lang if r))))
    if len(found) == 1:
        return found[0]
    if len(found) > 1 and opposed is not None and allied is not None:
        # Two voices of one language opposed ("reduced" / "increased the risk"): the
        # other languages tell which is alone, by the words made to be read across them
        # (two or more on the opposite side, none on its side)
        def alone(r: int) -> bool:
            rest = [sents[x] for x in reps if x != r]
            return sum(bool(opposed(sents[r], x)) for x in rest) >= 2 and not any(
                allied(sents[r], x) for x in rest
            )

        lone = [(r, why) for r, why in found if alone(r)]
        if len(lone) == 1:
            return lone[0]
    # Two voices flipping against each other: the dissenter is the one negated statement
    # among all variants, whatever their language (not a denial: words of one language
    # deny a verb, "denied paying", where others deny a noun, "le paiement"), else the
    # one told without the intention all others tell ("resigned" / "offered to resign",
    # "a proposé sa démission"), or the one start told done where others tell it ahead
    # ("began" / "will start", "débutera"), or the one verdict where others tell a plea;
    # otherwise nobody can tell.
    marks_of = [
        lambda s: has_negator(s.text), lambda s: intends(s.text, s.lang),
        lambda s: phase_told(s.text, s.lang),
        *(lambda s, k=k: paired(s.text, s.lang)[k] for k in range(len(PAIRED))),
    ]  # fmt: skip
    for mark in marks_of:
        marks = {r: mark(sents[r]) for r in reps}
        lone = [(r, why) for r, why in found if sum(v == marks[r] for v in marks.values()) == 1]
        if len(lone) == 1:
            return lone[0]
    return None


# per language: Spanish "si" (if) is French "si" (so, whether)
_HEDGES = {code: found for code, _ in each("cues") if (found := cue_pattern(code, "HEDGES"))}
_HEDGE_ANY = whole_words([alternation(merged("cues", "HEDGES"))])


def _ahead_re(code: str) -> re.Pattern[str] | None:
    m = data(code, "calendar")
    words = [re.escape(w) for w in getattr(m, "FUTURE_CUES", ())]
    words += [rf"\w{{3,}}{re.escape(e)}" for e in getattr(m, "FUTURE_ENDINGS", ())]
    return whole_words(words) if words else None


def _done_re(code: str) -> re.Pattern[str] | None:
    m = data(code, "cues")
    aux, ends = getattr(m, "DONE_AUXILIARIES", ()), getattr(m, "PARTICIPLE_ENDINGS", ())
    if not aux or not ends:
        return None
    return whole_words([rf"(?:{alternation(aux)})\s+(?:been\s+)?\w{{2,}}(?:{alternation(ends)})"])


_SAYING = fold_all(merged("cues", "REPORTING_VERBS"))
_AHEAD = {code: _ahead_re(code) for code, _ in each("calendar")}
_DONE = {code: _done_re(code) for code, _ in each("cues")}


@lru_cache(maxsize=65536)
def tense(text: str, lang: str | None = None) -> str | None:
    """ "ahead" when the first clause looks ahead ("plans to close the plant next year",
    "va fermer"), "done" when it tells a deed done with an auxiliary ("has closed", "a
    fermé"), else None: a plan is no witness for the deed, nor the reverse."""
    ahead, done = _AHEAD.get(lang or "en"), _DONE.get(lang or "en")
    main = _opening_clause(text, lang)
    if ahead is not None and ahead.search(main):
        return "ahead"
    # a speech verb's is no deed ("Son avocat a annoncé qu'il ferait appel")
    deeds = [m for m in done.finditer(main) if fold(m.group().split()[-1]) not in _SAYING] if done else []
    return "done" if deeds else None


def plan_reason(a: str, lang_a: str | None, b: str, lang_b: str | None) -> str | None:
    """Why one of `a`, `b` tells what the other tells of another act or moment, or None:
    two acts of a pair (`acts_apart`: "a plea against a verdict: plea vs verdict"), a plan
    against the deed done (`tense`: "a plan against a deed: ahead vs done"), a start or
    end ahead, done or called off (`phase_told`), or an intention against the deed
    (`intent_against_deed`: "intended vs done")."""
    if apart := acts_apart(a, lang_a, b, lang_b):
        return apart
    told = (tense(a, lang_a), tense(b, lang_b))
    if set(told) != {"ahead", "done"}:
        told = (phase_told(a, lang_a), phase_told(b, lang_b))
    if None in told or told[0] == told[1]:
        if not intent_against_deed(a, lang_a, b, lang_b):
            return None
        told = tuple("intended" if intends(t, lang) else "done" for t, lang in ((a, lang_a), (b, lang_b)))
    return f"a plan against a deed: {told[0]} vs {told[1]}"


def plan_against_deed(a: str, lang_a: str | None, b: str, lang_b: str | None) -> bool:
    """Whether `a` and `b` tell two acts or moments apart (`plan_reason`)."""
    return plan_reason(a, lang_a, b, lang_b) is not None


def _deed_endings(code: str) -> tuple[str, ...]:
    ends = getattr(data(code, "cues"), "PARTICIPLE_ENDINGS", ())
    return tuple(ends) + tuple(e for e, _ in getattr(data(code, "calendar"), "PAST_ENDINGS", ()))


_INTENT = {code: cue_pattern(code, "INTENT_CUES") for code, _ in each("cues")}
_DEED_ENDINGS = {code: _deed_endings(code) for code, _ in each("cues")}
STEM = 6  # letters a verb and its noun or past form share ("resign" / "resigned")


def intends(text: str, lang: str | None) -> bool:
    """Whether the first clause of `text` tells an intention or an offer ("offered to
    resign", "a proposé sa démission", "hat ihren Rücktritt angeboten")."""
    found = _INTENT.get(lang or "en")
    return found is not None and found.search(_opening_clause(text, lang)) is not None


def intent_against_deed(a: str, lang_a: str | None, b: str, lang_b: str | None) -> bool:
    """Whether one of `a`, `b` (one language) tells an intention whose verb or noun the
    other tells done, with no intention of its own: "offered to resign" / "resigned",
    "a proposé sa démission" / "a démissionné". The deed is a word of the other sentence
    with a past or participle ending whose first STEM letters are those of a word among
    the three after the intention."""
    found, ends = _INTENT.get(lang_a or "en"), _DEED_ENDINGS.get(lang_a or "en", ())
    if lang_a != lang_b or found is None or not ends:
        return False
    for x, y in ((a, b), (b, a)):
        m = found.search(_opening_clause(x, lang_a))
        if m is None or intends(y, lang_a) or found.search(y):
            continue
        after = {fold(w)[:STEM] for w in _TOKEN.findall(x[m.end() :])[:3] if len(w) >= STEM}
        done = {fold(w)[:STEM] for w in _TOKEN.findall(y) if len(w) > STEM and w.lower().endswith(ends)}
        if after & done:
            return True
    return False


@lru_cache(maxsize=65536)  # `tense` and `hedged` read the same clause
def _opening_clause(text: str, lang: str | None) -> str:
    """The first clause with the words that open it or link it to the next ("If talks
    fail, ...", "... will close if no buyer is found")."""
    found = clauses(text, lang)
    return text[: text.find(found[1].text)] if len(found) > 1 else text


@lru_cache(maxsize=65536)
def hedged(text: str, lang: str | None = None) -> bool:
    """Whether `text` states a possibility in its first clause ("the plant may close",
    "l'usine pourrait fermer", "möglicherweise"), not a certainty; a later clause's
    ("..., raising fears Tarsk could also close its border") leaves the statement certain.
    "May" with a capital is the month. The clause is read with the words that open it or
    link it to the next ("If talks fail, ...", "... will close if no buyer is found")."""
    hedge = _HEDGES.get(lang or "", _HEDGE_ANY if lang is None else None)
    if hedge is None or not hedge.search(text):
        return False  # most sentences: no clause reading needed
    return any(m.group() != "May" for m in hedge.finditer(_opening_clause(text, lang)))


HOLDER_WORDS = 6  # a sentence's first full name within its first words is its subject


def other_holder(a: str, lang_a: str | None, b: str, lang_b: str | None) -> bool:
    """Whether `b` gives a figure of `a` to another person: each opens with a full name
    (its subject), the two differ, and `a` names `b`'s later ("Erik Sund won the run-off
    with 52.3% ..., ahead of Ana Halvorsen" / "Ana Halvorsen a remporté ... avec 52,3 %")."""
    ha, hb = _holder(a), _holder(b)
    if not ha or not hb or ha == hb or not re.search(rf"\b{re.escape(hb)}\b", fold(a)):
        return False
    if hb in _opening(a) or ha in _opening(b) or tallies(a) or tallies(b):
        # "Former Tessa mayor Pavel Rusk": the subject is named after a place; a score
        # is told from either side ("Dunmore lost 1-2 to Harlow")
        return False
    qb = find_quantities(b, lang_b)
    return any(x.kind == y.kind and same_figure(x, y) for x in find_quantities(a, lang_a) for y in qb)


def _opening(text: str) -> list[str]:
    return fold(" ".join(text.split()[:HOLDER_WORDS])).replace("'", " ").split()


def _deed_reason(a: str, lang_a: str | None, b: str, lang_b: str | None) -> str | None:
    """Who did it or when, told otherwise: names swapped ("Orvik beat Velmar" / "Velmar
    beat Orvik"), a plan against its deed done ("plans to close" / "has closed"), or a
    figure given to another person (`other_holder`), or a statement another denies
    ("denied paying a ransom" / "paid a ransom")."""
    if lang_a == lang_b and (swap := swapped_roles(a, b, lang_a)):
        return f"roles swapped: {swap[0]} vs {swap[1]}"
    if lang_a == lang_b:
        for x, y in ((a, b), (b, a)):
            if denies_statement(x, lang_a) and _asserts(y, lang_a) and asserts_denied(x, lang_a, y):
                return f"negation flipped: '{x}' vs '{y}'"
    if plan := plan_reason(a, lang_a, b, lang_b):
        return plan
    if other_holder(a, lang_a, b, lang_b) or other_holder(b, lang_b, a, lang_a):
        return f"another person: {str(_holder(a)).title()} vs {str(_holder(b)).title()}"
    return None


def _holder(text: str) -> str | None:
    """The last word of the full name among a sentence's first words ("halvorsen")."""
    name = first_full_name(text)
    if not name or name.split()[0] not in _opening(text):
        return None
    return name.split()[-1]


def opens_negated(text: str) -> bool:
    """Whether a sentence opens with a negation ("No date has been set", "Aucune date",
    "Kein Termin"): it denies what a sentence opening otherwise may state."""
    first = _TOKEN.search(text)
    return first is not None and first.group().lower() in NEGATORS


def _asserts(text: str, lang: str | None) -> bool:
    """Whether `text` states without negating, denying or rejecting."""
    return not (has_negator(text) or rejects(text, lang) or denies_statement(text, lang))


def has_negator(text: str) -> bool:
    """Whether `text` has a negation word ("not", "n't", "aucun", "kein")."""
    return any(w.lower() in NEGATORS or w.lower().endswith("n't") for w in _TOKEN.findall(text))


def _cross_fact_claims(
    alignment: FactGroups,
    groups: dict[str, str],
    differs: Callable[[Sentence, Sentence], str | None],
    covered: set[frozenset[int]],
) -> list[Divergence]:
    """A sentence of one fact that negates an aligned sentence of another fact.

    Closely aligned pairs (>= CLAIM_COS) go through the full check; looser ones
    (>= CLAIM_COS_LEXICAL) only through the same-language wording test, which is strict
    on its own. The negating sentence must contradict the other fact's sentences in its
    language (at least half of them), not just one of them.
    """
    sents = alignment.sentences
    fact_of = {r: f.id for f in alignment.facts for r in alignment.support_rows[f.id]}
    rows = sorted(fact_of)
    if len(rows) < 2:
        return []
    out: list[Divergence] = []
    flagged: set[str] = set()
    for i, j, _ in close_pairs(alignment.vectors[rows], CLAIM_COS_LEXICAL):
        ri, rj = rows[i], rows[j]
        if fact_of[ri] == fact_of[rj] or fact_of[ri] in flagged or fact_of[rj] in flagged:
            continue
        gi = groups.get(sents[ri].article_id, sents[ri].article_id)
        gj = groups.get(sents[rj].article_id, sents[rj].article_id)
        if gi == gj or frozenset((ri, rj)) in covered:
            continue
        reason = differs(sents[ri], sents[rj])
        if not reason or not reason.startswith("negation"):
            continue
        # the smaller fact is the dissenting one
        small, big = sorted((ri, rj), key=lambda r: len(alignment.support_rows[fact_of[r]]))
        big_rows = alignment.support_rows[fact_of[big]]
        if any(sents[r].article_id == sents[small].article_id for r in big_rows):
            continue  # its article states the other fact too: it reports both sides
        peers = [r for r in big_rows if r != big and sents[r].lang == sents[small].lang]
        if peers and sum(bool(differs(sents[small], sents[r])) for r in peers) < len(peers) / 2:
            continue
        flagged.update({fact_of[ri], fact_of[rj]})
        variants = [sents[small]] + [sents[r] for r in big_rows]
        n_groups = len({groups.get(sents[r].article_id, sents[r].article_id) for r in big_rows})
        out.append(
            Divergence(
                kind="claim",
                description=f"One report contradicts the others ({reason})",
                variants=[Citation(s.article_id, s.text, s.index) for s in variants],
                odd_one_out=sents[small].article_id if n_groups >= 2 else None,
                fact=fact_of[big],
            )
        )
    return out


def odd_sentences(divergences: Sequence[Divergence]) -> list[tuple[str, str, str]]:
    """(article, sentence, description) of each claim divergence's odd one out: the
    summary cites that sentence for none of the others' wordings, nor them for its own."""
    return [
        (v.article, v.text, d.description)
        for d in divergences
        if d.kind == "claim"
        for v in d.odd_variants()
    ]
