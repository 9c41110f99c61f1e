"""Timeline dates read from the whole sentence: the tense nearest a date, a count up to a
day, weekdays of one stretch, "today" as the present age, and date divergences between
two happenings of one outlet."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from helpers import make_article
from newsweave.summarize.datediv import day_divergences
from newsweave.summarize.timeline import resolve_dates

TUESDAY = date(2031, 10, 14)


def _first(text: str, lang: str, ref: date) -> str:
    return resolve_dates(text, lang, ref)[0][0]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the participle a future governs is no past, however far the future cue is
        (
            "The findings will be published by the Orvik institute in a journal in November.",
            "en",
            "2031-11",
        ),
        (
            "The new ferry will be unveiled to the public at the Orvik harbour on Thursday evening.",
            "en",
            "2031-10-16",
        ),
        # a reported future: the verb nearest the date is the one that tells its time
        (
            "Os pescadores disseram que vão esperar pelo relatório do porto de Orvik "
            "antes de votar em dezembro.",
            "pt",
            "2031-12",
        ),
        # and a past nearer the date than a future cue is the past
        ("The Orvik bridge will reopen, officials said on Monday.", "en", "2031-10-13"),
    ],
)
def test_the_tense_nearest_the_date_tells_which_one(text: str, lang: str, want: str) -> None:
    assert _first(text, lang, TUESDAY) == want
    # a past well after the future cue stays the past; so does what came after "after"
    said = "Schools in Orvik will stay shut after the storm hit the coast on Monday."
    assert _first(said, "en", TUESDAY) == "2031-10-13"
    said = (
        "Prices rose after the port said that it would close a dock in Orvik after "
        "opening a new terminal in September."
    )
    assert _first(said, "en", TUESDAY) == "2031-09"


def test_a_month_part_in_portuguese_keeps_the_target_before_it() -> None:
    """ "para o início de julho": the target word is before the part of the month, so a
    past verb of the sentence does not send July a year back."""
    said = "A regata de Orvik foi marcada para o início de julho, disse o clube."
    assert resolve_dates(said, "pt", date(2031, 6, 17)) == [
        ("2031-07", "início de julho", said.index("início"))
    ]


def test_until_a_day_opening_its_clause_with_a_past_is_a_count_up_to_it() -> None:
    wednesday = date(2031, 9, 17)
    for said, lang in (
        (
            "According to the harbour office, until Tuesday the leak was traced in 31 boats.",
            "en",
        ),
        ("Until Tuesday, 31 boats had been checked in Orvik.", "en"),
        ("Bis Dienstag wurden in Orvik 31 Boote geprüft.", "de"),
    ):
        assert _first(said, lang, wednesday) == "2031-09-16", said
    # a target after its verb, or with a present tense, is still ahead
    assert _first("The vote in Orvik was postponed until Tuesday.", "en", wednesday) == "2031-09-23"
    assert _first("Until Friday, the Orvik museum stays closed.", "en", wednesday) == "2031-09-19"


def test_weekdays_of_one_stretch_follow_each_other() -> None:
    saturday = date(2031, 2, 22)
    said = (
        "Le festival d'Orvik a été reporté et les concerts ont été déplacés à samedi et dimanche."
    )
    assert [d for d, *_ in resolve_dates(said, "fr", saturday)] == ["2031-02-22", "2031-02-23"]
    said = "The talks in Orvik ran from Monday to Friday."
    assert [d for d, *_ in resolve_dates(said, "en", saturday)] == ["2031-02-17", "2031-02-21"]
    # a habit over both days, and a day with its own tense
    assert resolve_dates("The Orvik market opens every Saturday and Sunday.", "en", saturday) == []
    said = "The Orvik ferry sailed on Friday and last Monday."
    assert [d for d, *_ in resolve_dates(said, "en", saturday)] == ["2031-02-21", "2031-02-17"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Orvik yard built whalers a century ago, and today too most of its boats go north.",
            "en",
        ),
        ("The cooperative, set up in 1987, today has 45 members in Orvik.", "en"),
        (
            "De werf bouwde vroeger walvisvaarders, en ook vandaag vaart het meeste naar Noorwegen.",
            "nl",
        ),
        ("Używane dziś szczepionki chronią przed ciężkim przebiegiem grypy.", "pl"),
        ("L'usine d'Orvik, fondée en 1950, emploie aujourd'hui 300 personnes.", "fr"),
    ],
)
def test_today_as_the_present_age_is_no_date(text: str, lang: str) -> None:
    assert resolve_dates(text, lang, TUESDAY) == []
    # "today" of a deed, a plan, or opening a clause the sentence goes on from, is the day
    for said, code in (
        ("The Orvik court ruled today that the mill must close.", "en"),
        ("Today, the Orvik council voted to close the bridge.", "en"),
        ("Orvik will vote today on the new bridge.", "en"),
        ("Los pescadores tenían previsto volver hoy al puerto de Orvik.", "es"),
    ):
        assert _first(said, code, TUESDAY) == TUESDAY.isoformat(), said


def _alignment(texts: dict[str, tuple[str, str]], rows_of: dict[tuple[str, int], np.ndarray]):  # type: ignore[no-untyped-def]
    """Articles (id -> lang, text) published on one day; every sentence a row with the
    vector given (default: the fact's), sentence 0 of each article supporting F1."""
    from newsweave.align.facts import FactAlignment
    from newsweave.model import Citation, Fact

    arts = [make_article(k, t, lang, published="2024-11-22") for k, (lang, t) in texts.items()]
    rows = [s for a in arts for s in a.sentences]
    vecs = np.array(
        [rows_of.get((s.article_id, s.index), np.eye(4)[0]) for s in rows], dtype=np.float32
    )
    support = [r for r, s in enumerate(rows) if s.index == 0]
    fact = Fact(
        "F1",
        rows[0].text,
        [Citation(rows[r].article_id, rows[r].text, 0) for r in support],
        len(support),
    )
    alignment = FactAlignment(
        [fact], rows, vecs, members={"F1": support}, support_rows={"F1": support},
        langs=[s.lang for s in rows], groups={a.id: a.id for a in arts},
    )  # fmt: skip
    return alignment, arts


def test_an_outlet_telling_the_others_month_elsewhere_tells_two_happenings() -> None:
    texts = {
        "fr1": (
            "fr",
            "Les fissures du pont d'Orvik avaient été relevées en mars 2021 par des plongeurs.",
        ),
        "fr2": ("fr", "Des plongeurs avaient inspecté le pont d'Orvik en mars 2021."),
        "de1": ("de", "Die Risse der Brücke von Orvik waren im März 2021 entdeckt worden."),
        "de2": (
            "de",
            "Ein Fischer hatte die Stadt Orvik im Januar 2021 gewarnt. "
            "Im März 2021 untersuchten Taucher die Brücke von Orvik.",
        ),
    }
    # de2 tells the inspection of March in its second sentence, as the others do
    alignment, arts = _alignment(texts, {})
    assert day_divergences(alignment, arts) == []
    # its other sentence of March is about something else: January is its date of the fact
    texts["de2"] = (
        "de",
        "Die Risse der Brücke von Orvik waren im Januar 2021 entdeckt worden. "
        "Im März 2021 wurde in Orvik gewählt.",
    )
    alignment, arts = _alignment(texts, {("de2", 1): np.eye(4)[1]})
    (d,) = day_divergences(alignment, arts)
    assert d.odd_one_out == "de2"
    assert d.description.startswith("Months differ: de2 puts it in January 2021")


@pytest.mark.parametrize(
    ("text", "lang", "ref", "want"),
    [
        # a month or date opening a range takes the year of the one closing it
        ("The Orvik leak was open from March to November 2030.", "en", TUESDAY, ["2030-03", "2030-11"]),
        ("Zwischen März und November 2030 stand das Leck in Orvik offen.", "de", TUESDAY, ["2030-03", "2030-11"]),
        ("La falla di Orvik, rimasta aperta da marzo a novembre 2030.", "it", TUESDAY, ["2030-03", "2030-11"]),
        ("The Orvik dock was shut from December to February 2030.", "en", TUESDAY, ["2029-12", "2030-02"]),
        ("The Orvik ferries sailed from 3 March to 5 April 2030.", "en", None, ["2030-03-03", "2030-04-05"]),
        # a word between a month and its year
        ("The Orvik quay will be rebuilt from September of 2033.", "en", TUESDAY, ["2033-09"]),
        # a past verb that is not the date's: the coming 3 March, not last year's
        ("The strike the Orvik dockers had called from 3 March was suspended.", "en", date(2031, 2, 20), ["2031-03-03"]),
        ("Strajk w Orviku, który miał się rozpocząć 3 marca, został zawieszony.", "pl", date(2031, 2, 20), ["2031-03-03"]),
        # ... while a past date ten months back, or a past month, stays past
        ("The Orvik yard had closed on 10 April.", "en", date(2031, 2, 20), ["2030-04-10"]),
        ("The Orvik dockers struck in March.", "en", date(2031, 2, 20), ["2030-03"]),
        # a participle before a month: a thing done ("approved in February")
        ("A lei de Orvik, aprovada em fevereiro pelo parlamento.", "pt", TUESDAY, ["2031-02"]),
        ("La ley de Orvik, aprobada en febrero por el parlamento.", "es", TUESDAY, ["2031-02"]),
        ("A lei de Orvik, que será aprovada em fevereiro.", "pt", TUESDAY, ["2032-02"]),
    ],
)
def test_the_year_of_a_month_or_date_from_its_range_and_its_own_verb(
    text: str, lang: str, ref: date | None, want: list[str]
) -> None:
    assert [d for d, *_ in resolve_dates(text, lang, ref)] == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # some day of a story told from its own days, not one the day of writing tells
        ('"I warned them on a Friday and the hole was still open the following Wednesday," she said.', "en"),
        ("Elle les a prévenus un vendredi, et la brèche était ouverte le mercredi suivant.", "fr"),
        ("Ela avisou-os numa sexta-feira e a falha seguia aberta na quarta-feira seguinte.", "pt"),
        ("Sie warnte die Firma an einem Freitag, am folgenden Mittwoch war das Leck noch offen.", "de"),
        # people's habit: their July holidays, our Sunday market
        ('"People book their July holidays now," said an Orvik hotelier.', "en"),
    ],
)
def test_some_weekday_and_a_habit_named_by_a_possessive_are_no_dates(text: str, lang: str) -> None:
    assert resolve_dates(text, lang, TUESDAY) == []


