"""Timeline: explicit and relative dates resolved against publication dates, merged."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import make_article
from newsweave.summarize.datediv import date_divergences
from newsweave.summarize.timeline import (
    build_timeline,
    dated_statements,
    event_date,
    resolve_dates,
)

TUESDAY = date(2022, 12, 20)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The mayor said on Monday that the bridge would reopen.", "en", "2022-12-19"),
        ("Lundi, le maire a annoncé la réouverture du pont.", "fr", "2022-12-19"),
        ("El lunes el alcalde anunció la reapertura del puente.", "es", "2022-12-19"),
        ("Am Montagabend kündigte der Bürgermeister die Öffnung an.", "de", "2022-12-19"),
        ("The talks ended yesterday without a deal.", "en", "2022-12-19"),
        ("The mayor visited the site on the 19th with engineers.", "en", "2022-12-19"),
        ("The mayor visited the site on December 19 with engineers.", "en", "2022-12-19"),
        ("Inspectors warned about the cracks last week in a report.", "en", "2022-12"),
        ("In October, the council approved the plan for the bridge.", "en", "2022-10"),
        ("A new attack could come in early January, the general said.", "en", "2023-01"),
        ("The army used the base for its offensive in late February.", "en", "2022-02"),
        ("La mairie ouvrira dès jeudi une école provisoire.", "fr", "2022-12-22"),
        # the future in the verb's ending: Spanish, Portuguese, Italian
        ("El puente de Orvik reabrirá al tráfico el jueves.", "es", "2022-12-22"),
        ("A ponte de Orvik reabrirá ao trânsito na quinta-feira.", "pt", "2022-12-22"),
        ("Il ponte di Orvik riaprirà al traffico giovedì.", "it", "2022-12-22"),
        ("Next Monday the ferry service will resume.", "en", "2022-12-26"),
        # a date a strike "is due to" end on, "doit", "soll": ahead of the writing
        ("The strike, called by the union over pay, is due to end on Thursday evening.", "en", "2022-12-22"),
        ("Le mouvement, lancé par le syndicat, doit prendre fin jeudi soir.", "fr", "2022-12-22"),
        ("Der Streik der Gewerkschaft soll am Donnerstagabend enden.", "de", "2022-12-22"),
        ("The ferry was cancelled due to the storm on Monday.", "en", "2022-12-19"),
        # a weekday's possessive names that day ("Monday's vote": the vote was on Monday)
        ("The party won Monday's vote, the electoral commission said.", "en", "2022-12-19"),
    ],
)
def test_resolve_dates(text: str, lang: str, want: str) -> None:
    assert resolve_dates(text, lang, TUESDAY)[0][0] == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les secours ont fouillé sept immeubles effondrés à Tarnby.", "fr"),  # seven, no month
        ("Hier sehen Sie den Moment, in dem die Brücke einstürzte.", "de"),  # here, not "hier"
        ("El equipo de Tarnby ganó por segunda vez el torneo regional.", "es"),  # no "segunda"
        ("It was the 16th largest port in the country, the report said.", "en"),  # a rank
        # a name that folds to another language's month ("março"), or capitalised where
        # month names are written in lower case
        ("The fire destroyed 40 homes, the regional governor, Marco Denti, said.", "en"),
        ("O governador Marco Denti disse que o fogo avançou depressa.", "pt"),
    ],
)
def test_words_of_other_meanings_are_no_dates(text: str, lang: str) -> None:
    assert resolve_dates(text, lang, TUESDAY) == []


def test_a_weekday_named_with_a_date_settles_its_year() -> None:
    """ "by Monday, March 13" in a report of Friday, March 10: three days on, the Monday,
    not the same date a year back; and the weekday is not read again as a day of its own."""
    friday = date(2023, 3, 10)
    text = "Depositors of the Tarnby bank should get their money back by Monday, March 13."
    assert resolve_dates(text, "en", friday) == [("2023-03-13", "March 13", 69)]
    past = "The Tarnby ferry sank on Friday, October 31, the coastguard said."
    assert [d for d, *_ in resolve_dates(past, "en", date(2020, 11, 2))] == ["2020-10-31"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Unions have called a general strike for October 14.", "en"),
        ("The vote was postponed until October 14, officials said.", "en"),
        ("Les syndicats ont appelé à la grève pour le 14 octobre.", "fr"),
        ("Los sindicatos convocaron una huelga general para el 14 de octubre.", "es"),
        ("Die Gewerkschaften haben für den 14. Oktober einen Streik angekündigt.", "de"),
    ],
)
def test_a_date_the_sentence_looks_ahead_to_is_the_nearest_whatever_the_tense(
    text: str, lang: str
) -> None:
    # a report of October 2: the past verb ("called", "ont appelé") set the date, it is
    # twelve days on, not a year back
    assert resolve_dates(text, lang, date(2033, 10, 2))[0][0] == "2033-10-14"
    held = "The talks were held on September 28."
    assert resolve_dates(held, "en", date(2033, 10, 2))[0][0] == "2033-09-28"


def test_explicit_year_and_no_reference() -> None:
    assert resolve_dates("It opened on 3 March 1971 after years of work.", "en", None)[0][0] == (
        "1971-03-03"
    )
    assert resolve_dates("It opened on Monday after years of work.", "en", None) == []


def test_timeline_merges_statements_and_falls_back_to_common_published() -> None:
    articles = [
        make_article(
            "en-a",
            "The regional council closed the Orvik bridge on Monday after inspectors found "
            "corroded cables. In October, engineers had first reported rust on the cables.",
            published="2024-05-14",
        ),
        make_article(
            "fr-b",
            "Le conseil régional a fermé lundi le pont d'Orvik après la découverte de câbles "
            "corrodés.",
            "fr",
            published="2024-05-14",
        ),
        # no publication date: "am Montag" resolves against the event's common date
        make_article(
            "de-c",
            "Der Regionalrat hat am Montag die Orvik-Brücke wegen korrodierter Kabel gesperrt.",
            "de",
        ),
    ]
    timeline = build_timeline(articles)
    assert [e.date for e in timeline] == ["2023-10", "2024-05-13"]
    closing = timeline[1]
    assert closing.citations == ["en-a", "fr-b", "de-c"]
    assert closing.text.startswith("The regional council closed")
    assert timeline[0].citations == ["en-a"]
    assert event_date(articles) == "2024-05-13"


def test_a_dateline_after_the_page_date_is_a_date_divergence() -> None:
    body = "The harbour of Velmar reopened after the storm. Ferries sailed again."
    arts = [
        make_article("early", body, published="2024-05-02", dateline="Velmar, May 7"),
        make_article("b", body, published="2024-05-07", dateline="VELMAR"),
        make_article("c", body, published="2024-05-07"),
        # a dateline on or before the page date is ordinary
        make_article("d", body, published="2024-05-08", dateline="Velmar, May 7"),
    ]
    (div,) = date_divergences(arts)
    assert div.kind == "date" and div.odd_one_out == "early"
    assert [v.article for v in div.variants] == ["early", "b", "c"]
    assert "2024-05-02" in div.description and "Velmar, May 7" in div.description
    # nobody dated the dateline's day: no second source, no divergence
    assert date_divergences([arts[0], arts[3]]) == []


def test_relative_days_resolve_against_a_dateline_later_than_the_page_date() -> None:
    a = make_article(
        "early",
        "The harbour of Velmar reopened on Tuesday after the storm, officials said.",
        published="2024-05-02",
        dateline="Velmar, May 7",
    )
    # against the page date, "Tuesday" would be April 30, before anything happened
    assert {st.date for st in dated_statements([a])} == {"2024-05-07"}


def test_a_weekday_the_day_after_an_early_stamp_is_that_day_when_the_event_reaches_it() -> None:
    """A report stamped Monday that says "the mayor said Tuesday" was stamped a day early
    (its time zone) when the event's coverage runs into Tuesday; "last Tuesday", or an
    event whose coverage ends on Monday, keeps the Tuesday before."""
    monday, tuesday = date(2031, 3, 10), date(2031, 3, 11)
    said = "The mayor of Kelby said Tuesday that the bridge would stay closed."
    assert resolve_dates(said, "en", monday, horizon=tuesday)[0][0] == "2031-03-11"
    assert resolve_dates(said, "en", monday)[0][0] == "2031-03-04"
    last = "The mayor of Kelby said last Tuesday that the bridge would stay closed."
    assert resolve_dates(last, "en", monday, horizon=tuesday)[0][0] == "2031-03-04"
    articles = [
        make_article("a", said, published="2031-03-10"),
        make_article("b", "The Kelby bridge stayed closed on Tuesday.", published="2031-03-11"),
    ]
    assert {s.date for s in dated_statements(articles)} == {"2031-03-11"}


def _one_fact(texts: dict[str, tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    """Articles (id -> lang, published, text) whose one sentence states one fact."""
    import numpy as np

    from newsweave.align.facts import FactAlignment
    from newsweave.model import Citation, Fact, Sentence

    arts = [make_article(k, t, lang, published=pub) for k, (lang, pub, t) in texts.items()]
    rows = [Sentence(a.id, 0, a.text, 0, len(a.text), 0, a.lang) for a in arts]
    fact = Fact("F1", rows[0].text, [Citation(s.article_id, s.text, 0) for s in rows], len(rows))
    n = len(rows)
    alignment = FactAlignment(
        [fact], rows, np.ones((n, 4), dtype=np.float32), members={"F1": list(range(n))},
        support_rows={"F1": list(range(n))}, langs=[a.lang for a in arts],
        groups={a.id: a.id for a in arts},
    )  # fmt: skip
    return alignment, arts


def test_an_outlet_putting_the_fact_on_another_day_is_a_date_divergence() -> None:
    from newsweave.summarize.datediv import day_divergences

    alignment, arts = _one_fact({
        "en1": ("en", "2031-03-14", "A fire destroyed the Lorvik mill on Friday, police said."),
        "es1": ("es", "2031-03-14", "Un incendio destruyó el viernes la fábrica de Lorvik."),
        "de1": ("de", "2031-03-15", "Ein Brand hat am Freitag die Spinnerei in Lorvik zerstört."),
        "fr1": ("fr", "2031-03-14", "Un incendie a détruit jeudi la filature de Lorvik."),
    })  # fmt: skip
    (d,) = day_divergences(alignment, arts)
    assert (d.kind, d.odd_one_out, d.fact) == ("date", "fr1", "F1")
    assert "2031-03-13 (Thursday)" in d.description and "2031-03-14 (Friday)" in d.description
    # a month named alone, where no sentence names a day
    alignment, arts = _one_fact({
        "en1": ("en", "2031-06-03", "The first round of talks will be held in Morvia in September."),
        "de1": ("de", "2031-06-03", "Die erste Runde soll im September in Morvia stattfinden."),
        "fr1": ("fr", "2031-06-04", "Le premier cycle aura lieu en Morvie en septembre."),
        "en2": ("en", "2031-06-03", "The first round will take place in Morvia in October."),
    })  # fmt: skip
    (d,) = day_divergences(alignment, arts)
    assert (d.kind, d.odd_one_out) == ("date", "en2")
    assert d.description.startswith("Months differ: en2 puts it in October 2031, 3 other")
    # "today" on a page stamped the day after is no other day: the stamp moves, not the fire
    alignment, arts = _one_fact({
        "en1": ("en", "2031-03-14", "A fire destroyed the Lorvik mill on Friday, police said."),
        "es1": ("es", "2031-03-14", "Un incendio destruyó el viernes la fábrica de Lorvik."),
        "es2": ("es", "2031-03-15", "Un incendio destruyó hoy la fábrica de Lorvik."),
    })  # fmt: skip
    assert day_divergences(alignment, arts) == []


def test_last_weekday_on_that_weekday_and_since_a_weekday_are_past() -> None:
    from datetime import date

    wednesday = date(2026, 7, 15)
    # "am vergangenen Mittwoch" in a Wednesday's report: a week ago, not the same day
    said = "Seit Beginn der Hitzewelle am vergangenen Mittwoch starben 21 Menschen in Orvik."
    assert resolve_dates(said, "de", wednesday)[0][0] == "2026-07-08"
    # "desde quarta-feira" in a Tuesday's report, of an event reported on Wednesday too:
    # the Wednesday gone by, not the stamp a day early
    said = "Doze pessoas morreram em Orvik desde quarta-feira, segundo o ministério."
    assert resolve_dates(said, "pt", date(2026, 7, 14), horizon=wednesday)[0][0] == "2026-07-08"


def test_the_day_something_was_said_is_no_day_of_the_deed() -> None:
    from newsweave.summarize.datediv import day_divergences

    # two outlets date the officials' statement (Tuesday), one the clean-up (Wednesday):
    # no outlet puts the storm's toll on another day
    alignment, arts = _one_fact({
        "en1": ("en", "2031-11-04", "Storm Oda killed three people in Lorvik, officials said on Tuesday."),
        "de1": ("de", "2031-11-04", "Drei Menschen starben in Lorvik, wie die Behörden am Dienstag mitteilten."),
        "en2": ("en", "2031-11-05", "Clean-up began in Lorvik on Wednesday after Storm Oda killed three people."),
    })  # fmt: skip
    assert day_divergences(alignment, arts) == []
    # nor the day of the count an outlet cites as its source
    alignment, arts = _one_fact({
        "en1": ("en", "2031-11-02", "Four people died when a train derailed near Lorvik on Saturday evening."),
        "de1": ("de", "2031-11-02", "Vier Menschen starben am Samstagabend bei der Entgleisung nahe Lorvik."),
        "fr1": ("fr", "2031-11-02", "Quatre personnes ont perdu la vie près de Lorvik, selon un bilan communiqué dimanche matin par la préfecture."),
    })  # fmt: skip
    assert day_divergences(alignment, arts) == []


def test_today_inside_a_quotation_is_the_speakers_not_the_pages() -> None:
    from datetime import date

    monday = date(2031, 6, 9)
    # said on Sunday night, printed on Monday: the quotation's "tonight" dates nothing
    assert resolve_dates('"Tonight the voters won," Lund told supporters in Orvik.', "en", monday) == []
    assert resolve_dates("Lund said tonight that the voters had won.", "en", monday)[0][0] == "2031-06-09"


def test_next_after_the_weekday_and_coming_before_it_look_ahead() -> None:
    from datetime import date

    tuesday = date(2031, 1, 21)  # the Sunday before is the 19th, the next the 26th
    for lang, said in (
        ("fr", "Un deuxième échange est prévu dimanche prochain à Orvik."),
        ("de", "Ein zweiter Austausch ist für kommenden Sonntag in Orvik geplant."),
        ("es", "El segundo intercambio será el domingo próximo en Orvik."),
        ("it", "Il secondo scambio è previsto domenica prossima a Orvik."),
    ):
        assert resolve_dates(said, lang, tuesday)[0][0] == "2031-01-26", lang


def test_dates_only_a_guessed_year_apart_are_no_divergence() -> None:
    """"desde marzo de 2023" is March 2023 (the year after "de" was not read, so it looked
    like March of the year to come); and a date without a year that one report's tense
    reads as past and the others as to come is no other date of the deed."""
    from newsweave.summarize.datediv import day_divergences

    assert resolve_dates("Es la primera subida desde marzo de 2023.", "es", date(2031, 11, 7))[0][0] == "2023-03"
    alignment, arts = _one_fact({
        "en1": ("en", "2031-11-07", "It was the bank's first increase since March 2023."),
        "es1": ("es", "2031-11-07", "Se trata de la primera subida desde marzo de 2023."),
        "es2": ("es", "2031-11-07", "Se trata de la primera subida desde marzo de 2023, según el banco."),
        "pt1": ("pt", "2031-11-07", "É a primeira subida desde março de 2023."),
    })  # fmt: skip
    assert day_divergences(alignment, arts) == []
    alignment, arts = _one_fact({
        "en1": ("en", "2031-05-22", "The bill is due to be put to a vote in parliament on 10 June."),
        "fr1": ("fr", "2031-05-22", "Le texte doit être soumis au vote des députés le 10 juin."),
        "fr2": ("fr", "2031-05-22", "Le projet de loi doit être soumis au vote le 10 juin."),
        "en2": ("en", "2031-05-22", "The project of law has been submitted to the vote of the deputies on 10 June."),
    })  # fmt: skip
    assert day_divergences(alignment, arts) == []


def _days(text: str, lang: str, ref: date) -> list[str]:
    return [d for d, *_ in resolve_dates(text, lang, ref)]


def test_the_night_between_two_days_is_one_date() -> None:
    """ "the night between Tuesday and Wednesday" at 3.17 is the Wednesday, once: not the
    Tuesday as well; the Tuesday when the time named is in the evening."""
    thursday = date(2031, 10, 9)
    said = "The shock struck Varnholt at 3.17 in the night between Tuesday and Wednesday."
    assert _days(said, "en", thursday) == ["2031-10-08"]
    said = "Les deux otages ont été libérés dans la nuit de lundi à mardi près de Korvane."
    assert _days(said, "fr", thursday) == ["2031-10-07"]
    said = "La scossa è arrivata alle 23.40 nella notte tra martedì e mercoledì a Valmora."
    assert _days(said, "it", thursday) == ["2031-10-07"]


def test_a_weekday_in_the_present_tense_is_of_the_week_of_writing() -> None:
    """A report of Wednesday, October 8: pilgrims who "regressa ... na sexta-feira" come
    home in two days, not five days back (their past imperfect in a relative clause is
    not the tense of the return); a past verb keeps the Friday gone by."""
    wednesday = date(2031, 10, 8)
    said = (
        "Um grupo de peregrinos que se encontrava em Varnela, a 40 quilómetros do epicentro, "
        "está bem e regressa a Lisboa na sexta-feira."
    )
    assert _days(said, "pt", wednesday) == ["2031-10-10"]
    assert _days("Os peregrinos chegaram a Varnela na sexta-feira.", "pt", wednesday) == ["2031-10-03"]
    # Dutch: a weekday with a part of the day ("dinsdagavond") in one word, and a hope
    said = "Het stel hoopt zaterdag naar huis te vliegen."
    assert _days(said, "nl", wednesday) == ["2031-10-11"]
    said = "De spoedeisende hulp in Korvum is dinsdagavond weer opengegaan."
    assert _days(said, "nl", wednesday) == ["2031-10-07"]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "want"),
    [
        # a report of Tuesday, July 29: departures cancelled until the Friday to come
        ("The operator said it had cancelled all ferries to Korvane until Friday.", "en", date(2031, 7, 29), "2031-08-01"),
        ("Le groupe s'attend à ce que la panne dure au moins jusqu'à jeudi.", "fr", date(2031, 7, 29), "2031-07-31"),
        # a report of Thursday, March 13: the management summoned for Monday's talks
        ("The minister said the government had summoned Varnex's managers to the capital for talks on Monday.", "en", date(2031, 3, 13), "2031-03-17"),
        ("De directie van Varnex is maandag ontboden in Den Haag.", "nl", date(2031, 3, 13), "2031-03-17"),
        ("Przedstawiciele zarządu Varnexu zostali wezwani na rozmowy do ministerstwa w poniedziałek.", "pl", date(2031, 3, 13), "2031-03-17"),
    ],
)  # fmt: skip
def test_a_weekday_aimed_at_is_the_next_one(text: str, lang: str, ref: date, want: str) -> None:
    assert _days(text, lang, ref) == [want]


def test_a_year_named_after_the_month_and_the_tense_of_other_languages() -> None:
    """ "a marzo di quest'anno" in an October report is this year's March, not next year's;
    a year-less date or month told in a past tense (Portuguese "foi", Dutch "werden",
    Polish "doszło", French "depuis") is the one gone by, though the next is nearer."""
    october, november = date(2031, 10, 15), date(2031, 11, 20)
    said = "La società ha precisato che l'ultima ispezione del ponte di Valmora risale a marzo di quest'anno."
    assert _days(said, "it", october) == ["2031-03"]
    assert _days("The Korvane bridge was last inspected in March last year.", "en", october) == ["2030-03"]
    assert _days("Do porwania doszło 11 marca w okolicach Korvane.", "pl", october) == ["2031-03-11"]
    assert _days("Op 11 maart werden ze bij Korvane uit hun auto gehaald.", "nl", october) == ["2031-03-11"]
    said = "A cimeira foi a primeira desde a posse do presidente Varela, em março."
    assert _days(said, "pt", november) == ["2031-03"]
    said = "Le coureur, suspendu provisoirement depuis avril, n'a plus couru depuis lors."
    assert _days(said, "fr", november) == ["2031-04"]


def test_a_habit_and_an_ordinal_are_no_dates() -> None:
    wednesday = date(2031, 10, 8)
    assert _days('"We prayed for Anka every Sunday," said the priest of Korvane.', "en", wednesday) == []
    assert _days("Les fidèles de Korvane prient pour elle chaque dimanche.", "fr", wednesday) == []
    # Portuguese "segunda" is the second before a noun, Monday before "à noite"
    said = "O pacote de Varela tem como eixos o etanol de segunda geração e os fertilizantes."
    assert _days(said, "pt", wednesday) == []
    said = "O presidente Varela chegou a Lisboa na segunda à noite."
    assert _days(said, "pt", wednesday) == ["2031-10-06"]


def test_the_day_of_what_a_sentence_comes_after_does_not_date_it() -> None:
    """ "… reopened on Tuesday evening, after Monday's attack": the sentence is Tuesday's;
    and "two days after the attack of Monday, the wards stay shut" no Monday's; "Monday's
    fire was sparked accidentally, prosecutors said Tuesday" stays Monday's."""
    articles = [
        make_article(
            "nl",
            "De spoedeisende hulp in Korvum is dinsdagavond weer opengegaan, maar verder ligt "
            "Zorgnet Varn nog plat na de ransomware-aanval van maandag.",
            "nl",
            published="2031-03-12",
        ),
        make_article(
            "fr",
            "Deux jours après la cyberattaque de lundi, les urgences de Korvum restent fermées.",
            "fr",
            published="2031-03-12",
        ),
        make_article(
            "en",
            "Monday's blaze in the Korvum storage yard was probably accidental, prosecutors said Tuesday.",
            published="2031-03-12",
        ),
    ]
    dated = {(st.sentence.article_id, st.date) for st in dated_statements(articles)}
    assert dated == {("nl", "2031-03-11"), ("en", "2031-03-10"), ("en", "2031-03-11")}
