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

import calendar
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from newsweave.align.candidates import is_content
from newsweave.align.facts import MEMBER_SCORE
from newsweave.align.names import CUES as REPORTING_CUES
from newsweave.align.names import SOURCE_CUES
from newsweave.lang import alternation, data, each
from newsweave.model import Article, Citation, Divergence, FactGroups, Sentence, TimelineEntry
from newsweave.summarize.reldates import LAST_WEEK, WORD, dates_what_came_before, resolve_dates
from newsweave.text.dates import day_word, find_dates
from newsweave.text.fold import fold

__all__ = [
    "DatedStatement",
    "build_timeline",
    "date_divergences",
    "dated_statements",
    "day_divergences",
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
) -> list[TimelineEntry]:
    """Dated statements of one event in date order, merged across articles.

    `vectors` (article id -> sentence embeddings) avoids re-encoding; otherwise `embedder`
    (default `get_embedder()`) encodes the dated sentences. `split`, when given, divides
    the sentences merged into one statement into statements whose cited sentences say what
    the wording says (positions, each list led by its wording; the dossier passes
    `statements.agreeing_statements`).
    """
    stated = dated_statements(articles)
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
    """The day the most articles date a statement to (the main action), not after the last
    publication; else the earliest published date."""
    latest = latest_published(articles)
    votes: dict[str, set[str]] = {}
    for st in dated_statements(articles):
        if len(st.date) == 10 and (latest is None or st.date <= latest.isoformat()):
            votes.setdefault(st.date, set()).add(st.sentence.article_id)
    if votes:
        return max(votes.items(), key=lambda kv: (len(kv[1]), kv[0]))[0]
    published = sorted(a.published[:10] for a in articles if a.published)
    return published[0] if published else None


MAX_DATED_WITH = 5  # outlets named as giving the dateline's date


def date_divergences(articles: Sequence[Article]) -> list[Divergence]:
    """An article whose dateline is dated after its own publication date ("Geneva, March
    11" on a page dated March 6): one of the two is wrong, and when other outlets are
    dated the dateline's day, it is the page date. One `Divergence(kind="date")` each,
    citing the outlets dated that day."""
    out = []
    for a in articles:
        dated = _late_dateline(a)
        published = _parse_iso(a.published)
        if dated is None or published is None:
            continue
        same = [b for b in articles if b.id != a.id and _parse_iso(b.published) == dated]
        if not same:
            continue
        out.append(
            Divergence(
                kind="date",
                description=(
                    f"Dates differ: {a.id} is dated {published.isoformat()} but its dateline "
                    f"reads '{a.dateline}' ({dated.isoformat()}), the day "
                    f"{len(same)} other outlet{'s' if len(same) > 1 else ''} are dated"
                ),
                variants=[
                    Citation(a.id, f"published {published.isoformat()}; dateline {a.dateline}"),
                    *(
                        Citation(b.id, f"published {dated.isoformat()}")
                        for b in same[:MAX_DATED_WITH]
                    ),
                ],
                odd_one_out=a.id,
            )
        )
    return out


def day_divergences(alignment: FactGroups, articles: Sequence[Article]) -> list[Divergence]:
    """Outlets that put one fact on another day than the rest ("destroyed the mill on
    Friday" / "a détruit jeudi la filature", each resolved against its own publication
    date): one `Divergence(kind="date")` per fact, when two or more independent sources
    agree on a day and each outlet naming another day is alone with it. Only dates and
    weekdays count: "today" and "yesterday" move with a page stamped a day late ("ganó
    hoy" on a page dated the day after the final). A sentence naming two days, or an
    article without a date of its own (its weekdays would be resolved against another
    outlet's date), gives no day. Where no day differs, a month named alone does the
    same ("in September" / "in October"), from sentences that name no day. An outlet that
    tells the fact on the others' day in another sentence is not odd: its other date is
    another happening (`_tells_it_too`); so is one dating, earlier, what the others say
    came before it (`_tells_what_came_before`). A day that starts a span ("in force from
    Friday") is compared with starts only, and one that ends it ("by Monday") not at all
    (SPAN_START_BEFORE, SPAN_END_BEFORE): each names no day of the happening itself."""
    by_id = {a.id: a for a in articles}
    refs = reference_dates(articles)
    horizon = latest_published(articles)
    rows: RowIndex = ({(s.article_id, s.index): r for r, s in enumerate(alignment.sentences)}, {})
    for r, s in enumerate(alignment.sentences):
        rows[1].setdefault(s.article_id, []).append(r)
    out = []
    for fact in alignment.facts:
        for size in (10, 7):  # days, then months
            found = _date_divergence(alignment, fact.id, by_id, refs, horizon, size, rows)
            if found is not None:
                out.append(found)
                break
    return out


def _date_divergence(
    alignment: FactGroups,
    fid: str,
    by_id: dict[str, Article],
    refs: dict[str, date | None],
    horizon: date | None,
    size: int,
    rows: RowIndex,
) -> Divergence | None:
    """The divergence of `day_divergences` on fact `fid`, by days (`size` 10) or months
    named alone (7)."""
    # by the span a date bounds: a start ("in force from Friday") is compared with starts,
    # a plain day with plain days; an end ("recaptured by Monday") is no day of the fact
    kinds: dict[str | None, dict[str, list[Citation]]] = {}
    for r in alignment.support_rows[fid]:
        s = alignment.sentences[r]
        a = by_id.get(s.article_id)
        if a is None:
            continue
        lang = s.lang or a.lang
        ref = refs[a.id] if _parse_iso(a.published) else None
        named = [
            (value, expr, start)
            for value, expr, start in _resolved(s.text, lang, ref, horizon)
            if not _is_dateline(s, start) and not _dates_saying(s.text, start, expr)
        ]
        found = {
            (value, kind)
            for value, expr, start in named
            if len(value) == size
            and (day_word(expr, lang) or ("",))[0] != "offset"
            and not LAST_WEEK.search(expr)
            and (kind := _span(s.text, start, expr, lang)) != "end"
        }
        if size == 7 and any(len(value) == 10 for value, _, _ in named):
            continue  # a day named: compared by days
        if len(found) == 1:
            value, kind = found.pop()
            kinds.setdefault(kind, {}).setdefault(value, []).append(Citation(a.id, s.text, s.index))
    for dates in kinds.values():
        found_odd = _odd_dates(alignment, fid, dates, by_id, refs, horizon, size, rows)
        if found_odd is not None:
            return found_odd
    return None


