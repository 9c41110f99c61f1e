"""Halves, fractions, ratios and ordinals in words: "three and a half hours" (a figure and
its half), "two-thirds of voters", "la moitié des maisons", "un tercio de ellas", "nine in
ten trains" (a share, read as a percent), "Orvik's third title", "su tercer título" (a count
of titles). Read by `compare.numbers.find_quantities`."""

from __future__ import annotations

import re
from functools import cache

from newsweave.compare.closed_words import POSSESSIVE_DETS
from newsweave.compare.quantity import (
    APPROX_WORDS,
    HALVING,
    WORD_RE,
    Quantity,
    context_class,
    counted_noun,
    merged_numbers,
    point_unit,
    unit_of,
)
from newsweave.lang import alternation, data, each
from newsweave.text.numbers import is_article, word_value

_HALF = alternation(merged_numbers("HALVES")).replace(r"\ ", r"[\s-]+")  # "two-and-a-half"
_HALF_END = re.compile(rf"(?:{_HALF})$", re.IGNORECASE)  # "a cup and a half": no share
# A share written as a fraction ("two-thirds of voters", "la moitié des maisons", "un
# tercio de ellas", "zwei Drittel der Stimmen") is a percent, as rounded as the words are.
# A numerator is needed but for a half ("half the homes"), and a word opening what is
# shared unless the numerator is hyphened on ("a two-thirds majority") or the fraction
# word means nothing else ("dont un tiers"). A half after an ordinal ("the second half of
# the match") or a fraction of a unit ("a quarter of an hour", "un quart d'heure") is no
# share.
_DENOMINATORS = dict(merged_numbers("FRACTIONS"))
_FRACTION = re.compile(
    rf"(?:\b(?P<num>[^\W_]+)(?P<sep>[\s-]+))?\b(?P<frac>{alternation(_DENOMINATORS)})\b"
    rf"(?P<of>\s+(?:{alternation(merged_numbers('FRACTION_OF'))})(?:\s+|['’])(?P<what>[^\W\d_]+))?",
    re.IGNORECASE,
)
_FRACTIONS_ALONE = frozenset(merged_numbers("FRACTIONS_ALONE"))  # "dont un tiers à Kessel"
_POINT_WORDS = frozenset(merged_numbers("POINT_WORDS"))  # "un quart de point": a unit
_ORDINAL_WORDS = frozenset([w for w, _ in merged_numbers("ORDINALS")] + merged_numbers("HALF_ORDINALS"))


def fractions(text: str, lang: str | None) -> list[Quantity]:
    """The shares `text` writes as fractions, as percents (see above)."""
    out = []
    for m in _FRACTION.finditer(text):
        num, denominator = m["num"], _DENOMINATORS.get(m["frac"].lower())
        if denominator is None:  # a case-insensitive match whose lower case is no key
            continue
        n = None
        if num:
            n = 1 if is_article(num, lang) else word_value(num, lang)
            n = int(num) if n is None and num.isdigit() else n
        if n is None and (denominator != 2 or (num or "").lower() in _ORDINAL_WORDS):
            continue
        if n is not None and not 0 < n < denominator:
            continue
        start = m.start("num") if n is not None else m.start("frac")
        if points := _points_after(text, m.end("frac"), lang):  # "a quarter of a percentage point"
            share = round((n or 1) / denominator, 4)
            out.append(Quantity(share, "measure", text[start:points], start, points, "pp", converted=True))
            continue
        what = (m["what"] or "").lower()
        noun = _next_word(text, m.end()) if is_article(what, lang) else what
        unit = unit_of(noun) or ("point" if noun.lower() in _POINT_WORDS else None)
        opens = bool(m["of"]) and unit is None
        alone = n is not None and (
            (n > 1 and "-" in m["sep"]) or m["frac"].lower() in _FRACTIONS_ALONE
        )
        if not (opens or alone) or _HALF_END.search(text, 0, m.end("frac")):
            continue
        before = [w.lower() for w in WORD_RE.findall(text[max(0, start - 40) : start])][-3:]
        approx = next((APPROX_WORDS[w] for w in reversed(before) if w in APPROX_WORDS), "~")
        context = context_class(WORD_RE.findall(text[m.end("frac") : m.end("frac") + 80])[:10])
        value, end = round(100 * (n or 1) / denominator, 1), m.end("frac")
        out.append(Quantity(value, "percent", text[start:end], start, end, "%", context, approx))
    return out


