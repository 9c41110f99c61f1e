"""HTTP API: every endpoint, its errors (404/415/422/413/401) and the OpenAPI document."""

from __future__ import annotations

import json
import re
import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from e2e.support import HOSTILE, fake_ingest, seeded_store
from newsweave import dossiers
from newsweave.serve.app import create_app
from newsweave.serve.fetch import FetchError, check_host, check_url, fetch

TEST_HOSTS = ("testserver",)  # the Host header TestClient sends


def make_client(**kwargs) -> tuple[TestClient, object]:
    store = kwargs.pop("store", None) or seeded_store()
    kwargs.setdefault("allowed_hosts", TEST_HOSTS)
    app = create_app(store=store, ingester=fake_ingest, **kwargs)
    return TestClient(app), store


@pytest.fixture
def client() -> Iterator[TestClient]:
    c, _ = make_client()
    with c:
        yield c


def wait_job(client: TestClient, job_id: str, timeout: float = 60.0) -> dict:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.02)
    raise AssertionError(f"job {job_id} did not finish")


RECORD = {
    "id": "harbour-echo-ferry",
    "title": "Ferry collision closes Port Alden bridge",
    "outlet": "Harbour Echo",
    "published": "2031-05-13",
    "lang": "en",
    "url": "https://harbour-echo.example/ferry",
    "text": "A ferry hit the bridge in Port Alden on Monday. Engineers are checking the bolts.",
}


# --- reads ---------------------------------------------------------------------


def test_list_events(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["schema"] == "newsweave.events/1"
    assert body["total"] == 3 and body["limit"] == 50 and body["offset"] == 0
    assert [e["id"] for e in body["events"]] == ["ev-ferry", "ev-hostile", "ev-tram"]
    assert body["events"][0]["articles"] == [
        "alden-gazette-ferry",
        "coastal-wire-ferry",
        "courrier-ferry",
    ]


@pytest.mark.parametrize(
    ("params", "ids"),
    [
        ({"lang": "fr"}, ["ev-ferry"]),
        ({"outlet": "Valley News"}, ["ev-tram"]),
        ({"q": "tram council"}, ["ev-tram"]),
        ({"since": "2031-05-11"}, ["ev-ferry", "ev-hostile"]),
        ({"until": "2031-05-10"}, ["ev-tram"]),
        ({"limit": 1, "offset": 1}, ["ev-hostile"]),
        ({"q": "no such words anywhere"}, []),
    ],
)
def test_list_events_filters(client: TestClient, params: dict, ids: list[str]) -> None:
    body = client.get("/api/events", params=params).json()
    assert [e["id"] for e in body["events"]] == ids


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 10_000}, {"offset": -1}, {"since": "last tuesday"}, {"limit": "x"},
     {"offset": "99999999999999999999"}, {"limit": "99999999999999999999"},
     {"since": "99999-01-01"}],
)  # fmt: skip
def test_list_events_bad_params(client: TestClient, params: dict) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["status"] == 422 and err["details"]


def test_huge_offset_on_a_real_store_is_422_json(tmp_path) -> None:
    """SQLite cannot bind an integer that large: it was a 500 in plain text."""
    app = create_app(str(tmp_path / "o.db"), allowed_hosts=TEST_HOSTS)
    with TestClient(app, raise_server_exceptions=False) as c:
        for url in ("/api/events?offset=99999999999999999999", "/?offset=99999999999999999999"):
            r = c.get(url)
            assert r.status_code == 422, (url, r.status_code, r.text[:200])
            assert r.json()["error"]["status"] == 422


def test_get_event(client: TestClient) -> None:
    body = client.get("/api/events/ev-tram").json()
    assert body["id"] == "ev-tram" and body["title"] == "Lindmark council approves east tram line"
    assert body["independent_sources"] == 2


def test_get_dossier_is_exactly_to_dict() -> None:
    c, store = make_client()
    body = c.get("/api/events/ev-ferry/dossier").json()
    assert body == json.loads(json.dumps(store.dossier("ev-ferry").to_dict()))
    assert body["schema"] == "newsweave.dossier/1"
    assert list(body)[0] == "schema"


