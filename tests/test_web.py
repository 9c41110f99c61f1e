"""Web UI pages (server-rendered HTML) over the fake store: content, links, escaping."""

from __future__ import annotations

import datetime as dt
import json
import re
import time

import pytest
from fastapi.testclient import TestClient

from e2e.support import HOSTILE, FakeStore, fake_ingest, seeded_store, tram_articles
from newsweave.model import Article, Citation, Dossier, EventInfo, Fact
from newsweave.serve.app import create_app
from newsweave.serve.views import Page, article_paragraphs, day_label, group_by_day

HTML = {"accept": "text/html"}


def make_client(store: FakeStore | None = None, **kwargs) -> TestClient:
    kwargs.setdefault("allowed_hosts", ("testserver",))  # the Host header TestClient sends
    return TestClient(create_app(store=store or seeded_store(), ingester=fake_ingest, **kwargs))


@pytest.fixture
def client() -> TestClient:
    return make_client()


def get(client: TestClient, url: str, status: int = 200) -> str:
    r = client.get(url, headers=HTML)
    assert r.status_code == status, (url, r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


# --- events page -----------------------------------------------------------------


def test_events_page_lists_events_with_counts(client: TestClient) -> None:
    html = get(client, "/")
    assert (
        '<a class="title" href="/events/ev-ferry">Ferry strikes Port Alden swing bridge, 12 hurt</a>'
        in html
    )
    assert "3 articles" in html and "3 independent sources" in html
    assert '<a class="chip lang" href="/?lang=fr">fr</a>' in html
    assert "Alden Gazette" in html and "Courrier du Port" in html
    assert html.index("ev-ferry") < html.index("ev-tram")  # newest first
    assert "1–3 of 3 events" in html


def test_events_page_search_and_filters(client: TestClient) -> None:
    html = get(client, "/?q=tram")
    assert "ev-tram" in html and "ev-ferry" not in html
    assert 'value="tram"' in html and "Clear" in html
    assert "ev-tram" not in get(client, "/?lang=fr")
    assert "ev-ferry" not in get(client, "/?outlet=Lindmark+Post")
    html = get(client, "/?since=2031-05-12")
    assert "ev-ferry" in html and "ev-tram" not in html
    assert "ev-tram" in get(client, "/?since=garbage")  # a bad date is ignored, not an error
    assert "No event matches" in get(client, "/?q=zeppelin")


def test_events_page_pagination() -> None:
    store = FakeStore()
    base = tram_articles()[0]
    for i in range(45):
        a = Article(
            id=f"a{i}",
            text=f"Story number {i}.",
            title=f"Story {i}",
            published=f"2031-01-{i % 28 + 1:02d}",
        )
        store.put_event(f"ev{i:02d}", [a], f"kw{i}")
    store.put_event("ev-tram", [base], "tram")
    c = make_client(store)
    first = get(c, "/")
    assert "1–20 of 46 events" in first
    assert 'href="/?offset=20"' in first and 'rel="prev"' not in first
    second = get(c, "/?offset=20")
    assert "21–40 of 46" in second and 'href="/?offset=40"' in second and 'href="/"' in second
    last = get(c, "/?offset=40")
    assert "41–46 of 46" in last and 'rel="next"' not in last
    assert 'href="/?q=Story&amp;offset=20"' in get(c, "/?q=Story")  # filters survive paging


def test_day_labels() -> None:
    today = dt.date(2031, 5, 12)
    assert day_label("2031-05-12", today) == "Today"
    assert day_label("2031-05-11", today) == "Yesterday"
    assert day_label("2031-04-01", today) == "2031-04-01"
    assert day_label(None, today) == "Undated"
    events = seeded_store().events
    groups = group_by_day(sorted(events.values(), key=lambda e: e.last_date, reverse=True), today)
    assert [g for g, _ in groups] == ["2031-05-13", "Yesterday", "2031-05-10"]
    assert Page(0, 20, 0, {}).first == 0 and Page(0, 20, 0, {}).next is None


# --- event page ------------------------------------------------------------------


def test_event_page_has_every_section(client: TestClient) -> None:
    html = get(client, "/events/ev-ferry")
    for section in (
        "summary",
        "facts",
        "coverage",
        "quotes",
        "divergences",
        "timeline",
        "entities",
        "provenance",
    ):
        assert f'<section id="{section}">' in html, section
    # facts open to their supporting sentences, each linked to the sentence in its article
    assert (
        "<summary>A passenger ferry struck the Port Alden swing bridge on Monday.</summary>" in html
    )
    assert 'href="/articles/coastal-wire-ferry#s-1">in context' in html
    assert "<q>Fourteen people were hurt.</q>" in html
    # quotes side by side with the changed words marked
    assert re.search(r"<mark[^>]*>shut</mark>", html) and re.search(r"<del[^>]*>closed</del>", html)
    assert "How many people were hurt: 12 or 14" in html
    # downloads, article links, scripts as files only
    for fmt in ("html", "md", "json"):
        assert f'href="/events/ev-ferry/dossier.{fmt}" download' in html
    assert 'href="/articles/courrier-ferry"' in html
    assert '<script src="/static/dossier.js" defer></script>' in html
    assert "<script>" not in html and "<style>" not in html and " style=" not in html


def test_event_page_404(client: TestClient) -> None:
    html = get(client, "/events/nope", 404)
    assert "404" in html and "no event &#39;nope&#39;" in html


@pytest.mark.parametrize(
    ("fmt", "ctype", "start"),
    [
        ("html", "text/html", "<!doctype html>"),
        ("md", "text/markdown", "# Ferry"),
        ("json", "application/json", "{"),
    ],
)
def test_downloads(client: TestClient, fmt: str, ctype: str, start: str) -> None:
    r = client.get(f"/events/ev-ferry/dossier.{fmt}")
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)
    assert r.headers["content-disposition"] == f'attachment; filename="dossier-ev-ferry.{fmt}"'
    assert "sandbox" in r.headers["content-security-policy"]
    assert r.text.lstrip().lower().startswith(start.lower())
    if fmt == "json":
        assert r.json()["schema"] == "newsweave.dossier/1"


