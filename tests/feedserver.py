"""A real HTTP server on 127.0.0.1 serving feeds that tests change between polls.

ETag / If-None-Match and Last-Modified / If-Modified-Since are honoured, so a poll of an
unchanged feed gets a 304; `full[path]` counts the responses that carried a body.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench import synth


class FeedServer:
    def __init__(self) -> None:
        self.pages: dict[str, tuple[bytes, str]] = {}  # path -> (body, content type)
        self.modified: dict[str, str] = {}
        self.full: Counter[str] = Counter()  # responses with a body, per path
        self.hits: Counter[str] = Counter()
        self.fail: dict[str, list[int]] = {}  # path -> statuses to answer first
        self.agents: list[str] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path
                with server.lock:
                    server.hits[path] += 1
                    server.agents.append(self.headers.get("User-Agent", ""))
                    failing = server.fail.get(path)
                    status = failing.pop(0) if failing else None
                    page = server.pages.get(path)
                    modified = server.modified.get(path)
                if status is not None:
                    self.send_response(status)
                    if status in (429, 503):
                        self.send_header("Retry-After", "1")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if page is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body, ctype = page
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag or (
                    self.headers.get("If-Modified-Since") == modified
                    and not self.headers.get("If-None-Match")
                ):
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                with server.lock:
                    server.full[path] += 1
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", modified or "")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def put(self, path: str, body: bytes | str, ctype: str = "application/rss+xml") -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        with self.lock:
            self.pages[path] = (data, ctype)
            self.modified[path] = formatdate(usegmt=True)

    def start(self) -> FeedServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    s = FeedServer().start()
    try:
        yield s
    finally:
        s.stop()


def stories(n: int, seed: int = 0) -> list[dict]:  # type: ignore[type-arg]
    """Invented articles (bench/synth.py), `n` of them, with ids and URLs."""
    records, _ = synth.generate(n, seed)
    for r in records:  # synth leaves some headlines to the text's first line
        r["title"] = r.get("title") or r["text"].split("\n", 1)[0]
    return records


def rss(items: list[dict], base: str, title: str = "Invented Wire", content: bool = True) -> str:  # type: ignore[type-arg]
    """An RSS 2.0 feed of `items`; without `content`, items carry only a link to `base`/a/ID."""
    out = [
        f'<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{escape(title)}</title><link>{base}/</link>'
    ]
    for r in items:
        link = f"{base}/a/{r['id']}.html" if not content else r["url"]
        out.append(
            f"<item><guid>{r['id']}</guid><title>{escape(r['title'])}</title><link>{escape(link)}</link>"
            f"<pubDate>{r['published']}</pubDate>"
        )
        if content:
            body = "".join(f"<p>{escape(p)}</p>" for p in r["text"].split("\n\n"))
            out.append(f"<content:encoded>{escape(body)}</content:encoded>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "".join(out)


def page(r: dict) -> str:  # type: ignore[type-arg]
    paras = "".join(f"<p>{escape(p)}</p>" for p in r["text"].split("\n\n")[1:])
    return (
        f"<!doctype html><html><head><title>{escape(r['title'])}</title></head><body>"
        f"<nav>Home | World | Sport</nav><article><h1>{escape(r['title'])}</h1>{paras}</article>"
        "<footer>Invented footer</footer></body></html>"
    )
