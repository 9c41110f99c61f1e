"""A figure found in a sentence (`Quantity`) and the lexicon that says what it measures:
currencies, units, what a count counts (a coarse class shared across languages: "dead",
"troops", ...), the qualifiers before a figure ("more than": ">"); clock times and their
zones, match minutes and scores; and what figures read together tell of each other (a
unit one gives the other, the old value of a change). The words come from
`newsweave.lang.<code>.numbers`, merged over every language; `compare.numbers` reads
figures with them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
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
from newsweave.text.numbers import word_value

# (number and scale words live in newsweave.lang.<code>.numbers, read by text.numbers;
# the words below come from there too, merged over every language)


def merged_numbers(part: str) -> list:
    """`part` of every lang/<code>/numbers.py, merged: a dict's items or a tuple's words."""
    out: list = []
    for _, module in each("numbers"):
        value = getattr(module, part, ())
        out += list(value.items()) if isinstance(value, dict) else list(value)
    return out


# conjunctions joining two figures ("212 pasażerów i 31 członków"; the clause reader's
# COORDINATORS leave out some words ambiguous across its languages)
AND_WORDS = COORDINATORS | fold_all(merged("cues", "LIST_COORDINATORS"))


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
    "zł": "PLN",
    "pln": "PLN",
}
CURRENCIES.update(merged_numbers("CURRENCIES"))
# Unit symbols every language writes alike; unit words come from lang/<code>/numbers.py.
UNITS = {"%": "%", "km": "km", "mi": "mi", "m": "m", "cm": "cm", "kg": "kg", "ha": "ha", "min": "min", "kv": "kV"}
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


# areas and volumes of more than a symbol, with their factor to one unit: "16,000 square
# feet" (m²), "18 cubic metres" (litres); a scale word may link with "de", "of", "di"
# ("40 millions de mètres cubes")
_MEASURE_WORDS = merged_numbers("AREA_UNITS") + merged_numbers("VOLUME_UNITS")
_MEASURES = {fold(k).lower(): v for k, v in _MEASURE_WORDS}
_MEASURE = re.compile(
    rf"\s?(?:(?:de|of|di)\s|d['’])?({alternation(k for k, _ in _MEASURE_WORDS)})(?!\w)", re.IGNORECASE
)


# a speed ("100 km/h", "75 mph", "120 km/u", "80 kilómetros por hora", "90 Stundenkilometer"):
# no distance, which "km" alone would read
_SPEED = re.compile(
    r"\s?(?:(km|mi)\s?/\s?(?:h|hr|u|std|godz)\b\.?|(kmh|kph|mph)\b|stundenkilometer\w*|km\s?orari"
    r"|(kil[oó]m\w+|quil[oó]m\w+|chilom\w+|miles)\s(?:per|por|par|pro|an|à|na|all['’]|l['’]|de|in|uma|une|der|una)?\s?"
    r"(?:the\s|l['’]|der\s)?(?:hour|hora|heure|stunde|uur|godzinę|orari|ora|h)\b)",
    re.IGNORECASE,
)


def unit_phrase(text: str, end: int, value: float) -> tuple[str, float, int, bool] | None:
    """(unit, `value` in it, where the unit ends, whether converted) when a unit of more
    than a word follows a figure ending at `end`: a speed in km/h, percentage points (`point_unit`), an
    area in square metres or kilometres ("16,000 square feet" is 1,486.4 m²), a volume in
    litres ("18 cubic metres" is 18,000 L) or a
    temperature, in degrees Celsius ("112F" is 44.4 °C)."""
    if speed := _SPEED.match(text, end):
        miles = (speed.group(1) or speed.group(2) or speed.group(3) or "").lower() in ("mi", "mph", "miles")
        return "km/h", round(value * 1.609344, 1) if miles else value, speed.end(), miles
    if points := point_unit(text, end):
        return "pp", value * points[0], points[1], points[0] != 1
    if measure := _MEASURE.match(text, end):
        unit, factor = _MEASURES[fold(measure.group(1)).lower()]
        return unit, round(value * factor, 1), measure.end(), factor != 1
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


def folded_words(text: str) -> list[str]:
    """The words of `text` (WORD_RE), folded and lower-cased: how the phrases of the
    language data ("au lieu de", "per euro", "'s avonds") are matched."""
    return [fold(w).lower() for w in WORD_RE.findall(text)]


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
    previous: bool = False  # the old value of a change ("to 33.50 from 31.40"): what it was


# the classes of a toll: "23 people" a verb made the dead count the dead
TOLLS = frozenset({"dead", "injured", "missing"})
LEVEL = "level"  # the noun of a figure on a scale ("level 2", "Stufe 3")
HALVING = "halving"  # the noun of a cut by half (`compare.shares.halvings`)


def spelled_one(q: Quantity) -> bool:
    """A cardinal "one" in words, which other languages write as an article ("un", "um")."""
    return q.value == 1 and not q.ordinal and not q.text[:1].isdigit()


def no_claim(q: Quantity) -> bool:
    """A figure no outlet need state to be cited: a toll of nobody ("no one was killed":
    `compare.numbers` reads a count of zero people of that toll; it disputes a toll), a
    spelled "one" of a set ("one of northern Europe's busiest ports"), a cut by half."""
    if q.kind == "count" and q.noun == PART and spelled_one(q):
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
        # to the toll word in its clause ("17 weitere wurden nach Angaben der Rettungskräfte
        # verletzt"), not past a conjunction or another figure ("… where two died")
        told = list(takewhile(lambda w: fold(w) not in COORDINATORS and not w.isdigit() and not word_value(w), after[k : k + 6]))
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
_AGE_OF = frozenset(merged_numbers("AGE_OF"))  # "una mujer de 45 años"
_AGE_HOLDERS = frozenset(fold(w) for w in merged_numbers("AGE_HOLDERS"))
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
    if unit == "yr" and _held(before):  # "una mujer de 45 años", "un matrimonio de 81 y 79 años"
        return True
    if unit == "yr" or (unit is None and AGE_BEFORE_WORDS & set(before[-1:])):  # "aged 58"
        return bool(AGE_BEFORE_WORDS & set(before[-2:]) or AGE_AFTER_WORDS & set(after[:3])) or (unit == "yr" and apposed)
    return unit is None and text[end : end + 1] == "," and apposed


def _held(before: list[str]) -> bool:
    """Whether the words before a figure in years are a person's noun and "de"/"van" (an
    age, as in "una mujer de 45 años"), the first figure of two joined maybe between them
    ("un matrimonio de 81 y 79 años")."""
    words = [w.lower() for w in before]
    if len(words) > 2 and words[-2].isdigit() and (words[-1] in AND_WORDS or len(words[-1]) <= 2):
        words = words[:-2]  # "81 y", "81 en": a conjunction (a short word) joins the first age
    return len(words) > 1 and words[-1] in _AGE_OF and fold(words[-2]) in _AGE_HOLDERS


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
_CLOCK_PREPS = {w for part in ("CLOCK_PREPOSITIONS", "CLOCK_AFTER", "CLOCK_BEFORE") for w in merged_numbers(part)}
# hour words after a time written with a full stop ("around 20.15 hours"): a clock time
DOT_HOURS = CLOCK_HOURS | set(merged_numbers("DOTTED_HOURS"))
_RISE = fold_all(merged("cues", "DIRECTION_UP"))  # "risen", "stieg", "salito"
_RISE_LINKS = frozenset(merged_numbers("RISE_LINKS"))  # "risen to", "stieg auf", "salito a"


NEGATORS = fold_all(merged_numbers("APPROX_NEGATORS"))
_THAN = fold_all(merged_numbers("APPROX_THAN"))
NEGATED = {fold(k): v for k, v in merged_numbers("APPROX_NEGATED")}
_TURNED = {"<": ">=", "<=": ">=", ">": "<=", ">=": "<="}


def approx_before(words: Sequence[str], reach: int = 3) -> str | None:
    """The qualifier ("~", ">", "<" …) of the last APPROX word among the `reach` words
    before a figure ("more than", "around", "shortly before"), or None; "less than" after
    a lead is at least ("au moins"), and negated it is at least too, "more than" at most
    ("no fewer than", "pas moins de", "nicht weniger als")."""
    first = max(len(words) - reach, 0)
    for k in range(len(words) - 1, first - 1, -1):
        w, prev = fold(words[k]), fold(words[k - 1]) if k else ""
        bound = APPROX_WORDS.get(words[k]) or APPROX_WORDS.get(w)
        if prev in NEGATORS and k + 1 < len(words) and fold(words[k + 1]) in _THAN and (bound or w in NEGATED):
            return NEGATED.get(w) or _TURNED.get(bound or "", bound)
        if bound is not None:
            return ">=" if bound == "<" and prev in APPROX_LEADS else bound
    return None


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


# A point in a match or a broadcast: "the 59th minute", "la 59e minute", "minuto 108",
# "(104e)", "(17e, 104e)", "(62e, 63e et 111e)", "(23')", "a penalty on 41 minutes": an
# ordinal on the clock of the game, not a duration or a count. The words and ordinal
# endings are each language's (MINUTE_* in lang/<code>/numbers.py); a prime ("23'") is
# every language's.
_PRIMES = ("'", "’")


def _minute_pattern() -> re.Pattern[str]:
    pairs = []  # an ordinal ending and a minute word of one language
    for _, m in each("numbers"):
        if getattr(m, "MINUTE_SUFFIXES", ()) and getattr(m, "MINUTE_WORDS", ()):
            pairs.append(
                rf"(?:{alternation(m.MINUTE_SUFFIXES)})\s*(?:{alternation(m.MINUTE_WORDS)})"
            )
    endings = alternation(w for w in merged("numbers", "MINUTE_SUFFIXES") if w != ".")
    words = alternation(merged("numbers", "MINUTE_WORDS"))
    listed = [*merged("numbers", "MINUTE_LIST_SUFFIXES"), *_PRIMES]
    marks = alternation(listed)
    after_mark = "|".join(f"(?<=\\d{re.escape(w)} )" for w in sorted(listed))
    return re.compile(
        rf"\b(?P<a>\d{{1,3}})(?:{'|'.join(pairs)})\b"
        rf"|\b(?:{alternation(merged('numbers', 'MINUTE_WORDS_BEFORE'))})\s+(?P<b>\d{{1,3}})\b"
        rf"(?!\s*(?:{words}))"
        rf"|(?:\(|,\s?)(?P<c>\d{{1,3}})(?:{marks})"
        rf"(?=\s*[,)]|\s+\w{{1,3}}\s+\d{{1,3}}(?:{marks})\s*\))"
        # the last of such a list after a short coordinator: "(62e, 63e et 111e)"
        rf"|(?:{after_mark})\w{{1,3}}\s+(?P<e>\d{{1,3}})(?:{marks})(?=\s*\))"
        # an ordinal before a coordinator that a later "... minute" completes: "à la 52e et
        # Orvik à la 71e minute", "the 52nd and 71st minutes"
        rf"|\b(?P<f>\d{{1,3}})(?:{endings})(?=\s+\w{{1,3}}\s[^.;]{{0,80}}?\b\d{{1,3}}"
        rf"(?:{endings})\s*(?:{words})\b)"
        # ... with a stop for its ending: "in der 23., 41. und 76. Minute"
        rf"|\b(?P<g>\d{{1,3}})\.(?=(?:,\s*\d{{1,3}}\.)*\s+\w{{1,3}}\s+\d{{1,3}}\.\s*(?:{words})\b)"
        rf"|\b(?:{alternation(merged('numbers', 'MINUTE_ON'))})\s+(?P<d>\d{{1,3}})\s+"
        rf"(?:{alternation(merged('numbers', 'MINUTE_ON_WORDS'))})\b"
        rf"(?!\s+(?:{alternation(merged('numbers', 'MINUTE_ON_NOT_BEFORE'))}))",
        re.IGNORECASE,
    )


_MINUTE_MARK = _minute_pattern()
# ... and the second of "en los minutos 12 y 76"
_MINUTE_NEXT = re.compile(
    rf"\b(?:{alternation(merged('numbers', 'MINUTE_WORDS_BEFORE'))})\s+\d{{1,3}}\s+"
    rf"(?:{alternation(COORDINATORS)})\s+(?P<e>\d{{1,3}})\b",
    re.IGNORECASE,
)


# "won 4-2", "led 2–0", "4:2", "4 a 2" / "4 à 2": a score or a vote, two figures read as one
# ("19:50" is a clock time: a colon joins a score only to one digit)
_TALLY = re.compile(
    r"(?<![\d.,:/-])(\d{1,2})(?: ?[-–] ?|\s[aà]\s|:(?=\d(?!\d)))(\d{1,2})(?![\d.,:/-]?\d)"
)


def tallies(text: str) -> set[tuple[int, int]]:
    """The scores or votes a text states, each as its two figures, larger first ("lost
    2-4" and "won 4-2" tell one result from the two sides)."""
    return {
        (max(a, b), min(a, b))
        for a, b in ((int(m.group(1)), int(m.group(2))) for m in _TALLY.finditer(text))
    }


def minute_marks(text: str) -> list[Quantity]:
    """The match-clock minutes a sentence names (kind "minute")."""
    out = []
    for m in [*_MINUTE_MARK.finditer(text), *_MINUTE_NEXT.finditer(text)]:
        group = next(g for g, v in m.groupdict().items() if v)
        # a list item is quoted from its figure ("109e", not "(109e" or "et 109e")
        start = m.start(group) if group in "ce" else m.start()
        value = float(m.group(group))
        if value <= 130:
            mark = text[start : m.end()]
            out.append(Quantity(value, "minute", mark, start, m.end(), unit="minute"))
    return sorted(out, key=lambda q: q.start)


def time_quantity(raw: str, start: int, end: int, zone: str | None = None, text: str = "") -> Quantity | None:
    m = re.match(r"(\d{1,2})(?:\s?(?::|h|\.)\s?(\d{2}))?\s*([ap]\.?m\.?|uhr|uur)?", raw, re.I)
    if not m or not (m.group(2) or m.group(3)) or re.search(r":\d\d[.,]\d", raw):  # "3:58.41": a race
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    half = (m.group(3) or "").lower().replace(".", "")  # "12.01 a.m.": a minute past midnight
    hour = hour % 12 + 12 * (half == "pm") if half in ("am", "pm") and hour <= 12 else hour
    if hour > 23 or minute > 59:
        return None
    # a round hour qualified is a rough moment ("shortly before 9pm" holds 20.50), "vers 19h50" not
    approx = None if minute else approx_before(WORD_RE.findall(text[max(0, start - 24) : start].lower()), 2)
    return Quantity(float(hour * 60 + minute), "time", raw.strip(), start, end, "min", zone, approx)


# A time zone named right after a clock time ("8h15 GMT", "10 a.m. ET"): the time's context,
# so that "8h15 GMT" is not compared with "10:15 a.m. local time" (`values.comparable`)
_ZONES = {z.upper(): merged_zone for z, merged_zone in merged_numbers("TIME_ZONES")}
_ZONE_AFTER = re.compile(rf"\s*\(?\s*({alternation(_ZONES)})\b")


# ... or in words ("13.41 Uhr deutscher Zeit", "alle 12.41 ora locale"): local time is none
_ZONE_WORDS = {fold(w).lower(): z or None for w, z in merged_numbers("TIME_ZONE_WORDS")}
_ZONE_WORDS_AFTER = re.compile(rf"\s*\(?\s*({alternation(w for w, _ in merged_numbers('TIME_ZONE_WORDS'))})\b", re.I)


def zone_after(text: str, end: int) -> str | None:
    if m := _ZONE_AFTER.match(text, end):
        return _ZONES[m.group(1).upper()]
    m = _ZONE_WORDS_AFTER.match(text, end)
    return _ZONE_WORDS.get(fold(m.group(1)).lower()) if m else None


_COORDINATOR = re.compile(rf"\s+(?:{alternation(AND_WORDS)})\s+", re.I)
_LAST = re.compile(r"([^\W\d_]+)\W*$")
_FIRST = re.compile(r"\W*([^\W\d_]+)")


def shared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with a bare figure joined by a conjunction to a measure taking its unit:
    "3 chilometri di protezione e 10 di sorveglianza", "eine Schutzzone von drei und eine
    Überwachungszone von zehn Kilometern" state 10 km and 3 km. Only when the conjunction
    joins them directly ("drei und zehn Kilometer") or the two are told alike (the same
    word before both, or after both): "3 hours and 10 of them" keeps its 10."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        between = text[a.end : b.start]
        if re.search(r"[.;:!?()\d]", between) or len(WORD_RE.findall(between)) > 6:
            continue
        if _bare(a) and b.kind == "measure" and b.unit not in SPANS:
            m = _COORDINATOR.match(between)
            if m and (m.end() == len(between) or _word_before(text, a.start) == _word_before(text, b.start)):
                out[k] = replace(a, kind="measure", unit=b.unit, noun=None, context=b.context)
        elif a.kind == "measure" and a.unit not in SPANS and _bare(b) and _COORDINATOR.search(between + " "):
            after_unit = _FIRST.match(text, a.end + len(UNIT_AFTER.match(text, a.end)[0]))
            after_b = _FIRST.match(text, b.end)
            if after_unit and after_b and after_unit.group(1).lower() == after_b.group(1).lower():
                out[k + 1] = replace(b, kind="measure", unit=a.unit, noun=None, context=a.context)
    return out


UNIT_AFTER = re.compile(r"[\s-]*[^\W\d_]*")  # the unit word after a figure, with its space or hyphen


def _bare(q: Quantity) -> bool:
    """A count of nothing named: no noun but maybe a preposition ("10 di sorveglianza")."""
    return q.kind == "count" and q.noun in (None, PART) and not q.scaled and q.context is None and q.high is None


def _word_before(text: str, start: int) -> str | None:
    m = _LAST.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else None


_FROM = {fold(w).lower() for w in merged_numbers("CHANGE_FROM")}
_TO = {fold(w).lower() for w in (*merged_numbers("RISE_LINKS"), *merged_numbers("RANGE_TO"))}
CHANGE_WORDS = (
    fold_all(merged_numbers("TREND_UP")) | fold_all(merged_numbers("TREND_DOWN"))
    | fold_all(merged("cues", "DIRECTION_UP")) | fold_all(merged("cues", "DIRECTION_DOWN"))
)  # fmt: skip


def changed(text: str, start: int) -> bool:
    """Whether a word of change comes earlier in the clause of a figure at `start` ("rose
    from 2% to 3%": a change, not a range)."""
    clause = re.split(r"[,;:]\s", text[:start])[-1]
    return any(fold(w).lower() in CHANGE_WORDS for w in WORD_RE.findall(clause))


def previous_values(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the old value of a change marked `previous`: the figure after a "from"
    beside the new value of the same kind and unit, "to 33.50 zlotys from 31.40 zlotys"
    (after it) or "z 31,40 zł do 33,50 zł" after a word of change (before it; without
    one "from 30 to 40 people" may be a range)."""
    out = list(found)
    for k, q in enumerate(out):
        words = [w for w in WORD_RE.findall(text[max(0, q.start - 24) : q.start]) if w.isalpha()]
        if q.kind == "time" or not words or fold(words[-1]).lower() not in _FROM:
            continue
        prev = out[k - 1] if k else None
        nxt = out[k + 1] if k + 1 < len(out) else None
        told_after = prev is not None and _pair(text, prev, q) and fold(_word_before(text, prev.start) or "") in _TO
        told_before = nxt is not None and _pair(text, q, nxt) and fold(_word_before(text, nxt.start) or "") in _TO
        if told_after or (told_before and changed(text, q.start)):
            out[k] = replace(q, previous=True)
    return out


def _pair(text: str, a: Quantity, b: Quantity) -> bool:
    """Two figures of one kind and unit a few words apart in one clause."""
    between = text[a.end : b.start]
    return (a.kind, a.unit) == (b.kind, b.unit) and len(WORD_RE.findall(between)) <= 4 and not re.search(r"[.;:!?]", between)
