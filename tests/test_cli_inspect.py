"""`newsweave inspect`: table and JSON output, problems on stderr, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsweave.cli.main import cli

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["inspect", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_output_has_the_article_records() -> None:
    code, out, err = invoke(
        str(FIXTURES / "syndicated.txt"), str(FIXTURES / "translated.txt"), "--format", "json"
    )
    assert code == 0 and err == ""
    records = json.loads(out)
    assert [r["id"] for r in records] == ["syndicated", "translated"]
    first = records[0]
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
    ):
        assert key in first
    assert (first["outlet"], first["published"], first["syndicated"]) == (
        "Daily Beacon",
        "2021-03-03",
        True,
    )
    assert {"text": "This Article is From Mar 3, 2021", "reason": "date-line"} in first["removed"]
    assert records[1]["machine_translated"] is True and records[1]["dateline"] == "OSLO"


def test_table_output_lists_each_article() -> None:
    code, out, _ = invoke(str(FIXTURES / "nested"))
    assert code == 0
    for word in (
        "id",
        "outlet",
        "date",
        "lang",
        "flags",
        "sentences",
        "removed",
        "first",
        "second",
    ):
        assert word in out


def test_table_shows_flags_and_removed_reasons() -> None:
    code, out, _ = invoke(str(FIXTURES / "syndicated.txt"), str(FIXTURES / "translated.txt"))
    assert code == 0
    assert "syndicated" in out and "MT" in out and "share-residue" in out and "2021-03-03" in out


def test_problems_go_to_stderr_one_line_each_and_exit_1(tmp_path: Path) -> None:
    code, out, err = invoke(
        str(tmp_path / "missing.txt"), str(FIXTURES / "records.jsonl"), "--format", "json"
    )
    assert code == 1
    assert [r["id"] for r in json.loads(out)] == ["rec-1", "rec-2"]
    lines = err.strip().splitlines()
    assert lines[0] == f"skipped {tmp_path / 'missing.txt'}: no such file or directory"
    assert lines[1].startswith("skipped ") and "records.jsonl:3: invalid JSON" in lines[1]
    assert len(lines) == 3 and "Traceback" not in err


def test_size_cap_option(tmp_path: Path) -> None:
    code, _, err = invoke(str(FIXTURES / "page.html"), "--max-bytes", "100")
    assert code == 1 and "too large" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    code, _, err = invoke(str(FIXTURES / "nested"), "--format", "json")
    assert code == 0 and err == ""


def test_no_paths_is_a_usage_error() -> None:
    code, _, err = invoke()
    assert code == 2 and "Missing argument" in err
