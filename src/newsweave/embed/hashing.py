"""A model-free embedder: hashed bag of folded words ("hash-bow").

Texts that share words get close vectors, whatever a language model would say: for the
tests and for timing the pipeline without the model's cost, never for real clustering.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from newsweave.embed.base import register
from newsweave.text.fold import stored_fold

_WORD = re.compile(r"\w+")


class HashEmbedder:
    """Each folded word adds +1 or -1 to one of `dim` buckets (by its blake2b hash);
    rows are L2-normalised (a text without words stays all zeros)."""

    name = "hash-bow"

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in _WORD.findall(stored_fold(text)):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
                out[i, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


@register("hash-bow")
def _hash_bow() -> HashEmbedder:
    return HashEmbedder()
