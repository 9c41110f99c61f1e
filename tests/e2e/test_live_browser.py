"""Following the news in Chromium: with the events page open, an item added to a watched
feed appears without a reload; the open event page then shows what changed.

The app watches a feed on a local HTTP server (`serve --watch` in-process); articles are
clustered with the hash embedder and dossiers built by the invented builder of
test_dossier_versions (the real models are covered by test_browser.py), so the test is
about the live path: watcher -> store -> refresher -> SSE -> page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from e2e.conftest import LiveServer
from feedserver import FeedServer, rss
from newsweave.serve.app import create_app
from newsweave.store import open_store
from newsweave.watch.watcher import WatchConfig
from test_dossier_versions import fake_build
from test_live import hash_ingest, story

pytestmark = pytest.mark.browser


@pytest.fixture
def live(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[LiveServer, FeedServer, list]]:
    monkeypatch.setattr("newsweave.dossiers.build_dossier", fake_build)
    monkeypatch.setenv("NEWSWEAVE_FETCH_PRIVATE", "1")  # the feed server is on 127.0.0.1
    reports = story(21, 4)
    feeds = FeedServer().start()
    feeds.put("/wire.xml", rss(reports[:1], feeds.url))
    store = open_store(str(tmp_path / "b.db"))
    app = create_app(
        store=store,
        ingester=hash_ingest,
        watch=[feeds.url + "/wire.xml"],
        watch_config=WatchConfig(interval=1, min_delay=0),
    )
    try:
        with LiveServer(app) as server:
            yield server, feeds, reports
    finally:
        feeds.stop()
        store.close()


def test_watched_items_appear_live_and_the_event_shows_what_changed(
    live: tuple[LiveServer, FeedServer, list], page: Any, screenshots: Path
) -> None:
    server, feeds, reports = live
    page.goto(server.url + "/")
    page.wait_for_selector("li.event", timeout=20_000)  # the first poll's event
    page.evaluate("window.__noReload = 1")  # survives only if the page never reloads
    first = page.locator("li.event .event-meta .badge").first.inner_text()
    assert first.startswith("1 article")
    # the story grows on the feed: the page follows without a reload
    feeds.put("/wire.xml", rss(reports[:3], feeds.url))
    expect(page.locator("li.event .event-meta .badge").first).to_have_text(
        re.compile(r"^3 articles"), timeout=30_000
    )
    assert page.evaluate("window.__noReload") == 1
    page.screenshot(path=str(screenshots / "live-events.png"))
    # open the event; another report arrives; "What changed" appears in place
    page.locator("li.event a.title").first.click()
    page.wait_for_selector("main#event-main")
    page.evaluate("window.__noReload = 1")
    eid = page.url.rsplit("/", 1)[-1]
    shown = page.request.get(f"{server.url}/api/events/{eid}/changes").json()["current"]
    feeds.put("/wire.xml", rss(reports, feeds.url))
    # the open page swaps in the next version's "What changed"
    expect(page.locator("#changes")).to_contain_text(
        f"Now version {shown['version'] + 1}, 4 articles", timeout=30_000
    )
    text = page.locator("#changes").inner_text()
    assert "What changed since version" in text and "Support changed" in text
    assert "1 new article" in text
    assert page.evaluate("window.__noReload") == 1
    page.screenshot(path=str(screenshots / "live-event-changes.png"), full_page=True)
