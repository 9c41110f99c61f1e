"""Each reader on invented fixtures: text, Markdown, HTML, JSON, JSONL, folders, RSS, Atom."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from newsweave.errors import Problem
from newsweave.ingest import load, load_report, read
from newsweave.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def one(path: Path) -> Article:
    articles, problems = load_report([path])
    assert problems == []
    assert len(articles) == 1
    return articles[0]


def test_plain_text_first_short_line_is_the_headline() -> None:
    a = one(FIXTURES / "nested" / "first.txt")
    assert a.id == "first"
    assert a.title == "Bakery chain opens fortieth shop"
    assert a.text.startswith("The Crumb & Co bakery chain")
    assert a.lang == "en" and a.sentences and a.paragraph_langs == ["en"]
    assert a.source and a.source.endswith("first.txt")


def test_markdown_heading_links_and_images() -> None:
    a = one(FIXTURES / "story.md")
    assert a.title == "Orchard growers brace for a late frost"
    assert "](" not in a.text and "**" not in a.text and "#" not in a.text
    assert "Growers in the Lower Asta valley lit fires" in a.text  # hard-wrapped lines joined
    assert "What the growers say" in a.paragraphs
    assert [r.reason for r in a.provenance.removed] == ["image"]


def test_html_main_text_and_metadata_without_scripts() -> None:
    a = one(FIXTURES / "page.html")
    assert a.title == "Library opens night reading room"
    assert a.outlet == "The Quill Gazette"
    assert a.author == "Petra Voss"
    assert a.published == "2022-11-05"
    assert "forty desks" in a.text
    for leak in ("SCRIPT_CONTENT_MUST_NOT_LEAK", "ANOTHER_SCRIPT_STRING", "display: none", "Home"):
        assert leak not in a.text


def test_jsonl_records_with_a_malformed_line_named_file_line() -> None:
    articles, problems = load_report([FIXTURES / "records.jsonl"])
    assert [a.id for a in articles] == ["rec-1", "rec-2"]
    assert [p.record.rsplit("/", 1)[-1] for p in problems] == ["records.jsonl:3", "records.jsonl:4"]
    assert "invalid JSON" in problems[0].reason and "no text" in problems[1].reason
    first, second = articles
    assert (first.outlet, first.published, first.title) == (
        "Tide Times",
        "2021-09-01",
        "Dam repairs finished ahead of schedule",
    )
    assert "Dam repairs finished" not in first.text  # the headline repeated in the body
    # The usual aliases: source -> outlet, date -> published, headline -> title, content -> text.
    assert (second.outlet, second.published, second.title) == (
        "Tide Times",
        "2021-09-02",
        "New ferry enters service",
    )
    assert second.text.startswith("A new electric ferry")


def test_json_list_with_aliases_and_ids_from_the_file_name() -> None:
    articles, problems = load_report([FIXTURES / "records.json"])
    assert problems == []
    a, b = articles
    assert a.id == "json-a" and a.outlet == "coast.example.invalid" and a.published == "2020-06-30"
    # no id field: file name without extension, plus a hash of the text (not its position)
    assert re.fullmatch(r"records-[0-9a-f]{10}", b.id)
    assert b.outlet == "Coast Daily" and b.title == "Coastal railway weekend closures"


def test_json_single_record_id_is_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "000_abc123.json"
    path.write_text(
        '{"text": "The harbour crane was replaced on Friday after forty years of service."}',
        "utf-8",
    )
    assert one(path).id == "000_abc123"


def test_folders_are_read_recursively_in_order(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "nested", tmp_path / "in")
    (tmp_path / "in" / ".hidden.txt").write_text(
        "Hidden files are skipped by the folder walk.", "utf-8"
    )
    articles = load([tmp_path / "in"])
    assert [a.id for a in articles] == ["first", "second"]  # a folder's files, then its sub-folders


def test_rss_feed_with_embedded_content() -> None:
    articles, problems = load_report([FIXTURES / "feed.rss"])
    assert problems == []
    a, b = articles
    assert a.id == "ledger-101" and a.outlet == "Riverside Ledger" and a.published == "2023-05-14"
    assert a.text.startswith("The night market returned") and "teaser" not in a.text
    assert a.url == "https://ledger.example.invalid/2023/05/14/night-market"
    assert re.fullmatch(r"feed-[0-9a-f]{10}", b.id) and b.text.startswith(
        "The Riverside rowing club won"
    )


def test_atom_feed() -> None:
    a = one(FIXTURES / "feed.atom")
    assert a.id == "urn:hillside-herald:77"
    assert (a.outlet, a.author, a.published) == ("Hillside Herald", "Lena Frost", "2024-02-02")
    assert a.paragraphs == [
        "Heavy snow closed the Karst mountain pass on Friday, and road crews said it would stay shut for at least a week.",
        "Drivers were told to use the valley road, which adds an hour to the trip.",
    ]


def test_read_streams_articles_and_problems_in_input_order(tmp_path: Path) -> None:
    items = list(read([tmp_path / "missing.txt", FIXTURES / "nested" / "first.txt"]))
    assert isinstance(items[0], Problem) and items[0].reason == "no such file or directory"
    assert isinstance(items[1], Article) and items[1].id == "first"


def test_year_less_dateline_date_is_resolved_in_the_batch() -> None:
    articles = load([FIXTURES / "agency.txt", FIXTURES / "syndicated.txt"])
    agency = next(a for a in articles if a.id == "agency")
    assert agency.dateline == "Tallinn, March 4" and agency.published == "2021-03-04"
    assert any("other reports in the batch" in s for s in agency.provenance.signals)
    alone = load([FIXTURES / "agency.txt"])[0]
    assert alone.published is None and alone.provenance.partial_date == "--03-04"


def test_seed_like_traps_in_invented_fixtures() -> None:
    by_id = {
        a.id: a
        for a in load(
            [
                FIXTURES / n
                for n in ("syndicated.txt", "translated.txt", "sourced.txt", "agency.txt")
            ]
        )
    }
    s = by_id["syndicated"]
    assert (s.outlet, s.published, s.syndicated, s.dateline) == (
        "Daily Beacon",
        "2021-03-03",
        True,
        "Lisbon",
    )
    assert (
        s.title == "Ferry Strike Halts Crossings To Valmora Island" and "Ferry Strike" not in s.text
    )
    assert s.text.count("We will not sail until the contract is signed") == 1
    t = by_id["translated"]
    assert t.machine_translated and t.dateline == "OSLO" and "Teilen" not in t.text
    src = by_id["sourced"]
    assert (src.outlet, src.author) == ("Harbour Post", "Chiara Lodi")
    assert "follow:" not in src.text and "\\" not in src.text and "Local economy" not in src.text
    ag = by_id["agency"]
    assert (ag.outlet, ag.wire, ag.author, ag.syndicated) == (
        "Northwind News Agency",
        "Northwind News Agency",
        "Anna Berg",
        False,
    )
    assert (
        len([r for r in ag.provenance.removed if r.reason == "caption"]) == 2
        and "Vella dam" not in ag.text
    )
