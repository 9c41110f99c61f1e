"""Bad input: one clear Problem per file or record, the batch goes on, no exceptions escape."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsweave.errors import Problem
from newsweave.ingest import load_report
from newsweave.ingest.decode import decode_bytes

GOOD = "The lighthouse keeper retired on Friday after thirty years on the island, the harbour office said."
FR = "Le président a déclaré que la réunion était très productive. Les élèves ont été reçus à l'école du quartier."
RU = "Президент заявил, что встреча прошла очень продуктивно. Переговоры продолжатся в понедельник в столице."
DE = "Die Bürger müssen sich über die Maßnahmen freuen, sagte der Bürgermeister am Montag in der Stadthalle."


def batch(
    tmp_path: Path, files: dict[str, bytes], **options: object
) -> tuple[dict[str, str], list[Problem]]:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "zz_good.txt").write_text(GOOD, "utf-8")
    articles, problems = load_report([tmp_path], **options)  # type: ignore[arg-type]
    by_id = {a.id: a.text for a in articles}
    assert by_id.get("zz_good") == GOOD  # the rest of the batch goes on
    return by_id, problems


def reason_for(problems: list[Problem], name: str) -> str:
    found = [p.reason for p in problems if p.record.endswith(name) or f"{name}:" in p.record]
    assert len(found) == 1, problems
    return found[0]


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes, word: str) -> None:
    _, problems = batch(tmp_path, {"blob.txt": data})
    reason = reason_for(problems, "blob.txt")
    assert "binary" in reason and word in reason


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("cp1251.txt", RU.encode("cp1251"), RU),
        ("latin1.txt", FR.encode("latin-1"), FR),
        ("cp1252.txt", (DE + " „Gut“, sagte er.").encode("cp1252"), DE + " „Gut“, sagte er."),
        ("utf16bom.txt", codecs.BOM_UTF16_LE + FR.encode("utf-16-le"), FR),
        ("utf16be.txt", codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), RU),
        (
            "utf16nobom.txt",
            GOOD.replace("thirty", "forty").encode("utf-16-le"),
            GOOD.replace("thirty", "forty"),
        ),
        ("utf8bom.txt", codecs.BOM_UTF8 + FR.encode("utf-8"), FR),
    ],
)
def test_encodings_are_detected_and_decoded(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    by_id, problems = batch(tmp_path, {name: data})
    assert problems == []
    assert by_id[name.removesuffix(".txt")] == expected


def test_mixed_encoding_file_still_decodes(tmp_path: Path) -> None:
    # A UTF-8 file with one stray latin-1 byte: not valid UTF-8, decoded as cp1252 rather than dropped.
    data = (
        "Caf\u00e9 owners protested on Monday. ".encode()
        + b"The na\xefve plan was withdrawn on Tuesday."
    )
    by_id, problems = batch(tmp_path, {"mixed.txt": data})
    assert problems == [] and "withdrawn on Tuesday" in by_id["mixed"]


def test_declared_html_charset_is_used() -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RU}</p></body></html>'
    assert RU in decode_bytes(page.encode("cp1251"), "page.html")


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"", "empty file"),
        (b"   \n\n  \t\n", "empty file"),
        (b".\n\n\\\n\nShare\n", "empty article"),
    ],
)
def test_empty_articles(tmp_path: Path, data: bytes, word: str) -> None:
    _, problems = batch(tmp_path, {"empty.txt": data})
    assert word in reason_for(problems, "empty.txt")


def test_malformed_json_and_jsonl(tmp_path: Path) -> None:
    files = {
        "broken.json": b'{"id": "x", "text": "unterminated',
        "lines.jsonl": b'{"id": "ok", "text": "' + GOOD.encode() + b'"}\n{not json}\n[1, 2]\n',
    }
    by_id, problems = batch(tmp_path, files)
    assert "invalid JSON (line 1" in reason_for(problems, "broken.json")
    assert "invalid JSON" in reason_for(problems, "lines.jsonl:2")
    assert "expected a JSON object" in reason_for(problems, "lines.jsonl:3")
    assert "ok" in by_id


def test_huge_file_is_refused_by_size_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100 * 1024 * 1024)
    _, problems = batch(tmp_path, {})
    reason = reason_for(problems, "huge.txt")
    assert reason.startswith("too large (104,857,600 bytes")


def test_size_cap_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "big.txt").write_text(GOOD * 50, "utf-8")
    _, problems = batch(tmp_path, {}, max_bytes=2000)
    assert "too large" in reason_for(problems, "big.txt")
    monkeypatch.setenv("NEWSWEAVE_MAX_BYTES", "2000")
    _, problems = batch(tmp_path, {})
    assert "too large" in reason_for(problems, "big.txt")


def test_html_with_only_scripts(tmp_path: Path) -> None:
    page = b"<html><head><script>var article = 'SECRET TEXT IN A SCRIPT';</script></head><body><script>alert(1)</script></body></html>"
    by_id, problems = batch(tmp_path, {"scripts.html": page})
    assert "no article text" in reason_for(problems, "scripts.html")
    assert all("SECRET" not in text for text in by_id.values())


def test_unsupported_extension_and_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, "utf-8")
    locked.chmod(0)
    by_id, problems = batch(
        tmp_path, {"photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF", "table.csv": b"a,b\n1,2\n"}
    )
    assert reason_for(problems, "photo.jpg") == "binary file (JPEG image), not text"
    assert reason_for(problems, "table.csv") == "unsupported file type .csv"
    if "locked" not in by_id:  # root can read anything; elsewhere the file is refused cleanly
        assert "cannot read" in reason_for(problems, "locked.txt")


def test_nonexistent_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    articles, problems = load_report([tmp_path / "nope" / "missing.txt"])
    assert articles == []
    assert problems[0].reason == "no such file or directory"
    assert (
        problems[0].line()
        == f"skipped {tmp_path / 'nope' / 'missing.txt'}: no such file or directory"
    )


@pytest.mark.parametrize(
    "line",
    [
        " ".join(["share"] * 45) + " banana",  # almost share residue: must fail fast, not backtrack
        "By " + " ".join(["Anna Berg and"] * 6) + " x",
        " ".join(["Alpha/Beta Gamma"] * 40) + ".",
        "word.Word Word/Word Word " * 100,
        "— Name (@" * 300,
    ],
)
def test_pathological_lines_are_cleaned_quickly(line: str) -> None:
    import time

    from newsweave.ingest import clean
    from newsweave.model import Article

    start = time.process_time()
    a = clean(Article(id="p", text=f"{GOOD}\n\n{line}\n\n{GOOD.replace('thirty', 'forty')}"))
    assert time.process_time() - start < 1.0
    assert a.paragraphs[0] == GOOD


def test_a_bug_in_one_article_does_not_sink_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsweave.ingest as ingest

    real = ingest.clean

    def flaky(article):  # type: ignore[no-untyped-def]
        if article.id == "boom":
            raise IndexError("rule fell off the end")
        return real(article)

    monkeypatch.setattr(ingest, "clean", flaky)
    by_id, problems = batch(tmp_path, {"boom.txt": GOOD.replace("thirty", "ten").encode()})
    assert (
        reason_for(problems, "boom.txt")
        == "internal error while cleaning (IndexError: rule fell off the end)"
    )


def test_a_lone_surrogate_in_json_is_replaced_not_a_failed_record(tmp_path: Path) -> None:
    # "\ud800" is valid JSON but no character: UTF-8 cannot encode it, so the cleaner (and
    # spaCy, and the pipes to the NER child) would fail on the record
    record = (
        '{"id": "keeper", "title": "Keeper \\ud800 retires", "text": "' + GOOD[:40]
        + '\\udfff' + GOOD[40:] + '"}'
    )
    by_id, problems = batch(tmp_path, {"feed.jsonl": record.encode("ascii")})
    assert problems == []
    assert by_id["keeper"] == GOOD[:40] + "\ufffd" + GOOD[40:]
