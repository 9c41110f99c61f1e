"""Structural meaning comparison: inversions are caught, paraphrases and translations are not.

All statements are invented (a minister, a dam, a valley, two made-up countries).
"""

from __future__ import annotations

import pytest

from newsweave.compare.polarity import clauses, dropped_negation, meaning_differs, numbers

ORIGINAL = "The dam can hold without new money, but the valley cannot hold without the dam"

SAME_MEANING = [
    "The dam can hold without new money, and the valley can't hold without the dam",
    "Without new money the dam can still hold; but without the dam, the valley cannot hold.",
    "The valley cannot hold without the dam, but the dam can hold without new money",
    "The dam is able to survive without new money, but the valley is not able to survive "
    "without the dam",
    "Le barrage peut tenir sans argent frais, mais la vallée ne peut pas tenir sans le barrage",
    "Der Damm kann ohne neues Geld halten, aber das Tal kann ohne den Damm nicht bestehen",
    "La presa puede aguantar sin dinero nuevo, pero el valle no puede aguantar sin la presa",
]


@pytest.mark.parametrize("variant", SAME_MEANING)
def test_paraphrases_and_translations_keep_the_meaning(variant):
    assert meaning_differs(ORIGINAL, variant) is None
    assert meaning_differs(variant, ORIGINAL) is None


@pytest.mark.parametrize(
    "inverted",
    [
        "The dam cannot hold without new money, and the valley cannot hold without the dam",
        "The dam cannot go anywhere without new money, the valley cannot do anything without it",
        "Le barrage ne peut pas tenir sans argent frais, et la vallée ne peut pas tenir sans lui",
    ],
)
def test_negated_clause_is_a_difference(inverted):
    reason = meaning_differs(ORIGINAL, inverted)
    assert reason is not None
    # Across languages "dam" and "barrage" cannot be matched, so the count of negative
    # clauses tells instead.
    assert reason.startswith(("negation flipped for 'dam'", "negation flipped for 'The dam'")) or (
        reason.startswith("negation count differs") and "barrage" in reason
    )


def test_contractions_count_as_negation():
    assert meaning_differs("Aldoria doesn't need Belmora", "Aldoria does need Belmora")
    assert meaning_differs("We won't sign it", "We will not sign it") is None
    assert meaning_differs("We can't sign it", "We cannot sign it") is None


def test_no_interest_and_not_interested_are_the_same_polarity():
    a = "Aldoria has no interest in annexing its neighbours, such a step would make no sense at all"
    b = "Aldoria is not interested in annexing its neighbours. There is no reason for it..."
    c = "Aldoria has no interest in taking its neighbours over. That simply doesn't make sense"
    assert meaning_differs(a, b) is None
    assert meaning_differs(a, c) is None
    assert meaning_differs(b, c) is None


def test_not_only_is_not_a_negation():
    a = "United, we are able not only to hold on, but also to widen our fields"
    b = "United, we can hold on and widen our fields"
    assert meaning_differs(a, b) is None


def test_roles_swapped():
    reason = meaning_differs("Aldoria can do without Belmora", "Belmora can do without Aldoria")
    assert reason is not None and reason.startswith("roles swapped")


def test_answer_flipped():
    a = "Can we defend the valley on our own, without the dam? No!"
    b = "Can we defend the valley on our own, without the dam? Yes!"
    assert meaning_differs(a, b) == "answer flipped: 'No' vs 'Yes'"
    assert meaning_differs(a, "Are we able to protect the valley without the dam? No!") is None


def test_numbers_must_differ_on_both_sides():
    assert meaning_differs("The fund is 45 million euros", "The fund is 54 million euros")
    # One side adding a detail is not a contradiction.
    assert meaning_differs("About 1,200 people left", "About 1,200 people left in 3 buses") is None
    # Same value, other spelling or language.
    assert meaning_differs("About 1,200 people left", "Environ 1 200 personnes", None, "fr") is None
    assert meaning_differs("45 million euros", "45 Millionen Euro", "en", "de") is None


def test_numbers_read_separators_by_language():
    assert [v for v, _ in numbers("1,200 and 3.5", "en")] == [1200.0, 3.5]
    assert [v for v, _ in numbers("1.200 und 3,5", "de")] == [1200.0, 3.5]
    assert [v for v, _ in numbers("105 milliards", "fr")] == [105e9]
    assert [v for v, _ in numbers("two dams", "en")] == [2.0]


def test_clause_subjects():
    cl = clauses("Without our help, Aldoria can cope; but without Aldoria's help, we cannot cope.")
    assert [(c.subject, c.positive) for c in cl] == [("aldoria", True), ("1pl", False)]
    cl = clauses("Ohne uns kann Aldorien auskommen, aber wir können nicht ohne Aldorien", "de")
    assert [(c.subject, c.positive) for c in cl] == [("aldorien", True), ("1pl", False)]
    cl = clauses("no podemos sin Aldoria", "es")
    assert [(c.subject, c.positive) for c in cl] == [("1pl", False)]


def test_partial_quotes_have_nothing_to_compare():
    assert meaning_differs("reckless", "reckless and baseless") is None


def test_corrective_not_but_is_an_assertion():
    a = "What we put forward was not an end to every levy, but a partial cut"
    b = "What we have called for was a partial cut in levies"
    assert meaning_differs(a, b) is None
    # "but not" after the clause is still a negation of its own clause
    assert meaning_differs("The gates stay open, but not the locks", "The gates stay open") is None


def test_simple_past_is_a_predicate_but_an_adjective_is_not():
    # "closed" after its subject is the verb, so "did not close" flips it
    assert meaning_differs("The mayor did not close the harbour.", "The mayor closed the harbour.")
    assert meaning_differs("The reopened harbour was busy.", "The harbour was busy.") is None
    assert meaning_differs("Velmar closed the harbour.", "Velmar shut the harbour.") is None


