"""Disjoint sets: linked items end up in one set, through chains of links."""

from __future__ import annotations

from newsweave.unionfind import DisjointSets


def test_chains_of_links_make_one_set_in_the_order_items_came() -> None:
    sets: DisjointSets[str] = DisjointSets(["a", "b", "c", "d", "e"])
    sets.union("a", "c")
    sets.union("d", "c")
    sets.union("e", "b")
    assert sets.groups() == [["a", "c", "d"], ["b", "e"]]
    assert sets.find("d") == sets.find("a") != sets.find("b")


def test_items_are_added_by_find_and_union() -> None:
    sets: DisjointSets[tuple[int, int]] = DisjointSets()
    assert (1, 0) not in sets
    sets.union((1, 0), (2, 1))
    sets.find((3, 0))
    assert (1, 0) in sets and sets.groups() == [[(1, 0), (2, 1)], [(3, 0)]]
