"""Repeats inside one article: the headline again in the body, tag lines, copied paragraphs and sentences.

Pages repeat text (a headline above and inside the story, a standfirst that is
also the first sentence, a category line in two places). The first occurrence
stays; later ones go, with the reason recorded.
"""

from __future__ import annotations

import re

from newsweave.ingest.state import Work, norm

_SENTENCE_END = re.compile(r"[.!?…][\"”»’)]*(\s+)(?=[\"“«„(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])")


def rough_sentences(par: str) -> list[str]:
    """Cheap sentence pieces for spotting repeats (the text stage does the real splitting)."""
    pieces, start = [], 0
    for m in _SENTENCE_END.finditer(par):
        pieces.append(par[start : m.start(1)])
        start = m.end(1)
    pieces.append(par[start:])
    return [p for p in pieces if p]


def _words(text: str) -> list[str]:
    return norm(text).split()


def drop_headline_repeats(paragraphs: list[str], w: Work) -> list[str]:
    """Remove paragraphs that repeat the title; cut the title off a paragraph that starts with it."""
    if not w.title:
        return paragraphs
    title = _words(w.title)
    if not title:
        return paragraphs
    out: list[str] = []
    for par in paragraphs:
        words = _words(par)
        if words[: len(title)] == title:
            extra = len(words) - len(title)
            # Up to three extra words: a site name ("| Example.com") or a widget label ("image").
            if extra <= 3:
                w.drop(par, "headline-repeat")
                w.signal("headline repeated in the body")
                continue
            if len(title) >= 4:
                cut = _cut_after_words(par, len(title))
                w.drop(par[:cut], "headline-repeat")
                w.signal("headline repeated in the body")
                par = par[cut:].strip()
        out.append(par)
    return out


def _cut_after_words(text: str, n: int) -> int:
    """Offset just after the n-th word of `text` (words as `norm` counts them), and its trailing punctuation."""
    count = 0
    for m in re.finditer(r"\w+", text):
        count += 1
        if count == n:
            end = m.end()
            while end < len(text) and not text[end].isalnum() and text[end] not in '"“«„(':
                end += 1
            return end
    return len(text)


def drop_tag_lines(paragraphs: list[str], w: Work) -> list[str]:
    """A short line that appears twice or more is a tag or section label, not prose."""
    counts: dict[str, int] = {}
    for par in paragraphs:
        if _short_label(par):
            counts[norm(par)] = counts.get(norm(par), 0) + 1
    repeated = {key for key, n in counts.items() if n >= 2 and key}
    if not repeated:
        return paragraphs
    out = []
    for par in paragraphs:
        if _short_label(par) and norm(par) in repeated:
            w.drop(par, "tag-line")
            w.signal(f"tag line {par!r} repeated")
        else:
            out.append(par)
    return out


def _short_label(par: str) -> bool:
    return len(par) <= 40 and len(par.split()) <= 5 and not par.endswith((".", "!", "?"))


def drop_lead_labels(paragraphs: list[str], w: Work) -> list[str]:
    """Section labels above the story ("World News", "Health"): 1-3 words before the first prose."""
    out: list[str] = []
    in_lead = True
    for par in paragraphs:
        if in_lead and len(par.split()) >= 8:
            in_lead = False
        if (
            in_lead
            and len(par) <= 30
            and len(par.split()) <= 3
            and not par.endswith((".", ",", ":", "!", "?"))
        ):
            w.drop(par, "section-label")
            continue
        out.append(par)
    return out


NEAR_COPY_WINDOW = 100  # paragraphs; exact copies are found anywhere, reworded ones nearby


def drop_duplicates(paragraphs: list[str], w: Work) -> list[str]:
    """Keep the first of repeated paragraphs (exact or near copies), then of repeated sentences."""
    kept: list[str] = []
    seen: set[str] = set()
    kept_words: list[tuple[list[str], set[str]]] = []
    for par in paragraphs:
        words = _words(par)
        if not words:
            continue
        key = " ".join(words)
        wordset = set(words)
        if key in seen or any(
            _near_copy(words, wordset, other, other_set)
            for other, other_set in kept_words[-NEAR_COPY_WINDOW:]
        ):
            w.drop(par, "duplicate-paragraph")
            w.signal("repeated paragraph kept once")
            continue
        seen.add(key)
        kept.append(par)
        kept_words.append((words, wordset))
    return _drop_repeated_sentences(kept, w)


def _near_copy(a: list[str], sa: set[str], b: list[str], sb: set[str]) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 8 or min(len(a), len(b)) < 0.6 * max(len(a), len(b)):
        return False
    jaccard = len(sa & sb) / len(sa | sb)
    if jaccard >= 0.8:
        return True
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    # A reworded copy: same opening, most words shared ("..., Putin said." / "..., the president added.").
    return jaccard >= 0.7 and prefix >= 6


def _drop_repeated_sentences(paragraphs: list[str], w: Work) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for par in paragraphs:
        sentences = rough_sentences(par)
        keep = []
        for sentence in sentences:
            key = norm(sentence)
            if len(key.split()) >= 6 and key in seen:
                w.drop(sentence, "duplicate-sentence")
                w.signal("repeated sentence kept once")
                continue
            seen.add(key)
            keep.append(sentence)
        if len(keep) == len(sentences):
            out.append(par)
        elif keep:
            out.append(" ".join(keep))
    return out