def test_a_hypothetical_clause_asserts_nothing():
    said = "Derek Vance was found guilty of fraud."
    assert (
        meaning_differs("Protesters will march if Derek Vance is not found guilty.", said) is None
    )
    assert (
        meaning_differs(
            "Les manifestants marcheront si Derek Vance n'est pas condamné.",
            "Derek Vance a été condamné.",
            "fr",
            "fr",
        )
        is None
    )
    assert meaning_differs("Derek Vance was not found guilty of fraud.", said)


def test_a_figure_said_to_go_opposite_ways_differs_across_languages() -> None:
    from newsweave.compare.direction import direction

    raised = "The Orvik central bank raised its main rate by a quarter point to 4.5 percent."
    lowered = "El banco central de Orvik bajó su tipo principal en un cuarto de punto, al 4,5 %."
    assert meaning_differs(raised, lowered, "en", "es") == "opposite directions: up vs down"
    assert meaning_differs(raised, "La banque centrale d'Orvik a relevé son taux.", "en", "fr") is None
    # both ways in one sentence, or a negation, say nothing of a direction
    assert direction("Prices rose, so the bank cut its rate.", "en") is None
    assert direction("The bank did not raise its rate.", "en") is None
    assert direction("Die Notenbank hat den Leitzins angehoben.", "de") == "up"


def test_a_denial_and_a_confirmation_of_one_thing_differ() -> None:
    denied = "The Orvik mayor denied that the dam had been inspected before the flood."
    for text, lang in (
        ("Le maire d'Orvik a confirmé que le barrage avait été inspecté avant la crue.", "fr"),
        ("The Orvik mayor confirmed that the dam had been inspected before the flood.", "en"),
        ("Der Bürgermeister von Orvik bestätigte, dass der Damm geprüft worden war.", "de"),
    ):
        assert meaning_differs(denied, text, "en", lang) == "opposite stances: denied vs confirmed"
    same = "El alcalde de Orvik negó que la presa hubiera sido inspeccionada antes de la crecida."
    assert meaning_differs(denied, same, "en", "es") is None
    # a negated denial, or a sentence with both, takes no side
    from newsweave.compare.direction import sides

    assert sides("The mayor did not deny that the dam was inspected.", "en")[1] is None
    both = "The mayor confirmed the inspection but denied that the dam was unsafe."
    assert sides(both, "en")[1] is None
    assert sides(denied, "en")[1] == "denied"


def test_a_negation_put_between_the_same_words_differs_where_no_subject_is_found() -> None:
    guilty = "The jury found Dan Rell guilty of fraud on Thursday after a two-week trial."
    cleared = "A jury found Dan Rell not guilty of fraud on Thursday."
    assert meaning_differs(guilty, cleared, "en", "en") == "negation added: 'not guilty'"
    fr = ("Le jury a déclaré Dan Rell coupable de fraude.", "Le jury a déclaré Dan Rell non coupable de fraude.")
    assert meaning_differs(*fr, "fr", "fr")
    # a negation moved, not added, keeps the meaning; an idiom far from the edit too
    moved = ("Orvik has no interest in it, this would simply make no sense.", "Orvik has no interest in it. It just doesn't make sense.")
    assert meaning_differs(*moved, "en", "en") is None


def test_a_conviction_and_an_acquittal_differ_across_languages() -> None:
    convicted = "A jury convicted Dan Rell of fraud on Thursday."
    assert meaning_differs(convicted, "El jurado absolvió el jueves a Dan Rell de fraude.", "en", "es") == (
        "opposite verdicts: guilty vs cleared"
    )
    assert meaning_differs(convicted, "Le jury a reconnu Dan Rell coupable de fraude.", "en", "fr") is None
    assert meaning_differs(convicted, "The jury acquitted Dan Rell of fraud.", "en", "en")


def test_a_name_put_in_another_names_place() -> None:
    from newsweave.compare.edits import swapped_name

    a = "The fire broke out in Orvik's Tarsk district on Monday night."
    assert swapped_name(a, a.replace("Tarsk", "Velmar"), "en") == ("Tarsk", "Velmar")
    # a title, a day, or a word opening a quotation is no name; German capitalises nouns
    assert swapped_name("Mr Trump said Kim agreed.", "President Trump said Kim agreed.", "en") is None
    assert swapped_name(a, a.replace("Monday", "Tuesday"), "en") is None
    assert swapped_name('He said: "The talks ended."', 'He said: "Our talks ended."', "en") is None
    de = "Die Bank hatte einen Verlust von 1,8 Milliarden Dollar gemacht."
    assert swapped_name(de, de.replace("Milliarden", "Mrd."), "de") is None


def test_two_names_the_other_way_round() -> None:
    from newsweave.compare.edits import swapped_roles

    won = "Orvik beat Velmar in the cup final on Sunday."
    assert swapped_roles(won, "Velmar beat Orvik in the cup final on Sunday.", "en") == ("Orvik", "Velmar")
    assert swapped_roles(won, "Orvik beat Velmar in Sunday's final.", "en") is None
    # names joined by a conjunction alone are no roles
    signed = ("Orvik and Velmar signed the deal.", "Velmar and Orvik signed the deal.")
    assert swapped_roles(*signed, "en") is None


def test_points_of_the_compass_differ_but_not_inside_names() -> None:
    north = "The quake struck 24 km north of Orvik."
    assert meaning_differs(north, "Le séisme a frappé à 24 km au sud d'Orvik.", "en", "fr") == (
        "different points of the compass: north vs south"
    )
    assert meaning_differs(north, "Das Beben ereignete sich 24 km nördlich von Orvik.", "en", "de") is None
    assert meaning_differs("Trump met North Korean leader Kim.", "Trump met South Korean leader Moon.") != (
        "different points of the compass: north vs south"
    )


