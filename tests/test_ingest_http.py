"""The URL reader against a local http.server on 127.0.0.1 (nothing leaves the machine)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsweave.errors import Problem
from newsweave.ingest import load_report, read

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
RECORD = {
    "text": "The town hall clock was repaired on Monday after it stopped during the storm of last winter.",
    "title": "Town hall clock ticks again",
    "source": "Bell Street News",
}
ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/news/library.html": (200, "text/html; charset=utf-8", (FIXTURES / "page.html").read_bytes()),
    "/api/clock.json": (200, "application/json", json.dumps(RECORD).encode()),
    "/feeds/ledger": (200, "application/rss+xml", (FIXTURES / "feed.rss").read_bytes()),
    "/plain/": (
        200,
        "text/plain; charset=windows-1251",
        "Президент заявил, что встреча прошла продуктивно. Переговоры продолжатся в понедельник.".encode(
            "cp1251"
        ),
    ),
    "/big.html": (200, "text/html", b"<html><body><p>" + b"word " * 50_000 + b"</p></body></html>"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/slow":
            time.sleep(1.5)
        status, ctype, body = ROUTES.get(self.path, (404, "text/plain", b"not here"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (the timeout and size-cap tests)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page_over_http(server: str) -> None:
    articles, problems = load_report([f"{server}/news/library.html"])
    assert problems == []
    (a,) = articles
    host = server.removeprefix("http://").replace(":", "_")
    assert a.id == f"{host}_news_library"  # the whole URL: two index.html pages differ
    assert a.url == f"{server}/news/library.html"
    assert a.title == "Library opens night reading room" and a.outlet == "The Quill Gazette"
    assert "SCRIPT_CONTENT_MUST_NOT_LEAK" not in a.text


def test_json_and_feed_over_http_dispatch_on_content_type(server: str) -> None:
    articles, problems = load_report([f"{server}/api/clock.json", f"{server}/feeds/ledger"])
    assert problems == []
    host = server.removeprefix("http://").replace(":", "_")
    assert [a.id for a in articles[:2]] == [f"{host}_api_clock", "ledger-101"]
    assert articles[2].id.startswith("ledger-")  # no guid: a hash of the text, not "ledger-2"
    assert articles[0].outlet == "Bell Street News"


def test_declared_charset_of_a_text_response(server: str) -> None:
    (a,), _ = load_report([f"{server}/plain/"])
    assert a.lang == "ru" and a.text.startswith("Президент")
    assert a.id == server.removeprefix("http://").replace(":", "_") + "_plain"  # the whole URL


def test_http_errors_size_cap_and_timeout_are_problems(server: str) -> None:
    items = list(
        read(
            [f"{server}/missing", f"{server}/big.html", f"{server}/slow"],
            max_bytes=100_000,
            timeout=0.5,
        )
    )
    assert all(isinstance(i, Problem) for i in items)
    reasons = [i.reason for i in items]  # type: ignore[union-attr]
    assert reasons[0] == "HTTP 404 Not Found"
    assert reasons[1].startswith("too large")
    assert "timed out" in reasons[2] or "cannot fetch" in reasons[2]


def test_connection_refused_is_a_problem() -> None:
    (problem,) = list(read(["http://127.0.0.1:9/nothing"], timeout=1))
    assert isinstance(problem, Problem) and problem.reason.startswith("cannot fetch")
