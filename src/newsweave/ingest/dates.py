"""Dates as news pages print them, to ISO "YYYY-MM-DD" (or "--MM-DD" without a year).

Dates are read by the one parser, `newsweave.text.dates` (cheap: it runs on every candidate
line of every article, and never guesses a day/month order); this module adds what pages
need around it: record fields, stamp lines, URLs, time zones.
"""

from __future__ import annotations

import datetime as dt
import re

from newsweave.lang import alternation, merged
from newsweave.text.dates import WEEKDAY_PATTERN, DateMatch, find_dates

_TIME = re.compile(
    r"\b\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?|\b\d{1,2}\s*[ap]\.?m\.?",
    re.I,
)
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_PATTERN})\b\.?", re.I)
# a short word right before a stamp's date is its weekday's abbreviation ("di 18 maart 2025,
# 13:05", "sáb. 4 oct."), one no word list holds in every language ("di", "ma" are words too)
_LEAD_ABBREVIATION = re.compile(r"^\s*[^\W\d_]{2,3}\.?,?\s+(?=\d)")


def _words(name: str) -> re.Pattern[str]:
    """Any whole word of the calendar word list `name` of every language."""
    return re.compile(rf"\b(?:{alternation(merged('calendar', name))})\b", re.I)


_CONNECTORS = _words("DATE_CONNECTORS")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(
    text: str, allow_partial: bool = False, lang: str | None = None
) -> tuple[str, DateMatch] | None:
    """The first date in `text` as (ISO string, match), full dates preferred.

    "--MM-DD" is returned for dates without a year only when `allow_partial`. Dates are
    read by `newsweave.text.dates` (an ambiguous 05/06/2024 is refused without `lang`).
    """
    found = find_dates(text, lang)
    full = [d for d in found if d.year is not None]
    pick = full[0] if full else (found[0] if found and allow_partial else None)
    if pick is None or pick.day is None:
        return None
    if pick.year is None:
        return f"--{pick.month:02d}-{pick.day:02d}", pick
    return dt.date(pick.year, pick.month, pick.day).isoformat(), pick


MIN_YEAR, MAX_YEAR = 1800, 2100  # publication dates outside these are input errors, not news
_ISO_LIKE = re.compile(r"^\s*[+-]?(\d{4,})-\d{1,2}-\d{1,2}")


def parse_date(value: object) -> str | None:
    """Normalise a record's date field (ISO string, datetime text, epoch) to YYYY-MM-DD.

    None when there is no date, it cannot be read, or its year is out of range
    (`date_problem` says why, for callers that report it)."""
    return _parse(value)[0]


def date_problem(value: object) -> str | None:
    """Why a record's date field is refused ("99999-01-01", epoch 99999999999999), or None."""
    return _parse(value)[1]


def _in_range(iso: str | None, value: object) -> tuple[str | None, str | None]:
    if iso and not MIN_YEAR <= int(iso[:4]) <= MAX_YEAR:
        return None, f"date {value!r} is out of range (years {MIN_YEAR}-{MAX_YEAR})"
    return iso, None