def _day_alignment(texts: dict[str, tuple[str, str]]):  # type: ignore[no-untyped-def]
    return _alignment(texts, {})


def test_a_day_a_span_starts_on_is_compared_with_starts_only() -> None:
    # published on a Friday: the cuts approved on Wednesday are in force from today
    texts = {
        "en1": ("en", "The Orvik council approved night-time water cuts on Wednesday."),
        "fr1": ("fr", "L'eau sera coupée la nuit à Orvik à partir de vendredi."),
        "nl1": ("nl", "In Orvik gaat vanaf vrijdag 's nachts de kraan dicht."),
    }
    assert day_divergences(*_day_alignment(texts)) == []
    # a start against starts still differs
    texts["en1"] = ("en", "Taps in Orvik run dry at night from Thursday.")
    (d,) = day_divergences(*_day_alignment(texts))
    assert d.odd_one_out == "en1"


def test_a_day_a_span_ends_on_is_no_day_of_the_fact() -> None:
    # "by Thursday" is how far a count had come, not the day of the escape
    texts = {
        "es1": ("es", "Los seis presos se fugaron el martes de la cárcel de Orvik."),
        "es2": ("es", "Seis internos de la prisión de Orvik huyeron el martes."),
        "en1": ("en", "Only one of the six Orvik inmates had been recaptured by Thursday morning."),
    }
    assert day_divergences(*_day_alignment(texts)) == []
    texts["en1"] = ("en", "Six inmates escaped from the Orvik prison on Thursday morning.")
    assert day_divergences(*_day_alignment(texts))[0].odd_one_out == "en1"