def test_get_article(client: TestClient) -> None:
    body = client.get("/api/articles/coastal-wire-ferry").json()
    assert body["outlet"] == "Coastal Wire" and body["event"] == "ev-ferry"
    assert body["sentences"] and body["text"].startswith("The Port Alden swing bridge")


@pytest.mark.parametrize(
    "url",
    [
        "/api/events/nope",
        "/api/events/nope/dossier",
        "/api/articles/nope",
        "/api/articles/a/b/c",
        "/api/jobs/nope",
        "/api/nothing-here",
    ],
)
def test_unknown_ids_are_404_json(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"]["status"] == 404


# --- writes --------------------------------------------------------------------


def test_post_one_record_is_synchronous() -> None:
    c, store = make_client()
    r = c.post("/api/articles", json=RECORD)
    assert r.status_code == 200, r.text
    job = r.json()
    assert job["status"] == "done" and job["added"] == ["harbour-echo-ferry"]
    assert job["events_touched"] == ["ev-ferry"]
    assert job["article_events"] == {"harbour-echo-ferry": "ev-ferry"}
    art = c.get("/api/articles/harbour-echo-ferry").json()
    assert art["outlet"] == "Harbour Echo" and art["event"] == "ev-ferry"
    assert "harbour-echo-ferry" in c.get("/api/events/ev-ferry").json()["articles"]
    # the same record again is a duplicate, not a second article
    again = c.post("/api/articles", json=RECORD).json()
    assert again["added"] == [] and again["duplicates"] == ["harbour-echo-ferry"]


def test_post_list_of_records() -> None:
    c, _ = make_client()
    second = {
        **RECORD,
        "id": "tram-daily",
        "title": "Tram vote",
        "text": "The tram line passed the council.",
    }
    job = c.post("/api/articles", json=[RECORD, second]).json()
    assert sorted(job["added"]) == ["harbour-echo-ferry", "tram-daily"]
    assert sorted(job["events_touched"]) == ["ev-ferry", "ev-tram"]


def test_posts_without_ids_get_content_ids_and_never_collide() -> None:
    c, _ = make_client()
    first = {k: v for k, v in RECORD.items() if k != "id"}
    second = {**first, "text": "The tram line passed the council on Tuesday."}
    a = c.post("/api/articles", json=first).json()
    b = c.post("/api/articles", json=second).json()
    assert len(a["added"]) == 1 and len(b["added"]) == 1
    assert a["added"] != b["added"] and b["duplicates"] == []
    assert a["added"][0] != "record-1"  # not the record's position
    # the same record again is the same id: a duplicate, not a third article
    assert c.post("/api/articles", json=first).json()["duplicates"] == a["added"]


def test_fetched_pages_are_named_by_their_whole_url() -> None:
    from newsweave.serve.ingestion import url_stem

    one = url_stem("https://harbour-echo.example/2031/ferry/index.html")
    two = url_stem("https://harbour-echo.example/2031/tram/index.html")
    assert one != two and "ferry" in one and "tram" in two
    assert len(url_stem("https://x.example/" + "a" * 500)) <= 80


def test_post_async_job() -> None:
    c, _ = make_client()
    with c:
        r = c.post("/api/articles", json=[RECORD], params={"wait": "false"})
        assert r.status_code == 202
        assert r.headers["location"] == f"/api/jobs/{r.json()['id']}"
        job = wait_job(c, r.json()["id"])
    assert job["status"] == "done" and job["added"] == ["harbour-echo-ferry"]
    assert job["done"] == job["total"] == 1


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        (b"{not json", "application/json"),
        (b"\xff\xfe", "application/json"),
        (b"[]", "application/json"),
        (b"42", "application/json"),
        (b'"text"', "application/json"),
        (b'{"title": "no text"}', "application/json"),
        (b'{"text": "   "}', "application/json"),
        (b'[{"text": "fine"}, 7]', "application/json"),
        (b'{"text": ["not", "a", "string"]}', "application/json"),
    ],
)
def test_post_malformed_bodies_are_422(client: TestClient, body: bytes, ctype: str) -> None:
    r = client.post("/api/articles", content=body, headers={"content-type": ctype})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["status"] == 422


