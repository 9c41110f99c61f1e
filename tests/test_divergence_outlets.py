"""Divergences between outlets that are not (invented texts): a future of "can" read as a
certainty, a negated infinitive read as a negated clause, a train's length set against
the wagons that left the track, a flow per second against a yearly volume, a minute of
the match read as a span, an apposition read as a longer list of names; and how a
dissenting figure reads in an English sentence."""

from __future__ import annotations

import pytest

from newsweave.compare.details import name_list_divergences
from newsweave.compare.figures import number_divergences
from newsweave.compare.modality import modal_reason
from newsweave.compare.numbers import find_quantities
from newsweave.compare.polarity import meaning_differs
from newsweave.compare.quantity import minute_marks
from newsweave.compare.values import shown
from test_divergence_figures import _alignment, _numbers


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Dès demain, aucun paysan ne pourra vendre son blé au marché", "fr",
         "From tomorrow, no farmer will be able to sell his wheat at the market", "en"),
        ("Desde mañana ningún pescador podrá salir del puerto de Ostrel", "es",
         "From tomorrow no fisherman will be able to leave the port of Ostrel", "en"),
        ("We will be able to reopen the Tarnow bridge by spring", "en",
         "Wir können die Tarnow-Brücke bis zum Frühjahr wieder öffnen", "de"),
    ],
)  # fmt: skip
def test_the_future_of_can_is_a_possibility_in_every_language(a: str, la: str, b: str, lb: str) -> None:
    assert modal_reason(a, b, la, lb) is None
    # ... and a possibility against a certainty still differs
    assert modal_reason("Nous pourrions rouvrir le pont", "We will reopen the bridge", "fr", "en") is not None


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("We urge residents not to drink tap water until Friday", "en",
         "Pedimos a los vecinos que no beban agua del grifo hasta el viernes", "es"),
        ("Nous demandons aux riverains de ne pas boire l'eau du robinet", "fr",
         "We ask residents not to drink the tap water", "en"),
        ("Pedimos aos moradores não beber a água da torneira", "pt",
         "Chiediamo ai residenti di non bere l'acqua del rubinetto", "it"),
    ],
)  # fmt: skip
def test_a_negated_infinitive_negates_the_advice_not_the_adviser(a: str, la: str, b: str, lb: str) -> None:
    assert meaning_differs(a, b, la, lb, quoted=True) is None
    # ... while advice to do the opposite still differs
    assert meaning_differs("We urge residents not to drink tap water", "We urge residents to drink tap water", "en", "en", quoted=True)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Os visitantes marcaram aos 34 minutos, por Rui Lemos.", "pt", 34),
        ("El Orense empató a los 61 minutos con un cabezazo de Iker Sola.", "es", 61),
        ("Il Varese è passato in vantaggio al 27° minuto.", "it", 27),
        ("De thuisploeg scoorde in de 52e minuut.", "nl", 52),
        ("Gospodarze strzelili gola w 52. minucie.", "pl", 52),
    ],
)  # fmt: skip
def test_the_minute_a_goal_came_is_a_moment_in_every_language(text: str, lang: str, value: float) -> None:
    assert [(q.kind, q.value) for q in find_quantities(text, lang)] == [("minute", value)]


def test_a_goal_in_the_88th_minute_is_no_span_against_two_minutes_from_time() -> None:
    found = _numbers({
        "F1": [
            ("a", "Rovere thought they had won it two minutes from the end when Ivo Brant headed in.", "en"),
            ("b", "Rovere thought they had won it two minutes from the end when Ivo Brant headed in.", "en"),
            ("c", "Aos 88 minutos, Ivo Brant marcou de cabeça, mas o golo foi anulado; o Rovere marcara aos 34 minutos.", "pt"),
        ],
    })  # fmt: skip
    assert found == []


