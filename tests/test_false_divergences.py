"""Divergences that are not: outlets that agree, read as disagreeing (claims, acts, detail
lists), on invented sentences."""

from __future__ import annotations

from newsweave.compare.acts import acts_apart, paired


def test_a_negation_that_closes_a_german_or_dutch_clause_negates_the_act_before_it() -> None:
    # the act first, its negation last: "not taken into custody", as the others tell it
    de = "Festgehalten wurde der Fahrer nach Angaben der Polizei von Harnlo nicht."
    nl = "In hechtenis genomen werd de schipper volgens de politie van Brekum niet."
    en = "Police in Harnlo said the driver had been questioned but was not in custody."
    assert "held" not in paired("In Gewahrsam genommen wurde die Fahrerin laut Polizei nicht.", "de")
    assert "held" not in paired(nl, "nl")
    assert acts_apart(de, "de", en, "en") is None
    assert acts_apart(nl, "nl", en, "en") is None
    # a negation that does not close the clause is another's ("…, nicht freigelassen")
    assert "held" in paired("Der Fahrer wurde in Gewahrsam genommen, nicht freigelassen.", "de")


def test_a_word_that_coordinates_in_another_language_makes_no_list() -> None:
    # Italian "o" (or) is the Portuguese article: "fechou o parque" lists nothing
    from helpers import make_article
    from newsweave.align.facts import align_facts
    from newsweave.compare.details import detail_divergences, detail_lists

    articles = [
        make_article("a", "A Junta de Freguesia de Orvela fechou o parque ao público durante a noite.", "pt"),
        make_article("b", "A Junta de Freguesia de Orvela decidiu manter o parque fechado até sábado.", "pt"),
    ]
    assert detail_lists(articles[0].text, "pt") == []
    assert detail_divergences(align_facts(articles), articles) == []


def test_a_machine_translation_words_its_lists_otherwise_without_differing() -> None:
    # "for the fear" is the translator's word for the others' "shock"
    from helpers import make_article
    from newsweave.align.facts import align_facts
    from newsweave.compare.details import detail_divergences

    said = "Several climbers were treated for mild frostbite and shock, and two went to hospital in Torvik."
    articles = [
        make_article("a", said, "en"),
        make_article("b", "Several climbers were treated for frostbite and shock; two went to the Torvik hospital.", "en"),
        make_article(
            "c", "Some climbers have been assisted for a light frostbite and for the fear, and two went to the hospital of Torvik.",
            "en", machine_translated=True,
        ),
    ]
    assert detail_divergences(align_facts(articles), articles) == []


def test_a_negation_against_other_words_of_one_language_is_a_paraphrase_not_a_flip() -> None:
    from newsweave.compare.polarity import meaning_differs

    # "never in danger" says what "stable throughout" says; in one language, a flip needs
    # the same predicate on both sides
    steady = "The operator said the gondolas of the Pelmo line had been steady throughout."
    safe = "According to the operator the gondolas of the Pelmo line have never been in danger."
    assert meaning_differs(steady, safe, "en", "en") is None
    assert meaning_differs(
        "According to the operator the gondolas of the Pelmo line have been in danger.", safe, "en", "en"
    )


def test_a_list_of_names_one_outlet_lengthens_against_two_names_elsewhere_is_a_divergence() -> None:
    from helpers import make_article
    from newsweave.align.facts import align_facts
    from newsweave.compare.details import name_list_divergences

    articles = [
        make_article("a", "Os feridos ligeiros estão a ser levados para os hospitais de Orlanda e Berzosa.", "pt"),
        make_article("b", "Lightly injured people are being taken to the hospitals in Orlanda and Berzosa.", "en"),
        make_article("c", "Los heridos leves están siendo trasladados a los hospitales de Orlanda, Berzosa y Tuscal.", "es"),
    ]
    found = name_list_divergences(align_facts(articles), articles)
    assert len(found) == 1 and found[0].odd_one_out == "c"
    assert {v.article for v in found[0].variants} == {"a", "b", "c"}
    # the third name told elsewhere in the articles: no other list
    articles[0] = make_article("a", articles[0].text + " O hospital de Tuscal está de prevenção.", "pt")
    articles[1] = make_article("b", articles[1].text + " A third hospital, in Tuscal, is on standby.", "en")
    assert name_list_divergences(align_facts(articles), articles) == []


def test_two_renderings_of_one_quotation_flip_between_other_words() -> None:
    # a paraphrase of a claim needs a shared word to flip; two renderings of one quotation
    # do not ("cannot move a step" / "can manage": the words are the translator's)
    from newsweave.compare.polarity import meaning_differs

    a = "Tarvia cannot move a step without our harbour, and our harbour can do nothing without Tarvia"
    b = "Without our harbour Tarvia can manage; but without Tarvia our harbour cannot manage"
    assert meaning_differs(a, b, "en", "en", quoted=True)
    assert meaning_differs(a, b, "en", "en") is None


def test_a_number_sign_is_no_negation() -> None:
    # "national road no. 93" (a machine translation's "nr 93") is the road's number
    from newsweave.compare.polarity import meaning_differs, sentence_negations

    said = "Police closed national road 93 and the rail line to Velmora."
    assert meaning_differs(said, "The police closed the national road no. 93 and the railway line to Velmora.", "en", "en") is None
    assert [n for _, n in sentence_negations("No. 10 Velmora Street said nothing.", "en")] == [1]
    assert meaning_differs(said, "Police did not close national road 93 or the rail line to Velmora.", "en", "en") is not None
