"""Blocks of an event's sentences that fact clustering can take one at a time.

Average linkage over n sentences costs n * n; past BLOCK_MAX sentences each is compared
with its NEIGHBOURS nearest only, never with all (see `blocks`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsweave.align.lexicon import Lexicon
from newsweave.unionfind import DisjointSets

BLOCK_MAX = 1500
NEIGHBOURS = 24


def blocks(
    mat: np.ndarray,
    lexicon: Lexicon,
    langs: Sequence[str | None],
    threshold: float,
    lex_weight: float,
    lex_base: float,
    block_max: int = BLOCK_MAX,
) -> list[np.ndarray]:
    """Rows of `mat` (centred unit vectors) cut into blocks that average linkage can cluster
    one by one. Up to `block_max` sentences form one block (the exact method). Beyond, a
    sentence is linked only to its NEIGHBOURS nearest sentences (usearch HNSW), and a pair
    whose link (cosine + `lex_weight` * (word overlap - `lex_base`), as in clustering)
    reaches `threshold` puts both in
    one block: average linkage never merges clusters without such a pair, so only pairs the
    neighbour search misses are lost. A block still too big is cut again at a stricter
    threshold. Time and memory grow with n * NEIGHBOURS, not n * n."""
    n = len(mat)
    if n <= block_max:
        return [np.arange(n)]
    from newsweave.embed.ann import AnnIndex

    index = AnnIndex(mat.shape[1])
    index.add(np.arange(n), mat)
    edges: dict[tuple[int, int], float] = {}
    for start in range(0, n, 1024):
        rows = mat[start : start + 1024]
        for i, hits in enumerate(index.search(rows, NEIGHBOURS + 1), start=start):
            for j, cos in hits:
                a, b = min(i, int(j)), max(i, int(j))
                if a == b or (a, b) in edges:
                    continue
                lex = 0.0
                if lex_weight and langs[a] is not None and langs[a] == langs[b]:
                    lex = lex_weight * (lexicon.overlap_rows(a, b) - lex_base)
                edges[a, b] = float(cos) + lex
    return _components(np.arange(n), edges, threshold, block_max)


def _components(
    rows: np.ndarray, edges: dict[tuple[int, int], float], threshold: float, block_max: int
) -> list[np.ndarray]:
    """Connected components of `rows` over the edges at or above `threshold`; a component
    over `block_max` is cut again 0.05 higher (in order, as a last resort)."""
    sets = DisjointSets(int(r) for r in rows)
    for (a, b), link in edges.items():
        if link >= threshold and a in sets and b in sets:
            sets.union(b, a)
    out: list[np.ndarray] = []
    for members in sets.groups():
        part = np.array(sorted(members))
        if len(part) <= block_max:
            out.append(part)
        elif threshold < 1.5:
            out.extend(_components(part, edges, threshold + 0.05, block_max))
        else:
            out.extend(np.array_split(part, -(-len(part) // block_max)))
    return out