def test_post_invalid_record_reports_which(client: TestClient) -> None:
    r = client.post("/api/articles", json=[RECORD, {"title": "x"}])
    assert r.status_code == 422
    assert r.json()["error"]["problems"] == [
        {"record": "record 2", "reason": "'text' must be a non-empty string"}
    ]
    # nothing from the batch went in
    assert client.get("/api/articles/harbour-echo-ferry").status_code == 404


def test_post_unsupported_content_type(client: TestClient) -> None:
    r = client.post("/api/articles", content=b"hello", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and r.json()["error"]["status"] == 415


def test_upload_files_lands_in_event() -> None:
    c, store = make_client()
    files = [
        (
            "files",
            (
                "ferry-update.txt",
                b"Ferry update\n\nThe ferry company apologised on Tuesday.",
                "text/plain",
            ),
        ),
        (
            "files",
            (
                "../../etc/evil name.txt",
                b"A council statement on the tram timetable.",
                "text/plain",
            ),
        ),
    ]
    with c:
        r = c.post("/api/articles", files=files)
        assert r.status_code == 202, r.text
        job = wait_job(c, r.json()["id"])
    assert job["status"] == "done", job
    assert job["sources"] == ["ferry-update.txt", "evil name.txt"]
    assert sorted(job["added"]) == ["evil-name", "ferry-update"]  # ids from safe names
    assert job["article_events"]["ferry-update"] == "ev-ferry"
    assert job["article_events"]["evil-name"] == "ev-tram"


def test_upload_jsonl_file() -> None:
    c, _ = make_client()
    lines = "\n".join(json.dumps({**RECORD, "id": f"echo-{i}"}) for i in range(3)).encode()
    with c:
        r = c.post("/api/articles", files={"files": ("batch.jsonl", lines, "application/x-ndjson")})
        job = wait_job(c, r.json()["id"])
    assert sorted(job["added"]) == ["echo-0", "echo-1", "echo-2"]


def test_upload_bad_file_is_a_problem_not_a_crash() -> None:
    c, _ = make_client()
    with c:
        r = c.post("/api/articles", files={"files": ("broken.json", b"{oops", "application/json")})
        job = wait_job(c, r.json()["id"])
    assert job["status"] == "done" and job["added"] == []
    assert job["problems"] and job["problems"][0]["record"].startswith("broken.json")
    assert "/tmp" not in json.dumps(job)  # our temporary paths never leak


def test_upload_unsupported_extension_is_a_problem_of_that_file() -> None:
    c, store = make_client()
    files = [
        ("files", ("run.sh", b"#!/bin/sh", "text/x-sh")),
        ("files", ("kept.txt", b"A ferry hit the bridge in Port Alden.", "text/plain")),
    ]
    with c:
        r = c.post("/api/articles", files=files)
        assert r.status_code == 202
        job = wait_job(c, r.json()["id"])
    assert job["added"] == ["kept"]
    assert [p["record"] for p in job["problems"]] == ["run.sh"]
    assert "unsupported file type" in job["problems"][0]["reason"]


def test_upload_nothing(client: TestClient) -> None:
    r = client.post("/api/articles", files={"files": ("", b"", "application/octet-stream")})
    assert r.status_code == 422


# --- limits --------------------------------------------------------------------


def test_oversize_json_is_413() -> None:
    c, _ = make_client(max_upload_bytes=2000)
    r = c.post("/api/articles", json={**RECORD, "text": "x" * 5000})
    assert r.status_code == 413
    assert r.json()["error"]["status"] == 413


def test_oversize_upload_is_413() -> None:
    c, _ = make_client(max_upload_bytes=4000)
    r = c.post("/api/articles", files={"files": ("big.txt", b"word " * 2000, "text/plain")})
    assert r.status_code == 413 and r.json()["error"]["status"] == 413


def test_oversize_chunked_body_is_413() -> None:
    """No Content-Length: the limit applies while the body streams in."""
    c, _ = make_client(max_upload_bytes=2000)

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(50):
            yield b"x" * 100
        yield b'"}'

    r = c.post("/api/articles", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["status"] == 413


# --- token ---------------------------------------------------------------------


def test_token_required_for_writes_only() -> None:
    c, _ = make_client(api_token="s3cret-token")
    assert c.get("/api/events").status_code == 200
    for headers in (
        {},
        {"Authorization": "Bearer wrong"},
        {"X-API-Token": "nope"},
        {"Authorization": "Basic s3cret-token"},
    ):
        r = c.post("/api/articles", json=RECORD, headers=headers)
        assert r.status_code == 401, headers
        assert r.json()["error"]["status"] == 401
        assert r.headers["www-authenticate"] == "Bearer"
    assert (
        c.post(
            "/api/articles", json=RECORD, headers={"Authorization": "Bearer s3cret-token"}
        ).status_code
        == 200
    )
    r = c.post(
        "/api/articles", json={**RECORD, "id": "x2"}, headers={"X-API-Token": "s3cret-token"}
    )
    assert r.status_code == 200


def test_token_checked_before_body() -> None:
    c, _ = make_client(api_token="t")
    r = c.post("/api/articles", content=b"{broken", headers={"content-type": "application/json"})
    assert r.status_code == 401


# --- URLs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://example.org/x",
        "/etc/passwd",
        "data:text/html,hi",
        "http://",
        "http://exa mple.org/",
    ],
)
def test_check_url_refuses_non_http(url: str) -> None:
    with pytest.raises(FetchError):
        check_url(url)


