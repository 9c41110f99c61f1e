"""Calendar word lists of one language, or of every language when it has no tense words
(`summarize.reldates`), and the day that dates what a sentence comes after ("after
Monday's attack")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from types import ModuleType

from newsweave.lang import alternation, data, each

__all__ = ["NEVER", "alt", "dates_what_came_before", "modules", "word_list"]

NEVER = r"(?!)"


def modules(lang: str | None) -> list[ModuleType]:
    """The calendar of `lang`, or every language's when it has no tense words."""
    module = data(lang, "calendar") if lang else None
    if module is not None and any(
        hasattr(module, name) for name in ("FUTURE_CUES", "FUTURE_WORDS", "PAST_AUXILIARIES")
    ):
        return [module]
    return [m for _, m in each("calendar")]


def word_list(mods: list[ModuleType], *names: str) -> set[str]:
    """The words of lists `names` of calendars `mods`."""
    return {w for m in mods for name in names for w in getattr(m, name, ())}


def alt(words: Iterable[str]) -> str:
    """A regex alternation of `words`; one that never matches when there are none."""
    return alternation(words) or NEVER


@functools.cache
def _after_event(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words right before a day that dates what the sentence comes after: "after the
    attack of", "na de ransomware-aanval van", "dopo l'attacco di"; and "after" before a
    possessive ("after Monday's attack")."""
    mods = modules(lang)
    articles = "|".join(
        re.escape(a) + (r"\s*" if a[-1] in "'’" else r"\s+")
        for a in sorted(word_list(mods, "NOUN_ARTICLES"), key=len, reverse=True)
    )
    after, links = alt(word_list(mods, "AFTER_EVENT")), alt(word_list(mods, "DAY_OF"))
    noun_of = rf"\b(?:{after})\s+(?:{articles or NEVER})[^\W\d_][\w'’-]*\s+(?:{links})\s+$"
    return re.compile(noun_of, re.I), re.compile(rf"\b(?:{after})\s+$", re.I)


def dates_what_came_before(text: str, start: int, expr: str, lang: str | None) -> bool:
    """Whether the day `expr` at `start` dates the event after which the sentence tells
    what happened: "na de ransomware-aanval van maandag", "après la cyberattaque de
    lundi", "after Monday's attack" (not "Monday's fire was sparked accidentally")."""
    noun_of, after = _after_event(lang)
    before = text[max(0, start - 60) : start]
    return bool((after if re.search(r"['’]s$", expr) else noun_of).search(before))
