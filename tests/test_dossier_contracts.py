"""Dossier stages declare what they need: missing input is a numbered error, never an
empty dossier."""

from __future__ import annotations

import numpy as np
import pytest

from newsweave.dossier import PIPELINE, STAGES, build_dossier
from newsweave.errors import StageError
from newsweave.model import Article, Sentence


class ZeroEmbedder:
    name = "zero"
    dim = 4

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.zeros((len(texts), self.dim), dtype=np.float32)


class ShortEmbedder(ZeroEmbedder):
    def encode(self, texts: list[str]) -> np.ndarray:
        return np.zeros((max(len(texts) - 1, 0), self.dim), dtype=np.float32)


def annotated() -> Article:
    text = "The ferry Alden Star ran aground near Port Kessel on Monday."
    return Article(
        id="a1",
        text=text,
        sentences=[Sentence(article_id="a1", index=0, text=text, start=0, end=len(text))],
    )


def test_no_articles_is_an_error() -> None:
    with pytest.raises(StageError) as err:
        build_dossier([])
    assert err.value.code == "E101"


def test_unannotated_article_is_an_error_naming_it() -> None:
    raw = Article(id="raw-7", text="A ferry ran aground near Port Kessel.")
    with pytest.raises(StageError) as err:
        build_dossier([annotated(), raw], embedder=ZeroEmbedder())
    assert err.value.code == "E102" and "raw-7" in str(err.value)


def test_stage_without_its_input_names_the_missing_layer() -> None:
    with pytest.raises(StageError) as err:
        build_dossier([annotated()], embedder=ZeroEmbedder(), stages=("embed", "divergences"))
    assert err.value.code == "E103"
    assert "alignment" in str(err.value) and "facts" in str(err.value)


def test_unknown_stage_and_short_embedding_are_errors() -> None:
    with pytest.raises(StageError) as err:
        build_dossier([annotated()], embedder=ZeroEmbedder(), stages=("embed", "nope"))
    assert err.value.code == "E105"
    with pytest.raises(StageError) as err:
        build_dossier([annotated()], embedder=ShortEmbedder(), stages=("embed",))
    assert err.value.code == "E104"


def test_default_pipeline_fills_every_requirement_in_order() -> None:
    assigned: set[str] = set()
    for name in PIPELINE:
        missing = set(STAGES[name].requires) - assigned
        assert not missing, f"{name} runs before what fills {missing}"
        assigned |= set(STAGES[name].assigns)


def test_partial_pipeline_leaves_the_rest_empty() -> None:
    d = build_dossier([annotated()], embedder=ZeroEmbedder(), stages=("embed", "entities"))
    assert d.facts == [] and d.summary == [] and d.quotes == []
    assert d.event.title  # falls back to the article's text or title, never blank


def test_timings_name_each_stage_run() -> None:
    times: dict[str, float] = {}
    build_dossier([annotated()], embedder=ZeroEmbedder(), stages=("embed", "entities"), timings=times)
    assert list(times) == ["embed", "entities"] and all(t >= 0 for t in times.values())
