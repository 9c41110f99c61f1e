"""newsweave.text: language, sentences (and, in `entities`, named entities) of cleaned articles.

    annotate(article) -> Article        lang, paragraph_langs, sentences with offsets into article.text
    split_sentences(text, lang) -> list[str]
    detect_language(text) -> str | None  ISO 639-1, among text.lang.SUPPORTED

Only light modules are imported here; `text.entities` (spaCy) loads on its own.
"""

from __future__ import annotations

import dataclasses

from newsweave.model import Article, Sentence
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
    text = article.text
    paragraphs, offsets = _paragraphs(text, article.paragraphs)
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
    for i, (par, base) in enumerate(zip(paragraphs, offsets, strict=True)):
        for start, end in sentence_spans(par, langs[i]):
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
    provenance = dataclasses.replace(article.provenance, signals=signals)
    return dataclasses.replace(
        article,
        lang=lang,
        paragraphs=paragraphs,
        paragraph_langs=langs,
        sentences=sentences,
        provenance=provenance,
    )


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
