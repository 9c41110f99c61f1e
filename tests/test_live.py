"""The web side of following the news: `serve --watch`, the Sources page, what changed on
the event page and at the API, events that grew since the last visit, Server-Sent Events,
and the Atom out-feeds (parsed back with feedparser)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import feedparser
import httpx
import pytest
from fastapi.testclient import TestClient

from bench import synth
from e2e.conftest import LiveServer
from feedserver import feed_server, rss, stories
from newsweave import stream
from newsweave.embed.hashing import HashEmbedder
from newsweave.serve.app import create_app
from newsweave.store import open_store
from newsweave.watch.watcher import WatchConfig
from test_dossier_versions import fake_build

TEST_HOSTS = ("testserver",)  # the Host header TestClient sends

HTML = {"accept": "text/html"}


def hash_ingest(store, articles, progress):
    return stream.ingest_articles(store, articles, progress, embedder=HashEmbedder())


def story(seed: int, n: int) -> list[dict]:  # type: ignore[type-arg]
    """`n` reports of one synthetic event (the largest of a small stream)."""
    records = stories(60, seed=seed)
    by_event: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for r in records:
        by_event.setdefault(r["event_id"], []).append(r)
    best = max(by_event.values(), key=len)
    assert len(best) >= n
    return best[:n]


@pytest.fixture
def app_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("newsweave.dossiers.build_dossier", fake_build)
    store = open_store(str(tmp_path / "live.db"))
    yield store
    store.close()


def test_serve_watch_sources_changes_and_atom(app_store, monkeypatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_FETCH_PRIVATE", "1")  # the test's feed server is on 127.0.0.1
    reports = story(21, 4)
    with feed_server() as srv:
        srv.put("/wire.xml", rss(reports[:2], srv.url, title="Invented <Wire>"))
        app = create_app(
            store=app_store,
            ingester=hash_ingest,
            watch=[srv.url + "/wire.xml", srv.url + "/missing.xml"],
            watch_config=WatchConfig(interval=1, min_delay=0),
            allowed_hosts=TEST_HOSTS,
        )
        with TestClient(app) as client:
            end = time.time() + 30
            while not client.get("/api/events").json()["events"]:
                assert time.time() < end
                time.sleep(0.1)
            eid = client.get("/api/events").json()["events"][0]["id"]
            v1 = client.get(f"/api/events/{eid}/dossier").json()
            assert v1["event"]["id"] == eid
            # the Sources page: one healthy feed, one failing
            html = client.get("/sources", headers=HTML).text
            assert "Invented &lt;Wire&gt;" in html and "HTTP 404" in html
            assert "health-failing" in html and "health-ok" in html
            api = {s["url"]: s for s in client.get("/api/sources").json()["sources"]}
            assert api[srv.url + "/wire.xml"]["items"] == 2
            assert api[srv.url + "/missing.xml"]["errors"] >= 1
            before = client.get(f"/api/events/{eid}/changes").json()["current"]["built"]
            # the story grows on the feed; the watcher picks it up, the refresher rebuilds
            srv.put("/wire.xml", rss(reports, srv.url, title="Invented <Wire>"))
            end = time.time() + 30
            while True:
                ev = client.get(f"/api/events/{eid}").json()
                rec = client.get(f"/api/events/{eid}/changes", params={"since": "1"}).json()
                if len(ev["articles"]) == 4 and rec["current"]["version"] >= 2:
                    break
                assert time.time() < end, (ev, rec)
                time.sleep(0.2)
            assert rec["schema"] == "newsweave.changes/1" and rec["since"]["version"] == 1
            assert sorted(rec["new_articles"]) == sorted(r["id"] for r in reports[2:])
            assert rec["changed_facts"][0]["support"] == 4
            by_time = client.get(f"/api/events/{eid}/changes", params={"since": before}).json()
            assert by_time["new_articles"] == rec["new_articles"]
            bad = client.get(f"/api/events/{eid}/changes", params={"since": "yesterday"})
            assert bad.status_code == 422 and "since" in json.dumps(bad.json())
            assert client.get("/api/events/nope/changes").status_code == 404
            # the event page shows what changed
            page = client.get(f"/events/{eid}", headers=HTML).text
            assert 'id="changes"' in page and "What changed since version 1" in page
            assert "Support changed" in page
            # the events list marks events that grew since the reader's last visit
            listed = client.get("/", params={"seen": before}, headers=HTML)
            assert 'class="badge grown"' in listed.text
            assert "newsweave_seen" in listed.headers["set-cookie"]
            later = client.get("/", params={"seen": "2999-01-01T00:00:00"}, headers=HTML)
            assert 'class="badge grown"' not in later.text
            # Atom out-feeds, read back by feedparser
            all_feed = feedparser.parse(client.get("/feeds/events.atom").content)
            assert not all_feed.bozo, all_feed.bozo_exception
            assert all_feed.version == "atom10" and all_feed.feed.title and all_feed.feed.id
            assert all_feed.feed.updated and all_feed.feed.author
            entry = all_feed.entries[0]
            assert (
                entry.id and entry.title and entry.updated and entry.link.endswith(f"/events/{eid}")
            )
            one = feedparser.parse(client.get(f"/feeds/events/{eid}.atom").content)
            assert not one.bozo and one.version == "atom10"
            assert [e.title.split(":")[0] for e in one.entries][:2] == ["Version 2", "Version 1"]
            assert "2 new articles" in one.entries[0].summary
            assert all(e.id and e.updated and e.link for e in one.entries)
            assert client.get("/feeds/events/nope.atom").status_code == 404
    assert srv.full["/wire.xml"] == 2  # polls in between were 304s


def test_server_sent_events_announce_changes(app_store, tmp_path: Path) -> None:
    reports = story(22, 3)
    app = create_app(store=app_store, ingester=hash_ingest)  # a real server on 127.0.0.1
    with LiveServer(app) as server:
        got: list[dict] = []  # type: ignore[type-arg]
        with httpx.Client(timeout=20) as client:
            with client.stream("GET", server.url + "/live") as r:
                assert r.headers["content-type"].startswith("text/event-stream")
                arts, _ = synth.articles(1)
                a = arts[0]
                a.id, a.text, a.title, a.outlet = (
                    reports[0]["id"],
                    reports[0]["text"],
                    reports[0]["title"],
                    reports[0]["outlet"],
                )
                hash_ingest(app_store, [a], None)
                for line in r.iter_lines():
                    if line.startswith("data:"):
                        got.append(json.loads(line[5:]))
                        break
        assert got[0]["event"] and got[0]["version"] == 1 and got[0]["new_articles"] == 1


def test_five_parallel_dossier_requests_build_once(app_store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from test_dossier_versions import BUILDS

    reports = story(23, 2)
    arts, _ = synth.articles(2)
    for a, r in zip(arts, reports, strict=True):
        a.id, a.text, a.title, a.outlet = r["id"], r["text"], r["title"], r["outlet"]
    hash_ingest(app_store, arts, None)
    eid = app_store.event_of_article(arts[0].id)
    BUILDS.clear()
    client = TestClient(create_app(store=app_store, ingester=hash_ingest, allowed_hosts=TEST_HOSTS))
    with ThreadPoolExecutor(5) as pool:
        got = list(pool.map(lambda _: client.get(f"/api/events/{eid}/dossier"), range(5)))
    assert [r.status_code for r in got] == [200] * 5
    assert len({r.text for r in got}) == 1 and BUILDS == [eid]


def test_serve_watch_fetches_only_public_addresses_by_default(app_store, monkeypatch) -> None:
    monkeypatch.delenv("NEWSWEAVE_FETCH_PRIVATE", raising=False)
    with feed_server() as srv:
        srv.put("/wire.xml", rss(story(23, 2), srv.url))
        app = create_app(
            store=app_store,
            ingester=hash_ingest,
            watch=[srv.url + "/wire.xml"],
            watch_config=WatchConfig(interval=1, min_delay=0),
            allowed_hosts=TEST_HOSTS,
        )
        with TestClient(app) as client:
            end = time.time() + 30
            while not (rows := client.get("/api/sources").json()["sources"]) or not rows[0].get(
                "last_error"
            ):
                assert time.time() < end
                time.sleep(0.1)
            assert client.get("/api/events").json()["events"] == []
    assert srv.hits.get("/wire.xml", 0) == 0  # refused before any request left