# "by half a percentage point" is a half of a unit, no cut by half
_HALVING = re.compile(rf"\b(?:{alternation(merged_numbers('HALVING'))})\b(?!\s+an?\b)", re.IGNORECASE)


def halvings(text: str) -> list[Quantity]:
    """A cut by half ("halving plastic discharges", "bis 2035 halbieren", "ridurre della
    metà"), a share of 50%: "reducir en un tercio" says otherwise."""
    return [
        Quantity(50.0, "percent", m.group(), m.start(), m.end(), "%", noun=HALVING)
        for m in _HALVING.finditer(text)
    ]


def halvings_met(qa: list[Quantity], qb: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Two sentences' figures, a cut by half kept only where the other sentence gives a share
    ("halbieren" / "reducir en un tercio"): "halved the deficit with a 64th-minute header"
    tells the minute, which "un cabezazo en el minuto 64" states."""

    def kept(qs: list[Quantity], other: list[Quantity]) -> list[Quantity]:
        shares = any(q.kind == "percent" and q.noun != HALVING for q in other)
        return [q for q in qs if q.noun != HALVING or shares]

    return kept(qa, qb), kept(qb, qa)


_GLUE = frozenset(merged_numbers("FRACTION_OF"))
_GAP = re.compile(r"[ '’]*")  # between a fraction and its point unit: "d'un quart de point"


def _points_after(text: str, end: int, lang: str | None) -> int | None:
    """Where a rate's point unit after a fraction ends ("a quarter point", "d'un quart de
    point", "half a percentage point"), past the words that join them; None if none."""
    for _ in range(3):
        if found := point_unit(text, end):
            return found[1]
        word = WORD_RE.match(text, _GAP.match(text, end).end())
        if word is None:
            return None
        if word.group().lower() in _POINT_WORDS:
            return word.end()
        if word.group().lower() not in _GLUE and not is_article(word.group(), lang):
            return None
        end = word.end()
    return None


def _next_word(text: str, end: int) -> str:
    found = WORD_RE.search(text, end)
    return found.group().lower() if found else ""


# "and a half" right after the figure ("three and a half hours", "üç buçuk saat") ...
_HALF_NEXT = re.compile(rf"[\s-]+(?:{_HALF})\b", re.IGNORECASE)
# ... or after its unit ("tres horas y media", "trois heures et demie")
_HALF_AFTER_UNIT = re.compile(rf"\s+([^\W\d_]+)\s+(?:{_HALF})\b", re.IGNORECASE)


def half(text: str, value: float, end: int) -> tuple[float, int]:
    """`value` with the half a figure's words add, and where the figure's words end."""
    m = _HALF_NEXT.match(text, end)
    if m:
        return value + 0.5, m.end()
    m = _HALF_AFTER_UNIT.match(text, end)
    if m and unit_of(m.group(1).lower()) is not None:
        return value + 0.5, end
    return value, end


# An ordinal after a possessive counts its noun: "Orvik's third title", "su tercer título",
# "leur troisième titre" state three titles ("The first player to score" is a rank:
# compare/ranks.py; a capitalised ordinal is a title's, "her First Minister").
_ORDINALS = dict(merged_numbers("ORDINALS"))
# the languages whose ordinals are read: another language's silence on one tells nothing
ORDINAL_LANGS = frozenset(code for code, m in each("numbers") if getattr(m, "ORDINALS", None))
_POSSESSED = re.compile(
    rf"(?:['’]s|\b(?:{alternation(POSSESSIVE_DETS)}))\s+(?P<ord>{alternation(_ORDINALS)})"
    r"\s+(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)


def possessed_ordinals(text: str) -> list[Quantity]:
    """The counts `text` states as an ordinal after a possessive (see above)."""
    out = []
    for m in _POSSESSED.finditer(text):
        word = m["ord"]
        if word[0].isupper() or word.lower() not in _ORDINALS:
            continue
        start, end, noun = m.start("ord"), m.end("ord"), [m["noun"]]
        rank = float(_ORDINALS[word.lower()])
        cls, what = context_class(noun), counted_noun(noun)
        out.append(
            Quantity(rank, "count", word, start, end, None, cls, None, False, what, ordinal=True)
        )
    return out


@cache
def _ratio_joiners(lang: str | None) -> tuple[re.Pattern[str], frozenset[str]]:
    """The ratio pattern of `lang` (RATIO_JOINERS, RATIO_ANY) and the joiners of any base."""
    module = data(lang, "numbers") if lang else None
    based, any_base = getattr(module, "RATIO_JOINERS", ()), getattr(module, "RATIO_ANY", ())
    if not based and not any_base:
        return re.compile(r"(?!)"), frozenset()
    words = alternation((*based, *any_base))
    return re.compile(rf"\s+([^\W\d_]+\s+)?({words})\s+", re.IGNORECASE), frozenset(any_base)


_RATIO_BASES = (10, 100, 1000)


def ratios(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """`found` with a share written as a ratio of two counts ("nine in ten trains", "neuf
    trains sur dix", "nueve de cada diez") as one percent: it is "90% of trains"."""
    joiner, any_base = _ratio_joiners(lang)
    found, added = _one_in(text, found, lang, joiner)
    out: list[Quantity] = []
    k = 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        m = joiner.fullmatch(text, a.end, b.start) if b is not None else None
        if (
            m
            and a.kind == b.kind == "count"
            and 0 < a.value < b.value
            # "one study in 496 girls" is no share: "in" takes no noun between, unless
            # the base has none of its own
            and (
                (m.group(2).lower() in any_base and not m.group(1))
                or (b.value in _RATIO_BASES and m.group(2).lower() not in any_base)
                or (m.group(1) and b.noun is None)  # "one train in three", "un train sur trois"
            )
        ):
            value = round(100 * a.value / b.value, 1)
            out.append(Quantity(value, "percent", text[a.start : b.end], a.start, b.end, "%",
                                b.context, a.approx or "~"))  # fmt: skip
            k += 2
            continue
        if id(a) not in added:  # an article that opens no ratio counts nothing
            out.append(a)
        k += 1
    return out


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _one_in(text: str, found: list[Quantity], lang: str | None, joiner: re.Pattern[str]) -> tuple[list[Quantity], set[int]]:
    """`found` with a ratio's first term written as an article ("un train sur trois",
    "uno de cada tres trenes": "un", "uno" are no count of their own) as a count of one,
    and which those are (`id`s): they stand only as a ratio's term."""
    out: list[Quantity] = []
    added: set[int] = set()
    for q in found:
        before = text[max(0, q.start - 60) : q.start]
        link = next((m for m in joiner.finditer(before) if m.end() == len(before)), None)
        if link is None or q.kind != "count":
            out.append(q)
            continue
        # the joiner's optional noun may be the article itself ("uno de cada tres")
        word, at = (link.group(1).strip(), link.start(1)) if link.group(1) else (None, 0)
        if word is None or not is_article(word, lang):
            head = _LAST_WORD.search(before, 0, link.start())
            word, at = (head.group(1), head.start()) if head else (None, 0)
        start = q.start - len(before) + at
        if word and is_article(word, lang) and not (out and out[-1].end > start):
            one = Quantity(1.0, "count", word, start, start + len(word), None, q.context)
            out.append(one)
            added.add(id(one))
        out.append(q)
    return out, added
