"""Relative dates: "on Monday", "lundi", "yesterday", "last week", "in October", "11 marca"
resolved against the day an article was written (`summarize.timeline`).

Which occurrence a weekday, a year-less date or a month alone names is read from the words
around it, each language's in `lang/<code>/calendar.py`:

- marked past ("last Tuesday", "octobre dernier", "el pasado lunes", "w ubiegły czwartek"; on
  its weekday "last Friday" is a week back, "since Friday" today) or
  future ("next Sunday", "domingo que vem", "will", "is due to", a future ending
  "reabrirá"): that occurrence;
- a target ("until Friday", "jusqu'à jeudi", "do piątku"), a span opening on it with no
  past told ("from Saturday, children can ...", "vanaf zaterdag"; FORWARD_START_BEFORE)
  or, for a weekday, a verb that sets one ("summoned ... for talks on Monday", "ontboden",
  "wezwani na rozmowy") or a planned start in the present ("the fair, which opens on
  Friday"; PLAN_VERBS): a weekday is the next one (the day of writing included), a date
  or a month the nearest;
- a conjecture about the past around it ("would have let water in during Sunday's
  gale", "soll ... beschädigt haben"; CONJECTURE_PERFECT): past, its modal no future;
- a year named after it ("marzo di quest'anno", "March last year", "11 marca ubiegłego
  roku"): that year;
- a habit ("every Sunday", "their July holidays", a month in a timeless clause of a sentence
  of many years: "hail in July is nothing new, but in recent years …"; HABITUAL_YEARS), some
  weekday of a story told from its own days ("on a Friday", "the following Wednesday";
  UNDATED_BEFORE/_AFTER) or a street's name ("Avenida 18 de Julio"): no date;
- the opening end of a range whose other end has a year ("from March to November 2022",
  "zwischen März und November 2022"): that year;
- a weekday in a quotation: the tense of the speaker's words, not of the reporting verb
  ("«I have my check-up on Thursday», she said"); with none, a day ahead is unsure: no date;
- "the night between Tuesday and Wednesday", "la nuit de lundi à mardi": one date, the
  morning's, or the evening's when the sentence names an evening time ("alle 23.40");
- a target opening its clause with a past after it ("until Tuesday, 31 boats had been
  checked"): the day counted up to, gone by;
- weekdays of one stretch ("concerts moved to Saturday and Sunday", "de lundi à
  vendredi"): the first as below, the others the days after it;
- "today" as the present age ("the yard built whalers, and today too most of its boats
  go north", "vaccines used today"; NOWADAYS, in a clause telling no past nor future): no
  date;
- otherwise the tense of the sentence: the verb nearest before the date (a future cue
  after the last past verb is the future: "said they will wait for the report before
  voting in July"; "will be published ... in November", whose participle is the
  future's), a participle right before a month or date ("aprovada em fevereiro"), or a
  past after it with no future cue. The past makes the latest occurrence on or before the
  day of writing (a weekday the day after an early stamp, and a date nearly a year back,
  excepted: see `resolve_dates`, `_pick_full`); with no tense, a weekday is the nearest
  one, of the week the article is written in ("regressa a Portugal na sexta-feira" in a
  Wednesday's report is two days on), a date or a month the nearest.

The word lists of the sentence's language are read (Italian "sera" is the evening, not
the French future); a language without tense words reads every language's.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from types import ModuleType

from newsweave.align.quote_marks import Span, find_spans
from newsweave.lang import alternation, data, merged
from newsweave.summarize.calwords import NEVER as _NEVER
from newsweave.summarize.calwords import alt as _alt
from newsweave.summarize.calwords import dates_what_came_before
from newsweave.summarize.calwords import modules as _modules
from newsweave.summarize.calwords import word_list as _list
from newsweave.summarize.yearless import dated as _dated
from newsweave.summarize.yearless import pick_full as _pick_full
from newsweave.summarize.yearless import pick_year as _pick_year
from newsweave.text.dates import (
    YEAR_LINK,
    day_word,
    find_dates,
    month_names,
    months_capitalised,
    names_a_place,
)
from newsweave.text.fold import fold, fold_all

__all__ = ["LAST_WEEK", "dates_what_came_before", "resolve_dates"]

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# "on the 19th", "the 19th of", "the 19th." - not "the 16th largest bank"
_ORDINAL_DAY = re.compile(
    r"\b(?:on the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:century|minute|floor))"
    r"|the (\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)]|$|of\b)))",
    re.I,
)
_MONTH_ONLY = re.compile(
    rf"\b(?:(?:{alternation(merged('calendar', 'MONTH_PREPOSITIONS'))}) )?"
    rf"(?:(?P<part>{alternation(merged('calendar', 'MONTH_PARTS'))})[\s-]+)?"
    rf"(?P<month>[^\W\d_]+)\b(?:\s+{YEAR_LINK}(?P<year>(?:19|20)\d\d))?",  # "marzo de 2023"
    re.IGNORECASE,
)
# a clause ends at these (the tense or target verb of another clause is not the date's)
_CLAUSE_END = re.compile(r"[,;:()–—]|\s-\s")
# an evening time: "alle 23.40", "at 11.40 p.m.", "um 21:15 Uhr"
_EVENING = re.compile(
    r"(?<![\d.,])(?:(?:1[89]|2[0-3])[.:h][0-5]\d(?![\d.,]\d)|(?:[1-9]|1[01])(?:[.:][0-5]\d)?\s*p\.?\s?m\b)",
    re.IGNORECASE,
)
_DAY_SLOT = r"([^\W\d_]+(?:-[^\W\d_]+)?)"
# between two weekdays of one stretch: a mark, a coordinator or a preposition ("and",
# "to", "et", "à", "und am", "y el", "i")
_LINK = re.compile(r"\s*[,/–-]?\s*(?:[^\W\d_]{1,4}\s+){0,2}")
# words between a future cue and the participle it governs ("will then be presented")
FUTURE_GAP = 2
FUTURE_REACH = 45  # characters from a future cue to a date it is sure to reach
# words after "from <day>" its main verb lies within ("From Monday to Friday, the roads were")
FORWARD_WORDS = 6

# the week before the day of writing, in every language (a date divergence skips it)
LAST_WEEK = re.compile(
    rf"\b(?:{alternation(merged('calendar', 'LAST_WEEK')) or _NEVER})\b", re.IGNORECASE
)


def _endings(pairs: Iterable[tuple[str, int]]) -> str:
    """(ending, shortest stem) pairs as a regex of whole words: "reported", "chegou"."""
    return "|".join(rf"\w{{{stem},}}{re.escape(end)}" for end, stem in sorted(set(pairs))) or _NEVER


def _perfect(module: ModuleType) -> str:
    """A past told with an auxiliary and a participle ("a annoncé", "ha firmato", "hat ...
    gesperrt"): the participle within PERFECT_GAP words after the auxiliary."""
    aux = getattr(module, "PERFECT_AUXILIARIES", ())
    participle = getattr(module, "PERFECT_PARTICIPLE", "")
    if not aux or not participle:
        return ""
    gap = getattr(module, "PERFECT_GAP", 1)
    # the auxiliary may open a sentence ("Habíamos cerrado"); a participle's case is its own
    return rf"\b(?i:{alternation(aux)})\b(?:\s+\S+){{0,{gap}}}?\s+(?:{participle})\b"


@dataclass(frozen=True)
class _Cues:
    """The compiled tense words of one language (see the module's docstring)."""

    future: re.Pattern[str]
    future_after: re.Pattern[str]
    past_verb: re.Pattern[str]
    past_sure: re.Pattern[str]  # without the endings adjectives share ("closed")
    perfect: re.Pattern[str]
    past_mark: re.Pattern[str]
    past_before: re.Pattern[str]
    since: re.Pattern[str]  # a span's start: "since Friday"
    past_after: re.Pattern[str]
    target_before: re.Pattern[str]
    target_verb: re.Pattern[str]
    habitual: re.Pattern[str]
    many_years: re.Pattern[str]
    undated: tuple[re.Pattern[str], re.Pattern[str]]  # before, after a weekday
    participle: re.Pattern[str]
    after_event: re.Pattern[str]
    year_after: re.Pattern[str]
    years: dict[str, int]
    nights: tuple[re.Pattern[str], ...]
    last_week: re.Pattern[str]
    forward: re.Pattern[str]  # a span opening on a day to come: "from Saturday"
    plan: re.Pattern[str]  # a planned start told in the present: "begins"
    conjecture: re.Pattern[str]  # a past guessed at: "would have allowed"


@functools.cache
def _cues(lang: str | None) -> _Cues:
    mods = _modules(lang)
    words = functools.partial(_list, mods)
    pairs = [p for m in mods for n in ("PAST_ENDINGS", "PAST_FORM_ENDINGS") for p in getattr(m, n, ())]
    form_pairs = [p for m in mods for p in getattr(m, "PAST_FORM_ENDINGS", ())]
    perfect = [p for m in mods if (p := _perfect(m))]
    years = {fold(k): v for m in mods for k, v in getattr(m, "YEAR_OFFSETS", {}).items()}
    spans = [re.escape(t).replace(r"\{\}", _DAY_SLOT).replace("\\ ", r"\s+") for t in sorted(words("NIGHT_SPANS"))]
    nights = tuple(re.compile(rf"\b{t}\b", re.I) for t in spans)
    ahead = _alt(words("FUTURE_ENDINGS"))
    participles = "|".join(f"(?:{p})" for m in mods if (p := getattr(m, "PERFECT_PARTICIPLE", "")))
    return _Cues(
        future=re.compile(
            rf"\b(?:{_alt(words('FUTURE_CUES', 'FUTURE_WORDS'))}|\w{{3,}}(?:{ahead}))\b", re.I
        ),
        future_after=re.compile(rf"\s+(?:{_alt(words('FUTURE_AFTER'))})\b", re.I),
        past_verb=re.compile(rf"\b(?:{_alt(words('PAST_AUXILIARIES'))}|{_endings(pairs)})\b", re.I),
        past_sure=re.compile(
            rf"\b(?:{_alt(words('PAST_AUXILIARIES'))}|{_endings(form_pairs)})\b", re.I
        ),
        perfect=re.compile("|".join(perfect) or _NEVER),
        past_mark=re.compile(rf"\b(?:{_alt(words('PAST_MARKS'))})\b", re.I),
        past_before=re.compile(rf"\b(?:{_alt(words('PAST_BEFORE'))})\s+$", re.I),
        since=re.compile(rf"\b(?:{_alt(words('SPAN_START_BEFORE'))})\s+$", re.I),
        past_after=re.compile(rf"\s+(?:{_alt(words('PAST_AFTER'))})\b", re.I),
        target_before=re.compile(rf"\b(?:{_alt(words('TARGET_BEFORE'))})\s+$", re.I),
        target_verb=re.compile(rf"\b(?:{_alt(words('TARGET_VERBS'))})\b", re.I),
        habitual=re.compile(rf"\b(?:{_alt(words('HABITUAL_BEFORE'))})\s+$", re.I),
        many_years=re.compile(rf"\b(?:{_alt(words('HABITUAL_YEARS'))})\b", re.I),
        undated=(
            re.compile(rf"\b(?:{_alt(words('UNDATED_BEFORE'))})\s+$", re.I),
            re.compile(rf"(?:-\w+)?\s+(?:{_alt(words('UNDATED_AFTER'))})\b", re.I),  # "-feira"
        ),
        participle=re.compile(
            rf"\b({participles or _NEVER})\s+(?:(?:{_alt(words('MONTH_PREPOSITIONS'))})\s+)?$", re.I
        ),
        after_event=re.compile(rf"\b(?:{_alt(words('AFTER_EVENT'))})\b", re.I),
        year_after=re.compile(rf"\s*,?\s*(?P<y>{_alt(words('YEAR_OFFSETS'))})(?!\w)", re.I),
        years=years,
        nights=nights,
        last_week=re.compile(rf"\b(?:{_alt(words('LAST_WEEK'))})\b", re.I),
        forward=re.compile(rf"\b(?:{_alt(words('FORWARD_START_BEFORE'))})\s+$", re.I),
        plan=re.compile(rf"\b(?:{_alt(words('PLAN_VERBS'))})\b", re.I),
        conjecture=re.compile(
            "|".join(f"(?:{c})" for m in mods if (c := getattr(m, "CONJECTURE_PERFECT", ""))) or _NEVER,
            re.I,
        ),
    )


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around text[start:end] begins and ends: the last clause mark before
    it, the next after it."""
    after = _CLAUSE_END.search(text, end)
    lo = max([m.end() for m in _CLAUSE_END.finditer(text, 0, start)], default=0)
    return lo, after.start() if after else len(text)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around text[start:end]."""
    lo, hi = _bounds(text, start, end)
    return text[lo:hi]


def _past_in(cues: _Cues, text: str) -> bool:
    return bool(cues.past_verb.search(text) or cues.perfect.search(text))


def _marked_past(cues: _Cues, text: str, start: int, end: int) -> bool:
    """Whether the date expression itself says past: "last February", "octobre dernier",
    "el mes pasado"."""
    return bool(
        cues.past_mark.search(text[start:end])
        or cues.past_before.search(text[max(0, start - 12) : start])
        or cues.past_after.match(text[end : end + 12])
    )


def _tense_before(cues: _Cues, before: str) -> str | None:
    """The tense of the verb nearest before a date: "future" when a future cue comes after
    the last past verb ("said they will vote on the plan in July"), "past" when a past
    verb comes last (a future far before the date reaches it only within its clause, and
    not across a word of AFTER_EVENT); else None. A participle a future governs is no
    past: "will be published by the institute in November", "is expected to"."""
    futures = [m.span() for m in cues.future.finditer(before)]
    last_past = -1
    for rx in (cues.past_verb, cues.perfect):
        for m in rx.finditer(before):
            if not any(
                a <= m.start() < b or (b <= m.start() and _governed(before[b : m.start()]))
                for a, b in futures
            ):
                last_past = max(last_past, m.start())
    if futures and futures[-1][0] > last_past:
        cue, cue_end = futures[-1]
        # far from the date, a future reaches it in its own clause only, and not past
        # "after" ("would close a dock after opening a terminal in October": October came
        # before; "werden gesucht, wie der Hafen am Samstag meldete")
        rest = before[cue_end:]
        beyond = cues.after_event.search(rest) or _CLAUSE_END.search(rest)
        if len(before) - cue <= FUTURE_REACH or not beyond:
            return "future"
    return "past" if last_past >= 0 else None


def _governed(between: str) -> bool:
    """Whether a participle after a future cue is its verb: a word or two between, no
    clause mark ("will then be presented", not "will reopen, officials said")."""
    return len(WORD.findall(between)) <= FUTURE_GAP and not _CLAUSE_END.search(between)


def _opens_clause(cues: _Cues, text: str, start: int) -> bool:
    """Whether the target word before a date opens its clause ("…, until Tuesday the leak
    was traced in 31 boats"), rather than following a verb ("postponed until")."""
    marks = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    lead = text[marks[-1] if marks else 0 : start]
    found = cues.target_before.search(lead)
    return found is not None and not lead[: found.start()].strip()


def _next_clause(text: str, end: int) -> str:
    """The clause after a date, past the marks right after it ("Until Tuesday, 31 boats
    had been checked": "31 boats had been checked")."""
    rest = text[end:]
    rest = rest[len(rest) - len(rest.lstrip(" ,;:–—-")) :]
    cut = _CLAUSE_END.search(rest)
    return rest[: cut.start()] if cut else rest


def _tense(cues: _Cues, text: str, start: int, end: int, weekday: bool = False) -> str | None:
    """ "past", "future" or "target" (a date aimed at) from the words around a date
    expression; None when they say nothing."""
    if _marked_past(cues, text, start, end) or _conjectured(cues, text, start, end):
        return "past"
    before = _tense_before(cues, text[:start])
    if before != "future" and _opens_forward(cues, text, start, end):
        return "target"  # "from Saturday, children can be vaccinated": the next one
    if before == "future" or cues.future_after.match(text[end : end + 12]):
        return "future"  # "next Sunday", "dimanche prochain"
    if cues.target_before.search(text[max(0, start - 30) : start]):  # "until at least"
        after = _next_clause(text, end)
        if (
            _opens_clause(cues, text, start)
            and not cues.future.search(after)
            and (cues.past_sure.search(after) or cues.perfect.search(after))
        ):
            # "until Tuesday, 31 boats had been checked": counted up to that day (not
            # "until Friday, the museum stays closed")
            return "past"
        return "target"  # "called a strike for October 14": a verb's past says nothing of the date
    if weekday:
        clause = _clause(text, start, end)
        if _sets_the_day(cues, text, start, end):
            return "target"  # "summoned the management for talks on Monday"
        if cues.plan.search(clause) and not _past_in(cues, clause):
            return "target"  # "the fair, which opens on Friday"
    lo, hi = _bounds(text, start, end)
    if cues.future.search(text, end, hi) and not _past_in(cues, text[lo:hi]):
        return "future"  # "…; the decision on Sunday will be taken tonight": its own clause's
    if before == "past":  # a past verb earlier in the sentence, after any future cue
        return "past"
    done = None if weekday else cues.participle.search(text[max(0, start - 40) : start])
    if done and not cues.target_verb.fullmatch(done.group(1)):
        return "past"  # "a lei, aprovada em fevereiro": a thing done, though no verb tells when
    if _past_in(cues, text[end:]) and not cues.future.search(text):
        return "past"  # "In October, engineers had reported ..."
    return None


def _sets_the_day(cues: _Cues, text: str, start: int, end: int) -> bool:
    """Whether a verb that sets a day to come governs the weekday at text[start:end]: one in
    its clause with no past verb between ("wezwani na rozmowy w poniedziałek"; not "we wtorek
    przełożono 52 zaplanowane operacje": planned operations put off on Tuesday)."""
    for m in cues.target_verb.finditer(text, *_bounds(text, start, end)):
        between = text[m.end() : start] if m.end() <= start else text[end : m.start()]
        if not _past_in(cues, between):
            return True
    return False


def _conjectured(cues: _Cues, text: str, start: int, end: int) -> bool:
    """Whether a conjecture about the past holds the date in its clause and every future cue
    of the sentence is its modal ("would have allowed rainwater in during the storm of
    Sunday", "soll beim Unwetter am Sonntag eingedrungen sein")."""
    found = [m.span() for m in cues.conjecture.finditer(text)]
    if not found:
        return False
    lo, hi = _bounds(text, start, end)
    if not any(a < hi and lo < b for a, b in found):
        return False
    return all(any(a <= f.start() < b for a, b in found) for f in cues.future.finditer(text))


def _opens_forward(cues: _Cues, text: str, start: int, end: int) -> bool:
    """Whether a span opens on the date and runs on from it ("from Saturday", "vanaf
    zaterdag", "à partir de samedi"), told by no past: none before it in its clause, none
    in the few words after it ("From Monday, the roads were shut" is gone by)."""
    if not cues.forward.search(text[max(0, start - 25) : start]):
        return False
    lead = text[max([m.end() for m in _CLAUSE_END.finditer(text, 0, start)], default=0) : start]
    if _past_in(cues, lead):
        return False
    return not _past_in(cues, " ".join(text[end:].split()[:FORWARD_WORDS]))


def _year_named(cues: _Cues, text: str, end: int, ref: date) -> int | None:
    """The year named right after a date or month: "di quest'anno", "last year"."""
    m = cues.year_after.match(text, end)
    return None if m is None else ref.year + cues.years.get(fold(m.group("y")), 0)


def _weekday_date(
    cues: _Cues, text: str, start: int, end: int, number: int, ref: date, horizon: date | None,
    quoted: Sequence[Span] = (),
) -> date | None:  # fmt: skip
    """The day weekday `number` named at text[start:end] is (see the module's docstring);
    None for one a quotation in `quoted` names with no tense, when the nearest is ahead."""
    delta = (ref.weekday() - number) % 7  # days back to the latest such weekday
    a, b = next((q.inner for q in quoted if q.inner[0] <= start and end <= q.inner[1]), (0, len(text)))
    tense = _tense(cues, text[a:b], start - a, end - a, weekday=True)
    if tense is None and delta > 3 and b - a < len(text):
        return None  # a plan ahead or a past the tense words miss: unsure
    marked = tense == "past" and _marked_past(cues, text, start, end)
    if tense in ("future", "target"):
        return ref + timedelta(days=(7 - delta) % 7)
    if tense is None:  # the nearest: of the week the article is written in
        return ref - timedelta(days=delta) if delta <= 3 else ref + timedelta(days=7 - delta)
    if delta == 6 and horizon is not None and ref < horizon and not marked:
        # "prosecutors said Tuesday" in a report stamped Monday, of an event reported
        # on Tuesday too: the stamp is a day early (the outlet's time zone), not the
        # statement six days old. "Last Tuesday" is six days old.
        return ref + timedelta(days=1)
    # "last Wednesday" in a report of a Wednesday is a week ago; "since Friday" on a Friday, today
    back = marked and not cues.since.search(text[max(0, start - 12) : start])
    return ref - timedelta(days=7 if delta == 0 and back else delta)


def _nights(cues: _Cues, text: str, lang: str | None) -> dict[int, tuple[int, int, bool]]:
    """Weekday start -> (span start, span end, evening) for each "night between Tuesday and
    Wednesday": the second weekday's start carries the span, the first's is -1 (skipped)."""
    out: dict[int, tuple[int, int, bool]] = {}
    for rx in cues.nights:
        for m in rx.finditer(text):
            first, second = (day_word(m.group(i), lang) for i in (1, 2))
            if first and second and first[0] == second[0] == "weekday":
                out[m.start(1)] = (-1, -1, False)
                out[m.start(2)] = (m.start(), m.end(), bool(_EVENING.search(text)))
    return out


def _nowadays(cues: _Cues, text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether "today" at text[start:end] is the present age, no day: a word of the
    language's NOWADAYS in a clause telling no past nor future ("the yard built whalers,
    and today too most of its boats go north", "vaccines used today"). A clause of that
    word alone ("Today, the court ruled ...") goes on in the sentence."""
    if fold(text[start:end]) not in _calendar_words(lang, "NOWADAYS"):
        return False
    clause = _clause(text, start, end)
    if len(WORD.findall(clause)) <= 2:  # "Today," "Et aujourd'hui,"
        clause = text[start:]
    return _timeless(cues, clause)


def _timeless(cues: _Cues, clause: str) -> bool:
    """Whether `clause` tells no past, no future and no day aimed at."""
    return not (_past_in(cues, clause) or cues.future.search(clause) or cues.target_verb.search(clause))


def _linked(cues: _Cues, text: str, prev_end: int, start: int, end: int) -> bool:
    """Whether a weekday continues the one before ("Saturday and Sunday", "de lundi à
    vendredi", "w sobotę i niedzielę"): a mark or a short word or two between, and no
    tense of its own ("Monday and last Friday")."""
    between = text[prev_end:start]
    return bool(
        _LINK.fullmatch(between)
        and not cues.future.search(between)
        and not _marked_past(cues, text, start, end)
        and not cues.future_after.match(text[end : end + 12])
    )


def _ordinal_not_day(word: str, text: str, end: int, lang: str | None) -> bool:
    """A weekday's short form that is an ordinal too, before a noun: Portuguese "etanol de
    segunda geração", "pela segunda vez" (not "na segunda à noite", "segunda-feira")."""
    if fold(word) not in _calendar_words(lang, "ORDINAL_WEEKDAYS"):
        return False
    after = re.match(r"\s+([^\W\d_]+)", text[end:])
    if after is None or not after.group(1)[0].islower():
        return False
    return fold(after.group(1)) not in _calendar_words(lang, "WEEKDAY_FOLLOWERS")


@functools.cache
def _calendar_words(lang: str | None, name: str) -> frozenset[str]:
    """The folded word list `name` of `lang`'s calendar data, read once (words and
    weekdays of every sentence come through the callers)."""
    return fold_all(getattr(data(lang, "calendar") if lang else None, name, ()))


def resolve_dates(
    text: str, lang: str | None, ref: date | None, horizon: date | None = None
) -> list[tuple[str, str, int]]:
    """(date, expression, start) for every date expression in `text` that can be resolved.
    `horizon`: the latest publication date of the event's articles (see the weekdays)."""
    found: list[tuple[str, str, int]] = []
    taken: list[tuple[int, int]] = []
    cues = _cues(lang)

    def add(value: str, start: int, end: int) -> None:
        if not any(a < end and start < b for a, b in taken):
            taken.append((start, end))
            found.append((value, text[start:end], start))

    for d in find_dates(text, lang):
        if names_a_place(text, d, lang):
            taken.append((d.start, d.end))  # "Avenida 18 de Julio": a name, its month too
            continue
        if d.year is None and (spanned := _range_year(text, d.end, d.month, lang)):
            d = replace(d, year=spanned)  # "3 March to 5 April 2022"
        if d.year is not None:
            add(f"{d.year:04d}-{d.month:02d}-{d.day:02d}", d.start, d.end)
        elif ref is not None:
            before = WORD.findall(text[max(0, d.start - 14) : d.start])
            named = day_word(before[-1], lang) if before else None  # "Monday, March 13"
            weekday = named[1] if named and named[0] == "weekday" else None
            year = _year_named(cues, text, d.end, ref)
            tense = _tense(cues, text, d.start, d.end)
            full = _pick_full(d.month, d.day, ref, None if tense == "target" else tense, weekday)
            if year is not None:
                full = _dated(year, d.month, d.day)
            if full:
                add(full.isoformat(), d.start, d.end)
    if ref is None:
        return sorted(found, key=lambda f: f[2])
    for m in _ORDINAL_DAY.finditer(text):
        day = int(m.group(1) or m.group(2))
        month_ref = ref if day <= ref.day else (ref.replace(day=1) - timedelta(days=1))
        if day <= calendar.monthrange(month_ref.year, month_ref.month)[1]:
            add(month_ref.replace(day=day).isoformat(), m.start(), m.end())
    quoted = find_spans(text)
    nights = _nights(cues, text, lang)
    chain: tuple[int, int, date | None] | None = None  # the weekday just before: end, number, day
    for m in WORD.finditer(text):
        found_day = day_word(m.group(), lang)
        if found_day is None:
            continue
        kind, number = found_day
        if kind == "offset":
            # inside a quotation "tonight" is the speaker's, not the page's
            if not any(q.open < m.start() < q.close for q in quoted) and not _nowadays(
                cues, text, m.start(), m.end(), lang
            ):
                add((ref + timedelta(days=number)).isoformat(), m.start(), m.end())
            continue
        prev, chain = chain, None
        if any(m.end() < f[2] <= m.end() + 3 for f in found):
            continue  # "Monday, March 13": the date that follows names the day
        start, end = m.start(), m.end()
        if _ordinal_not_day(m.group(), text, end, lang):
            continue
        night = nights.get(start)
        linked = (
            prev if night is None and prev and _linked(cues, text, prev[0], start, end) else None
        )
        lead = text[max(0, start - 20) : start]
        undated = cues.undated[0].search(lead) or cues.undated[1].match(text, end)
        if undated or cues.habitual.search(lead) or (linked and linked[2] is None):
            chain = (end, number, None)
            # "every Sunday" (and "every Saturday and Sunday"): a habit; "on a Friday", "the
            # following Wednesday": some day, not one the day of writing tells
            continue
        if night is not None:
            if night[0] < 0:
                continue  # the evening of "the night between Tuesday and Wednesday"
            start, end = night[0], night[1]
        if linked and linked[2] is not None:
            # "concerts on Saturday and Sunday", "from Monday to Friday": the days that follow
            day = linked[2] + timedelta(days=(number - linked[1]) % 7 or 7)
        else:
            day = _weekday_date(cues, text, start, end, number, ref, horizon, quoted)
            if day is None:
                chain = (end, number, None)
                continue
        if night is not None and night[2]:
            day -= timedelta(days=1)  # "the night between ... and Wednesday, at 23.40"
        chain = (m.end(), number, day)
        add(day.isoformat(), start, end)
    m = cues.last_week.search(text)
    if m:
        week = ref - timedelta(days=7)
        add(f"{week.year:04d}-{week.month:02d}", m.start(), m.end())
    names, capitalised = month_names(lang), months_capitalised(lang)
    for m in _MONTH_ONLY.finditer(text):
        word = m.group("month")
        month = names.get(word.lower())  # not "mają" ("they have") for "maja": see month_names
        if month is None or len(word) < 4:
            continue
        if word[0].islower() and capitalised is not False:
            continue  # "may", "march" as verbs where month names take a capital
        if word[0].isupper() and capitalised is False and m.start("month") > 0:
            continue  # a name ("Marco") where month names are written in lower case
        if cues.habitual.search(text[max(0, m.start("month") - 20) : m.start("month")]):
            continue  # "every March"
        if m.group("year"):
            year = int(m.group("year"))
        elif (named_year := _year_named(cues, text, m.end(), ref)) is not None:
            year = named_year  # "a marzo di quest'anno"
        elif spanned := _range_year(text, m.end(), month, lang):
            year = spanned  # "from March to November 2022"
        elif cues.many_years.search(text) and _timeless(cues, _clause(text, m.start(), m.end())):
            continue  # "hail in July is nothing new, but in recent years ...": no one July
        else:
            # from the part or month on: "since", "depuis" before it say past
            tense = _tense(
                cues, text, m.start("part") if m.group("part") else m.start("month"), m.end()
            )
            year = _pick_year(month, ref, None if tense == "target" else tense)
        add(f"{year:04d}-{month:02d}", m.start(), m.end())
    return sorted(found, key=lambda f: f[2])


def _range_year(text: str, end: int, month: int, lang: str | None) -> int | None:
    """The year of a year-less date or month ending at `end` that opens a range closed by a
    dated one ("from March to November 2022", "zwischen März und November 2022", "3 March to
    5 April 2022"): the closing one's, or the year before when its month comes earlier."""
    pos = m.end() if (m := _LINK.match(text, end)) else end
    closing = [(d.year, d.month) for d in find_dates(text, lang) if d.start == pos and d.year]
    if not closing and (m := _MONTH_ONLY.match(text, pos)) and m.group("year"):
        if other := month_names(lang).get(m.group("month").lower()):
            closing = [(int(m.group("year")), other)]
    return closing[0][0] - (month > closing[0][1]) if closing else None
