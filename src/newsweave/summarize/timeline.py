"""Timeline: dated statements, with relative dates resolved against publication dates.

"December 19", "19 décembre 2022", "on the 19th" are explicit; "on Monday", "lundi",
"el lunes", "yesterday", "last week", "in October", "in early January" are resolved
against the article's `published` date (or, when it has none, the most common published
date of the event's articles) by `summarize.reldates`: which Monday or which October the
sentence means is read from its words (tense, "next"/"prochain", "until", "this year",
"every Sunday"; see there).
Statements with the same date that say the same thing across articles are merged; a
sentence naming two dates is worded under one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from newsweave.align.candidates import is_content
from newsweave.align.names import CUES as REPORTING_CUES
from newsweave.align.names import SOURCE_CUES
from newsweave.lang import alternation, data, each
from newsweave.model import Article, Sentence, TimelineEntry
from newsweave.summarize.reldates import WORD, dates_what_came_before, resolve_dates
from newsweave.text.dates import find_dates
from newsweave.text.fold import fold

__all__ = [
    "DatedStatement",
    "build_timeline",
    "dated_statements",
    "deed_days",
    "event_date",
    "latest_published",
    "reference_dates",
    "resolve_dates",
    "resolved_days",
    "resolved_months",
]

_LEAD = re.compile(r"^(?:[^\W\d_]+\s+)*")
MERGE_COS = 0.6  # same date and this close: one statement
PER_DATE = 3  # most-cited statements kept per date, so the event day does not flood it
PER_SENTENCE = 2


# (article, sentence index) -> row of FactGroups.sentences, and article -> its rows: built
# once per event for the date divergences
RowIndex = tuple[dict[tuple[str, int], int], dict[str, list[int]]]


@dataclass(frozen=True)
class DatedStatement:
    """One sentence with one resolved date ("YYYY-MM-DD" or "YYYY-MM")."""

    date: str
    sentence: Sentence
    expression: str
    start: int = -1  # where in the sentence the expression stands (-1: unknown)


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def reference_dates(articles: Sequence[Article]) -> dict[str, date | None]:
    """Article id -> the date relative expressions resolve against: the published date,
    or the dateline's when that is later (a page cannot precede its own dateline)."""
    known = [d for a in articles if (d := _parse_iso(a.published))]
    fallback = Counter(known).most_common(1)[0][0] if known else None
    return {a.id: _late_dateline(a) or _parse_iso(a.published) or fallback for a in articles}


def _late_dateline(a: Article) -> date | None:
    """The dateline's date when it is after the article's published date, else None."""
    published = _parse_iso(a.published)
    if published is None or not a.dateline:
        return None
    found = [m for m in find_dates(a.dateline, a.lang) if m.day is not None]
    if not found:
        return None
    m = found[0]
    try:
        dated = date(m.year or published.year, m.month, m.day)
    except ValueError:
        return None
    return dated if dated > published else None


def _is_dateline(s: Sentence, expression_start: int) -> bool:
    """ "Xinhua News Agency, Beijing, March 7." / "PARIS, April 15 (Reuters) -": the
    publication's dateline, not a statement about that day."""
    words = [w for w in s.text[:expression_start].split() if w[0].isalpha()]
    return s.index <= 1 and bool(words) and not any(w[0].islower() for w in words)


@lru_cache(maxsize=16384)
def _resolved(
    text: str, lang: str | None, ref: date | None, horizon: date | None = None
) -> tuple[tuple[str, str, int], ...]:
    """`resolve_dates`, memoised: the timeline and the event date both read every sentence,
    and a big event's reprints repeat them."""
    return tuple(resolve_dates(text, lang, ref, horizon))


def resolved_days(
    text: str, lang: str | None, ref: date | None, horizon: date | None = None
) -> frozenset[str]:
    """The days (ISO dates, not months) `text` names, relative ones resolved against `ref`
    (and `horizon`, see `resolve_dates`)."""
    return frozenset(
        value for value, _, _ in _resolved(text, lang, ref, horizon) if len(value) == 10
    )


def deed_days(text: str, lang: str | None, ref: date | None) -> frozenset[str]:
    """`resolved_days` without the day something was said ("the bridge will reopen on
    Friday, the agency said on Monday": Friday)."""
    return frozenset(
        value
        for value, expr, start in _resolved(text, lang, ref)
        if len(value) == 10 and not _dates_saying(text, start, expr)
    )


def resolved_months(
    text: str, lang: str | None, ref: date | None, horizon: date | None = None
) -> frozenset[str]:
    """The months ("YYYY-MM") of every date `text` names, a month named alone ("in
    September") included."""
    return frozenset(value[:7] for value, _, _ in _resolved(text, lang, ref, horizon))


def latest_published(articles: Sequence[Article]) -> date | None:
    """The latest publication date of `articles`: the `horizon` of `resolve_dates`."""
    return max((d for a in articles if (d := _parse_iso(a.published))), default=None)


