"""Inputs that used to lose data, hang or end in a traceback: each is now a message naming the
input, and the inputs after it are still read. Servers are raw sockets on 127.0.0.1."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsweave.errors import Problem
from newsweave.ingest import load_report

GOOD_TEXT = (
    "The river ferry at Lindqvist Quay resumed service on Tuesday after a week of repairs to "
    "its landing ramp, the harbour office said."
)
GOOD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
    + str(len(GOOD_TEXT)).encode()
    + b"\r\nConnection: close\r\n\r\n"
    + GOOD_TEXT.encode()
)
RESPONSES: dict[str, bytes | str] = {
    "/good": GOOD,
    "/headers": b"HTTP/1.1 200 OK\r\n"
    + b"".join(b"X-H%d: v\r\n" % i for i in range(150))
    + b"Content-Length: 2\r\n\r\nok",
    "/status": b"NONSENSE 200\r\n\r\nhello",
    "/chunks": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n",
    "/short": b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\nonly a little",
    "/trickle": "trickle",
}


def _serve(conn: socket.socket) -> None:
    with conn:
        conn.settimeout(30)
        request = b""
        while b"\r\n\r\n" not in request:
            got = conn.recv(4096)
            if not got:
                return
            request += got
        path = request.split(b" ")[1].decode()
        answer = RESPONSES.get(path, b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        try:
            if answer == "trickle":  # one byte every 0.3 s, for as long as the client listens
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
                for _ in range(200):
                    conn.sendall(b"a")
                    time.sleep(0.3)
            else:
                conn.sendall(answer)  # type: ignore[arg-type]
        except OSError:
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    sock = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def loop() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=_serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    stop.set()
    thread.join()
    sock.close()


@pytest.mark.parametrize("path", ["/headers", "/status", "/chunks", "/short"])
def test_broken_http_is_a_message_and_later_inputs_are_read(server: str, path: str) -> None:
    articles, problems = load_report([f"{server}{path}", f"{server}/good"])
    assert [p.record for p in problems] == [f"{server}{path}"]
    assert "cannot fetch" in problems[0].reason
    assert [a.text for a in articles] == [GOOD_TEXT]


def test_a_trickling_server_meets_the_overall_deadline(server: str) -> None:
    start = time.monotonic()
    articles, problems = load_report([f"{server}/trickle", f"{server}/good"], timeout=1.0)
    assert time.monotonic() - start < 5  # 200 bytes at 0.3 s each would take a minute
    assert problems == [Problem(f"{server}/trickle", "timed out after 1 s (see --timeout)")]
    assert len(articles) == 1


def test_size_limit_names_the_option(server: str) -> None:
    _, problems = load_report([f"{server}/good"], max_bytes=10)
    assert "--max-bytes" in problems[0].reason


@pytest.mark.parametrize("url", ["http://[1::2::3]/", "http://999.1.1.1/", "http://a b/"])
def test_invalid_urls_are_messages(url: str) -> None:
    articles, problems = load_report([url])
    assert articles == [] and [p.record for p in problems] == [url]


def test_two_urls_ending_in_index_html_get_different_ids() -> None:
    from newsweave.ingest.sources import url_id

    a = url_id("https://one.example.invalid/2024/bridge/index.html")
    b = url_id("https://one.example.invalid/2024/ferry/index.html")
    assert a != b and a == "one.example.invalid_2024_bridge_index"


def test_a_control_character_in_one_record_does_not_sink_the_batch(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"r{i}", "text": f"Report {i}. " + GOOD_TEXT}) for i in range(1, 301)
    ]
    lines.append(
        json.dumps({"id": "poison", "text": "<p>Officials said the bridge will close. \u0008</p>"})
    )
    lines += [
        json.dumps({"id": f"s{i}", "text": f"Later {i}. " + GOOD_TEXT}) for i in range(1, 301)
    ]
    src = tmp_path / "batch.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = load_report([src])
    assert problems == []
    assert len(articles) == 601
    poison = next(a for a in articles if a.id == "poison")
    assert "\b" not in poison.text and "bridge will close" in poison.text


def test_an_rss_entity_beyond_unicode_is_a_message(tmp_path: Path) -> None:
    (tmp_path / "a.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
        "<title>A &#x110000; b</title><description>The ferry resumed service on "
        "Tuesday.</description></item></channel></rss>",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(GOOD_TEXT, encoding="utf-8")
    articles, problems = load_report([tmp_path / "a.rss", tmp_path / "b.txt"])
    assert [p.record for p in problems] == [str(tmp_path / "a.rss")]
    assert [a.id for a in articles] == ["b"]


@pytest.mark.parametrize("given", [["a", "b"], {"x": 1}, True])
def test_ids_given_as_lists_or_objects_are_an_error_not_a_string(
    tmp_path: Path, given: object
) -> None:
    src = tmp_path / "r.jsonl"
    src.write_text(
        json.dumps({"id": given, "text": GOOD_TEXT})
        + "\n"
        + json.dumps({"id": "fine", "text": "Another report. " + GOOD_TEXT})
        + "\n",
        encoding="utf-8",
    )
    articles, problems = load_report([src])
    assert [a.id for a in articles] == ["fine"]
    assert problems[0].record == f"{src}:1" and "id must be a string" in problems[0].reason


def test_records_without_ids_get_ids_from_their_content(tmp_path: Path) -> None:
    one, two = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    one.write_text(json.dumps({"text": GOOD_TEXT}) + "\n", encoding="utf-8")
    two.write_text(
        json.dumps({"text": "Another report. " + GOOD_TEXT})
        + "\n"
        + json.dumps({"text": GOOD_TEXT})
        + "\n",
        encoding="utf-8",
    )
    (first,), _ = load_report([one])
    second, third = load_report([two])[0]
    assert len({first.id, second.id, third.id}) == 3  # not "a-1", "b-1"
    assert first.id.removeprefix("a-") == third.id.removeprefix("b-")  # same text, same hash


def test_an_unreadable_subfolder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ok.txt").write_text(GOOD_TEXT, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(GOOD_TEXT, encoding="utf-8")
    real = os.scandir

    def scandir(path: object) -> object:  # what a folder without read permission does
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)  # chmod 0 does not stop root
    articles, problems = load_report([tmp_path])
    assert [a.id for a in articles] == ["ok"]
    assert [p.record for p in problems] == [str(locked)]
    assert "cannot read the folder (Permission denied)" in problems[0].reason


def test_invalid_utf8_inside_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    text = "Le président a inauguré le pont de Saint-Éloi jeudi, a indiqué la mairie."
    data = text.encode("utf-8").replace(b"jeudi", b"je\xffdi")
    (tmp_path / "mixed.txt").write_bytes(data)
    articles, problems = load_report([tmp_path / "mixed.txt"])
    assert [a.text for a in articles] == [text.replace("jeudi", "je\ufffddi")]  # not cp1251
    (warning,) = problems
    assert warning.kept and warning.line().startswith("warning ")
    assert "invalid UTF-8: 1 byte" in warning.reason
