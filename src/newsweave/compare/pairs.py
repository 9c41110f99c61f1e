"""Pairs of close rows of an embedding matrix, exact for small inputs and from usearch
neighbours for large ones, so divergence search grows with n rather than n * n."""

from __future__ import annotations

import numpy as np

# Up to this many rows, pairs come from one exact (n, n) product; beyond, from each row's
# NEIGHBOURS nearest rows (usearch HNSW), so memory and time grow with n, not n * n.
EXACT_PAIRS = 2000
NEIGHBOURS = 32


def close_pairs(vecs: np.ndarray, min_cos: float) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for the pairs of rows i < j with cosine >= `min_cos`, closest first."""
    n = len(vecs)
    if n < 2:
        return []
    if n <= EXACT_PAIRS:
        sim = vecs @ vecs.T
        ii, jj = np.nonzero(np.triu(sim >= min_cos, k=1))
        found = {(int(i), int(j)): float(sim[i, j]) for i, j in zip(ii, jj, strict=True)}
    else:
        from newsweave.embed.ann import AnnIndex

        index = AnnIndex(vecs.shape[1])
        index.add(np.arange(n), vecs)
        found = {}
        for start in range(0, n, 1024):
            hits = index.search(vecs[start : start + 1024], NEIGHBOURS + 1)
            for i, row in enumerate(hits, start=start):
                for j, _ in row:
                    a, b = min(i, int(j)), max(i, int(j))
                    if a != b and (a, b) not in found:
                        cos = float(vecs[a] @ vecs[b])  # exact, not the bf16 estimate
                        if cos >= min_cos:
                            found[a, b] = cos
    return sorted(((i, j, c) for (i, j), c in found.items()), key=lambda t: (-t[2], t[0], t[1]))