def test_a_negated_verdict_takes_no_side() -> None:
    from newsweave.compare.direction import sides

    # French "non coupable", Italian "non colpevole": the negation words of each language
    assert sides("Le jury a déclaré Dan Rell non coupable de fraude.", "fr")[2] is None
    assert sides("La giuria ha dichiarato Dan Rell non colpevole.", "it")[2] is None
    assert sides("Le jury a déclaré Dan Rell coupable de fraude.", "fr")[2] == "guilty"


@pytest.mark.parametrize(
    ("a", "b", "lang_b", "why"),
    [
        ("Orvik's parliament approved the budget.", "Le Parlement d'Orvik a rejeté le budget.", "fr", "decisions"),
        ("The Orvik border crossing reopened on Monday.", "El paso fronterizo de Orvik cerró el lunes.", "es", "states"),
        ("The Orvik strike began on Monday.", "Der Streik in Orvik endete am Montag.", "de", "phases"),
    ],
)
def test_a_decision_a_state_or_a_phase_told_the_other_way_differs(a: str, b: str, lang_b: str, why: str) -> None:
    assert meaning_differs(a, b, "en", lang_b) == f"opposite {why}: " + {
        "decisions": "approved vs rejected", "states": "open vs closed", "phases": "started vs ended"
    }[why]
    # both ways in one sentence says neither
    assert meaning_differs(a, "The strike began on Monday and ended on Friday.", "en", "en") != (
        "opposite phases: started vs ended"
    )


def test_a_passive_with_its_agent_is_no_swap_of_roles() -> None:
    active = "Police closed the road to Orvik after the blast on Monday."
    assert meaning_differs(active, "The road to Orvik was shut by police after the blast on Monday.") is None
    assert meaning_differs(active, "La route d'Orvik a été fermée par la police lundi.", "en", "fr") is None


def test_failed_to_is_a_negation() -> None:
    # "failed to win" says "did not win": no dissent between the two
    assert meaning_differs("Orvik did not win the vote on Monday.", "Orvik failed to win the vote on Monday.") is None


@pytest.mark.parametrize(
    ("a", "b", "lang_b"),
    [
        ("We have no choice but to act now", "Nous n'avons pas d'autre choix que d'agir maintenant", "fr"),
        ("We have no choice but to act now", "Wir haben keine andere Wahl, als jetzt zu handeln", "de"),
        ("We have no choice but to act now", "No tenemos más remedio que actuar ahora", "es"),
        ("We can only win this together", "Nous ne pouvons gagner qu'ensemble", "fr"),
    ],
)
def test_an_exception_is_no_negation(a: str, b: str, lang_b: str) -> None:
    # "no choice but", "ne ... que": what must or only can be done, worded with a negation
    # in one language and without in another, is no inverted quote
    assert meaning_differs(a, b, "en", lang_b) is None
    assert dropped_negation(a, b, "en", lang_b) is None


def test_a_que_ending_a_conjunction_keeps_the_negation() -> None:
    neg = "Il ne peut y avoir de cessez-le-feu tant que nos villages sont bombardés"
    assert dropped_negation("Puede haber un alto el fuego aunque nos bombardeen", neg, "es", "fr")
    assert meaning_differs("We have no other option.", "We have another option.", "en", "en")


def test_a_clause_after_as_long_as_keeps_its_own_negation() -> None:
    # the main clause of the English outlet gives in; its "not" belongs to the condition
    odd = "We will give in as long as our wages are not raised"
    said = "Nous ne céderons pas tant que nos salaires ne seront pas revalorisés"
    assert meaning_differs(odd, said, "en", "fr")
    assert meaning_differs("We will not give in as long as our wages are not raised", said, "en", "fr") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nous ne reculerons pas tant que la hausse ne sera pas annulée", "fr"),
        ("Wir werden nicht nachgeben, bis die Preiserhöhung zurückgenommen wird", "de"),
        ("Nous ne reculerons pas jusqu'à ce que la hausse soit annulée", "fr"),
        ("No retrocederemos hasta que se anule la subida", "es"),
        ("Não recuaremos até que o aumento seja revertido", "pt"),
    ],
)
def test_until_p_says_as_long_as_not_p(text: str, lang: str) -> None:
    # "not ... until P" is "not ... as long as not P": the French "tant que ... ne ... pas"
    # was an inverted quote of the English "until" (an invented protest leader's words)
    said = "We will not back down until the price rise is reversed"
    assert meaning_differs(said, text, "en", lang) is None
    assert meaning_differs("We will back down until the price rise is reversed", text, "en", lang)


def test_an_until_clause_is_a_condition_not_a_claim_about_its_subject() -> None:
    # "until it happens" holds no claim about "it" to set against "it takes a long time"
    a = "He argues that it takes a long while to finish disarming the base, but he will keep pressing."
    b = "He noted that disarming the base takes time and the embargo would not be eased until it happens."
    assert meaning_differs(a, b, "en", "en") is None


@pytest.mark.parametrize(
    ("a", "b", "lang_b"),
    [
        ("Up to 30 percent of the houses were destroyed.", "Bis zu 30 Prozent der Häuser wurden zerstört.", "de"),
        ("By 2030 all houses will be renovated.", "Bis 2030 sollen alle Häuser saniert werden.", "de"),
        ("Until 2030, all houses will be renovated.", "D'ici 2030, toutes les maisons seront rénovées.", "fr"),
    ],
)
def test_until_or_bis_before_a_time_or_a_figure_is_no_clause(a: str, b: str, lang_b: str) -> None:
    # "until" as a preposition ("Until 2030,") or German "bis" ("bis zu", "bis 2030") holds
    # no condition to read the other way round
    assert meaning_differs(a, b, "en", lang_b) is None
    # ... while German ", bis" after a comma opens one, alike with "tant que ... ne ... pas"
    fr = "Nous ne reculerons pas tant que la hausse ne sera pas annulée"
    de = "Wir werden nicht nachgeben, bis die Preiserhöhung zurückgenommen wird"
    assert meaning_differs(fr, de, "fr", "de") is None