def test_download_errors(client: TestClient) -> None:
    assert client.get("/events/ev-ferry/dossier.pdf").status_code == 404
    assert client.get("/events/nope/dossier.md").status_code == 404


# --- article page ----------------------------------------------------------------


def test_article_page_highlights_facts(client: TestClient) -> None:
    html = get(client, "/articles/alden-gazette-ferry")
    assert '<a href="/events/ev-ferry">← Ferry strikes Port Alden swing bridge, 12 hurt</a>' in html
    # a sentence that supports a fact is highlighted and links to the fact
    m = re.search(
        r'<a class="fact-hl status-disputed" id="s-1" href="/events/ev-ferry#fact-f2"[^>]*>([^<]*)</a>',
        html,
    )
    assert m and m.group(1) == "Twelve people were hurt, the harbour master said."
    assert '<span class="sentence" id="s-2">' in html  # other sentences are anchors too
    assert "supports 3 facts" not in html and "support 3 facts" in html
    # removed lines, struck through with their reason
    assert "<del>Share this story on social media</del>" in html and "share-residue" in html
    assert 'href="https://alden-gazette.example/ferry-bridge"' in html


def test_article_without_sentences_still_highlights() -> None:
    text = "First line here.\n\nThe bridge reopened on Friday. Nothing else."
    a = Article(id="x", text=text)
    d = Dossier(
        event=EventInfo("t", None),
        facts=[Fact("f9", "reopened", [Citation("x", "The bridge reopened on Friday.")])],
    )
    paras = article_paragraphs(a, d)
    assert ["".join(p.text for p in para) for para in paras] == [
        "First line here.",
        "The bridge reopened on Friday. Nothing else.",
    ]
    hl = [p for para in paras for p in para if p.facts]
    assert [(p.text, p.facts[0].id, p.fact_anchors) for p in hl] == [
        ("The bridge reopened on Friday.", "f9", ["fact-f9"])
    ]


