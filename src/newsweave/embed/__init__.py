"""Sentence embeddings behind one small interface.

`get_embedder()` returns the configured model (env `NEWSWEAVE_EMBEDDER`,
default "use-multilingual"), loaded once per process. "hash-bow" (`embed.hashing`) is a
model-free stand-in for tests and pipeline timings.
"""

from newsweave.embed import hashing as _hashing  # noqa: F401  (registers "hash-bow")
from newsweave.embed import models as _models  # noqa: F401  (registers the built-ins)
from newsweave.embed.base import Embedder, get_embedder, register, register_prefix

__all__ = ["Embedder", "get_embedder", "register", "register_prefix"]
