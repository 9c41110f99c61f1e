"""The one number parser: digit strings under a language's separator rules, number words.

Number and scale words come from `newsweave.lang.<code>.numbers`; look-ups fold the word,
so "millón" and "millon" meet. A language without a numbers module reads as English.
"""

from __future__ import annotations

import functools
import re

from text_to_num import text2num

from newsweave.lang import CODES, all_stop_words, alternation, data, merged, stop_words
from newsweave.text.fold import fold

__all__ = [
    "compound_value",
    "NUMBER_WORDS",
    "NONE",
    "VAGUE",
    "decimal_comma",
    "is_article",
    "number_word",
    "parse_number",
    "scale_value",
    "spelled_run",
    "spelled_value",
    "word_value",
]

# languages that write 3.5 and 200,000; the rest write 3,5 and 200.000 (or 200 000)
_DECIMAL_POINT = frozenset({"en", "ko", "ja", "zh", "th"})


def decimal_comma(lang: str | None) -> bool:
    """Whether `lang` writes the decimal mark as a comma (unknown: English, a point)."""
    return (lang or "en") not in _DECIMAL_POINT


def parse_number(raw: str, lang: str | None = None) -> tuple[float, bool] | None:
    """Value of a digit string under the language's separator rules, and whether a
    thousands separator was read ("200,000" en, "200.000" de, "200 000" fr, "7,8" de)."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("'", " ")
    groups = re.split(r"([ ,.])", s)
    digits = groups[0::2]
    seps = groups[1::2]
    if not seps:
        return float(digits[0]), False
    last_sep, last = seps[-1], digits[-1]
    thousands = {" ", "."} if decimal_comma(lang) else {" ", ","}
    # A trailing group of exactly three digits after a thousands mark is a thousands group.
    if len(last) == 3 and last_sep in thousands and all(len(d) == 3 for d in digits[1:]):
        return float("".join(digits)), True
    if last_sep in {",", "."} and all(sep in thousands for sep in seps[:-1]):
        whole = "".join(digits[:-1])
        try:
            return float(f"{whole}.{last}"), len(seps) > 1
        except ValueError:
            return None
    return None


@functools.cache
def _table(lang: str | None, name: str) -> dict[str, float]:
    module = data(lang or "en", "numbers") or data("en", "numbers")
    table = getattr(module, name, {})
    if not isinstance(table, dict):
        table = dict.fromkeys(table, 1)
    return {fold(word): value for word, value in table.items()}


@functools.lru_cache(maxsize=1 << 16)  # every word token of every sentence comes through here
def _key(word: str) -> str:
    return fold(word)


def word_value(word: str, lang: str | None = None) -> int | None:
    """Value of a spelled-out cardinal in `lang` ("douze" -> 12), else None."""
    value = _table(lang, "WORDS").get(_key(word))
    return None if value is None else int(value)


# languages whose spelled-out numbers text2num reads, compounds included ("trois cents",
# "quatre-vingts", "dreihundert", "trescientos", "two thousand five hundred")
_SPELLED = frozenset({"en", "fr", "de", "es", "pt", "it", "nl"})


@functools.lru_cache(maxsize=1 << 16)  # asked of every word the tables do not know
def spelled_value(words: str, lang: str | None = None) -> int | None:
    """Value of a number spelled out in one word or several ("trois cents" -> 300,
    "dreihundert" -> 300), in a language text2num reads; else None."""
    code = lang or "en"
    if code not in _SPELLED:
        return None
    try:
        return int(text2num(words.lower(), code))
    except ValueError:
        return None


def compound_value(word: str, lang: str | None = None) -> int | None:
    """The number one compound word spells that no table lists ("dreihundert",
    "trescientos", "dreiundzwanzig"), else None. The words under 13 are all listed, and
    "unos" (some) would read as 1."""
    if word.lower() in NUMBER_WORDS or fold(word) in NUMBER_WORDS:
        return None
    value = spelled_value(word, lang)
    return value if value is not None and value >= 13 else None


SPELLED_RUN = 6  # words after the first that one spelled-out number may run to


def spelled_run(text: str, spans: list[tuple[int, int]], lang: str | None) -> tuple[int, int] | None:
    """(value, words used) of the longest number spelled out in two words or more at the
    start of `spans` (the (start, end) of consecutive words of `text`), the words apart by a
    space or a hyphen ("trois cents", "two thousand five hundred", "vingt et un"); else None."""
    best = None
    for k in range(1, min(len(spans), SPELLED_RUN + 1)):
        if text[spans[k - 1][1] : spans[k][0]] not in (" ", "-"):
            break
        value = spelled_value(text[spans[0][0] : spans[k][1]], lang)
        if value is None and k == 1 and (lang or "en") not in _SPELLED:
            value = _tens_and_units(*(text[a:b] for a, b in spans[:2]), lang)
        if value is not None:
            best = (value, k + 1)
    return best


def _tens_and_units(tens: str, units: str, lang: str | None) -> int | None:
    """A ten and a unit in a language text2num does not read ("dwadzieścia trzy",
    "двадцать три", "yirmi üç"): their sum."""
    a, b = word_value(tens, lang), word_value(units, lang)
    if a is None or b is None or not (20 <= a <= 90 and a % 10 == 0 and 1 <= b <= 9):
        return None
    return a + b


def scale_value(word: str, lang: str | None = None) -> float | None:
    """Multiplier of a scale word ("milliards" -> 1e9; German "Billion" -> 1e12); English
    scale words ("million", "bn") count in every language, as news mixes them in."""
    w = _key(word).rstrip(".")
    return _table(lang, "SCALES").get(w) or _table("en", "SCALES").get(w) or _table(lang, "COLLECTIVES").get(w)


def is_collective(word: str, lang: str | None = None) -> bool:
    """Whether `word` is a collective numeral ("vingtaine", "veintena"): its figure is rough."""
    return _key(word) in _table(lang, "COLLECTIVES")


def is_article(word: str, lang: str | None = None) -> bool:
    """Whether `word` is an indefinite article of `lang` ("un", "eine"): "one" only before a scale."""
    return _key(word) in _table(lang, "ARTICLES")


def _merged_words(part: str) -> frozenset[str]:
    """Every language's `part` of its numbers data, lower case and folded."""
    return frozenset(form for w in merged("numbers", part) for form in (w.lower(), fold(w)))