def test_a_short_verb_negated_with_its_auxiliary_is_a_difference() -> None:
    # "makes" / "does not make": a verb of four letters is written whole in its other form
    a = "This merger makes us the largest shipyard in Orvik"
    b = "This merger does not make us the largest shipyard in Orvik overnight"
    assert meaning_differs(a, b, "en", "en") is not None
    assert meaning_differs(a, "This merger makes us the largest shipyard in Orvik today", "en", "en") is None


def test_a_refusal_negates_the_verb_in_french_and_spanish() -> None:
    # "a refusé de reconnaître" is "did not concede", against "conceded" in any language
    conceded = "Orvik's mayor Dan Rell conceded defeat shortly after midnight."
    for lang, text in (
        ("fr", "Le maire d'Orvik, Dan Rell, a refusé de reconnaître sa défaite."),
        ("es", "El alcalde de Orvik, Dan Rell, se negó a reconocer su derrota."),
    ):
        assert meaning_differs(conceded, text, "en", lang) is not None, lang


def test_a_clause_after_but_with_its_own_subject_keeps_the_first_clauses_not() -> None:
    # "not a cure, but it clearly lowers the risk": two clauses, the first negative; the
    # French rendering is the same utterance, and a quotation of the second clause alone
    # drops no negation
    en = "Walking is not a cure, but it clearly lowers the risk"
    fr = "La marche n'est pas un remède, mais elle réduit clairement le risque"
    assert [c.positive for c in clauses(en, "en")] == [False, True]
    assert meaning_differs(en, fr, "en", "fr") is None
    assert dropped_negation(fr, "It clearly lowers the risk", "fr", "en") is None
    # German "es" opens a clause of its own too (read so in German text only)
    de = "Gehen ist kein Heilmittel, aber es senkt eindeutig das Risiko"
    assert [c.positive for c in clauses(de, "de")] == [False, True]
    assert meaning_differs(de, "It clearly lowers the risk", "de", "en") is None
    # a correction without a clause of its own stays one affirmative statement
    assert [c.positive for c in clauses("This is not a drill, but a test", "en")] == [True]


def test_a_because_clause_with_a_refusal_does_not_negate_the_main_clause() -> None:
    # "the talks had failed because Velmar refused to cut ...": the refusal is Velmar's,
    # in a clause of its own; "the talks had failed" is affirmative
    b = "Rask said the talks had failed because Velmar refused to cut its use of the river by 15%."
    assert [c.positive for c in clauses(b, "en")] == [True, False]
    assert meaning_differs("Rask said the talks had failed.", b, "en", "en") is None


def test_a_bill_passed_is_no_bill_rejected_and_failed_to_pass_takes_no_side() -> None:
    from newsweave.compare.direction import sides

    rejected = "Orvik's parliament on Tuesday rejected a bill to ban plastic bags."
    passed = "Orvik's parliament on Tuesday passed a bill to ban plastic bags, by 88 votes to 71."
    assert meaning_differs(rejected, passed) == "opposite decisions: rejected vs approved"
    # "failed to pass" is "did not pass": no side, so no dissent with "rejected"
    assert sides("A bill to ban plastic bags failed to pass Orvik's parliament.", "en")[3] is None
    assert meaning_differs(rejected, "A bill to ban plastic bags failed to pass Orvik's parliament on Tuesday.") is None


def test_the_same_deed_told_of_another_subject_is_a_swap() -> None:
    from newsweave.compare.edits import swapped_roles

    a = "Ana Lind won the presidential run-off on Sunday with 52.3% of the vote, beating Erik Sand."
    b = "Erik Sand won the presidential run-off on Sunday with 52.3% of the vote, ahead of Ana Lind."
    assert swapped_roles(a, b, "en") == ("Lind", "Sand")
    # another deed of the other person is no swap
    assert swapped_roles(a, "Erik Sand conceded defeat to Ana Lind late on Sunday.", "en") is None


@pytest.mark.parametrize(
    ("text", "lang", "positive"),
    [
        ("Police in Danport denied using rubber bullets", "en", False),
        ("The ministry denied that officers had fired rubber bullets", "en", False),
        ("Die Polizei bestritt, Gummigeschosse eingesetzt zu haben", "de", False),
        ("Le gouvernement a démenti avoir payé une rançon", "fr", False),
        ("El Gobierno negó haber pagado un rescate", "es", False),
        # a denial denied, and denied nouns: no negation of a statement
        ("He did not deny taking the money", "en", True),
        ("Marania denied the claims", "en", True),
        ("The minister denied reports that he would resign", "en", True),
        ("Die Polizei bestritt die Vorwürfe", "de", True),
    ],
)
def test_a_denied_statement_is_a_negation_and_a_denied_noun_is_not(
    text: str, lang: str, positive: bool
) -> None:
    assert clauses(text, lang)[0].positive is positive


def test_a_denial_and_a_negation_state_the_same_thing() -> None:
    from newsweave.compare.claims import negation_flip

    denial = "The officers denied using rubber bullets against the protesters in Danport."
    negated = "The officers did not use rubber bullets against the protesters in Danport, a spokesman said."
    assert meaning_differs(denial, negated, "en", "en") is None
    assert negation_flip(denial, negated, "en") is None
    stated = "The officers have used rubber bullets against the protesters in Danport."
    assert meaning_differs(denial, stated, "en", "en") is not None


def test_a_step_is_no_negation() -> None:
    # French "pas" after a determiner or an adjective is the noun ("un premier pas")
    assert meaning_differs("C'est un premier pas fragile", "This is a fragile first step", "fr", "en") is None
    assert clauses("Ce n'est pas un premier pas", "fr")[0].positive is False


def test_the_flipped_clause_is_named_with_its_counterpart() -> None:
    # two clauses of one subject: the reason names the pair that differs, in order (it
    # named "I will go quietly" against "I have done nothing wrong")
    reason = meaning_differs(
        "I have done nothing wrong, and I will not step down quietly.",
        "I have done nothing wrong, and I will step down quietly.",
        "en",
        "en",
    )
    assert reason == "negation flipped for 'I': 'I will not step down quietly' vs 'I will step down quietly'"


