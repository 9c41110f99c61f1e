"""Case and accent folding: the one `fold` every stage matches words with.

`fold("Hanoï")` == `fold("hanoi")`, `fold("Straße")` == `fold("strasse")`, and the
typographic apostrophe becomes the ASCII one, so "can’t" and "can't" split alike.

`stored_fold` is the older variant that stored keys were made with (`text_hash` in the
store, the cluster name keys kept with each article's features). It stays frozen: a
change there would make every stored article look new and split stored clusters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

__all__ = ["fold", "fold_all", "spelled_alike", "stored_fold"]

_APOSTROPHES = str.maketrans({"’": "'"})
_WORD_LENGTH = 40  # characters: a text this short is a word or a name, folded again and again


def fold(text: str) -> str:
    """Case-folded, without accents (every combining mark), "’" as "'"."""
    if text.isascii():  # the common case, and casefold() is lower() there
        return text.lower()
    if len(text) <= _WORD_LENGTH:
        return _fold_word(text)
    return _fold(text)


def fold_all(words: Iterable[str]) -> frozenset[str]:
    """Every word of `words`, folded (a word list of `newsweave.lang` as stages match it)."""
    return frozenset(fold(w) for w in words)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_fold_word = lru_cache(maxsize=1 << 16)(_fold)


SPELLING_RATIO = 0.8  # Lukashenko ~ Loukachenko, Russia ~ Rusia; Trump ~ Truss stays apart


@lru_cache(maxsize=65536)  # the name stages compare the same pairs again and again
def spelled_alike(a: str, b: str) -> bool:
    """Two words that read as one name across spellings and transliterations (difflib
    ratio >= SPELLING_RATIO, its cheap upper bounds tried first)."""
    if 2 * min(len(a), len(b)) < SPELLING_RATIO * (len(a) + len(b)):
        return False  # the bound of `real_quick_ratio`, without building the matcher
    m = SequenceMatcher(None, a, b)
    return m.quick_ratio() >= SPELLING_RATIO and m.ratio() >= SPELLING_RATIO


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def stored_fold(text: str) -> str:
    """Case-folded, without Latin/Greek/Cyrillic accents; keeps "’". For stored keys only."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))
