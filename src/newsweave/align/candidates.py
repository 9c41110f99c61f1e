"""Which sentences can state a fact: captions, links, headings and questions are left out,
and long sentences are cut at strong clause boundaries so each part can join its own fact."""

from __future__ import annotations

import re
from functools import lru_cache

from newsweave.lang import NOUNS_CAPITALISED, merged
from newsweave.model import Article, Sentence
from newsweave.text.script import cased, word_count
from newsweave.text.sentences import ends_with_title, stop_continues

_URLISH = re.compile(r"https?://|www\.|pic\.twitter|@\w{3,}|\.com\b|#\w+")
_CAPTION = re.compile(
    r"\((?:right|left|center|centre|L|R|C|top|bottom|file)\)|\b(?:AP|AFP|Reuters|Getty|EPA)"
    r" ?(?:Photo|Images)\b|Photo ?:|©|/ ?(?:AFP|Reuters|Getty Images)\s*$",
    re.IGNORECASE,
)
CLAUSE_MIN_SENTENCE = 28  # words; shorter sentences are kept whole
CLAUSE_MIN_WORDS = 8
_OPENERS = sorted(merged("cues", "CLAUSE_OPENERS"))
_SECONDS = sorted(merged("cues", "CLAUSE_CORRELATIVES"))
_CLAUSE_BREAK = re.compile(
    r"(?<=;)\s+|(?<=[.!?][”\"»])\s+|(?<=[.!?])\s+(?=[“\"«]?[A-Z])|\s[–—]\s"
    rf"|,\s+(?!(?:{'|'.join(map(re.escape, _SECONDS))})\b)"
    rf"(?=(?:{'|'.join(map(re.escape, _OPENERS))})\s)"
)
SHORT_FIGURE = 3  # words (the figure one) of the shortest sentence stating a figure
_TERMINAL = tuple(".!?\"'”»)…:;。！」』")
_QUESTION = ("?", "？", "؟")



def is_caption(text: str) -> bool:
    """A photo caption or credit line, or a link."""
    return bool(_URLISH.search(text) or _CAPTION.search(text))


def in_post(article: Article, s: Sentence) -> bool:
    """Whether sentence `s` stands in a social-media post the article quotes (the poster's
    words: a quotation, not something the outlet states)."""
    posts = article.provenance.posts
    return bool(posts) and any(" ".join(s.text.split()) in " ".join(p.split()) for p in posts)


@lru_cache(maxsize=16384)  # the fact, summary and title stages ask of one sentence
def is_content(text: str, lang: str | None = None) -> bool:
    """Whether a sentence can state a fact: not a heading, a caption, a link or a question.
    (`lang`: where every noun is capitalised, "Die Armee schickte 3000 Soldaten." is prose
    with one lower-case word.)"""
    t = text.strip()
    words = word_count(t)
    # a short statement of a figure is one ("Turnout was 86%.", "Es gab 12 Tote.")
    short = (
        len(t.split()) >= SHORT_FIGURE and words >= 2 and t.endswith(".") and any(c.isdigit() for c in t)
    )
    if (words < 5 and not short) or sum(c.isalpha() for c in t) < 0.5 * len(t):
        return False
    if t.endswith(_QUESTION) or _URLISH.search(t) or _CAPTION.search(t):
        return False
    # Title-case headlines and datelines ("Xinhua News Agency, Beijing, March 7.")
    # have (almost) no lowercase words; running prose always has several. (A script
    # without case, Arabic or Chinese, cannot tell them so.)
    lower = 1 if (lang in NOUNS_CAPITALISED and t.endswith(_TERMINAL)) or short else 2
    if cased(t) and sum(w[0].islower() for w in t.split()) < lower:
        return False
    # Headings and section titles carry no final punctuation; short ones seldom have a verb.
    return t.endswith(_TERMINAL) or words >= 7


def split_clauses(s: Sentence) -> list[Sentence]:
    """Long sentences often state two facts ("...met the press on Friday, announcing that
    they will share their grain stocks and jointly build a port"); cut them at strong
    clause boundaries so each part can join its own fact. Parts keep the sentence index."""
    if len(s.text.split()) < CLAUSE_MIN_SENTENCE:
        return [s]
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(s.text):
        if ends_with_title(s.text[: m.start()]) or stop_continues(s.text[: m.start()], s.text[m.end() :], s.lang):
            continue  # "… on Tuesday, Dr. Holt arrived …", "in der 88. Minute": no break there
        if len(s.text[cuts[-1] : m.start()].split()) >= CLAUSE_MIN_WORDS:
            cuts.append(m.end())
    if len(cuts) > 1 and len(s.text[cuts[-1] :].split()) < CLAUSE_MIN_WORDS:
        cuts.pop()  # the tail is too short to stand alone: keep it with the previous part
    if len(cuts) == 1:
        return [s]
    parts = []
    for a, b in zip(cuts, [*cuts[1:], len(s.text)], strict=True):
        text = s.text[a:b].strip()
        lead = a + (len(s.text[a:b]) - len(s.text[a:b].lstrip()))
        parts.append(
            Sentence(
                s.article_id,
                s.index,
                text,
                s.start + lead,
                s.start + lead + len(text),
                s.paragraph,
                s.lang,
            )  # fmt: skip
        )
    return parts
