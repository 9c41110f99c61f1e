"""End to end in Debian's Chromium over the real stack: SQLite store, stream ingest and
clustering, dossier building. Browse events, search, read a dossier, follow a fact to its
sentences, compare quotes, upload an article and watch it land in its event.

The server holds the bundled sample event plus the invented events of e2e/support.py
(ingested through the real readers from a JSONL file). Pages are found by clicking,
never by store ids, which clustering generates.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from e2e.conftest import LiveServer
from e2e.support import HOSTILE, ferry_articles, hostile_article, tram_articles
from newsweave.serve.app import create_app

pytestmark = pytest.mark.browser

FERRY_TITLE = "Ferry strikes Port Alden swing bridge, 12 hurt"
UPLOAD = """Ferry operator apologises for Port Alden bridge collision

The operator of the ferry that struck the Port Alden swing bridge on Monday apologised on Tuesday.
Harbour master Ilse Brandt said the bridge will stay closed until engineers have checked every bolt.
"""


SAMPLE_TITLE_WORD = "Halden"
DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "event.png"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from newsweave.data import sample_dir
    from newsweave.ingest import load
    from newsweave.serve.store_ingest import ingest_articles

    tmp = tmp_path_factory.mktemp("e2e")
    fields = ("id", "title", "outlet", "published", "lang", "url", "text")
    invented = [*ferry_articles(), *tram_articles(), hostile_article()]
    jsonl = tmp / "invented.jsonl"
    jsonl.write_text("\n".join(json.dumps({k: getattr(a, k) for k in fields}) for a in invented))
    app = create_app(str(tmp / "e2e.db"))
    report = ingest_articles(app.state.ctx.store, load([sample_dir(), jsonl]), lambda d, t: None)
    assert len(report.added) == 7 + len(invented)
    with LiveServer(app) as live:
        yield live


def _no_dialogs(page: Any) -> list[str]:
    """Any alert() would be injected script running: record them so tests can assert none."""
    seen: list[str] = []
    page.on("dialog", lambda d: (seen.append(d.message), d.dismiss()))
    return seen


def test_events_search_and_dossier(server: LiveServer, page: Any, screenshots: Path) -> None:
    dialogs = _no_dialogs(page)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + "/")
    titles = page.locator("li.event a.title")
    assert titles.count() >= 2
    assert FERRY_TITLE in titles.all_inner_texts()
    page.screenshot(path=screenshots / "events.png", full_page=True)

    # search narrows the list to the matching event
    page.fill("input[name=q]", "swing bridge")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"\?q=swing\+bridge"))
    assert page.locator("li.event a.title").all_inner_texts() == [FERRY_TITLE]
    page.screenshot(path=screenshots / "search.png", full_page=True)

    # the event page: its dossier
    page.click(f"text={FERRY_TITLE}", timeout=60_000)  # the first view builds the dossier
    page.wait_for_selector("main.dossier h1")
    assert re.search(r"/events/[^/]+$", page.url)
    assert "Port Alden" in page.inner_text("main.dossier h1")  # the dossier titles the event
    page.screenshot(path=screenshots / "event.png", full_page=True)

    # click a fact: its supporting sentences appear, one per article
    fact = page.locator("table.facts tr.fact:has(ul.support li:nth-child(2))").first
    support = fact.locator("ul.support")
    assert not support.is_visible()
    fact.locator("summary").click()
    assert support.is_visible()
    items = support.locator("li")
    assert items.count() >= 2
    page.screenshot(path=screenshots / "fact-open.png", full_page=False)

    # follow one sentence into its article: the sentence is the page's target
    link = items.nth(1).locator("a.in-context")
    href = link.get_attribute("href")
    assert href and re.match(r"/articles/[^#]+#s-\d+$", href)
    link.click()
    page.wait_for_selector(".article-body")
    target = page.locator(".article-body :target")
    assert target.count() == 1 and target.inner_text().strip()
    page.screenshot(path=screenshots / "article.png", full_page=True)
    assert not dialogs and not errors


def test_quote_comparison(server: LiveServer, page: Any, screenshots: Path) -> None:
    page.goto(server.url + "/?q=" + SAMPLE_TITLE_WORD)
    page.locator("li.event a.title").first.click()
    page.wait_for_selector("main.dossier h1")
    page.click("nav.toc >> text=Quotes")
    page.wait_for_url(re.compile(r"#quotes$"))
    quote = page.locator("#quotes article.quote:has(mark)").first
    quote.scroll_into_view_if_needed()
    rows = quote.locator("table.variants tr")
    assert rows.count() >= 2  # the wordings side by side
    assert quote.locator("mark").count() >= 1  # words that differ are highlighted
    quote.screenshot(path=screenshots / "quotes.png")


def test_upload_lands_in_event(
    server: LiveServer, page: Any, screenshots: Path, tmp_path: Path
) -> None:
    upload = tmp_path / "ferry-operator-apology.txt"
    upload.write_text(UPLOAD, encoding="utf-8")
    page.goto(server.url + "/add")
    page.set_input_files("input[name=files]", str(upload))
    page.click("form.add button[type=submit]")
    page.wait_for_url(re.compile(r"/jobs/[0-9a-f]+$"))
    # app.js polls /api/jobs/{id} and reloads once done
    page.wait_for_selector('#job[data-status="done"]', timeout=60_000)
    page.screenshot(path=screenshots / "job-done.png", full_page=True)
    assert page.locator("ul.added a").first.inner_text() == "ferry-operator-apology"
    page.click("ul.added a.event-link")
    page.wait_for_selector("main.dossier h1")
    page.locator("details.reports summary").click()  # closed: the summary comes first
    reports = page.locator("ol.reports").inner_text()
    assert "Ferry operator apologises" in reports  # the new report, in the ferry event
    assert "Alden Gazette" in reports and "Coastal Wire" in reports
    page.screenshot(path=screenshots / "event-after-upload.png", full_page=False)


def test_add_without_javascript(
    browser: Any, server: LiveServer, screenshots: Path, tmp_path: Path
) -> None:
    """The job page refreshes itself (noscript meta refresh) until the job is done."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        upload = tmp_path / "tram-timetable.txt"
        upload.write_text(
            "Tram timetable\n\nThe Lindmark tram line will run every ten minutes.\n",
            encoding="utf-8",
        )
        page.goto(server.url + "/add")
        page.set_input_files("input[name=files]", str(upload))
        page.click("form.add button[type=submit]")
        page.wait_for_selector('#job[data-status="done"]', timeout=60_000)
        assert "tram-timetable" in page.locator("ul.added").inner_text()
    finally:
        context.close()


