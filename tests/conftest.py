"""Session-wide fixtures.

`embedder` is the default sentence embedder (the model; $NEWSWEAVE_EMBEDDER picks
another), loaded once per session. `cached_embedder` wraps it so that each distinct text is
encoded once per session: tests that compare many texts share one encode. `hash_embedder`
is the model-free "hash-bow" embedder, for tests that do not check what the model says.

Tests marked `slow` are deselected by default (pyproject addopts `-m "not slow"`);
scripts/test.sh, the CI command, runs them too.
"""

from __future__ import annotations

import pytest

from helpers import CachedEmbedder


@pytest.fixture(scope="session")
def embedder() -> object:
    from newsweave.embed import get_embedder

    return get_embedder()


@pytest.fixture(scope="session")
def cached_embedder(embedder: object) -> CachedEmbedder:
    return CachedEmbedder(embedder)


@pytest.fixture(scope="session")
def hash_embedder() -> object:
    from newsweave.embed import get_embedder

    return get_embedder("hash-bow")
