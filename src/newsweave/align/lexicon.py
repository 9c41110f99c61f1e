"""Lexical overlap between sentences of one event, and the pair score facts are built on.

A multilingual sentence encoder puts any two sentences built on the event's own names
("Russia", "Belarus", "Putin") close together; shared *content* words that are rare in the
event are what tells "states the same fact" from "is about the same event".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from newsweave.compare.numbers import find_quantities
from newsweave.compare.values import digit_figures
from newsweave.lang import NOUNS_CAPITALISED, merged

# "States the same fact" between two sentences: centred cosine + event-weighted word overlap
# (same language), or + XLING_LEX across languages where words cannot be compared.
XLING_LEX = 0.2
# ... plus this when both state one figure (value, kind, unit, what it counts): across
# languages a figure is the one word that reads the same ("10 hours" / "zehnstündigen")
FIGURE_XLING = 0.15
# The pair score at which one sentence is taken to state another's content, not merely the
# same people and places: the bar for citing a sentence for a summary item's wording, and
# for a fact resting on one pair of sentences.
CITE_SCORE = 0.62
FigureKey = tuple[str, str | None, str | None, float]  # kind, unit, what it counts, value

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A short list per language (`FACT_STOP_WORDS`) rather than spaCy's: with those, fact
# support F1 on the seeds fell from 0.778 to 0.771.
_STOP = merged("cues", "FACT_STOP_WORDS")
STEM = 6  # a crude stem: the first letters ("absorbing" ~ "absorb", "dependent" ~ "depends")
# A proper name that this share of the articles use is one of the event's actors or places:
# two sentences naming them share the topic, not a fact (see `topic_names`).
TOPIC_SHARE = 0.5


def content_words(text: str) -> set[str]:
    """Lower-cased, stemmed content words of a sentence (numbers kept, stopwords dropped)."""
    return set(content_sequence(text))


class Lexicon:
    """Within-event word weights: a word found in many of the event's sentences is its topic
    ("russia", "belaru", "putin") and weighs little; a rare one ("absorb") carries the fact."""

    def __init__(
        self,
        texts: Sequence[str],
        floor: float = 4.0,
        owners: Sequence[int] | None = None,
        langs: Sequence[str | None] | None = None,
    ) -> None:
        """A word in a third or more of the sentences weighs nothing, or in `floor` or more
        when that is more (pass more than the number of articles: one fact's word may be in
        every article). With `owners` (each text's article) and `langs`, so does a proper
        name most articles use (`topic_names`)."""
        self.texts = list(texts)
        self.sequences = [content_sequence(t) for t in texts]
        self.words = [set(seq) for seq in self.sequences]
        df: dict[str, int] = {}
        for ws in self.words:
            for w in ws:
                df[w] = df.get(w, 0) + 1
        self.cutoff = max(len(texts) / 3, floor)
        # log IDF relative to the cutoff, floored at 0
        self.weight = {
            w: max(float(np.log((self.cutoff + 0.5) / (k + 0.5))), 0.0) for w, k in df.items()
        }
        self._unseen = float(np.log((self.cutoff + 0.5) / 0.5))
        if owners is not None:
            for w in topic_names(texts, owners, langs or [None] * len(texts)):
                self.weight[w] = 0.0
        # the figures each text states (`figure_keys`), and those that tell its fact apart
        self.stated = [
            figure_keys(t, lang) if langs is not None else frozenset()
            for t, lang in zip(texts, langs or [None] * len(texts), strict=True)
        ]
        self.figures = self.stated
        # every figure written in digits read as one (an unread "6.6" beside a read "6.7"
        # makes the text's figures a partial list)
        self.complete = [
            len(keys) >= len(digit_figures(t)) for keys, t in zip(self.stated, texts, strict=True)
        ]
        if owners is not None:
            # a figure most articles state is the event's own ("a 7.8 quake"), as a
            # topic name is: sentences stating it share the topic, not a fact
            users: dict[FigureKey, set[int]] = {}
            for keys, owner in zip(self.stated, owners, strict=True):
                for key in keys:
                    users.setdefault(key, set()).add(owner)
            need = max(2, TOPIC_SHARE * len(set(owners)))
            topic = {key for key, who in users.items() if len(who) >= need}
            self.figures = [keys - topic for keys in self.stated]

    def share_figure(self, i: int, j: int) -> bool:
        return bool(self.figures[i] & self.figures[j])

    def states_figures(self, i: int, j: int) -> bool:
        """Whether text j states every figure text i states (all read: `complete`), one
        of them at least not the event's own ("7.8" of a 7.8 quake says nothing of a fact)."""
        if not self.complete[i]:
            return False
        return self.stated[i] <= self.stated[j] and self.share_figure(i, j)

    def figure_matrix(self, rows: Sequence[int]) -> np.ndarray:
        """Whether each pair of `rows` states one figure (`figure_keys`), as an array."""
        n = len(rows)
        out = np.zeros((n, n), dtype=bool)
        where: dict[FigureKey, list[int]] = {}
        for k, r in enumerate(rows):
            for key in self.figures[r]:
                where.setdefault(key, []).append(k)
        for ks in where.values():
            if len(ks) > 1:
                out[np.ix_(ks, ks)] = True
        return out

    def _w(self, words: set[str]) -> float:
        return float(sum(self.weight.get(w, self._unseen) for w in words))

    def overlap(self, a: set[str], b: set[str]) -> float:
        """Weighted overlap in [0, 1]: shared weight over the geometric mean of both."""
        shared = self._w(a & b)
        if shared <= 0:
            return 0.0
        return shared / max(np.sqrt(self._w(a) * self._w(b)), 1e-12)

    def overlap_rows(self, i: int, j: int) -> float:
        return self.overlap(self.words[i], self.words[j])

    def overlap_pairs(self, ii: Sequence[int], jj: Sequence[int]) -> np.ndarray:
        """`overlap_rows` of each pair (ii[k], jj[k]), each sentence's weight summed once."""
        own = {i: self._w(self.words[i]) for i in {*ii, *jj}}
        out = np.zeros(len(ii))
        for k, (i, j) in enumerate(zip(ii, jj, strict=True)):
            shared = self._w(self.words[i] & self.words[j])
            if shared > 0:
                out[k] = shared / max(float(np.sqrt(own[i] * own[j])), 1e-12)
        return out

    def matrix(self, rows: Sequence[int] | None = None) -> np.ndarray:
        """`overlap` of every pair of sentences (of `rows` only, when given), as an array."""
        words = self.words if rows is None else [self.words[i] for i in rows]
        vocab = {w: k for k, w in enumerate(sorted(set().union(*words)))} if words else {}
        n = len(words)
        if not vocab or not n:
            return np.zeros((n, n))
        weighted = np.zeros((n, len(vocab)))
        for i, ws in enumerate(words):
            for w in ws:
                weighted[i, vocab[w]] = self.weight[w]
        shared = weighted @ (weighted > 0).T.astype(np.float64)
        own = np.diag(shared)
        return shared / np.maximum(np.sqrt(np.outer(own, own)), 1e-12)



def fillers(text: str, stems: set[str]) -> str:
    """The words of `text` whose stems are in `stems`, in text order (once each)."""
    out: list[str] = []
    for m in _WORD.finditer(text):
        w = m.group()
        if w.lower()[:STEM] in stems and w not in out:
            out.append(w)
    return " ".join(out)


# Lookalikes: two same-language sentences on one frame with other fillers ("The council
# approved the harbour budget on Monday." / "The council rejected the school budget on
# Monday.") read alike to the sentence encoder. When the words only each side has mean
# different things (their embeddings, side by side, below FILLER_COS; a paraphrase's own
# words, "tickets free" / "rides cost nothing", stay above), they state other things.
FILLER_COS = 0.4


def other_things(pairs: Sequence[tuple[str, str]], embedder: object) -> list[bool]:
    """For each pair of filler texts (`fillers`), whether they name other things rather
    than one thing in other words: their embeddings side by side below FILLER_COS."""
    if not pairs:
        return []
    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    vecs = np.asarray(embedder.encode(texts), dtype=np.float64)  # type: ignore[attr-defined]
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    at = {t: k for k, t in enumerate(texts)}
    return [float(vecs[at[a]] @ vecs[at[b]]) < FILLER_COS for a, b in pairs]


def topic_names(
    texts: Sequence[str],
    owners: Sequence[int],
    langs: Sequence[str | None],
    share: float = TOPIC_SHARE,
) -> set[str]:
    """Stems of the proper names (capitalised inside a sentence, nearly always) that
    `share` or more of the owners, and two at least, use. "Vladimir" and "Alexander" open
    every article's first mention of the two presidents: rare among sentences, so weighty
    as words, yet two sentences naming both share only who the story is about. Languages
    that capitalise every noun are left out."""
    capital: dict[str, int] = {}
    lower: dict[str, int] = {}
    users: dict[str, set[int]] = {}
    for text, owner, lang in zip(texts, owners, langs, strict=True):
        if lang in NOUNS_CAPITALISED:
            continue
        for k, m in enumerate(_WORD.finditer(text)):
            word = m.group()
            if len(word) < 3 or word.lower() in _STOP:
                continue
            stem = word.lower()[:STEM]
            if not word[0].isupper():
                lower[stem] = lower.get(stem, 0) + 1
            elif k:  # a sentence's first word is capitalised whatever it is
                capital[stem] = capital.get(stem, 0) + 1
                users.setdefault(stem, set()).add(owner)
    need = max(2, share * len(set(owners)))  # of two articles, a name one uses is no topic
    return {
        w for w, n in capital.items() if n >= 4 * lower.get(w, 0) and len(users[w]) >= need
    }


def figure_keys(text: str, lang: str | None) -> frozenset[FigureKey]:
    """The figures a sentence states as (kind, unit, class counted, value), in any language:
    years are left out (a date is no claim), and counts of no known class ("two men")."""
    return frozenset(
        (q.kind, q.unit, q.context, q.value)
        for q in find_quantities(text, lang)
        if q.kind != "year" and (q.kind != "count" or q.context)
    )


def content_sequence(text: str) -> list[str]:
    """`content_words` in text order (repeats kept)."""
    out = []
    for m in _WORD.finditer(text.lower()):
        w = m.group()
        if w in _STOP or (len(w) < 3 and not w.isdigit()):
            continue
        out.append(w[:STEM])
    return out


def contrast_fillers(a: list[str], b: list[str]) -> tuple[set[str], set[str]] | None:
    """The content stems that take each other's place in `a` and `b` (`content_sequence`s)
    when the two read as one frame with other fillers: in order, the words they share
    (more than the fillers) and, wherever they differ, as many words of one side
    standing in for as many of the other, at least two a side. An added or dropped detail
    anywhere means a rewording, not another claim; figures are left aside (a different
    number is a divergence within one fact, not another fact). None otherwise."""
    from difflib import SequenceMatcher

    set_a, set_b = set(a), set(b)
    if len(set_a & set_b) < 2 or len(set_a - set_b) < 2 or len(set_b - set_a) < 2:
        return None
    # every own word is in some substitution, as many a side: a cheap test before aligning
    own_a = sum(w not in set_b and not w.isdigit() for w in a)
    if own_a != sum(w not in set_a and not w.isdigit() for w in b):
        return None
    fill_a: set[str] = set()
    fill_b: set[str] = set()
    shared = 0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            shared += i2 - i1
            continue
        own_a = [w for w in a[i1:i2] if w not in set_b and not w.isdigit()]
        own_b = [w for w in b[j1:j2] if w not in set_a and not w.isdigit()]
        if tag != "replace" or len(own_a) != len(own_b):
            return None  # an added or dropped detail: a rewording, not another filler
        fill_a.update(own_a)
        fill_b.update(own_b)
    if len(fill_a) < 2 or len(fill_b) < 2 or shared <= len(fill_a):
        return None
    return fill_a, fill_b


def pair_score(
    cos: float, lexicon: Lexicon | None, langs: Sequence[str | None], i: int, j: int
) -> float:
    """Centred cosine plus the weighted word overlap of rows i and j when both are in one
    language; across languages (or without a lexicon) a fixed XLING_LEX stands in for it."""
    if lexicon is None or not langs:
        return cos + XLING_LEX
    if langs[i] is not None and langs[i] == langs[j]:
        return cos + lexicon.overlap_rows(i, j)
    return cos + XLING_LEX + FIGURE_XLING * lexicon.share_figure(i, j)


def pair_scores(
    mat: np.ndarray, lexm: np.ndarray, langs: Sequence[str | None], figm: np.ndarray | None = None
) -> np.ndarray:
    """`pair_score` of every pair of rows of `mat` (centred unit vectors), given the
    lexical overlap matrix `lexm` (`Lexicon.matrix`) and shared figures `figm`
    (`Lexicon.figure_matrix`)."""
    cross = XLING_LEX + (FIGURE_XLING * figm if figm is not None else 0.0)
    return (mat @ mat.T).astype(np.float64) + np.where(same_lang(langs), lexm, cross)


def same_lang(langs: Sequence[str | None]) -> np.ndarray:
    codes = np.array([hash(x) if x is not None else k for k, x in enumerate(langs)])
    known = np.array([x is not None for x in langs])
    return (codes[:, None] == codes[None, :]) & known[:, None] & known[None, :]
