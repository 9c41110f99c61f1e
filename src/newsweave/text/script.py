"""What a text's script allows: whether it has letter case, and how many words it holds.

Rules that read capitals ("a heading has no lower-case words", "a sentence starts with a
capital") or count words by spaces hold for Latin, Cyrillic and Greek text only. Arabic,
Hebrew, Hangul, Devanagari and Thai have no case; Chinese and Japanese also write no
spaces between words. These helpers let such rules ask first.
"""

from __future__ import annotations

import re

CASED_SHARE = 0.5  # of a text's letters, for its script to count as one with case
# Chinese and Japanese words run one to three characters, two on average; Hangul is
# written with spaces, so it is counted by them
# character ranges, for regex classes: kana and Han, then Hangul syllables
HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HANGUL = "\uac00-\ud7af"
_UNSPACED = re.compile(f"[{HAN_KANA}]+")
# where a clause of Chinese, Japanese or Korean text ends: its stops, commas and colons
# (full-width and plain)
CLAUSE_MARKS = re.compile(r"[。！？!?，,、；;：:]")
CHARS_PER_WORD = 2
LATIN_WORD = 6  # characters of an English word with its space, on average


# letters of scripts without case: Hebrew, Arabic and the other scripts of the Near East
# and India, Thai, Lao, Georgian, Hangul, Ethiopic, kana, Han
_UNCASED = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u10d0-\u10ff\u1100-\u137f"
    "\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufefc]"
)
_LETTER = re.compile(r"[^\W\d_]")


def cased(text: str) -> bool:
    """Whether most of `text`'s letters have an upper and a lower case (Latin, Cyrillic,
    Greek); True for a text without letters, so case rules keep their old answer there."""
    if text.isascii():  # the common case, in C: every stage asks it of every paragraph
        return True
    uncased = len(_UNCASED.findall(text))
    return not uncased or uncased <= (1 - CASED_SHARE) * len(_LETTER.findall(text))


def word_count(text: str) -> int:
    """Words in `text`: its space-separated tokens, and in a run of Chinese or Japanese
    characters one word per `CHARS_PER_WORD` characters."""
    if not _UNSPACED.search(text):
        return len(text.split())
    count = 0
    for token in text.split():
        runs = _UNSPACED.findall(token)
        if not runs:
            count += 1
            continue
        rest = [t for t in _UNSPACED.sub(" ", token).split() if any(c.isalnum() for c in t)]
        count += len(rest) + sum(-(-len(r) // CHARS_PER_WORD) for r in runs)
    return count


def first_words(text: str, n: int) -> str:
    """The first `n` words of `text` (as `word_count` counts them), spaces normalised."""
    if not _UNSPACED.search(text):
        return " ".join(text.split()[:n])
    out: list[str] = []
    count = 0
    for token in text.split():
        words = word_count(token) if _UNSPACED.search(token) else 1
        if count + words > n:
            if _UNSPACED.search(token):  # cut a run of characters inside
                out.append(token[: (n - count) * CHARS_PER_WORD])
            break
        out.append(token)
        count += words
    return " ".join(t for t in out if t)


def unspaced(text: str) -> bool:
    """Whether `text` is written in Chinese or Japanese characters (without spaces)."""
    return not cased(text) and bool(_UNSPACED.search(text))


def size(text: str) -> int:
    """How long `text` reads, in characters of a script with case: its length there, and
    `LATIN_WORD` characters a word elsewhere (one Chinese character stands for a few
    Latin letters), so a sentence and its translation measure about the same."""
    return len(text) if cased(text) else LATIN_WORD * word_count(text)


# Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Bulgarian) and Greek letters in
# Latin, lower case, as English-language news spells names ("Лукашенко" -> "lukashenko"):
# a name told in two scripts then reads as one spelled two ways (`fold.spelled_alike`)
_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)),
        **{"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},
        **{"ъ": "", "ь": "", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"},
        **{"ў": "u", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz"},
        **dict(zip("αβγδεζηικλμνξοπρστυφω", "avgdeziiklmnxoprstyfo", strict=True)),
        **{"θ": "th", "χ": "ch", "ψ": "ps", "ς": "s"},
    }
)


def latin(text: str) -> str:
    """`text` with its lower-case Cyrillic and Greek letters in Latin ones (fold it first:
    capitals and accented letters are left as they are)."""
    return text.translate(_LATIN)
