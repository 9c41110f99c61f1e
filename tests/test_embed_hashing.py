"""The model-free "hash-bow" embedder (newsweave.embed.hashing) and the test-side encode cache."""

from __future__ import annotations

import numpy as np

from helpers import CachedEmbedder
from newsweave.embed import get_embedder
from newsweave.embed.hashing import HashEmbedder

TEXTS = [
    "The Orvik bridge closed on Monday.",
    "Le pont d'Orvik a fermé lundi.",
    "Orvik bridge closed Monday after inspectors found rust.",
    "",
]


def test_registered_as_hash_bow() -> None:
    emb = get_embedder("hash-bow")
    assert isinstance(emb, HashEmbedder) and emb.name == "hash-bow" and emb.dim == 64


def test_vectors_are_deterministic_normalised_and_word_based() -> None:
    vecs = HashEmbedder().encode(TEXTS)
    assert vecs.shape == (4, 64) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs[:3], axis=1), 1.0) and not vecs[3].any()
    assert np.array_equal(vecs, HashEmbedder().encode(TEXTS))
    # shared words make close vectors; accents and case do not matter
    assert vecs[0] @ vecs[2] > vecs[0] @ vecs[1]
    assert np.array_equal(*HashEmbedder(16).encode(["Hanoï SUMMIT", "hanoi summit"]))


def test_cached_embedder_encodes_each_text_once() -> None:
    inner = HashEmbedder()
    cached = CachedEmbedder(inner)
    first = cached.encode(TEXTS[:2])
    again = cached.encode([TEXTS[1], TEXTS[0], TEXTS[1]])
    assert cached.calls == 1
    assert np.array_equal(again, inner.encode([TEXTS[1], TEXTS[0], TEXTS[1]]))
    assert np.array_equal(first, inner.encode(TEXTS[:2]))
    assert cached.encode([]).shape == (0, 64) and cached.calls == 1
    cached.encode(TEXTS)
    assert cached.calls == 2 and (cached.name, cached.dim) == ("hash-bow", 64)


def test_a_name_and_its_default_load_one_embedder(monkeypatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_EMBEDDER", "hash-bow")
    assert get_embedder() is get_embedder("hash-bow")
