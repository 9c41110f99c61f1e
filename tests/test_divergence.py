"""Numbers across languages, number and claim divergences, disputed facts (invented texts)."""

from __future__ import annotations

import pytest

from helpers import make_article
from newsweave.align.facts import align_facts
from newsweave.compare.claims import claim_divergences, negation_flip
from newsweave.compare.divergence import find_divergences, mark_disputed
from newsweave.compare.figures import number_divergences
from newsweave.compare.numbers import find_dates, find_quantities, parse_number
from newsweave.compare.quantity import Quantity
from newsweave.compare.values import comparable, misparse_pair, same_figure


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind", "unit"),
    [
        ("Russia-style aid of 105 billion rubles was pledged", "en", 105e9, "money", "RUB"),
        ("preparing 200,000 new troops", "en", 200_000, "count", None),
        ("plus de 1,5 million de personnes", "fr", 1_500_000, "count", None),
        ("más de 1,5 millones de personas", "es", 1_500_000, "count", None),
        ("200 mil personas", "es", 200_000, "count", None),
        ("105 Milliarden Rubel", "de", 105e9, "money", "RUB"),
        ("ein Beben der Stärke 7,8", "de", 7.8, "magnitude", "M"),
        ("3.800 Tote", "de", 3_800, "count", None),
        ("1 200 habitants évacués", "fr", 1_200, "count", None),
        ("more than a thousand buildings collapsed", "en", 1_000, "count", None),
        # "m" glued to a figure before what it counts is millions, not metres
        ("1.2m people were affected by the outage", "en", 1_200_000, "count", None),
        ("a 120m bridge over the river", "en", 120, "measure", "m"),
        ("Oltre 3mila persone sono state evacuate", "it", 3_000, "count", None),
        # nobody, before a word of a toll: a toll of zero
        ("No one was killed when the bridge fell", "en", 0, "count", None),
        ("Es gab keine Toten", "de", 0, "count", None),
        # a share written as a ratio: a percent
        ("with nine in ten trains cancelled", "en", 90, "percent", "%"),
        ("neuf trains sur dix ont été supprimés", "fr", 90, "percent", "%"),
        ("nueve de cada diez trenes", "es", 90, "percent", "%"),
        ("one in five voters", "en", 20, "percent", "%"),
        ("one study in 17 people", "en", 1, "count", None),
        ("at 4:17 a.m., Orla time", "en", 257, "time", "min"),
        ("vers 19 heures", "fr", 19 * 60, "time", "min"),
        # Polish counts inflect by gender and case ("dwie osoby", "dwóch mężczyzn")
        ("Nie żyją dwie osoby, pięć jest zaginionych", "pl", 2, "count", None),
        ("Policja zatrzymała trzech mężczyzn", "pl", 3, "count", None),
        # half an hour before the hour, in German and Dutch: 9.30, no count of ten firemen
        ("Gegen halb zehn hatten die Feuerwehrleute den Brand unter Kontrolle", "de", 570, "time", "min"),
        ("Om half tien hadden de brandweerlieden het vuur onder controle", "nl", 570, "time", "min"),
        ("inflation reached 12 per cent", "en", 12, "percent", "%"),
        # a unit in the singular, joined to the figure: durations and distances, any language
        ("unions called a 24-hour strike", "en", 24, "measure", "h"),
        ("a three-day visit to Velmar", "en", 3, "measure", "d"),
        ("a 10-kilometre exclusion zone", "en", 10, "measure", "km"),
        ("dopo 1 ora di attesa", "it", 1, "measure", "h"),
        ("спустя 1 час", "ru", 1, "measure", "h"),
        ("12 segundos", "es", 12, "measure", "s"),
    ],
)
def test_find_quantities(text: str, lang: str, value: float, kind: str, unit: str | None) -> None:
    q = find_quantities(text, lang)[0]
    assert (q.value, q.kind, q.unit) == (pytest.approx(value), kind, unit)


def test_number_context_and_qualifiers() -> None:
    dead, hurt = find_quantities("four residents were killed in Tarsel and 120 were injured", "en")
    assert (dead.value, dead.context) == (4, "dead")
    assert (hurt.value, hurt.context) == (120, "injured")
    assert find_quantities("several thousand soldiers arrived", "en") == []  # vague
    assert find_quantities("at least 912 dead", "en")[0].approx == ">="
    assert [(d.month, d.day) for d in find_dates("le 19 décembre 2022", "fr")] == [(12, 19)]
    assert find_quantities("Reiner arrived on March 3 in Halden", "en") == []  # a date


def test_separators_and_misparse_guard() -> None:
    assert parse_number("200,000", "en") == (200_000, True)
    assert parse_number("7,8", "de") == (7.8, False)
    assert parse_number("1.200", "de") == (1_200, True)
    twelve, twelve_k = find_quantities("12 people and 12,000 people", "en")
    assert misparse_pair(twelve, twelve_k)
    about, more = find_quantities("about 400 firefighters, then more than 410 firefighters", "en")
    assert same_figure(about, more)


EVAC = [
    ("a-en", "About 1,200 residents of the Marsh valley were evacuated on Friday.", "en"),
    ("b-fr", "Environ 1 200 habitants de la vallée de Marsh ont été évacués vendredi.", "fr"),
    ("c-de", "Rund 1.200 Anwohner des Marsh-Tals wurden am Freitag evakuiert.", "de"),
    ("d-en", "Around 1,500 residents of the Marsh valley were evacuated on Friday.", "en"),
]


def test_number_divergence_across_languages_with_odd_one_out() -> None:
    articles = [make_article(aid, text, lang) for aid, text, lang in EVAC]
    alignment = align_facts(articles)
    found = number_divergences(alignment, articles)
    assert len(found) == 1
    div = found[0]
    assert div.kind == "number" and div.odd_one_out == "d-en"
    assert {v.article for v in div.variants} == {"a-en", "b-fr", "c-de", "d-en"}
    assert "1,500" in div.description and div.fact is not None
    mark_disputed(alignment.facts, found)
    assert next(f for f in alignment.facts if f.id == div.fact).status == "disputed"


def test_no_divergence_for_rounding_and_qualifiers() -> None:
    articles = [
        make_article("a", "More than 400 firefighters fought the blaze through the night.", "en"),
        make_article("b", "About 400 firefighters fought the blaze through the night.", "en"),
        make_article("c", "Quelque 400 pompiers ont combattu l'incendie toute la nuit.", "fr"),
    ]
    assert number_divergences(align_facts(articles), articles) == []


LEVY = [
    (
        "a",
        "Finance minister Ruth Alder ruled out a new levy on water bills to pay for the dam.",
        "en",
    ),
    (
        "b",
        "The finance minister ruled out a new levy on water bills to pay for the dam repairs.",
        "en",
    ),
    (
        "c",
        "Neither the minister nor the governor ruled out a new levy on water bills for the dam.",
        "en",
    ),
    ("d", "La ministre des Finances a exclu toute nouvelle taxe sur les factures d'eau.", "fr"),
]


def test_claim_contradiction_names_the_dissenter() -> None:
    articles = [make_article(aid, text, lang) for aid, text, lang in LEVY]
    alignment = align_facts(articles)
    groups = {a.id: a.id for a in articles}
    found = claim_divergences(alignment, articles, groups)
    assert len(found) == 1
    assert found[0].kind == "claim" and found[0].odd_one_out == "c"
    assert {"a", "b", "c"} <= {v.article for v in found[0].variants}


RATE = [
    ("a", "The central bank of Orlavia raised its main interest rate by a quarter point to 3.5% on Tuesday.", "en"),
    ("b", "Die Zentralbank von Orlavia hat ihren Leitzins am Dienstag um einen Viertelpunkt auf 3,5 Prozent angehoben.", "de"),
    ("c", "La banque centrale d'Orlavie a abaissé mardi son taux directeur d'un quart de point, à 3,5 %.", "fr"),
    ("d", "Orlavia's central bank lifted its key rate to 3.5% on Tuesday, its second increase this year.", "en"),
    ("e", "El banco central de Orlavia subió el martes su tipo de interés principal hasta el 3,5 %.", "es"),
]


@pytest.mark.parametrize("grouped", [False, True])
def test_the_one_outlet_in_its_language_that_says_the_opposite_is_the_odd_one(grouped: bool) -> None:
    # Alone in French, the outlet saying the bank lowered its rate has no peer in its own
    # language to be read against; the opposite words made to cross languages tell it,
    # against every other outlet. Grouped with an English outlet as one report's
    # translation, its sentence still counts as a voice of its own.
    articles = [make_article(aid, text, lang) for aid, text, lang in RATE]
    groups = {a.id: a.id for a in articles}
    if grouped:
        groups["c"] = "a"
    found = claim_divergences(align_facts(articles), articles, groups)
    assert [(d.kind, d.odd_one_out) for d in found] == [("claim", "c")]
    assert "opposite directions" in found[0].description


def test_two_reports_with_opposite_verdicts_across_languages_diverge() -> None:
    articles = [
        make_article("a", "A court in Varn on Friday convicted the former mayor Ivo Stark of taking bribes.", "en"),
        make_article("b", "Ein Gericht in Varn hat den früheren Bürgermeister Ivo Stark am Freitag vom Vorwurf der Bestechlichkeit freigesprochen.", "de"),
    ]
    found = claim_divergences(align_facts(articles), articles, {"a": "a", "b": "b"})
    assert [(d.kind, d.odd_one_out) for d in found] == [("claim", None)]
    assert "opposite verdicts" in found[0].description


def test_claim_check_is_conservative() -> None:
    assert negation_flip(LEVY[0][1], LEVY[2][1])
    # an aside negation does not flip the statement
    assert not negation_flip(
        "The minister ruled out a new levy on water bills, which was not on the agenda.",
        "The minister ruled out a new levy on water bills for the dam repairs.",
    )
    # paraphrases without any negation difference are not claims
    articles = [make_article(aid, text, lang) for aid, text, lang in LEVY if aid != "c"]
    groups = {a.id: a.id for a in articles}
    assert claim_divergences(align_facts(articles), articles, groups) == []


def test_find_divergences_passes_quote_divergences_through() -> None:
    from newsweave.model import Citation, Divergence

    articles = [make_article(aid, text, lang) for aid, text, lang in EVAC]
    quote = Divergence("quote", "Quote reads differently", [Citation("a-en", "x")], "a-en")
    found = find_divergences(
        align_facts(articles), articles, {a.id: a.id for a in articles}, quote_divergences=[quote]
    )
    assert [d.kind for d in found] == ["number", "quote"]


