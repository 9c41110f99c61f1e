"""Cheap per-article features for event clustering: no models, a few regexes per article.

The embedding says what an article is about; these features say *which* occurrence of it:
capitalised names (places, people, organisations), numbers (magnitudes, scores, tolls),
years, and a date (published, or a date stamp near the top of the text).
Everything is normalised so that spellings across languages meet where they can
("Hanoï"/"Hanoi", "7,8"/"7.8", "Trumps"/"Trump").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from newsweave.model import Article
from newsweave.text.dates import find_dates
from newsweave.text.fold import stored_fold
from newsweave.text.script import HAN_KANA, HANGUL, first_words, word_count

LEAD_WORDS = 40  # embedding cost grows linearly with length; 40 words keep most of the signal
FEATURE_CHARS = 1500  # names and numbers come from the top of the article, where the event is told
NAME_KEY_LEN = 5  # prefix keys join inflections and most cross-language spellings of one name


@dataclass(slots=True)
class Features:
    """What the clusterer knows about one article besides its embedding."""

    lead: str  # the text that is embedded (title + first sentences)
    names: frozenset[str]
    numbers: frozenset[str]
    years: frozenset[int]
    date: tuple[int, int] | None  # (first, last) proleptic ordinal day; a month stamp spans it
    dated: bool  # date comes from `published` (trusted) rather than a stamp in the text


# Capitalised function words that open sentences in the supported languages; they are not names.
_STOP = frozenset(
    """
    a an and as at but by for from he her his how i if in into is it its my no not of on or our
    she so that the their them then there these they this those to up was we were what when where
    which while who why will with you your after before also all any about over under more most
    new one two three four five six seven eight nine ten first last today yesterday tomorrow
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december mr mrs ms dr photo video read watch live update
    updated published home news world breaking share copyright according
    le la les l un une des du de d et ou mais pour par sur dans avec sans ce cet cette ces il ils
    elle elles on nous vous je son sa ses leur leurs qui que quand selon apres avant lundi mardi
    mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout
    septembre octobre novembre decembre au aux en y est sont a ete
    el los las lo unos unas del al y o pero para por con sin este esta estos estas ese esa su sus
    que quien cuando segun tras desde hasta martes miercoles jueves viernes sabado domingo enero
    febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre es fue han
    der die das den dem des ein eine einer eines einem und oder aber fur mit ohne auf aus bei nach
    von zu im am vom zum zur er sie es wir ihr ich nicht auch noch wie wenn als dass doch montag
    dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz juni juli oktober
    dezember ist sind war wurde wurden hat haben
    o os as um uma do da dos das no na nos nas e mas com sem seu sua quando
    """.split()
)

_CAPITALISED = re.compile(r"(?<![\w'’\-])[^\W\d_a-z][\w'’\-]*")  # candidates; isupper decides
_HYPHEN = re.compile(r"[-–]")
# a letter glued to a figure makes it part of a word ("G7", "COVID-19"), except a Chinese,
# Japanese or Korean one: those scripts write counters and particles against the figure
# ("1200人", "14명이")
_GLUED = rf"[^\W{HAN_KANA}{HANGUL}]"
_NUMBER = re.compile(
    rf"(?<![.,])(?<!{_GLUED})(\d{{1,3}}(?:[ .,\u202f\u00a0]\d{{3}})+|\d+(?:[.,]\d+)?)"  # 3,800 | 7,8
    r"(?:\s*(?:-|–|:|x)\s*(\d{1,2})(?![\d.,]))?"  # a score: 4-2, 3 - 3, 3 x 3
)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")

_DATE_CHARS = 300  # a date stamp near the top is the page's; one further down is history
_DATE_REASONS = frozenset({"collection-metadata", "date-line", "dateline"})  # cleaner's reasons


@functools.lru_cache(maxsize=1 << 16)  # names recur across a stream: fold each spelling once
def name_key(token: str) -> str | None:
    """The normalised key of a capitalised token, or None for function words."""
    t = stored_fold(token).strip("'’-")
    for suffix in ("'s", "’s"):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    if len(t) < 2 or t in _STOP:
        return None
    return t[:NAME_KEY_LEN]


def extract_names(text: str) -> set[str]:
    """Keys of capitalised tokens (and of each part of hyphenated ones: "Trump-Kim")."""
    keys: set[str] = set()
    for word in set(_CAPITALISED.findall(text)):
        for part in _HYPHEN.split(word) if "-" in word or "–" in word else (word,):
            if part and part[0].isupper():
                key = name_key(part)
                if key:
                    keys.add(key)
    return keys


def extract_numbers(text: str) -> tuple[set[str], set[int]]:
    """(numbers, years). Numbers: decimals, scores and integers >= 10, normalised."""
    numbers: set[str] = set()
    years = {int(y) for y in _YEAR.findall(text)}
    for m in _NUMBER.finditer(text):
        raw, second = m.group(1), m.group(2)
        if second is not None and raw.isdigit() and len(raw) <= 2:
            numbers.add(f"{int(raw)}-{int(second)}")
            continue
        value = _parse_number(raw)
        if value is None:
            continue
        if value.is_integer():
            iv = int(value)
            if iv < 10 or (1950 <= iv <= 2099 and raw.isdigit()):
                continue  # small counts are everywhere; years are kept apart
            numbers.add(str(iv))
        else:
            numbers.add(f"{value:g}")
    return numbers, years


def _parse_number(raw: str) -> float | None:
    compact = re.sub(r"[ \u202f\u00a0]", "", raw)
    # a separator followed by exactly three digits groups thousands (3,800 / 3.800); else decimal
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", compact):
        return float(re.sub(r"[.,]", "", compact))
    try:
        return float(compact.replace(",", "."))
    except ValueError:
        return None


def parse_date(text: str | None, lang: str | None = None) -> tuple[int, int] | None:
    """A (first, last) day span for the first dated stamp in `text` (a "2023-02" stamp spans
    the month); dates without a year do not count. Read by `newsweave.text.dates`."""
    if not text:
        return None
    for d in find_dates(text, lang, months=True):
        if d.year is None:
            continue
        if d.day is None:
            first = dt.date(d.year, d.month, 1)
            nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
            return first.toordinal(), nxt.toordinal() - 1
        day = dt.date(d.year, d.month, d.day).toordinal()
        return day, day
    return None


def lead_text(article: Article, max_words: int = LEAD_WORDS) -> str:
    """Title plus the first sentences of the body, skipping short boilerplate lines."""
    parts: list[str] = []
    title = (article.title or "").strip()
    body = article.paragraphs or [p for p in article.text.split("\n") if p.strip()]
    if title:
        parts.append(title)
    words = word_count(title)
    for para in body:
        para = _DATE_STAMP.sub("", para).strip()
        n = word_count(para)  # Chinese and Japanese by characters: they write no spaces
        # captions, bylines, breadcrumbs and share widgets are short and unpunctuated
        if n < 5 and not para.endswith((".", "!", "?", "。", "！", "？")):
            continue
        if title and para.startswith(title[:40]):
            para = para[len(title) :].strip()
            if not para:
                continue
        parts.append(para)
        words += n
        if words >= max_words:
            break
    return first_words(" ".join(parts), max_words)


_DATE_STAMP = re.compile(r"^\s*(?:date\s+)?\d{4}-\d\d(?:-\d\d)?(?:[ T]\d\d:\d\d(?::\d\d)?)?\s*")


def extract(article: Article, max_words: int = LEAD_WORDS) -> Features:
    """All clustering features of one article."""
    lead = lead_text(article, max_words)
    top = f"{article.title or ''}\n{article.text[:FEATURE_CHARS]}"
    names = extract_names(top)
    numbers, years = extract_numbers(top)
    date = parse_date(article.published, article.lang)
    dated = date is not None
    if date is None:
        # the cleaner moves date stamps out of the text; a month stamp still places the event
        stamps = [r.text for r in article.provenance.removed if r.reason in _DATE_REASONS]
        head = "\n".join([*stamps, article.dateline or "", article.text[:_DATE_CHARS]])
        date = parse_date(head, article.lang)
    return Features(
        lead=lead or (article.title or article.text[:300]),
        names=frozenset(names),
        numbers=frozenset(numbers),
        years=frozenset(years),
        date=date,
        dated=dated,
    )
