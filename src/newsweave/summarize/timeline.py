"""Timeline: dated statements, with relative dates resolved against publication dates.

"December 19", "19 décembre 2022", "on the 19th" are explicit; "on Monday", "lundi",
"el lunes", "yesterday", "last week", "in October", "in early January" are resolved
against the article's `published` date (or, when it has none, the most common published
date of the event's articles). A weekday or month without "next"/"prochain"/... and without
a future-tense cue is taken as the latest such day or month on or before publication,
except a weekday the day after an early stamp ("said Tuesday" in a report stamped Monday,
of an event reported on Tuesday too), which is that next day.
Statements with the same date that say the same thing across articles are merged.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import numpy as np

from newsweave.align.candidates import is_content
from newsweave.align.names import CUES as REPORTING_CUES
from newsweave.align.names import SOURCE_CUES
from newsweave.align.quote_marks import find_spans
from newsweave.lang import alternation, each, merged
from newsweave.model import Article, Citation, Divergence, FactGroups, Sentence, TimelineEntry
from newsweave.text.dates import (
    day_offsets,
    find_dates,
    month_names,
    months_capitalised,
    weekday_names,
)
from newsweave.text.fold import fold

MERGE_COS = 0.6  # same date and this close: one statement
PER_DATE = 3  # most-cited statements kept per date, so the event day does not flood it
PER_SENTENCE = 2


def _alt(name: str) -> str:
    """The words list `name` of every language's calendar module as a regex alternation."""
    return alternation(merged("calendar", name))


