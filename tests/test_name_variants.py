"""Name divergences: one outlet gives a person another first name."""

from __future__ import annotations

from helpers import make_article
from newsweave.align.facts import align_facts
from newsweave.align.name_variants import name_divergences

GOAL = [
    ("a", "Tomas Vrana scored the winning goal for Lakeside in the 80th minute. Vrana wept.", "en"),
    (
        "b",
        "Lakeside won when Tomas Vrana scored the winning goal in the 80th minute. Vrana wept.",
        "en",
    ),
    ("c", "The winning goal was scored by Petr Vrana in the 80th minute for Lakeside.", "en"),
    # opens a sentence: an adverb, no first name
    ("d", "Nuevamente Vrana marcó el gol de la victoria de Lakeside en el minuto 80.", "es"),
]


def _divergences(texts, groups=None):  # type: ignore[no-untyped-def]
    articles = [make_article(aid, text, lang) for aid, text, lang in texts]
    groups = groups or {a.id: a.id for a in articles}
    return name_divergences(align_facts(articles), articles, groups)


def test_a_first_name_one_outlet_alone_writes_is_a_name_divergence() -> None:
    found = _divergences(GOAL)
    assert [d.kind for d in found] == ["name"]
    (div,) = found
    assert div.odd_one_out == "c"
    assert "'Petr Vrana' (c)" in div.description and "Tomas Vrana" in div.description
    assert {v.article for v in div.variants} == {"a", "b", "c"}


def test_copies_of_one_source_are_not_the_two_witnesses_a_variant_needs() -> None:
    assert _divergences(GOAL[:3], {"a": "S1", "b": "S1", "c": "S2"}) == []


def test_two_names_in_one_article_are_two_people() -> None:
    texts = [
        (
            "a",
            "On Friday, Lena Sorel and Marc Sorel opened the new Lakeside stadium. Sorel smiled.",
            "en",
        ),
        ("b", "Marc Sorel opened the new stadium of Lakeside on Friday. Sorel smiled.", "en"),
        ("c", "On Friday Marc Sorel opened the new Lakeside stadium.", "en"),
    ]
    assert _divergences(texts) == []


def test_german_nouns_are_no_first_names() -> None:
    texts = [
        ("a", "Die Jury sprach Tomas Vrana am Montag schuldig. Vrana schwieg.", "de"),
        ("b", "Am Montag sprach die Jury schließlich Tomas Vrana schuldig. Vrana schwieg.", "de"),
        ("c", "Am Montag sprach die Jury den weißen Polizisten Vrana schuldig.", "de"),
    ]
    assert _divergences(texts) == []


def test_a_place_whose_last_word_never_stands_alone_is_no_person() -> None:
    texts = [
        ("a", "On Monday, North Korea fired a missile into the sea, officials said.", "en"),
        ("b", "Officials said that on Monday, North Korea fired a missile into the sea.", "en"),
        ("c", "On Monday, South Korea fired a missile into the sea, officials said.", "en"),
    ]
    assert _divergences(texts) == []


def test_roles_written_in_capitals_are_no_names() -> None:
    texts = [
        (
            "a",
            "On Monday, Prime Minister Lena Sorel opened the new Lakeside stadium. Later the Minister smiled.",
            "en",
        ),
        (
            "b",
            "On Monday, Prime Minister Lena Sorel opened the new stadium of Lakeside. Later the Minister smiled.",
            "en",
        ),
        ("c", "On Monday, Foreign Minister Lena Sorel opened the new Lakeside stadium.", "en"),
    ]
    assert _divergences(texts) == []


def test_one_sentence_printed_twice_but_for_the_first_name_needs_no_lone_surname() -> None:
    line = "{} side had looked the sharper early on and drew level with a curling Olle Berg shot."
    texts = [
        ("a", line.format("Goran Ilic's"), "en"),
        ("b", line.format("Goran Ilic's") + " Lakeside then faded.", "en"),
        ("c", line.format("Marko Ilic's"), "en"),
    ]
    (div,) = _divergences(texts)
    assert div.kind == "name" and div.odd_one_out == "c"
    assert "'Marko Ilic' (c)" in div.description
    # the same sentences with different lead words, "Ilic" standing nowhere alone: no copy
    texts[2] = ("c", "Marko Ilic's team drew level with a curling Olle Berg shot.", "en")
    assert _divergences(texts) == []