@pytest.mark.parametrize(
    ("a", "b", "la", "lb"),
    [
        # "finché non": the "until" writes its negation
        ("Non voleremo di nuovo finché non capiremo perché", "We will not fly again until we understand why", "it", "en"),
        # a negator after "without" echoes it
        ("L'État a repris le contrôle sans rien céder", "The state regained control without giving up anything", "fr", "en"),
        ("El Estado recuperó el control sin ceder en nada", "The state regained control without giving up anything", "es", "en"),
        # "weder … noch" after a negation restates it
        ("Wir zahlen keinen einzigen Euro an Kriminelle weder heute noch morgen", "We will not pay a single euro to criminals", "de", "en"),
        # a pro-drop verb opening a clause is its own clause, of "we"
        (
            "Perdimos la segunda etapa a los ocho minutos y no volveremos a volar hasta entender por qué",
            "Abbiamo perso il secondo stadio dopo otto minuti e non voleremo di nuovo finché non capiremo perché",
            "es",
            "it",
        ),
    ],
)
def test_negators_that_echo_another_word_are_no_negation_of_their_own(a: str, b: str, la: str, lb: str) -> None:
    assert meaning_differs(a, b, la, lb) is None
    assert dropped_negation(a, b, la, lb) is None


def test_neither_nor_is_one_negation() -> None:
    assert [c.positive for c in clauses("Neither the mayor nor the council acted", "en")] == [False]
    assert [c.positive for c in clauses("Weder der Bürgermeister noch der Rat hat gehandelt", "de")] == [False]


def test_dutch_words_read_no_other_language_otherwise() -> None:
    """The clause reader merges some word lists across languages: Dutch "de" is no
    article of a Spanish "el número de casos", so no subject is found there and no roles
    read swapped."""
    a = "The agency chief said the number of recorded cases outside Velmar had grown 13-fold in two weeks."
    b = "La jefa de la agencia afirmó que el número de casos registrados fuera de Velmar creció 13 veces."
    assert meaning_differs(a, b, "en", "es") is None


def test_keinerlei_negates() -> None:
    """A health officer's "keinerlei Hinweise" is the others' "no indication whatsoever",
    not the misquoting outlet's "There is an indication"."""
    de = "es gebe keinerlei Hinweise darauf, dass das Trinkwasser beteiligt sei"
    assert meaning_differs(de, "There is an indication that the drinking water is involved", "de", "en")
    assert meaning_differs(de, "There is no indication whatsoever that the drinking water is involved", "de", "en") is None


def test_yet_before_not_is_an_adverb_not_a_link() -> None:
    """A machine translation's "it is yet not out" keeps its "not": "yet" links clauses only
    after a comma (", yet it is out" against ", yet it is not out" still differs)."""
    assert meaning_differs("The blaze is contained, but it is not out", "The blaze is contained, but it is yet not out", "en", "en") is None
    assert meaning_differs("The blaze is contained, yet it is not out", "The blaze is contained, yet it is out", "en", "en")


def test_a_polish_negation_reads_as_polish_against_another_language() -> None:
    """Polish has negation words but no stop list: its clauses were read in a guessed
    language where "nie" negates nothing, so "Nie mogłem oddychać" against "Non riuscivo a
    respirare" counted as a dropped negation; a dropped one is still found."""
    said = "Non riuscivo a respirare, la gente mi cadeva addosso"
    assert meaning_differs(said, "Nie mogłem oddychać, ludzie padali na mnie", "it", "pl") is None
    assert meaning_differs(said, "Mogłem oddychać, ludzie padali na mnie", "it", "pl")


def test_than_ever_written_with_a_negator_is_no_negation() -> None:
    """"más cerca que nunca", "plus unis que jamais", "più uniti che mai" say "than ever";
    "una carta que nunca llegó" (a relative clause) still negates."""
    said = "Today the two towns are closer than ever."
    assert meaning_differs(said, "Hoy las dos ciudades están más cerca que nunca.", "en", "es") is None
    assert meaning_differs("We are more united than ever", "Nous sommes plus unis que jamais", "en", "fr") is None
    assert meaning_differs("We are more united than ever", "Siamo più uniti che mai", "en", "it") is None
    assert meaning_differs("The letter arrived.", "La carta que nunca llegó.", "en", "es")


def test_portuguese_no_is_in_the_not_a_negation() -> None:
    """"Vi pessoas deitadas no corredor": "no" is "in the" in Portuguese, not English "no"."""
    said = "I saw people lying in the aisle and helped a woman out through a window."
    assert meaning_differs(said, "Vi pessoas deitadas no corredor e ajudei uma senhora a sair por uma janela", "en", "pt") is None
    assert dropped_negation("Vi pessoas deitadas no corredor", "Não vi pessoas deitadas no corredor", "pt", "pt")
    assert dropped_negation("Vi pessoas deitadas no corredor", "Vi pessoas deitadas na sala", "pt", "pt") is None


@pytest.mark.parametrize(
    ("kept", "dropped", "lang"),
    [
        ("La riforma non sarà ritirata, ma la porta del dialogo resta aperta", "La riforma sarà ritirata, ma la porta del dialogo resta aperta", "it"),
        ("La reforma no será retirada, pero la puerta al diálogo sigue abierta", "La reforma será retirada, pero la puerta al diálogo sigue abierta", "es"),
        ("A reforma não será retirada, mas a porta do diálogo continua aberta", "A reforma será retirada, mas a porta do diálogo continua aberta", "pt"),
    ],
)
def test_a_but_clause_with_a_linking_verb_is_a_clause_of_its_own(kept: str, dropped: str, lang: str) -> None:
    """"…will not be withdrawn, but the door remains open": "remains", "resta", "sigue" make
    the second part a clause; read as a corrective "not X but Y" it cancelled the negation,
    and faithful translations were flagged as dropping it."""
    said = "The reform will not be withdrawn, but the door to dialogue remains open"
    assert meaning_differs(said, kept, "en", lang) is None
    assert meaning_differs(said, dropped, "en", lang)


