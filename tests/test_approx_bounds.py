"""Bounds before a figure: "less than" negated is at least, "au moins" at least,
"moins de" alone less than, in every language that says it so."""

from __future__ import annotations

import pytest

from newsweave.compare.numbers import find_quantities


@pytest.mark.parametrize(
    ("text", "lang", "bound"),
    [
        ("No fewer than 38 ferries were held in Tarvel.", "en", ">="),
        ("No more than 38 ferries were held in Tarvel.", "en", "<="),
        ("Pas moins de 38 ferries ont été retenus à Tarvel.", "fr", ">="),
        ("Moins de 38 ferries ont été retenus à Tarvel.", "fr", "<"),
        ("Au moins 38 ferries ont été retenus à Tarvel.", "fr", ">="),
        ("Nicht weniger als 38 Fähren lagen in Tarvel fest.", "de", ">="),
        ("No menos de 38 transbordadores quedaron retenidos en Tarvel.", "es", ">="),
        ("Menos de 38 transbordadores quedaron retenidos en Tarvel.", "es", "<"),
        ("Non meno di 38 traghetti sono rimasti fermi a Tarvel.", "it", ">="),
        ("Não menos de 38 balsas ficaram retidas em Tarvel.", "pt", ">="),
        ("Menos de 38 balsas ficaram retidas em Tarvel.", "pt", "<"),
        ("Niet minder dan 38 veerboten lagen vast in Tarvel.", "nl", ">="),
        ("Nie mniej niż 38 promów utknęło w Tarvel.", "pl", ">="),
    ],
)
def test_a_negated_bound_turns_round(text: str, lang: str, bound: str) -> None:
    assert [q.approx for q in find_quantities(text, lang)] == [bound]
