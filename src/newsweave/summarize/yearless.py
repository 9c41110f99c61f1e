"""The year of a month or a year-less date named in an article (`summarize.reldates`):
the occurrence its tense asks for, else the nearest to the day of writing."""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["PAST_REACH", "dated", "pick_full", "pick_year"]

PAST_REACH = 330  # days back a year-less date told in the past may lie (see `pick_full`)


def pick_year(month: int, ref: date, tense: str | None) -> int:
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


def pick_full(
    month: int, day: int, ref: date, tense: str | None, weekday: int | None = None
) -> date | None:
    """The year of a year-less date: the occurrence nearest the reference; on or after it
    in the future tense, no later than two days after it in the past tense (a stamp may
    run a day or two early) unless that is more than PAST_REACH days back. A weekday named
    with the date settles it: "by Monday, March 13" in a report of March 10, 2023 is three
    days on (a Monday), not a year back."""
    cands = [c for year in (ref.year - 1, ref.year, ref.year + 1) if (c := dated(year, month, day))]
    if weekday is not None and any(c.weekday() == weekday for c in cands):
        cands = [c for c in cands if c.weekday() == weekday]
    elif tense == "future":
        cands = [c for c in cands if c >= ref]
    elif tense == "past":
        past = [c for c in cands if c <= ref + timedelta(days=2)]
        # a day nearly a year gone by is written with its year: the past verb is another's
        # ("the strike they had called from 3 March", in a report of 20 February)
        cands = past if not past or (ref - max(past)).days <= PAST_REACH else cands
    return min(cands, key=lambda c: abs((c - ref).days)) if cands else None


def dated(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
