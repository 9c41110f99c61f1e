"""The embedder protocol and a registry of named implementations."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Protocol

import numpy as np

from newsweave import settings
from newsweave.errors import NewsweaveError


class Embedder(Protocol):
    """Maps texts to L2-normalised float32 vectors of shape (n, dim)."""

    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


_FACTORIES: dict[str, Callable[[], Embedder]] = {}
_PREFIXES: dict[str, Callable[[str], Embedder]] = {}


def register(name: str) -> Callable[[Callable[[], Embedder]], Callable[[], Embedder]]:
    """Decorator: make an embedder factory available under `name`."""

    def deco(factory: Callable[[], Embedder]) -> Callable[[], Embedder]:
        _FACTORIES[name] = factory
        return factory

    return deco


def register_prefix(prefix: str) -> Callable[[Callable[[str], Embedder]], Callable[[str], Embedder]]:
    """Decorator: names `prefix + ARG` build `factory(ARG)` (e.g. "sentence-transformers:PATH")."""

    def deco(factory: Callable[[str], Embedder]) -> Callable[[str], Embedder]:
        _PREFIXES[prefix] = factory
        return factory

    return deco


DEFAULT: str = settings.SETTINGS["embedder"].default


def get_embedder(name: str | None = None) -> Embedder:
    """The embedder called `name` (or $NEWSWEAVE_EMBEDDER, or the default), loaded once:
    `get_embedder()` and `get_embedder("use-multilingual")` are the same object.

    Built-ins register when `newsweave.embed` is imported (its `__init__` imports `models`
    and `hashing`).
    """
    return _load(name or settings.get("embedder"))


@cache
def _load(name: str) -> Embedder:
    for prefix, factory in _PREFIXES.items():
        if name.startswith(prefix):
            return factory(name[len(prefix):])
    if name not in _FACTORIES:
        known = ", ".join(sorted(_FACTORIES) + [p + "ARG" for p in _PREFIXES])
        raise NewsweaveError(f"unknown embedder {name!r}; known: {known}")
    return _FACTORIES[name]()