def test_url_submission_refuses_other_schemes(client: TestClient) -> None:
    r = client.post("/api/articles", files={"urls": (None, "file:///etc/passwd\nftp://x.example/")})
    assert r.status_code == 200  # nothing left to fetch: answered at once
    job = r.json()
    assert job["added"] == [] and job["status"] == "done"
    problems = job["problems"]
    assert [p["record"] for p in problems] == ["file:///etc/passwd", "ftp://x.example/"]
    assert "only http and https" in problems[0]["reason"]


@pytest.mark.parametrize("bad", ["http://0177.0.0.1/", "http://999.1.1.1/", "http://[1::2::3]/"])
def test_malformed_url_is_a_message_and_the_files_are_stored(bad: str) -> None:
    """httpx.InvalidURL (or a ValueError from urlsplit) used to fail the whole job."""
    c, store = make_client()
    with c:
        r = c.post(
            "/api/articles",
            files=[
                ("files", ("kept.txt", b"A ferry hit the bridge in Port Alden.", "text/plain")),
                ("urls", (None, f"file:///etc/passwd\n{bad}")),
            ],
        )
        assert r.status_code == 202, r.text
        job = wait_job(c, r.json()["id"])
    assert job["status"] == "done" and job["added"] == ["kept"], job
    assert store.get_article("kept") is not None
    assert [p["record"] for p in job["problems"]] == ["file:///etc/passwd", bad]
    assert "malformed URL" in job["problems"][1]["reason"]


@pytest.mark.parametrize("bad", ["http://0177.0.0.1/", "http://999.1.1.1/", "http://[1::2::3]/"])
def test_fetch_of_malformed_url_is_a_fetch_error(bad: str) -> None:
    with pytest.raises(FetchError, match="malformed URL"):
        fetch(bad, 1000)


PAGE = b"""<html><head><title>Ferry inquiry opens</title></head><body><article>
<h1>Ferry inquiry opens</h1><p>An inquiry into the ferry collision at the Port Alden bridge opened on Wednesday.</p>
<p>Investigators will question the crew of the ferry.</p></article></body></html>"""