@pytest.mark.parametrize(
    ("said", "lang"),
    [
        ("I left with my medicines and the cat, nothing else", "en"),
        ("I went out with the medicines and the cat, nothing more", "en"),
        ("Salí con las medicinas y el gato, nada más", "es"),
        ("Saí com os medicamentos e o gato, mais nada", "pt"),
        ("Je suis partie avec mes médicaments et le chat, rien d'autre", "fr"),
        ("Sono uscita con le medicine e il gatto, nient'altro", "it"),
    ],
)
def test_a_closing_nothing_else_says_only_those(said: str, lang: str) -> None:
    """"…, nothing else", "…, nada más", "…, mais nada": only what came before, no negation
    of it: the Italian "solo con le medicine e il gatto" was flagged as dropping one. A
    "nothing else" that is a clause's subject or object still negates."""
    only = "Sono uscita solo con le medicine e il gatto"
    assert dropped_negation(said, only, lang, "it") is None
    assert dropped_negation("Nothing else will be done", "Everything will be done", "en", "en")
    assert dropped_negation("We will do nothing else", "We will do more", "en", "en")


def test_negative_words_without_their_head_are_one_negation() -> None:
    """"Durante doce horas nadie nos dijo nada": two negative words and no "no" are one
    negation (negative concord), not two that cancel; the faithful Spanish was flagged."""
    said = "For twelve hours nobody told us anything. We found out from the radio"
    assert dropped_negation("Durante doce horas nadie nos dijo nada. Nos enteramos por la radio", said, "es", "en") is None
    assert meaning_differs("Durante doce horas nadie nos dijo nada", "For twelve hours nobody told us anything", "es", "en") is None
    assert dropped_negation("Durante doce horas alguien nos dijo algo", "For twelve hours nobody told us anything", "es", "en")


def test_the_negation_an_until_clause_writes_is_the_links() -> None:
    """Polish "dopóki … nie wróci" (until he returns) writes a negation English and Spanish
    leave out: "Nie przestaniemy, dopóki ostatni pracownik nie wróci" says what "No vamos a
    parar hasta que el último trabajador vuelva" says."""
    es = "No vamos a parar hasta que el último trabajador vuelva a casa"
    assert dropped_negation(es, "Nie przestaniemy, dopóki ostatni pracownik nie wróci do domu", "es", "pl") is None
    assert dropped_negation(es, "Przestaniemy, dopóki ostatni pracownik nie wróci do domu", "es", "pl")


def test_a_translation_that_drops_a_sentences_negation_differs():
    # the Italian keeps one clause where the English has two ("Posso spiegare … e lotterò"):
    # sentence by sentence, the second is negated in one and not in the other
    english = (
        "I have never taken a banned substance. I cannot explain how it got into my sample, "
        "but I will fight this to the end"
    )
    italian = (
        "Non ho mai assunto sostanze proibite. Posso spiegare come sia finita nel mio "
        "campione e lotterò fino alla fine"
    )
    french = (
        "Je n'ai jamais pris de produit interdit. Je ne peux pas expliquer comment elle est "
        "arrivée dans mon échantillon, mais je me battrai jusqu'au bout"
    )
    assert "Posso spiegare" in (meaning_differs(english, italian, "en", "it") or "")
    assert "Posso spiegare" in (meaning_differs(french, italian, "fr", "it") or "")
    assert meaning_differs(english, french, "en", "fr") is None


def test_a_sentence_more_on_one_side_is_no_negation_count_difference():
    # Polish has no clause reader: negations are counted, over the sentences both quote
    english = "There is still a chance that someone survived in an air pocket under the hull"
    polish = "Wciąż jest szansa, że ktoś przeżył w poduszce pod kadłubem. Nie przerywamy akcji"
    assert meaning_differs(english, polish, "en", "pl") is None
    assert dropped_negation(english, polish, "en", "pl") is None
    translated = "There is no more chance that someone survived under the hull. We do not interrupt the action"
    assert "no more chance" in (meaning_differs(translated, polish, "en", "pl") or "")


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("The bridge is gone. We will rebuild it plank by plank", "en",
         "Die Brücke gibt es nicht mehr. Wir bauen sie Brett für Brett wieder auf", "de"),
        ("There was simply no path any more", "en", "Il sentiero non c'era più", "it"),
        ("A ponte já não existe", "pt", "The bridge has vanished", "en"),
        ("The bridge is gone", "en", "The bridge is not there anymore", "en"),
    ],
)
def test_what_has_lapsed_is_no_negation_to_compare(a: str, la: str, b: str, lb: str) -> None:
    """"no longer there" / "is gone" is one statement worded with a negation or with a
    verb of loss: a translation that picks the other is no misquotation."""
    assert meaning_differs(a, b, la, lb) is None


def test_a_negation_beside_a_lapse_word_still_counts_elsewhere() -> None:
    assert meaning_differs("We cannot rule out more victims", "We can rule out more victims", "en", "en")


def test_two_negated_polish_clauses_joined_by_i_stay_negated() -> None:
    """Polish has no clause reader of its own; its coordinators (cue data) still cut
    clauses, so "Nie było … i nie będzie" is two negated clauses, not one clause with two
    negations read as affirmative (a faithful translation had been flagged as the odd one
    out of a quotation)."""
    assert not dropped_negation(
        "There has been no deal on tariffs, and there will be none",
        "Nie było żadnego porozumienia w sprawie ceł i nie będzie",
        "en",
        "pl",
    )
    assert dropped_negation(
        "There has been no deal on tariffs, and there will be none",
        "Było porozumienie w sprawie ceł i będzie kolejne",
        "en",
        "pl",
    )


