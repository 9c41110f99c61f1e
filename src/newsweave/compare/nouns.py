"""What counts count across languages: a count's noun is a stem of its own language
("vuelos" / "flights" / "Flüge"), so two outlets' counts of one thing in two languages
share no key. The nouns of an event's counts are embedded once and a noun joins its
translation, the noun of another language it is closest to and that is closest to it
(multilingual cosine at least NOUN_XLING): "nurses" meets "enfermeras" and
"Pflegekräfte", not "hospitals". Nouns of a shared class ("passengers" counts people)
take part, so that "Passagiere" finds "passengers" rather than "flights", but are not
pooled: the language data reads them. Two groups whose nouns of one language are
synonyms join ("vessels" / "buques" with "ships" / "navi")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from newsweave.compare.numbers import find_quantities
from newsweave.compare.quantity import CONTEXT_CLASSES, CONTEXT_INDEX, PART, Quantity
from newsweave.model import READER_LANG, Article, FactGroups
from newsweave.text.fold import fold
from newsweave.unionfind import DisjointSets

NOUN_XLING = 0.6  # translations of one noun score 0.62-0.94, the closest other noun 0.4-0.69
NOUN_SYNONYM = 0.8  # one language: "ships" / "vessels" 0.84, "buyers" / "sellers" 0.79
NOUN_MAX = 3000  # distinct nouns of an event beyond which none are pooled
_WORD = re.compile(r"[^\W\d_][\w'-]*")

Key = tuple[str | None, str]  # (language, the noun's stem or class)


def noun_map(
    figs: dict[int, Sequence[Quantity]], texts: Sequence[str], langs: Sequence[str | None], embedder: Any
) -> dict[Key, str]:
    """(language, noun stem) -> one key for the noun and its translations, for the counts
    of `figs` (row -> its sentence's figures; rows index `texts` and `langs`)."""
    words: dict[Key, str] = {}  # a word written for each noun
    for row, qs in figs.items():
        for q in qs:
            if _counted(q) and (langs[row], q.noun) not in words:
                if (word := _word_after(texts[row], q)) is not None:
                    words[(langs[row], q.noun)] = word  # type: ignore[index]
    keys = list(words)
    if embedder is None or len({lang for lang, _ in keys}) < 2 or len(keys) > NOUN_MAX:
        return {}  # one language; or so many nouns the all-pairs cosine costs too much
    vecs = np.asarray(embedder.encode([words[k] for k in keys]), dtype=np.float32)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    cos = vecs @ vecs.T
    lang_of = [lang for lang, _ in keys]
    best = {}  # language -> each noun's closest noun in it
    for lang in set(lang_of):
        cols = np.array([k for k, x in enumerate(lang_of) if x == lang])
        best[lang] = cols[cos[:, cols].argmax(axis=1)]
    pairs = sorted(
        (-float(cos[i, j]), i, j)
        for i in range(len(keys))
        for lang, closest in best.items()
        if lang != lang_of[i]
        and (j := int(closest[i])) > i
        and int(best[lang_of[i]][j]) == i
        and cos[i, j] >= NOUN_XLING
    )
    # closest pairs first, and one noun per language in a group: "votes" / "votos" and
    # "abstentions" / "abstenciones" do not chain into one through a language with one noun
    sets: DisjointSets[int] = DisjointSets(range(len(keys)))
    langs_in = {k: {lang_of[k]} for k in range(len(keys))}
    for _, i, j in pairs:
        a, b = sets.find(i), sets.find(j)
        if a != b and not langs_in[a] & langs_in[b]:
            sets.union(a, b)
            langs_in[sets.find(a)] = langs_in[a] | langs_in[b]
    _synonyms(sets, cos, lang_of)
    pooled: dict[Key, str] = {}
    for comp in sets.groups():
        if len(comp) < 2 or any(keys[k][1] in CONTEXT_CLASSES for k in comp):
            continue  # alone; or a class's word, which the language data reads already
        # ("passeggeri" beside "passengers" is no count of people: "184 personnes" has crew)
        stems = sorted((keys[k][0] != READER_LANG, keys[k][1]) for k in comp)
        pooled.update({keys[k]: "|".join(s for _, s in stems) for k in comp})
    return pooled


def _synonyms(sets: DisjointSets[int], cos: np.ndarray, lang_of: list[str | None]) -> None:
    """Join two groups that hold synonyms of one language (cosine NOUN_SYNONYM or more:
    "ships" / "navi" / "navios" with "vessels" / "buques": a machine translation's word is
    often not the original's) when each noun of one is close to a noun of the other.
    Antonyms of one field ("buyers" / "sellers") stay below NOUN_SYNONYM."""
    langs = np.array([str(x) for x in lang_of])
    same = langs[:, None] == langs[None, :]
    near = np.where(same, cos >= NOUN_SYNONYM, cos >= NOUN_XLING)
    rows, cols = np.nonzero(np.triu(same & (cos >= NOUN_SYNONYM), k=1))
    for i, j in sorted(zip(rows.tolist(), cols.tolist(), strict=True), key=lambda p: -float(cos[p])):
        a, b = sets.find(i), sets.find(j)
        if a == b:
            continue
        one, two = ([k for k in range(len(lang_of)) if sets.find(k) == r] for r in (a, b))
        block = near[np.ix_(one, two)]
        if block.any(axis=1).all() and block.any(axis=0).all():
            sets.union(a, b)


def event_nouns(alignment: FactGroups, articles: Sequence[Article], embedder: Any) -> dict[Key, str]:
    """`noun_map` of the counts of an event's aligned sentences."""
    lang = {a.id: a.lang for a in articles}
    codes = [s.lang or lang.get(s.article_id) for s in alignment.sentences]
    figs = {r: qs for r, s in enumerate(alignment.sentences) if (qs := find_quantities(s.text, codes[r]))}
    return noun_map(figs, [s.text for s in alignment.sentences], codes, embedder)


def pooled(qs: Sequence[Quantity], lang: str | None, nouns: dict[Key, str]) -> list[Quantity]:
    """`qs` (figures of a text in `lang`) with each count's noun as `noun_map` keys it."""
    if not nouns:
        return list(qs)
    return [replace(q, noun=nouns[(lang, q.noun)]) if _counted(q) and (lang, q.noun) in nouns else q for q in qs]  # type: ignore[index]


def _counted(q: Quantity) -> bool:
    """A count of a noun (not a part of a set, nor a count whose noun is left out)."""
    return q.kind == "count" and q.noun is not None and q.noun != PART


def _word_after(text: str, q: Quantity) -> str | None:
    """The word after figure `q` its noun was read from ("vuelos" for the stem "vuelo",
    "passengers" for the class "people")."""
    if text[q.end : q.end + 1] == "-":
        return None  # "one-sided", "3-2": no count of a noun
    for m in _WORD.finditer(text, q.end, q.end + 60):
        w = m.group()
        if fold(w)[:5] == q.noun or CONTEXT_INDEX.get(w.lower(), CONTEXT_INDEX.get(fold(w))) == q.noun:
            return w
    return None
