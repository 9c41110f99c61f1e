"""Numbers, quantities and calendar dates in news sentences, across languages.

`find_quantities(text, lang)` turns "105 billion rubles", "200,000 troops", "1,5 millones",
"7,8" (German decimal), "more than a thousand buildings" or "4:17 a.m." into `Quantity`
values with a canonical unit and a coarse context class ("dead", "injured", ...), so that
two outlets' figures for the same thing can be compared. `find_dates` finds explicit
calendar dates ("December 19", "19 décembre 2022", "am 6. Februar") for the timeline; it is
`newsweave.text.dates.find_dates`, the one date parser, re-exported here."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile

from newsweave.compare.clock import clock_minutes
from newsweave.compare.closed_words import ARTICLES, COORDINATORS, PREPOSITIONS
from newsweave.compare.denials import denied
from newsweave.compare.parts import parts
from newsweave.compare.quantity import (
    AND_WORDS,
    APPROX_WORDS,
    COMPOUND_UNITS,
    CONTEXT_CLASSES,
    CURRENCIES,
    DOT_HOURS,
    LEVEL,
    NEED_WORDS,
    PART,
    SPANS,
    TALLY_LINKS,
    TOLLS,
    UNIT_AFTER,
    UNITS,
    WORD_RE,
    Quantity,
    approx_before,
    changed,
    clause_toll,
    context_class,
    counted_noun,
    dotted_clock,
    folded_words,
    is_age,
    merged_numbers,
    minute_marks,
    per_unit,
    previous_values,
    race_time,
    risen_to,
    shared_units,
    time_quantity,
    unit_of,
    unit_phrase,
    zone_after,
)
from newsweave.compare.rates import exchange_base, per_time, rate_values
from newsweave.compare.shares import fractions, half, halvings, possessed_ordinals, ratios
from newsweave.compare.spans import joined_spans
from newsweave.compare.trends import trend
from newsweave.lang import NOUNS_CAPITALISED, alternation, merged
from newsweave.text.dates import MONTHS, WEEKDAYS, find_dates
from newsweave.text.fold import fold
from newsweave.text.numbers import (
    NONE,
    SPELLED_RUN,
    VAGUE,
    compound_value,
    is_article,
    is_collective,
    parse_number,
    scale_value,
    spelled_run,
    word_value,
)
from newsweave.text.script import CLAUSE_MARKS, HAN_KANA, HANGUL

# (the lexicon of what a figure measures is compare.quantity's)
_QUAKE_WORDS = set(merged_numbers("QUAKE_WORDS"))
_YEAR_LEADS = set(MONTHS) | set(merged("calendar", "MONTH_PREPOSITIONS"))
_LEVEL_WORDS = {fold(w) for w in merged("numbers", "LEVEL_WORDS")}  # "level 2", "livello 3"
_MAGNITUDE = {"mw"} | set(merged_numbers("MAGNITUDE_WORDS"))
_PEOPLE = {"people", "troops", "firefighters", "rescuers"}  # classes of counted persons that add up
# the articles a count's noun may follow where a verb values it ("cifra en ciento ochenta mil
# los pasajeros"): not the indefinite ones ("$5 a day")
_DEFINITE = ARTICLES - {"a", "an", "een", "ein", "eine", "einen", "un", "una", "une", "um", "uma"}
_PER = {"per", "pour", "por"}  # "per cent", "pour cent", "por ciento": a percent only so
# words before a capitalised word that make it a place or a time ("in Izmir 20 ...")
_LEADS_A_PLACE = PREPOSITIONS | {fold(w) for w in merged("cues", "FUNCTION_WORDS")}
_CURRENCY_CODES = {"rs", "usd", "eur", "gbp", "rub", "inr", "jpy", "cny", "chf", "us"}  # "Rs 300"
# capitalised words a figure follows without being part of a name
_NOT_NAME_WORDS = (
    _MAGNITUDE | set(CURRENCIES) | set(MONTHS) | set(WEEKDAYS) | set(UNITS) | _CURRENCY_CODES
)

_NUM = r"\d{1,3}(?:(?:[,.\u00a0\u202f ]|(?<=\d)'(?=\d))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# Chinese, Japanese and Korean write a figure against its counter ("1200人", "1200명이"):
# their characters do not glue to a figure as letters do ("G7"), and each is a word of its own
_HAN = HAN_KANA + HANGUL
_GLUE = rf"[^\W{_HAN}]"
_GLUED_UNITS = "(?:km|kg|ha|mi|ft|m|bn|mn|mila|C|F)"  # "12km", "$2bn", "3mila", "44.5C": a figure and its unit
_TOKEN_RE = re.compile(
    r"(?P<time>\b\d{1,2}(?::\d{2}(?:[.,]\d{1,3}\b)?(?:\s*[ap]\.?m\b\.?)?|\s?h\s?\d{2}\b|\.\d{2}\s*(?:[ap]\.?m\b\.?|uhr\b|uur\b)"
    r"|\s?[ap]\.m\.|[ap]m\b|\s?pm\b))"  # "7 a.m.", "7am": an hour (a spaced "am" may be German)
    rf"|(?P<num>(?<![.,])(?<!{_GLUE})(?:{_NUM})(?:(?!{_GLUE})|(?-i:(?={_GLUED_UNITS}\b))))"
    rf"|(?P<word>[{_HAN}]|[^\W\d_{_HAN}]+)",
    re.IGNORECASE,
)
_HAN_CHAR = re.compile(f"[{_HAN}]")

def _scale_of(word: str, lang: str | None) -> float | None:
    # "m", "b", "k" only after a currency: handled by the caller
    return None if word.lower() in {"m", "b", "k"} else scale_value(word, lang)


def _written_into(word: str, lang: str | None) -> tuple[int, float] | None:
    """(length, value) of the number word a unit adjective starts with ("zehn" of
    "zehnstündigen"), or None."""
    low = word.lower()
    for stem in COMPOUND_UNITS:
        k = low.find(stem, 1)
        if k > 0 and (value := word_value(low[:k], lang)):
            return k, float(value)
    return None


def _is_one(word: str, lang: str | None) -> bool:
    """An article or the word "one": a following scale word makes a figure."""
    return bool(word) and (is_article(word, lang) or word_value(word, lang) == 1)


@lru_cache(maxsize=1 << 16)  # every word of every sentence comes through here
def _word_info(word: str, lang: str | None) -> tuple[int | None, bool, tuple[int, float] | None, bool]:
    """(the number `word` states, whether it is "a"/"one", the number a unit adjective
    starts with, whether the number is a compound word) for one word token."""
    number = None if is_article(word, lang) else word_value(word, lang)
    compound = compound_value(word, lang) if number is None else None
    number = number if compound is None else compound
    return number, _is_one(word, lang), _written_into(word, lang), compound is not None


def _distributive(tokens: list[tuple[str, str, int, int]], i: int) -> bool:
    """Whether the number word at token i is repeated after one short word ("two by two")."""
    if i + 2 >= len(tokens) or tokens[i + 1][0] != "word" or len(tokens[i + 1][1]) > 4:
        return False
    return fold(tokens[i + 2][1]) == fold(tokens[i][1])


def _spelled_run(text: str, tokens: list[tuple[str, str, int, int]], i: int, lang: str | None):
    """(value, last token, a scale word in it) of a `spelled_run` from token i, or None."""
    words = list(takewhile(lambda t: t[0] == "word", tokens[i : i + 1 + SPELLED_RUN]))
    run = spelled_run(text, [(t[2], t[3]) for t in words], lang)
    if run is None:
        return None
    last = i + run[1] - 1
    return float(run[0]), last, any(_scale_of(tokens[k][1], lang) for k in range(i + 1, last + 1))


def find_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every figure in `text` with its normalised value, unit and context class. Calendar
    dates and day numbers next to a month name are left out (see `find_dates`)."""
    return list(_quantities(text, lang))