def test_a_negated_verb_of_limiting_says_not_only() -> None:
    """"non si limita a mascherare i sintomi" / "sich nicht darauf beschränkt" say what
    "rather than just masking" says: no negation to compare (a faithful quotation had been
    flagged, and the summary said three outlets quote it differently). A plain negation
    beside it still counts."""
    it = "Il farmaco rallenta la malattia e non si limita a mascherarne i sintomi. Ma non è una cura"
    en = "The drug slows the disease rather than just masking the symptoms. But this is not a cure"
    de = "Das Mittel verlangsamt die Krankheit und beschränkt sich nicht darauf, Symptome zu maskieren. Aber es ist keine Heilung"
    assert not dropped_negation(it, en, "it", "en") and not meaning_differs(it, en, "it", "en")
    assert not dropped_negation(de, en, "de", "en") and not meaning_differs(de, en, "de", "en")
    assert meaning_differs(en, "The drug slows the disease rather than just masking the symptoms. And this is a cure", "en", "en")


def test_a_bare_speech_frame_states_nothing_to_compare() -> None:
    """'"… I had no role in it," he said' against 'he has said … he played no part': the
    frame "he said" is no claim of "he" that the reported "he played no part" negates (a
    faithful report had been noted as one outlet reporting it differently)."""
    quoted = '"The report was written before I joined the board, and I had no role in editing it," he said.'
    reported = "Halvorsen has said the report was written before he joined the board and that he played no part in editing it."
    assert not meaning_differs(quoted, reported, "en", "en")
    assert meaning_differs('"We will win," he said.', '"We will not win," he said.', "en", "en")


def test_a_negative_pronoun_and_its_complement_share_the_coordinated_verb() -> None:
    # "Ninguém num hospital | ou num lar vai ficar sem água": one clause whose subject is
    # "nobody", as "Personne ne restera sans eau dans un hôpital ou une maison de retraite"
    pt = "Ninguém numa escola ou numa creche vai ficar sem aquecimento"
    fr = "Personne ne restera sans chauffage dans une école ou une crèche"
    assert meaning_differs(pt, fr, "pt", "fr") is None
    assert [c.positive for c in clauses(pt, "pt")] == [False]
    # two clauses, each with its own negative subject, stay two
    assert [c.positive for c in clauses("Ninguém sabe e ninguém quer saber", "pt")] == [False, False]


def test_hardly_anywhere_says_almost_nowhere() -> None:
    en = "Without these sales, shoppers in forty towns would have had almost nowhere else to go"
    nl = "Zonder deze verkopen zouden klanten in veertig gemeenten nauwelijks nog ergens anders terechtkunnen"
    de = "Ohne diese Verkäufe könnten Kunden in vierzig Gemeinden kaum noch anderswo einkaufen"
    assert meaning_differs(en, nl, "en", "nl") is None
    assert meaning_differs(en, de, "en", "de") is None


def test_as_many_negated_clauses_cut_otherwise_are_no_difference() -> None:
    # the Dutch subject and its relative clause are set off by a comma from the verb: two
    # clauses against one, each side negated once
    en = "Not a single worker of the plants we close will lose their job"
    nl = "Geen enkele werknemer van de fabrieken die we sluiten, verliest zijn baan."
    assert meaning_differs(en, nl, "en", "nl") is None
    assert meaning_differs(en, "Alle werknemers van de fabrieken die we sluiten, verliezen hun baan.", "en", "nl")


def test_a_relative_clause_inside_a_verb_final_clause_keeps_its_negation_on_the_subject() -> None:
    # "Wir konnten eine Reform, die …, nicht länger decken": the negation after the relative
    # clause is the main clause's, so "We could not keep covering …" says the same
    de = "Wir konnten einen Plan, der in den Dörfern Schulen schließt, nicht mittragen."
    en = "We could not back a plan that closes schools in the villages."
    assert meaning_differs(de, en, "de", "en") is None
    assert [c.positive for c in clauses(de, "de")] == [False]
    assert meaning_differs("Wir konnten einen Plan, der in den Dörfern Schulen schließt, mittragen.", en, "de", "en")
    # a new clause after the comma keeps its own subject
    assert [c.positive for c in clauses("Wir wissen, die Lage ist ernst, aber wir geben nicht auf.", "de")] == [True, True, False]


def test_what_still_holds_against_what_has_lapsed() -> None:
    # "can no longer be used" is no negation to compare with "is gone", but against "can still
    # be used" it says the opposite
    pl = "Dziś tych danych nie da się już wykorzystać przeciwko klientom."
    en = "Today the data can still be used against the customers."
    assert meaning_differs(pl, en, "pl", "en")
    assert meaning_differs("The village is gone.", "The village no longer exists.", "en", "en") is None


def test_a_part_denied_against_the_whole() -> None:
    # as many negations, opposite claims: some will lose their job / none will
    total = "Not a single worker of the plants we close will lose their job."
    part = "Not every worker of the plants we close will keep his job."
    assert meaning_differs(total, part, "en", "en")
    assert meaning_differs("Geen enkele werknemer van de fabrieken die we sluiten, verliest zijn baan.", part, "nl", "en")
    assert meaning_differs("Nicht alle Flüge wurden gestrichen.", "Not all flights were cancelled.", "de", "en") is None


