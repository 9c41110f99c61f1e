"""Single-source facts that another source states all the same.

Fact grouping can miss a paraphrase in another language or inside a longer sentence
("About 1,200 residents were evacuated" / "... forced the evacuation of about 1,200
residents"), and the fact then reads as told by one source only. Saying "only this outlet
reports it" is a claim about every other outlet, so it needs evidence: a fact is an echo,
and never listed as unique, when a sentence of another source group states one of its
figures (same value and kind, rounding allowed) and scores as a plausible paraphrase
(pair score >= ECHO_SCORE, the fact grouping's own measure; ECHO_NOUN_SCORE for the same
count of the same noun, "Dix-sept passagers" / "17 Passagiere"). Without a figure a pair
score does not separate a paraphrase from a related statement ("the governor welcomed it"
/ "the governor was annoyed"), so it is no support; but where it reaches ECHO_PLAIN ("Les
deux boîtes noires ont été retrouvées" / "Both flight recorders have been found") neither
"only this outlet reports it" nor "that outlet leaves it out" is said: the grouping
missed a paraphrase as often as it kept a related statement apart.
"""

from __future__ import annotations

import numpy as np

from newsweave.align.lexicon import FIGURE_XLING, XLING_LEX
from newsweave.compare.numbers import find_quantities
from newsweave.compare.pairs import close_pairs
from newsweave.compare.quantity import Quantity
from newsweave.compare.values import same_figure
from newsweave.model import FactGroups

ECHO_SCORE = 0.5
ECHO_NOUN_SCORE = 0.45  # ... for a sentence counting the same noun with the same figure
ECHO_PLAIN = 0.65  # ... for a sentence sharing no figure with it
_PLAIN_COS = 0.4  # centred cosine of the pairs tried for ECHO_PLAIN (nearest neighbours)
_COS_FLOOR = 0.2  # centred cosine below which the pair score cannot reach ECHO_SCORE
_KINDS = {"count", "money", "percent", "measure", "magnitude", "year"}


def echoed(alignment: FactGroups, plain: dict[int, set[int]] | None = None) -> set[str]:
    """Ids of the single-source facts another source group also states (see above);
    `plain`: `plain_echoes` of `alignment`, when already read."""
    groups = alignment.groups
    single = [f for f in alignment.facts if f.independent_sources < 2]
    if not single or not alignment.sentences:
        return set()
    owner = np.array([groups.get(s.article_id, s.article_id) for s in alignment.sentences])
    states = _Echoes(alignment)
    plain = plain_echoes(alignment) if plain is None else plain
    out: set[str] = set()
    for fact in single:
        own = {groups.get(c.article, c.article) for c in fact.support}
        members = alignment.members.get(fact.id, [])
        others = np.flatnonzero(~np.isin(owner, list(own)))
        if any(owner[j] not in own for m in members for j in plain.get(m, ())) or states.rows(
            members, others
        ):
            out.add(fact.id)
    return out


def also_stated(
    alignment: FactGroups, plain: dict[int, set[int]] | None = None
) -> dict[str, set[str]]:
    """Corroborated fact -> the articles outside its support that state it all the same
    (a sentence of theirs is an echo of two of its sentences, as `echoed` decides): an
    outlet that words a fact in two sentences of its own ("Estria hat zwölf Diplomaten
    ausgewiesen. Sie müssen das Land binnen 72 Stunden verlassen.") does not omit it.
    Only sentences with one of the fact's figures to two significant digits are tried
    (a big event's thousands of sentences are not all compared with every fact)."""
    if not alignment.sentences:
        return {}
    states = _Echoes(alignment)
    index: dict[tuple[object, ...], set[int]] = {}
    for j in range(len(alignment.sentences)):
        for key in states.keys(j):
            index.setdefault(key, set()).add(j)
    plain = plain_echoes(alignment) if plain is None else plain
    out: dict[str, set[str]] = {}
    for fact in alignment.facts:
        if fact.independent_sources < 2:
            continue
        support = {c.article for c in fact.support}
        rows = alignment.support_rows[fact.id]
        cands = {j for r in rows for key in states.keys(r) for j in index[key]}
        others = np.array(sorted(j for j in cands if alignment.sentences[j].article_id not in support))
        # an echo of two of its support sentences: one may hold more than the fact says
        found = set(states.rows(rows, others, need=2))
        found |= {j for r in rows for j in plain.get(r, ()) if alignment.sentences[j].article_id not in support}
        if found:
            out[fact.id] = {alignment.sentences[j].article_id for j in found}
    return out