def _mock_web(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/news/ferry-inquiry.html":
        return httpx.Response(
            200, content=PAGE, headers={"content-type": "text/html; charset=utf-8"}
        )
    if request.url.path == "/moved":
        return httpx.Response(302, headers={"location": "/news/ferry-inquiry.html"})
    if request.url.path == "/sneaky":
        return httpx.Response(302, headers={"location": "file:///etc/passwd"})
    if request.url.path == "/huge":
        return httpx.Response(200, content=b"x" * 10_000, headers={"content-type": "text/html"})
    return httpx.Response(404)


def test_fetch_follows_http_redirects_only() -> None:
    with httpx.Client(transport=httpx.MockTransport(_mock_web)) as web:
        page = fetch("https://news.example/moved", 100_000, client=web)
        assert (
            page.url == "https://news.example/news/ferry-inquiry.html" and page.extension == ".html"
        )
        with pytest.raises(FetchError, match="only http"):
            fetch("https://news.example/sneaky", 100_000, client=web)
        with pytest.raises(FetchError, match="larger"):
            fetch("https://news.example/huge", 1000, client=web)
        with pytest.raises(FetchError, match="404"):
            fetch("https://news.example/gone", 1000, client=web)


def test_url_submission_fetches_and_ingests() -> None:
    web = httpx.Client(transport=httpx.MockTransport(_mock_web))
    c, store = make_client(fetch_client=web)
    urls = "https://news.example/news/ferry-inquiry.html\nhttps://news.example/sneaky"
    with c:
        r = c.post("/api/articles", files={"urls": (None, urls)})
        assert r.status_code == 202
        job = wait_job(c, r.json()["id"])
    assert job["added"] == ["news.example_news_ferry-inquiry"], job
    assert job["article_events"] == {"news.example_news_ferry-inquiry": "ev-ferry"}
    assert store.get_article("news.example_news_ferry-inquiry").url == "https://news.example/news/ferry-inquiry.html"
    assert [p["record"] for p in job["problems"]] == ["https://news.example/sneaky"]


# --- documents and headers -----------------------------------------------------


def test_openapi_document(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    paths = doc["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/events/{event_id}/dossier",
        "/api/articles/{article_id}",
        "/api/articles",
        "/api/jobs/{job_id}",
    ):
        assert path in paths, path
    body = paths["/api/articles"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)
    assert not any(p.startswith("/events") or p == "/" for p in paths)  # UI pages stay out
    assert client.get("/docs").status_code == 200


def test_docs_work_offline(client: TestClient) -> None:
    """Swagger UI comes from the pinned wheel: no CDN, no inline script, assets served here."""
    r = client.get("/docs")
    assert r.status_code == 200 and "cdn" not in r.text and "<script>" not in r.text
    assert "'unsafe-inline'" not in r.headers["content-security-policy"].split("style-src")[0]
    scripts = re.findall(r'<script src="([^"]+)"', r.text)
    styles = re.findall(r'<link rel="stylesheet" href="([^"]+)"', r.text)
    assert scripts and styles
    for url in scripts + styles:
        asset = client.get(url)
        assert asset.status_code == 200 and len(asset.content) > 100, url
    assert "SwaggerUIBundle" in client.get("/docs/assets/swagger-ui-bundle.js").text
    assert client.get("/redoc").status_code == 404  # not offered: no offline bundle


def test_security_headers(client: TestClient) -> None:
    for url in ("/api/events", "/", "/api/events/nope"):
        h = client.get(url).headers
        assert h["content-security-policy"].startswith("default-src 'self'")
        assert "unsafe-inline" not in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"


def test_hostile_strings_stay_data_in_json(client: TestClient) -> None:
    body = client.get("/api/articles/hostile-1").json()
    assert body["title"].endswith(HOSTILE)  # JSON carries the text as is; HTML escapes it
    assert client.get("/api/articles/hostile-1").headers["content-type"] == "application/json"


def test_real_store_round_trip(tmp_path) -> None:
    """The default wiring: SQLite store, stream ingest and clustering, cached dossier."""
    from newsweave.store import open_store

    app = create_app(str(tmp_path / "api.db"), allowed_hosts=TEST_HOSTS)
    records = [
        {**RECORD, "id": "echo-1"},
        {
            "id": "bay-times-1",
            "title": "Port Alden ferry hits swing bridge",
            "outlet": "Bay Times",
            "published": "2031-05-12",
            "lang": "en",
            "text": "A ferry hit the swing bridge in Port Alden on Monday. Engineers are checking the bolts of the bridge.",
        },
    ]
    with TestClient(app) as c:
        job = c.post("/api/articles", json=records).json()
        assert job["status"] == "done" and sorted(job["added"]) == ["bay-times-1", "echo-1"]
        (event_id,) = set(job["article_events"].values())
        events = c.get("/api/events", params={"q": "ferry"}).json()
        assert [e["id"] for e in events["events"]] == [event_id]
        dossier = c.get(f"/api/events/{event_id}/dossier").json()
        assert dossier["schema"] == "newsweave.dossier/1"
        assert {a["id"] for a in dossier["articles"]} == {"bay-times-1", "echo-1"}
        assert c.get("/api/articles/bay-times-1").json()["event"] == event_id
        assert c.post("/api/articles", json=records[0]).json()["duplicates"] == ["echo-1"]
    store = open_store(str(tmp_path / "api.db"))
    try:
        assert dossier == json.loads(json.dumps(dossiers.current(store, event_id).to_dict()))
    finally:
        store.close()


def test_one_title_and_one_source_count_everywhere(tmp_path) -> None:
    """The list used the clusterer's count (distinct outlets: 3) where the dossier found a
    reprint (2 source groups); once the dossier is built, list, event and dossier agree."""
    base = (
        "The swing bridge in Port Alden was closed on Monday after a ferry struck it. Engineers "
        "found two cracked bolts. The mayor said repairs will take a week. Twelve were hurt."
    )
    common = {"published": "2031-05-12", "lang": "en"}
    records = [
        {**common, "id": "a1", "outlet": "Alden Gazette", "title": "Ferry hits Port Alden bridge",
         "text": base},
        {**common, "id": "a2", "outlet": "Coast Reprints", "title": "Ferry hits bridge, 12 hurt",
         "text": base + " The ferry company apologised."},
        {**common, "id": "a3", "outlet": "Bay Times", "title": "Port Alden bridge shut after crash",
         "text": "A ferry crashed into the Port Alden swing bridge on Monday. The bridge is "
         "closed. Inspectors found cracked bolts and the mayor expects a week of repairs."},
    ]  # fmt: skip
    with TestClient(create_app(str(tmp_path / "one.db"), allowed_hosts=TEST_HOSTS)) as c:
        job = c.post("/api/articles", json=records).json()
        (event_id,) = set(job["article_events"].values())
        dossier = c.get(f"/api/events/{event_id}/dossier").json()
        groups = {a["source_group"] or a["id"] for a in dossier["articles"]}
        listed = c.get("/api/events").json()["events"][0]
        event = c.get(f"/api/events/{event_id}").json()
        page = c.get("/", headers={"accept": "text/html"}).text
    assert len(groups) == 2  # the reprint is found
    for shown in (listed, event):
        assert shown["independent_sources"] == len(groups)
        assert shown["title"] == dossier["event"]["title"]
    assert f"{len(groups)} independent sources" in page


def test_failing_ingest_is_a_failed_job() -> None:
    def broken(store, articles, progress):
        raise RuntimeError("disk full")

    c = TestClient(create_app(store=seeded_store(), ingester=broken, allowed_hosts=TEST_HOSTS))
    r = c.post("/api/articles", json=RECORD)
    assert r.status_code == 500
    assert r.json()["status"] == "failed" and r.json()["error"] == "RuntimeError: disk full"


def test_job_registry_is_bounded() -> None:
    from newsweave.serve.jobs import JobRegistry

    jobs = JobRegistry(keep=3)
    ids = []
    for _ in range(5):
        job, future = jobs.submit(["x"], lambda p: p.advance(1, 1))
        future.result()
        ids.append(job.id)
    assert [jobs.get(i) is not None for i in ids] == [False, False, True, True, True]
    assert jobs.snapshot(ids[-1])["done"] == 1
    jobs.shutdown()
    job, future = jobs.submit(["y"], lambda p: None)  # usable again after a shutdown
    future.result()
    assert jobs.snapshot(job.id)["status"] == "done"


def _resolver(addr: str):  # type: ignore[no-untyped-def]
    return lambda host, port: [(2, 1, 6, "", (addr, 0))]


@pytest.mark.parametrize(
    "addr",
    ["127.0.0.1", "10.0.0.5", "192.168.1.20", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1",
     "fe80::1%eth0", "fc00::7", "224.0.0.1",
     # loopback and private addresses inside IPv6: NAT64, NAT64 local use, 6to4, mapped,
     # compatible, translated, Teredo
     "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::808:808", "2002:7f00:1::1",
     "2002:c0a8:114::1", "::ffff:127.0.0.1", "::127.0.0.1", "::ffff:0:a00:1",
     "2001:0:4136:e378:8000:63bf:80ff:fffe"],
)  # fmt: skip
def test_check_host_refuses_non_public_addresses(addr: str) -> None:
    with pytest.raises(FetchError, match="local or private"):
        check_host("intranet.example", _resolver(addr))


def test_check_host_passes_public_and_names_unresolvable() -> None:
    check_host("news.example", _resolver("93.184.216.34"))
    check_host("news.example", _resolver("2606:2800:220:1:248:1893:25c8:1946"))
    for public_inside in ("64:ff9b::5db8:d822", "2002:5db8:d822::1", "::ffff:93.184.216.34"):
        check_host("news.example", _resolver(public_inside))

    def fail(host: str, port: object) -> object:
        raise socket.gaierror("no such host")

    with pytest.raises(FetchError, match="cannot resolve host 'nowhere.example'"):
        check_host("nowhere.example", fail)


def test_server_fetch_refuses_its_own_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSWEAVE_FETCH_PRIVATE", raising=False)
    with pytest.raises(FetchError, match="local or private address"):
        fetch("http://127.0.0.1:9/admin", 1000)
    monkeypatch.setenv("NEWSWEAVE_FETCH_PRIVATE", "1")  # allowed: now it tries, and fails
    with pytest.raises(FetchError, match="could not fetch"):
        fetch("http://127.0.0.1:9/admin", 1000)


# --- writes only by consent ----------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        # a no-cors fetch from another site: no Content-Type, or text/plain
        {"origin": "https://evil.example"},
        {"origin": "https://evil.example", "content-type": "text/plain;charset=UTF-8"},
        {"origin": "null"},
        {"referer": "https://evil.example/page"},
        {"sec-fetch-site": "cross-site"},
        # DNS rebinding: evil.example now resolves to 127.0.0.1, so Origin matches Host
        {"host": "evil.example", "origin": "http://evil.example"},
        # same host, another port (another local app)
        {"origin": "http://testserver:3000"},
    ],
)
def test_cross_site_writes_store_nothing(headers: dict) -> None:
    c, store = make_client()
    before = len(store.articles)
    r = c.post("/api/articles", content=json.dumps(RECORD).encode(), headers=headers)
    assert r.status_code in (400, 403, 415), r.text
    assert r.json()["error"]["status"] == r.status_code
    assert len(store.articles) == before


