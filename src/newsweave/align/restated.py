"""An article that states one fact twice: its lead, then a restatement further down ("Holt
arrived in Tarsk on March 4 and met Orvik." ... "According to Reuters, Holt arrived in
Tarsk on the 4th and held talks with Orvik in private."). Fact grouping keeps two sentences of
one article apart unless they are clearly closer than the rest (an article seldom repeats
itself), so the restatement would stand as a fact of its own, reported by one source only,
when every outlet reports it. A lone sentence whose pair score with a sentence of its own
article reaches RESTATED_SCORE, where that sentence belongs to a fact that two or more
articles state, joins that fact instead (as a member: the fact's support, one sentence per
article, is unchanged).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsweave.align.lexicon import Lexicon, pair_score

# Pair score (centred cosine plus word overlap) of a restatement with its lead. On the dev
# corpus and the seeds, restatements score 0.95; the closest pair of one article that
# states two things ("four treated for light injuries" / "dozens more were injured, ...
# four light injuries") scores 0.87.
RESTATED_SCORE = 0.9

Candidate = tuple[list[int], np.ndarray, list[int]]  # members, centroid, support rows


def fold_restatements(
    cand: list[Candidate],
    mat: np.ndarray,
    owners: Sequence[int],
    lexicon: Lexicon,
    langs: Sequence[str | None],
    min_score: float = RESTATED_SCORE,
) -> list[Candidate]:
    """`cand` without the one-sentence facts that restate a member of a fact of two or
    more articles from the same article; those sentences join that fact's members."""
    of_article: dict[int, list[tuple[int, int]]] = {}  # article -> (row, candidate index)
    for k, (members, _, support) in enumerate(cand):
        if len({owners[m] for m in support}) >= 2:
            for m in members:
                of_article.setdefault(owners[m], []).append((m, k))
    out: list[Candidate] = []
    for c in cand:
        members, _, support = c
        if len(members) == 1 and len(support) == 1 and owners[members[0]] in of_article:
            r = members[0]
            score, k = max(
                (pair_score(float(mat[r] @ mat[m]), lexicon, langs, r, m), k)
                for m, k in of_article[owners[r]]
            )
            if score >= min_score:
                cand[k][0].append(r)
                continue
        out.append(c)
    return out
