"""One date parser (newsweave.text.dates): ingest, compare and cluster read dates alike."""

from __future__ import annotations

import datetime as dt

import pytest

import newsweave.lang as lang
from newsweave.cluster.features import parse_date as cluster_date
from newsweave.compare.numbers import find_dates as compare_dates
from newsweave.ingest.dates import find_date as ingest_date
from newsweave.text.dates import MONTHS, WEEKDAYS, find_dates, numeric_order


def _everywhere(text: str, lang_code: str | None = None) -> set[str | None]:
    """The date each stage reads in `text`, as ISO (None where a stage finds none)."""
    seen: set[str | None] = set()
    found = ingest_date(text, lang=lang_code)
    seen.add(found[0] if found else None)
    full = [d for d in compare_dates(text, lang_code) if d.year is not None]
    seen.add(dt.date(full[0].year, full[0].month, full[0].day).isoformat() if full else None)
    span = cluster_date(text, lang_code)
    seen.add(dt.date.fromordinal(span[0]).isoformat() if span else None)
    return seen


@pytest.mark.parametrize(
    ("text", "code", "iso"),
    [
        ("Opublikowano 10 kwiecień 2024", "pl", "2024-04-10"),  # nominative: was March
        ("Opublikowano 10 kwietnia 2024", "pl", "2024-04-10"),
        ("Lisboa, 5 de maio de 2024", "pt", "2024-05-05"),  # was nothing in one parser
        ("Lisboa, 5 de maio de 2024", None, "2024-05-05"),
        ("Posted on December 19, 2029 by the desk", "en", "2029-12-19"),
        ("am 6. Februar 2030 in Orvel", "de", "2030-02-06"),
        ("Москва, 10 апреля 2031", "ru", "2031-04-10"),
        ("Ankara, 10 Nisan 2031", "tr", "2031-04-10"),
        ("Jakarta, 17 Agustus 2031", "id", "2031-08-17"),
        ("Amsterdam, 3 maart 2031", "nl", "2031-03-03"),
        ("stamp 2031-04-09T10:00:00Z", None, "2031-04-09"),
        ("le 05.06.2024 au matin", None, "2024-06-05"),  # dots: day first everywhere
        ("the 05/13/2024 notice", "en", "2024-05-13"),  # a day over 12 settles it
        ("the 13/05/2024 notice", "en", "2024-05-13"),
    ],
)
def test_every_stage_reads_the_same_date(text: str, code: str | None, iso: str) -> None:
    assert _everywhere(text, code) == {iso}


def test_ambiguous_numeric_date_is_refused_unless_the_language_settles_it() -> None:
    # 05/06/2024 is 5 June in France and May 6 in the US: no stage guesses
    assert _everywhere("Filed 05/06/2024.") == {None}
    assert _everywhere("Filed 05/06/2024.", "en") == {None}
    assert _everywhere("Déposé le 05/06/2024.", "fr") == {"2024-06-05"}
    assert _everywhere("Złożono 05/06/2024.", "pl") == {"2024-06-05"}


def test_numeric_order_rule() -> None:
    assert numeric_order(5, 6, "/") is None
    assert numeric_order(5, 6, "/", "en") is None
    assert numeric_order(5, 6, "/", "de") == (5, 6)
    assert numeric_order(5, 6, ".") == (5, 6)
    assert numeric_order(13, 6, "/") == (13, 6)
    assert numeric_order(6, 13, "/") == (13, 6)
    assert numeric_order(6, 6, "/") == (6, 6)
    assert numeric_order(13, 14, "/") is None


@pytest.mark.parametrize(
    ("names", "month"),
    [
        ("styczeń stycznia", 1),
        ("luty lutego", 2),
        ("marzec marca", 3),
        ("kwiecień kwietnia kwiecien", 4),
        ("maj maja", 5),
        ("czerwiec czerwca", 6),
        ("lipiec lipca", 7),
        ("sierpień sierpnia", 8),
        ("wrzesień września", 9),
        ("październik października", 10),
        ("listopad listopada", 11),
        ("grudzień grudnia", 12),
    ],
)
def test_polish_months_both_cases(names: str, month: int) -> None:
    for name in names.split():
        assert MONTHS[name] == month, name
        (d,) = compare_dates(f"dnia 3 {name} 2031 roku", "pl")
        assert (d.day, d.month, d.year) == (3, month, 2031)


def test_calendars_are_complete_and_agree() -> None:
    seen: dict[str, int] = {}
    for code in lang.CODES:
        cal = lang.data(code, "calendar")
        assert cal is not None, code
        assert len(cal.MONTHS) == len(cal.MONTH_ABBREVIATIONS) == 12, code
        assert len(cal.WEEKDAYS) == len(cal.WEEKDAY_ABBREVIATIONS) == 7, code
        assert cal.DAY_FIRST in (True, None) and isinstance(cal.CAPITALISED, bool)
        for month, forms in enumerate(zip(cal.MONTHS, cal.MONTH_ABBREVIATIONS, strict=True), 1):
            for name in (*forms[0], *forms[1]):
                assert name == name.lower()
                assert seen.setdefault(name, month) == month, f"{code}: {name} names two months"


