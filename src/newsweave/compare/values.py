"""How two figures compare: the same up to rounding and qualifiers, one implying the other,
contradicting, a thousands slip; and the digit groups of a text as a reader sees them.
Figures are `compare.numbers.Quantity` values."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from newsweave.compare.quantity import (
    APPROX_WORDS,
    NO_NOUN,
    TOLLS,
    UNIT_WORDS,
    VERBS_AFTER,
    Quantity,
    merged_numbers,
    unit_of,
)
from newsweave.text.fold import fold
from newsweave.text.numbers import number_word

# Digit groups as a reader sees a figure: thousands groups folded ("1 200", "1.200",
# "1,200" -> "1200"), other digit runs as they are.
_DIGITS = re.compile(r"\d{1,3}(?:[ .,'\u202f\u00a0]\d{3})+(?!\d)|\d+(?:[.,]\d+(?!\d))?")
_SEPS = re.compile(r"[ .,'\u202f\u00a0]")
_THOUSANDS = re.compile(r"\d{1,3}(?:[ .,'\u202f\u00a0]\d{3})+")


def digit_figures(text: str) -> set[str]:
    """The digit figures a text states: thousands separators folded ("1 200", "1.200",
    "1,200" -> "1200"), a decimal kept whole with a point ("7,4" -> "7.4", never "7" and
    "4", so "Stärke 7,8" does not pass for "Stärke 7,4"; "7.0" -> "7")."""
    return {_figure(m) for m in _DIGITS.findall(text)}


def _figure(raw: str) -> str:
    if _THOUSANDS.fullmatch(raw):
        return _SEPS.sub("", raw)
    point = raw.replace(",", ".")
    return point.rstrip("0").rstrip(".") if "." in point else point  # "7.0" is "7"


ROUNDING = 0.03  # relative slack of a plain figure
APPROX_ROUNDING = 0.1  # ... of one qualified "about"
EXACT_KINDS = frozenset({"magnitude", "minute", "time"})  # compared as written


_ABOVE, _BELOW = (">", ">="), ("<", "<=")
BOUNDS = _ABOVE + _BELOW  # a figure's qualifiers that make it a bound, not a value


HALF_DAY = 12 * 60  # minutes


def same_figure(a: Quantity, b: Quantity) -> bool:
    """Whether two figures agree, allowing for rounding and qualifiers ("more than 400" ~ 420).
    Bounds that point apart from one value do not ("more than 100" / "nearly 100")."""
    if a.high is not None or b.high is not None:  # a range holds what falls within it
        (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
        return alo <= bhi and blo <= ahi
    if a.kind == "time":
        return _same_moment(a, b)
    lower, upper = (a, b) if a.approx in _ABOVE else (b, a)
    if lower.approx in _ABOVE and upper.approx in _BELOW and upper.value <= lower.value:
        return "=" in (lower.approx or "") and "=" in (upper.approx or "") and a.value == b.value
    if a.value == b.value:
        return True
    lo, hi = sorted((a.value, b.value))
    if hi == 0:
        return True
    rel = (hi - lo) / hi
    tolerance = APPROX_ROUNDING if "~" in (a.approx, b.approx) else ROUNDING
    if a.kind in EXACT_KINDS:
        tolerance = 0.0
    if a.unit == b.unit == "°C" and not (a.approx or b.approx):
        # degrees: rounded as written, or as a whole Fahrenheit degree converted (±0.3)
        return hi - lo <= (0.6 if a.converted or b.converted else 0.5 * 10.0 ** -min(_decimals(a), _decimals(b))) + 1e-9
    if "~" in (a.approx, b.approx) and all(q.text[:1].isdigit() for q in (a, b)) and _zeros(a.value) == _zeros(b.value) > 0:
        # two rounded to one place in digits are two figures, one of them rough or both
        # ("around 1,600" / "cerca de 1.400", "about 6,000" / "nearly 7,000")
        return False
    if a.approx == b.approx == "~" and a.kind not in EXACT_KINDS:
        # each rough: they meet where their roundings overlap ("une vingtaine", about 20,
        # and "about two dozen"; not "around 500" and "about 400")
        return hi - lo <= APPROX_ROUNDING * (hi + lo)
    worded = [q for q in (a, b) if not any(c.isdigit() for c in q.text)]
    if a.kind == b.kind == "percent" and len(worded) == 1 and round(lo if worded[0].value == hi else hi) == worded[0].value:
        return True  # "seven per cent" is 7.4% said roundly, as words say figures (not "sept étages")
    if (steps := [s for s in (_scaled_step(a), _scaled_step(b)) if s]) and not (a.approx or b.approx):
        # "8.6 million" rounds 8.64 million, not 8.46 million: the coarser's last place written
        return hi - lo <= 0.5 * max(steps) * (1 + 1e-9)
    places = min(_decimals(a), _decimals(b))
    if places and not (a.approx or b.approx):
        # figures written to tenths are not rounded by a share of their value: "52.3%" is
        # no "53.2%", though "1.75" is "1.8" to the tenth the coarser gives
        return hi - lo <= 0.5 * 10.0**-places + 1e-9
    if _one_precision(a, b):
        return False  # one precision, so neither rounds the other: "79" / "77", "52%" / "53%"
    return rel <= tolerance


# "shortly after 5am" holds 5.20, not 6.00: half an hour ("peu avant 19 heures" is no 18.20)
SHORTLY = 30


def _same_moment(a: Quantity, b: Quantity) -> bool:
    """Clock times: "shortly before 7 pm" and "18:50" are the same moment; an hour in words
    names no half of the day ("rond half twee" / "vers 13 h 30"); a bound holds the hour it
    points into ("shortly after 5am" / "5.20", "kurz vor 8 Uhr" / "7.40"), not the other way."""

    def minutes(q: Quantity, other: Quantity) -> float:
        words = not any(c.isdigit() for c in q.text)
        return q.value + HALF_DAY if other.value >= HALF_DAY > q.value and words else q.value

    (lo, early), (hi, late) = sorted(((minutes(a, b), a), (minutes(b, a), b)), key=lambda p: p[0])
    if early.approx in _ABOVE or late.approx in _BELOW:
        return hi - lo <= SHORTLY
    return hi - lo <= (15 if a.approx or b.approx else 0)


def _one_precision(a: Quantity, b: Quantity) -> bool:
    """Two plain whole figures written to one precision (as many trailing zeros)."""
    plain = not (a.approx or b.approx or a.converted or b.converted or a.high or b.high)
    return plain and _zeros(a.value) == _zeros(b.value) >= 0


def _zeros(value: float) -> int:
    """Trailing zeros of a whole value (1,200 -> 2); -1 for a fraction."""
    if not value.is_integer() or value == 0:
        return -1
    n, v = 0, int(value)
    while v % 10 == 0:
        n, v = n + 1, v // 10
    return n


_DECIMAL = re.compile(r"\d+[.,](\d{1,2})")  # three digits after the mark group thousands


def _decimals(q: Quantity) -> int:
    """How many decimal places a figure is written to in digits (0: none, in words, or under
    a scale word or a conversion that moves them)."""
    if q.scaled or q.converted:
        return 0
    m = _DECIMAL.fullmatch(q.text.strip())
    return len(m.group(1).rstrip("0")) if m else 0


_MANTISSA = re.compile(r"(\d{1,3})[.,](\d{1,2})(?!\d)")


def _scaled_step(q: Quantity) -> float | None:
    """The step of the last decimal place of a figure under a scale word ("8.6 million":
    100,000), or None."""
    m = _MANTISSA.match(q.text.strip())
    if not q.scaled or q.converted or m is None:
        return None
    mantissa = float(f"{m.group(1)}.{m.group(2)}")
    return q.value / mantissa * 10.0 ** -len(m.group(2)) if mantissa else None


def _interval(q: Quantity) -> tuple[float, float]:
    """The values a figure allows: a bound is open on one side, a plain figure is rounded."""
    if q.high is not None:
        return q.value, q.high
    if q.approx in (">", ">="):
        return q.value, math.inf
    if q.approx in ("<", "<="):
        return -math.inf, q.value
    if q.approx is None and (places := _decimals(q)):
        slack = 0.5 * 10.0**-places + 1e-9  # to the tenth (or hundredth) written
    else:
        slack = abs(q.value) * (APPROX_ROUNDING if q.approx == "~" else ROUNDING)
    return q.value - slack, q.value + slack


def implies(y: Quantity, x: Quantity) -> bool:
    """Whether stating `y` states `x` ("at least 639" states "more than 600"; "9 minutes"
    states "more than eight minutes"). The caller checks that both measure one thing."""
    if x.kind in EXACT_KINDS:
        return False
    (xlo, xhi), (ylo, yhi) = _interval(x), _interval(y)
    return xlo <= ylo and yhi <= xhi


def contradicts(x: Quantity, y: Quantity) -> bool:
    """Whether `x` and `y` cannot both be true (two lower bounds never contradict)."""
    if x.kind in EXACT_KINDS or _one_precision(x, y):
        return not same_figure(x, y)  # "79" / "77": no rounding makes one the other
    (xlo, xhi), (ylo, yhi) = _interval(x), _interval(y)
    return yhi < xlo or xhi < ylo


def rounded_bound(x: Quantity, y: Quantity) -> bool:
    """Whether one figure is a round bound the other lies just within, by a tenth ("more
    than 300" / "312", "almost 50" / "48"): one figure told two ways, not two ("at least
    60" dead against all 72 on board is another toll; a bound that is not round, "at
    least 12" against 14, may be a toll since updated)."""
    for bound, v in ((x, y), (y, x)):
        if v.approx is not None or not _round(bound.value):
            continue
        if bound.approx in (">", ">=") and bound.value <= v.value <= bound.value * 1.1:
            return True
        if bound.approx in ("<", "<=") and bound.value * 0.9 <= v.value <= bound.value:
            return True
    return False


def _round(value: float) -> bool:
    """10, 300, 250, 1,200: at most two digits before the zeros, and a zero at the end."""
    if value % 1 or value < 10:
        return False
    digits = str(int(value))
    return digits.endswith("0") and len(digits.rstrip("0")) <= 2


LONE_MIN = 20  # a lone count in digits from this value: small ones are too common to pair


def lone(q: Quantity) -> bool:
    """A count that can stand for what its fact counts though its noun cannot be compared:
    written in digits, not small, one value (no range, no sum, no conversion)."""
    return q.text[:1].isdigit() and q.value >= LONE_MIN and not (q.converted or q.high)


def lone_counts(
    qa: Sequence[Quantity], qb: Sequence[Quantity], lang_a: str | None, lang_b: str | None
) -> list[tuple[Quantity, Quantity]]:
    """The one count of each of two sentences of one fact in two languages, written in
    digits, when their nouns cannot be compared ("1 200 emplois" / "12,000 jobs"): what
    the fact counts, as the number divergences pair them (`figures.LONE_COUNT`)."""
    ca, cb = ([q for q in qs if q.kind == "count"] for qs in (qa, qb))
    if lang_a == lang_b or len(ca) != 1 or len(cb) != 1:
        return []
    x, y = ca[0], cb[0]
    if not (lone(x) and lone(y)) or x.noun == y.noun or (x.context and y.context and x.context != y.context):
        return []
    return [(x, y)]


def unanswered(x: Quantity, y: Quantity, qa: Sequence[Quantity], qb: Sequence[Quantity]) -> bool:
    """Whether neither figure of a clashing pair (x of `qa`, y of `qb`) is stated by the
    other sentence: the two give that figure otherwise, not two figures of two things."""
    return not any(same_figure(x, z) for z in qb) and not any(same_figure(y, z) for z in qa)


def misparse_pair(a: Quantity, b: Quantity) -> bool:
    """True when two values differ only by a thousands factor one side may have lost
    ("12" vs "12,000", "1.5" vs "1,500"): too risky to call a divergence."""
    lo, hi = sorted((a.value, b.value))
    if lo <= 0:
        return False
    ratio = hi / lo
    return any(abs(ratio - f) / f < 0.02 for f in (1e3, 1e6, 1e9))


def counts_apart(a: Quantity, b: Quantity) -> bool:
    """Two counts of other things, read in one language: other nouns and other classes
    ("three children" / "three people" who died): one states nothing of the other."""
    return a.kind == b.kind == "count" and bool(a.noun and b.noun) and a.noun != b.noun and a.context != b.context


def comparable(a: Quantity, b: Quantity) -> bool:
    """Two figures that count the same kind of thing, so that different values disagree
    (clock times too: "vers 19h50" does not state "vers 19H55")."""
    if a.kind != b.kind or a.kind == "year":
        return False
    if a.unit and b.unit and a.unit != b.unit:
        return False
    if a.context and b.context and a.context != b.context:
        return False
    if a.kind == "time" and a.context != b.context:
        return False  # "8h15 GMT" is no dissent from "10:15 a.m." local time
    if (a.context == "age") != (b.context == "age"):
        return False  # "Chauvin, 45," is an age, not "four decades in prison"
    if a.kind == "count":
        # a bare count ("Chauvin, 45,") says nothing of what it counts: only counts of one
        # thing (same noun, or same class such as the dead) can disagree; a toll is no count
        # of a group ("a group of nine ski tourers" / "a coûté la vie à trois skieurs")
        if (a.context in TOLLS) != (b.context in TOLLS) and None in (a.context, b.context):
            return False
        return bool((a.noun and a.noun == b.noun) or (a.context and a.context == b.context))
    return not (a.noun and b.noun and a.noun != b.noun)


# "40 km from Ostrow" / "31 kilometres (19 miles) east of Varnsee": the place a distance
# is measured from, a capitalised name after a preposition shortly after the figure
_ORIGIN = re.compile(
    r"^(?:[^.;]|\.(?=\d)){0,40}?\b(?:from|of|de|du|des|von|vom|da|di|del|do)\s+([A-ZÀ-Ý][\w-]+)"
)
_DISTANCES = {"km", "mi", "m"}


def same_origin(ta: str, a: Quantity, tb: str, b: Quantity) -> bool:
    """Whether two distances can be measured from one place: not when each names its own."""
    if a.unit not in _DISTANCES:
        return True
    oa, ob = _ORIGIN.match(ta[a.end :]), _ORIGIN.match(tb[b.end :])
    return not (oa and ob) or fold(oa.group(1)) == fold(ob.group(1))


_LENGTHS = {"km", "m", "cm", "nmi"}
_RELATIONS = {fold(k): v for k, v in merged_numbers("LENGTH_RELATIONS")}
_BEARINGS = {fold(k): v for k, v in merged_numbers("LENGTH_BEARINGS")}
_GLUE = {"de", "d", "of", "di"}  # "une quinzaine de kilomètres": the unit after its glue
_LEAD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # "31 kilometres (19.3 miles) east of"


def measured_from(sentence: str, q: Quantity) -> str | None:
    """Where a length is measured from, when words after its unit say so: the relation and
    the first content word after it ("28 km above the municipality": above the "munic",
    "2.150 mètres d'altitude" and "28 quilómetros de altitude": from the "altit", "à une
    quinzaine de kilomètres de la frontière": from the "front", "31 km east of Varnsee"
    and "à 31 km à l'est de Varnsee": E of the "varns"). Two lengths from two things are
    two figures, not two outlets' values of one; None for a plain length ("fell 10 metres
    onto the slope"), whose words after it name no relation before a content word."""
    if q.kind != "measure" or q.unit not in _LENGTHS:
        return None
    raw = [w.lower() for w in _LEAD.findall(_ASIDE.sub(" ", sentence[q.end : q.end + 100]))]
    words = [fold(w) for w in raw]

    def unit(k: int) -> bool:
        return k < len(raw) and bool(raw[k] in UNIT_WORDS or unit_of(raw[k]))

    # past the glue and the unit ("de kilomètres", "km", "-kilometre"), then words that
    # name nothing ("environ", "to the", "à l'")
    first = 2 if words[:1] and words[0] in _GLUE and unit(1) else int(unit(0))
    for k in range(first, min(first + 4, len(words))):
        relation = _RELATIONS.get(words[k]) or _BEARINGS.get(words[k])
        if relation is not None:
            origin = next((w for w in words[k + 1 : k + 5] if w not in NO_NOUN and len(w) > 2), "")
            return f"{relation} {origin[:5]}"
        if words[k] not in NO_NOUN and raw[k] not in APPROX_WORDS and len(words[k]) > 1:
            return None
    return None


def one_apart(qa: Sequence[Quantity], qb: Sequence[Quantity]) -> tuple[Quantity, Quantity] | None:
    """(x, y) when two lists of match minutes of one length ("the 23rd and 67th minutes" /
    "in der 23. und 76. Minute") differ in exactly one value: `y` is the other side's for
    `x` (goals are told in order; other figures of one kind may be other things: "to 4.5%
    from 4.25%" / "by a quarter of a point to 4.5%")."""
    xs, ys = [q for q in qa if q.kind == "minute"], [q for q in qb if q.kind == "minute"]
    if len(xs) < 2 or len(xs) != len(ys):
        return None
    only_x = [x for x in xs if not any(same_figure(x, y) for y in ys)]
    only_y = [y for y in ys if not any(same_figure(x, y) for x in xs)]
    return (only_x[0], only_y[0]) if len(only_x) == 1 == len(only_y) else None


def share_apart(qa: Sequence[Quantity], qb: Sequence[Quantity]) -> tuple[Quantity, Quantity] | None:
    """(x, y) when two sentences give as many shares, two or more, all the same but one in
    the same place ("only 64% here against 88% on average" / "only 46% ... 88%"): one
    share given otherwise, not a share of another thing."""
    xs, ys = ([q for q in qs if q.kind == "percent" and not q.previous] for qs in (qa, qb))
    if len(xs) < 2 or len(xs) != len(ys):
        return None
    apart = [k for k, (x, y) in enumerate(zip(xs, ys, strict=True)) if not same_figure(x, y)]
    if len(apart) != 1 or not comparable(x := xs[apart[0]], y := ys[apart[0]]) or not contradicts(x, y):
        return None
    return None if any(same_figure(x, z) for z in ys) or any(same_figure(y, z) for z in xs) else (x, y)


_UNIT_NAMES = {"yr": "years", "d": "days", "h": "hours", "min": "minutes", "s": "seconds", "pp": "percentage points", "L": "litres"}


def shown(
    q: Quantity, same_lang: bool, beside: Quantity | None = None, lang: str | None = None
) -> str:
    """How a dissenting figure is named in another outlet's wording (language `lang`): as
    written; a word of another language in the wording's own words where the figure
    `beside` it is a word too ("seis (one outlet: ocho)": a digit would be a figure no
    cited outlet writes), else in digits ("2 (one outlet: 5) people", not "cinq"); a span
    with its unit ("a five-day (one outlet: 3 days) strike", "30 months (one outlet: 3
    years)", not "(one outlet: three)"), a share with its sign, a bound with its qualifier
    in English ("more than 170")."""
    words = not same_lang and not any(c.isdigit() for c in q.text)
    spelled = beside is not None and not any(c.isdigit() for c in beside.text)
    if q.kind == "measure" and (words or (beside is not None and (q.converted or beside.converted))):
        # unit names are English: a number word only in English ("seven years")
        digits = f"{q.value:,.0f}" if q.value >= 1e4 and q.value % 1 == 0 else f"{q.value:g}"  # no "4e+10"
        value = (spelled and words and lang == "en" and number_word(q.value, lang)) or digits
        text = f"{value} {_UNIT_NAMES.get(q.unit or '', q.unit or '')}".strip()
    elif words and q.kind == "percent" and (fraction := _fraction_words(q.value)):  # notes speak English
        if q.approx in (None, "~"):  # a fraction is as rough as its words: no "about"
            return fraction  # "un tercio" beside "halving": "a third", not "about 33.3%"
        text = fraction
    elif not same_lang and lang == "en" and q.kind == "minute":
        text = f"{_ordinal(q.value)} minute"  # "36. Minute" in an English wording: "36th minute"
    elif not same_lang and lang == "en" and q.scaled and q.value >= 1e6 and q.kind in ("count", "money"):
        # "1,8 milhões" in an English wording: "1.8 million"
        text = next(f"{q.value / n:g} {w}" for n, w in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")) if q.value >= n)
    elif not same_lang and q.kind == "time" and 0 <= q.value < 24 * 60:
        text = f"{int(q.value // 60)}:{int(q.value % 60):02d}"  # "22.40 uur" read as minutes of the day: "22:40", not "1,360"
    elif not same_lang and lang == "en" and (q.scaled or q.value >= 1e3) and q.value % 1 == 0 and q.value < 1e6:
        text = f"{q.value:,.0f}"  # "13 mil", "42.800", "21.000" in an English wording: "13,000", "42,800"
    elif not same_lang and lang == "en" and q.value % 1 and "," in q.text and q.value < 1e3:
        text = f"{q.value:g}" + ("%" if q.unit == "%" else "")  # "15,5 %" in English: "15.5%"
    else:
        digits = spelled and any(c.isdigit() for c in q.text)  # "duas (one outlet: doze)"
        text = q.text if not (words or digits) else (spelled and number_word(q.value, lang)) or (
            f"{q.value:,.0f}" if q.value % 1 == 0 else f"{q.value:g}"
        )
        if q.unit == "%" and not text.endswith("%"):  # "(one outlet: 86%)", "(… seven per cent)"
            text = f"{text}%" if any(c.isdigit() for c in text) else f"{text} per cent"
    return f"{_BOUNDS[q.approx]} {text}" if q.approx in _BOUNDS else text  # "mehr als 170": "more than 170"


def _ordinal(value: float) -> str:
    """36 -> "36th", 1 -> "1st", 112 -> "112th"."""
    n = int(value)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _fraction_words(percent: float) -> str | None:
    """A share of a simple fraction in English words (33.3 -> "a third", 75 -> "three quarters")."""
    for d, word in ((2, "half"), (3, "third"), (4, "quarter")):
        for n in range(1, d):
            if abs(100 * n / d - percent) < 0.1:
                return word if d == 2 else f"a {word}" if n == 1 else f"{number_word(n, 'en')} {word}s"
    return None


_BOUNDS = {">": "more than", ">=": "at least", "<": "under", "<=": "up to", "~": "about"}


# a word in lower case right after a count, not a short function word ("five of the seven")
_NOUN_AFTER = re.compile(r" [^\W\d_A-Z]{4,}\b")
_NOT_NOUN = NO_NOUN | VERBS_AFTER
_COMPOUND_AFTER = re.compile(r"(?:-[^\W\d_]+)+")
_UNIT_AFTER = re.compile(r"\s*(?:%|(?:per|pour|por)\s+(?:cent|ciento)\b|(?:of\s+|de\s+|d['’])?[^\W\d_]+)")


def figure_end(text: str, q: Quantity, noun: bool = False) -> int:
    """Where a figure's mention ends, its unit word included ("45 million euros"), and
    with `noun` a count's noun too ("two weeks")."""
    if q.unit and q.kind in {"money", "measure", "percent"}:
        m = _UNIT_AFTER.match(text, q.end)
        word = re.findall(r"[^\W\d_]+|%", m.group())[-1].lower() if m else ""
        if m and (word in ("%", "cent", "ciento") or word in UNIT_WORDS):  # "7.1 per cent"
            return m.end()
    if noun and q.kind == "count" and (m := _NOUN_AFTER.match(text, q.end)):
        if fold(m.group().strip()) not in _NOT_NOUN:
            return m.end()
    m = _COMPOUND_AFTER.match(text, q.end)  # "a three-day strike": not "three (2 outlets)-day"
    return m.end() if m else q.end


# Which articles' figures a number divergence weighs (`compare.figures`)


def _bound_holds(x: Quantity, y: Quantity) -> bool:
    """A measure's bound and a plain measure just within it, by a tenth ("more than nine
    minutes" / "9 minutes and 17 seconds"): one figure told two ways. Not a toll's, which
    may be one since updated."""
    for bound, v in ((x, y), (y, x)):
        if bound.kind == v.kind == "measure" and v.approx is None:
            if bound.approx in _ABOVE and bound.value <= v.value <= bound.value * 1.1:
                return True
            if bound.approx in _BELOW and bound.value * 0.9 <= v.value <= bound.value:
                return True
    return False


def odd_one_out(values: dict[str, list[Quantity]], groups: dict[str, str] | None = None) -> str | None:
    """The one source whose articles' figures match nobody's while all other sources agree
    (`groups`: article -> its source; a report and its machine translation or reprint are
    one source): its first article."""
    sources: dict[str, list[str]] = {}
    for aid in values:
        sources.setdefault((groups or {}).get(aid, aid), []).append(aid)
    if len(sources) < 3:
        return None
    ids = list(sources)

    def agree(a: str, b: str) -> bool:
        return any(
            same_figure(x, y) or _bound_holds(x, y) for i in sources[a] for j in sources[b] for x in values[i] for y in values[j]
        )

    for odd in ids:
        rest = [i for i in ids if i != odd]
        if all(not agree(odd, r) for r in rest) and all(agree(rest[0], r) for r in rest[1:]):
            return sources[odd][0]
    return None


def updates(values: dict[str, list[Quantity]], dates: dict[str, str | None]) -> dict[str, int]:
    """The articles whose figures are a later report's update, with how many days after the
    others they came: dated (`dates`, ISO) on a day after every other dated article of the
    divergence, and giving a figure none of those gives ("circa 230 mila passeggeri" two
    days after "some 180,000 passengers"). Their figure may be a toll or a count since
    updated, so they weigh in no odd one out; an outlet of the same day gives no update."""
    days = {aid: d[:10] for aid in values if (d := dates.get(aid)) and len(d) >= 10}
    if len(days) < 2 or len(set(days.values())) < 2:
        return {}
    last = max(days.values())
    late = {aid for aid, d in days.items() if d == last}
    earlier = [q for aid in values if aid not in late for q in values[aid]]
    try:
        apart = (date.fromisoformat(last) - date.fromisoformat(max(d for d in days.values() if d < last))).days
    except ValueError:
        return {}
    # ... to the rounding it is written with ("1.460 voli" two days after "rund 1.400 Flüge"
    # is news), a bound holding it ("more than nine minutes" / "9 minutes and 17 seconds")
    def told(x: Quantity, y: Quantity) -> bool:
        bound = [q for q in (x, y) if q.approx in _ABOVE + _BELOW]
        if len(bound) == 1:  # "more than nine" holds 9 min 29; "at least 22" is news after "at least 4"
            return implies(y if bound[0] is x else x, bound[0])
        return same_figure(replace(x, approx=None), replace(y, approx=None))

    new = {aid for aid in late if not any(told(x, y) for x in values[aid] for y in earlier)}
    return {aid: apart for aid in new} if new == late else {}  # a report of that day still gives the old figure


def one_answer(q: Quantity, given: Sequence[Quantity]) -> bool:
    """Whether `q` agrees with some of the figures `given` and with none that clash with
    those: it states one side of a disagreement."""
    hits = [v for v in given if same_figure(q, v)]
    return bool(hits) and all(same_figure(x, y) for x in hits for y in hits)


def one_each(
    per_article: dict[str, list[tuple[int, Quantity]]],
) -> dict[str, list[tuple[int, Quantity]]]:
    """One moment per article. Which of several dates in one sentence ("Rask (17e, 104e)")
    is the fact's is a guess, so such an article is left out, unless two of these lists of
    one length differ in exactly one value ("17e, 104e, 41e" / "17e, 105e, 41e": those two
    values are each one's), or the article names exactly one of the values the others
    give alone (its 105 among "105e, 111e" when another says 105)."""
    one = {aid: items for aid, items in per_article.items() if len(items) == 1}
    several = {aid: items for aid, items in per_article.items() if len(items) > 1}

    def only(a: str, b: str) -> list[tuple[int, Quantity]]:
        return [i for i in several[a] if not any(same_figure(i[1], q) for _, q in several[b])]

    ids = list(several)
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            if len(several[a]) == len(several[b]):
                only_a, only_b = only(a, b), only(b, a)
                if len(only_a) == 1 == len(only_b):
                    one.setdefault(a, only_a)
                    one.setdefault(b, only_b)
    given = [q for items in one.values() for _, q in items]
    for aid, items in several.items():
        named = [i for i in items if any(same_figure(i[1], q) for q in given)]
        if aid not in one and len(named) == 1:
            one[aid] = named
    return {aid: one[aid] for aid in per_article if aid in one}


def told_beside(
    per_article: dict[str, list[tuple[int, Quantity]]], figs: dict[int, list[Quantity]]
) -> dict[str, list[tuple[int, Quantity]]]:
    """Without the articles whose sentence gives, beside their own count, a bare one that
    another article gives ("Police put the turnout at 12,000, while organisers said 40,000
    people took part" / "Police said 12,000 people marched"): two sources' figures, the
    sentence disagrees with nobody. Bare: no noun, and not small ("douze en Turquie" is a
    part of a toll)."""
    given = {aid: [q for _, q in items] for aid, items in per_article.items()}

    def beside(aid: str) -> bool:
        mine = [q for _, q in per_article[aid]]
        rows = {r for r, _ in per_article[aid]}
        other = [
            q for r in rows for q in figs[r]
            if q.kind == "count" and q.noun is None and q.value >= LONE_MIN and not any(q is x for x in mine)
        ]
        return any(same_figure(q, v) for q in other for b, vs in given.items() if b != aid for v in vs)

    return {aid: items for aid, items in per_article.items() if not beside(aid)}


PARTS = 3  # values of one count in one sentence that make it a list of parts


def parts_list(items: list[tuple[int, Quantity]]) -> bool:
    """A sentence giving PARTS or more values of one count ("Italia (631 muertos), Irán
    (291 muertos), …"): a count per place or group, none of them the outlet's figure for
    the whole."""
    by_row: dict[int, set[float]] = {}
    for r, q in items:
        by_row.setdefault(r, set()).add(q.value)
    return any(len(vals) >= PARTS for vals in by_row.values())
