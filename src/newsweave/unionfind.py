"""Disjoint sets (union-find) over hashable items: which items end up linked, through any
chain of links. Used to gather syndicated copies, sentences sharing a figure slot, detail
lists and blocks of an event's sentences."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    """Items added by `add`, `find` or `union`; `groups()` lists the linked sets."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.parent: dict[T, T] = {x: x for x in items}

    def __contains__(self, item: object) -> bool:
        return item in self.parent

    def add(self, item: T) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: T) -> T:
        """The representative of `item`'s set (path halving keeps chains short)."""
        parent = self.parent
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> None:
        self.parent[self.find(b)] = self.find(a)

    def groups(self) -> list[list[T]]:
        """The sets, each in the order its items were added, ordered by their first item."""
        out: dict[T, list[T]] = {}
        for item in list(self.parent):
            out.setdefault(self.find(item), []).append(item)
        return list(out.values())
