"""What counts count across languages: a count's noun is a stem of its own language
("vuelos" / "flights" / "Flüge"), so two outlets' counts of one thing in two languages
share no key. The nouns of an event's counts are embedded once and a noun joins its
translation, the noun of another language it is closest to and that is closest to it
(multilingual cosine at least NOUN_XLING): "nurses" meets "enfermeras" and
"Pflegekräfte", not "hospitals". Nouns of a shared class ("passengers" counts people)
take part, so that "Passagiere" finds "passengers" rather than "flights", but are not
pooled: the language data reads them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import numpy as np

from newsweave.compare.quantity import CONTEXT_CLASSES, CONTEXT_INDEX, PART, Quantity
from newsweave.model import READER_LANG
from newsweave.text.fold import fold
from newsweave.unionfind import DisjointSets

NOUN_XLING = 0.6  # translations of one noun score 0.62-0.94, the closest other noun 0.4-0.69
NOUN_MAX = 3000  # distinct nouns of an event beyond which none are pooled
_WORD = re.compile(r"[^\W\d_][\w'-]*")

Key = tuple[str | None, str]  # (language, the noun's stem or class)


def pool_nouns(
    figs: dict[int, list[Quantity]], texts: list[str], langs: list[str | None], embedder: Any
) -> dict[int, list[Quantity]]:
    """`figs` (row -> its sentence's figures) with each count's noun replaced by one key
    for the noun and its translations (rows index `texts` and `langs`)."""
    words: dict[Key, str] = {}  # a word written for each noun
    for row, qs in figs.items():
        for q in qs:
            if _counted(q) and (langs[row], q.noun) not in words:
                if (word := _word_after(texts[row], q)) is not None:
                    words[(langs[row], q.noun)] = word  # type: ignore[index]
    keys = list(words)
    if len({lang for lang, _ in keys}) < 2 or len(keys) > NOUN_MAX:
        return figs  # one language; or so many nouns the all-pairs cosine costs too much
    vecs = np.asarray(embedder.encode([words[k] for k in keys]), dtype=np.float32)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    cos = vecs @ vecs.T
    lang_of = [lang for lang, _ in keys]
    best = {}  # language -> each noun's closest noun in it
    for lang in set(lang_of):
        cols = np.array([k for k, x in enumerate(lang_of) if x == lang])
        best[lang] = cols[cos[:, cols].argmax(axis=1)]
    sets: DisjointSets[int] = DisjointSets(range(len(keys)))
    for i in range(len(keys)):
        for lang, closest in best.items():
            j = int(closest[i])
            if lang != lang_of[i] and int(best[lang_of[i]][j]) == i and cos[i, j] >= NOUN_XLING:
                sets.union(i, j)
    pooled: dict[Key, str] = {}
    for comp in sets.groups():
        if len(comp) < 2 or any(keys[k][1] in CONTEXT_CLASSES for k in comp):
            continue  # alone; or a class's word, which the language data reads already
        # ("passeggeri" beside "passengers" is no count of people: "184 personnes" has crew)
        stems = sorted((keys[k][0] != READER_LANG, keys[k][1]) for k in comp)
        pooled.update({keys[k]: "|".join(s for _, s in stems) for k in comp})
    return {
        row: [replace(q, noun=pooled.get((langs[row], q.noun), q.noun)) if _counted(q) else q for q in qs]  # type: ignore[arg-type]
        for row, qs in figs.items()
    }


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
