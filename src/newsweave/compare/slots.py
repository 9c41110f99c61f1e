"""What a figure measures, as the number divergences compare figures (`compare.figures`):
its slot (kind, unit, what it counts or where it is measured from), which figures are
compared across facts and which only within one, and the slot's name in a description."""

from __future__ import annotations

import re

from newsweave.compare.closed_words import FUNCTION as _FUNCTION
from newsweave.compare.closed_words import PREPOSITIONS
from newsweave.compare.quantity import AND_WORDS, PART, SPANS, TOLLS, UNIT_AFTER, Quantity, unit_of
from newsweave.compare.trends import READINGS
from newsweave.compare.values import lone as is_lone
from newsweave.compare.values import measured_from
from newsweave.lang import merged
from newsweave.text.fold import fold, fold_all

# Count slots worth comparing across facts: tolls and tallies outlets update and disagree on.
_TALLIES = {
    "dead",
    "injured",
    "missing",
    "evacuated",
    "buildings",
    "troops",
    "firefighters",
    "rescuers",
    "cases",
    "jobs",
    "hostages",
    "prisoners",
    "votes",
}
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")  # a calendar year named in a sentence
# matched on folded text: "réplique" and "replique" alike
_AFTERSHOCK = re.compile(
    "|".join(re.escape(fold(w)) for w in sorted(merged("numbers", "AFTERSHOCK_WORDS")))
)


Slot = tuple[str, str | None, str | None]
DURATIONS = {"h", "min", "d", "yr", "s"}
MOMENTS = {"time", "year", "minute", "rank"}


LONE_COUNT: Slot = ("count", None, "*")


def slot_of(q: Quantity, sentence: str, within_fact: bool, lone: bool = False) -> Slot | None:
    """What a figure measures, or None when it is not comparable. Across facts only
    tallies, magnitudes, money, physical measures and spans of seconds to hours count;
    clock times, longer durations, years and bare counts need the stronger alignment of
    one fact."""
    if q.previous or (q.kind == "year" and _labels(sentence, q)):
        return None  # "from 31.40" is what a figure was; "Barolo z rocznika 2021" no moment
    if q.kind == "magnitude":
        after = sentence[q.end : q.end + 40]
        return ("magnitude", "M", "aftershock" if _AFTERSHOCK.search(fold(after)) else "main")
    if q.kind == "count":
        # Keyed by the counted noun ("1,200 residents" / "1 200 habitants"); across facts
        # only tallies count, and `_comparable` also wants the same tally context.
        if q.noun in (None, PART) or (not within_fact and q.context not in _TALLIES):
            return None  # a part of a set ("6,200 of them") counts no whole
        if within_fact and lone and is_lone(q):
            # "3,000 commuters" / "3 000 navetteurs" / "5.000 Pendler": nouns do not match
            # across languages, but one fact whose sentences carry one count each compares
            return LONE_COUNT
        if q.context in TOLLS and q.noun in ("people", q.context):
            return ("count", None, q.context)  # "killed 23 people" counts the dead: "23 morts"
        # "killing two workers and injuring five workers": the dead and the injured apart
        return ("count", q.context if q.context in TOLLS else None, q.noun)
    if q.kind == "measure" and q.unit in DURATIONS:
        if q.unit == "yr" and _YEAR.search(sentence) and anchor(sentence[q.end :]):
            # "Douze ans après la Suède en 2010" counts from a named year; another outlet's
            # "after 40 years" counts from another: two periods, not two figures for one
            # (a sentence of "30 months in prison" for a protest "in 2025" counts none)
            return None
        # across facts only spans of one sitting ("a 14-second greeting" / "un saludo de
        # 12 segundos"); years and days are ages, terms and anniversaries
        if within_fact:
            return ("duration", q.unit, q.context)
        # "20 minutes after declaring an emergency" / "15 minutes after take-off": across
        # facts a span compares with one counted from the same moment only
        if q.unit not in SPANS:
            # ... and terms in custody ("Sei anni di carcere" / "six years and six months
            # in prison"), a figure outlets disagree on as on a toll: in the slot of one fact
            return ("duration", q.unit, q.context) if custodial(sentence, q) else None
        return ("duration", q.unit, q.context or anchor(sentence[q.end :]))
    if q.kind == "percent" and (q.context is None or q.context in READINGS) and not within_fact:
        return None  # a share of what? Across facts "52.3% of the vote" is no "turnout 68%"
    if q.kind == "money" and q.rate:
        return ("money", q.unit, "rate")  # a price per thing and a total are two figures
    if q.kind in {"money", "percent", "measure"}:
        return (q.kind, q.unit, q.context or dimension(sentence, q) or measured_from(sentence, q))  # "28 km above …"
    if q.kind in MOMENTS and within_fact:
        return (q.kind, q.unit, q.context if q.kind == "time" else None)  # a time's zone
    return None


def _labels(sentence: str, q: Quantity) -> bool:
    """A year right after a noun that names a thing by its year ("Barolo z rocznika 2021",
    "le millésime 2025"): a label, not when something happens ("before 2029")."""
    before = _WORD.findall(sentence[max(0, q.start - 30) : q.start])
    return bool(before) and fold(before[-1]) in _YEAR_NAMERS


