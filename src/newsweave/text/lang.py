"""Language identification with lingua, restricted to the languages newsweave supports.

Loading every lingua language costs about 1.3 GB; the restricted detector loads
the models it needs lazily, once per process. Lingua's full models cost ~2.4 s to
load for 16 languages, its trigram ("low accuracy") models ~0.2 s, and on texts of
150 letters and more both give the same answer (all 105 dev articles and seeds).
So texts that long use trigrams. On shorter ones a trigram answer with confidence
0.8 or more stands; otherwise the full models decide among the trigrams' 3 likeliest
languages only, loading just those (on the 79 short dev paragraphs that reach lingua,
76 stand with the same answer as the full models, 3 go to them). Paragraphs too short
to judge inherit the article's language.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

# fmt: off
SUPPORTED = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "id", "tr", "ar", "zh", "ja", "ko")
# fmt: on
MIN_LETTERS = 20  # below this lingua guesses; such paragraphs inherit the article language
_ARTICLE_SAMPLE = 800  # characters; more text does not change the answer, it only costs time
TRIGRAMS_FROM = 150  # letters; from here lingua's trigram models decide alone
_SURE = 0.8  # a trigram confidence that stands on shorter texts too
_CANDIDATES = 3  # languages the full models choose among when it does not


@functools.cache
def detector(low_accuracy: bool = False, codes: tuple[str, ...] = SUPPORTED) -> LanguageDetector:
    """The lingua detector for `codes` (default SUPPORTED); `low_accuracy` uses trigrams only."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes
    ]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def _lingua(text: str, letters: int) -> str | None:
    """Lingua's answer for `text` (see the module docstring for which models it loads)."""
    low = detector(low_accuracy=True)
    if letters >= TRIGRAMS_FROM:
        found = low.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None
    likely = low.compute_language_confidence_values(text)[:_CANDIDATES]
    if likely and likely[0].value >= _SURE:
        return likely[0].language.iso_code_639_1.name.lower()
    codes = tuple(sorted(c.language.iso_code_639_1.name.lower() for c in likely if c.value > 0))
    if len(codes) < 2:
        return codes[0] if codes else None
    found = detector(codes=codes).detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` among `SUPPORTED`, or None when there is too little text."""
    sample = text[:_ARTICLE_SAMPLE]
    if _letters(sample[:200]) < MIN_LETTERS and _letters(sample) < MIN_LETTERS:
        return None
    return _lingua(sample, _letters(sample))


# Function words of the Latin-script languages: enough to confirm that a paragraph
# is in the article's language without running lingua on it (see paragraph_languages).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in is that for on with was as by at from it his her are be has have said were which this",
        "fr": "le la les des du un une et est que qui dans pour sur au aux par pas avec ce cette sont été il elle ont",
        "de": "der die das und ist nicht den dem des ein eine einer mit von zu auf für sich im auch wurde sind nach bei",
        "es": "el la los las del y que en un una por con para se su sus es al como más pero fue han sido este esta",
        "it": "il lo la gli le di del della che è e un una per con non sono nel alla dei delle anche ha stato questo",
        "pt": "o os as do da dos das e que em um uma para com não no na por mais foi são ao pela pelo também",
        "nl": "de het een en van is dat op te in zijn met voor niet aan er ook als bij werd door naar hij",
        "pl": "i w z na do się nie że to jest o od po przez jak ale dla jego oraz są był była już",
        "id": "yang dan di ke dari ini itu dengan untuk pada tidak akan dalam adalah juga oleh ada telah bahwa",
        "tr": "ve bir bu da de için ile olarak olan çok gibi daha ama en sonra kadar göre ancak değil",
    }.items()
}
_TOKEN = re.compile(r"[^\W\d_]+")


def _confirms(par: str, lang: str) -> bool:
    """Whether function words say `par` is in `lang` and in no other language as clearly."""
    words = _FUNCTION_WORDS.get(lang)
    if not words:
        return False
    tokens = _TOKEN.findall(par[:600].lower())
    hits = {code: sum(1 for t in tokens if t in fw) for code, fw in _FUNCTION_WORDS.items()}
    own = hits.pop(lang)
    return own >= 3 and own >= 2 * max(hits.values())


def paragraph_languages(paragraphs: list[str], article_lang: str | None) -> list[str | None]:
    """Language of each paragraph; short ones (and undecidable ones) get `article_lang`.

    A paragraph whose function words plainly match `article_lang` takes it
    without lingua (lingua costs ~0.4 ms a paragraph); any other paragraph (a
    quoted tweet in another language, a caption) goes to lingua on its first 400
    characters.
    """
    langs: list[str | None] = []
    for par in paragraphs:
        letters = _letters(par)
        if letters < 2 * MIN_LETTERS:
            langs.append(article_lang)
            continue
        if article_lang and _confirms(par, article_lang):
            langs.append(article_lang)
            continue
        sample = par[:400]
        langs.append(_lingua(sample, _letters(sample)) or article_lang)
    return langs


def article_language(paragraph_langs: list[str | None], paragraphs: list[str]) -> str | None:
    """The language with the most letters across paragraphs (a quoted tweet does not flip it)."""
    weight: dict[str, int] = {}
    for lang, par in zip(paragraph_langs, paragraphs, strict=True):
        if lang:
            weight[lang] = weight.get(lang, 0) + _letters(par)
    return max(weight, key=lambda k: weight[k]) if weight else None