@pytest.mark.parametrize("ctype", [None, "", "text/plain", "application/x-www-form-urlencoded"])
def test_json_records_need_a_json_content_type(ctype: str | None) -> None:
    c, store = make_client()
    headers = {} if ctype is None else {"content-type": ctype}
    r = c.post("/api/articles", content=json.dumps(RECORD).encode(), headers=headers)
    assert r.status_code == 415, r.text
    assert store.get_article(RECORD["id"]) is None


def test_same_site_and_scripted_writes_pass() -> None:
    c, store = make_client()
    for i, headers in enumerate(
        [{}, {"origin": "http://testserver"}, {"referer": "http://testserver/add"},
         {"sec-fetch-site": "same-origin", "origin": "http://testserver"}]
    ):  # fmt: skip
        r = c.post("/api/articles", json={**RECORD, "id": f"ok-{i}"}, headers=headers)
        assert r.status_code == 200, (headers, r.text)


def test_host_header_must_be_allowed() -> None:
    c, _ = make_client(allowed_hosts=("newsroom.example",))
    assert c.get("/api/events").status_code == 400  # Host: testserver
    r = c.get("/api/events", headers={"host": "newsroom.example:8000"})
    assert r.status_code == 200
    default, _ = make_client(allowed_hosts=None)  # default: the loopback names only
    assert default.get("/api/events").status_code == 400
    for host in ("localhost:8000", "127.0.0.1", "[::1]:8000"):
        assert default.get("/api/events", headers={"host": host}).status_code == 200, host
    any_host, _ = make_client(allowed_hosts=("*",))
    assert any_host.get("/api/events", headers={"host": "whatever.example"}).status_code == 200


