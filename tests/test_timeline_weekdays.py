"""Which weekday a sentence means: "last" before it in every language, a span opening on a
day to come ("from Saturday"), a planned start told in the present ("which opens on
Friday"), and a conjecture about the past ("would have caused"), whose modal is no future."""

from __future__ import annotations

from datetime import date

import pytest

from newsweave.summarize.timeline import resolve_dates

TUESDAY = date(2031, 10, 14)  # Saturday before: 11 October; Saturday after: 18 October
SATURDAY = date(2031, 10, 18)  # Monday before: 13 October; Monday after: 20 October
THURSDAY = date(2031, 10, 16)  # Sunday before: 12 October; Sunday after: 19 October


def _days(text: str, lang: str, ref: date) -> list[str]:
    return [value for value, _, _ in resolve_dates(text, lang, ref)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La bomba de la depuradora de Valdeluz estaría averiada desde el pasado lunes.", "es"),
        ("El pasado lunes se podría reabrir la biblioteca de Valdeluz, según el alcalde.", "es"),
        ("A bomba da estação de Ribafria estaria avariada desde o passado segunda-feira.", "pt"),
        ("La pompa della stazione di Roccafonda sarebbe guasta dallo scorso lunedì.", "it"),
    ],
)
def test_last_before_a_weekday_points_back(text: str, lang: str) -> None:
    # "el pasado lunes" in a Saturday's report: five days back, not two days on
    assert _days(text, lang, SATURDAY) == ["2031-10-13"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vanaf zaterdag kunnen inwoners van Wemeldonk die nooit een pas kregen er gratis een halen.", "nl"),
        ("À partir de samedi, les habitants de Brévanne qui n'ont pas reçu de carte peuvent en retirer une.", "fr"),
        ("From Saturday, residents of Colbury who never received a permit can collect one free.", "en"),
        ("Ab Samstag können Bewohner von Kelmbach, die keinen Ausweis bekamen, einen abholen.", "de"),
        ("A partir de sábado, los vecinos de Valdeluz que no recibieron la tarjeta pueden recogerla.", "es"),
        ("A partir de sábado, os moradores de Ribafria que não receberam o cartão podem levantá-lo.", "pt"),
        ("The permit scheme, which begins on Saturday, covers every household in Colbury.", "en"),
        ("Le dispositif, qui démarre samedi, concerne tous les foyers de Brévanne.", "fr"),
    ],
)
def test_a_span_opening_on_a_weekday_or_a_planned_start_looks_ahead(text: str, lang: str) -> None:
    # in a Tuesday's report, the Saturday to come, not the one three days back
    assert _days(text, lang, TUESDAY) == ["2031-10-18"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("From Saturday, the roads around Colbury were closed to lorries.", "en"),
        ("Vanaf zaterdag waren de wegen rond Wemeldonk afgesloten.", "nl"),
        ("The permit scheme, which began on Saturday, covers every household in Colbury.", "en"),
    ],
)
def test_a_span_told_in_the_past_still_points_back(text: str, lang: str) -> None:
    assert _days(text, lang, TUESDAY) == ["2031-10-11"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Officials said a cracked valve would have let seawater into the Colbury cistern "
            "during the gale of Sunday.",
            "en",
        ),
        ("Laut Anwohnern soll der Sturm am Sonntag das Dach der Kelmbacher Halle beschädigt haben.", "de"),
        ("Selon des riverains, la tempête de dimanche aurait endommagé le toit de la halle de Brévanne.", "fr"),
    ],
)
def test_a_conjecture_about_the_past_points_back(text: str, lang: str) -> None:
    # in a Thursday's report, the Sunday gone by, not the one to come
    assert _days(text, lang, THURSDAY) == ["2031-10-12"]


def test_a_future_beside_a_conjecture_still_looks_ahead() -> None:
    text = "The gale could have flooded the cistern, and the Colbury council will meet on Sunday."
    assert _days(text, "en", THURSDAY) == ["2031-10-19"]
    # a future perfect is a future: the day is to come
    text = "By Sunday the crews in Colbury will have cleared the road."
    assert _days(text, "en", THURSDAY) == ["2031-10-19"]

