"""Number divergences that were missed because a figure was read as nothing or as another
thing (invented texts): an exchange rate ("19.62 per dollar"), a span told in two units
("five years and four months"), a later report's update, crews counted by class, a depth
told by another word, a vote told in words."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from newsweave.compare.figures import number_divergences
from newsweave.compare.numbers import find_quantities
from newsweave.model import Article, Sentence
from test_divergence_figures import _alignment, _numbers

# --- an exchange rate ------------------------------------------------------------------


def test_a_figure_per_currency_is_an_exchange_rate() -> None:
    """"19.62 per dollar" had been no figure at all ("per" read as a percent without its
    "cent"), "19,62 za dolara" a count of "za": the one outlet giving 19,26 went unseen."""
    for text, lang in (
        ("The lev slid to 19.62 per dollar.", "en"),
        ("Il lev è sceso a 19,62 per dollaro.", "it"),
        ("Lew osłabł do 19,62 za dolara.", "pl"),
        ("Le lev a reculé à 19,62 pour un dollar.", "fr"),
        ("Der Lew fiel auf 19,62 Lew je Dollar.", "de"),
        ("The lev traded at 19.62 against the dollar.", "en"),
    ):
        (q,) = [q for q in find_quantities(text, lang)]
        assert (q.kind, q.unit, q.value) == ("money", "per USD", 19.62), text
    # the old rate beside it is a rate too, and what it was
    old = find_quantities("The lev slid to 19.62 per dollar, from 19.40 before the vote.", "en")
    assert [(q.unit, q.previous) for q in old] == [("per USD", False), ("per USD", True)]
    divs = _numbers(
        {
            "F1": [
                ("a1", "The lev slid to 19.62 per dollar, from 19.40 before the vote.", "en"),
                ("a2", "Lew osłabł do 19,62 za dolara.", "pl"),
                ("a3", "Le lev a reculé à 19,62 pour un dollar.", "fr"),
                ("a4", "Il lev è sceso fino a 19,26 per dollaro.", "it"),
            ]
        }
    )
    assert len(divs) == 1 and divs[0].odd_one_out == "a4"
    assert divs[0].description.startswith("Figures differ (exchange rate (per USD))")
    # ... and a price per share stays a price: no exchange rate
    (share,) = find_quantities("The dividend is 12 euros per share.", "en")
    assert (share.unit, share.rate) == ("EUR", True)


# --- a span told in two units ----------------------------------------------------------


def test_a_span_in_two_units_joined_by_and_is_one_span() -> None:
    """"five years and four months" had been read as five years and a third of a year:
    the outlet giving "Cinque anni" (five years) stated its five, no dissent."""
    for text, lang in (
        ("Marwick was sentenced to five years and four months in prison.", "en"),
        ("Marwick fue condenada a cinco años y cuatro meses de prisión.", "es"),
        ("Marwick a été condamnée à cinq ans et quatre mois de prison.", "fr"),
        ("Marwick wurde zu fünf Jahren und vier Monaten Haft verurteilt.", "de"),
        ("Marwick została skazana na pięć lat i cztery miesiące więzienia.", "pl"),
    ):
        (q,) = find_quantities(text, lang)
        assert (q.unit, round(q.value, 3)) == ("yr", 5.333), text
    (q,) = find_quantities("The crossing took 3 hours and 45 minutes.", "en")
    assert (q.unit, q.value, q.text) == ("h", 3.75, "3 hours and 45 minutes")
    # two spans of two things stay two ("five years in prison and a 12-year ban")
    two = find_quantities("She got five years and was banned for twelve years.", "en")
    assert [q.value for q in two] == [5.0, 12.0]
    divs = _numbers(
        {
            "F1": [
                ("a1", "Marwick was sentenced to five years and four months in prison.", "en"),
                ("a2", "Marwick fue condenada a cinco años y cuatro meses de prisión.", "es"),
                ("a3", "Marwick a été condamnée à cinq ans et quatre mois de prison.", "fr"),
                ("a4", "Cinque anni di carcere per Marwick.", "it"),
            ]
        }
    )
    assert len(divs) == 1 and divs[0].odd_one_out == "a4"


def test_a_term_in_custody_is_compared_across_facts() -> None:
    """One outlet's lead packs the term with the fine ("Sette anni di carcere e una multa
    …"), a sentence of another fact: a term in custody is compared across facts as a toll
    is, a ban of years ("doce años de inhabilitación") is no term."""
    from newsweave.compare.slots import custodial

    ban = "Drobny fue condenado a siete años y tres meses de prisión y doce años de inhabilitación."
    assert [custodial(ban, q) for q in find_quantities(ban, "es")] == [True, False]
    divs = _numbers(
        {
            "F1": [
                ("a1", "Judge Orla Venn sentenced the former port director Kasimir Drobny to seven years and three months in prison.", "en"),
                ("a2", ban, "es"),
                ("a3", "Kasimir Drobny a été condamné à sept ans et trois mois de prison.", "fr"),
            ],
            "F2": [
                ("a4", "Sette anni di carcere e una multa di 200.000 euro per Drobny.", "it"),
                ("a1", "He was also fined 200,000 euros.", "en"),
            ],
        },
        near=((0, 3),),
    )
    (div,) = [d for d in divs if "duration" in d.description]
    assert div.odd_one_out == "a4" and {v.article for v in div.variants} == {"a1", "a2", "a3", "a4"}


# --- a later report's update -----------------------------------------------------------


def test_a_later_reports_update_weighs_in_no_odd_one_out() -> None:
    """The final count two days later ("circa 310 mila") had left the first day's odd one
    out unnamed; and "cifra en doscientos cuarenta mil los pasajeros" counted nothing
    (the noun past its article), so the Spanish report did not side with 240,000."""
    (q,) = find_quantities("El operador cifra en doscientos cuarenta mil los pasajeros afectados.", "es")
    assert (q.value, q.noun) == (240000.0, "people")
    divs = _numbers(
        {
            "F1": [
                ("a1", "The strike affected some 240,000 passengers, the operator said.", "en"),
                ("a2", "El operador cifra en doscientos cuarenta mil los pasajeros afectados.", "es"),
                ("a3", "Quelque 210 000 passagers sont touchés, selon l'opérateur.", "fr"),
                ("a4", "Il bilancio definitivo: circa 310 mila passeggeri coinvolti.", "it"),
            ]
        },
        dates={"a1": "2026-03-02", "a2": "2026-03-02T18:00:00", "a3": "2026-03-02", "a4": "2026-03-04"},
    )
    (div,) = divs
    assert div.odd_one_out == "a3" and "(a4, 2 days later)" in div.description
    # a report of the same day gives no update: its figure weighs ("27,54" beside "27,45")
    same_day = _numbers(
        {
            "F1": [
                ("a1", "The strike affected some 240,000 passengers, the operator said.", "en"),
                ("a2", "Quelque 240 000 passagers sont touchés, selon l'opérateur.", "fr"),
                ("a3", "Il bilancio: circa 310 mila passeggeri coinvolti.", "it"),
                ("a4", "Unos 240.000 pasajeros afectados, según el operador.", "es"),
            ]
        },
        dates={"a1": "2026-03-02", "a2": "2026-03-03", "a3": "2026-03-03", "a4": "2026-03-02"},
    )
    assert [d.odd_one_out for d in same_day] == ["a3"] and "later" not in same_day[0].description


# --- crews and depths ------------------------------------------------------------------


def test_rescuers_are_a_tally_in_every_language() -> None:
    """"About 140 rescuers" and "około 190 ratowników" had counted nouns that match in no
    other language (and across facts nothing at all): the two reports of 140 did not side
    against the one of 190."""
    for text, lang in (
        ("About 140 rescuers took part in the search.", "en"),
        ("Około 140 ratowników brało udział w akcji.", "pl"),
        ("Quelque 140 sauveteurs se sont relayés.", "fr"),
        ("Unos 140 rescatistas participaron.", "es"),
        ("Rund 140 Retter waren im Einsatz.", "de"),
    ):
        (q,) = find_quantities(text, lang)
        assert q.noun == "rescuers", text
    divs = _numbers(
        {
            "F1": [
                ("a1", "About 140 rescuers took part in the search for the two climbers.", "en"),
                ("a2", "Quelque 140 sauveteurs se sont relayés jour et nuit.", "fr"),
            ],
            "F2": [("a3", "Około 190 ratowników brało udział w akcji.", "pl")],
            "F3": [("a4", "Rund 140 Retter waren im Einsatz.", "de")],
        },
        near=((1, 2), (2, 3)),
    )
    (div,) = divs
    assert div.odd_one_out == "a3" and "rescuers" in div.description


def test_a_depth_told_by_any_word_and_a_sentence_going_on_the_one_before() -> None:
    """"520 metres below ground", "520 mètres de profondeur", "na głębokości 520 metrów",
    "in 560 Metern Tiefe" are one depth; the German report told it in a short sentence of
    its own after the flooding ("… eingebrochen. Die Männer saßen in 560 Metern Tiefe
    fest."), close to no other outlet's sentence: read with the sentence before it."""
    from newsweave.compare.slots import slot_of

    for text, lang in (
        ("Water flooded a gallery 520 metres below ground.", "en"),
        ("Une galerie inondée à 520 mètres de profondeur.", "fr"),
        ("Woda zalała chodnik na głębokości 520 metrów.", "pl"),
        ("Die Männer saßen in 520 Metern Tiefe fest.", "de"),
    ):
        (q,) = find_quantities(text, lang)
        assert slot_of(q, text, False) == ("measure", "m", "depth"), text
    vecs = np.array([[1, 0, 0], [0.9, 0.1, 0], [0.85, 0.15, 0], [0.6, 0.2, 0.77], [0.1, 0.05, 0.99]], dtype=np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    texts = [
        ("a1", "Water burst into a gallery 520 metres below ground late on Monday.", "en"),
        ("a2", "L'eau a envahi lundi soir une galerie à 520 mètres de profondeur.", "fr"),
        ("a3", "Woda wdarła się w poniedziałek do chodnika na głębokości 520 metrów.", "pl"),
        ("a4", "Das Wasser war am Montagabend in einen Stollen eingebrochen.", "de"),
        ("a4", "Die Männer saßen in 560 Metern Tiefe fest.", "de"),
    ]
    sents = [Sentence(aid, k if aid != "a4" else k - 3, t, 0, len(t), 0, lang) for k, (aid, t, lang) in enumerate(texts)]
    alignment = SimpleNamespace(
        sentences=sents,
        vectors=vecs,
        facts=[SimpleNamespace(id="F1"), SimpleNamespace(id="F2")],
        support_rows={"F1": [0, 1, 2, 3], "F2": [4]},
        groups={a: a for a in ("a1", "a2", "a3", "a4")},
    )
    articles = [Article(id=a, text="", lang=lang) for a, lang in (("a1", "en"), ("a2", "fr"), ("a3", "pl"), ("a4", "de"))]
    (div,) = [d for d in number_divergences(alignment, articles) if d.kind == "number"]  # type: ignore[arg-type]
    assert div.odd_one_out == "a4" and div.description.startswith("Figures differ (depth (m))")


# --- evacuees, a corrected term, a vote in words -----------------------------------------


def test_people_moved_out_or_taken_from_home_are_evacuees() -> None:
    """"2,600 people were moved out of the valley" and "retiraram de casa 2.900 pessoas"
    counted people, no tally, so they were never set side by side across facts."""
    (en,) = find_quantities("Some 2,600 people were moved out of the valley villages overnight.", "en")
    (pt,) = find_quantities("As autoridades retiraram de casa 2.900 pessoas.", "pt")
    assert en.context == pt.context == "evacuated"
    divs = _numbers(
        {
            "F1": [
                ("a1", "Some 2,600 people were moved out of the valley villages overnight.", "en"),
                ("a2", "Volgens de autoriteiten gaat het om 2.600 mensen.", "nl"),
            ],
            "F2": [("a3", "As autoridades fecharam a estrada e retiraram de casa 2.900 pessoas.", "pt")],
            "F3": [("a4", "Quelque 2 600 personnes ont été évacuées.", "fr")],
        },
        near=((0, 2), (0, 3)),
    )
    (div,) = divs
    assert div.odd_one_out == "a3"


def test_a_figure_an_outlet_denies_is_not_its_own() -> None:
    """"… dat het verdrag voor 20 jaar geldt, en niet voor 40 jaar zoals werd aangekondigd"
    had told both terms, so the one report correcting the term told neither: the denied
    figure is what was said before."""
    found = find_quantities("Het verdrag geldt voor 20 jaar, en niet voor 40 jaar zoals werd aangekondigd.", "nl")
    assert [(q.value, q.previous) for q in found] == [(20.0, False), (40.0, True)]
    found = find_quantities("Police said 8,000 people marched, not 25,000 as organisers claimed.", "en")
    assert [(q.value, q.previous) for q in found] == [(8000.0, False), (25000.0, True)]
    found = find_quantities("Le pacte vaut pour 20 ans au lieu de 40 ans.", "fr")
    assert [q.previous for q in found] == [False, True]
    # a bound is no denial ("no fewer than 30")
    assert not any(q.previous for q in find_quantities("No fewer than 30 people died and 12 were hurt.", "en"))
    divs = _numbers(
        {
            "F1": [
                ("a1", "The pact runs for 40 years.", "en"),
                ("a2", "Der Vertrag hat eine Laufzeit von 40 Jahren.", "de"),
                ("a3", "Het verdrag geldt voor 20 jaar, en niet voor 40 jaar zoals werd aangekondigd.", "nl"),
            ]
        },
        dates={"a1": "2026-05-01", "a2": "2026-05-01", "a3": "2026-05-04"},
    )
    (div,) = divs
    assert "20 (a3, 3 days later)" in div.description and div.odd_one_out is None


def test_a_vote_told_in_words_is_a_score() -> None:
    """"mit sechs zu einer Stimme" against "voted 5-2", "cinq voix contre deux",
    "pięcioma głosami do dwóch": a vote in words had been no score at all."""
    from newsweave.compare.votes import vote_tallies

    assert vote_tallies("Der Rat stimmte mit sechs zu einer Stimme zu.", "de") == {(6, 1)}
    assert vote_tallies("Decyzję podjęto pięcioma głosami do dwóch.", "pl") == {(5, 2)}
    assert vote_tallies("La décision a été prise par cinq voix contre deux.", "fr") == {(5, 2)}
    assert vote_tallies("Prices rose from 5 to 7 percent.", "en") == set()
    alignment, articles = _alignment(
        {
            "F1": [
                ("a1", "The council voted 5-2 to close the harbour.", "en"),
                ("a2", "La décision a été prise par cinq voix contre deux.", "fr"),
                ("a3", "Decyzję podjęto pięcioma głosami do dwóch.", "pl"),
            ],
            "F2": [("a4", "Der Rat hat den Hafen geschlossen – mit sechs zu einer Stimme.", "de")],
        },
        near=((0, 3),),
    )
    (div,) = [d for d in number_divergences(alignment, articles) if d.description.startswith("Scores")]  # type: ignore[arg-type]
    assert div.odd_one_out == "a4"



def test_a_bound_just_below_a_span_in_two_units_agrees_with_it() -> None:
    """"more than nine minutes" and "9 minutes and 17 seconds" (one span now, 9.28
    minutes) tell one span; "more than seven minutes" is the odd one out."""
    divs = _numbers(
        {
            "F1": [
                ("a1", "The rope held him for more than nine minutes.", "en"),
                ("a2", "Das Seil hielt ihn 9 Minuten und 17 Sekunden.", "de"),
                ("a3", "The rope held him for 9 minutes and 17 seconds.", "en"),
                ("a4", "La corde l'a retenu plus de sept minutes.", "fr"),
            ]
        }
    )
    (div,) = divs
    assert div.odd_one_out == "a4"


def test_a_later_reports_other_time_of_a_past_moment_is_no_update() -> None:
    """ "um 17.24 Uhr" two days after "at 5:42 p.m." of one collapse: a moment past does not
    change as a toll does, so the later report is the odd one out, not an update."""
    divs = _numbers(
        {
            "F1": [
                ("a1", "The Velmar bridge collapsed at 5:42 p.m. on Wednesday, police said.", "en"),
                ("a2", "Die Velmar-Brücke stürzte am Mittwoch um 17.42 Uhr ein.", "de"),
                ("a3", "Most Velmar runął w środę o godz. 17.42.", "pl"),
                ("a4", "Die Velmar-Brücke war am Mittwoch um 17.24 Uhr eingestürzt.", "de"),
            ]
        },
        dates={"a1": "2026-05-13", "a2": "2026-05-13", "a3": "2026-05-13", "a4": "2026-05-15"},
    )
    (div,) = divs
    assert div.odd_one_out == "a4" and "later" not in div.description
