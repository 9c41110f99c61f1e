"""Dates that differ between outlets: a dateline dated after its page, and outlets that put
one fact on another day or month than the rest (read from the dated statements of
`summarize.timeline`)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date

from newsweave.align.facts import MEMBER_SCORE
from newsweave.model import Article, Citation, Divergence, FactGroups
from newsweave.summarize.reldates import LAST_WEEK, WORD
from newsweave.summarize.timeline import (
    RowIndex,
    _calendar_rx,
    _dates_saying,
    _is_dateline,
    _late_dateline,
    _parse_iso,
    _resolved,
    _span,
    latest_published,
    reference_dates,
)
from newsweave.text.dates import day_word
from newsweave.text.fold import fold

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


def _year_written(value: str, cites: Sequence[Citation]) -> bool:
    """Whether every sentence of `cites` writes the year of date `value` ("March 2023")."""
    return all(value[:4] in c.text for c in cites)


def _day_name(iso: str) -> str:
    """ "2031-03-13 (Thursday)"; a month "2031-03" is "March 2031"."""
    if len(iso) == 7:
        return f"{calendar.month_name[int(iso[5:])]} {iso[:4]}"
    return f"{iso} ({calendar.day_name[date.fromisoformat(iso).weekday()]})"
