"""Language knowledge as data: one package per language, as in spaCy's `lang/`.

Each `lang/<code>/` holds plain data modules, one per kind of knowledge:

- `calendar.py`: month and weekday names (CLDR forms through Babel, plus the spellings
  news uses that CLDR lacks);
- `numbers.py`: number words and scale words;
- `cues.py`: negation and modality cues, reporting verbs, titles;
- `boilerplate.py`: phrases pages print around an article;
- `stop_words.py`: only where spaCy has none for the language.

Nothing here imports the rest of newsweave: the parsers in `text/` (one date parser,
one number parser, one `fold`) read this data, and every stage calls those parsers.
Adding a language is adding a package here.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType

CODES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "tr", "id")


def data(code: str, part: str) -> ModuleType | None:
    """The `part` module of language `code` (e.g. `data("fr", "calendar")`), or None."""
    if code not in CODES:
        return None
    try:
        return importlib.import_module(f"newsweave.lang.{code}.{part}")
    except ModuleNotFoundError as exc:
        if exc.name != f"newsweave.lang.{code}.{part}":
            raise  # a broken data module must not look like a missing one
        return None


def each(part: str) -> Iterator[tuple[str, ModuleType]]:
    """(code, module) for every language that has a `part` module."""
    for code in CODES:
        module = data(code, part)
        if module is not None:
            yield code, module