def test_a_flow_per_second_is_no_yearly_volume() -> None:
    found = _numbers({
        "F1": [
            ("a", "Le pacte garantit à la Drenie un volume annuel de 2,3 milliards de mètres cubes et un débit de 40 mètres cubes par seconde.", "fr"),
            ("b", "Le pacte garantit à la Drenie un volume annuel de 2,3 milliards de mètres cubes et un débit de 40 mètres cubes par seconde.", "fr"),
            ("c", "Der Pakt sichert Drenien jährlich 2,6 Milliarden Kubikmeter zu, bei mindestens 40 Kubikmetern pro Sekunde.", "de"),
            ("d", "The pact guarantees Drenia 2.3 billion cubic metres a year and a flow of 40 m³/s.", "en"),
        ],
    })  # fmt: skip
    (div,) = found
    assert div.odd_one_out == "c"
    assert "40" not in div.description and "per yr" in div.description


def test_a_trains_length_is_no_count_of_the_wagons_that_left_the_track() -> None:
    alignment, articles = _alignment({
        "F1": [
            ("a", "Der Zug mit 34 Wagen hatte Kohle und Chlor geladen.", "de"),
            ("b", "Z torów wypadło dziewięć wagonów pociągu, który przewoził węgiel i chlor.", "pl"),
            ("c", "Dix wagons sont sortis des rails, dont une citerne de chlore.", "fr"),
            ("d", "The train with 34 wagons was carrying coal and chlorine.", "en"),
        ],
        "F2": [
            ("d", "Nine of the convoy's 34 wagons came off the tracks near Velmo.", "en"),
            ("e", "Negen van de 34 wagons sprongen uit de rails bij Velmo.", "nl"),
        ],
    })  # fmt: skip
    nouns = {(lang, "wagen" if lang == "de" else "wagon"): "wagon" for lang in ("de", "pl", "fr", "en")}
    (div,) = [d for d in number_divergences(alignment, articles, nouns) if d.kind == "number"]  # type: ignore[arg-type]
    assert "34" not in div.description  # nine against ten, the train's 34 wagons aside
    assert {c.article for c in div.variants} >= {"b", "c"}


def test_an_apposition_is_no_longer_list_of_names() -> None:
    alignment, articles = _alignment({
        "F1": [
            ("a", "Les ministres Tomas Lind et Ivana Perc ont signé l'accord sur le canal à Brelo.", "fr"),
            ("b", "The ministers of Valdria and Ostmark, Tomas Lind and Ivana Perc, signed the canal accord in Brelo.", "en"),
            ("c", "Die Minister beider Staaten, Tomas Lind und Ivana Perc, unterzeichneten das Kanalabkommen in Brelo.", "de"),
        ],
    })  # fmt: skip
    for v in alignment.vectors:
        v[:] = 1.0  # one fact told alike
    assert name_list_divergences(alignment, articles) == []  # type: ignore[arg-type]
    # ... while a list that names another town still differs
    alignment, articles = _alignment({
        "F1": [
            ("a", "Ash fell on Sorel, Mavra and Teslin overnight.", "en"),
            ("b", "In der Nacht fiel Asche auf die Orte Sorel, Mavra, Teslin und Punta Vell.", "de"),
        ],
    })  # fmt: skip
    for v in alignment.vectors:
        v[:] = 1.0
    (div,) = name_list_divergences(alignment, articles)  # type: ignore[arg-type]
    assert "Orte" not in div.description


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("Lena Voss traf in der 52. Minute zum 1:0.", "de", "52nd minute"),
        ("O tribunal aplicou uma multa de 2,4 milhões de euros.", "pt", "2.4 million"),
        ("Rund 17.000 Menschen mussten die Stadt verlassen.", "de", "about 17,000"),
        ("Il governo stanzierà 3,1 miliardi di euro per il porto.", "it", "3.1 billion"),
    ],
)  # fmt: skip
def test_a_dissenting_figure_reads_in_english_in_an_english_sentence(text: str, lang: str, english: str) -> None:
    found = [*minute_marks(text), *[q for q in find_quantities(text, lang) if q.kind != "minute"]]
    q = next(q for q in found if q.kind in ("minute", "count", "money", "measure"))
    assert shown(q, False, None, "en") == english


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("W akcji brało udział około 300 ratowników z Wolny.", "~"),
        ("Zginęło co najmniej 12 górników.", ">="),
        ("Ewakuowano ponad 400 mieszkańców Sorki.", ">"),
    ],
)
def test_polish_qualifiers_make_a_figure_a_bound(text: str, approx: str) -> None:
    (q,) = find_quantities(text, "pl")
    assert q.approx == approx
