"""`newsweave dossier` and `newsweave demo` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from newsweave.cli import dossier_cmd
from newsweave.cli.main import cli
from newsweave.errors import Problem
from newsweave.model import Article, Dossier

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "render"
ARTICLES = FIXTURES / "articles"


def hand_made() -> Dossier:
    return Dossier.from_dict(json.loads((FIXTURES / "dossier.json").read_text(encoding="utf-8")))


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Stand-ins for ingest and the dossier stages, to test the command itself quickly."""
    calls: dict[str, Any] = {
        "articles": [Article(id="courier-1", text="Bridge <closed>.")],
        "problems": [],
    }

    def load_report(paths: list[str], **options: Any) -> tuple[list[Article], list[Problem]]:
        calls["paths"] = paths
        calls["options"] = options
        return calls["articles"], calls["problems"]

    def build(articles: list[Article], *, max_summary: int = 8) -> Dossier:
        calls["max_summary"] = max_summary
        return hand_made()

    monkeypatch.setattr("newsweave.ingest.load_report", load_report, raising=False)
    monkeypatch.setattr(dossier_cmd, "build", build)
    return calls


def test_markdown_to_stdout_by_default(fake_pipeline: dict[str, Any]) -> None:
    res = CliRunner().invoke(cli, ["dossier", "a.txt", "folder", "--max-summary", "3"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("# Veldmark harbour bridge closed after cracks found\n")
    assert fake_pipeline["paths"] == ["a.txt", "folder"]
    assert fake_pipeline["max_summary"] == 3


def test_output_file_format_from_suffix(fake_pipeline: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "sub" / "d.html"
    res = CliRunner().invoke(cli, ["dossier", "x", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert f"wrote {out} (html)" in res.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "Bridge &lt;closed&gt;." in page  # the article text, escaped, under provenance


def test_json_format(fake_pipeline: dict[str, Any]) -> None:
    res = CliRunner().invoke(cli, ["dossier", "x", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output) == hand_made().to_dict()


def test_skipped_records_are_reported_and_exit_1(fake_pipeline: dict[str, Any]) -> None:
    fake_pipeline["problems"] = [
        Problem("bad.jsonl:3", "not JSON"),
        Problem("empty.txt", "no text"),
    ]
    res = CliRunner().invoke(cli, ["dossier", "x", "--format", "md"])
    assert res.exit_code == 1
    assert "skipped bad.jsonl:3: not JSON" in res.stderr
    assert "skipped empty.txt: no text" in res.stderr
    assert "# Veldmark" in res.stdout


def test_no_articles_is_an_error(fake_pipeline: dict[str, Any]) -> None:
    fake_pipeline["articles"] = []
    fake_pipeline["problems"] = [Problem("empty.txt", "no text")]
    res = CliRunner().invoke(cli, ["dossier", "empty.txt"])
    assert res.exit_code == 2
    assert "skipped empty.txt: no text" in res.stderr
    assert "error: no articles could be read from empty.txt" in res.stderr


def test_bad_format_is_a_usage_error() -> None:
    res = CliRunner().invoke(cli, ["dossier", "x", "--format", "pdf"])
    assert res.exit_code == 2


# --- the real pipeline ------------------------------------------------------------------


@pytest.mark.slow  # loads the NLP models
def test_dossier_of_invented_reports(tmp_path: Path) -> None:
    out = tmp_path / "bridge.html"
    res = CliRunner().invoke(cli, ["dossier", str(ARTICLES), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert f"wrote {out} (html): 3 articles" in res.output
    page = out.read_text(encoding="utf-8")
    for aid in ("courier_bridge", "post_bridge", "ostra-bridge"):
        assert f'id="art-{aid}"' in page
    assert "Radio Ostra" in page
    assert '<tr id="fact-' in page, "three reports of one closure share facts"
    # post_bridge.txt carries a script tag in its body: shown, never run
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.slow  # the whole pipeline on the seven-report sample
def test_demo_writes_three_formats(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "demo")])
    assert res.exit_code == 0, res.output
    for name in ("dossier.html", "dossier.md", "dossier.json"):
        assert (tmp_path / "demo" / name).is_file()
        assert str(tmp_path / "demo" / name) in res.output
    data = json.loads((tmp_path / "demo" / "dossier.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 7
    schema = json.loads(
        (ROOT / "docs" / "schema" / "dossier.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator(schema).validate(data)  # the real pipeline keeps the contract
    assert f"{len(data['facts'])} facts" in res.output
    assert f"{sum(q['divergent'] for q in data['quotes'])} divergent quotes" in res.output


def test_a_huge_word_is_capped_and_reported_in_the_dossier(tmp_path: Path) -> None:
    """Issue 12: one upload with a multi-megabyte "word" must not sink its event's dossier."""
    lead = "The Varne ferry terminal reopened on Tuesday after a week of repairs, officials said."
    records = [
        {
            "id": "poison",
            "outlet": "Varne Post",
            "text": f"{lead} The ramp {'x' * 3_000_000} held.",
        },
        {"id": "plain", "outlet": "Coast Daily", "text": f"{lead} New lorries use the ramp."},
    ]
    path = tmp_path / "event.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out = tmp_path / "d.json"
    res = CliRunner().invoke(cli, ["dossier", str(path), "-o", str(out)])
    assert res.exit_code == 0, res.output
    d = json.loads(out.read_text(encoding="utf-8"))
    poison = next(a for a in d["articles"] if a["id"] == "poison")
    assert [r["reason"] for r in poison["removed"]] == ["word-too-long"]
    assert "3,000,000 characters" in poison["removed"][0]["text"]
    assert out.stat().st_size < 200_000  # the word is in no part of the dossier