def test_detail_list_divergence_names_variants_and_odd_one_out() -> None:
    from newsweave.compare.details import detail_divergences, detail_lists

    articles = [
        make_article(
            "a", "The island of Peloria depends on its neighbour for cheap grain and loans.", "en"
        ),
        make_article(
            "b", "Peloria relies on its larger neighbour for timber and grain deliveries.", "en"
        ),
        make_article(
            "c", "The neighbour supplies Peloria with grain and timber at a reduced price.", "en"
        ),
        make_article("d", "Peloria and its neighbour signed the treaty on Tuesday.", "en"),
    ]
    assert [sorted(d.items) for d in detail_lists(articles[0].text)] == [["grain", "loans"]]
    assert detail_lists(articles[3].text) == []  # names are actors, not details
    found = detail_divergences(align_facts(articles), articles)
    assert len(found) == 1
    div = found[0]
    assert div.kind == "detail" and {v.article for v in div.variants} == {"a", "b", "c"}
    assert div.odd_one_out == "a"
    assert "grain and loans" in div.description and "timber and grain" in div.description


def test_same_list_in_another_order_is_no_divergence() -> None:
    from newsweave.compare.details import detail_divergences

    articles = [
        make_article("a", "The storm cut power and water to the coastal town of Varn.", "en"),
        make_article("b", "Varn, a coastal town, lost water and power during the storm.", "en"),
        make_article("c", "The storm moved slowly and steadily along the coast near Varn.", "en"),
    ]
    assert detail_divergences(align_facts(articles), articles) == []


def test_match_minute_divergence_across_ordinal_forms() -> None:
    articles = [
        make_article("a", "Tova Renn scored Lakeside's second goal in the 59th minute.", "en"),
        make_article("b", "Tova Renn a inscrit le deuxième but de Lakeside à la 59e minute.", "fr"),
        make_article("c", "Tova Renn scored Lakeside's second goal in the 61st minute.", "en"),
    ]
    found = number_divergences(align_facts(articles), articles)
    assert len(found) == 1 and found[0].odd_one_out == "c"
    assert "minute" in found[0].description


def test_close_pairs_from_neighbours_match_the_exact_pairs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from newsweave.compare import pairs

    rng = np.random.default_rng(7)
    centres = rng.normal(size=(6, 32))
    vecs = np.vstack([c + 0.3 * rng.normal(size=(10, 32)) for c in centres]).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    exact = pairs.close_pairs(vecs, 0.8)
    monkeypatch.setattr(pairs, "EXACT_PAIRS", 10)
    approx = pairs.close_pairs(vecs, 0.8)
    assert exact and [(i, j) for i, j, _ in approx] == [(i, j) for i, j, _ in exact]


def test_articles_that_state_one_list_alike_do_not_diverge_on_it() -> None:
    from newsweave.compare.details import detail_divergences

    articles = [
        make_article("a", "The envoys pledged a lasting and stable peace for Oread.", "en"),
        make_article(
            "b",
            "The envoys pledged a lasting and stable peace for Oread on Monday.\n\n"
            "The deal promises a lasting and fair peace for Oread, officials said.",
            "en",
        ),
    ]
    assert detail_divergences(align_facts(articles), articles) == []


def test_match_minute_marks_in_list_and_on_n_minutes_forms() -> None:
    from newsweave.compare.numbers import minute_marks

    assert [q.value for q in minute_marks("Buts : Rask (17e, 104e) et Olle (41e).")] == [
        17.0,
        104.0,
        41.0,
    ]
    assert [q.value for q in minute_marks("Lakeside won a penalty on 41 minutes.")] == [41.0]
    assert minute_marks("The hearing went on 45 minutes longer than planned.") == []
    assert minute_marks("Il a fini 3e, derrière Olle.") == []
    # a list's last item after its coordinator, and an ordinal a later "minute" completes
    assert [q.text for q in minute_marks("Buts : Olle (62e, 63e et 111e).")] == [
        "62e",
        "63e",
        "111e",
    ]
    assert [q.value for q in minute_marks("Renn a marqué à la 59e et Berg à la 65e minute.")] == [
        59.0,
        65.0,
    ]
    assert [q.value for q in minute_marks("Goals came in the 59th and 65th minutes.")] == [59, 65]
    # German ordinals end with a stop: "in der 23. und 76. Minute"
    assert [q.value for q in minute_marks("Renn traf in der 23., 41. und 76. Minute.")] == [23, 41, 76]
    assert minute_marks("Renn est le 2e plus jeune buteur, à 19 ans.") == []
    articles = [
        make_article(
            "a", "Lakeside were awarded a penalty on 41 minutes after a video review.", "en"
        ),
        make_article(
            "b", "Lakeside earned a penalty in the 38th minute after a video review.", "en"
        ),
    ]
    found = number_divergences(align_facts(articles), articles)
    assert len(found) == 1 and "41" in found[0].description and "38" in found[0].description


def test_two_minutes_one_article_names_together_are_two_goals_not_a_divergence() -> None:
    articles = [
        make_article("a", "Tova Renn scored for Lakeside in the 17th minute of the final.", "en"),
        make_article("b", "Tova Renn scored for Lakeside in the 104th minute of the final.", "en"),
        make_article(
            "c",
            "Lakeside a battu Dunmore en finale dimanche soir devant 40 000 spectateurs.\n\n"
            "Les buteurs : Tova Renn (17e, 104e) et Olle Berg (41e).",
            "fr",
        ),
    ]
    assert number_divergences(align_facts(articles), articles) == []
    # without an article naming both, the two sentences do disagree on one goal
    assert len(number_divergences(align_facts(articles[:2]), articles[:2])) == 1


def test_verbs_and_measures_joined_by_and_are_no_detail_list() -> None:
    from newsweave.compare.details import detail_lists

    assert detail_lists("Renn was immediately handcuffed and taken into custody.") == []
    assert detail_lists("The guard saved the ledger and gave the keys to the clerk.") == []
    assert detail_lists("The hearing lasted 9 minutes and 17 seconds in all.") == []
    assert detail_lists("Velmar depends on its neighbour for cheap grain and loans.") != []
    # a verb with a bare object after a noun with its article
    assert detail_lists("The grant will build a new quay and install crane rails.") == []
    assert detail_lists("The grant will pay for a new quay and for cranes.") != []
    # a verb counting a figure in words, its qualifier aside, is no list item
    assert detail_lists("The storm flooded homes in Orla province and left at least four people dead.") == []
    assert detail_lists("Floods hit the Orla valley and displaced about 8,000 people.") == []


def test_a_list_whose_items_the_other_sentence_names_is_no_detail_divergence() -> None:
    from newsweave.compare.details import detail_divergences

    articles = [
        make_article("a", "A firefighter and two police officers were hurt as flames swept a Velmar warehouse."),
        make_article("b", "A firefighter and two policemen were hurt as flames swept a Velmar warehouse on Monday."),
    ]
    # "police officers" names the police of "a firefighter and two policemen"
    assert detail_divergences(align_facts(articles), articles) == []


def test_spans_of_one_sitting_compare_across_facts_but_years_do_not() -> None:
    articles = [
        make_article(
            "a",
            "Before the talks the two mayors shared a warm 14-second handshake at the pier.",
            "en",
        ),
        make_article(
            "b",
            "Los dos alcaldes se dieron un apretón de manos durante 11 segundos en el muelle.",
            "es",
        ),
        make_article("c", "The mayor promised to rebuild the old pier within five years.", "en"),
        make_article("d", "The old pier of the harbour town is about 120 years old.", "en"),
    ]
    # every sentence its own fact: only the cross-fact pairing can link them
    alignment = align_facts(articles, threshold=0.99)
    found = number_divergences(alignment, articles)
    assert len(found) == 1
    assert {v.article for v in found[0].variants} == {"a", "b"}
    assert "duration (s)" in found[0].description


def test_years_counted_from_a_named_year_are_another_period() -> None:
    articles = [
        make_article(
            "a", "Lakeside won the national cup on Sunday, its first title in 24 years.", "en"
        ),
        make_article(
            "b",
            "Lakeside won the national cup on Sunday, 20 years after losing the 2011 final.",
            "en",
        ),
        make_article(
            "c", "Lakeside won the national cup on Sunday, its first title in 26 years.", "en"
        ),
    ]
    alignment = align_facts(articles)
    assert len({f.id for f in alignment.facts if len(f.support) == 3}) == 1  # one fact
    found = number_divergences(alignment, articles)
    # 24 and 26 years disagree; b's 20 years count from 2011, a period of its own
    assert len(found) == 1 and {v.article for v in found[0].variants} == {"a", "c"}


def test_a_sentence_with_several_times_counts_for_the_one_another_gives_alone() -> None:
    articles = [
        make_article("a", "The Orvik ferry left the harbour of Skel at 9:10 on Sunday.", "en"),
        make_article("b", "The Orvik ferry left the harbour of Skel at 9:40 on Sunday.", "en"),
        make_article(
            "c", "The Orvik ferry left the harbour of Skel at 9:10 and was back at 11:30.", "en"
        ),
    ]
    found = number_divergences(align_facts(articles), articles)
    # c names one of the disputed times (9:10, with a); its 11:30 is no one's departure
    assert len(found) == 1 and {v.article for v in found[0].variants} == {"a", "b", "c"}
    assert found[0].odd_one_out == "b"
    # naming both disputed times, c says nothing of which is the departure
    articles[2] = make_article(
        "c", "The Orvik ferry left the harbour of Skel at 9:10 and was back at 9:40.", "en"
    )
    found = number_divergences(align_facts(articles), articles)
    assert all(v.article != "c" for d in found for v in d.variants)


def test_two_goal_lists_that_differ_in_one_minute_disagree_on_that_goal() -> None:
    articles = [
        make_article(
            "a", "Buteurs : Tova Renn (12e, 97e) et Olle Berg (40e, 61e et 88e) pour Lakeside.", "fr"
        ),
        make_article(
            "b", "Buteurs : Tova Renn (12e, 98e) et Olle Berg (40e, 61e et 88e) pour Lakeside.", "fr"
        ),
        make_article(
            "c", "Buteurs : Tova Renn (12e et 98e) et Olle Berg (40e, 61e) pour Lakeside.", "fr"
        ),
    ]
    found = [d for d in number_divergences(align_facts(articles), articles) if "minute" in d.description]
    assert len(found) == 1
    described = found[0].description
    assert "97e (a)" in described and "98e (b)" in described and "98e (c)" in described
    assert "88e" not in described and found[0].odd_one_out == "a"