@lru_cache(maxsize=8192)  # stages read the same sentences again
def _quantities(text: str, lang: str | None) -> tuple[Quantity, ...]:
    marks = minute_marks(text)
    shares = fractions(text, lang) + possessed_ordinals(text) + halvings(text)
    date_spans = [(d.start, d.end) for d in find_dates(text, lang)] + [
        (q.start, q.end) for q in marks + shares
    ]
    tokens = [(m.lastgroup or "", m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    out: list[Quantity] = [*marks, *shares]
    i = 0
    while i < len(tokens):
        kind, raw, start, end = tokens[i]
        if any(a <= start < b for a, b in date_spans):
            i += 1
            continue
        if kind == "time":
            race = race_time(text, raw, start, end)  # "2:00:18": no clock time, a race's span
            if (q := race[0] if race else time_quantity(raw, start, end, zone_after(text, end), text)) is not None:
                out.append(q)
            i += 1
            while race and i < len(tokens) and tokens[i][2] < race[1]:
                i += 1
            continue
        value: float | None = None
        scaled = False
        spelled_to = -1  # the last token of a number spelled out in several words
        if kind == "num":
            parsed = parse_number(raw, lang)
            if parsed is None or _names_a_thing(text, tokens, i, lang):
                i += 1
                continue
            value, scaled = parsed
        elif kind == "word":
            nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
            prev = tokens[i - 1][1] if i > 0 else ""
            number, one, written, compound = _word_info(raw, lang)
            number = None if raw.lower() in VAGUE else number  # "cientos de viajeros": hundreds, no 100
            if (number is not None or one) and _distributive(tokens, i):
                i += 3  # "one by one", "uno a uno", "un à un": a manner, no count
                continue
            if prev.lower() in NONE:
                number = None  # "no one was hurt": nobody, not one person
            run = _spelled_run(text, tokens, i, lang) if number is not None else None
            if number is not None and prev.lower() not in VAGUE and run is not None:
                value, last, scaled = run  # "trois cents", "mil quinientos"
                end, spelled_to = tokens[last][3], last
            elif number is not None and prev.lower() not in VAGUE:
                value = float(number)
                # "a hundred" is a figure; a bare "hundred"/"cent" is mostly part of one
                if number >= 100 and not compound and not _is_one(prev, lang):
                    i += 1
                    continue
            elif one and _scale_of(nxt, lang) and nxt.lower() not in VAGUE:
                value = 1.0  # "a thousand", "un millier", "ein Dutzend"
            elif one and (to := _RANGE_TO.match(text, end)) and _opens_number(text, to.end(), lang):
                value = 1.0  # "da uno a tre giorni", "d'un à trois jours": a range from one
            elif written is not None:
                end, value = start + written[0], written[1]
            else:
                i += 1
                continue
        if value is None:
            i += 1
            continue
        j = max(i, spelled_to) + 1
        rough = False  # scaled by a collective numeral: "une vingtaine" is about 20
        # scale words right after the figure ("105 billion", "1,5 millones", "mil millones")
        while j < len(tokens) and tokens[j][0] == "word":
            nxt = tokens[j][1].lower()
            scale = _scale_of(nxt, lang)
            glued = tokens[j][2] == tokens[j - 1][3] and j + 1 < len(tokens)
            if scale is None and nxt in {"m", "bn", "b", "k", "mn"} and (
                _currency_near(text, start)  # "$2m"
                or (glued and context_class([tokens[j + 1][1]]))  # "1.2m people", not "3m wall"
            ):
                scale = {"m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3}[nxt]
            if scale is None:
                if (
                    nxt in {"de", "of"}
                    and j + 1 < len(tokens)
                    and _scale_of(tokens[j + 1][1], lang)
                ):
                    j += 1  # "1,5 de millones" is rare; "mil de" never: just skip the glue
                    continue
                break
            value *= scale
            scaled, rough = True, rough or is_collective(nxt, lang)
            end = tokens[j][3]
            if text.startswith(".", end) and len(nxt) <= 4 and scale >= 1e6:
                end += 1  # "2,5 Mrd. Euro": an abbreviation's stop is no sentence end
            j += 1
        if _HAN_CHAR.match(text, end) and text.startswith(_CALENDAR, end):
            i = max(j, i + 1)
            continue  # "5月4日", "2031年": a date, not a count
        if not scaled and value.is_integer():
            value, end = half(text, value, end)
        q = _classify(text, value, raw if kind == "num" else raw, start, end, lang, scaled)
        if q is not None:
            out.append(replace(q, approx="~") if rough and q.approx is None else q)
        i = max(j, i + 1)
    out = parts(text, sorted(out, key=lambda q: q.start), _JOINED)
    out += _zeros(text, [(q.start, q.end) for q in out])
    out.sort(key=lambda q: q.start)
    out = ratios(text, rate_values(shared_units(text, out)), lang)
    out = joined_spans(text, [_clock_bound(text, q) for q in out])  # "six years and six months"
    return tuple(denied(text, previous_values(text, _sums(text, _ranges(text, out)))))


_CLOCK_BOUNDS = {fold(w): b for part, b in (("CLOCK_AFTER", ">"), ("CLOCK_BEFORE", "<")) for w in merged_numbers(part)}


def _clock_bound(text: str, q: Quantity) -> Quantity:
    """A clock time after "after" or "before" ("shortly after 5am", "kurz vor 8 Uhr",
    "poco después de las 5") as a bound of the moment: it holds later (earlier) times."""
    if q.kind != "time":
        return q
    words = folded_words(text[max(0, q.start - 30) : q.start])[-3:]
    bound = next((_CLOCK_BOUNDS[w] for w in reversed(words) if w in _CLOCK_BOUNDS), None)
    return replace(q, approx=bound) if bound else q


_NOBODY = re.compile(
    rf"\b(?:{alternation(merged_numbers('NOBODY'))})\b"
    rf"(?!\s+(?:{alternation(merged_numbers('NOBODY_AMONG'))})\b)",
    re.IGNORECASE,
)


def _zeros(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Tolls of nobody ("No one was killed", "keine Toten", "nadie resultó herido"): a
    count of zero of the toll the next words name, so that "killing two workers" and "no
    one was killed" disagree."""
    out = []
    for m in _NOBODY.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        after = WORD_RE.findall(re.split(r"[;:,.!?]", text[m.end() : m.end() + 60])[0])
        cls = context_class(WORD_RE.findall(m.group()) + after[:3])  # not "knows how many died"
        if cls in TOLLS:
            out.append(Quantity(0.0, "count", m.group(), m.start(), m.end(), None, cls, noun="people"))
    return out


_RANGE = re.compile(
    rf"\b(?:{alternation(merged_numbers('RANGE_OPENERS'))})\s+$", re.IGNORECASE
)
_RANGE_JOIN = re.compile(
    rf"\s+(?:{alternation(merged_numbers('RANGE_JOINERS'))})\s+", re.IGNORECASE
)
# "one to three days", "1-3 days", "po jednym–trzech dniach": a range told without "between"
_RANGE_TO = re.compile(rf"\s*[-–]\s*|\s+(?:{alternation(merged_numbers('RANGE_TO'))})\s+", re.IGNORECASE)


def _opens_number(text: str, at: int, lang: str | None) -> bool:
    m = WORD_RE.match(text, at)
    return bool(m) and (m.group().isdigit() or word_value(m.group(), lang) is not None)


def _open_range(text: str, a: Quantity, b: Quantity) -> bool:
    """A bare figure, "to" and a figure of something ("one to three days", "20 to 30
    people"), no word of change before ("rose from 2 to 3%" is a change)."""
    return (
        # (a's noun, if any, is b's word read past "to": "uno a tre giorni")
        a.kind == "count" and a.context is None and a.unit is None and not a.scaled and a.high is None
        and (b.unit is not None or b.noun not in (None, PART)) and b.kind != "time"
        and bool(_RANGE_TO.fullmatch(text, a.end, b.start)) and not changed(text, a.start)
    )  # fmt: skip


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with "between 30 and 40 people" as one figure, 30 to 40, of what the second
    counts: neither end is the outlet's figure ("at least 35" is no dissent from it)."""
    out: list[Quantity] = []
    k = 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        if (
            b is not None
            and a.value < b.value
            and (
                (a.kind == b.kind and _RANGE_JOIN.fullmatch(text, a.end, b.start) and _RANGE.search(text, 0, a.start))
                or _open_range(text, a, b)
            )
        ):
            out.append(replace(b, value=a.value, high=b.value, text=text[a.start : b.end], start=a.start))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _sums(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with two counts of people joined by a conjunction ("180 passengers and six
    crew were killed") as parts, no count of the whole, and their sum after them: another
    outlet's "186 people on board" is that sum, not a dissent from 180."""
    found, out = list(found), []
    for k, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        if (
            a.kind == b.kind == "count"
            and a.noun in _PEOPLE
            and b.noun in _PEOPLE
            and not (a.scaled or b.scaled)
            and _JOINED.fullmatch(text, a.end, b.start)
        ):
            context = b.context if b.context not in (None, *_PEOPLE) else a.context
            whole = a.value + b.value
            # each part is compared with the same part of another outlet's sum ("318
            # Passagiere und 24" gives another count of passengers), never with a whole
            for n, part in ((k, a), (k + 1, b)):
                found[n] = replace(part, noun=f"part {n - k + 1} of a sum", context=None)
            out.append(
                Quantity(whole, "count", text[a.start : b.end], a.start, b.end, None,
                         context, a.approx, False, "people", converted=True)  # fmt: skip
            )
    # "ponad 200 pasażerów i kilkudziesięciu członków załogi", "200 passengers and dozens of
    # crew": a part of a whole no figure tells, no count of it
    for k, q in enumerate(found):
        if q.kind == "count" and q.noun in _PEOPLE and (m := _VAGUE_PART.match(text, q.end)):
            if context_class(WORD_RE.findall(text[m.end() : m.end() + 40])[:3]) in _PEOPLE:
                found[k] = replace(q, noun=PART, context=None)
    return found + out


_VAGUE_PART = re.compile(
    rf"(?:\s+[^\W\d_]+){{1,3}}?\s+(?:{alternation(AND_WORDS)})\s+(?:{alternation(VAGUE)})\b", re.I
)


def _names_a_thing(text: str, tokens: list[tuple[str, str, int, int]], i: int, lang: str | None) -> bool:
    """Whether the plain number at token i is part of a name ("Boeing 737", "Apollo 11",
    "Article 5", "Flight 312"): right after a capitalised word inside a sentence, in a
    language that capitalises names only. Not after a day or month name ("Tuesday 14
    people"), a magnitude, unit or currency word, nor a figure with separators, nor one
    a plural or a counted noun follows."""
    if i < 2 or not tokens[i][1].isdigit() or (lang or "en") in NOUNS_CAPITALISED:
        return False
    kind, word, start, end = tokens[i - 1]
    if kind != "word" or not word[:1].isupper() or text[end : tokens[i][2]] != " ":
        return False
    if re.match(r"\s*[-–:]\s*\d", text[tokens[i][3] :]):
        return False  # "beat France 4-2": a score
    low = word.lower()
    if low in _NOT_NAME_WORDS or fold(low) in _NOT_NAME_WORDS:
        return False
    nxt = tokens[i + 1][1] if i + 1 < len(tokens) and tokens[i + 1][0] == "word" else ""
    if nxt.islower() and ((len(nxt) > 3 and nxt.endswith("s")) or context_class([nxt])):
        return False  # "Kairi Brooks 18 points", "Izmir 20 buildings": what is counted follows
    if fold(tokens[i - 2][1]) in _LEADS_A_PLACE:
        return False  # "In Izmir 20 buildings collapsed": a place, then the count
    return not re.search(r"[.!?:;\"“”«»(]", text[tokens[i - 2][3] : start])  # not a sentence's first word


# words and a conjunction between two figures: a qualifier of the first is both's
_JOINED = re.compile(rf"(?:\s+[^\W\d_]+){{1,3}}\s+(?:{alternation(AND_WORDS)})\s+", re.I)


def _currency_near(text: str, start: int) -> bool:
    return bool(re.search(r"[$€£¥]\s*$|\b(?:us|usd|eur)\s*$", text[max(0, start - 4) : start], re.I))


_CALENDAR = tuple(merged_numbers("CALENDAR"))
_HAN_COUNTERS = tuple(merged_numbers("COUNTERS"))
_PEOPLE_COUNTERS = tuple(merged_numbers("PEOPLE_COUNTERS"))  # "1200人": people, if nothing more
_APPROX_AFTER = dict(merged_numbers("APPROX_AFTER"))
_HAN_APPROX_BEFORE = [(w, q) for w, q in APPROX_WORDS.items() if _HAN_CHAR.match(w)]
_HAN_CLASSES = [(w, cls) for cls, words in CONTEXT_CLASSES.items() for w in words if _HAN_CHAR.match(w)]
HAN_WINDOW = 8  # characters after a figure where what it counts is named


def _han_reading(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """(qualifier, what it counts) of a figure in Chinese, Japanese or Korean text, read off
    the characters around it: "至少1200人被疏散" is at least 1,200 evacuated."""
    before = text[max(0, start - 6) : start].rstrip()  # Korean spaces "최소 1200명"
    approx = next((q for w, q in _HAN_APPROX_BEFORE if before.endswith(w)), None)
    after = text[end : end + HAN_WINDOW]
    after = CLAUSE_MARKS.split(after)[0]
    rest = after[1:] if after.startswith(_HAN_COUNTERS) else after
    for form in (after, rest):
        for w, q in _APPROX_AFTER.items():
            if form.startswith(w):
                approx = approx or q
    # ... or before it ("死者は7人": the dead), in its clause
    lead = CLAUSE_MARKS.split(text[max(0, start - HAN_WINDOW) : start])[-1]
    context = next((cls for w, cls in _HAN_CLASSES if w in after), None) or next(
        (cls for w, cls in _HAN_CLASSES if w in lead), None
    )
    if context is None and after.startswith(_PEOPLE_COUNTERS):
        context = "people"
    return approx, context


# statute miles and feet as kilometres and metres: "15 miles" states "24 km", not "15 km";
# decades and months as years: "three decades" states "trente ans", "30 months" "deux ans et demi";
# weeks as days: "two weeks" states "14 días", not "due giorni"
_METRIC = {
    "mi": ("km", 1.609344), "nmi": ("km", 1.852), "ft": ("m", 0.3048), "inch": ("cm", 2.54),
    "decade": ("yr", 10.0), "month": ("yr", 1 / 12), "wk": ("d", 7.0),
}


def _classify(
    text: str, value: float, raw: str, start: int, end: int, lang: str | None, scaled: bool
) -> Quantity | None:
    before = WORD_RE.findall(text[max(0, start - 40) : start])
    after_text = text[end : end + 80]
    after = WORD_RE.findall(re.split(r"[;:,.!?](?!\d)", after_text, maxsplit=1)[0])
    before_l = [w.lower() for w in before]
    after_l = [w.lower() for w in after]
    approx = approx_before(before_l)
    # a qualifier after the figure and its noun ("1200 شخص على الأقل": at least)
    # (Chinese, Japanese and Korean ones are read with the characters: `_han_reading`)
    after_q = (_APPROX_AFTER[w] for w in after_l[:4] if w in _APPROX_AFTER and not _HAN_CHAR.match(w))
    approx = approx or next(after_q, None)
    # up to a conjunction before another figure ("killed 12 people … and left 40,000 homes",
    # "killing two workers and injuring five": in words too, but "one" is no figure here)
    def figure(w: str) -> bool:
        return w.isdigit() or (word_value(w, lang) or 0) > 1

    def one_acts(k: int) -> bool:  # "rescued alive and one died": a count of one with its own verb
        return k + 2 < len(after) and word_value(after[k + 1], lang) == 1 and context_class(after[k + 2 : k + 3]) is not None

    cut = [k for k, w in enumerate(after) if w in COORDINATORS and (any(map(figure, after[k:])) or one_acts(k))]
    after_cls = context_class(after[: min([*cut, 10])])
    # ... and from the last conjunction after another figure ("32 muertos y 8.000
    # desplazados": the dead are the 32)
    digit = max((k for k, w in enumerate(before) if figure(w)), default=-1)  # "Three were killed and five …"
    since = [k for k, w in enumerate(before) if k > digit >= 0 and w.lower() in COORDINATORS]
    # ... within its clause ("Nachdem zwei Menschen starben, flohen 40 Menschen")
    clause = len(WORD_RE.findall(re.split(r"[;:,](?!\d)", text[max(0, start - 40) : start])[-1]))
    before_cls = context_class(before[max(*since, len(before) - clause - 1, -1) + 1 :][-4:])
    if subject := risen_to(text, start, before_l):  # "the death toll has risen to four after …"
        before_cls, after_cls = subject, None
    # "the evacuation of about 1,200 residents": the specific word may come first
    context = before_cls if after_cls in {None, "people"} and before_cls else after_cls
    if context == "people":  # "starben nach Angaben der Behörden 21 Menschen": the dead
        context = clause_toll(text[:start], figure) or context
    # "1,5 million de personnes", "une vingtaine de maisons": the noun (or unit) after the glue
    glued = int(scaled and after_l[:1] in (["de"], ["d"], ["of"], ["di"]))
    noun = counted_noun(after[glued:])
    if noun is None and len(after) > 1 and fold(after_l[0]) in _DEFINITE:
        noun = context_class(after[1:3]) or counted_noun(after[1:])  # "cifra en 1.200 los vuelos"
    if len(after) > 1 and fold(after_l[0]) in TALLY_LINKS and figure(after[1]):
        noun = counted_noun(after[2:])  # "Mit 79 zu 58 Stimmen": the 79 are the votes for …
    elif len(before) > 1 and fold(before_l[-1]) in TALLY_LINKS and figure(before[-2]):
        noun = None  # … and the 58 against count no votes for
    if noun and {fold(w) for w in before_l[-3:] + after_l[:2]} & NEED_WORDS:
        noun = "needed"  # "servivano almeno 76 voti", "76 needed": a quota, no count of votes
    if _HAN_CHAR.match(text, end) or _HAN_CHAR.search(text[max(0, start - 1) : start]):
        han_approx, context = _han_reading(text, start, end)
        approx, noun = han_approx or approx, context
    # currency
    cur = None
    prefix = text[max(0, start - 4) : start].lower().strip()
    for sym in ("us$", "$", "€", "£", "¥"):
        if prefix.endswith(sym):
            cur = CURRENCIES[sym]
    if cur is None and after_l:
        cur = CURRENCIES.get(after_l[0]) or (
            # "of", "de", "di" and the elided "d'" (in "54 millions d'euros")
            CURRENCIES.get(after_l[1])
            if len(after_l) > 1 and after_l[0] in {"de", "of", "d", "di"}
            else None
        )
    if cur is None and before_l and before_l[-1] in {"usd", "eur", "gbp", "rub", "pln"}:
        cur = CURRENCIES[before_l[-1]]
    # "27.45 per euro", "27,45 Kronen je Euro": an exchange rate, quoted against a currency
    k = next((n + 1 for n, w in enumerate(after_l[:2]) if w in CURRENCIES), 0) if cur else 0
    base = exchange_base(after_l[k:]) or (exchange_base(after_l[1:]) if not cur and after_l[:1] and after_l[0] not in UNITS else None)
    if base and base != cur:
        return Quantity(value, "money", text[start:end], start, end, f"per {base}", None, approx, scaled, rate=True)
    if cur:
        # the word after the currency ("euros per share", "$5 a day"): a rate
        k = next((n + 1 for n, w in enumerate(after_l[:2]) if w in CURRENCIES), 0)
        rate = per_unit(after_l[k : k + 2])
        context = None if context == "people" else context  # "a $6m ransom for its crew"
        return Quantity(value, "money", text[start:end], start, end, cur, context, approx, scaled, rate=rate)
    if (
        after_text.lstrip().startswith("%")
        or (after_l and unit_of(after_l[0]) == "%" and after_l[0] not in _PER)  # "procent"
        or (len(after_l) > 1 and after_l[0] in _PER and after_l[1] in {"cent", "ciento", "cento"})
    ):
        reading = (None if context == "votes" else context) or trend(before_l, after_l, lang)  # "fell 4%" is no "40% of revenue"; "52% of the votes" a share
        return Quantity(value, "percent", text[start:end], start, end, "%", reading, approx, scaled)
    if before_l and (before_l[-1] in _MAGNITUDE or before_l[-2:-1] and before_l[-2] in _MAGNITUDE):
        return Quantity(value, "magnitude", text[start:end], start, end, "M", None, approx, scaled)
    if after_l and (
        after_l[0] in {"magnitude", "magnitud"}
        or (not value.is_integer() and value < 10 and fold(after_l[0]) in _QUAKE_WORDS)
    ):
        return Quantity(value, "magnitude", text[start:end], start, end, "M", None, approx, scaled)
    minutes, zone = clock_minutes(before_l, after_l, value), zone_after(text, end)  # "1720 GMT"
    measured = bool(after_l) and after_l[0] not in DOT_HOURS and (bool(unit_phrase(text, end, value)) or after_l[0] in UNITS or after_l[0] in CURRENCIES)
    if (minutes := minutes if minutes is not None or measured else dotted_clock(text[start:end], before_l, zone, after_l)) is not None:
        return Quantity(minutes, "time", text[start:end], start, end, "min", zone, approx)
    if found := unit_phrase(text, end, value):  # "25 basis points" (0.25 points), "112F" (44.4 °C)
        unit, value, to, converted = found  # the text as written, unless converted
        per = per_time(text, start, to)  # "35 cubic metres per second": a flow, no volume
        return Quantity(value, "measure", text[start : to if converted else end], start, to, unit, per, approx, scaled, converted=converted, rate=bool(per))
    unit = unit_of(after_l[glued]) if len(after_l) > glued else None  # "une trentaine de kilomètres"
    if is_age(text, start, end, before, after, unit, value):
        # "Hale, 58,", "the 58-year-old", "âgé de 58 ans": an age, not a span of years
        return Quantity(value, "measure", text[start:end], start, end, "yr", "age")
    if unit is not None and not (after_l[0] == "m" and scaled):
        if unit == "%":
            return None  # "per" without "cent"
        # "48 heures pour quitter le pays"; "killing 12 tonnes of fish" weighs, counts no dead
        context = None if unit in SPANS or context in TOLLS else context
        converted = unit in _METRIC  # shown with its unit: "15 miles", not "15" by "15 km"
        if converted:
            (unit, factor), end = _METRIC[unit], end + len(UNIT_AFTER.match(text, end)[0])
            value *= factor
        # "80 km per hour", "500 litres a day": a rate (a span per span is none)
        per = None if unit in SPANS else per_time(text, start, end if converted else end + len(UNIT_AFTER.match(text, end)[0]))
        context = per or context
        return Quantity(value, "measure", text[start:end], start, end, unit, context, approx, scaled, converted=converted, rate=bool(per))
    # "im Werk Velden 2000 Stellen", "1500 Menschen": a count of the noun right after it,
    # unless a month or "in", "seit" names the year ("in 2020 people voted")
    counts = after and context_class(after[:1]) and not (before_l and before_l[-1] in _YEAR_LEADS)
    if not scaled and value.is_integer() and 1900 <= value <= 2100 and "," not in raw and not counts:
        return Quantity(value, "year", text[start:end], start, end, None, None, None, False)
    if before_l and fold(before_l[-1]) in _LEVEL_WORDS:  # "al livello 2": no count, a level
        context, noun = None, LEVEL
    return Quantity(
        value, "count", text[start:end], start, end, None, context, approx, scaled, noun
    )
