"""The one date parser: explicit calendar dates in text and in metadata stamps.

Finds "2022-12-19", "19 décembre 2022", "December 19, 2022", "am 6. Februar", "10 kwietnia",
"5 de maio de 2024" and numeric "19.12.2022" / "12/19/2022", with month names from every
language in `newsweave.lang.<code>.calendar` (a stamp's language is often unknown).

Day-month order of numeric dates: a number over 12 settles it (13/05 is day first, 05/13
month first); with dots (05.06.2024) the day comes first, as no locale writes month.day;
otherwise (05/06/2024) the language settles it through its `DAY_FIRST`: French, German...
read 5 June, while English and an unknown language are refused, never guessed.

A short month name that is also a word ("may", "mar", "set") counts in lower case only with
a year, or in a language that writes month names in lower case (`CAPITALISED` False).
A date that is a part of a street's name ("Avenida 18 de Julio", "ul. 3 Maja") is still
found, so that its figures count as no quantity; `names_a_place` tells it for the timeline.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from types import ModuleType

from newsweave.lang import alternation, data, each, merged
from newsweave.text.fold import fold

__all__ = [
    "MONTHS",
    "MONTH_NAMES",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "DateMatch",
    "YEAR_LINK",
    "day_offsets",
    "day_word",
    "find_dates",
    "month_names",
    "months_capitalised",
    "names_a_place",
    "numeric_order",
    "weekday_names",
]


@dataclass(frozen=True)
class DateMatch:
    """A date in text; `year` None when the text leaves it out, `day` None for a
    year-month stamp ("2023-02", only when asked for)."""

    year: int | None
    month: int
    day: int | None
    start: int
    end: int
    text: str


def _calendars(lang: str | None = None) -> list[ModuleType]:
    """The calendar data of `lang`, or of every language when `lang` has none."""
    module = data(lang, "calendar") if lang else None
    return [module] if module is not None else [m for _, m in each("calendar")]


def _names(part: str, count: int, *fields: str, lang: str | None = None) -> dict[str, int]:
    """Names of `fields` of every language's calendar (of `lang`'s only, when given)."""
    out: dict[str, int] = {}
    for module in _calendars(lang):
        for name in fields:
            for i, forms in enumerate(getattr(module, name, ())[:count]):
                for form in forms:
                    for key in (form.lower(), fold(form)):
                        out.setdefault(key, i + (part == "month"))
    return out


# every language's month names (and stamp abbreviations), lower case and folded -> 1..12
MONTHS = _names("month", 12, "MONTHS", "MONTH_ABBREVIATIONS")
# ... full names only: a month named alone ("in October"), never an abbreviation, which
# is a word too ("dans sept provinces")
MONTH_NAMES = _names("month", 12, "MONTHS")
# every language's weekday names, lower case and folded -> 0 (Monday)..6
WEEKDAYS = _names("weekday", 7, "WEEKDAYS")


@functools.cache
def weekday_names(lang: str | None) -> dict[str, int]:
    """The weekday names of `lang` (lower case and folded -> 0..6); every language's when
    `lang` is unknown. In running text a word is a weekday only in its own language:
    Spanish "por segunda vez" holds no Portuguese Monday."""
    return _names("weekday", 7, "WEEKDAYS", lang=lang) if lang else WEEKDAYS


@functools.cache
def month_names(lang: str | None) -> dict[str, int]:
    """The full month names of `lang` (lower case and folded -> 1..12); every language's
    when `lang` is unknown. A month named alone is one in its own language only: the
    Italian governor "Marco Denti" in an English sentence holds no Portuguese "março"."""
    return _names("month", 12, "MONTHS", lang=lang) if lang else MONTH_NAMES


def months_capitalised(lang: str | None) -> bool | None:
    """Whether `lang` writes month names with a capital (None: unknown)."""
    flag = _calendar_flag(lang, "CAPITALISED")
    return None if flag is None else bool(flag)


@functools.cache
def day_offsets(lang: str | None) -> dict[str, int]:
    """Words naming a day relative to the day of writing ("yesterday": -1, "hoy": 0) in
    `lang`; every language's when `lang` is unknown (German "hier" is "here", not the
    French "yesterday")."""
    out: dict[str, int] = {}
    for module in _calendars(lang):
        for word, days in getattr(module, "DAY_OFFSETS", {}).items():
            out.setdefault(word.lower(), days)
            out.setdefault(fold(word), days)
    return out


# weekday words a date stamp may carry: full names, and abbreviations in English only
# (other languages' "sam", "mar", "dim" are words and names too often)
_EN_DAYS = getattr(data("en", "calendar"), "WEEKDAY_ABBREVIATIONS", ())
WEEKDAY_PATTERN = alternation({*WEEKDAYS, *(w for forms in _EN_DAYS for w in forms)})

_MONTH = alternation(MONTHS)
_YEAR = r"(?:1[89]|2[01])\d\d"  # a year next to a month name; 1200 there is a count
# a word between a month and its year ("marzo de 2023", "September of 2026"), optional
YEAR_LINK = rf"(?:(?:{alternation(merged('calendar', 'YEAR_LINKS'))})\s+)?"
_DIGIT = re.compile(r"\d")
_ISO = re.compile(
    r"(?<!\d)(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{1,2})(?:(?P=sep)(?P<day>\d{1,2}))?(?!\d)"
)
_NUMERIC = re.compile(
    r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)"
)
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:er|st|nd|rd|th|º|°|\.)?\s+(?:de\s+|of\s+)?(?P<month>{_MONTH})\.?"
    rf"(?:,?\s+{YEAR_LINK}(?P<year>{_YEAR}))?\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d|\.\d))"
    rf"(?:,?\s+(?P<year>{_YEAR})\b)?",
    re.IGNORECASE,
)

# Chinese, Japanese and Korean write a date in figures and characters, year first:
# "2031年5月4日", "5月4日", "6월 12일"
_YEAR_MONTH_DAY = re.compile(
    r"(?<!\d)(?:(?P<year>\d{4})\s?[年년]\s?)?(?P<month>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일号號]"
)


@functools.cache
def _calendar_flag(lang: str | None, name: str) -> object:
    module = data(lang, "calendar") if lang else None
    return getattr(module, name, None)


def numeric_order(a: int, b: int, sep: str, lang: str | None = None) -> tuple[int, int] | None:
    """(day, month) of the numeric date a<sep>b<sep>year, or None when the order is open."""
    if a > 12 >= b or a == b:
        return a, b
    if b > 12 >= a:
        return b, a  # month first: only the US writes it, and the day says so
    if a > 12 or b > 12:
        return None
    if sep == "." or _calendar_flag(lang, "DAY_FIRST"):
        return a, b
    return None


def _valid(year: int | None, month: int, day: int | None) -> bool:
    try:
        dt.date(2000 if year is None else year, month, day or 1)  # 2000: leap, so 02-29 is fine
    except ValueError:
        return False
    return True


def _wordlike(raw: str, year: str | None, lang: str | None) -> bool:
    """A short lower-case month name without a year, where month names are capitalised."""
    if year or len(raw) > 4 or not raw[0].islower():
        return False
    return lang is None or _calendar_flag(lang, "CAPITALISED") is not False


def find_dates(text: str, lang: str | None = None, *, months: bool = False) -> list[DateMatch]:
    """Every explicit date in `text`, in order; overlapping readings resolved ISO first,
    then numeric, then day-month, then month-day. `months`: also year-month "2023-02"."""
    return list(_dates(text, lang, months))


@functools.lru_cache(maxsize=8192)  # stages read the same sentences again
def _dates(text: str, lang: str | None, months: bool) -> tuple[DateMatch, ...]:
    found: list[DateMatch] = []
    if not _DIGIT.search(text):
        return ()  # every form below has a digit: skip the month-name scans

    def add(m: re.Match[str], year: int | None, month: int, day: int | None) -> None:
        overlaps = any(d.start < m.end() and m.start() < d.end for d in found)
        if not overlaps and _valid(year, month, day):
            found.append(DateMatch(year, month, day, m.start(), m.end(), m.group()))

    for m in _ISO.finditer(text):
        if m.group("day") or (months and m.group("sep") == "-"):
            day = int(m.group("day")) if m.group("day") else None
            add(m, int(m.group("year")), int(m.group("month")), day)
    for m in _YEAR_MONTH_DAY.finditer(text):
        year = int(m.group("year")) if m.group("year") else None
        add(m, year, int(m.group("month")), int(m.group("day")))
    for m in _NUMERIC.finditer(text):
        order = numeric_order(int(m.group("a")), int(m.group("b")), m.group("sep"), lang)
        if order:
            add(m, int(m.group("year")), order[1], order[0])
    for rx in (_DAY_MONTH, _MONTH_DAY):
        for m in rx.finditer(text):
            raw = m.group("month")
            month = MONTHS.get(raw.lower())  # its keys hold the unaccented spellings too
            if month is None or _wordlike(raw, m.group("year"), lang):
                continue
            year = int(m.group("year")) if m.group("year") else None
            add(m, year, month, int(m.group("day")))
    return tuple(sorted(found, key=lambda d: d.start))


def _lower_case_months() -> frozenset[str]:
    """Month names only languages writing months in lower case have ("julio", "maja"; not
    "mai", German's too)."""
    lower: set[str] = set()
    upper: set[str] = set()
    for _, module in each("calendar"):
        side = lower if getattr(module, "CAPITALISED", True) is False else upper
        side.update(f.lower() for forms in getattr(module, "MONTHS", ()) for f in forms)
    return frozenset(lower - upper)


_LOWER_CASE_MONTHS = _lower_case_months()
_LETTERS = re.compile(r"[^\W\d_]+")


@functools.cache
def _place_before(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A place noun (and its link word) right before a date, and a date's article."""
    module = data(lang, "calendar") if lang else None
    nouns, links = getattr(module, "PLACE_NOUNS", ()), getattr(module, "PLACE_LINKS", ())
    link = rf"(?:(?:{alternation(links)})\s+)?" if links else ""
    place = rf"\b(?:{alternation(nouns)})\.?\s+{link}$" if nouns else "(?!)"
    day = alternation(getattr(module, "DAY_ARTICLES", ())) or "(?!)"
    return re.compile(place, re.I), re.compile(rf"(?:^|\s)(?:{day})\s*$", re.I)


def names_a_place(text: str, d: DateMatch, lang: str | None) -> bool:
    """Whether date `d` of `text` is a part of a name: a street or a square named after a
    day, after a place noun of `lang` ("calle 2 de mayo", "ul. 3 Maja", "Straße des 17.
    Juni": PLACE_NOUNS, PLACE_LINKS), or, without a year, a day and a month capitalised
    where every language having that month writes months in lower case ("los semáforos de
    18 de Julio", "Rua 25 de Abril" in any language's text), but after the language's
    article of a day (DAY_ARTICLES: "el 18 de Julio") or with a link word capitalised too
    (a title's case: "18 De Julio")."""
    place, article = _place_before(lang)
    lead = text[max(0, d.start - 40) : d.start]
    if place.search(lead):
        return True
    words = _LETTERS.findall(d.text)
    if d.year is not None or d.day is None or not words or not d.text[0].isdigit():
        return False
    if article.search(lead):
        return False  # "el 18 de Julio": a date, its capital an error
    month, links = words[-1], words[:-1]
    return (
        month.istitle()
        and month.lower() in _LOWER_CASE_MONTHS
        and not any(w[0].isupper() for w in links)
    )


@functools.lru_cache(maxsize=1 << 15)  # every word of every sentence comes through here
def day_word(word: str, lang: str | None) -> tuple[str, int] | None:
    """("offset", days from the reference) for "yesterday", ("weekday", 0-6) for a weekday
    name, in language `lang` (every language's when unknown), else None."""
    low, folded = word.lower(), fold(word)
    offsets = day_offsets(lang)
    if folded in offsets or low in offsets:
        return "offset", offsets.get(low, offsets.get(folded, 0))
    # "Sunday's election": the weekday of a possessive names that day too
    weekday = _weekday(re.sub(r"['’]s$", "", word), lang)
    return None if weekday is None else ("weekday", weekday)


@functools.cache
def _day_parts(lang: str | None) -> tuple[str, ...]:
    """Parts of the day written onto a weekday ("Montagabend", "dinsdagavond")."""
    module = data(lang, "calendar") if lang else None
    own = getattr(module, "DAY_PARTS", ()) if module is not None else ()
    return tuple(sorted(own or merged("calendar", "DAY_PARTS")))


def _weekday(word: str, lang: str | None) -> int | None:
    names = weekday_names(lang)
    low = word.lower()
    if low in names:
        return names[low]
    for part in _day_parts(lang):  # "Montagabend", "dinsdagavond"
        name = low[: -len(part)]
        if low.endswith(part) and len(name) > 5 and name in names:
            return names[name]
    return None