def test_a_quote_divergence_disputes_the_fact_that_holds_its_variants() -> None:
    from newsweave.model import Citation, Divergence, Fact

    quote = [
        Citation("a", "The dam can hold without us", 4),
        Citation("b", "The dam cannot hold without us", 2),
        Citation("c", "Without us the dam holds", 7),
    ]
    held = Fact("F1", "x", [Citation("b", "…", 2), Citation("c", "…", 7)], 2)
    other = Fact("F2", "y", [Citation("a", "…", 1), Citation("b", "…", 3)], 2)
    worded = Fact("F3", "z", [Citation("a", "…", 9), Citation("c", "…", 8)], 2)
    divs = [
        Divergence("quote", "reads differently in b", quote, odd_one_out="b"),
        Divergence(
            "wording", "worded otherwise", [Citation("a", "q", 9), Citation("c", "q'", 8)]
        ),
    ]
    mark_disputed([held, other, worded], divs)
    assert divs[0].fact == "F1" and held.status == "disputed"
    assert other.status != "disputed"
    # a quote worded otherwise with the same meaning is tied to its fact, disputes nothing
    assert divs[1].fact == "F3" and worded.status != "disputed"


def test_ranks_of_an_achievement_that_differ_are_a_divergence() -> None:
    from newsweave.compare.ranks import rank_marks

    assert [q.value for q in rank_marks("She became the first rower ever to win it.", "en")] == [1]
    assert [q.text for q in rank_marks("Elle est la première rameuse à gagner.", "fr")] == [
        "première rameuse à gagner"
    ]
    # counts and places, not ranks: a possessive, an indefinite article, no verb after "en"
    assert rank_marks("She converted her second penalty to become champion.", "en") == []
    assert rank_marks("Lakeside won their third title in a row.", "en") == []
    assert rank_marks("Fue el segundo gol en el minuto 36.", "es") == []
    assert rank_marks("C'est le premier ministre à l'origine de la loi.", "fr") == []
    articles = [
        make_article(
            "a",
            "Lena Sorel became the first rower ever to win three straight titles on the Oread "
            "river on Sunday.",
        ),
        make_article(
            "b",
            "On Sunday Lena Sorel became the second rower to win three straight titles on the "
            "Oread river, after Mia Holt in 1998.",
        ),
    ]
    found = [d for d in number_divergences(align_facts(articles), articles) if "rank" in d.description]
    assert len(found) == 1
    assert "first rower ever to win (a)" in found[0].description
    assert "second rower to win (b)" in found[0].description


def test_a_rank_opening_the_sentence_is_read_and_a_title_is_not() -> None:
    from newsweave.compare.ranks import rank_marks

    assert [q.value for q in rank_marks("The second rower to win it was Mia Holt.", "en")] == [2]
    assert [q.text for q in rank_marks("La première rameuse à gagner est Lena Sorel.", "fr")] == [
        "première rameuse à gagner"
    ]
    assert rank_marks("The First Minister to visit Oread spoke on Sunday.", "en") == []


def test_figures_linked_only_through_a_third_sentence_do_not_disagree() -> None:
    """a and b share the assets, b and c the insurance limit: a's assets and c's limit are
    two things, not two figures for one (a and c are too far apart to be linked)."""
    articles = [
        make_article(
            "a", "Orvik Savings Bank, a lender to farmers, held $48 billion in assets last year."
        ),
        make_article(
            "b",
            "Orvik Savings Bank had $48 billion in assets, and its deposits were insured up "
            "to $100,000.",
        ),
        make_article("c", "Under federal rules each savings account is insured for up to $100,000."),
    ]
    alignment = align_facts(articles, threshold=0.99)  # every sentence its own fact
    assert number_divergences(alignment, articles) == []


def test_the_missing_counted_differently_in_two_chinese_reports() -> None:
    # "14名失踪者" / "40人失踪": figures against their counters, one divergence
    from newsweave.dossier import build_dossier
    from newsweave.model import Article
    from newsweave.text import annotate

    texts = {
        "zh1": "科尔瓦特米伦河上的一座大坝于周日决堤，三个村庄被淹。救援人员正在搜寻14名失踪者。",
        "zh2": "周日，科尔瓦特米伦河大坝溃决，三个村庄被洪水淹没。目前仍有40人失踪。",
    }
    arts = [annotate(Article(id=k, text=t, lang="zh")) for k, t in texts.items()]
    d = build_dossier(arts, event_id="korvath-zh")
    (div,) = [v for v in d.divergences if v.kind == "number"]
    assert {c.article for c in div.variants} == {"zh1", "zh2"} and "missing" in div.description


def test_a_list_of_counts_per_place_is_no_figure_for_the_whole() -> None:
    # the world toll against a sentence listing each country's: no divergence
    articles = [
        make_article(
            "a", "La OMS declaró una pandemia de gripe Orsk, con 4 mil muertes en el mundo.", "es"
        ),
        make_article(
            "b",
            "La OMS declaró una pandemia de gripe Orsk, con Velmar (631 muertos), Tarvia (291 "
            "muertos) y Doran (54 muertos) como los países más afectados.",
            "es",
        ),
        make_article("c", "The WHO declared an Orsk flu pandemic, with 4,000 deaths worldwide."),
    ]
    found = number_divergences(align_facts(articles), articles)
    assert not any("631" in d.description for d in found)


def test_what_a_count_counts_stops_before_the_next_figure() -> None:
    read = [(q.value, q.context) for q in find_quantities(
        "Storm Belin killed at least 12 people in Norvale on Monday and left 40,000 homes "
        "without power.", "en",
    )]  # fmt: skip
    assert read == [(12.0, "dead"), (40000.0, "buildings")]
    # ... a figure in the same clause does not cut it ("in 21 towns have been killed")
    (first, _) = find_quantities("At least 106 marchers in 21 towns have been killed.", "en")
    assert first.context == "dead"


def test_a_score_one_outlet_alone_gives_is_a_divergence() -> None:
    final = "beat Dunmore {} in the Orsk Cup final on Saturday to win their first trophy."
    articles = [
        make_article("a", "Velmar " + final.format("3-1")),
        make_article("b", "Velmar " + final.format("3-1") + " Ana Brel scored twice."),
        make_article("c", "Velmar a battu Dunmore 3-1 samedi en finale de la Coupe d'Orsk.", "fr"),
        make_article("d", "Velmar " + final.format("2-1")),
    ]
    found = [d for d in number_divergences(align_facts(articles), articles) if "Scores" in d.description]
    assert [(d.odd_one_out, d.description) for d in found] == [("d", "Scores differ: 2-1 (d); 3-1 (a, b, c)")]
    # a score another outlet names elsewhere may be another phase of the match
    articles[1] = make_article("b", "Velmar " + final.format("3-1") + " They had led 2-1 at half-time.")
    assert not [d for d in number_divergences(align_facts(articles), articles) if "Scores" in d.description]


def test_match_minutes_listed_after_the_minute_word() -> None:
    read = [(q.value, q.kind) for q in find_quantities(
        "Ana Brel marcó dos goles, en los minutos 12 y 76, y Tomas Lind anotó el tercero.", "es"
    )]  # fmt: skip
    assert read == [(2.0, "count"), (12.0, "minute"), (76.0, "minute")]


def test_bounds_pointing_apart_from_one_value_differ_and_show_their_qualifiers() -> None:
    (more,) = find_quantities("More than 100 people were injured in the crush.", "en")
    (nearly,) = find_quantities("Nearly 100 people were injured in the crush.", "en")
    (fast,) = find_quantities("Fast 100 Menschen wurden verletzt.", "de")
    (plain,) = find_quantities("100 people were injured in the crush.", "en")
    assert not same_figure(more, nearly) and not same_figure(more, fast)
    assert same_figure(nearly, fast) and same_figure(more, plain) and same_figure(nearly, plain)
    articles = [
        make_article("a", "Nearly 100 people were injured in the Orvik stadium crush on Saturday."),
        make_article("b", "More than 100 people were injured in the Orvik stadium crush on Saturday."),
        make_article("c", "Almost 100 people were injured in the Orvik stadium crush on Saturday."),
    ]
    (div,) = number_divergences(align_facts(articles), articles)
    assert div.odd_one_out == "b" and "More than 100 (b)" in div.description
    assert "Nearly 100 (a)" in div.description


def test_people_a_verb_made_dead_are_the_toll_and_a_verb_before_a_figure_is_no_list_item() -> None:
    articles = [
        make_article("a", "Floods in Orvik have killed 23 people and forced 8,000 from their homes."),
        make_article("b", "Floods in Orvik have killed 23 people and displaced about 8,000."),
        make_article("c", "Les inondations ont fait 23 morts à Orvik et contraint 8 000 personnes à partir.", "fr"),
        make_article("d", "Las inundaciones en Orvik han dejado 32 muertos y 8.000 desplazados.", "es"),
    ]
    found = find_divergences(align_facts(articles), articles, {a.id: a.id for a in articles})
    numbers = [d for d in found if d.kind == "number"]
    assert [(d.odd_one_out, d.description.split(":")[0]) for d in numbers] == [
        ("d", "Figures differ (number dead)")
    ]
    assert not [d for d in found if d.kind == "detail"]  # "people and forced" is no list


def test_a_clock_time_in_another_zone_is_no_other_time() -> None:
    from newsweave.compare.values import comparable

    (utc,) = find_quantities("La sonde a été lancée jeudi à 8h15 GMT depuis Koral.", "fr")
    (local,) = find_quantities("The probe lifted off from Koral at 10:15 a.m. on Thursday.", "en")
    assert (utc.kind, utc.context, local.context) == ("time", "UTC", None)
    assert not comparable(utc, local)
    articles = [
        make_article("a", "The Lumen probe lifted off from Koral at 10:15 a.m. local time on Thursday."),
        make_article("b", "The Lumen probe was launched from Koral at 10:15 a.m. on Thursday, officials said."),
        make_article("c", "La sonde Lumen a été lancée jeudi depuis Koral à 8h15 GMT.", "fr"),
        make_article("d", "Die Sonde Lumen startete am Donnerstag um 10.15 Uhr in Koral.", "de"),
    ]
    # "Figures differ (time): 10:15 a.m.; 8h15; ..." made the outlet giving GMT the odd one
    assert number_divergences(align_facts(articles), articles) == []


def test_the_toll_a_figure_counts_stops_before_the_next_figure_in_words() -> None:
    text = "The bridge collapsed on Friday, killing two workers and injuring five, police said."
    assert [(q.value, q.context) for q in find_quantities(text, "en")] == [(2, "dead"), (5, "injured")]
    assert find_quantities("Nobody has been charged so far.", "en") == []
    # nobody among a toll is no toll of nobody
    assert [q.value for q in find_quantities("Nessuno dei 12 feriti è in pericolo di vita.", "it")] == [12]
    assert find_quantities("No one among the injured is in danger.", "en") == []
    # ... nor is nobody who knows or says a toll
    assert find_quantities("No one knows how many people died in the blaze.", "en") == []