def test_openapi_declares_the_token_when_one_is_set() -> None:
    c, _ = make_client()
    assert "securitySchemes" not in c.get("/openapi.json").json().get("components", {})
    c, _ = make_client(api_token="tok")
    doc = c.get("/openapi.json").json()
    assert set(doc["components"]["securitySchemes"]) == {"bearer", "apiToken"}
    assert doc["paths"]["/api/articles"]["post"]["security"] == [{"bearer": []}, {"apiToken": []}]
    assert "security" not in doc["paths"]["/api/events"]["get"]


def test_record_empty_after_cleaning_is_a_problem_and_the_others_go_in() -> None:
    """Schema-valid records are accepted; one whose text does not survive cleaning is named."""
    c, store = make_client()
    r = c.post("/api/articles", json=[RECORD, {"id": "zero", "text": "0"}])
    assert r.status_code == 200, r.text
    job = r.json()
    assert job["added"] == [RECORD["id"]]
    assert [p["record"] for p in job["problems"]] == ["record 2"]


def test_dates_are_checked_strictly() -> None:
    c, _ = make_client()
    for value in ("0", "1700000000", "2031-02-30", "2031-5-1"):
        r = c.get("/api/events", params={"until": value})
        assert r.status_code == 422, value
    assert c.get("/api/events", params={"until": "2031-05-12"}).status_code == 200


