"""A figure found in a sentence (`Quantity`) and the lexicon that says what it measures:
currencies, units, what a count counts (a coarse class shared across languages: "dead",
"troops", ...), the qualifiers before a figure ("more than": ">"). The words come from
`newsweave.lang.<code>.numbers`, merged over every language; `compare.numbers` reads
figures with them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import takewhile

from newsweave.compare.closed_words import (
    ARTICLES,
    COORDINATORS,
    FUNCTION,
    OBLIQUE_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from newsweave.lang import alternation, each, merged
from newsweave.text.fold import fold, fold_all

# (number and scale words live in newsweave.lang.<code>.numbers, read by text.numbers;
# the words below come from there too, merged over every language)


def merged_numbers(part: str) -> list:
    """`part` of every lang/<code>/numbers.py, merged: a dict's items or a tuple's words."""
    out: list = []
    for _, module in each("numbers"):
        value = getattr(module, part, ())
        out += list(value.items()) if isinstance(value, dict) else list(value)
    return out


# Currency symbols and codes every language writes alike; the words come from lang/.
CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "rub": "RUB",
    "¥": "JPY",
}
CURRENCIES.update(merged_numbers("CURRENCIES"))
# Unit symbols every language writes alike; unit words come from lang/<code>/numbers.py.
UNITS = {"%": "%", "km": "km", "mi": "mi", "m": "m", "cm": "cm", "kg": "kg", "ha": "ha", "min": "min"}
UNITS.update(
    (word.lower(), unit)
    for _, m in each("numbers")
    for word, unit in getattr(m, "UNITS", {}).items()
)
COMPOUND_UNITS = dict(merged_numbers("COMPOUND_UNITS"))
_POINT_UNITS = {fold(k).lower(): v for k, v in merged_numbers("POINT_UNITS")}
_POINT_WORDS = {k for k, _ in merged_numbers("POINT_UNITS")} | set(_POINT_UNITS)
_POINTS = re.compile(rf"[\s-]*({alternation(_POINT_WORDS)})\b", re.IGNORECASE)


# a temperature's unit after a figure: a sign ("44.5C", "44,5 °C", "112F"), or a word for
# degrees with its scale ("112 degrees Fahrenheit"); a word that means Celsius alone
# ("45 Grad", "40 degrés"); "degrees" alone in English could be either
_DEGREES = alternation(merged_numbers("DEGREE_WORDS"))
_TEMPERATURE = re.compile(
    rf"(?:\s?°\s?|(?<=\d))([CF])\b(?!['’]\w)|\s+(?:{_DEGREES})\s+(celsius|fahrenheit|C|F)\b"
    rf"|\s+({alternation(merged_numbers('CELSIUS_WORDS'))})\b(?!\s+(?:fahrenheit|F)\b)",
    re.IGNORECASE,
)


_AREAS = {fold(k): v for k, v in merged_numbers("AREA_UNITS")}
_AREA = re.compile(rf"\s?({alternation(k for k, _ in merged_numbers('AREA_UNITS'))})(?!\w)", re.IGNORECASE)


def unit_phrase(text: str, end: int, value: float) -> tuple[str, float, int, bool] | None:
    """(unit, `value` in it, where the unit ends, whether converted) when a unit of more
    than a word follows a figure ending at `end`: percentage points (`point_unit`), an
    area in square metres or kilometres ("16,000 square feet" is 1,486.4 m²) or a
    temperature, in degrees Celsius ("112F" is 44.4 °C)."""
    if points := point_unit(text, end):
        return "pp", value * points[0], points[1], points[0] != 1
    if area := _AREA.match(text, end):
        unit, factor = _AREAS[fold(area.group(1))]
        return unit, round(value * factor, 1), area.end(), factor != 1
    m = _TEMPERATURE.match(text, end)
    if m is None or (m.group(1) and m.group(1).islower()):
        return None
    if (m.group(1) or m.group(2) or "").lower() in ("f", "fahrenheit"):
        return "°C", round((value - 32) * 5 / 9, 1), m.end(), True
    return "°C", value, m.end(), False


def point_unit(text: str, end: int) -> tuple[float, int] | None:
    """(points per unit, where the unit ends) when percentage points follow a figure that
    ends at `end` ("0.25 percentage points", "25 basis points", "0,25 Prozentpunkte")."""
    m = _POINTS.match(text, end)
    return (_POINT_UNITS[fold(m.group(1)).lower()], m.end()) if m else None

# Coarse meaning classes of what a count counts, shared across languages: class -> words
CONTEXT_CLASSES: dict[str, list[str]] = {}
for _, _module in each("numbers"):
    for _cls, _words in getattr(_module, "COUNTED", {}).items():
        CONTEXT_CLASSES.setdefault(_cls, []).extend(_words)
CONTEXT_INDEX = {w: cls for cls, words in CONTEXT_CLASSES.items() for w in words}

APPROX_WORDS = dict(merged_numbers("APPROX"))  # qualifier word -> '>', '~', ...
TALLY_LINKS = fold_all(merged_numbers("TALLY_LINKS"))  # "79 zu 58 Stimmen": for and against
NEED_WORDS = fold_all(merged_numbers("NEED_WORDS"))  # "76 needed": a quota
APPROX_LEADS = frozenset(merged_numbers("APPROX_LEADS"))  # "at" of "at least"

WORD_RE = re.compile(r"[^\W\d_]+|[%$€£¥]|\d+", re.UNICODE)


@dataclass(frozen=True)
class Quantity:
    """One figure found in a sentence, normalised."""

    value: float
    kind: str  # "count" | "money" | "percent" | "measure" | "time" | "year" | "magnitude"
    text: str
    start: int
    end: int
    unit: str | None = None
    context: str | None = None  # coarse class of what is counted ("dead", "troops", ...)
    approx: str | None = None  # ">", ">=", "<", "~" when qualified ("more than", "about")
    scaled: bool = False  # a scale word ("million") or separators fixed its magnitude
    noun: str | None = None  # what a count counts: class or stem of the word after it
    # given in another form, another unit ("15 miles" for 24 km) or parts ("180 passengers
    # and six crew" for 186 people): its digits are not these
    converted: bool = False
    ordinal: bool = False  # written as an ordinal ("Orvik's third title"), read in some languages
    high: float | None = None  # the upper end of a range ("between 30 and 40": 30 to 40)
    rate: bool = False  # money per thing ("42 euros per share"): no total's figure


# the classes of a toll: "23 people" a verb made the dead count the dead
TOLLS = frozenset({"dead", "injured", "missing"})
HALVING = "halving"  # the noun of a cut by half (`compare.shares.halvings`)


def no_claim(q: Quantity) -> bool:
    """A figure no outlet need state to be cited: a toll of nobody ("no one was killed":
    `compare.numbers` reads a count of zero people of that toll; it disputes a toll), a
    spelled "one" of a set ("one of northern Europe's busiest ports"), a cut by half."""
    if q.kind == "count" and q.value == 1 and q.noun == PART and not q.text[:1].isdigit():
        return True
    if q.noun == HALVING:  # "halved the deficit" (`compare.shares.halvings`): a verb, told otherwise
        return True
    return q.kind == "count" and q.value == 0 and q.noun == "people" and q.context in TOLLS


# words that name what a figure measures ("euros", "km"): a figure's mention ends after them
UNIT_WORDS = frozenset(CURRENCIES) | frozenset(UNITS)
# units of a span of time within one sitting: a match or a day has many such moments
SPANS = frozenset({"h", "min", "s"})


_NOUN_SKIP = frozenset(merged_numbers("NOUN_SKIP"))


# A partitive after a figure makes it a part of a set ("six of the workers", "Veinte de
# las muertes", "6,200 of them"): no count of the whole
PART = "part"
_PARTITIVE = frozenset(fold(p.split()[0]) for p in merged_numbers("PARTITIVES"))
# Other function words leave the noun elided ("74 in the assembly", "due in meno")
NO_NOUN = FUNCTION | SUBJECT_PRONOUNS | OBLIQUE_PRONOUNS | COORDINATORS | PREPOSITIONS | ARTICLES
# ... and a verb right after a figure is none of its noun ("all six were freed")
VERBS_AFTER = fold_all(merged("cues", "AUXILIARIES")) | fold_all(merged("cues", "PASSIVE_AUXILIARIES"))
# ... nor are the verbs that lead to a toll ("resultaron heridas", "remain missing")
_TOLL_LINKS = VERBS_AFTER | fold_all(merged("cues", "DONE_AUXILIARIES")) | fold_all(merged_numbers("TOLL_LINKS"))


# per-word -> endings of the words after it that make it no "per" (an infinitive)
_PER_UNIT = {
    w: tuple(getattr(m, "PER_UNIT_NOT_ENDINGS", ()))
    for _, m in each("numbers")
    for w in getattr(m, "PER_UNIT", ())
}


def per_unit(words: list[str]) -> bool:
    """Whether the two words after a sum make it a rate: a per-word, then a noun ("per
    share", "par action", "je Aktie"), not an article ("par la Commission")."""
    if len(words) < 2 or words[0] not in _PER_UNIT or fold(words[1]) in NO_NOUN:
        return False
    return not (len(words[1]) > 4 and words[1].endswith(_PER_UNIT[words[0]] or ("\0",)))


def counted_noun(after: list[str]) -> str | None:
    """Class (or 5-letter folded stem) of the counted noun right after a figure; PART
    after a partitive, None after another function word."""
    # single letters are elided articles ("d'euros", "l'an"), not the noun
    words = [w for w in after[:3] if w.lower() not in _NOUN_SKIP and len(w) > 1][:1]
    if not words or not words[0][0].isalpha():
        return None
    if fold(words[0]) in _PARTITIVE:
        return PART
    if fold(words[0]) in NO_NOUN:
        return None
    if fold(words[0]) in _TOLL_LINKS:
        # "11 were injured", "14 resultaron heridas", "12 sono rimasti feriti": no noun
        # but the toll the verb leads to, as in "11 injured"
        k = after.index(words[0]) + 1
        told = list(takewhile(lambda w: fold(w) not in COORDINATORS, after[k : k + 3]))
        if (cls := context_class(told)) in TOLLS:
            return cls
    return context_class(words) or fold(words[0])[:5]


# classes that say nothing of what people underwent: a count of people stays one after them
NOT_OF_PEOPLE = frozenset({"buildings", "countries", "goals", "aftershocks"})


def context_class(words: list[str]) -> str | None:
    """The first specific class among `words`; "people" (or "protesters") only when nothing
    more specific follows ("four people were killed", "106 protesters … killed" count the dead)."""
    found = None
    for k, w in enumerate(words):
        pair = f"{w}_{words[k + 1]}".lower() if k + 1 < len(words) else ""
        # two words as one cue, listed with an underscore ("ums_leben": "ums Leben gekommen")
        cls = CONTEXT_INDEX.get(pair) or CONTEXT_INDEX.get(w.lower()) or CONTEXT_INDEX.get(fold(w))
        if cls in NOT_OF_PEOPLE and found is not None:
            continue  # "1,600 people from their homes": still people, no count of homes
        if cls and cls not in ("people", "protesters"):
            return cls
        found = cls if cls == "protesters" else found or cls  # "people have paraded": a crowd
    return found


def unit_of(word: str) -> str | None:
    """The unit a word after a figure names: a unit word, or a unit adjective ("-tägige")."""
    if word in UNITS:
        return UNITS[word]
    return next((u for stem, u in COMPOUND_UNITS.items() if word.startswith(stem)), None)


AGE_BEFORE_WORDS = frozenset(merged_numbers("AGE_BEFORE"))
AGE_AFTER_WORDS = frozenset(merged_numbers("AGE_AFTER"))
_APPOSED = re.compile(r"[^\W\d_][\w'’-]*,\s$")  # "Hale, " before the figure


def is_age(
    text: str, start: int, end: int, before: list[str], after: list[str], unit: str | None,
    value: float,
) -> bool:
    """Whether a figure is someone's age: in years with an age word next to it, or a bare
    number set off by commas after a name ("Viktor Hale, 58, was ...")."""
    if not value.is_integer() or not 0 < value < 120:
        return False
    # set off by a comma after a name: "Viktor Hale, 58, was …", "Sander Hoek, 44 ans, et"
    apposed = bool(_APPOSED.search(text[max(0, start - 40) : start])) and text[max(0, start - 40) : start].rstrip(", ").split()[-1][:1].isupper()
    if unit == "yr" or (unit is None and AGE_BEFORE_WORDS & set(before[-1:])):  # "aged 58"
        return bool(AGE_BEFORE_WORDS & set(before[-2:]) or AGE_AFTER_WORDS & set(after[:3])) or (unit == "yr" and apposed)
    return unit is None and text[end : end + 1] == "," and apposed


def clause_toll(before: str, figure: Callable[[str], bool]) -> str | None:
    """The toll a verb earlier in the figure's clause names ("starben nach Angaben des
    Ministeriums mindestens 21 Menschen", "murieron, según Sanidad, 12 personas" is not one
    clause): no punctuation and no other figure (`figure`) between them."""
    clause = re.split(r"[,;:()–—]", before)[-1]
    words = WORD_RE.findall(clause)
    if any(map(figure, words)):
        return None
    cls = context_class(words)
    return cls if cls in TOLLS else None


CLOCK_HOURS = {"h"} | set(merged_numbers("CLOCK_HOURS"))
_CLOCK_PREPS = set(merged_numbers("CLOCK_PREPOSITIONS"))
_HALF_BEFORE = set(merged_numbers("HALF_HOUR_BEFORE"))
# hour words after a time written with a full stop ("around 20.15 hours"): a clock time
DOT_HOURS = CLOCK_HOURS | set(merged_numbers("DOTTED_HOURS"))
_RISE = fold_all(merged("cues", "DIRECTION_UP"))  # "risen", "stieg", "salito"
_RISE_LINKS = frozenset(merged_numbers("RISE_LINKS"))  # "risen to", "stieg auf", "salito a"


def approx_before(words: Sequence[str], reach: int = 3) -> str | None:
    """The qualifier ("~", ">", "<" …) of the last APPROX word among the `reach` words
    before a figure ("more than", "around", "shortly before"), or None."""
    return next((APPROX_WORDS[w] for w in reversed(words[-reach:]) if w in APPROX_WORDS), None)


def risen_to(text: str, start: int, before: list[str]) -> str | None:
    """The class its subject names when a figure follows a verb of rising and its link
    ("the death toll … has risen to four after the last missing member …": the dead,
    not the missing the words after it name), else None."""
    if len(before) < 2 or before[-1] not in _RISE_LINKS or fold(before[-2]) not in _RISE:
        return None
    return context_class(WORD_RE.findall(re.split(r"[;:,](?!\d)", text[:start])[-1])[:4])


def dotted_clock(raw: str, before: list[str], zone: str | None = None, after: Sequence[str] = ()) -> float | None:
    """Minutes after midnight of a time written with a full stop ("alle 19.20", "um 19.20",
    "o godz. 15.40", "at around 19.20") after a clock preposition, a qualifier between, or
    before a time zone ("17.20 GMT", "1720 GMT") or an hour word ("around 20.15 hours")."""
    hour = r"(0\d|1\d|2[0-3]|[1-9])"  # not "0.25" (percentage points)
    m = re.fullmatch(hour + (r"\.?([0-5]\d)" if zone else r"\.([0-5]\d)"), raw)
    lead = [w for w in before[-2:] if w not in APPROX_WORDS][-1:] if before else []
    if m is None or not (zone or (lead and lead[0] in _CLOCK_PREPS) or (after[:1] and after[0] in DOT_HOURS)):
        return None
    return int(m.group(1)) * 60 + float(m.group(2))


def clock_minutes(before: list[str], after: list[str], value: float) -> float | None:
    """Minutes after midnight when a whole figure is a clock time: "vers 19 heures", "um 19
    Uhr" (an hour after a preposition), "halb zehn", "half tien" (half an hour before the
    hour: 9.30, no count of ten); None otherwise."""
    if not value.is_integer() or value > 24:
        return None
    if before and before[-1] in _HALF_BEFORE and 1 <= value <= 12:
        return (value - 1) * 60 + 30
    if after and after[0] in CLOCK_HOURS and before and before[-1] in _CLOCK_PREPS:
        return value * 60
    return None


_RACE_SECONDS = re.compile(r"(?::|')(\d\d)\b(?![.:,]\d)")


def race_time(text: str, raw: str, start: int, end: int) -> tuple[Quantity | None, int] | None:
    """(the span, where it ends) when clock-like `raw` ("2:00", "2h00") at [start, end) goes
    on with seconds ("2:00:18", "2h00'18"): a race's hours, minutes and seconds, no clock
    time; None when it does not go on."""
    tail = _RACE_SECONDS.match(text, end)
    if tail is None:
        return None
    m = re.fullmatch(r"(\d{1,2})\s?[:h]\s?(\d{2})", raw.strip())
    if m is None:
        return None, tail.end()
    seconds = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(tail.group(1))
    # a unit of its own: the race's time, never "23 seconds" faster
    return Quantity(float(seconds), "measure", text[start : tail.end()], start, tail.end(), "hms"), tail.end()