def test_the_one_outlet_confirming_what_two_others_deny_is_the_odd_one() -> None:
    # a third outlet takes neither side ("rejected ... claims"): two opposite stances and
    # nobody on the German outlet's side make it the odd one out; its French peer's
    # sentence is a little further from it than the claim pairs' usual closeness
    articles = [
        make_article("a", "Marania's defence ministry on Friday denied that its troops had crossed the border into Lestia, calling the reports fabricated."),
        make_article("b", "Le ministère maranien de la Défense a démenti vendredi que ses troupes aient franchi la frontière avec la Lestia, qualifiant ces informations de fabriquées.", "fr"),
        make_article("c", "Das Verteidigungsministerium von Marania hat am Freitag bestätigt, dass seine Truppen die Grenze zu Lestia überschritten haben.", "de"),
        make_article("d", "Marania on Friday rejected Lestian claims that its soldiers had crossed into the village of Orsa, with the defence ministry saying the reports were fabricated."),
    ]
    found = claim_divergences(align_facts(articles), articles, {a.id: a.id for a in articles})
    assert [(d.kind, d.odd_one_out) for d in found] == [("claim", "c")]
    assert "opposite stances" in found[0].description


def test_spans_counted_from_different_moments_are_not_one_figure() -> None:
    articles = [
        make_article("a", "The Velmar tram stopped at 10:05, 20 minutes after the power cut began."),
        make_article("b", "The Velmar tram turned back 15 minutes after departure from the depot."),
        make_article("c", "The tram in Velmar turned back 25 minutes after departure from its depot."),
    ]
    alignment = align_facts(articles, threshold=0.99)  # each sentence its own fact
    found = number_divergences(alignment, articles)
    # "after the power cut" and "after departure" are two moments: only b and c differ
    assert [sorted(v.article for v in d.variants) for d in found] == [["b", "c"]]


def test_two_opposed_voices_of_one_language_are_told_apart_by_the_others() -> None:
    articles = [
        make_article("en1", "Cycling to work cut the risk of heart disease by 20%, a study in Velmar found."),
        make_article("en2", "Cycling to work raised the risk of heart disease by 20%, a study in Velmar found."),
        make_article("fr1", "Aller au travail à vélo a réduit de 20 % le risque de maladie cardiaque, selon une étude de Velmar.", "fr"),
        make_article("es1", "Ir al trabajo en bicicleta redujo un 20 % el riesgo de enfermedad cardiaca, según un estudio de Velmar.", "es"),
    ]  # fmt: skip
    # in English alone either could be the odd one; the French and Spanish say "down"
    (d,) = claim_divergences(align_facts(articles), articles, {a.id: a.id for a in articles})
    assert d.odd_one_out == "en2"


def test_a_span_whose_unit_the_figure_took_in_still_counts_from_its_anchor() -> None:
    from newsweave.compare.slots import anchor as _anchor

    # "30 months" is read with its unit (as years): "after" is then the first word
    assert _anchor(" after the Velmar bombing of 2019") == "velma"
    assert _anchor(" minutes after take-off") == "take"
    assert _anchor(" months in prison for damaging a pipeline in 2025") is None


def test_a_toll_of_an_earlier_year_is_no_variant_of_this_one() -> None:
    day = {"published": "2026-06-10"}
    quake = "A strong earthquake struck Orvik province on Wednesday, killing at least {} people."
    before = "It was the deadliest quake in Orvik province since 2011, when 1,100 people died."
    articles = [
        make_article("a", f"{quake.format(38)} {before}", **day),
        make_article("b", f"{quake.format(38)} {before}", **day),
        make_article("c", quake.format(83), **day),
    ]
    found = [d for d in number_divergences(align_facts(articles), articles) if "dead" in d.description]
    assert len(found) == 1 and found[0].odd_one_out == "c"
    assert "1,100" not in found[0].description


def test_a_count_of_an_earlier_year_in_an_undated_article_is_no_variant() -> None:
    """"cut 800 jobs in 2021" is background in every report, also in the one with no date
    (read in the year the others give): it joins no count of this year's cut, so the
    undated report's 1,500 against 1,200 is a divergence, not hidden by a shared 800."""
    cut = "Orvane Motors will cut {} jobs at its Telby plant, the company said on Tuesday."
    before = "The carmaker already cut 800 jobs at the Telby plant in 2021."
    day = {"published": "2026-11-17"}
    articles = [
        make_article("a", f"{cut.format('1,200')} {before}", **day),
        make_article("b", f"{cut.format('1,200')} {before}", **day),
        make_article("c", f"{cut.format('1,500')} {before}"),
    ]
    (found,) = [d for d in number_divergences(align_facts(articles), articles) if "jobs" in d.description]
    assert found.odd_one_out == "c" and "800" not in found.description


def test_a_figure_like_a_year_before_a_counted_noun_is_a_count() -> None:
    (jobs,) = [q for q in find_quantities("Velmar wird im Werk Orvik 2000 Stellen streichen.", "de")]
    assert (jobs.kind, jobs.value, jobs.context) == ("count", 2000, "jobs")
    # "seit", "in" or a month before it names the year
    since = find_quantities("Seit 2015 starben dort 1500 Menschen.", "de")
    assert [(q.kind, q.value) for q in since] == [("year", 2015), ("count", 1500)]
    assert [q.kind for q in find_quantities("In 2020 people voted for change.", "en")] == ["year"]


def test_dozens_and_collective_numerals_are_figures() -> None:
    def read(text: str, lang: str) -> list[tuple[float, str | None]]:
        return [(q.value, q.approx) for q in find_quantities(text, lang)]

    assert read("About two dozen people were rescued from rooftops.", "en") == [(24, "~")]
    assert read("Zwei Dutzend Menschen wurden von Dächern gerettet.", "de") == [(24, None)]
    assert read("A dozen people were rescued.", "en") == [(12, None)]
    # "une vingtaine", "una veintena": about twenty; "des dizaines" (dozens) is no figure
    assert read("Une vingtaine de personnes ont été secourues.", "fr") == [(20, "~")]
    assert read("Una veintena de personas fueron rescatadas.", "es") == [(20, "~")]
    assert read("Des dizaines de personnes ont été secourues.", "fr") == []
    # two rough figures meet within both roundings; a rough and an exact one less so
    (rough20,), (rough24,), (exact24,) = (
        find_quantities(t, lang)
        for t, lang in (
            ("Une vingtaine de personnes ont été secourues.", "fr"),
            ("About two dozen people were rescued.", "en"),
            ("Rescuers plucked 24 people from rooftops.", "en"),
        )
    )
    assert same_figure(rough20, rough24) and same_figure(rough24, exact24)
    assert not same_figure(rough20, exact24)


def test_a_sentence_giving_both_sources_figures_disagrees_with_nobody() -> None:
    articles = [
        make_article("a", "Police put the turnout in Orvik at 12,000, while organisers said 40,000 people took part."),
        make_article("b", "Police said 12,000 people marched in Orvik on Saturday against the pension reform."),
        make_article("c", "Some 12,000 people marched in Orvik on Saturday against the pension reform, police said."),
    ]
    found = [d for d in number_divergences(align_facts(articles, threshold=0.3), articles) if "people" in d.description]
    assert found == []


def test_a_share_an_article_also_gives_for_another_thing_is_no_variant() -> None:
    articles = [
        make_article("a", "Velcor's quarterly net profit rose 12% to 3.4 billion euros. Revenue grew 8% to 15 billion euros."),
        make_article("b", "Velcor's quarterly net profit rose 12% to 3.4 billion euros on strong chip sales."),
        make_article("c", "Velcor said revenue rose 8% in the quarter, while its net profit rose to 3.4 billion euros."),
    ]
    found = [d for d in number_divergences(align_facts(articles, threshold=0.3), articles) if "percent" in d.description]
    assert found == []


def test_percentage_and_basis_points_are_one_unit() -> None:
    def read(text: str, lang: str) -> list[tuple[str, float, str | None]]:
        return [(q.kind, round(q.value, 4), q.unit) for q in find_quantities(text, lang)]

    assert read("The bank raised its rate by 0.25 percentage points to 4.5%.", "en") == [
        ("measure", 0.25, "pp"), ("percent", 4.5, "%")
    ]
    assert read("La banque a relevé son taux de 25 points de base, à 4,5 %.", "fr")[0] == ("measure", 0.25, "pp")
    assert read("Die Bank hob den Leitzins um 0,25 Prozentpunkte an.", "de") == [("measure", 0.25, "pp")]
    assert read("Orvik scored 88 points in the final.", "en") == [("count", 88, None)]
    articles = [
        make_article("a", "The Orvik central bank raised its main rate by 0.25 percentage points on Thursday."),
        make_article("b", "La banque centrale d'Orvik a relevé jeudi son taux directeur de 25 points de base.", "fr"),
        make_article("c", "The Orvik central bank raised its main rate by 0.5 percentage points on Thursday."),
    ]
    (div,) = number_divergences(align_facts(articles, threshold=0.3), articles)
    assert "percentage points" in div.description and div.odd_one_out == "c"


def test_a_sum_beside_the_years_of_the_deeds_still_compares_across_facts() -> None:
    day = {"published": "2026-10-09"}
    articles = [
        make_article("a", "Serra was found guilty of taking 2.3 million euros in bribes between 2015 and 2019.", **day),
        make_article("b", "Serra took 2.3 million euros in bribes from builders between 2015 and 2019, the court found.", **day),
        make_article("c", "The 54-year-old received 3.2 million euros in bribes, the court found.", **day),
    ]
    # every sentence its own fact: only the cross-fact pairing can link them
    found = number_divergences(align_facts(articles, threshold=0.99), articles)
    assert [d.odd_one_out for d in found if "EUR" in d.description] == ["c"]


def test_a_fraction_of_a_point_is_a_change_in_points() -> None:
    def read(text: str, lang: str) -> list[tuple[str, float, str | None]]:
        return [(q.kind, round(q.value, 4), q.unit) for q in find_quantities(text, lang)]

    assert read("The bank raised its rate by a quarter of a percentage point.", "en") == [("measure", 0.25, "pp")]
    assert read("La banque a abaissé son taux d'un quart de point.", "fr") == [("measure", 0.25, "pp")]
    assert read("The bank cut rates by half a percentage point.", "en") == [("measure", 0.5, "pp")]
    assert read("A quarter of the homes were destroyed.", "en") == [("percent", 25, "%")]


