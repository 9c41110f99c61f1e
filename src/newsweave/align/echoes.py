"""Single-source facts that another source states all the same.

Fact grouping can miss a paraphrase in another language or inside a longer sentence
("About 1,200 residents were evacuated" / "... forced the evacuation of about 1,200
residents"), and the fact then reads as told by one source only. Saying "only this outlet
reports it" is a claim about every other outlet, so it needs evidence: a fact is an echo,
and never listed as unique, when a sentence of another source group states one of its
figures (same value and kind, rounding allowed) and scores as a plausible paraphrase
(pair score >= ECHO_SCORE, the fact grouping's own measure). Facts without a figure keep
the grouping's verdict: pair scores alone do not separate a paraphrase from a related
statement ("the governor welcomed it" / "the governor was annoyed").
"""

from __future__ import annotations

import numpy as np

from newsweave.compare.numbers import find_quantities
from newsweave.compare.quantity import Quantity
from newsweave.compare.values import same_figure
from newsweave.model import FactGroups

ECHO_SCORE = 0.5
_COS_FLOOR = 0.2  # centred cosine below which the pair score cannot reach ECHO_SCORE
_KINDS = {"count", "money", "percent", "measure", "magnitude", "year"}


def echoed(alignment: FactGroups) -> set[str]:
    """Ids of the single-source facts another source group also states (see above)."""
    groups = alignment.groups
    single = [f for f in alignment.facts if f.independent_sources < 2]
    if not single or not alignment.sentences:
        return set()
    owner = np.array([groups.get(s.article_id, s.article_id) for s in alignment.sentences])
    cache: dict[int, list[Quantity]] = {}

    def figures(row: int) -> list[Quantity]:
        if row not in cache:
            s = alignment.sentences[row]
            cache[row] = [
                q
                for q in find_quantities(s.text, s.lang)
                if q.kind in _KINDS and (q.value >= 10 or q.kind != "count")
            ]
        return cache[row]

    centred = alignment.centred(alignment.vectors)
    out: set[str] = set()
    for fact in single:
        rows = [r for r in alignment.members.get(fact.id, []) if figures(r)]
        own = {groups.get(c.article, c.article) for c in fact.support}
        others = np.flatnonzero(~np.isin(owner, list(own)))
        if not rows or not others.size:
            continue
        cos = centred[rows] @ centred[others].T
        for a, b in zip(*np.nonzero(cos >= _COS_FLOOR), strict=True):
            i, j = rows[int(a)], int(others[b])
            if alignment.pair_score(i, j) >= ECHO_SCORE and _share(figures(i), figures(j)):
                out.add(fact.id)
                break
    return out


def _share(a: list[Quantity], b: list[Quantity]) -> bool:
    return any(x.kind == y.kind and x.unit == y.unit and same_figure(x, y) for x in a for y in b)
