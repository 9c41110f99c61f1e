"""A least-recently-used cache of per-text results, bounded by the characters of the texts.

The parse cache (`text.nlp`) and the per-article speaker index (`align.speakers`) hold a
result per (key, text) whose size grows with the text; a count bound alone either evicts
inside one big event or lets a few huge articles hold gigabytes. The newest entry always
stays, however long.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterator
from typing import Generic, TypeVar

V = TypeVar("V")


class TextCache(Generic[V]):
    """(tag, text) -> value, least recently used first out."""

    def __init__(self) -> None:
        self._items: OrderedDict[tuple[Hashable, str], V] = OrderedDict()
        self.chars = 0  # characters of the texts held

    def get(self, key: tuple[Hashable, str]) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(
        self, key: tuple[Hashable, str], value: V, max_chars: int, max_items: int | None = None
    ) -> None:
        if key not in self._items:
            self.chars += len(key[1])
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > 1 and (
            self.chars > max_chars or (max_items is not None and len(self._items) > max_items)
        ):
            (_, text), _ = self._items.popitem(last=False)
            self.chars -= len(text)

    def clear(self) -> None:
        self._items.clear()
        self.chars = 0

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[tuple[Hashable, str]]:
        return iter(self._items)
