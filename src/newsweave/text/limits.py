"""Bounds on what any model sees of one article: word length, text length, sentence
length and sentences per article.

Article text is untrusted: one upload holding a 15 MB "word" used to cost minutes of
CPU and a 36 GB allocation in every dossier of its event. `annotate` applies these caps
before language detection, segmentation and embedding; what they take out is recorded
in `provenance.removed` (with a short excerpt, never the removed text itself) and what
they change in `provenance.signals`, so the dossier says why an article is shorter.

The limits sit far above real news: the longest word of the dev corpus has 34
characters, a long read has ~60k characters and ~400 sentences.
"""

from __future__ import annotations

import re

from newsweave.model import Removed

MAX_WORD = 250  # characters; longer runs without a space are data, not words (URLs stay)
MAX_TEXT = 200_000  # characters of body text kept; the rest is cut at a paragraph break
MAX_SENTENCE = 1_000  # characters; a longer sentence is split at spaces into pieces
MAX_SENTENCES = 2_000  # per article (long features and recipe pages pass 500); the rest is cut
EXCERPT = 60  # characters of removed text kept in the record
REASONS = ("word-too-long", "text-too-long", "sentence-limit")  # as in provenance.removed

# Han and kana are written without spaces: a long run of them is a paragraph, not a word.
# Their sentences are bounded by MAX_SENTENCE instead.
_LONG_RUN = re.compile(rf"\S{{{MAX_WORD + 1},}}")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def excerpt(text: str) -> str:
    """The start of a removed piece and its length: enough to recognise it, bounded."""
    head = text[:EXCERPT]
    return head if len(text) <= EXCERPT else f"{head}… ({len(text):,} characters)"


def drop_long_words(text: str, removed: list[Removed]) -> str:
    """`text` without its runs of over MAX_WORD non-space characters (CJK prose excepted)."""
    if len(text) <= MAX_WORD:
        return text

    def cut(m: re.Match[str]) -> str:
        run = m.group(0)
        if len(_UNSPACED.findall(run[:400])) * 2 > min(len(run), 400):
            return run
        removed.append(Removed(excerpt(run), "word-too-long"))
        return ""

    out = _LONG_RUN.sub(cut, text)
    if len(out) == len(text):
        return text
    # A removed word may leave a blank line or a doubled space behind; keep the paragraph
    # structure (blank lines between paragraphs) and drop paragraphs left empty.
    paragraphs = (re.sub(r"[ \t]{2,}", " ", p).strip() for p in re.split(r"\n\s*\n", out))
    return "\n\n".join(p for p in paragraphs if p)


def keep_paragraphs(paragraphs: list[str], removed: list[Removed]) -> list[str]:
    """The paragraphs that fit in MAX_TEXT characters (the last one cut at a space);
    the rest is recorded as removed."""
    total = 0
    for i, par in enumerate(paragraphs):
        if total + len(par) > MAX_TEXT:
            stop = _space_before(par, MAX_TEXT - total)
            rest = "\n\n".join([par[stop:].lstrip(), *paragraphs[i + 1 :]])
            removed.append(Removed(excerpt(rest), "text-too-long"))
            head = par[:stop].rstrip()
            return paragraphs[:i] + ([head] if head else [])
        total += len(par) + 2
    return paragraphs


def _space_before(text: str, limit: int) -> int:
    """Where to cut `text` to at most `limit` characters: the last space in the second half
    of the limit, else the limit itself."""
    cut = text.rfind(" ", limit // 2, limit)
    return cut if cut > 0 else max(limit, 0)


def split_long(par: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with every sentence over MAX_SENTENCE characters cut into pieces, at the last
    space before the limit where there is one."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            stop = start + _space_before(par[start : start + MAX_SENTENCE], MAX_SENTENCE)
            last = stop
            while last > start and par[last - 1].isspace():
                last -= 1
            out.append((start, last))
            start = stop
            while start < end and par[start].isspace():
                start += 1
        if end > start:
            out.append((start, end))
    return out
