"""Sentence embeddings behind one small interface.

`get_embedder()` returns the configured model (env `NEWSWEAVE_EMBEDDER`,
default "use-multilingual"), loaded once per process.
"""

from newsweave.embed import models as _models  # noqa: F401  (registers the built-ins)
from newsweave.embed.base import Embedder, get_embedder, register, register_prefix

__all__ = ["Embedder", "get_embedder", "register", "register_prefix"]
