"""The event's title: the most headline-like statement the reports agree on.

Candidates are each article's title and lead sentence, scored by closeness to the event as
a whole, by how many other articles' headlines and leads say the same, by length (a
headline, not a paragraph) and by the reader's language. Captions, section labels and
ticker lines are never candidates. A candidate that takes the odd side of a divergence
("Floods kill 32" where four outlets give 23, an inverted quote, "will not resign") is
passed over, and so is every candidate of an outlet a divergence names as its odd one
out (of a contradiction or of the day), or is a machine translation while an original can
title the event: the title is shown on every list of events and cites nobody, so it must
say only what the majority of its sources say (checked with the summary's `Verifier`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from newsweave.align.candidates import is_caption, is_content
from newsweave.compare.claims import CLAIM_COS
from newsweave.compare.divergence import CONTRADICTING
from newsweave.model import READER_LANG, Article, Citation, Divergence, Fact, FactGroups
from newsweave.summarize.verify import NOT_STATED, Unit, Verifier
from newsweave.text.script import word_count

# "BREAKING:", "Watch:", "Update:" - a one-word label before a headline
_LABEL = re.compile(r"^\s*[^\W\d_][\w'’-]*\s*[:|]\s+(?=\S)")
_NOT_HEADLINE = re.compile(
    r"\b(?:image|photo|picture|video|graphic)s?\s+(?:courtesy|credit|by)\b|^\s*(?:image|photo)\s*:",
    re.IGNORECASE,
)
_STOP = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[^\W\d_])")  # a stop after a word, then a word
_TICKER = re.compile(r"^\d{1,2}[:.h]\d{2}\b")  # "14:05 BST: Authorities have opened ..."
MIN_OTHERS = 2  # other sources of a title's fact that make a majority against it
TITLE_WORDS = (5, 14)  # headline length; longer lead sentences are penalised
HEADLINE = -1  # a Unit's sentence index for an article's title (no sentence of its body)


def headline_candidate(text: str) -> str | None:
    """`text` as a headline, or None when it reads as a caption, a section label, a
    ticker line, a question or a bare date rather than a statement of the news."""
    t = " ".join(text.split())
    if _NOT_HEADLINE.search(t) or _TICKER.match(t) or t.rstrip().endswith(("?", "？", "¿")):
        return None  # a caption, a live blog's timed entry, a question ("Is Sorra ready?")
    t = _LABEL.sub("", t, count=1)
    t = _headline_only(t)
    words = t.split()
    if word_count(t) < 5 or is_caption(t):
        return None
    letters = [c for c in t if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return None  # shouted ticker / section line ("VIETNAM / SOMMET ...")
    if sum(any(c.isalpha() for c in w) for w in words) < 0.6 * len(words):
        return None  # mostly figures: a date line or a score line
    return t.rstrip(" .")


def _headline_only(text: str) -> str:
    """`text` without the subhead a second sentence adds ("Tanker spills soda in the Almendra.
    Driver says a car forced him off the road": it states more than the headline, often
    one outlet's claim); not cut after a short first part ("Mr. Holt wins", "Flood hits X.")."""
    for m in _STOP.finditer(text):
        if text[m.end()].isupper() and word_count(text[: m.start()]) >= TITLE_WORDS[0]:
            return text[: m.start()]
    return text


def event_title(
    articles: Sequence[Article],
    alignment: FactGroups,
    embedder: Any,
    divergences: Sequence[Divergence] = (),
    verifier: Verifier | None = None,
) -> str:
    """The best-scoring candidate that sides with no odd one out of `divergences`; the
    first fact's wording (`fallback_title`) when there is none."""
    cands: list[Unit] = []
    encoded: list[str] = []  # what is embedded: a lead as the sentence it is (already embedded)
    for a in articles:
        if a.title and (t := headline_candidate(a.title)):
            cands.append(Unit(-1 - len(cands), a.id, t, a.lang, HEADLINE))
            encoded.append(t)
        lead = next((s for s in a.sentences if is_content(s.text)), None)
        if lead is not None and (t := headline_candidate(lead.text)):
            cands.append(Unit(-1 - len(cands), a.id, t, lead.lang or a.lang, lead.index))
            encoded.append(lead.text)
    if not cands or not len(alignment.vectors):
        return fallback_title(articles, alignment.facts)
    event = alignment.vectors.mean(axis=0)
    event /= max(float(np.linalg.norm(event)), 1e-12)
    vecs = embedder.encode(encoded)
    sims = vecs @ vecs.T
    owner = np.array([c.article for c in cands])
    scores = []
    for k, c in enumerate(cands):
        others = np.sort(sims[k][owner != c.article])[::-1][:3]
        consensus = float(others.mean()) if len(others) else 0.0
        n = word_count(c.text)
        length = max(0, TITLE_WORDS[0] - n, n - TITLE_WORDS[1]) / 10.0
        scores.append(
            float(vecs[k] @ event)
            + 0.5 * consensus
            + (0.1 if c.lang == READER_LANG else 0.0)
            + (0.15 if c.index == HEADLINE else 0.0)
            - min(length, 0.4)
        )
    disputes = [d for d in divergences if d.kind in CONTRADICTING and d.odd_one_out]
    if disputes and verifier is None:
        verifier = Verifier(articles, divergences=divergences)
    # an outlet a divergence names as the odd one out is passed over whole while another
    # can title the event: its headline may put the odd side in words no check reads
    # ("Walking raises dementia risk" for a study the others say lowers it); so is the
    # outlet alone on a day ("Typhoon makes landfall" where three say it is expected to)
    odd = {d.odd_one_out for d in divergences if d.odd_one_out and d.kind in CONTRADICTING | {"date"}}
    if any(c.article not in odd for c in cands):
        scores = [-np.inf if c.article in odd else x for c, x in zip(cands, scores, strict=True)]
    # ... and a machine translation while an original can: its headline may say what the
    # original does not ("closes the purchase" for "cierra la compra", agrees to buy)
    translated = {a.id for a in articles if a.machine_translated}
    if any(c.article not in translated and np.isfinite(x) for c, x in zip(cands, scores, strict=True)):
        scores = [-np.inf if c.article in translated else x for c, x in zip(cands, scores, strict=True)]
    for k in np.argsort(-np.asarray(scores), kind="stable"):
        c = cands[k]
        if not any(
            _odd_wording(c, vecs[k], d, embedder)
            or _sides_with_odd(c, vecs[k], d, verifier, embedder)  # type: ignore[arg-type]
            for d in disputes
        ) and (verifier is None or _witnessed(c, vecs[k], alignment, verifier)):
            return c.text
    return fallback_title(articles, alignment.facts)


def _witnessed(cand: Unit, vec: np.ndarray, alignment: FactGroups, verifier: Verifier) -> bool:
    """Whether another source states `cand` as the summary's check reads it, among the
    sentences of the fact closest to it ("Velcor has closed its Orla plant" where the
    others say it plans to close it next year is nobody else's). A candidate no fact is
    as close to as two sentences the claim check compares, or one with fewer than
    MIN_OTHERS other sources, is left to the scores."""
    sims = alignment.vectors @ vec

    def closeness(f: Fact) -> float:
        return max(float(sims[r]) for r in alignment.support_rows[f.id])

    fact = max(alignment.facts, key=closeness, default=None)
    if fact is None or closeness(fact) < CLAIM_COS:
        return True
    units = [Unit.of(alignment, r) for r in alignment.support_rows[fact.id]]
    group = alignment.groups.get
    others = [u for u in units if group(u.article, u.article) != group(cand.article, cand.article)]
    if len({group(u.article, u.article) for u in others}) < MIN_OTHERS:
        return True  # one other source: no majority to side with
    return any(u.row in verifier.check(cand, others).agree for u in others)


def _odd_wording(cand: Unit, vec: np.ndarray, d: Divergence, embedder: Any) -> bool:
    """Whether `cand` is the odd outlet's own wording of what a claim or quote divergence
    `d` disputes: a headline of that outlet as close to its odd sentence as two sentences
    the claim check compares (`CLAIM_COS`). Its negation or inverted quote may be worded
    so that no structure check reads it ("will not resign" in a headline), and the
    outlet is known to contradict the others on the point."""
    if cand.article != d.odd_one_out or d.kind not in ("claim", "quote"):
        return False
    odd = [v.text for v in d.variants if v.article == d.odd_one_out]
    return bool(odd) and float((embedder.encode(odd) @ vec).max()) >= CLAIM_COS


def _sides_with_odd(
    cand: Unit, vec: np.ndarray, d: Divergence, verifier: Verifier, embedder: Any
) -> bool:
    """Whether `cand` says what the majority of divergence `d` contradicts: more of the
    majority's sentences would not have `cand` cited for them, for a reason that is a
    dissent (a figure, a negation, a quote's wording), than would. Only sentences as close
    to it as two the claim check compares speak to it (a headline on the job cuts says
    nothing of a sentence on a plant's workforce)."""
    differ = agree = 0
    for k, v in enumerate(d.variants):
        if v.article == d.odd_one_out or float(embedder.encode([v.text])[0] @ vec) < CLAIM_COS:
            continue
        a = verifier.by_id.get(v.article)
        lang = a.lang_at(v.sentence) if a is not None else None
        check = verifier.check(Unit(k, v.article, v.text, lang, _at(v)), [cand])
        if any(why != NOT_STATED for r, why in check.differ if r == cand.row):
            differ += 1
        elif cand.row in check.agree:
            agree += 1
    return differ > agree


def _at(c: Citation) -> int:
    return HEADLINE - 1 if c.sentence is None else c.sentence  # unknown: no sentence at all



def fallback_title(articles: Sequence[Article], facts: Sequence[Fact]) -> str:
    """The first fact's wording, else the first article title."""
    if facts:
        return facts[0].text
    titles = [a.title for a in articles if a.title]
    return titles[0] if titles else "Untitled event"