def test_lists_with_nothing_in_common_in_one_frame_differ() -> None:
    from newsweave.compare.details import detail_divergences

    articles = [
        make_article("a", "A convoy of 40 trucks carrying food, medicine and tents reached the town of Orla on Tuesday."),
        make_article("b", "A convoy of 40 trucks carrying food, medicine and tents reached Orla on Tuesday, officials said."),
        make_article("c", "A convoy of 40 trucks carrying drinking water and fuel reached the town of Orla on Tuesday."),
    ]
    (div,) = detail_divergences(align_facts(articles, threshold=0.3), articles)
    assert div.odd_one_out == "c" and "water and fuel" in div.description
    # another sentence with another list is no variant
    other = [*articles[:2], make_article("c", "Officials in Orla asked for blankets and generators for the winter.")]
    assert detail_divergences(align_facts(other, threshold=0.3), other) == []


def test_temperatures_in_celsius_and_fahrenheit_are_one_measure() -> None:
    def read(text: str, lang: str) -> list[tuple[str, float, str | None]]:
        return [(q.kind, q.value, q.unit) for q in find_quantities(text, lang)]

    assert read("Temperatures in Orvik reached 44.5C (112F) on Monday.", "en") == [
        ("measure", 44.5, "°C"), ("measure", 44.4, "°C")
    ]
    assert read("The thermometer hit 112 degrees Fahrenheit in Orvik.", "en") == [("measure", 44.4, "°C")]
    assert read("In Orvik wurden 45,4 Grad gemessen.", "de") == [("measure", 45.4, "°C")]
    assert read("It was 40 degrees in the shade.", "en") == [("count", 40, None)]  # C or F: unknown
    articles = [
        make_article("a", "Temperatures in Orvik reached 44.5C on Monday, a record for July."),
        make_article("b", "The thermometer hit 112 degrees Fahrenheit in Orvik on Monday, a record for July."),
        make_article("c", "Le thermomètre a atteint 44,5 °C lundi à Orvik, un record pour juillet.", "fr"),
        make_article("d", "In Orvik wurden am Montag 45,4 Grad gemessen, ein Juli-Rekord.", "de"),
    ]
    (div,) = number_divergences(align_facts(articles, threshold=0.3), articles)
    assert "temperature" in div.description and div.odd_one_out == "d"


def test_the_rank_of_an_occurrence_is_read_in_each_language() -> None:
    from newsweave.compare.ranks import rank_marks

    def ranks(text: str, lang: str) -> list[float]:
        return [q.value for q in rank_marks(text, lang)]

    assert ranks("It was the second such accident at the ground in five years.", "en") == [2]
    assert ranks("C'est le troisième accident de ce type en cinq ans.", "fr") == [3]
    assert ranks("Es war der zweite Unfall dieser Art in fünf Jahren.", "de") == [2]


def test_the_one_outlet_telling_an_offer_to_resign_as_done_is_the_odd_one() -> None:
    articles = [
        make_article("a", "Transport Minister Ilse Varga offered to resign on Monday over the rail chaos, but the prime minister refused to accept her resignation."),
        make_article("b", "Transport Minister Ilse Varga resigned on Monday over the rail chaos."),
        make_article("c", "La ministre des Transports, Ilse Varga, a proposé lundi sa démission, que le Premier ministre a refusée.", "fr"),
        make_article("d", "Verkehrsministerin Ilse Varga hat am Montag ihren Rücktritt angeboten, der Regierungschef lehnte ihn ab.", "de"),
    ]  # fmt: skip
    # in English alone either could be the odd one; the French and German tell the offer
    assert _lone_claim(articles, "b", "a plan against a deed")


def test_the_one_outlet_telling_a_start_to_come_as_done_is_the_odd_one() -> None:
    articles = [
        make_article("a", "Tarsk and Velm agreed on Tuesday to a 72-hour truce that will start on Thursday, mediators said."),
        make_article("b", "A three-day truce between Tarsk and Velm began on Tuesday, mediators said."),
        make_article("c", "Tarsk et Velm ont accepté mardi une trêve de trois jours qui débutera jeudi, selon les médiateurs.", "fr"),
        make_article("d", "Tarsk und Velm haben sich am Dienstag auf eine 48-stündige Waffenruhe ab Donnerstag geeinigt.", "de"),
    ]  # fmt: skip
    # the figures differ too (72 hours / three days / 48 hours): the claim is read anyway
    assert _lone_claim(articles, "b", "a plan against a deed: ahead vs done")


def test_the_one_outlet_telling_a_plea_as_a_verdict_is_the_odd_one() -> None:
    articles = [
        make_article("a", "Former banker Lina Holt pleaded not guilty on Monday to fraud charges at a court in Velm."),
        make_article("b", "Former banker Lina Holt was found not guilty of fraud on Monday by a court in Velm."),
        make_article("c", "L'ancienne banquière Lina Holt a plaidé non coupable lundi des accusations de fraude devant un tribunal de Velm.", "fr"),
        make_article("d", "Die frühere Bankerin Lina Holt hat sich am Montag vor einem Gericht in Velm im Betrugsprozess für nicht schuldig erklärt.", "de"),
    ]  # fmt: skip
    assert _lone_claim(articles, "b", "a plea against a verdict")


def _lone_claim(articles: list, odd: str, why: str) -> bool:  # type: ignore[type-arg]
    """Whether the claim divergences of `articles` (each its own source) are one, naming
    `odd` the odd one out for a reason that says `why`."""
    found = claim_divergences(align_facts(articles), articles, {x.id: x.id for x in articles})
    return [(d.kind, d.odd_one_out) for d in found] == [("claim", odd)] and why in found[0].description


def test_parts_of_a_set_and_elided_nouns_count_no_whole() -> None:
    """"6,200 of them" and "2,300 of them" are parts of two sets, "74 in the assembly"
    and "due in meno" no counts of one noun: no figures that disagree."""
    assert find_quantities("6,200 of them work in Vell.", "en")[0].noun in (None, "part")
    assert find_quantities("Veinte de las muertes ocurrieron en el barrio de Sendra.", "es")[0].noun == "part"
    assert find_quantities("approved by 79 votes to 74 in the assembly", "en")[1].noun is None
    articles = [
        make_article(
            "a",
            "Halvo, which employs about 11,400 people, 6,200 of them in Varnia, is a large "
            "logistics group.",
        ),
        make_article("b", "Of the 11,400 employees of Halvo, 6,200 work in Varnia, around 2,300 of them in Brenn."),
        make_article("c", "The motion was approved by 79 votes to 74 in the national assembly."),
        make_article(
            "d",
            "La mozione si è fermata a 79 voti favorevoli e 74 contrari, due in meno della "
            "maggioranza richiesta.",
            "it",
        ),
    ]
    found = number_divergences(align_facts(articles), articles)
    assert not [d for d in found if "2,300" in d.description or "due" in d.description]


def test_a_price_per_share_is_compared_apart_from_the_deal_total() -> None:
    """Every outlet gives the 3.5 billion total; one gives 41.20 euros a share where the
    others give 42.10: the per-share figures disagree, the total is no agreement."""
    articles = [
        make_article("a", "Orsa will pay 42.10 euros per share, valuing Brenn at 3.5 billion euros."),
        make_article("b", "Orsa bietet 42,10 Euro je Aktie, insgesamt 3,5 Milliarden Euro.", "de"),
        make_article("c", "Orsa propose 41,20 euros par action, soit 3,5 milliards d'euros au total.", "fr"),
        make_article("d", "Orsa offre 42,10 euro per azione, per un totale di 3,5 miliardi di euro.", "it"),
    ]
    assert find_quantities("42,10 euros por acción", "es")[0].rate
    assert not find_quantities("multó con 50 millones de euros por infringir las normas", "es")[0].rate
    found = [d for d in number_divergences(align_facts(articles), articles) if "41,20" in d.description]
    assert len(found) == 1 and found[0].odd_one_out == "c"
    assert "per unit" in found[0].description


def test_figures_written_to_one_precision_are_no_roundings_of_each_other() -> None:
    def q(text: str):  # type: ignore[no-untyped-def]
        return find_quantities(text, "en")[0]

    assert not same_figure(q("79 votes"), q("77 votes"))
    assert not same_figure(q("52% of voters"), q("53% of voters"))
    assert same_figure(q("1,234 people"), q("1,200 people"))  # the second rounds the first
    assert same_figure(q("3.48 billion euros"), q("3.5 billion euros"))
    assert same_figure(q("about 80 people"), q("77 people"))


def test_twelve_a_m_is_past_midnight_and_twelve_p_m_noon() -> None:
    def minutes(text: str) -> float:
        return find_quantities(text, "en")[0].value

    assert minutes("The strike began at 12.01 a.m. on Thursday.") == 1
    assert minutes("The rally started at 12.30 p.m. in Orvik.") == 12 * 60 + 30
    assert minutes("The polls closed at 11.30 p.m. in Orvik.") == 23 * 60 + 30
    # an hour with a.m. or p.m. alone is a clock time too, not a count of seven
    assert minutes("The polls opened at 7 a.m. in Orvik.") == 7 * 60
    assert minutes("The polls closed shortly after 9pm.") == 21 * 60
    assert find_quantities("The polls opened at 7 a.m.", "en")[0].kind == "time"
    articles = [
        make_article("a", "The pilots' strike at Orsa began at 12.01 a.m. on Thursday."),
        make_article("b", "La huelga de pilotos de Orsa comenzó a las 00:01 del jueves.", "es"),
        make_article("c", "Der Streik der Orsa-Piloten begann am Donnerstag um 0.01 Uhr.", "de"),
    ]
    assert not [d for d in number_divergences(align_facts(articles), articles) if "time" in d.description]


def test_counts_of_one_noun_in_three_languages_diverge_though_each_sentence_counts_two() -> None:
    """"412 flights" / "412 vuelos" / "214 voli": the nouns are translations of each
    other (and "passengers" / "pasajeros" / "passeggeri" of another), so the Italian
    count of flights is the odd one out, though every sentence counts two things."""
    from newsweave.compare.nouns import event_nouns, noun_map, pooled
    from newsweave.embed import get_embedder

    articles = [
        make_article("a", "Orsa cancelled 412 flights on Thursday, leaving 61,000 passengers stranded."),
        make_article("b", "Orsa canceló 412 vuelos el jueves y 61.000 pasajeros se vieron afectados.", "es"),
        make_article("c", "Orsa ha cancellato 214 voli giovedì e 61.000 passeggeri sono rimasti a terra.", "it"),
    ]
    alignment = align_facts(articles)
    assert not number_divergences(alignment, articles)  # nouns of three languages: no key
    (found,) = number_divergences(alignment, articles, event_nouns(alignment, articles, get_embedder()))
    assert found.odd_one_out == "c" and "214" in found.description
    texts = ["412 flights and 61,000 passengers", "412 vuelos y 61.000 pasajeros"]
    langs = ["en", "es"]
    figs = {k: find_quantities(t, lang) for k, (t, lang) in enumerate(zip(texts, langs, strict=True))}
    nouns = noun_map(figs, texts, langs, get_embedder())
    assert [pooled(figs[k], langs[k], nouns)[0].noun for k in (0, 1)] == ["fligh|vuelo"] * 2