def test_an_outlet_dating_what_the_others_say_came_before_is_no_divergence() -> None:
    texts = {
        "es1": (
            "es",
            "El gobierno y el sindicato de Orvik alcanzaron el jueves un acuerdo, después de "
            "dos jornadas de huelga que cerraron 287 escuelas.",
        ),
        "en1": ("en", "The Orvik government and the teachers' union reached a deal on Thursday."),
        "es2": ("es", "Las dos jornadas de huelga cerraron el miércoles 287 escuelas en Orvik."),
    }
    assert day_divergences(*_day_alignment(texts)) == []
    # dating the deal itself a day earlier is a divergence
    texts["es2"] = ("es", "El gobierno y el sindicato de Orvik alcanzaron el miércoles un acuerdo.")
    assert day_divergences(*_day_alignment(texts))[0].odd_one_out == "es2"


def test_a_sentence_naming_two_days_is_one_timeline_entry() -> None:
    from newsweave.summarize.timeline import build_timeline

    text = (
        "The green light for the Orvik merger came on Tuesday afternoon, but nobody in the "
        "Orvik shops celebrated on Wednesday morning."
    )
    a = make_article("a", text, published="2031-03-12")
    (entry,) = build_timeline([a], vectors={"a": np.eye(4)[:1]})
    assert entry.date == "2031-03-11"
    # another outlet's sentence of that Wednesday words the Wednesday's entry
    b = make_article("b", "Nobody in the Orvik shops celebrated on Wednesday.", published="2031-03-12")
    timeline = build_timeline([a, b], vectors={"a": np.eye(4)[:1], "b": np.eye(4)[:1]})
    assert [(e.date, e.text[:9], e.citations) for e in timeline] == [
        ("2031-03-11", "The green", ["a"]),
        ("2031-03-12", "Nobody in", ["a", "b"]),
    ]
    # the day of the deed, not the day it was told on
    said = "As the Orvik ministry confirmed on Thursday, the reporter was freed on Tuesday evening."
    c = make_article("c", said, published="2031-03-14")
    (entry,) = build_timeline([c], vectors={"c": np.eye(4)[:1]})
    assert entry.date == "2031-03-11"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a street named after a day is a name ("los semáforos de 14 de Marzo"), and its
        # month no month named alone
        ("Los semáforos de 14 de Marzo quedaron en negro y el tráfico de Orvik se detuvo.", "es"),
        ("Die Demonstration zog über die Straße des 9. Mai bis zum Rathaus von Orvik.", "de"),
        ("Na ul. 3 Maja w Orviku zamknięto wszystkie sklepy.", "pl"),
        # a word with an accent the month lacks is another word: Polish "mają" (they have)
        ("Na ląd mogą zejść tylko pasażerowie, którzy mają bilet powrotny z Orviku.", "pl"),
    ],
)
def test_names_and_words_of_other_meanings_are_no_dates(text: str, lang: str) -> None:
    assert resolve_dates(text, lang, TUESDAY) == []


