"""Cheap clustering features: names, numbers, dates, lead (no model needed)."""

from __future__ import annotations

import datetime as dt

from newsweave.cluster.features import (
    extract,
    extract_names,
    extract_numbers,
    lead_text,
    parse_date,
)
from newsweave.model import Article, Provenance, Removed


def _day(y: int, m: int, d: int) -> int:
    return dt.date(y, m, d).toordinal()


def test_names_are_normalised_across_spellings() -> None:
    en = extract_names("Mayor Olvena Brask visited Hanoï and the Trumps' estate.")
    fr = extract_names("Le maire Olvena Brask s'est rendu à Hanoi.")
    assert {"olven", "brask", "hanoi"} <= en & fr
    assert "le" not in fr and "mayor" in en  # function words drop, titles stay (idf weighs them)


def test_hyphenated_names_split() -> None:
    assert {"varto", "keles"} <= extract_names("The Varto-Keles summit ended early.")


def test_numbers_scores_decimals_and_years() -> None:
    numbers, years = extract_numbers(
        "A magnitude 6,4 quake killed 1,250 people; the final ended 3 - 1 in 2031, "
        "and 7 boats sank."
    )
    assert {"6.4", "1250", "3-1"} <= numbers
    assert "7" not in numbers  # small counts are everywhere
    assert years == {2031}


def test_dates_full_month_and_worded() -> None:
    assert parse_date("2031-04-09") == (_day(2031, 4, 9),) * 2
    assert parse_date("date 2031-04") == (_day(2031, 4, 1), _day(2031, 4, 30))
    assert parse_date("publié le 9 avril 2031 à 14:00") == (_day(2031, 4, 9),) * 2
    assert parse_date("Updated April 9, 2031") == (_day(2031, 4, 9),) * 2
    # 09/04/2031 is 9 April or September 4: only a day-first language settles it
    assert parse_date("09/04/2031") is None
    assert parse_date("09/04/2031", "fr") == (_day(2031, 4, 9),) * 2
    assert parse_date("09.04.2031") == (_day(2031, 4, 9),) * 2
    assert parse_date("no date here") is None


def test_date_stamp_removed_by_the_cleaner_still_counts() -> None:
    a = Article(
        id="x",
        text="The dam at Lake Orvel failed on Monday.",
        provenance=Provenance(removed=[Removed("date 2031-04", "collection-metadata")]),
    )
    f = extract(a)
    assert f.date == (_day(2031, 4, 1), _day(2031, 4, 30)) and not f.dated


def test_published_date_wins_and_is_trusted() -> None:
    a = Article(id="x", text="Written on 2029-01-01 about things.", published="2031-04-09")
    f = extract(a)
    assert f.date == (_day(2031, 4, 9),) * 2 and f.dated


def test_lead_skips_boilerplate_and_repeated_title() -> None:
    a = Article(
        id="x",
        title="Dam fails at Lake Orvel",
        text="Dam fails at Lake Orvel\n\nShare\n\nPhoto: K. Mell\n\n"
        "The old dam at Lake Orvel gave way on Monday night, flooding two villages.\n\n"
        "Rescuers arrived at dawn.",
    )
    lead = lead_text(a, max_words=40)
    assert lead.startswith("Dam fails at Lake Orvel The old dam")
    assert "Share" not in lead and "Photo" not in lead
    assert lead.count("Dam fails") == 1


def test_lead_is_capped() -> None:
    a = Article(id="x", text=" ".join(["word."] * 500))
    assert len(lead_text(a, max_words=40).split()) == 40


def test_a_chinese_lead_holds_its_body_and_its_figures_are_read() -> None:
    # a Chinese paragraph is one space-free "word" ending in "。": it was skipped as a
    # caption, and the article was embedded by its title alone
    body = "科尔瓦特米伦河上的一座大坝于周日决堤，三个村庄被淹。地区州长说，至少1200人被疏散。"
    a = Article(id="zh", text=body, title="科尔瓦特大坝决堤", lang="zh", paragraphs=[body])
    lead = lead_text(a)
    assert lead.startswith("科尔瓦特大坝决堤 科尔瓦特米伦河上的一座大坝")
    assert len(lead_text(a, max_words=10)) <= len("科尔瓦特大坝决堤 ") + 2 * 6
    assert "1200" in extract(a).numbers  # a counter glued to the figure ("1200人")


def test_first_words_counts_chinese_by_characters() -> None:
    from newsweave.text.script import first_words

    assert first_words("The  line links\nthe harbour", 3) == "The line links"
    assert first_words("新线路连接港口和大学校园", 3) == "新线路连接港"