_YEAR_NAMERS = fold_all(merged("numbers", "YEAR_NAMERS"))
_SPAN_ANCHORS = fold_all(merged("numbers", "SPAN_ANCHORS"))
_WORD = re.compile(r"[^\W\d_]+")


def anchor(after: str) -> str | None:
    """The stem of the first content word after a span's "after"/"nach"/"après" (its unit
    word first, unless the figure took it in: "30 months after the attack"): what the
    span counts from."""
    words = [fold(w) for w in _WORD.findall(after[:60])]
    at = next((k for k, w in enumerate(words[:2]) if w in _SPAN_ANCHORS), None)
    if at is None:
        return None
    return next((w[:5] for w in words[at + 1 :] if w not in _FUNCTION and len(w) > 2), None)


def slot_name(slot: Slot) -> str:
    kind, unit, context = slot
    if kind == "magnitude":
        return "magnitude of the aftershock" if context == "aftershock" else "magnitude"
    if slot == LONE_COUNT:
        return "count"
    if kind == "count":
        if context in TOLLS or unit in TOLLS:
            return f"number {unit or context}"
        noun = context.split("|")[0]  # nouns pooled across languages: the first named
        if noun.startswith("part "):  # "312 passengers and 24 crew": the first of two counts of people
            return f"number of people, the {'first' if noun.startswith('part 1') else 'second'} of two counts"
        return f"count {noun}" if noun.startswith("out of") else f"number of {noun}"
    if kind == "money" and (unit or "").startswith("per "):
        return f"exchange rate ({unit})"  # "27.45 per euro": "exchange rate (per EUR)"
    if kind == "money":
        return f"amount per unit ({unit})" if context == "rate" else f"amount ({unit})"
    if kind == "duration" and context == "age":
        return "age"
    if kind == "measure" and context == "depth":
        return f"depth ({unit})"
    if kind == "measure" and (context or "").startswith("per "):
        return f"measure ({unit} {context})"  # a rate: "measure (L per s)"
    if unit in ("pp", "°C"):
        return "percentage points" if unit == "pp" else "temperature (°C)"
    return {"percent": "percentage", "measure": f"measure ({unit})", "time": "time",
            "year": "year", "duration": f"duration ({unit})", "minute": "minute of the match",
            "rank": "rank of an achievement"}.get(kind, kind)  # fmt: skip


_CUSTODY = fold_all(merged("numbers", "CUSTODY_WORDS"))


def custodial(sentence: str, q: Quantity) -> bool:
    """Whether a span of years or days is a term in custody: a word of custody
    (CUSTODY_WORDS) right after it and its unit, past a preposition ("six years in prison",
    "sei anni di carcere", "sechs Jahre Haft"), or right before it and a preposition
    ("jailed for six years", "condenado a seis años", "Haftstrafe von sechs"); not past a
    conjunction ("seis meses de prisión y doce años de inhabilitación": the ban is none)."""
    if q.context is not None:
        return False  # an age, a rate

    def glue(w: str) -> bool:
        return (w in PREPOSITIONS or len(w) <= 3) and w not in AND_WORDS and w not in _CUSTODY

    unit = UNIT_AFTER.match(sentence, q.end)
    end = unit.end() if unit and unit_of(unit.group().strip(" -").lower()) else q.end
    after = [fold(w) for w in _WORD.findall(sentence[end : end + 40])][:3]
    first = next((w for w in after if not glue(w)), None)
    before = [fold(w) for w in _WORD.findall(sentence[max(0, q.start - 40) : q.start])][-2:]
    told_before = len(before) == 2 and before[0] in _CUSTODY and glue(before[1])
    return told_before or first in _CUSTODY



_DEPTH = [tuple(fold(w) for w in _WORD.findall(p)) for p in merged("numbers", "DEPTH_WORDS")]
_LENGTHS = frozenset({"m", "km", "cm", "ft", "mi"})


def dimension(sentence: str, q: Quantity) -> str | None:
    """"depth" for a length told as one, by a word right after it and its unit, past a
    preposition ("380 metres below ground", "410 Metern Tiefe", "380 mètres de
    profondeur"), or among the three words before it ("na głębokości 380 metrów", "at a
    depth of 380 metres"): one dimension however an outlet words it. None otherwise."""
    if q.kind != "measure" or q.unit not in _LENGTHS:
        return None
    unit = UNIT_AFTER.match(sentence, q.end)
    end = unit.end() if unit and unit_of(unit.group().strip(" -").lower()) else q.end
    after = [fold(w) for w in _WORD.findall(sentence[end : end + 40])][:5]
    def opens(words: list[str]) -> bool:
        return any(tuple(words[: len(p)]) == p for p in _DEPTH)

    while after and not opens(after) and (after[0] in PREPOSITIONS or len(after[0]) <= 2):
        after = after[1:]  # "de profondeur", "in depth"
    before = [fold(w) for w in _WORD.findall(sentence[max(0, q.start - 40) : q.start])][-3:]
    return "depth" if opens(after) or any(opens(before[k:]) for k in range(len(before))) else None