def plain_echoes(alignment: FactGroups) -> dict[int, set[int]]:
    """Row -> the rows of other articles whose pair score with it reaches ECHO_PLAIN, tried
    among nearest neighbours (`close_pairs` at _PLAIN_COS): across languages the score is
    the cosine and constants (`lexicon.pair_score`), so only the rows of one language
    have their words compared."""
    al = alignment
    if not al.sentences:
        return {}
    pairs = close_pairs(al.centred(al.vectors), _PLAIN_COS)
    if not pairs:
        return {}
    ii, jj, cos = (np.array(x) for x in zip(*pairs, strict=True))
    art = np.array([s.article_id for s in al.sentences])
    langs = np.array([str(x) for x in al.langs]) if al.langs else None
    same = (langs[ii] == langs[jj]) & (langs[ii] != "None") if langs is not None else np.zeros(len(ii), bool)
    # across languages: cosine + XLING_LEX (+ FIGURE_XLING for a shared figure) at most
    keep = (art[ii] != art[jj]) & (same | (cos + XLING_LEX + FIGURE_XLING >= ECHO_PLAIN))
    ii, jj, cos, same = ii[keep], jj[keep], cos[keep], same[keep]
    lex = al.lexicon
    score = cos + XLING_LEX  # `lexicon.pair_score`, pair by pair
    if lex is not None and langs is not None:
        score[same] = cos[same] + lex.overlap_pairs(ii[same].tolist(), jj[same].tolist())
        cross = np.flatnonzero(~same)
        score[cross] += FIGURE_XLING * np.array([lex.share_figure(ii[k], jj[k]) for k in cross])
    out: dict[int, set[int]] = {}
    for i, j in zip(ii[score >= ECHO_PLAIN].tolist(), jj[score >= ECHO_PLAIN].tolist(), strict=True):
        out.setdefault(i, set()).add(j)
        out.setdefault(j, set()).add(i)
    return out


class _Echoes:
    """Sentences that state a fact's figure in a plausible paraphrase of one of its
    member sentences (centred cosine at least _COS_FLOOR, pair score ECHO_SCORE)."""

    def __init__(self, alignment: FactGroups) -> None:
        self.alignment = alignment
        self.centred = alignment.centred(alignment.vectors)
        self.cache: dict[int, list[Quantity]] = {}

    def figures(self, row: int) -> list[Quantity]:
        if row not in self.cache:
            s = self.alignment.sentences[row]
            self.cache[row] = [
                q
                for q in find_quantities(s.text, s.lang)
                if q.kind in _KINDS and (q.value >= 10 or q.kind != "count")
            ]
        return self.cache[row]

    def keys(self, row: int) -> set[tuple[object, ...]]:
        """Its figures' kind, unit and value to two significant digits."""
        return {(q.kind, q.unit, float(f"{q.value:.2g}")) for q in self.figures(row)}

    def rows(self, of: list[int], others: np.ndarray, need: int = 1) -> list[int]:
        """Rows of `others` that echo `need` or more of the sentences `of` (rows); for
        more than one, each is tried with its `need` + 1 closest sentences only."""
        al = self.alignment
        rows = [r for r in of if self.figures(r)]
        if len(rows) < need or not others.size:
            return []
        cos = self.centred[rows] @ self.centred[others].T
        if need == 1:
            pairs = zip(*np.nonzero(cos >= _COS_FLOOR), strict=True)
        else:
            top = np.argsort(-cos, axis=0)[: need + 1]
            pairs = ((a, b) for b in range(cos.shape[1]) for a in top[:, b] if cos[a, b] >= _COS_FLOOR)
        hits: dict[int, int] = {}
        for a, b in pairs:
            i, j = rows[int(a)], int(others[b])
            score = al.pair_score(i, j)
            if score >= ECHO_NOUN_SCORE and _share(self.figures(i), self.figures(j), noun=score < ECHO_SCORE):
                hits[j] = hits.get(j, 0) + 1
                if need == 1:
                    break
        return [j for j, n in hits.items() if n >= need]


def _share(a: list[Quantity], b: list[Quantity], noun: bool = False) -> bool:
    """A figure in both; with `noun`, a count of the same counted noun ("Dix-sept
    passagers" / "17 Passagiere"), for a looser paraphrase."""
    return any(
        x.kind == y.kind and x.unit == y.unit and same_figure(x, y)
        and (not noun or (x.kind == "count" and x.noun is not None and x.noun == y.noun))
        for x in a for y in b
    )
