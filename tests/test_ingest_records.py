"""parse_record, the id rule, dates, article_record and batch date resolution."""

from __future__ import annotations

import dataclasses
import json

import pytest

from newsweave.errors import InputError
from newsweave.ingest import article_record, clean, parse_record, resolve_partial_dates
from newsweave.ingest.dates import date_in_url, find_date, parse_date, resolve_year
from newsweave.ingest.records import id_from_name
from newsweave.model import Article, Provenance
from newsweave.text import annotate

TEXT = "The river ferry resumed service on Monday after a week of repairs to its engine, the operator said."


def test_parse_record_returns_a_cleaned_annotated_article() -> None:
    a = parse_record(
        {"id": "f-1", "text": f"Partager:\n\n{TEXT}", "lang": "en", "outlet": "www.ferry.example"},
        "x",
    )
    assert a.id == "f-1" and a.outlet == "ferry.example"
    assert a.text == TEXT and a.provenance.cleaned
    assert a.lang == "en" and len(a.sentences) == 1 and a.sentences[0].text == TEXT
    # The stream stage may call clean and annotate again: both are no-ops.
    assert clean(a) is a and annotate(a) is a


@pytest.mark.parametrize(
    ("record", "field", "value"),
    [
        ({"content": TEXT}, "text", TEXT),
        ({"body": TEXT}, "text", TEXT),
        ({"text": TEXT, "date": "2021-05-04T10:00:00+02:00"}, "published", "2021-05-04"),
        ({"text": TEXT, "published_at": 1620122400}, "published", "2021-05-04"),
        (
            {"text": TEXT, "pubDate": "x", "published": "Tue, 04 May 2021 10:00:00 GMT"},
            "published",
            "2021-05-04",
        ),
        ({"text": TEXT, "source": {"id": None, "name": "River Post"}}, "outlet", "River Post"),
        ({"text": TEXT, "domain": "river.example"}, "outlet", "river.example"),
        ({"text": TEXT, "authors": ["Ana Sol", "Jon Rask"]}, "author", "Ana Sol, Jon Rask"),
        ({"text": TEXT, "language": "en-GB"}, "lang", "en"),
        ({"text": TEXT, "link": "https://river.example/a"}, "url", "https://river.example/a"),
    ],
)
def test_usual_field_names(record: dict[str, object], field: str, value: object) -> None:
    assert getattr(parse_record(record, "rec.json"), field) == value


def test_html_in_a_text_field_is_converted() -> None:
    a = parse_record(
        {
            "text": f"<p>{TEXT}</p><script>var x = 'NO';</script><p>The next ferry leaves at noon.</p>"
        },
        "r",
    )
    assert a.paragraphs == [TEXT, "The next ferry leaves at noon."]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("000_9d00a7a7ed5803ca.txt", "000_9d00a7a7ed5803ca"),
        ("some/dir/000_9d00a7a7ed5803ca.txt", "000_9d00a7a7ed5803ca"),
        ("story.md", "story"),
        ("noext", "noext"),
        ("archive.v2.json", "archive.v2"),
        ("feed.jsonl:12", "feed-12"),
    ],
)
def test_id_rule_file_name_without_extension(name: str, expected: str) -> None:
    assert id_from_name(name) == expected


def test_record_id_wins_and_is_kept_exactly() -> None:
    assert parse_record({"id": "A/b:7", "text": TEXT}, "whatever.json").id == "A/b:7"
    assert parse_record({"id": 42, "text": TEXT}, "whatever.json").id == "42"


@pytest.mark.parametrize("record", [{"title": "No body"}, {"text": "   "}, {"text": ".\n\nShare"}])
def test_records_without_usable_text_raise_input_error(record: dict[str, object]) -> None:
    with pytest.raises(InputError) as err:
        parse_record(record, "feed.jsonl:3")
    assert err.value.record == "feed.jsonl:3" or err.value.record.startswith("feed.jsonl:3")


def test_article_record_has_the_inspect_fields_and_is_json() -> None:
    a = parse_record(
        {
            "id": "r",
            "text": f"OSLO - {TEXT}\n\nThis article was machine translated.",
            "outlet": "X",
        },
        "r",
    )
    rec = article_record(a)
    for key in (
        "id",
        "outlet",
        "title",
        "published",
        "lang",
        "author",
        "dateline",
        "machine_translated",
        "syndicated",
        "text",
        "removed",
        "url",
        "wire",
        "signals",
        "sentences",
    ):
        assert key in rec
    assert rec["dateline"] == "OSLO" and rec["machine_translated"] is True and rec["sentences"] == 1
    assert {
        "text": "This article was machine translated.",
        "reason": "machine-translation-notice",
    } in rec["removed"]
    json.dumps(rec)


def test_article_round_trips_through_json() -> None:
    a = parse_record({"id": "r", "text": f"JAKARTA - {TEXT}"}, "r")
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Dec 20, 2022", "2022-12-20"),
        ("20 December 2022", "2022-12-20"),
        ("20 décembre 2022", "2022-12-20"),
        ("20. Dezember 2022", "2022-12-20"),
        ("20 de diciembre de 2022", "2022-12-20"),
        ("15/07/2018", "2018-07-15"),
        ("2018-07-15 10:00", "2018-07-15"),
        ("05/06/2018", None),  # day or month first? not a rule: no date
        ("31 February 2021", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == iso


def test_partial_dates_and_year_resolution() -> None:
    found = find_date("Beijing, December 20.", allow_partial=True)
    assert found is not None and found[0] == "--12-20"
    assert resolve_year("--12-20", ["2022-12-19"]) == "2022-12-20"
    assert resolve_year("--01-02", ["2022-12-30"]) == "2023-01-02"
    assert resolve_year("--06-01", ["2022-12-30"]) is None  # no reference within 60 days


def test_parse_date_and_url_dates() -> None:
    assert parse_date("2019-04-15T20:00:00Z") == "2019-04-15"
    assert parse_date("not a date") is None
    assert date_in_url("https://x.example/2019/04/15/fire") == "2019-04-15"
    assert date_in_url("https://x.example/news/fire-20190415.html") == "2019-04-15"
    assert date_in_url("https://x.example/news/12345") is None


def test_resolve_partial_dates_uses_the_batch() -> None:
    dated = Article(id="a", text=TEXT, published="2022-12-19")
    undated = Article(id="b", text=TEXT, provenance=Provenance(partial_date="--12-20"))
    out = resolve_partial_dates([dated, undated])
    assert out[1].published == "2022-12-20" and out[1].provenance.partial_date is None
    assert resolve_partial_dates([undated])[0].published is None
    assert resolve_partial_dates([undated], references=["2022-12-18"])[0].published == "2022-12-20"
    assert dataclasses.replace(undated) == resolve_partial_dates([undated])[0]
