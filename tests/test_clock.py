"""Clock times with a part of the day (`compare.clock`), on invented sentences."""

from __future__ import annotations

import pytest

from newsweave.compare.numbers import find_quantities


@pytest.mark.parametrize(
    ("text", "lang", "minutes"),
    [
        ("The ferry left Port Aldo at six in the morning.", "en", 360),
        ("El ferry salió de Port Aldo a las seis de la mañana.", "es", 360),
        ("Le ferry a quitté Port Aldo à huit heures du soir.", "fr", 1200),
        ("Die Fähre legte um acht Uhr abends in Port Aldo ab.", "de", 1200),
        ("Il traghetto è partito alle otto di sera.", "it", 1200),
        ("O ferry partiu às oito da noite.", "pt", 1200),
        ("De veerboot vertrok om acht uur 's avonds.", "nl", 1200),
        ("Le ferry a quitté Port Aldo à 20 heures du soir.", "fr", 1200),
    ],
)
def test_an_hour_with_a_part_of_the_day_is_a_clock_time(text: str, lang: str, minutes: int) -> None:
    # "at six in the morning" had been a count of six; "huit heures du soir" 8:00, not 20:00
    (q,) = find_quantities(text, lang)
    assert (q.kind, q.value) == ("time", minutes)


def test_a_count_before_a_part_of_the_day_without_a_preposition_stays_a_count() -> None:
    (q,) = find_quantities("Six in the morning shift were sent home.", "en")
    assert q.kind != "time"


def test_hundreds_of_is_no_figure() -> None:
    # "a cientos de viajeros" had been a count of 100, set against "six" as a dissent
    assert find_quantities("La huelga dejó en tierra a cientos de viajeros.", "es") == []
    (q,) = find_quantities("Hubo ciento veinte heridos.", "es")
    assert q.value == 120
