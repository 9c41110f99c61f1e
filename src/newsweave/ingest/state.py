"""The cleaner's working state: paragraphs being cleaned and what was learnt from removed lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsweave.ingest.outlets import normalize_outlet, wire_name
from newsweave.model import Removed

_NORM_DROP = re.compile(r"[^\w\s]+")


def norm(text: str) -> str:
    """Comparison key: case-folded words only (quotes and punctuation styles differ between copies)."""
    return " ".join(_NORM_DROP.sub(" ", text.casefold()).split())


@dataclass
class Work:
    """Mutable state of one article while its rules run."""

    # the paragraphs the per-paragraph rules walk (`position` is the current one)
    paragraphs: list[str]
    position: int = 0
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    dateline: str | None = None
    wire: str | None = None
    original_title: str | None = None
    partial_date: str | None = None
    machine_translated: bool = False
    syndicated: bool = False
    wire_from_dateline: bool = False  # the only wire evidence is a dateline credit
    agency_line: tuple[str, int] | None = None  # an unknown agency's credit line, kept paragraphs before it
    removed: list[Removed] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)  # quoted social-media posts, as kept
    post_handles: list[str] = field(default_factory=list)  # who signs a quote in each post
    caption_keys: set[str] = field(default_factory=set)
    credit_names: set[str] = field(default_factory=set)
    related_links: bool = False  # inside a "Read more" list

    def title_key(self) -> str:
        return norm(self.title) if self.title else ""

    def drop(self, text: str, reason: str) -> str:
        """Record a removal; returns "" so rules can `return w.drop(...)`."""
        if text.strip():
            self.removed.append(Removed(text=text.strip(), reason=reason))
        return ""

    def signal(self, text: str) -> None:
        if text not in self.signals:
            self.signals.append(text)

    def set_published(self, iso: str | None, why: str) -> None:
        if not iso:
            return
        if iso.startswith("--"):
            if not self.published and not self.partial_date:
                self.partial_date = iso
                self.signal(f"{why}: date without a year ({iso})")
            return
        if not self.published:
            self.published = iso
            self.signal(f"{why}: published {iso}")

    def set_outlet(self, name: str | None, why: str) -> None:
        name = normalize_outlet(name)
        if name and not self.outlet:
            self.outlet = name
            self.signal(f"{why}: outlet {name}")

    def set_author(self, name: str | None, why: str) -> None:
        name = (name or "").strip(" .,;")
        if name and not self.author:
            self.author = name
            self.signal(f"{why}: author {name}")

    def set_wire(self, name: str | None, why: str) -> None:
        canonical = wire_name(name) or (name.strip() if name else None)
        if canonical and not self.wire:
            self.wire = canonical
            self.signal(f"{why}: wire {canonical}")