def test_an_unexpected_fetch_error_is_a_problem_of_that_url() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise ValueError("parser fell over")

    c, store = make_client(fetch_client=httpx.Client(transport=httpx.MockTransport(broken)))
    with c:
        r = c.post(
            "/api/articles",
            files=[
                ("files", ("kept.txt", b"A ferry hit the bridge in Port Alden.", "text/plain")),
                ("urls", (None, "https://news.example/a")),
            ],
        )
        job = wait_job(c, r.json()["id"])
    assert job["status"] == "done" and job["added"] == ["kept"], job
    assert job["problems"][0]["record"] == "https://news.example/a"
    assert "ValueError: parser fell over" in job["problems"][0]["reason"]


def test_a_record_or_file_read_with_a_warning_is_kept_and_said_so() -> None:
    """A date no reader understands, invalid UTF-8 bytes: the article goes in, and the job
    names it with kept: true, apart from what it skipped."""
    c, _ = make_client()
    odd = {**RECORD, "id": "odd-date", "published": "around noon"}
    r = c.post("/api/articles", json=[odd, {"id": "zero", "text": "0"}])
    assert r.status_code == 200, r.text
    job = r.json()
    assert job["added"] == ["odd-date"]
    assert [(p["record"], p["kept"]) for p in job["problems"]] == [
        ("record 1", True),
        ("record 2", False),
    ]
    assert "'around noon' not understood" in job["problems"][0]["reason"]
    text = "Le ferry a heurté le pont de Port Alden jeudi, a indiqué la capitainerie."
    data = text.encode("utf-8").replace(b"jeudi", b"je\xffdi")  # one bad byte in UTF-8
    with c:
        r = c.post("/api/articles", files={"files": ("bytes.txt", data, "text/plain")})
        job = wait_job(c, r.json()["id"])
        page = c.get(f"/jobs/{job['id']}", headers={"Accept": "text/html"}).text
    assert job["added"] == ["bytes"]
    assert [(p["record"], p["kept"]) for p in job["problems"]] == [("bytes.txt", True)]
    assert "warning <b>bytes.txt</b>" in page