def _odd_dates(
    alignment: FactGroups,
    fid: str,
    dates: dict[str, list[Citation]],
    by_id: dict[str, Article],
    refs: dict[str, date | None],
    horizon: date | None,
    size: int,
    rows: RowIndex,
) -> Divergence | None:
    """The divergence of `_date_divergence` among `dates` (date -> sentences giving it)."""
    if len(dates) < 2:
        return None
    (day, agree), *others = sorted(dates.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    # only the year apart: unless each side writes its year, a guess ("10 June" read as
    # past in one report, to come in the others; "desde marzo de 2023" read without "de 2023")
    others = [(d, cites) for d, cites in others if d[4:] != day[4:] or (_year_written(d, cites) and _year_written(day, agree))]
    others = [
        (d, cites)
        for d, cites in others
        if not _tells_it_too(alignment, cites[0], agree, day, size, by_id, refs, horizon, rows)
        and not (d < day and _tells_what_came_before(cites[0], agree, by_id))
    ]
    if not others or len({alignment.groups.get(c.article, c.article) for c in agree}) < 2 or any(
        len(cites) > 1 for _, cites in others
    ):
        return None
    odd = [(d, cites[0].article) for d, cites in others]
    prep = "on" if size == 10 else "in"
    named_odd = "; ".join(f"{aid} puts it {prep} {_day_name(d)}" for d, aid in odd)
    n = len(agree)
    return Divergence(
        kind="date",
        description=(
            f"{'Days' if size == 10 else 'Months'} differ: {named_odd}, {n} other "
            f"outlet{'s' if n > 1 else ''} {prep} {_day_name(day)}"
        ),
        variants=[c for _, cites in others for c in cites] + agree,
        odd_one_out=odd[0][1] if len(odd) == 1 else None,
        fact=fid,
    )


def _tells_it_too(
    alignment: FactGroups,
    odd: Citation,
    agree: Sequence[Citation],
    day: str,
    size: int,
    by_id: dict[str, Article],
    refs: dict[str, date | None],
    horizon: date | None,
    rows: RowIndex,
) -> bool:
    """Whether the odd outlet tells the fact on the others' day (`size` 10) or month (7)
    in another sentence, one as close to one of the others' as a fact's member (MEMBER_SCORE;
    to one, as the others' may be in languages the model matches less well):
    its odd date is then another happening ("a warning in January" beside "an inspection
    in March"), not another date of this one. Another sentence of its naming that day
    about something else ("a vote on Monday") leaves the divergence standing."""
    a = by_id[odd.article]
    ref = refs[a.id] if _parse_iso(a.published) else None
    at, of_article = rows
    theirs = [at[c.article, c.sentence] for c in agree if (c.article, c.sentence) in at]
    if not theirs:
        return False
    for r in of_article.get(a.id, []):
        s = alignment.sentences[r]
        if s.index == odd.sentence:
            continue
        named = _resolved(s.text, s.lang or a.lang, ref, horizon)
        if any(value[:size] == day for value, _, _ in named) and (
            max(alignment.pair_score(r, t) for t in theirs) >= MEMBER_SCORE
        ):
            return True
    return False


def _tells_what_came_before(
    odd: Citation, agree: Sequence[Citation], by_id: dict[str, Article]
) -> bool:
    """Whether the odd sentence, dating the fact earlier, tells what an agreeing sentence of
    its language says came before the fact: it shares at least two words with that
    sentence's clauses opened by AFTER_EVENT, and more than with its other words ("reached
    a deal on Thursday, after two days of strike that shut 287 schools" / "the two days of
    strike shut 287 schools on Wednesday": the strike's day, not the deal's)."""
    lang = by_id[odd.article].lang
    mine = _content_words(odd.text)
    for c in agree:
        if by_id[c.article].lang != lang:
            continue
        told = " ".join(
            re.split(r"[,;:()]", c.text[m.end() :])[0]
            for m in _calendar_rx(lang, "AFTER_EVENT", r"\b(?:{})\s").finditer(c.text)
        )
        shared = mine & _content_words(told)
        rest = mine & (_content_words(c.text) - shared)
        if len(shared) >= 2 and len(shared) > len(rest):
            return True
    return False


def _content_words(text: str) -> set[str]:
    """The folded words of more than three letters of `text`, and its figures."""
    return {fold(w) for w in WORD.findall(text) if len(w) > 3} | set(re.findall(r"\d+", text))


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


def _year_written(value: str, cites: Sequence[Citation]) -> bool:
    """Whether every sentence of `cites` writes the year of date `value` ("March 2023")."""
    return all(value[:4] in c.text for c in cites)


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


def _day_name(iso: str) -> str:
    """ "2031-03-13 (Thursday)"; a month "2031-03" is "March 2031"."""
    if len(iso) == 7:
        return f"{calendar.month_name[int(iso[5:])]} {iso[:4]}"
    return f"{iso} ({calendar.day_name[date.fromisoformat(iso).weekday()]})"
