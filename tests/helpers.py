"""Helpers shared by the test modules (import as `from helpers import ...`; pytest puts
tests/ on sys.path). Fixtures live in conftest.py."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

import numpy as np

from newsweave.model import Article, Sentence


def make_article(aid: str, text: str, lang: str = "en", **kw: object) -> Article:
    """An Article whose sentences are split on end punctuation, all in paragraph 0 (what
    the text stage provides, without loading it)."""
    article = Article(id=aid, text=text, lang=lang, **kw)  # type: ignore[arg-type]
    for m in re.finditer(r"\S.*?[.!?](?=\s|$)", text):
        article.sentences.append(
            Sentence(aid, len(article.sentences), m.group(), m.start(), m.end(), 0, lang)
        )
    return article


class CachedEmbedder:
    """Wraps an embedder so that each distinct text is encoded once: misses go to the
    wrapped model in one batch, hits come from memory. Same name and dim as the model."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name: str = inner.name  # type: ignore[attr-defined]
        self.dim: int = inner.dim  # type: ignore[attr-defined]
        self.calls = 0  # batches sent to the wrapped model
        self._vecs: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._vecs))
        if missing:
            self.calls += 1
            vecs = self.inner.encode(missing)  # type: ignore[attr-defined]
            self._vecs.update(zip(missing, vecs, strict=True))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._vecs[t] for t in texts]).astype(np.float32, copy=False)


def single_source_alignment(rows: list[tuple[str, str]], vecs: np.ndarray):  # type: ignore[no-untyped-def]
    """A hand-built fact layer: one single-source fact per (article id, sentence) row, with
    the given vectors, each article its own source group."""
    from newsweave.align.facts import FactAlignment
    from newsweave.model import Citation, Fact

    sentences = [Sentence(aid, k, t, 0, len(t), 0, "en") for k, (aid, t) in enumerate(rows)]
    facts = [
        Fact(f"F{k + 1}", t, [Citation(aid, t, k)], independent_sources=1, status="single-source")
        for k, (aid, t) in enumerate(rows)
    ]
    return FactAlignment(
        facts,
        sentences,
        vecs,
        members={f.id: [k] for k, f in enumerate(facts)},
        support_rows={f.id: [k] for k, f in enumerate(facts)},
        centroids={f.id: vecs[k] for k, f in enumerate(facts)},
        langs=["en"] * len(rows),
        groups={aid: aid for aid, _ in rows},
    )


def finishes(target: Callable[[], None], seconds: float, free: Callable[[], None]) -> bool:
    """Run `target` on a thread of its own; when it has not finished within `seconds`,
    call `free` (which must let it go, e.g. kill the process it waits on) and return
    False: a hang fails the test instead of stalling the run."""
    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(timeout=seconds)
    if worker.is_alive():
        free()
        return False
    return True
