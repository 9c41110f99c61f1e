"""Language identification with lingua, restricted to the languages newsweave supports.

Loading every lingua language costs about 1.3 GB; the restricted detector loads
the models it needs lazily, once per process. Paragraphs too short to judge
inherit the article's language.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

SUPPORTED = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "id", "tr", "ar", "zh", "ja", "ko")
MIN_LETTERS = 20  # below this lingua guesses; such paragraphs inherit the article language
_ARTICLE_SAMPLE = 3000  # characters; more text does not change the answer, it only costs time


@functools.cache
def detector() -> LanguageDetector:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in SUPPORTED]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` among `SUPPORTED`, or None when there is too little text."""
    sample = text[:_ARTICLE_SAMPLE]
    if _letters(sample[:200]) < MIN_LETTERS and _letters(sample) < MIN_LETTERS:
        return None
    found = detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None


def paragraph_languages(paragraphs: list[str], article_lang: str | None) -> list[str | None]:
    """Language of each paragraph; short ones (and undecidable ones) get the article's."""
    langs: list[str | None] = []
    long_enough = [i for i, p in enumerate(paragraphs) if _letters(p) >= 2 * MIN_LETTERS]
    found = detector().detect_languages_in_parallel_of([paragraphs[i] for i in long_enough]) if long_enough else []
    by_index = {i: (f.iso_code_639_1.name.lower() if f else None) for i, f in zip(long_enough, found, strict=True)}
    for i in range(len(paragraphs)):
        langs.append(by_index.get(i) or article_lang)
    return langs


def article_language(paragraph_langs: list[str | None], paragraphs: list[str]) -> str | None:
    """The language with the most letters across paragraphs (a quoted tweet does not flip it)."""
    weight: dict[str, int] = {}
    for lang, par in zip(paragraph_langs, paragraphs, strict=True):
        if lang:
            weight[lang] = weight.get(lang, 0) + _letters(par)
    return max(weight, key=lambda k: weight[k]) if weight else None
