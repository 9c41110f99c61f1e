"""`newsweave watch` against a real HTTP server on 127.0.0.1 whose feeds change between polls:
new items arrive once; an unchanged feed costs a 304; a failing feed backs off and recovers;
a link-only item is fetched and extracted; a restart resumes; SIGTERM loses nothing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from feedserver import feed_server, page, rss, stories
from newsweave.embed.hashing import HashEmbedder
from newsweave.store import open_store
from newsweave.store.feeds import load_feeds
from newsweave.stream import Ingestor
from newsweave.watch.feeds import parse
from newsweave.watch.sources import expand
from newsweave.watch.watcher import WatchConfig, Watcher, after_skip_hours

FAST = WatchConfig(interval=1.0, min_delay=0.0, timeout=5.0, dossiers=False)


def serve_link_only(srv, path: str, items: list[dict]) -> str:  # type: ignore[no-untyped-def]
    """A feed of link-only items at `path` and each item's page; the feed's URL."""
    srv.put(path, rss(items, srv.url, content=False))
    for r in items:
        srv.put(f"/a/{r['id']}.html", page(r), "text/html")
    return srv.url + path


def stored_ids(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT id FROM articles")]
    finally:
        con.close()


class Session:
    """A store, an ingestor on the hash embedder and a watcher over `urls`."""

    def __init__(self, db: Path, urls: list[str], config: WatchConfig = FAST) -> None:
        self.store = open_store(str(db))
        self.ing = Ingestor(self.store, HashEmbedder())
        self.watcher = Watcher(self.store, urls, lambda arts: self.ing.add(arts), config)

    def close(self) -> None:
        self.watcher.close()
        self.ing.close()
        self.store.close()


def test_new_items_arrive_once_and_unchanged_feeds_cost_a_304(tmp_path: Path) -> None:
    items = stories(12, seed=1)
    with feed_server() as srv:
        srv.put("/wire.xml", rss(items[:6], srv.url))
        s = Session(tmp_path / "w.db", [srv.url + "/wire.xml"])
        try:
            first = s.watcher.poll_once(force=True)
            assert sorted(first.added) == sorted(r["id"] for r in items[:6])
            again = s.watcher.poll_once(force=True)  # nothing changed on the server
            assert again.not_modified == 1 and again.added == []
            assert srv.full["/wire.xml"] == 1 and srv.hits["/wire.xml"] == 2
            srv.put("/wire.xml", rss(items[3:12], srv.url))  # 6 new, 3 old still listed
            third = s.watcher.poll_once(force=True)
            assert sorted(third.added) == sorted(r["id"] for r in items[6:12])
            assert third.duplicates == 0  # old items were recognised before any work
        finally:
            s.close()
        ids = stored_ids(tmp_path / "w.db")
        assert sorted(ids) == sorted(r["id"] for r in items)  # each exactly once
        assert all(a.startswith("newsweave/") for a in srv.agents)
        state = load_feeds(open_store(str(tmp_path / "w.db")))[srv.url + "/wire.xml"]
        assert state.items == 12 and state.full == 2 and state.polls == 3 and state.etag


def test_a_failing_feed_backs_off_and_recovers(tmp_path: Path) -> None:
    items = stories(4, seed=2)
    with feed_server() as srv:
        srv.put("/flaky.xml", rss(items, srv.url))
        srv.fail["/flaky.xml"] = [503, 500]
        url = srv.url + "/flaky.xml"
        s = Session(
            tmp_path / "f.db", [url], WatchConfig(interval=0.4, min_delay=0, dossiers=False)
        )
        try:
            r1 = s.watcher.poll_once()
            assert r1.failed == 1 and s.watcher.feeds[url].errors == 1
            assert "HTTP 503" in (s.watcher.feeds[url].last_error or "")
            # Retry-After: 1 wins over the short backoff; not due before it
            assert s.watcher.poll_once().polled == 0
            time.sleep(1.1)
            r2 = s.watcher.poll_once()
            assert r2.failed == 1 and s.watcher.feeds[url].errors == 2
            wait2 = time.time()
            while s.watcher.poll_once().polled == 0:  # backoff: 0.4 * 2**2 * jitter(0.5-1)
                assert time.time() - wait2 < 5
                time.sleep(0.05)
            assert time.time() - wait2 >= 0.7  # the wait grew (first was 1 s by Retry-After)
            st = s.watcher.feeds[url]
            assert st.errors == 0 and st.last_error is None and st.items == 4
        finally:
            s.close()
    assert srv.hits["/flaky.xml"] == 3


def test_link_only_items_are_fetched_and_extracted_respecting_robots(tmp_path: Path) -> None:
    items = stories(3, seed=3)
    with feed_server() as srv:
        srv.put("/links.xml", rss(items, srv.url, content=False))
        srv.put("/robots.txt", f"User-agent: *\nDisallow: /a/{items[2]['id']}.html\n", "text/plain")
        for r in items:
            srv.put(f"/a/{r['id']}.html", page(r), "text/html; charset=utf-8")
        s = Session(tmp_path / "l.db", [srv.url + "/links.xml"])
        try:
            rep = s.watcher.poll_once(force=True)
            assert sorted(rep.added) == sorted(r["id"] for r in items[:2])
            assert [p.reason for p in rep.problems] == [
                "robots.txt does not allow fetching this page"
            ]
            art = s.store.get_article(items[0]["id"])
            assert art is not None and "Invented footer" not in art.text
            body = items[0]["text"].split("\n\n")[1]
            assert body[:60] in art.text  # the page's article text, extracted
            assert art.title == items[0]["title"]
            assert srv.full[f"/a/{items[2]['id']}.html"] == 0  # never fetched
            # the next poll does not fetch stored pages again
            srv.put("/links.xml", rss(items, srv.url, content=False) + " ")
            s.watcher.poll_once(force=True)
            assert srv.full[f"/a/{items[0]['id']}.html"] == 1
        finally:
            s.close()


def test_a_restart_resumes_without_re_ingesting(tmp_path: Path) -> None:
    items = stories(8, seed=4)
    db = tmp_path / "r.db"
    with feed_server() as srv:
        srv.put("/a.xml", rss(items[:5], srv.url))
        url = srv.url + "/a.xml"
        s = Session(db, [url])
        s.watcher.poll_once(force=True)
        s.close()
        s = Session(db, [url])  # a new process: state comes from the store
        try:
            assert s.watcher.poll_once().polled == 0  # not due yet: the schedule survived
            rep = s.watcher.poll_once(force=True)
            assert rep.not_modified == 1 and srv.full["/a.xml"] == 1  # the ETag survived
            srv.put("/a.xml", rss(items, srv.url))
            assert sorted(s.watcher.poll_once(force=True).added) == sorted(
                r["id"] for r in items[5:]
            )
        finally:
            s.close()
    assert sorted(stored_ids(db)) == sorted(r["id"] for r in items)


def test_a_round_cut_short_by_shutdown_is_due_at_once_after_a_restart(tmp_path: Path) -> None:
    items = stories(6, seed=6)
    db = tmp_path / "i.db"
    with feed_server() as srv:
        url = serve_link_only(srv, "/links.xml", items)
        s = Session(db, [url])
        fetch = s.watcher.client.get

        def get_then_stop(*args, **kwargs):  # SIGTERM lands during the first page fetch
            got = fetch(*args, **kwargs)
            if "/a/" in args[0]:
                s.watcher.stop.set()
            return got

        s.watcher.client.get = get_then_stop
        try:
            assert len(s.watcher.poll_once(force=True).added) == 1
        finally:
            s.close()
        s = Session(db, [url])  # restarted at once, well inside the poll interval
        try:
            assert len(s.watcher.due()) == 1  # the unread items are owed now, not later
            rep = s.watcher.poll_once()
            assert rep.not_modified == 0 and len(rep.added) == len(items) - 1
        finally:
            s.close()
    assert sorted(stored_ids(db)) == sorted(r["id"] for r in items)


def test_feed_formats_and_opml(tmp_path: Path) -> None:
    jf = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Invented JSON",
        "items": [{"id": "j1", "url": "https://x.example/j1", "content_text": "Body."}],
    }
    got = parse(json.dumps(jf).encode())
    assert got.kind == "json" and got.entries[0].key == "j1" and got.entries[0].content == "Body."
    sm = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>'
        "<loc>https://x.example/n1</loc><news:news><news:publication><news:name>Invented Post"
        "</news:name><news:language>en</news:language></news:publication>"
        "<news:publication_date>2031-02-03</news:publication_date><news:title>Dam opens</news:title>"
        "</news:news></url></urlset>"
    )
    got = parse(sm.encode())
    assert got.kind == "sitemap" and got.entries[0].title == "Dam opens"
    assert got.entries[0].outlet == "Invented Post" and got.entries[0].content == ""
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><ttl>45</ttl>'
        "<skipHours><hour>1</hour><hour>2</hour></skipHours></channel></rss>"
    )
    got = parse(feed.encode())
    assert got.ttl_minutes == 45 and got.skip_hours == {1, 2}
    t = 1_900_000_000 - (1_900_000_000 % 86400) + 3600 + 60  # 01:01 UTC
    assert after_skip_hours(t, {1, 2}) == t - 60 + 2 * 3600  # 03:00
    opml = tmp_path / "f.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="a" xmlUrl="https://x.example/a.xml"/>'
        '<outline text="g"><outline xmlUrl="https://y.example/b.xml"/></outline></body></opml>'
    )
    assert expand([str(opml), "https://x.example/a.xml"]) == [
        "https://x.example/a.xml",
        "https://y.example/b.xml",
    ]


SIGTERM_SCRIPT = """
import sys
from newsweave.embed.hashing import HashEmbedder
from newsweave.store import open_store
from newsweave.cli.watch_cmd import run_watch
from newsweave.watch.watcher import WatchConfig
store = open_store(sys.argv[1])
run_watch(store, sys.argv[2:], WatchConfig(interval=1, min_delay=0, dossiers=False),
          embedder=HashEmbedder())