def dated_statements(articles: Sequence[Article]) -> list[DatedStatement]:
    """Every content sentence with each date it mentions (at most two per sentence), but
    the day of what it tells came after ("après la cyberattaque de lundi")."""
    refs = reference_dates(articles)
    horizon = latest_published(articles)
    out: list[DatedStatement] = []
    for a in articles:
        for s in a.sentences:
            if not is_content(s.text, s.lang or a.lang):
                continue
            lang = s.lang or a.lang
            found = _resolved(s.text, lang, refs[a.id], horizon)
            kept = [
                f
                for f in found
                if not _is_dateline(s, f[2])
                and not (len(f[0]) == 10 and dates_what_came_before(s.text, f[2], f[1], lang))
                and not _ends_ahead(s.text, f, lang, refs[a.id])
            ][:PER_SENTENCE]
            out.extend(DatedStatement(value, s, expr, start) for value, expr, start in kept)
    return out


def _ends_ahead(text: str, found: tuple[str, str, int], lang: str | None, ref: date | None) -> bool:
    """Whether a day a state lasts until is still to come ("the school shuts its doors until
    Monday", "bis Freitag gesperrt"; UNTIL_BEFORE): the day the state ends, not a day
    anything is told to happen on. A deadline stays ("must file their claims by Friday"),
    and so does a day counted up to, gone by ("until Tuesday, 31 boats had been checked")."""
    value, expr, start = found
    return (
        len(value) == 10
        and ref is not None
        and value > ref.isoformat()
        and bool(_calendar_rx(lang, "UNTIL_BEFORE", r"\b(?:{})\s+$").search(_lead(text, start, expr)))
    )


def build_timeline(
    articles: Sequence[Article],
    *,
    embedder: object | None = None,
    vectors: dict[str, np.ndarray] | None = None,
    split: Callable[[Sequence[Sentence]], list[list[int]]] | None = None,
    odd: Callable[[Sentence], bool] | None = None,
) -> list[TimelineEntry]:
    """Dated statements of one event in date order, merged across articles.

    `vectors` (article id -> sentence embeddings) avoids re-encoding; otherwise `embedder`
    (default `get_embedder()`) encodes the dated sentences. `split`, when given, divides
    the sentences merged into one statement into statements whose cited sentences say what
    the wording says (positions, each list led by its wording; the dossier passes
    `statements.agreeing_statements`). `odd`, when given, tells the sentences where a
    divergence's odd one out says its version (`statements.odd_wordings`): they word no
    entry, nor are cited for one (an entry only they state goes).
    """
    stated = dated_statements(articles)
    if odd is not None:
        stated = [d for d in stated if not odd(d.sentence)]
    if not stated:
        return []
    if vectors is not None:
        vecs = np.vstack([vectors[d.sentence.article_id][d.sentence.index] for d in stated])
    else:
        if embedder is None:
            from newsweave.embed import get_embedder

            embedder = get_embedder()
        vecs = embedder.encode([d.sentence.text for d in stated])  # type: ignore[attr-defined]
    order = {a.id: k for k, a in enumerate(articles)}
    by_date: dict[str, list[int]] = {}
    for i, d in enumerate(stated):
        by_date.setdefault(d.date, []).append(i)
    # which of its dates a sentence names first (0), second (1): `dated_statements` keeps
    # a sentence's dates in the order it names them
    nth = [
        0 if i == 0 or stated[i - 1].sentence is not d.sentence else 1
        for i, d in enumerate(stated)
    ]
    said = [
        _dates_saying(d.sentence.text, d.start if d.start >= 0 else d.sentence.text.find(d.expression), d.expression)
        for d in stated
    ]
    candidates: list[tuple[str, list[int], list[str], int]] = []
    for day, idx in by_date.items():
        groups: list[list[int]] = []
        for i in idx:
            for g in groups:
                if float(vecs[g].mean(axis=0) @ vecs[i]) >= MERGE_COS:
                    g.append(i)
                    break
            else:
                groups.append([i])
        for g in groups:
            # the wording: its earliest sentence in the first-listed article, unless more
            # articles state another sentence of the group alike (`split`)
            g.sort(key=lambda i: (order[stated[i].sentence.article_id], stated[i].sentence.index))
            parts = split([stated[i].sentence for i in g]) if split and len(g) > 1 else [range(len(g))]
            for part in parts:
                members = [g[k] for k in part]
                cited = sorted(
                    {stated[i].sentence.article_id for i in members}, key=order.__getitem__
                )
                pos = min(stated[i].sentence.index for i in members)
                candidates.append((day, members, cited, pos))
    # a sentence naming two dates words one entry ("the green light came on Tuesday, but on
    # Wednesday no one celebrated"): one only it can word first, then the day of the deed
    # before the day it was said on, the most cited, the date it names first; its entry
    # under the other date is worded by another member of it, or goes
    worded: set[str] = set()
    # cited beside others under the day it names first, a sentence words no entry of its
    # second: its deed would read as that day's ("Saturday's flights were cancelled; a
    # decision on Sunday's comes tonight" under Sunday)
    firsts = (i for c in candidates if len(c[1]) > 1 for i in c[1] if nth[i] == 0 and not said[i])
    told_first = {_key(stated[i].sentence) for i in firsts}
    ranked: dict[str, list[tuple[int, int, int, TimelineEntry]]] = {}
    first = sorted(
        range(len(candidates)),
        key=lambda k: (
            len(candidates[k][1]) > 1,
            said[candidates[k][1][0]],
            -len(candidates[k][2]),
            nth[candidates[k][1][0]],
            candidates[k][0],
        ),
    )
    for k in first:
        day, members, cited, pos = candidates[k]
        # worded by a sentence that names this day first, where one does ("samples taken on
        # Monday", not "the ban issued on Tuesday after samples taken on Monday")
        lead = next(
            (
                i
                for i in sorted(members, key=nth.__getitem__)
                if _key(stated[i].sentence) not in worded
                and not (nth[i] == 1 and _key(stated[i].sentence) in told_first)
            ),
            None,
        )
        if lead is None:
            continue
        worded.add(_key(stated[lead].sentence))
        entry = TimelineEntry(day, stated[lead].sentence.text, cited)
        ranked.setdefault(day, []).append((-len(cited), pos, k, entry))
    entries = [
        (day, n, pos, entry)
        for day, found in ranked.items()
        for n, pos, _, entry in sorted(found)[:PER_DATE]
    ]
    entries.sort(key=lambda e: (e[0], e[1], e[2]))
    return [e[3] for e in entries]


