"""The embedder protocol and a registry of named implementations."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from typing import Protocol

import numpy as np

from newsweave.errors import NewsweaveError


class Embedder(Protocol):
    """Maps texts to L2-normalised float32 vectors of shape (n, dim)."""

    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


_FACTORIES: dict[str, Callable[[], Embedder]] = {}


def register(name: str) -> Callable[[Callable[[], Embedder]], Callable[[], Embedder]]:
    """Decorator: make an embedder factory available under `name`."""

    def deco(factory: Callable[[], Embedder]) -> Callable[[], Embedder]:
        _FACTORIES[name] = factory
        return factory

    return deco


DEFAULT = "use-multilingual"


@cache
def get_embedder(name: str | None = None) -> Embedder:
    """The embedder called `name` (or $NEWSWEAVE_EMBEDDER, or the default), loaded once."""
    from newsweave.embed import models  # noqa: F401  (registers the built-ins)

    name = name or os.environ.get("NEWSWEAVE_EMBEDDER") or DEFAULT
    if name.startswith("sentence-transformers:"):
        return models.SentenceTransformerEmbedder(name.split(":", 1)[1])
    if name not in _FACTORIES:
        known = ", ".join(sorted(_FACTORIES))
        raise NewsweaveError(
            f"unknown embedder {name!r}; known: {known}, sentence-transformers:PATH"
        )
    return _FACTORIES[name]()
