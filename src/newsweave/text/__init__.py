"""newsweave.text: language, sentences (and, in `entities`, named entities) of cleaned articles.

    annotate(article) -> Article        lang, paragraph_langs, sentences with offsets into article.text
    split_sentences(text, lang) -> list[str]
    detect_language(text) -> str | None  ISO 639-1, among text.lang.SUPPORTED

Only light modules are imported here; `align.entities` (spaCy) loads on its own.
"""

from __future__ import annotations

import dataclasses

from newsweave.model import Article, Removed, Sentence
from newsweave.text import limits
from newsweave.text.lang import SUPPORTED, article_language, detect_language, paragraph_languages
from newsweave.text.sentences import sentence_spans, split_sentences

__all__ = ["SUPPORTED", "annotate", "detect_language", "split_sentences"]


def annotate(article: Article, *, force: bool = False) -> Article:
    """Return a copy of `article` with `lang`, `paragraph_langs` and `sentences` filled.

    Sentence offsets index `article.text`, whose paragraphs are joined by blank
    lines. An article already annotated for its current text is returned as is,
    unless `force`.
    """
    if not force and _annotated(article):
        return article
    removed = list(article.provenance.removed)
    text = limits.drop_long_words(article.text, removed)
    paragraphs, offsets = _paragraphs(text, article.paragraphs)
    kept = limits.keep_paragraphs(paragraphs, removed)
    if kept != paragraphs:
        text = "\n\n".join(kept)
        paragraphs, offsets = _paragraphs(text, kept)
    lang = detect_language(text) or article.lang
    langs = paragraph_languages(paragraphs, lang)
    # A paragraph-level majority overrides a sample dominated by a long foreign quote.
    lang = article_language(langs, paragraphs) or lang
    signals = list(article.provenance.signals)
    if article.lang and lang and article.lang.lower()[:2] != lang:
        signals.append(f"record says language {article.lang!r}, text reads as {lang!r}")
    if len({code for code in langs if code}) > 1:
        signals.append("mixed languages: " + ", ".join(sorted({code for code in langs if code})))
    sentences: list[Sentence] = []
    split = 0
    for i, (par, base) in enumerate(zip(paragraphs, offsets, strict=True)):
        spans = sentence_spans(par, langs[i])
        pieces = limits.split_long(par, spans)
        split += len(pieces) - len(spans)
        for start, end in pieces:
            if len(sentences) == limits.MAX_SENTENCES:
                break
            sentences.append(
                Sentence(
                    article_id=article.id,
                    index=len(sentences),
                    text=text[base + start : base + end],
                    start=base + start,
                    end=base + end,
                    paragraph=i,
                    lang=langs[i],
                )
            )
        if len(sentences) == limits.MAX_SENTENCES:
            if text[sentences[-1].end :].strip():
                text, paragraphs, langs = _cut_after(
                    text, paragraphs, base, langs, sentences[-1], removed
                )
            break
    if split:
        signals.append(f"{split} piece(s) cut from sentences over {limits.MAX_SENTENCE} characters")
    if len(removed) > len(article.provenance.removed):
        signals.append(
            "text capped before analysis: "
            + ", ".join(sorted({r.reason for r in removed[len(article.provenance.removed) :]}))
        )
    provenance = dataclasses.replace(article.provenance, signals=signals, removed=removed)
    return dataclasses.replace(
        article,
        text=text,
        lang=lang,
        paragraphs=paragraphs,
        paragraph_langs=langs,
        sentences=sentences,
        provenance=provenance,
    )


def _cut_after(
    text: str,
    paragraphs: list[str],
    base: int,
    langs: list[str | None],
    last: Sentence,
    removed: list[Removed],
) -> tuple[str, list[str], list[str | None]]:
    """The text, paragraphs and their languages up to the end of sentence `last`, which
    is in the paragraph starting at offset `base`."""
    removed.append(Removed(limits.excerpt(text[last.end :].lstrip()), "sentence-limit"))
    i = last.paragraph
    return text[: last.end], paragraphs[:i] + [text[base : last.end]], langs[: i + 1]


def _paragraphs(text: str, given: list[str]) -> tuple[list[str], list[int]]:
    """The paragraphs and their offsets in `text`; `given` is trusted only if it joins to `text`."""
    if given and "\n\n".join(given) == text:
        paragraphs = given
    else:
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    offsets, cursor = [], 0
    for par in paragraphs:
        at = text.find(par, cursor)
        offsets.append(at)
        cursor = at + len(par)
    return list(paragraphs), offsets


def _annotated(article: Article) -> bool:
    if (
        not article.sentences
        or article.lang is None
        or len(article.paragraph_langs) != len(article.paragraphs)
    ):
        return False
    text = article.text
    return all(
        text[s.start : s.end] == s.text for s in (article.sentences[0], article.sentences[-1])
    )