store.close()
print("clean exit", flush=True)
"""


def test_sigterm_during_a_batch_loses_nothing(tmp_path: Path) -> None:
    items = stories(40, seed=5)
    db = tmp_path / "t.db"
    with feed_server() as srv:
        # link-only items: each page fetch takes time, so SIGTERM lands mid-round
        serve_link_only(srv, "/slow.xml", items)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        proc = subprocess.Popen(
            [sys.executable, "-c", SIGTERM_SCRIPT, str(db), srv.url + "/slow.xml"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        end = time.time() + 60
        while sum(srv.full[f"/a/{r['id']}.html"] for r in items) < 3:
            assert time.time() < end and proc.poll() is None, proc.communicate()
            time.sleep(0.01)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0 and "clean exit" in out, err
        first = stored_ids(db)
        assert 0 < len(first) <= len(items)
        # the next run gets everything that was not stored: nothing lost, nothing twice
        rerun = subprocess.run(
            [
                sys.executable,
                "-c",
                SIGTERM_SCRIPT.replace("dossiers=False)", "dossiers=False), once=True"),
                str(db),
                srv.url + "/slow.xml",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert rerun.returncode == 0, rerun.stderr
    ids = stored_ids(db)
    assert sorted(ids) == sorted(r["id"] for r in items) and len(ids) == len(set(ids))


@pytest.mark.parametrize("source", ["nothing-here.opml"])
def test_a_bad_source_is_a_message(tmp_path: Path, source: str) -> None:
    from click.testing import CliRunner

    from newsweave.cli.main import cli

    out = CliRunner().invoke(cli, ["watch", str(tmp_path / source), "--db", str(tmp_path / "x.db")])
    assert out.exit_code == 2 and "cannot read" in out.output and "Traceback" not in out.output


def test_notify_posts_change_records_with_retries(tmp_path: Path, monkeypatch) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from newsweave.watch.notify import Notifier
    from test_dossier_versions import fake_build

    monkeypatch.setattr("newsweave.dossiers.build_dossier", fake_build)
    received: list[dict] = []  # type: ignore[type-arg]
    answers = [500, 503]  # the endpoint fails twice, then accepts

    class Hook(BaseHTTPRequestHandler):
        def log_message(self, *a: object) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            status = answers.pop(0) if answers else 204
            if status == 204:
                assert self.headers["Content-Type"] == "application/json"
                received.append(json.loads(body))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    hook = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    items = stories(2, seed=6)
    try:
        with feed_server() as srv:
            srv.put("/n.xml", rss(items[:1], srv.url))
            s = Session(
                tmp_path / "n.db", [srv.url + "/n.xml"], WatchConfig(interval=1, min_delay=0)
            )
            notifier = Notifier(f"http://127.0.0.1:{hook.server_address[1]}/", first_wait=0.05)
            s.watcher.on_change.append(notifier)
            try:
                rep = s.watcher.poll_once(force=True)
                assert len(rep.changes) == 1
            finally:
                notifier.close()
                s.close()
    finally:
        hook.shutdown()
        hook.server_close()
    assert notifier.sent == 1 and notifier.failed == 0 and answers == []
    rec = received[0]
    assert rec["schema"] == "newsweave.changes/1" and rec["current"]["version"] == 1
    assert rec["new_articles"] == [items[0]["id"]] and rec["since"] is None


def test_watch_takes_the_shared_max_bytes_option(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsweave.cli.main import cli

    with feed_server() as srv:
        srv.put("/wire.xml", rss(stories(4, seed=5), srv.url))
        db = tmp_path / "cap.db"
        out = CliRunner().invoke(
            cli, ["watch", srv.url + "/wire.xml", "--db", str(db), "--once", "--max-bytes", "200"]
        )
    assert "too large" in out.output and "--max-bytes" in out.output, out.output
    assert "Traceback" not in out.output and stored_ids(db) == []