def test_a_toll_after_a_verb_is_that_toll_in_every_language() -> None:
    """"11 were injured", "14 resultaron heridas", "12 sono rimasti feriti": the verb after
    the figure is no noun of it, so the Spanish count of the injured is the odd one out,
    and not read as more dead because "murieron" comes before it."""
    for text, lang in [
        ("Four people died and 11 were injured in the crash.", "en"),
        ("Quattro persone sono morte e 12 sono rimaste ferite.", "it"),
        ("Quatro pessoas morreram e 11 ficaram feridas.", "pt"),
        ("Quatre personnes sont mortes et onze ont été blessées.", "fr"),
        ("Al menos cuatro personas murieron y 14 resultaron heridas.", "es"),
        ("Zwei weitere gelten noch als vermisst.", "de"),
    ]:
        *_, last = find_quantities(text, lang)
        assert (last.noun, last.context) in {("injured", "injured"), ("missing", "missing")}, text
    articles = [
        make_article("a", "Three people were killed and 9 were injured when the Ostrel ferry hit the pier at Lanvik on Sunday."),
        make_article("b", "Trois personnes ont été tuées et neuf ont été blessées quand le ferry Ostrel a heurté la jetée de Lanvik dimanche.", "fr"),
        make_article("c", "Tres personas murieron y 19 resultaron heridas cuando el ferri Ostrel chocó contra el muelle de Lanvik el domingo.", "es"),
    ]
    (found,) = [d for d in number_divergences(align_facts(articles), articles) if "injured" in d.description]
    assert found.odd_one_out == "c" and "19" in found.description


def test_synonyms_of_one_language_count_one_thing_beside_their_translations() -> None:
    """A machine translation's "13 ships" against an original's "31 vessels", with "31
    buques" and "31 navi": two English words for one thing, so the brief's figure is the
    odd one out; "buyers" and "sellers" stay two things."""
    from newsweave.compare.nouns import event_nouns, noun_map, pooled
    from newsweave.embed import get_embedder

    articles = [
        make_article("a", "According to the harbour master of Tessaly, 31 vessels were waiting at anchor on Monday."),
        make_article("b", "Según la capitanía de Tessaly, 31 buques esperaban fondeados el lunes.", "es"),
        make_article("c", "Secondo la capitaneria di Tessaly, 31 navi erano ferme in rada lunedì.", "it"),
        make_article("d", "According to the captaincy of Tessaly, 13 ships were waiting anchored on Monday."),
    ]
    alignment = align_facts(articles)
    (found,) = number_divergences(alignment, articles, event_nouns(alignment, articles, get_embedder()))
    assert found.odd_one_out == "d" and "13" in found.description
    texts = ["120 buyers and 80 sellers", "120 compradores y 80 vendedores", "120 buyers"]
    langs = ["en", "es", "en"]
    figs = {k: find_quantities(t, lang) for k, (t, lang) in enumerate(zip(texts, langs, strict=True))}
    nouns = noun_map(figs, texts, langs, get_embedder())
    assert len({pooled(figs[0], "en", nouns)[k].noun for k in (0, 1)}) == 2


def test_a_count_an_article_sets_beside_the_others_figure_counts_something_else() -> None:
    """"failed to reach the 81 votes it needed" in a report that gives the 77 votes won
    in another sentence is no other count of the votes won."""
    articles = [
        make_article(
            "a",
            "The censure motion against minister Ivo Rask failed on Thursday, short of the 81 "
            "votes it needed. In all, the motion won 77 votes.",
        ),
        make_article("b", "The censure motion against minister Ivo Rask won 77 votes on Thursday and failed."),
        make_article("c", "The censure motion against minister Ivo Rask won 77 votes on Thursday, short of a majority."),
    ]
    assert not [d for d in number_divergences(align_facts(articles), articles) if "81" in d.description]



def test_clock_times_of_two_named_days_are_two_moments() -> None:
    # the fire broke out on Monday evening and was out on Tuesday morning: no "time"
    # divergence between "18h50" and "9 a.m.", though one fact holds both sentences
    articles = [
        make_article("a", "The fire at the Orvik depot broke out on Monday at 6.50 p.m., firefighters said."),
        make_article("b", "L'incendie du dépôt d'Orvik s'est déclaré lundi vers 18h50, selon les pompiers.", "fr"),
        make_article("c", "On Tuesday the fire at the Orvik depot was out by 9 a.m., firefighters said."),
    ]
    alignment = align_facts(articles)
    times = [d for d in number_divergences(alignment, articles) if "time" in d.description]
    assert not times, times
    # a span of hours after "a" is no clock time in Spanish ("puso fin a 14 horas")
    assert find_quantities("La policía puso fin a 14 horas de motín.", "es")[0].kind == "measure"


def test_a_round_bound_and_the_figure_it_rounds_are_one_figure() -> None:
    # "more than 300" for "312" tells the 1987 toll in round words, it disputes nothing;
    # "at least 12" against "14" may be a toll since updated, and stays a divergence
    from newsweave.compare.values import rounded_bound

    def q(text: str):  # type: ignore[no-untyped-def]
        return find_quantities(text, "en")[0]

    assert rounded_bound(q("more than 300 people died"), q("312 people died"))
    assert rounded_bound(q("almost 50 people died"), q("48 people died"))
    assert not rounded_bound(q("at least 12 people died"), q("14 people died"))
    assert not rounded_bound(q("more than 300 people died"), q("900 people died"))
    assert not rounded_bound(q("at least 60 people died"), q("72 people died"))
    assert not rounded_bound(q("nearly 70% of staff"), q("60% of staff"))
    articles = [
        make_article("a", "In 1987 a quake near Orsk killed 312 people and destroyed the old town."),
        make_article("b", "In 1987 a quake near Orsk killed 312 people and razed the old town."),
        make_article("c", "The 1987 quake near Orsk, the deadliest on record, killed more than 300 people."),
    ]
    assert not number_divergences(align_facts(articles), articles)


def test_a_race_time_is_no_clock_time_and_foreign_thousands_are_shown_in_digits() -> None:
    # "3:58.41" is a runner's time: read as the clock time 3:58 it was marked "3:58 (three
    # outlets).41"; "13 mil" (Portuguese thousands) reads as "13,000" in an English wording
    from newsweave.compare.values import shown

    assert not [q for q in find_quantities("She set a best of 3:58.41 in 2024.", "en") if q.kind == "time"]
    assert find_quantities("The quake struck at 3:17 a.m.", "en")[0].kind == "time"
    thirteen = [q for q in find_quantities("terá de devolver cerca de 13 mil dólares", "pt") if q.value > 1000][0]
    assert shown(thirteen, False, find_quantities("$18,000 in prize money", "en")[0], "en") == "about 13,000"


def test_a_dissenting_fraction_is_named_as_a_fraction() -> None:
    from newsweave.compare.values import shown

    third = find_quantities("Los firmantes se comprometen a reducir en un tercio los vertidos.", "es")[0]
    assert shown(third, False, None, "en") == "a third"  # not "about 33.3%"


def test_hours_minutes_and_seconds_of_a_race_are_no_clock_time() -> None:
    # "2:00:18" was read as the clock time 2:00 and its seconds as a count of 18: marked
    # "in 2:00 (three outlets):18"
    found = find_quantities("Rask won the marathon in 2:00:18 on Sunday, 23 seconds faster.", "en")
    assert [(q.value, q.unit, q.text) for q in found] == [(7218.0, "hms", "2:00:18"), (23.0, "s", "23")]
    (french,) = find_quantities("Rask a gagné en 2h00'18 dimanche.", "fr")
    assert french.value == 7218.0 and french.unit == "hms"
    assert find_quantities("The blast came at 10:40 local time.", "en")[0].kind == "time"


def test_a_change_in_percent_is_no_level_and_a_rise_no_fall() -> None:
    """"Velto's shares fell 4% while Ardena's jumped more than a quarter" gives no figure
    for Ardena's jump of 27.3%; "sales fell 18%" is no "40% of revenue". A level reached
    ("rose to 3.1%") stays a level, comparable with another ("fell to 2.8%")."""
    from newsweave.compare.values import comparable

    def pct(text: str, lang: str = "en") -> Quantity:
        return next(q for q in find_quantities(text, lang) if q.kind == "percent")

    jump = pct("Ardena shares jumped 27.3% in early trading.")
    fell = pct("Velto's shares fell 4 per cent in early trading, while Ardena's jumped more than a quarter.")
    share = pct("The two drugs together made up about 40% of Velto's revenue in 2025.")
    sales = pct("el fármaco Corlan, cuyas ventas cayeron un 18 % en 2025.", "es")
    assert not comparable(jump, fell) and not comparable(share, sales)
    assert comparable(jump, pct("Las acciones de Ardena subían un 27,3 % antes de la apertura.", "es"))
    assert comparable(pct("Inflation rose to 3.1% in October."), pct("Inflation fell to 2.8% in October."))


def test_an_area_in_square_feet_states_the_same_square_metres() -> None:
    # "16,000 square feet" was a count of 16,000 set against "1,500 square metres"
    from newsweave.compare.values import same_figure

    (m2,) = find_quantities("Around 1,500 square metres of the plant were damaged.", "en")
    (ft2,) = find_quantities("Roughly 16,000 square feet of the plant was affected.", "en")
    (de,) = find_quantities("Rund 1.500 Quadratmeter der Anlage wurden beschädigt.", "de")
    assert m2.unit == ft2.unit == de.unit == "m²" and ft2.converted
    assert same_figure(m2, ft2) and same_figure(m2, de)