def _key(s: Sentence) -> str:
    """A sentence's wording: a reprint's copy of a sentence words no second entry."""
    return " ".join(s.text.split())


def event_date(articles: Sequence[Article]) -> str | None:
    """The day the most articles date a statement to (the main action), among the days up
    to each article's own date: a day after it is one the article looks ahead to ("talks
    at the ministry on Friday" in Thursday's report), no day of what happened. Else the day
    voted for up to the last publication, else the earliest published date."""
    latest = latest_published(articles)
    refs = reference_dates(articles)
    votes: dict[str, set[str]] = {}
    ahead: dict[str, set[str]] = {}
    for st in dated_statements(articles):
        if len(st.date) != 10 or (latest is not None and st.date > latest.isoformat()):
            continue
        ref = refs.get(st.sentence.article_id)
        told = votes if ref is None or st.date <= ref.isoformat() else ahead
        told.setdefault(st.date, set()).add(st.sentence.article_id)
    votes = votes or ahead
    if votes:
        return max(votes.items(), key=lambda kv: (len(kv[1]), kv[0]))[0]
    published = sorted(a.published[:10] for a in articles if a.published)
    return published[0] if published else None


@lru_cache(maxsize=64)
def _calendar_rx(lang: str | None, name: str, pattern: str) -> re.Pattern[str]:
    """`pattern` with the words of calendar list `name` of `lang` (of every language when
    `lang` has none) put in for {}. A word that opens a span too ("since", "desde", Italian
    "da") is left out of AFTER_EVENT: the span is no earlier happening told."""
    module = data(lang, "calendar") if lang else None
    own = module is not None and hasattr(module, name)
    mods = [module] if own else [m for _, m in each("calendar")]
    words = {w for m in mods for w in getattr(m, name, ())}
    if name == "AFTER_EVENT":
        words -= {w for m in mods for w in getattr(m, "SPAN_START_BEFORE", ())}
    return re.compile(pattern.format(alternation(words) or "(?!)"), re.IGNORECASE)


def _span(text: str, start: int, expr: str, lang: str | None) -> str | None:
    """ "start" for a date that opens a span ("from Friday", "à partir de vendredi", "since
    June"), "end" for one that closes it ("by Monday morning", "bis Freitag"), else None."""
    # the words of the expression before its date or month: "since June", "from 3 March"
    lead = _lead(text, start, expr)
    for kind, name in (("start", "SPAN_START_BEFORE"), ("end", "SPAN_END_BEFORE")):
        if _calendar_rx(lang, name, r"\b(?:{})\s+$").search(lead):
            return kind
    return None


def _lead(text: str, start: int, expr: str) -> str:
    """The words before a date, with those of the expression before its day or month
    ("since June", "from 3 March")."""
    return text[max(0, start - 30) : start] + _LEAD.match(expr).group()  # type: ignore[union-attr]


def _dates_saying(text: str, start: int, expr: str) -> bool:
    """Whether a date is the day something was said ("officials said on Tuesday", "wie
    die Behörden am Dienstag mitteilten"): a speech verb two words before it or next after. Another
    outlet's day of the deed ("clean-up began on Wednesday") is no other day for it."""
    before = WORD.findall(text[max(0, start - 30) : start])[-2:]
    # after it, the verb right next to it only ("collapsed on Friday, said police": the deed)
    after = re.match(r"\s+(\w+)", text[start + len(expr) :])
    if any(fold(w) in REPORTING_CUES for w in (*before, *(after.groups() if after else ()))):
        return True
    # inside the source of the sentence ("selon un bilan communiqué dimanche matin",
    # "according to figures released on Sunday"): the day of the report
    clause = re.split(r"[,;:()]", text[max(0, start - 60) : start])[-1]
    return any(fold(w) in SOURCE_CUES for w in WORD.findall(clause))