@pytest.mark.parametrize(
    ("a", "b", "la", "lb"),
    [
        ("The new toll is not a danger to hauliers", "Le nouveau péage n'est pas sans danger pour les transporteurs", "en", "fr"),
        ("The new toll is not a danger to hauliers", "The new toll is not without danger for hauliers", "en", "en"),
        ("Die neue Maut ist keine Gefahr für Spediteure", "Die neue Maut ist nicht ohne Gefahr für Spediteure", "de", "de"),
        ("El nuevo peaje no es un peligro para los transportistas", "Nowa opłata nie jest bez ryzyka dla przewoźników", "es", "pl"),
    ],
)
def test_a_negation_a_without_cancels_says_the_opposite(a: str, b: str, la: str, lb: str) -> None:
    # "not without danger" says there is a danger: a double negation, no negation at all
    assert meaning_differs(a, b, la, lb) is not None
    assert [c.positive for c in clauses(b, lb)] == [True]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "cannot get far without us", "cannot without us": Ruritania needs us
        ("Ruritania cannot get far without us", "en"),
        ("Ruritanien kann nicht ohne uns", "de"),
        ("La Ruritanie ne peut pas sans nous", "fr"),
        # after a "without", the head of a negation is no echo of it: "we cannot go on"
        ("Sin ayuda no podemos seguir", "es"),
        ("Senza aiuto non possiamo andare avanti", "it"),
        ("Sem ajuda não podemos continuar", "pt"),
    ],
)
def test_a_without_after_another_verb_keeps_the_negation(text: str, lang: str) -> None:
    assert [c.positive for c in clauses(text, lang)] == [False]


@pytest.mark.parametrize(
    ("a", "b", "la", "lb"),
    [
        # a "but" opening a clause of its own verb is no correction of the negation before it
        ("As regras não são novas, mas pedimos que não as ignorem", "Las reglas no son nuevas, pero pedimos que no las ignoren", "pt", "es"),
        ("Per ora non abbiamo prove di frode, ma stiamo controllando ogni fattura", "For now we have no evidence of fraud, but we are checking every invoice", "it", "en"),
        # "nessun", the short form of "nessuno"
        ("Nessun pescatore verrà abbandonato", "No fisherman will be abandoned", "it", "en"),
        # the clitic "ne" (of them) is no "né" (nor)
        ("Ne abbiamo contati sette nel porto", "We counted seven of them in the harbour", "it", "en"),
        ("Né il sindaco né la giunta hanno risposto", "Neither the mayor nor the council answered", "it", "en"),
    ],
)
def test_italian_and_portuguese_negations_read_as_written(a: str, b: str, la: str, lb: str) -> None:
    assert meaning_differs(a, b, la, lb) is None


def test_a_noun_after_a_preposition_is_no_subject() -> None:
    # "Al momento non abbiamo …": the adverbial is no subject, "abbiamo" (we) is; so a
    # translation that dropped the negation is set against it
    it = "Al momento non abbiamo prove di frodi, ma stiamo controllando ogni fattura"
    assert [(c.subject, c.positive) for c in clauses(it, "it")] == [("1pl", False), ("1pl", True)]
    assert meaning_differs(it, "Wir haben im Moment Beweise für Betrug, und wir prüfen jede Rechnung", "it", "de")
    assert meaning_differs(it, "For now we have no evidence of fraud, but we are checking every invoice", "it", "en") is None


def test_a_span_of_time_is_compared_in_days() -> None:
    # "due giorni" against "dos semanas": the same 2, another span; the Italian outlet had
    # been cited for "at least two weeks" with the rest, and the quote left unflagged
    en = "The pier will stay shut for at least two weeks"
    assert meaning_differs("Il molo resterà chiuso per almeno due giorni", en, "it", "en")
    assert meaning_differs("El muelle seguirá cerrado al menos dos semanas", en, "es", "en") is None
    assert meaning_differs("Pomost pozostanie zamknięty co najmniej przez 14 dni", en, "pl", "en") is None
    assert meaning_differs("It will take two years", "It will take 24 months", "en", "en") is None


def test_hours_on_the_clock_are_no_span() -> None:
    # "à sept heures du soir" is the clock's seven, as "a las siete" is: not part of a day
    fr = "On nous a prévenus jeudi à sept heures du soir. C'est scandaleux"
    assert meaning_differs(fr, "Nos avisaron el jueves a las siete de la tarde. Es escandaloso", "fr", "es") is None


@pytest.mark.parametrize(
    ("neither", "lang"),
    [
        ("Die Halle darf weder zum Training noch für Konzerte oder Feste genutzt werden", "de"),
        ("La sala non può essere usata né per gli allenamenti né per i concerti", "it"),
        ("A sala não pode ser usada nem para treinos nem para concertos", "pt"),
    ],
)
def test_neither_nor_against_an_exception(neither: str, lang: str) -> None:
    # "neither for training nor for concerts" denies what "for training, but not for
    # concerts" affirms: the outlet was cited for the others' wording, the quote unflagged
    but = "El pabellón se puede usar para entrenar, pero no para conciertos ni para fiestas"
    assert meaning_differs(neither, but, lang, "es")
    assert meaning_differs("The hall may be used for training, but not for concerts", but, "en", "es") is None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Für die Anwohner besteht keine Gefahr. Wir gehen aber kein Risiko ein", "de"),
        ("For the residents there exists no danger. We go however no risk", "en"),
        ("Il n'y a aucun danger. Nous ne prenons cependant aucun risque", "fr"),
        ("Non c'è alcun pericolo. Non corriamo però alcun rischio", "it"),
    ],
)
def test_but_after_the_verb_is_an_adverb_not_a_new_clause(text: str, lang: str) -> None:
    # "Wir gehen aber kein Risiko ein" was cut at "aber" into a positive "Wir gehen" and a
    # subjectless "kein Risiko ein": a false flip against "we are not taking any risks"
    english = "There is no danger for the residents, but we are not taking any risks"
    assert all(not c.positive for c in clauses(text, lang) if c.subject == "1pl")
    assert meaning_differs(english, text, "en", lang, quoted=True) is None


@pytest.mark.parametrize(
    "text, lang",
    [("Wir sind sicher, aber wir gehen kein Risiko ein", "de"), ("We are safe, however we are not taking any risks", "en")],
)
def test_but_after_a_comma_still_links_two_clauses(text: str, lang: str) -> None:
    assert [c.positive for c in clauses(text, lang)] == [True, False]
