"""Scores and votes told in words: "cinq voix contre deux", "pięcioma głosami do dwóch",
"mit sechs zu einer Stimme", "by six votes to one", beside the ones in digits ("voted 5-2",
`quantity.tallies`). Two figures joined by a tally word (TALLY_LINKS: "against", "zu",
"contre") or by a range word with a vote noun beside them ("votes to", "głosami do"); an
article for "one" counts where a vote noun follows it ("zu einer Stimme")."""

from __future__ import annotations

from newsweave.compare.quantity import CONTEXT_CLASSES, WORD_RE, merged_numbers, tallies
from newsweave.text.fold import fold, fold_all
from newsweave.text.numbers import is_article, word_value

_TALLY_LINKS = fold_all(merged_numbers("TALLY_LINKS"))
_LINKS = _TALLY_LINKS | fold_all(merged_numbers("RANGE_TO"))


# the stems of the words a vote is counted in ("votes", "Stimmen", "voix", "głosami"): the
# singular of "zu einer Stimme", "jednym głosem" shares them
_VOTE_STEMS = tuple({fold(w).lower()[:4] for w in CONTEXT_CLASSES.get("votes", ())})


def _vote(word: str) -> bool:
    return fold(word).lower().startswith(_VOTE_STEMS)


def _figure(words: list[str], k: int, lang: str | None, one: bool = False) -> int | None:
    """The whole number word k states (digits or a number word), with `one` an article
    for one ("einer") too."""
    if not 0 <= k < len(words):
        return None
    w = words[k]
    if w.isdigit():
        return int(w)
    value = word_value(w, lang)
    if value is None and one and is_article(w, lang) and word_value(w, lang) in (None, 1):
        value = 1
    return int(value) if value is not None and float(value).is_integer() else None


def vote_tallies(text: str, lang: str | None) -> set[tuple[int, int]]:
    """The scores or votes `text` states in digits or in words, larger first."""
    found = tallies(text)
    words = WORD_RE.findall(text)
    for k, w in enumerate(words):
        if fold(w).lower() not in _LINKS:
            continue
        noun_before = k >= 2 and _vote(words[k - 1])
        left = _figure(words, k - 2 if noun_before else k - 1, lang)
        noun_after = k + 2 < len(words) and _vote(words[k + 2])
        right = _figure(words, k + 1, lang, one=noun_after)
        if left is None or right is None or right > 1000 or left > 1000:
            continue
        if fold(w).lower() in _TALLY_LINKS or noun_before or noun_after:
            found.add((max(left, right), min(left, right)))
    return found