_PAST_ENDINGS = "|".join(
    rf"\w{{{stem},}}{re.escape(ending)}"
    for ending, stem in sorted(
        {pair for _, module in each("calendar") for pair in getattr(module, "PAST_ENDINGS", ())}
    )
)
_LAST_WEEK = re.compile(rf"\b(?:{_alt('LAST_WEEK')})\b", re.IGNORECASE)
_FUTURE = re.compile(
    rf"\b(?:{_alt('FUTURE_CUES')}|\w{{3,}}(?:{_alt('FUTURE_ENDINGS')}))\b", re.IGNORECASE
)
_PAST_VERB = re.compile(rf"\b(?:{_alt('PAST_AUXILIARIES')}|{_PAST_ENDINGS})\b", re.IGNORECASE)
_PAST_MARK = re.compile(rf"\b(?:{_alt('PAST_MARKS')})\b", re.IGNORECASE)
_PAST_BEFORE = re.compile(rf"\b(?:{_alt('PAST_BEFORE')})\s+$", re.IGNORECASE)
_PAST_AFTER = re.compile(rf"\s+(?:{_alt('PAST_AFTER')})\b", re.IGNORECASE)
_FUTURE_AFTER = re.compile(rf"\s+(?:{_alt('FUTURE_AFTER')})\b", re.IGNORECASE)
_TARGET_BEFORE = re.compile(rf"\b(?:{_alt('TARGET_BEFORE')})\s+$", re.IGNORECASE)
# "on the 19th", "the 19th of", "the 19th." - not "the 16th largest bank"
_ORDINAL_DAY = re.compile(
    r"\b(?:on the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:century|minute|floor))"
    r"|the (\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)]|$|of\b)))",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MONTH_ONLY = re.compile(
    rf"\b(?:(?:{_alt('MONTH_PREPOSITIONS')}) )?(?:(?P<part>{_alt('MONTH_PARTS')})[\s-]+)?"
    r"(?P<month>[^\W\d_]+)\b(?:\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d))?",  # "marzo de 2023"
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DatedStatement:
    """One sentence with one resolved date ("YYYY-MM-DD" or "YYYY-MM")."""

    date: str
    sentence: Sentence
    expression: str


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


def _pick_year(month: int, ref: date, tense: str | None) -> int:
    """Year of a bare month: the past or future occurrence the tense asks for, else the
    nearer one ("im April" in a March report is next month, "in October" last autumn)."""
    past = ref.year if month <= ref.month else ref.year - 1
    future = ref.year if month > ref.month else ref.year + 1
    if tense == "past":
        return past
    if tense == "future":
        return future if month != ref.month else ref.year
    back = (ref.month - month) % 12
    ahead = (month - ref.month) % 12
    return future if 0 < ahead < back else past


def _marked_past(text: str, start: int, end: int) -> bool:
    """Whether the date expression itself says past: "last February", "octobre dernier",
    "el mes pasado"."""
    return bool(
        _PAST_MARK.search(text[start:end])
        or _PAST_BEFORE.search(text[max(0, start - 12) : start])
        or _PAST_AFTER.match(text[end : end + 12])
    )


def _tense(text: str, start: int, end: int) -> str | None:
    """ "past" / "future" from cue words just around a date expression."""
    if _marked_past(text, start, end):
        return "past"
    if _FUTURE.search(text[max(0, start - 45) : start]) or _FUTURE_AFTER.match(text[end : end + 12]):
        return "future"  # "next Sunday", "dimanche prochain"
    if _TARGET_BEFORE.search(text[max(0, start - 12) : start]):
        return None  # "called a strike for October 14": a verb's past says nothing of the date
    if _PAST_VERB.search(text[:start]):  # a past verb anywhere earlier in the sentence
        return "past"
    if _PAST_VERB.search(text[end:]) and not _FUTURE.search(text):
        return "past"  # "In October, engineers had reported ..."
    return None


def _pick_full(
    month: int, day: int, ref: date, tense: str | None, weekday: int | None = None
) -> date | None:
    """The year of a year-less date: the occurrence nearest the reference; on or after it
    in the future tense, no later than two days after it in the past tense (a stamp may
    run a day or two early). A weekday named with the date settles it: "by Monday,
    March 13" in a report of March 10, 2023 is three days on (a Monday), not a year back."""
    cands = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None and any(c.weekday() == weekday for c in cands):
        cands = [c for c in cands if c.weekday() == weekday]
    elif tense == "future":
        cands = [c for c in cands if c >= ref]
    elif tense == "past":
        cands = [c for c in cands if c <= ref + timedelta(days=2)]
    return min(cands, key=lambda c: abs((c - ref).days)) if cands else None


def resolve_dates(
    text: str, lang: str | None, ref: date | None, horizon: date | None = None
) -> list[tuple[str, str, int]]:
    """(date, expression, start) for every date expression in `text` that can be resolved.
    `horizon`: the latest publication date of the event's articles (see the weekdays)."""
    found: list[tuple[str, str, int]] = []
    taken: list[tuple[int, int]] = []

    def add(value: str, start: int, end: int) -> None:
        if not any(a < end and start < b for a, b in taken):
            taken.append((start, end))
            found.append((value, text[start:end], start))

    for d in find_dates(text, lang):
        if d.year is not None:
            add(f"{d.year:04d}-{d.month:02d}-{d.day:02d}", d.start, d.end)
        elif ref is not None:
            before = _WORD.findall(text[max(0, d.start - 14) : d.start])
            named = _day_word(before[-1], lang) if before else None  # "Monday, March 13"
            weekday = named[1] if named and named[0] == "weekday" else None
            full = _pick_full(d.month, d.day, ref, _tense(text, d.start, d.end), weekday)
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
    for m in _WORD.finditer(text):
        found_day = _day_word(m.group(), lang)
        if found_day is None:
            continue
        kind, number = found_day
        if kind == "offset":
            if not any(q.open < m.start() < q.close for q in quoted):
                # inside a quotation "tonight" is the speaker's, not the page's
                add((ref + timedelta(days=number)).isoformat(), m.start(), m.end())
            continue
        if any(m.end() < f[2] <= m.end() + 3 for f in found):
            continue  # "Monday, March 13": the date that follows names the day
        delta = (ref.weekday() - number) % 7  # `number` is the weekday
        if _tense(text, m.start(), m.end()) == "future":
            day = ref + timedelta(days=(7 - delta) % 7)
        elif delta == 6 and horizon is not None and ref < horizon and not _marked_past(
            text, m.start(), m.end()
        ):
            # "prosecutors said Tuesday" in a report stamped Monday, of an event reported
            # on Tuesday too: the stamp is a day early (the outlet's time zone), not the
            # statement six days old. "Last Tuesday" is six days old.
            day = ref + timedelta(days=1)
        else:
            # "last Wednesday" in a report of a Wednesday is a week ago
            past = delta == 0 and _marked_past(text, m.start(), m.end())
            day = ref - timedelta(days=7 if past else delta)
        add(day.isoformat(), m.start(), m.end())
    m = _LAST_WEEK.search(text)
    if m:
        week = ref - timedelta(days=7)
        add(f"{week.year:04d}-{week.month:02d}", m.start(), m.end())
    names, capitalised = month_names(lang), months_capitalised(lang)
    for m in _MONTH_ONLY.finditer(text):
        word = m.group("month")
        month = names.get(word.lower()) or names.get(fold(word))
        if month is None or len(word) < 4:
            continue
        if word[0].islower() and capitalised is not False:
            continue  # "may", "march" as verbs where month names take a capital
        if word[0].isupper() and capitalised is False and m.start("month") > 0:
            continue  # a name ("Marco") where month names are written in lower case
        if m.group("year"):
            year = int(m.group("year"))
        else:
            year = _pick_year(month, ref, _tense(text, m.start(), m.end()))
        add(f"{year:04d}-{month:02d}", m.start(), m.end())
    return sorted(found, key=lambda f: f[2])


# a weekday and a part of the day in one word (German "Montagabend"): lang/<code>/calendar.py
_DAY_PARTS = tuple(sorted(merged("calendar", "DAY_PARTS")))


@lru_cache(maxsize=1 << 15)  # every word of every sentence comes through here
def _day_word(word: str, lang: str | None) -> tuple[str, int] | None:
    """("offset", days from the reference) for "yesterday", ("weekday", 0-6) for a weekday
    name, in language `lang` (every language's when unknown), else None."""
    low, folded = word.lower(), fold(word)
    offsets = day_offsets(lang)
    if folded in offsets or low in offsets:
        return "offset", offsets.get(low, offsets.get(folded, 0))
    # "Sunday's election": the weekday of a possessive names that day too
    weekday = _weekday(re.sub(r"['’]s$", "", word), lang)
    return None if weekday is None else ("weekday", weekday)


def _weekday(word: str, lang: str | None) -> int | None:
    names = weekday_names(lang)
    low = word.lower()
    if low in names:
        return names[low]
    if word[:1].isupper():  # "Montagabend", "Sonntagmorgen"
        for part in _DAY_PARTS:
            name = low[: -len(part)]
            if low.endswith(part) and len(name) > 5 and name in names:
                return names[name]
    return None


def _is_dateline(s: Sentence, expression_start: int) -> bool:
    """ "Xinhua News Agency, Beijing, December 20." / "PARIS, April 15 (Reuters) -": the
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
    """Every content sentence with each date it mentions (at most two per sentence)."""
    refs = reference_dates(articles)
    horizon = latest_published(articles)
    out: list[DatedStatement] = []
    for a in articles:
        for s in a.sentences:
            if not is_content(s.text, s.lang or a.lang):
                continue
            found = _resolved(s.text, s.lang or a.lang, refs[a.id], horizon)
            kept = [f for f in found if not _is_dateline(s, f[2])][:PER_SENTENCE]
            out.extend(DatedStatement(value, s, expr) for value, expr, _ in kept)
    return out


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
    entries: list[tuple[str, int, float, TimelineEntry]] = []
    for day, idx in by_date.items():
        groups: list[list[int]] = []
        for i in idx:
            for g in groups:
                if float(vecs[g].mean(axis=0) @ vecs[i]) >= MERGE_COS:
                    g.append(i)
                    break
            else:
                groups.append([i])
        ranked = []
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
                entry = TimelineEntry(day, stated[members[0]].sentence.text, cited)
                ranked.append((-len(cited), pos, entry))
        ranked.sort(key=lambda r: (r[0], r[1]))
        for n, pos, entry in ranked[:PER_DATE]:
            entries.append((day, n, pos, entry))
    entries.sort(key=lambda e: (e[0], e[1], e[2]))
    return [e[3] for e in entries]


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
    same ("in September" / "in October"), from sentences that name no day."""
    by_id = {a.id: a for a in articles}
    refs = reference_dates(articles)
    horizon = latest_published(articles)
    out = []
    for fact in alignment.facts:
        for size in (10, 7):  # days, then months
            found = _date_divergence(alignment, fact.id, by_id, refs, horizon, size)
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
) -> Divergence | None:
    """The divergence of `day_divergences` on fact `fid`, by days (`size` 10) or months
    named alone (7)."""
    dates: dict[str, list[Citation]] = {}
    for r in alignment.support_rows[fid]:
        s = alignment.sentences[r]
        a = by_id.get(s.article_id)
        if a is None:
            continue
        lang = s.lang or a.lang
        ref = refs[a.id] if _parse_iso(a.published) else None
        named = [
            (value, expr)
            for value, expr, start in _resolved(s.text, lang, ref, horizon)
            if not _is_dateline(s, start) and not _dates_saying(s.text, start, expr)
        ]
        found = {
            value
            for value, expr in named
            if len(value) == size
            and (_day_word(expr, lang) or ("",))[0] != "offset"
            and not _LAST_WEEK.search(expr)
        }
        if size == 7 and any(len(value) == 10 for value, _ in named):
            continue  # a day named: compared by days
        if len(found) == 1:
            dates.setdefault(found.pop(), []).append(Citation(a.id, s.text, s.index))
    if len(dates) < 2:
        return None
    (day, agree), *others = sorted(dates.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    # only the year apart: unless each side writes its year, a guess ("10 June" read as
    # past in one report, to come in the others; "desde marzo de 2023" read without "de 2023")
    others = [(d, cites) for d, cites in others if d[4:] != day[4:] or (_year_written(d, cites) and _year_written(day, agree))]
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


def _year_written(value: str, cites: Sequence[Citation]) -> bool:
    """Whether every sentence of `cites` writes the year of date `value` ("March 2023")."""
    return all(value[:4] in c.text for c in cites)


def _dates_saying(text: str, start: int, expr: str) -> bool:
    """Whether a date is the day something was said ("officials said on Tuesday", "wie
    die Behörden am Dienstag mitteilten"): a speech verb two words before it or next after. Another
    outlet's day of the deed ("clean-up began on Wednesday") is no other day for it."""
    before = _WORD.findall(text[max(0, start - 30) : start])[-2:]
    # after it, the verb right next to it only ("collapsed on Friday, said police": the deed)
    after = re.match(r"\s+(\w+)", text[start + len(expr) :])
    if any(fold(w) in REPORTING_CUES for w in (*before, *(after.groups() if after else ()))):
        return True
    # inside the source of the sentence ("selon un bilan communiqué dimanche matin",
    # "according to figures released on Sunday"): the day of the report
    clause = re.split(r"[,;:()]", text[max(0, start - 60) : start])[-1]
    return any(fold(w) in SOURCE_CUES for w in _WORD.findall(clause))


def _day_name(iso: str) -> str:
    """ "2031-03-13 (Thursday)"; a month "2031-03" is "March 2031"."""
    if len(iso) == 7:
        return f"{calendar.month_name[int(iso[5:])]} {iso[:4]}"
    return f"{iso} ({calendar.day_name[date.fromisoformat(iso).weekday()]})"