# every language's vague quantifiers ("several", "plusieurs dizaines")
VAGUE = _merged_words("VAGUE")
# ... and the words that make the number word after them none ("no one", "pas un")
NONE = _merged_words("NONE")
# what stands between a part and its whole ("five of the seven", "cinq des sept")
PARTITIVE = re.compile(rf"\s+(?:{alternation(_merged_words('PARTITIVES'))})\s+", re.IGNORECASE)


@functools.cache
def number_word(value: float, lang: str | None) -> str | None:
    """The word `lang` spells a small whole `value` with (8, "es" -> "ocho"), as its
    numbers data first lists it; None for 1 (an article there) and values it lacks."""
    module = data(lang, "numbers") if lang else None
    if module is None or value % 1 or not 2 <= value <= 20:
        return None
    return next((w for w, v in module.WORDS.items() if v == value), None)


def _number_words() -> frozenset[str]:
    """Every word that states a count, in any language, lower case and folded; minus words
    that are function words of another language (Turkish "on", "bin" read as English, German)."""
    found: set[str] = set()
    for code in CODES:
        module = data(code, "numbers")
        if module is None:
            continue
        own = (*module.WORDS, *module.SCALES, *module.COUNTING)
        others = all_stop_words() - stop_words(code)
        found |= {form for w in own for form in (w.lower(), fold(w)) if form not in others}
    return frozenset(found)


NUMBER_WORDS = _number_words()