def test_cldr_month_names_are_all_there() -> None:
    babel_dates = pytest.importorskip("babel.dates")
    for code in lang.CODES:
        for width in ("wide",):
            for context in ("format", "stand-alone"):
                names = babel_dates.get_month_names(width, context, locale=code)
                for month, name in names.items():
                    assert MONTHS[name.lower()] == month, (code, name)
        for day, name in babel_dates.get_day_names("wide", "format", locale=code).items():
            assert WEEKDAYS[name.lower()] == day, (code, name)


def test_month_words_in_running_text() -> None:
    assert find_dates("they may 19 times", "en") == []
    assert [(d.month, d.day) for d in find_dates("on May 19 they met", "en")] == [(5, 19)]
    assert [(d.month, d.day) for d in find_dates("le 5 mai au soir", "fr")] == [(5, 5)]
    # a year settles a lower-case short name
    assert [(d.year, d.month) for d in find_dates("filed may 19, 2031", "en")] == [(2031, 5)]
    # a count after a month-day is not a year outside 1800-2199
    (d,) = find_dates("On May 5 1200 people left", "en")
    assert d.year is None and d.text == "May 5"


def test_year_month_stamps_only_when_asked() -> None:
    assert find_dates("date 2031-04") == []
    (d,) = find_dates("date 2031-04", months=True)
    assert (d.year, d.month, d.day) == (2031, 4, None)
    assert find_dates("season 2030/31", months=True) == []


def test_chinese_japanese_and_korean_dates_in_figures() -> None:
    # year first, each part followed by its character: "2031年5月4日", "6월 12일"
    def read(text: str) -> list[tuple[int | None, int, int | None]]:
        return [(d.year, d.month, d.day) for d in find_dates(text)]

    assert read("2031年5月4日，大坝决堤。") == [(2031, 5, 4)]
    assert read("周日（5月4日）晚间") == [(None, 5, 4)]
    assert read("2031년 5월 4일 일요일 댐이 무너졌다.") == [(2031, 5, 4)]
    assert read("6월 12일, 두 정상이 만났다.") == [(None, 6, 12)]
    assert read("13月40日") == []  # no such day


def test_a_word_between_a_month_and_its_year() -> None:
    # "of" as "de" and "del" are: the year belongs to the date
    (d,) = find_dates("The Orvik quay reopens on the 3 of March of 2031.", "en")
    assert (d.year, d.month, d.day) == (2031, 3, 3)
    (d,) = find_dates("El muelle de Orvik reabre el 3 de marzo del 2031.", "es")
    assert (d.year, d.month, d.day) == (2031, 3, 3)


@pytest.mark.parametrize(
    ("text", "code", "named"),
    [
        # a day and a month capitalised where months are written in lower case: a street
        ("Los semáforos de 14 de Marzo quedaron apagados en Orvik.", "es", True),
        ("The traffic lights on Avenida 14 de Marzo went dark.", "en", True),
        ("O trânsito parou na Rua 7 de Setembro, em Orvik.", "pt", True),
        ("Korek na 3 Maja w Orviku nie było.", "pl", True),
        # ... or after a place noun of the language, whatever the case, a year too
        ("Le cortège a remonté la rue du 8 mai 1945 à Orvik.", "fr", True),
        ("Die Demonstration zog über die Straße des 9. Mai in Orvik.", "de", True),
        ("Na ul. 3 maja w Orviku zamknięto sklepy.", "pl", True),
        ("Il corteo ha attraversato piazza 14 marzo a Orvik.", "it", True),
        # dates: lower case, a month English writes capitalised, a title's case, a year
        ("Los semáforos se apagaron el 14 de marzo en Orvik.", "es", False),
        ("The lights went out on 14 March in Orvik.", "en", False),
        ("Apagón En Orvik El 14 De Marzo", "es", False),
        # ... or after the article of a day: a capital in error, or the Portuguese spelling
        # before 1990
        ("El apagón dejó sin luz a Orvik el 14 de Marzo.", "es", False),
        ("O cortejo partiu de Orvik em 5 de Maio.", "pt", False),
        ("El apagón de Orvik del 14 de Marzo de 2031.", "es", False),
        ("Die Demonstration in Orvik fand am 9. Mai statt.", "de", False),
        ("Le cortège est parti le 8 mai de la place de la gare.", "fr", False),
    ],
)
def test_a_street_named_after_a_day_names_no_date(text: str, code: str, named: bool) -> None:
    from newsweave.text.dates import names_a_place

    (d,) = find_dates(text, code)
    assert names_a_place(text, d, code) is named