def test_a_month_in_a_sentence_of_many_years_is_no_one_month() -> None:
    # in a clause that tells no past nor future: a remark on the season
    for text, lang in (
        ("«Grandinate così a luglio non sono una novità, ma negli ultimi anni sono più frequenti», ha detto.", "it"),
        ("„Der Wind bringt das Virus jedes Jahr ab Oktober nach Orvik“, sagt die Tierärztin.", "de"),
        ("Hail in July is nothing new in Orvik, but in recent years it has come more often.", "en"),
    ):
        assert resolve_dates(text, lang, TUESDAY) == [], text
    # a month its own clause tells in the past is one month
    text = "After a decline in recent years, Orvik's exports rose in July."
    assert [d for d, *_ in resolve_dates(text, "en", TUESDAY)] == ["2031-07"]


def test_since_a_weekday_on_that_weekday_is_today_and_a_target_reads_past_at_least() -> None:
    friday, sunday = date(2031, 10, 17), date(2031, 10, 19)
    # "since Friday" in a Friday's report: today (not a week back, as "last Friday" is)
    said = "After the raid in Orvik, the suspect is since Friday in custody."
    assert _first(said, "en", friday) == "2031-10-17"
    assert _first("The suspect was arrested last Friday in Orvik.", "en", friday) == "2031-10-10"
    # "until at least Wednesday" in a Sunday's report: the Wednesday to come, whatever the
    # past-looking "closed" before it
    for text, lang in (
        ("The Orvik zoo stays closed until at least Wednesday.", "en"),
        ("Der Zoo von Orvik bleibt bis mindestens Mittwoch geschlossen.", "de"),
        ("De dierentuin van Orvik blijft tot minstens woensdag gesloten.", "nl"),
        ("O zoológico de Orvik fica fechado até pelo menos quarta-feira.", "pt"),
    ):
        assert _first(text, lang, sunday) == "2031-10-22", text