def test_hostile_article_is_inert(server: LiveServer, page: Any, screenshots: Path) -> None:
    dialogs = _no_dialogs(page)
    page.goto(server.url + "/?q=injected")
    page.click("li.event a.title")
    page.wait_for_selector("main.dossier h1")
    assert HOSTILE in page.inner_text("main.dossier h1")  # shown as text, not run
    page.goto(server.url + "/articles/hostile-1")
    assert HOSTILE in page.inner_text("h1")
    assert page.locator("img[src=x]").count() == 0
    page.screenshot(path=screenshots / "hostile.png", full_page=True)
    assert dialogs == []


def test_sample_event_page(server: LiveServer, page: Any, screenshots: Path) -> None:
    """The bundled sample's event page; NEWSWEAVE_DOCS_SCREENSHOTS=1 refreshes docs/screenshots/event.png."""
    page.goto(server.url + "/?q=" + SAMPLE_TITLE_WORD)
    events = page.locator("li.event a.title")
    assert events.count() == 1
    events.first.click()
    page.wait_for_selector("table.facts")
    assert page.locator("table.facts tr.fact").count() >= 10
    assert page.locator("#quotes article.quote").count() >= 2
    assert page.locator("table.coverage").count() == 1
    page.locator("table.facts tr.fact:has(ul.support li:nth-child(3)) summary").first.click()
    page.screenshot(path=screenshots / "sample-event.png", full_page=True)
    if os.environ.get("NEWSWEAVE_DOCS_SCREENSHOTS"):
        page.set_viewport_size({"width": 1280, "height": 1100})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=DOCS_SCREENSHOT)
