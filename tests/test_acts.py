"""States told otherwise (`compare.acts`): the pairs read in each language, on invented sentences."""

from __future__ import annotations

import pytest

from newsweave.compare.acts import acts_apart, paired


def _told(text: str, lang: str) -> set[str]:
    return {m for m in paired(text, lang) if m}


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("The ferry service was halted for two hours and then resumed.", "en", "The rest of the ferry crossings were cancelled.", "en"),
        ("Le festival a été interrompu une heure avant de reprendre.", "fr", "The rest of the festival was called off.", "en"),
        ("Die Lesungen werden ab Montag wieder aufgenommen.", "de", "La biblioteca permanecerá cerrada hasta nuevo aviso.", "es"),
        ("O reator 3 foi reconectado à rede na sexta-feira.", "pt", "Il reattore 3 resta spento fino a nuovo ordine.", "it"),
        ("De veerdienst tussen de eilanden is hervat.", "nl", "Połączenie promowe zawieszono do odwołania.", "pl"),
        ("The pumping station was back online by Sunday.", "en", "Das Pumpwerk bleibt bis auf Weiteres außer Betrieb.", "de"),
    ],
)
def test_a_resumption_against_a_halt_without_end(a: str, la: str, b: str, lb: str) -> None:
    assert acts_apart(a, la, b, lb) == "a resumption against a halt without end: resumed vs halted indefinitely"


def test_a_resumption_denied_or_waiting_on_a_condition_is_none() -> None:
    # "has not been restarted" is still down; "will resume once …" tells no resumption, nor
    # "did not resume until 9 pm" a halt without end
    assert "halted indefinitely" in _told("Line 4 has not been restarted since the fire.", "en")
    assert not _told("Trains were stopped at noon and did not resume until 9 pm.", "en") & {"resumed", "halted indefinitely"}
    assert acts_apart(
        "The mill will resume work once the inspectors give their consent.", "en",
        "The mill stays shut until further notice.", "en",
    ) is None  # fmt: skip


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Der Frachter hat nach dem Zusammenstoß Schlagseite.", "de", "Il traghetto è stabile e non imbarca acqua.", "it"),
        ("Het vrachtschip maakte na de aanvaring water.", "nl", "The tanker is not taking on water, the port authority said.", "en"),
        ("El pesquero hacía agua cuando llegó el remolcador.", "es", "Le chalutier ne prend pas l'eau.", "fr"),
    ],
)
def test_a_ship_taking_on_water_against_one_that_is_not(a: str, la: str, b: str, lb: str) -> None:
    assert "taking on water" not in _told("The owners plan to contest the listing of the barge.", "en")
    assert acts_apart(a, la, b, lb) == "a ship taking on water against one that is not: taking on water vs not taking on water"


def test_a_negation_opening_the_clause_reaches_the_state() -> None:
    assert _told("None of the climbers brought down from the ridge is in a life-threatening condition.", "en") == {"stable"}
    # ... but not through a relative clause
    assert "caught" in _told("Nobody saw the driver who was arrested.", "en")


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Bis Sonntag durften alle Wanderer die Klinik wieder verlassen.", "de", "Three hikers remain in hospital in Tarnow.", "en"),
        ("All the cyclists could leave the hospital on Friday.", "en", "Zwei Radfahrer bleiben im Krankenhaus.", "de"),
        ("Todos os feridos já tiveram alta.", "pt", "Dos heridos siguen ingresados en Lugo.", "es"),
        ("Les deux randonneurs sont sortis de l'hôpital lundi.", "fr", "I due escursionisti restano ricoverati a Trento.", "it"),
    ],
)
def test_a_discharge_against_a_stay_in_hospital(a: str, la: str, b: str, lb: str) -> None:
    assert acts_apart(a, la, b, lb) == "a discharge against a stay in hospital: discharged vs in hospital"


def test_conditions_and_arrests_in_other_words() -> None:
    assert _told("Os dois pescadores não correm perigo de vida.", "pt") == {"stable"}
    assert acts_apart("Alle Passagiere befinden sich in stabilem Zustand.", "de", "A passenger is in critical condition.", "en")
    assert acts_apart("No arrests have been made so far.", "en", "Un uomo di 52 anni è stato fermato.", "it")
    assert acts_apart("Złodzieja nie udało się jeszcze zatrzymać.", "pl", "The thief was arrested in Lublin.", "en")
    assert acts_apart("The search continued through the night.", "en", "Las búsquedas fueron suspendidas por la noche.", "es")