def test_a_portuguese_noun_ending_like_a_future_is_no_future() -> None:
    # "clarão" (a flash) is no "-rão" future: "ouviram" tells the past, the Wednesday gone by
    text = "Na quarta-feira à noite, os moradores de Orvik ouviram um estrondo depois do clarão."
    assert _first(text, "pt", date(2031, 10, 19)) == "2031-10-15"
    assert _first("Os moradores de Orvik abrirão as portas na quarta-feira.", "pt", date(2031, 10, 19)) == "2031-10-22"


def test_an_outlet_telling_the_others_day_elsewhere_as_one_of_them_is_no_divergence() -> None:
    # the others say when the virus was found (Tuesday); "it1" says when the cull ended (the
    # night to Wednesday), and tells the finding on Tuesday in another sentence, as close to
    # the English sentence as a fact's member though not to the others'
    texts = {
        "en1": ("en", "Bird flu was first found on Tuesday at the Orvik farm."),
        "de1": ("de", "Die Vogelgrippe wurde am Dienstag auf dem Hof in Orvik festgestellt."),
        "es1": ("es", "La gripe aviar se detectó el martes en la granja de Orvik."),
        "pt1": ("pt", "A gripe aviária foi detetada na terça-feira no aviário de Orvik."),
        "it1": (
            "it",
            "Nella fattoria di Orvik l'abbattimento si è concluso nella notte tra martedì e mercoledì. "
            "Il focolaio di Orvik era stato accertato martedì.",
        ),
    }
    far = {("de1", 0): np.eye(4)[2], ("es1", 0): np.eye(4)[3], ("pt1", 0): np.eye(4)[2]}
    near_english = {**far, ("it1", 1): (np.eye(4)[0] + np.eye(4)[1]) / np.sqrt(2)}
    # published on a Friday: "martedì" and "Dienstag" are the Tuesday gone by
    assert day_divergences(*_alignment(texts, near_english)) == []
    # a sentence close to none of them tells another thing: the divergence stands
    (d,) = day_divergences(*_alignment(texts, {**far, ("it1", 1): np.eye(4)[1]}))
    assert d.odd_one_out == "it1"


def test_a_reprint_of_a_sentence_naming_two_days_words_one_entry() -> None:
    from newsweave.summarize.timeline import build_timeline

    text = "The Orvik zoo was closed on Saturday and will stay shut on Sunday, the zoo said."
    arts = [make_article(k, text, published="2031-10-19") for k in ("a", "b")]
    timeline = build_timeline(arts, vectors={"a": np.eye(4)[:1], "b": np.eye(4)[:1]})
    assert [(e.date, e.citations) for e in timeline] == [("2031-10-18", ["a", "b"])]