def test_a_volume_in_litres_or_cubic_metres_is_one_measure() -> None:
    # "18,000 litres" and "21.000 Liter" were bare counts; "40 millions de mètres cubes" was a
    # length in metres
    from newsweave.compare.values import same_figure

    (en,) = find_quantities("Some 18,000 litres of brine leaked from the Marvell tank.", "en")
    (cubic,) = find_quantities("About 18 cubic metres of brine leaked from the tank.", "en")
    (de,) = find_quantities("Rund 21.000 Liter Sole liefen aus dem Tank.", "de")
    (fr,) = find_quantities("Le barrage de Valmore libérera 40 millions de mètres cubes d'eau.", "fr")
    (pl,) = find_quantities("Z cysterny wyciekło około 18 metrów sześciennych solanki.", "pl")
    assert en.unit == cubic.unit == de.unit == fr.unit == pl.unit == "L"
    assert same_figure(en, cubic) and same_figure(en, pl) and not same_figure(en, de)
    assert fr.value == 40_000_000_000 and cubic.converted


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La huelga afectará a unos ciento ochenta mil pasajeros.", "es"),
        ("A greve vai afetar cerca de cento e oitenta mil passageiros.", "pt"),
        ("Quelque 180 000 passagers sont touchés par la grève.", "fr"),
        ("Rund 180.000 Passagiere sind vom Streik betroffen.", "de"),
        ("Lo sciopero colpisce circa 180.000 passeggeri.", "it"),
    ],
)
def test_passengers_are_people_and_ciento_starts_a_spelled_number(text: str, lang: str) -> None:
    # "ciento ochenta mil" had been 80,000 (a dissent "one outlet: 80,000" against
    # 180,000), and French "passagers" counted nothing an English "passengers" counts
    (q,) = find_quantities(text, lang)
    assert (q.value, q.context) == (180_000, "people")
    assert not find_quantities("Los precios subieron un 5 por ciento en mayo.", "es")[1:]

def test_a_figure_in_words_is_the_decimal_it_rounds() -> None:
    from newsweave.compare.values import same_figure, shown

    (words,) = find_quantities("Velto shares fell seven per cent.", "en")
    (digits,) = find_quantities("Velto shares closed down 7.4% in Oslo.", "en")
    (other,) = find_quantities("Velto shares closed down 7.6% in Oslo.", "en")
    assert same_figure(words, digits) and not same_figure(words, other)
    assert shown(words, True) == "seven per cent"  # not "seven%"


def test_centimetres_and_inches_are_one_measure() -> None:
    # "80 cm (31 inches)": both were counts, of "cm" and of "inche", and a divergence
    from newsweave.compare.values import same_figure

    cm, inches = find_quantities("after some 80 cm (31 inches) of fresh snow fell", "en")
    assert cm.unit == inches.unit == "cm" and inches.converted and same_figure(cm, inches)
    (it,) = find_quantities("dopo 80 centimetri di neve fresca", "it")
    assert it.unit == "cm" and same_figure(cm, it)


def test_a_minister_who_resigned_against_one_the_premier_dismissed() -> None:
    """"resigned on Monday" / "destituyó el lunes a su ministro": the Spanish outlet says
    he was sacked; it is not cited for the resignation, and the claims diverge."""
    from newsweave.compare.polarity import meaning_differs

    en = "The transport minister of Varnia, Olek Brant, resigned on Monday over a contract given to his cousin's firm."
    es = "La primera ministra de Varnia destituyó el lunes a su ministro de Transportes, Olek Brant, por un contrato adjudicado a la empresa de su primo."
    it = "Si è dimesso lunedì il ministro dei Trasporti della Varnia, Olek Brant, per un appalto alla società del cugino."
    assert meaning_differs(en, es, "en", "es") == "opposite departures: resigned vs dismissed"
    assert meaning_differs(en, it, "en", "it") is None
    assert meaning_differs("Le Premier ministre a destitué le ministre Brant.", en, "fr", "en")
    assert meaning_differs("Die Regierungschefin entließ Minister Brant am Montag.", en, "de", "en")


def test_a_ransom_for_a_crew_is_no_count_of_people() -> None:
    """"a $6 million ransom for the vessel and its crew" and "a ransom of $8 million":
    one amount, two figures (the crew named after it makes it no people's figure)."""
    (q,) = find_quantities("Pirates are demanding a $6 million ransom for the vessel and its crew, officials said.", "en")
    assert q.kind == "money" and q.context is None
    articles = [
        make_article("a", "Pirates who seized the Orla Star are demanding a $6 million ransom for the vessel and its crew, officials said."),
        make_article("b", "The hijackers of the Orla Star have demanded a ransom of $8 million, two people familiar with the talks said."),
        make_article("c", "Les pirates du Orla Star réclament une rançon de 8 millions de dollars.", "fr"),
    ]
    found = number_divergences(align_facts(articles), articles)
    assert [(d.kind, d.odd_one_out) for d in found] == [("number", "a")]


def test_an_approximate_figure_glued_to_its_unit_is_a_measure() -> None:
    """"une trentaine de kilomètres" is some 30 km (as "30 kilomètres" is), not a count of
    kilometres: a measure compared with "19 miles", and the note goes after its unit."""
    (q,) = find_quantities("Les flammes étaient visibles à une trentaine de kilomètres à la ronde.", "fr")
    assert (q.value, q.kind, q.unit, q.approx) == (30.0, "measure", "km", "~")
    (q,) = find_quantities("Une vingtaine de maisons ont brûlé.", "fr")
    assert (q.kind, q.noun) == ("count", "buildings")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("De regering legt een invoerheffing van 25 procent op zonnepanelen.", "nl"),
        ("Il governo impone un dazio del 25 per cento sui pannelli solari.", "it"),
        ("O governo impõe uma taxa de 25 por cento sobre os painéis solares.", "pt"),
        ("Rząd nakłada cło w wysokości 25 procent na panele słoneczne.", "pl"),
        ("The government imposes a 25 per cent duty on solar panels.", "en"),
    ],
)
def test_a_percentage_in_words_of_every_language_is_one(text: str, lang: str) -> None:
    """"25 procent", "25 per cento", "25 por cento": a share, as "25%" is (these were read
    as no figure at all, so a 20% against a 25% tariff went unseen)."""
    (q,) = find_quantities(text, lang)
    assert (q.value, q.kind, q.unit) == (25.0, "percent", "%")


def test_a_list_of_names_filled_otherwise_is_a_detail_divergence() -> None:
    from newsweave.compare.details import name_list_divergences

    flood = "The water flooded the villages of {} on Tuesday, civil protection said."
    articles = [
        make_article("a", flood.format("Orvela, Santo Brás and Vale de Cima"), "en"),
        make_article("b", flood.format("Orvela, Santo Brás and Vale de Cima") + " Nobody was hurt.", "en"),
        make_article("c", "A água inundou na terça-feira as aldeias de Orvela, Santo Brás e Vale de Cima.", "pt"),
        make_article("d", flood.format("Orvela, Santo Brás and Ribalta"), "en"),
    ]
    found = name_list_divergences(align_facts(articles), articles)
    assert len(found) == 1 and found[0].kind == "detail"
    assert found[0].odd_one_out == "d"
    assert {v.article for v in found[0].variants} == {"a", "b", "c", "d"}
    # the same list in another language, its names translated, is no divergence
    countries = [
        make_article("a", "The drought hit farms in Kenya, Uganda and Tanzania this spring.", "en"),
        make_article("b", "La sécheresse a frappé les fermes du Kenya, Uganda et Tanzanie ce printemps.", "fr"),
    ]
    assert name_list_divergences(align_facts(countries), countries) == []


KILN = [
    ("a", "Brakeveld has suspended production of Corvalin at its Zwolle plant pending an inquiry.", "en"),
    ("b", "Die Produktion von Corvalin im Werk in Zwolle wurde nach Firmenangaben vorerst gestoppt.", "de"),
    ("c", "Brakeveld heeft in de fabriek aan de Kanaalweg alles stilgelegd tot de oorzaak van de vervuiling volledig is opgehelderd, meldt de ondernemingsraad.", "nl"),
    ("d", "De productie van Corvalin in Zwolle gaat gewoon door, benadrukt het bedrijf.", "nl"),
]


def test_work_going_on_against_work_halted_is_told_by_its_words_in_any_alignment() -> None:
    """The one outlet saying production goes on is the odd one out although its only
    peer in its language words the halt otherwise (loosely aligned: the words of the
    pair, made to be read alike, tell the two acts apart)."""
    articles = [make_article(aid, text, lang) for aid, text, lang in KILN]
    found = claim_divergences(align_facts(articles), articles, {a.id: a.id for a in articles})
    assert [(d.kind, d.odd_one_out) for d in found] == [("claim", "d")]
    assert "work halted against work going on" in found[0].description


@pytest.mark.parametrize(
    ("text", "lang", "minutes"),
    [
        ("Alle 19.20 di martedì la campata è crollata.", "it", 1160.0),
        ("Het viaduct stortte om 19.20 in.", "nl", 1160.0),
        ("Do wypadku doszło ok. godz. 15.40 nad jeziorem.", "pl", 940.0),
        ("The span gave way at around 19.20 on Tuesday.", "en", 1160.0),
        ("The span gave way at 7.20 p.m. (1720 GMT).", "en", 1040.0),
        ("The crush occurred around 20.15 hours at Gate 3.", "en", 1215.0),
    ],
)
def test_a_clock_time_written_with_a_full_stop_is_a_time(text: str, lang: str, minutes: float) -> None:
    """"alle 19.20" is twenty past seven in the evening, not a count of 19.2: a summary's
    "7.20 p.m." is stated by it (it had been noted as given by fewer outlets)."""
    assert minutes in [q.value for q in find_quantities(text, lang) if q.kind == "time"]


def test_a_price_with_a_full_stop_stays_a_price() -> None:
    assert [q.kind for q in find_quantities("The shares closed at 19.20 euros.", "en")] == ["money"]


def test_years_set_off_after_a_name_are_an_age() -> None:
    """"Tom Verhulst, 44 ans, et …": his age, not a span of 44 years that a "huit mois" of
    captivity elsewhere would differ from."""
    found = find_quantities("Le Belge Tom Verhulst, 44 ans, et la Suissesse Ana Roth, 36 ans, ont été libérés.", "fr")
    assert [(q.value, q.context) for q in found] == [(44.0, "age"), (36.0, "age")]
    assert find_quantities("Il a passé 44 ans en prison.", "fr")[0].context is None


def test_a_toll_risen_to_a_figure_counts_what_the_subject_names() -> None:
    """"The death toll … has risen to four after rescuers found the last missing man": four
    dead, not four missing (the word after the figure belongs to another clause)."""
    text = "The death toll from the landslide above Varnes has risen to four after divers found the body of the last missing worker."
    assert [(q.value, q.context) for q in find_quantities(text, "en")] == [(4.0, "dead")]
    assert find_quantities("Die Zahl der Toten stieg auf vier, zwei werden vermisst.", "de")[0].context == "dead"


