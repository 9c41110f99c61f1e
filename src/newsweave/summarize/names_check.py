"""People a wording names that a cited article never names.

The surname of someone the event quotes, written alike by outlets of two languages or more
("Falzoni", "Ferrándiz"), is a word no translation changes: an article that never writes it
does not state a sentence naming that person ("Falzoni said …" is not stated by a report
that never names Falzoni; "Mayor Lucía Ferrándiz ordered …" not by one about another
town's mayor). Places are left alone: a local outlet need not name its own country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsweave.model import Article
from newsweave.text.fold import fold, spelled_alike

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_OPENERS = ".!?:;\n\"'«»“”„‘’([–—-"  # what a capitalised sentence opener follows
MIN_NAME = 4  # shorter capitalised words are too often function words ("Los", "Die")
PREFIX = 4  # a declined or translated name keeps its first letters ("Falzoniego", "Portogallo")


def capitalised(text: str, mid_only: bool = False) -> list[str]:
    """The capitalised words of `text`, folded; with `mid_only`, only those inside a
    sentence (a capital there is a name's, not the sentence's)."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        if not w[:1].isupper() or len(w) < MIN_NAME:
            continue
        before = text[: m.start()].rstrip()
        if mid_only and (not before or before[-1] in _OPENERS):
            continue
        out.append(fold(w))
    return out


class EventNames:
    """The surnames of the people one event quotes that its outlets write alike across
    languages."""

    def __init__(self, articles: Sequence[Article], speakers: Iterable[str] = ()) -> None:
        surnames = {fold(s.split()[-1]) for s in speakers if s and len(s.split()) >= 2}
        langs: dict[str, set[str]] = {}
        self._written: dict[str, frozenset[str]] = {}
        for a in articles:
            body = f"{a.title or ''}\n{a.text}"
            self._written[a.id] = frozenset(capitalised(body))
            for w in set(capitalised(a.text, mid_only=True)):
                langs.setdefault(w, set()).add(a.lang or "?")
        self.invariant = frozenset(w for w, found in langs.items() if len(found) >= 2 and w in surnames)

    def unsaid(self, text: str, article: str) -> list[str]:
        """The surnames `text` gives that `article` never writes (not even declined)."""
        written = self._written.get(article)
        if written is None:
            return []
        names = set(capitalised(text)) & self.invariant
        return sorted(n for n in names if not _written(n, written))


def _written(name: str, written: frozenset[str]) -> bool:
    if name in written:
        return True
    # declined ("Falzoniego") or misspelled by a letter ("Tasln" for "Taslan"), as
    # `compare.details` reads a name across spellings
    return len(name) > PREFIX and any(
        w.startswith(name[:PREFIX]) or (abs(len(w) - len(name)) <= 1 and spelled_alike(w, name)) for w in written
    )
