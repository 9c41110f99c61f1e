"""Age epithets: "the 61-year-old", "die 61-Jährige", "il 58enne", "de 61-jarige" stand for
a person named before, as a pronoun does. The age tells whom: the person the article gives
that age, nobody named when the age was an unnamed person's ("a 34-year-old man ... the
34-year-old told police"), else whom a pronoun there would be."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from newsweave.align.names import (
    DETERMINERS,
    INDEFINITE,
    ORG_WORDS,
    VENUES,
    Mention,
    Tok,
    clean_name,
)
from newsweave.lang import each

# the ending that makes a number a person's age, per language ("-year-old", "-jährige")
SUFFIXES = {code: tuple(w.lower() for w in getattr(m, "AGE_EPITHETS", ())) for code, m in each("cues")}
# the word for years after an age set off by commas ("Joaquim Tavares, 67 anos,")
YEARS = {code: frozenset(w.lower() for w in getattr(m, "AGE_YEARS", ())) for code, m in each("cues")}
_APPOSED_AGE = re.compile(r"\s*(?:,\s*|\()(\d{1,3})(?:,|\))")  # "Velt, 61," / "Velt (61)"


def _digits(word: str) -> str:
    """The digits a token opens with ("61" of "61enne")."""
    return word[: len(word) - len(word.lstrip("0123456789"))]


def _suffix_end(toks: list[Tok], k: int, text: str, suffixes: Iterable[str]) -> int | None:
    """Index of the last token of the age word whose number is token k, if one follows it."""
    tail = text[toks[k].start : toks[k].start + 24].lower()
    digits = _digits(toks[k].text)
    for suffix in suffixes:
        if tail.startswith(digits + suffix) and digits:
            end = toks[k].start + len(digits) + len(suffix)
            j = k
            while j + 1 < len(toks) and toks[j + 1].start < end:
                j += 1
            return j if toks[j].end == end else None
    return None


def age_epithets(toks: list[Tok], text: str, lang: str | None) -> list[Mention]:
    """Age words standing for a person, with their article: not before a capitalised word
    ("the 43-year-old Anton Keller" is his name's, "der 61-jährige Minister" the role's)."""
    suffixes = SUFFIXES.get(lang or "") or ()
    out: list[Mention] = []
    for k, t in enumerate(toks):
        if not suffixes or not t.text[:1].isdigit():
            continue
        j = _suffix_end(toks, k, text, suffixes)
        if j is None or (j + 1 < len(toks) and toks[j + 1].upper and toks[j + 1].text.isalpha()):
            continue
        age = _digits(t.text)
        i = k - 1 if k > 0 and toks[k - 1].fold in DETERMINERS | INDEFINITE else k
        out.append(Mention("pronoun", i, j, text[toks[i].start : toks[j].end], age=age))
    return out


def age_mentions(
    toks: list[Tok], text: str, lang: str | None, known: list[Mention], name_like: Callable[[int, int], bool]
) -> list[Mention]:
    """Age epithets, and the names an age is apposed to ("Joaquim Tavares, 67, …",
    "Joaquim Tavares, 67 anos,", "Joaquim Tavares, a 67-year-old shepherd"): an age marks
    a person where the entity model found none. `name_like(i, j)`: tokens i..j read as a
    person's name (`MentionIndex._name_like`)."""
    epithets = age_epithets(toks, text, lang)
    taken = {k for m in known for k in range(m.i, m.j + 1)}
    out = list(epithets)
    for m in epithets:
        k = m.i - 1  # the comma before "a 67-year-old"
        if k >= 2 and toks[k].text == "," and toks[m.i].fold in INDEFINITE:
            out += _name_before(toks, text, k, taken, name_like)
    for k, t in enumerate(toks[:-3]):
        n = k + 1 + (toks[k + 1].text.islower() and len(toks[k + 1].text) <= 2)  # "X, de 67 años,"
        if t.text != "," or not toks[n].text.isdigit() or not 0 < int(toks[n].text) < 120 or n + 1 >= len(toks):
            continue
        nxt = toks[n + 1].text
        unit = nxt.lower() in YEARS.get(lang or "", ()) and n + 2 < len(toks) and toks[n + 2].text == ","
        if nxt == "," or unit:
            out += _name_before(toks, text, k, taken, name_like)
    return out


def _name_before(
    toks: list[Tok], text: str, comma: int, taken: set[int], name_like: Callable[[int, int], bool]
) -> list[Mention]:
    """The name of two or three words ending before token `comma`; no organisation's or
    place's ("Rua Augusta, 12,")."""
    for i in (comma - 2, comma - 3):
        if i < 0 or any(k in taken for k in range(i, comma)) or not name_like(i, comma - 1):
            continue
        run = toks[i:comma]
        if not any(t.fold in ORG_WORDS | VENUES for t in run):
            name = clean_name(text[run[0].start : run[-1].end])
            if name and (i == 0 or not toks[i - 1].text.istitle()):
                return [Mention("name", i, comma - 1, name, name=name)]
    return []


def named_ages(text: str, names: Iterable[tuple[int, str]]) -> dict[str, set[str]]:
    """Age -> the people the article gives it ("Adriana Velt, 61,"): `names` are (end
    offset, full name) of the person mentions."""
    ages: dict[str, set[str]] = {}
    for end, name in names:
        m = _APPOSED_AGE.match(text, end)
        if m:
            ages.setdefault(m.group(1), set()).add(name)
    return ages


def epithet_person(
    m: Mention, mentions: list[Mention], toks: list[Tok], text: str, expand: Callable[[str], str]
) -> str | None:
    """The person age epithet `m` names: "" for nobody known (someone new, "a 34-year-old
    man", or whose age was someone new's, or several people's), the name where one person
    has that age, None to resolve it as a pronoun."""
    if toks[m.i].fold in INDEFINITE:
        return ""
    persons = ((toks[x.j].end, expand(x.name)) for x in mentions if x.kind == "name" and not x.org and x.name)
    people = named_ages(text, persons).get(m.age or "", set())
    unnamed = {e.age for e in mentions if e.age and e.j < m.i and toks[e.i].fold in INDEFINITE}
    if len(people) == 1:
        return next(iter(people))
    return "" if people or m.age in unnamed else None
