"""Presentation helpers for the web pages: pure functions over model objects, no I/O."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from newsweave.model import Article, Dossier, Event, Fact


def sentence_anchor(index: int | None) -> str | None:
    return f"s-{index}" if index is not None else None


@dataclass
class FactRef:
    id: str
    text: str
    status: str
    anchor: str  # the fact's anchor on the event page


@dataclass
class Piece:
    """A run of article text: a sentence (maybe supporting facts) or the text between sentences."""

    text: str
    sentence: int | None = None
    facts: list[FactRef] = field(default_factory=list)
    fact_anchors: list[str] = field(default_factory=list)  # facts first met here: link targets

    @property
    def anchor(self) -> str | None:
        return sentence_anchor(self.sentence)


def _fact_refs(article_id: str, dossier: Dossier | None, anchor_of) -> tuple[dict, dict]:
    """(sentence index -> facts, citation text -> facts) for the citations of one article."""
    by_sentence: dict[int, list[FactRef]] = {}
    by_text: dict[str, list[FactRef]] = {}
    if dossier is None:
        return by_sentence, by_text
    for fact in dossier.facts:
        ref = FactRef(fact.id, fact.text, fact.status, anchor_of(fact.id))
        for c in fact.support:
            if c.article != article_id:
                continue
            if c.sentence is not None:
                refs = by_sentence.setdefault(c.sentence, [])
            else:
                refs = by_text.setdefault(c.text.strip(), [])
            if all(r.id != ref.id for r in refs):
                refs.append(ref)
    return by_sentence, by_text


def article_paragraphs(
    article: Article, dossier: Dossier | None = None, anchor_of=lambda fid: f"fact-{fid}"
) -> list[list[Piece]]:
    """The cleaned text as paragraphs of pieces, sentences that support a fact carrying it.

    Sentence offsets come from the text stage; when an article has none (or they do not
    match the text) the cited sentences are found by their text instead, so highlights
    never depend on the store having kept the sentences.
    """
    text = article.text
    by_sentence, by_text = _fact_refs(article.id, dossier, anchor_of)
    spans: list[tuple[int, int, int | None, list[FactRef]]] = []
    pos = 0
    for s in sorted(article.sentences, key=lambda s: s.start):
        start, end = s.start, s.end
        if not (pos <= start < end <= len(text)) or text[start:end].strip() != s.text.strip():
            found = text.find(s.text.strip(), pos) if s.text.strip() else -1
            if found < 0:
                continue
            start, end = found, found + len(s.text.strip())
        facts = list(by_sentence.get(s.index, []))
        facts += [f for f in by_text.pop(s.text.strip(), []) if f not in facts]
        spans.append((start, end, s.index, facts))
        pos = end
    if not spans:  # no usable sentence offsets: locate the cited sentences themselves
        for cited, facts in by_text.items():
            found = text.find(cited)
            if cited and found >= 0:
                spans.append((found, found + len(cited), None, facts))
        spans.sort(key=lambda s: s[0])
    paragraphs: list[list[Piece]] = [[]]

    def gap(chunk: str) -> None:
        parts = re.split(r"\n\s*\n|\n", chunk)
        for i, part in enumerate(parts):
            if i:
                paragraphs.append([])
            if part.strip():
                paragraphs[-1].append(Piece(part))
            elif part and paragraphs[-1]:
                paragraphs[-1].append(Piece(" "))

    pos = 0
    for start, end, index, facts in spans:
        if start < pos:  # overlapping citations: keep the first
            continue
        gap(text[pos:start])
        paragraphs[-1].append(Piece(text[start:end], index, facts))
        pos = end
    gap(text[pos:])
    seen: set[str] = set()
    for piece in (x for p in paragraphs for x in p):
        piece.fact_anchors = [f.anchor for f in piece.facts if f.anchor not in seen]
        seen.update(piece.fact_anchors)
    return [p for p in paragraphs if any(x.text.strip() for x in p)]


# --- events list -------------------------------------------------------------


def day_label(date: str | None, today: dt.date | None = None) -> str:
    """ "Today", "Yesterday" or the ISO date; "Undated" when the event has none."""
    if not date:
        return "Undated"
    today = today or dt.date.today()
    try:
        d = dt.date.fromisoformat(date[:10])
    except ValueError:
        return date
    if d == today:
        return "Today"
    if d == today - dt.timedelta(days=1):
        return "Yesterday"
    return d.isoformat()


def group_by_day(
    events: list[Event], today: dt.date | None = None
) -> list[tuple[str, list[Event]]]:
    """Consecutive events under one day heading, keeping the store's order."""
    groups: list[tuple[str, list[Event]]] = []
    for e in events:
        label = day_label(e.last_date or e.date, today)
        if groups and groups[-1][0] == label:
            groups[-1][1].append(e)
        else:
            groups.append((label, [e]))
    return groups


@dataclass
class Page:
    offset: int
    limit: int
    total: int
    params: dict[str, str]

    @property
    def first(self) -> int:
        return self.offset + 1 if self.total else 0

    @property
    def last(self) -> int:
        return min(self.offset + self.limit, self.total)

    def _link(self, offset: int) -> str:
        params = {k: v for k, v in self.params.items() if v}
        if offset:
            params["offset"] = str(offset)
        return "/?" + urlencode(params) if params else "/"

    @property
    def prev(self) -> str | None:
        return self._link(max(0, self.offset - self.limit)) if self.offset > 0 else None

    @property
    def next(self) -> str | None:
        return self._link(self.offset + self.limit) if self.last < self.total else None


def fact_counts(facts: list[Fact]) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in facts:
        out[f.status] = out.get(f.status, 0) + 1
    return out
