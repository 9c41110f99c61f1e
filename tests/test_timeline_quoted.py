"""Which day a weekday is when the words around it mislead: a quotation's own tense (not the
reporting verb's), a planned thing put off on the day ("przełożono zaplanowane"), a future
in the date's own clause after a past in another, and which sentence words an entry of a
sentence's second day."""

from __future__ import annotations

from datetime import date

from newsweave.summarize.timeline import resolve_dates

TUESDAY = date(2031, 10, 14)  # Thursday before: 9 October; Thursday after: 16 October
WEDNESDAY = date(2031, 10, 15)  # Tuesday before: 14 October
SATURDAY = date(2031, 10, 18)  # Sunday before: 12 October; Sunday after: 19 October


def _days(text: str, lang: str, ref: date) -> list[str]:
    return [value for value, _, _ in resolve_dates(text, lang, ref)]


def test_a_quotation_without_tense_names_no_day_ahead_or_back() -> None:
    # the reporting verb is the day of speaking: "contaba" does not make Thursday past
    es = "«Tengo cita con el dentista el jueves y nadie me dice si sigue en pie», contaba Rosalía Meireles."
    en = '"My hearing is on Thursday and nobody can tell me if it stands," said Jo Brand of Pedralba.'
    assert _days(es, "es", TUESDAY) == []
    assert _days(en, "en", TUESDAY) == []


def test_a_quotation_tells_its_own_past() -> None:
    # "Habíamos" opens the quotation; "cuenta" (present) tells nothing
    assert _days("«Habíamos cerrado la tienda el jueves», cuenta Rosalía Meireles.", "es", TUESDAY) == [
        "2031-10-09"
    ]
    assert _days("«El agua entró en la casa el domingo», contaba Rosalía Meireles.", "es", TUESDAY) == [
        "2031-10-12"
    ]


def test_a_planned_thing_put_off_on_a_weekday_is_past() -> None:
    text = "Według danych przekazanych w środę przez szpital w Borowcu, we wtorek odwołano trzy zaplanowane zabiegi."
    assert _days(text, "pl", WEDNESDAY) == ["2031-10-15", "2031-10-14"]
    # a verb that sets the day still does
    assert _days("Zarząd portu w Skalnej został wezwany na rozmowy w poniedziałek.", "pl", WEDNESDAY) == [
        "2031-10-20"
    ]


def test_a_future_in_the_dates_own_clause_looks_ahead() -> None:
    text = "Les courses prévues samedi à Lormeval ont été annulées ; la décision pour dimanche sera prise ce soir."
    assert _days(text, "fr", SATURDAY) == ["2031-10-18", "2031-10-19"]


def test_a_sentence_cited_under_its_first_day_words_no_entry_of_its_second() -> None:
    import numpy as np

    from helpers import make_article
    from newsweave.summarize.timeline import build_timeline

    langs = {"a": "fr", "b": "en", "c": "de"}
    texts = {
        "a": "Les courses prévues samedi à Lormeval ont été annulées ; la décision pour dimanche sera prise ce soir.",
        "b": "The races planned for Saturday at Lormeval were cancelled.",
        "c": "Die für Samstag geplanten Rennen in Lormeval wurden abgesagt.",
    }
    arts = [make_article(k, v, langs[k], published="2031-10-18") for k, v in texts.items()]
    timeline = build_timeline(arts, vectors={k: np.eye(4)[:1] for k in texts})
    # under Sunday, Saturday's cancellation would read as Sunday's
    assert [(e.date, e.citations) for e in timeline] == [("2031-10-18", ["a", "b", "c"])]