def test_article_page_404_and_odd_ids(client: TestClient) -> None:
    get(client, "/articles/nope", 404)
    html = get(client, "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404)
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


# --- add and job pages -----------------------------------------------------------


def _wait(client: TestClient, job_url: str, timeout: float = 60.0) -> str:
    end = time.monotonic() + timeout  # returns as soon as done; the limit is for a busy machine
    while time.monotonic() < end:
        html = get(client, job_url)
        if 'data-status="done"' in html or 'data-status="failed"' in html:
            return html
        time.sleep(0.02)
    raise AssertionError("job did not finish")


def test_add_form_upload_to_job_page() -> None:
    c = make_client()
    form = get(c, "/add")
    assert (
        'enctype="multipart/form-data"' in form
        and 'name="urls"' in form
        and 'name="token"' not in form
    )
    with c:
        r = c.post(
            "/add",
            files={
                "files": (
                    "ferry-followup.txt",
                    b"Ferry follow-up\n\nThe ferry owner paid for repairs.",
                    "text/plain",
                )
            },
            data={"urls": ""},
            headers={**HTML, "origin": "http://testserver"},
            follow_redirects=False,
        )
        assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
        running = get(c, r.headers["location"])
        html = _wait(c, r.headers["location"])
    assert "ferry-followup.txt" in running
    if 'data-status="running"' in running or 'data-status="queued"' in running:
        assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in running
        assert '<script src="/static/app.js" defer></script>' in running
    assert "http-equiv" not in html and "app.js" not in html  # finished: no more polling
    assert '<a href="/articles/ferry-followup">ferry-followup</a>' in html
    assert (
        '<a class="event-link" href="/events/ev-ferry">Ferry strikes Port Alden swing bridge, 12 hurt</a>'
        in html
    )


def test_add_needs_token_when_configured() -> None:
    c = make_client(api_token="tok")
    assert 'name="token"' in get(c, "/add")
    files = {"files": ("a.txt", b"A ferry story.", "text/plain")}
    r = c.post("/add", files=files, data={"token": "bad"}, headers=HTML, follow_redirects=False)
    assert (
        r.status_code == 401
        and "401" in r.text
        and r.headers["content-type"].startswith("text/html")
    )
    r = c.post("/add", files=files, data={"token": "tok"}, follow_redirects=False)
    assert r.status_code == 303


def test_add_refuses_cross_origin_posts(client: TestClient) -> None:
    files = {"files": ("a.txt", b"A ferry story.", "text/plain")}
    for origin in ("https://evil.example", "null", "http://testserver:8080"):
        r = client.post("/add", files=files, headers={"origin": origin}, follow_redirects=False)
        assert r.status_code == 403


def test_add_refuses_dns_rebinding() -> None:
    """evil.example resolving to 127.0.0.1: Origin equals Host, but neither is allowed."""
    store = seeded_store()
    c = make_client(store, allowed_hosts=("127.0.0.1", "localhost"))
    files = {"files": ("a.txt", b"A ferry story.", "text/plain")}
    headers = {"host": "evil.example:8000", "origin": "http://evil.example:8000"}
    r = c.post("/add", files=files, headers=headers, follow_redirects=False)
    assert r.status_code in (400, 403) and store.get_article("a") is None
    ok = {"host": "127.0.0.1:8000", "origin": "http://127.0.0.1:8000"}
    assert c.post("/add", files=files, headers=ok, follow_redirects=False).status_code == 303


def test_add_bad_input_shows_html_error(client: TestClient) -> None:
    # a refused URL is a problem the job page names (with the rest of the submission, if any)
    r = client.post("/add", data={"urls": "file:///etc/passwd"}, follow_redirects=False)
    assert r.status_code == 303
    with client:
        page = _wait(client, r.headers["location"])
    assert "file:///etc/passwd" in page and "only http and https" in page
    r = client.post("/add", data={"urls": ""}, headers=HTML)
    assert r.status_code == 422 and "nothing to add" in r.text


def test_add_oversize_is_413() -> None:
    c = make_client(max_upload_bytes=1000)
    r = c.post("/add", files={"files": ("big.txt", b"x" * 5000, "text/plain")})
    assert r.status_code == 413 and r.json()["error"]["status"] == 413


def test_job_page_404(client: TestClient) -> None:
    get(client, "/jobs/nope", 404)


# --- hostile content --------------------------------------------------------------


def _assert_inert(html: str, where: str) -> None:
    assert HOSTILE not in html, where
    assert "<script>alert" not in html and "<img src=x" not in html, where
    assert 'href="javascript:' not in html, where
    # the same strings are there, escaped
    assert "&lt;script&gt;alert(" in html, where


def test_hostile_article_renders_inert_everywhere() -> None:
    c = make_client()
    for url in (
        "/",
        "/?q=injected",
        "/events/ev-hostile",
        "/articles/hostile-1",
        "/?outlet=" + HOSTILE,
    ):
        _assert_inert(get(c, url), url)
    with c:
        r = c.post(
            "/add",
            files={
                "files": (
                    "hostile.json",
                    json.dumps(
                        {
                            "id": "h2",
                            "title": HOSTILE,
                            "outlet": HOSTILE,
                            "text": f"The ferry story goes on. {HOSTILE} More words follow here.",
                        }
                    ).encode(),
                    "application/json",
                )
            },
            headers={"origin": "http://testserver"},
            follow_redirects=False,
        )
        done = _wait(c, r.headers["location"])
    assert "<script>alert" not in done and 'data-status="done"' in done
    # a hostile file name is shown escaped on the job page (and never used as a path)
    with c:
        r = c.post(
            "/add",
            files={
                "files": ("<img src=x onerror=alert(1)>.txt", b"Ferry news, again.", "text/plain")
            },
            headers={"origin": "http://testserver"},
            follow_redirects=False,
        )
        page = _wait(c, r.headers["location"])
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.txt" in page
    html = get(c, "/articles/h2")
    assert "<script>alert" not in html and "&lt;script&gt;alert(" in html
    # the self-contained download escapes too
    dl = c.get("/events/ev-hostile/dossier.html").text
    assert "<script>alert" not in dl and "&lt;script&gt;alert(" in dl


RLO_OUTLET = "\u202eTsoP kramdleV"  # a right-to-left override: shows as "Veldmark PosT"


def _rtl_store() -> FakeStore:
    store = seeded_store()
    arts = [
        Article(id="rtl-1", text="A tram stopped in Lindmark.", title="Tram stops",
                outlet=RLO_OUTLET, published="2031-06-02", lang="en"),
        Article(id="rtl-2", text="The tram in Lindmark stopped.", title="Tram halted",
                outlet="Lindmark Post", published="2031-06-02", lang="en"),
    ]  # fmt: skip
    store.put_event("ev-rtl", arts, "lindmark-rtl")
    return store


def test_right_to_left_override_in_an_outlet_stays_inside_it() -> None:
    """The override must end with the outlet name: isolated (FSI ... PDI) wherever printed."""
    c = make_client(_rtl_store())
    isolated = "\u2068" + RLO_OUTLET + "\u2069"
    for url in ("/", "/events/ev-rtl", "/articles/rtl-1"):
        html = get(c, url)
        assert RLO_OUTLET in html, url
        # every occurrence is isolated, none leaks into what follows it
        assert html.count(RLO_OUTLET) == html.count(isolated), url
    # each outlet of a joined line is isolated on its own, not the line as a whole
    assert isolated + ", Lindmark Post" in get(c, "/events/ev-rtl") or (
        "Lindmark Post, " + isolated in get(c, "/events/ev-rtl")
    )
    # plain strings are printed unchanged, and a filter value comes back without the marks
    assert "\u2068" not in get(c, "/events/ev-ferry")
    html = get(c, "/?outlet=" + isolated)
    assert "ev-rtl" in html and "ev-tram" not in html


def test_markdown_download_escapes_article_html() -> None:
    r = make_client().get("/events/ev-hostile/dossier.md")
    assert r.status_code == 200
    md = r.text
    assert "<script" not in md and "<img" not in md
    assert "&lt;script&gt;alert" in md  # shown as text


def test_event_page_puts_the_summary_before_the_report_list() -> None:
    html = get(make_client(), "/events/ev-ferry")
    assert '<details class="reports">' in html  # closed: a long list does not push it down
    assert html.index('id="summary"') < html.index('id="facts"')
    assert '<div class="scroll">\n' in html and html.count('<div class="scroll">') >= 2
