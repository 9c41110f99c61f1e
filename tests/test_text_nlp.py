"""spaCy pipelines: loaded once, only for languages that have a model, on a thread if asked."""

from __future__ import annotations

import pytest

from newsweave.text.nlp import get_nlp, model_name, preload


def test_preload_skips_languages_without_a_model() -> None:
    assert preload(["de", "ko", None]) is None


def test_preload_loads_once_and_get_nlp_waits_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    if model_name("en") is None or get_nlp("en") is None:
        pytest.skip("no English spaCy model installed")
    monkeypatch.setenv("NEWSWEAVE_NER_PROCESS", "0")  # in this process, on a thread
    thread = preload(["en", "en", "de"])
    assert thread is not None
    nlp = get_nlp("en")  # waits for the preload, never loads a second copy
    thread.join(timeout=120)
    assert get_nlp("en") is nlp


def test_parse_cache_is_bounded_by_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.text import nlp

    monkeypatch.setattr(nlp, "_CACHE_CHARS", 100)
    nlp._forget()
    for i in range(10):
        nlp._remember(("en", f"{i:02d}" + "x" * 28), object())  # type: ignore[arg-type]
    assert len(nlp._docs) == 3 and nlp._docs.chars == 90
    nlp._remember(("en", "y" * 500), object())  # type: ignore[arg-type]
    assert list(nlp._docs) == [("en", "y" * 500)]  # the newest stays, however long
    nlp._forget()


def test_text_cache_bounds_entries_too_and_refreshes_on_read() -> None:
    from newsweave.text.cache import TextCache

    cache: TextCache[int] = TextCache()
    for i in range(4):
        cache.put(("a", f"text {i}"), i, max_chars=1000, max_items=3)
        cache.get(("a", "text 0"))  # read: the oldest stays
    assert list(cache) == [("a", "text 2"), ("a", "text 3"), ("a", "text 0")]
    assert cache.chars == 18


def test_ner_runs_on_numpy_blas_and_finds_the_same_entities() -> None:
    # the pipeline's layers use numpy's BLAS (faster here than thinc's bundled blis); the
    # entities must be those of a pipeline loaded the default way
    if model_name("en") is None or get_nlp("en") is None:
        pytest.skip("no English spaCy model installed")
    import spacy

    nlp = get_nlp("en")
    assert nlp is not None
    ops = nlp.get_pipe("ner").model.ops
    assert type(ops).__name__ == "NumpyOps" and not getattr(ops, "use_blis", True)
    default = spacy.load(model_name("en"), exclude=[p for p in nlp.component_names if p != "ner"])
    text = (
        "Harbour master Ilse Brandvik told the Orvik Council on Monday that the ferry "
        "company Nordlys Lines would add two crossings to Tromsbury and Kell Island."
    )
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    assert ents and ents == [(e.text, e.label_) for e in default(text).ents]
