"""Sentence embeddings behind one small interface.

`get_embedder()` returns the configured model (env `NEWSWEAVE_EMBEDDER`,
default "use-multilingual"), loaded once per process.
"""

from newsweave.embed.base import Embedder, get_embedder, register

__all__ = ["Embedder", "get_embedder", "register"]