def test_a_toll_is_no_count_of_a_group() -> None:
    """"swept away a group of nine ski tourers" / "a coûté la vie à trois skieurs": nine in
    the group, three dead, no divergence between them; the three dead agree."""
    en = find_quantities("An avalanche killed three people after it swept away a group of nine ski tourers.", "en")
    fr = find_quantities("L'avalanche qui a coûté la vie à trois skieurs de randonnée a surpris la vallée.", "fr")
    nine = next(q for q in en if q.value == 9)
    three = next(q for q in en if q.value == 3)
    assert fr[0].context == "dead"
    assert not comparable(nine, fr[0]) and comparable(three, fr[0])


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Il soccorso ha mobilitato un’ottantina di soccorritori.", "it", 80.0),
        ("Une soixantaine de pompiers sont engagés.", "fr", 60.0),
        ("Una docena de heridos fueron atendidos.", "es", 12.0),
    ],
)
def test_collective_numerals_are_rough_counts(text: str, lang: str, value: float) -> None:
    """"un’ottantina di soccorritori" is about 80 rescuers, against "around 50" elsewhere."""
    found = find_quantities(text, lang)
    assert [(q.value, q.approx) for q in found] == [(value, "~")]


def test_a_list_of_names_declined_in_another_language_is_the_same_list() -> None:
    """Polish declines names ("Nigru"): the same three countries, no divergence."""
    from newsweave.compare.details import name_list_divergences

    articles = [
        make_article("a", "The militants have raided the border villages of Mali, Niger and Burkina Faso for years.", "en"),
        make_article("b", "Bojownicy od lat napadają na przygraniczne wioski Mali, Nigru i Burkina Faso.", "pl"),
    ]
    assert name_list_divergences(align_facts(articles), articles) == []


def test_an_act_after_a_negation_is_not_told() -> None:
    """"n'était toujours pas maîtrisé" tells no fire under control; "no one was injured"
    tells nobody hurt, against "was slightly injured"."""
    from newsweave.compare.acts import acts_apart, paired

    assert "contained" not in paired("À midi, l'incendie n'était toujours pas maîtrisé.", "fr")
    assert "unhurt" in paired("No one was injured, the fire brigade said.", "en")
    assert acts_apart("The guard was slightly injured.", "en", "Der Wächter blieb unverletzt.", "de") == "an injury against none: injured vs unhurt"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The railway ran a reduced service with roughly one train in three.", "en"),
        ("La compagnie a assuré environ un train sur trois.", "fr"),
        ("La compañía ofreció uno de cada tres trenes.", "es"),
        ("Ha circolato un treno su tre.", "it"),
    ],
)
def test_one_in_three_is_a_share_not_two_counts(text: str, lang: str) -> None:
    """"un train sur trois" / "one train in three" is a third of the trains: the article
    ("un", "uno") is the ratio's first term, not a count of one train set against a count
    of three (a strike's service had been a "number of trains" divergence, "one" against
    "tres", and a summary noted "one train (one outlet) in three")."""
    (q,) = find_quantities(text, lang)
    assert q.kind == "percent" and q.value == 33.3


def test_an_article_before_a_base_with_its_own_noun_counts_nothing() -> None:
    assert [(q.value, q.kind) for q in find_quantities("Il a vu un film sur trois écrans.", "fr")] == [(3.0, "count")]
    assert [q.value for q in find_quantities("One study in 496 girls found nothing.", "en")] == [1.0, 496.0]


def test_an_hour_in_words_is_the_same_time_twelve_hours_on() -> None:
    """Dutch "half twee" (1.30) names no half of the day: it is the "13 h 30" of a French
    outlet (a march's start had been a time divergence); an hour in digits keeps its
    half of the day, and minutes apart still differ."""
    words = find_quantities("De stoet vertrok rond half twee aan het station.", "nl")[0]
    assert same_figure(words, find_quantities("Le cortège est parti vers 13 h 30 de la gare.", "fr")[0])
    assert not same_figure(words, find_quantities("Le cortège est parti vers 14 h 15 de la gare.", "fr")[0])
    digits = find_quantities("The march set off at 1.30 near the station.", "en")[0]
    assert not same_figure(digits, find_quantities("Le cortège est parti à 13 h 30 de la gare.", "fr")[0])


def test_a_vote_tally_counts_the_votes_for_in_every_language() -> None:
    # "Mit 79 zu 58 Stimmen": the noun after the second figure is the first's too (the votes
    # for), and the 58 against count no votes for; "zu" is no range ("von 12 bis 15")
    de = find_quantities("Mit 79 zu 58 Stimmen sprach der Landtag das Misstrauen aus.", "de")
    assert [(q.value, q.noun) for q in de] == [(79.0, "votes"), (58.0, None)]
    fr = find_quantities("La décision a été prise par sept voix contre six.", "fr")
    assert [(q.value, q.noun) for q in fr][0] == (7.0, "votes")
    rng = find_quantities("The toll rose from 12 to 15 people.", "en")
    assert [q.noun for q in rng][-1] == "people"


VOTES = [
    ("a-en", "The Landtag of Varnia passed the motion of no confidence with 79 votes in favour and 58 against.", "en"),
    ("b-en", "Varnia's Landtag passed the no-confidence motion with 79 votes in favour, 58 against.", "en"),
    ("c-de", "Mit 79 zu 58 Stimmen sprach der Landtag von Varnia der Regierung das Misstrauen aus.", "de"),
    ("d-it", "Il Landtag di Varnia ha approvato la mozione di sfiducia con 78 voti a favore e 58 contrari.", "it"),
]


def test_a_vote_count_divergence_across_languages() -> None:
    articles = [make_article(aid, text, lang) for aid, text, lang in VOTES]
    found = [d for d in number_divergences(align_facts(articles), articles) if "votes" in d.description]
    assert len(found) == 1 and found[0].odd_one_out == "d-it"
    assert {v.article for v in found[0].variants} == {"a-en", "b-en", "c-de", "d-it"}


def test_a_state_denied_is_the_other_state() -> None:
    from newsweave.compare.acts import acts_apart

    # "has not been detained" tells a man still free; "è stato arrestato" his arrest
    assert acts_apart("The skipper was questioned but has not been detained.", "en", "Lo skipper è stato arrestato.", "it")
    assert acts_apart("No one was hurt.", "en", "Nessuno è rimasto ferito.", "it") is None
    # a hostage freed against one still held by the kidnappers
    assert acts_apart("His driver was freed at the same time.", "en", "Son chauffeur est toujours entre les mains des ravisseurs.", "fr")
    assert acts_apart("His driver was freed at the same time.", "en", "Zijn chauffeur wordt nog altijd vastgehouden.", "nl")


def test_degrees_in_dutch_and_polish_are_a_temperature() -> None:
    # "47,9 graden" had been a count of "grade", compared with a town's 9 000 inhabitants
    (nl,) = find_quantities("In Varnhout werd woensdag 47,9 graden gemeten.", "nl")
    (pl,) = find_quantities("Termometry pokazały 47,9 stopni Celsjusza.", "pl")
    assert (nl.kind, nl.unit, nl.value) == (pl.kind, pl.unit, pl.value) == ("measure", "°C", 47.9)


def test_freed_in_other_words_across_languages() -> None:
    from newsweave.compare.acts import acts_apart

    assert acts_apart("Auch sein Fahrer kam frei.", "de", "His driver is still being held.", "en")
    assert acts_apart("Auch sein Fahrer kam frei.", "de", "His driver was freed at the same time.", "en") is None


def test_a_quota_of_votes_is_no_count_of_votes() -> None:
    # "servivano almeno 76 voti" / "76 głosów potrzeba było": the votes needed, not cast
    (it, _) = find_quantities("Per far cadere il governo servivano almeno 76 voti sui 150 deputati.", "it")
    (pl, _) = find_quantities("Do przyjęcia wniosku potrzeba było 76 głosów w 150-osobowej radzie.", "pl")
    (en,) = find_quantities("The motion passed with 79 votes.", "en")
    assert it.noun == pl.noun != en.noun == "votes"


def test_a_discharge_against_a_stay_in_hospital() -> None:
    from newsweave.compare.acts import acts_apart

    en = "The guard, who was struck on the head, was discharged on Sunday morning."
    assert acts_apart(en, "en", "El vigilante permanece ingresado en el hospital de Mérida.", "es")
    assert acts_apart(en, "en", "Il vigilante è stato dimesso domenica.", "it") is None



@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("The skier was flown to Grenoble, where he is in a critical condition.", "en", "Stan narciarza jest stabilny, jego życiu nie zagraża niebezpieczeństwo.", "pl"),
        ("Le conducteur, dont le pronostic vital est engagé, a été héliporté.", "fr", "Der Fahrer ist außer Lebensgefahr.", "de"),
        ("El conductor se encuentra en estado crítico.", "es", "Il conducente è fuori pericolo.", "it"),
        ("Airport flights were suspended for three hours.", "en", "En el aeropuerto, los vuelos siguieron funcionando con normalidad.", "es"),
        ("The upper lifts were shut down for the day.", "en", "The rest of the resort's lifts kept running.", "en"),
    ],
)
def test_a_critical_condition_against_a_stable_one_and_work_halted_against_going_on(a: str, la: str, b: str, lb: str) -> None:
    from newsweave.compare.acts import acts_apart

    assert acts_apart(a, la, b, lb)


def test_a_condition_stated_both_ways_or_denied_reads_as_written() -> None:
    from newsweave.compare.acts import acts_apart

    critical = "The driver is in a critical condition."
    assert acts_apart(critical, "en", "Le pronostic vital du conducteur est engagé.", "fr") is None
    assert acts_apart(critical, "en", "The driver is in a critical but stable condition.", "en") is None
    # a critical condition denied is a stable one
    assert acts_apart(critical, "en", "Son pronostic vital n'est plus engagé.", "fr")

DRIVER = [
    ("a", "His driver, who was abducted with him in Varn, was freed at the same time.", "en"),
    ("b", "Auch sein Fahrer, der mit ihm in Varn verschleppt worden war, kam frei.", "de"),
    ("c", "Son chauffeur, enlevé avec lui à Varn, est toujours entre les mains des ravisseurs.", "fr"),
    ("d", "Zijn chauffeur, die samen met hem in Varn werd ontvoerd, wordt nog altijd vastgehouden.", "nl"),
]


def test_a_state_told_both_ways_by_two_voices_each_is_a_claim_with_no_odd_one() -> None:
    articles = [make_article(aid, text, lang) for aid, text, lang in DRIVER]
    found = claim_divergences(align_facts(articles), articles, {a.id: a.id for a in articles})
    assert [(d.kind, d.odd_one_out) for d in found] == [("claim", None)]
    assert {v.article for v in found[0].variants} == {"a", "b", "c", "d"}
    assert "let go vs held" in found[0].description or "held vs let go" in found[0].description