def _parse(value: object) -> tuple[str | None, str | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds from JS
        try:
            iso = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None, f"date {value!r} is out of range (years {MIN_YEAR}-{MAX_YEAR})"
        return _in_range(iso, value)
    if isinstance(value, (dt.date, dt.datetime)):
        return _in_range(value.isoformat()[:10], value)
    if not isinstance(value, str):
        return None, None
    text = value.strip()
    m = _ISO_LIKE.match(text)
    if m and not MIN_YEAR <= int(m.group(1)) <= MAX_YEAR:
        return None, f"date {value!r} is out of range (years {MIN_YEAR}-{MAX_YEAR})"
    found = find_date(text)
    if found:
        return _in_range(found[0], value)
    try:  # RFC 2822, as RSS and HTTP headers write it
        from email.utils import parsedate_to_datetime

        return _in_range(parsedate_to_datetime(text).date().isoformat(), value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None, None


def is_bare_date(text: str) -> str | None:
    """The ISO date when `text` is nothing but a date (with weekday, time, zone), else None."""
    if len(text) > 70:
        return None
    found = find_date(text)
    if not found:
        return None
    value, match = found
    rest = text[: match.start] + " " + text[match.end :]
    rest = _TIME.sub(" ", _WEEKDAY.sub(" ", rest))
    rest = re.sub(
        r"[-+]\d{2}(?::?\d{2})?\b|\b(?:GMT|UTC|CET|CEST|EST|EDT|CST|PST|IST)\b", " ", rest
    )
    rest = _CONNECTORS.sub(" ", rest)
    return None if re.search(r"\w", rest) else value


_STAMP_WORDS = _words("STAMP_WORDS")
_ZONES = re.compile(r"\b(?:ist|gmt|utc|am|pm)\b", re.I)
_HOST = re.compile(r"\b[\w-]+(?:\.[\w-]+)+\b")


def is_stamp_line(text: str) -> str | None:
    """The first full date when `text` holds only dates, times, host names and words like "updated".

    Catches "2021-06-14 08:42:17", "Mar 2 2021, 09:15 IST updated: Mar 2 2021, 11:40 IST"
    and "site.com| 2021-05-07 16:03:29|".
    """
    if len(text) > 140:
        return None
    first = find_date(text)
    if not first:
        return None
    lead = _LEAD_ABBREVIATION.match(text)
    rest = text[lead.end() :] if lead and lead.end() == first[1].start else text
    for _ in range(4):
        found = find_date(rest)
        if not found:
            break
        rest = rest[: found[1].start] + " " + rest[found[1].end :]
    rest = _TIME.sub(" ", _WEEKDAY.sub(" ", rest))
    rest = re.sub(r"[-+]\d{2}(?::?\d{2})?\b", " ", rest)
    rest = _ZONES.sub(" ", _STAMP_WORDS.sub(" ", _HOST.sub(" ", rest)))
    return None if re.search(r"\w", rest) else first[0]


def resolve_year(partial: str, references: list[str], max_days: int = 60) -> str | None:
    """Give "--MM-DD" the year that puts it nearest to a reference date, if within `max_days`."""
    month, day = int(partial[2:4]), int(partial[5:7])
    best: tuple[int, str] | None = None
    for ref in references:
        try:
            ref_date = dt.date.fromisoformat(ref)
        except ValueError:
            continue
        for year in (ref_date.year - 1, ref_date.year, ref_date.year + 1):
            iso = _iso(year, month, day)
            if not iso:
                continue
            gap = abs((dt.date.fromisoformat(iso) - ref_date).days)
            if gap <= max_days and (best is None or gap < best[0]):
                best = (gap, iso)
    return best[1] if best else None


def date_in_url(url: str) -> str | None:
    """A full date in a URL path (/2019/04/15/ or 2019-04-15), as many news sites print it."""
    m = re.search(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|\b)", url)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)", url)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


_STAMP = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})(?![\d:])"
)
_UTC = {"Z", "+00:00", "+0000", "-00:00", "-0000"}


def page_local_date(page: str, iso: str | None) -> tuple[str | None, str | None]:
    """The publication date in the page's own time zone: (date, signal or None).

    Pages often stamp the publication in UTC ("2021-03-05T02:30:00Z") while their other
    stamps carry the newsroom's offset ("-05:00"); the date a reader saw was the local one,
    a day earlier. When `iso` is the date of a UTC stamp and the page prints a non-UTC
    offset elsewhere (the most frequent one wins), the stamp is moved into that zone.
    """
    if not iso or not page:
        return iso, None
    stamps = _STAMP.findall(page[:500_000])
    offsets = [s[5].replace(":", "") for s in stamps if s[5] not in _UTC]
    if not offsets:
        return iso, None
    offset = max(set(offsets), key=offsets.count)
    sign = -1 if offset[0] == "-" else 1
    delta = dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    for year, month, day, hour, minute, zone in stamps:
        if zone not in _UTC or f"{year}-{month}-{day}" != iso:
            continue
        try:
            utc = dt.datetime(int(year), int(month), int(day), int(hour), int(minute))
        except ValueError:
            continue
        local = (utc + delta).date().isoformat()
        if local != iso:
            return (
                local,
                f"publication stamp {iso} {hour}:{minute} UTC is {local} in the page's zone ({offset})",
            )
        return iso, None
    return iso, None
