"""Readers: decoded file contents to uncleaned Articles, one function per format."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsweave.errors import InputError, Problem
from newsweave.ingest.dates import page_local_date, parse_date
from newsweave.ingest.normalize import (
    html_fragment_to_text,
    looks_like_html,
    strip_markdown,
    table_rows,
)
from newsweave.ingest.outlets import normalize_outlet
from newsweave.ingest.records import id_from_name, raw_article, unread_date
from newsweave.model import Article, Provenance, Removed


def read_text(name: str, text: str, markdown: bool = False) -> Article:
    """A plain-text or Markdown article; the cleaner takes a short first line as the headline."""
    title = None
    removed: list[Removed] = []
    if markdown:
        text, title, images = strip_markdown(text)
        removed = [Removed(text=alt, reason="image") for alt in images]
    if not text.strip():
        raise InputError(name, "empty article")
    return Article(
        id=id_from_name(name),
        text=text,
        title=title,
        source=name,
        provenance=Provenance(removed=removed),
    )


def read_html(name: str, html: str, url: str | None = None) -> Article:
    """Main text and metadata of an HTML page, extracted by trafilatura (scripts never reach the text)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,  # results, prices and figures that articles carry in tables
            include_images=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, LookupError) as exc:  # lxml on malformed markup
        raise InputError(name, f"cannot parse the HTML ({exc})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(name, "no article text found in the HTML page")
    published, signal = page_local_date(html, parse_date(getattr(doc, "date", None)))
    return Article(
        id=id_from_name(name),
        text=table_rows(text),
        title=getattr(doc, "title", None) or None,
        outlet=normalize_outlet(getattr(doc, "sitename", None) or getattr(doc, "hostname", None)),
        published=published,
        author=getattr(doc, "author", None) or None,
        url=url or getattr(doc, "url", None) or None,
        source=name,
        provenance=Provenance(signals=[signal] if signal else []),
    )


def read_json(name: str, text: str) -> Iterator[Article | Problem]:
    """A JSON file: one record, a list of records, or {"articles"|"items"|"data"|"records": [...]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(name, f"invalid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
        return
    if isinstance(data, dict):
        for key in ("articles", "items", "data", "records", "results"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, dict):
        yield from read_record(data, name)
        return
    if not isinstance(data, list):
        yield Problem(name, f"expected a JSON object or list, got {type(data).__name__}")
        return
    for i, record in enumerate(data, start=1):
        yield from read_record(record, f"{name}:{i}")


def read_jsonl(name: str, text: str) -> Iterator[Article | Problem]:
    """JSON Lines: one record per line; a malformed line is a Problem named file:line."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        record_name = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(record_name, f"invalid JSON ({exc.msg}, column {exc.colno})")
            continue
        yield from read_record(record, record_name)


def read_record(record: Any, record_name: str) -> Iterator[Article | Problem]:
    """One parsed JSON record: its Article (uncleaned), after a warning when its date was
    left out; or the Problem that refuses it."""
    try:
        article = raw_article(record, record_name)
    except InputError as exc:
        yield Problem(exc.record, exc.reason)
        return
    except Exception as exc:  # one odd record must not sink the batch; the line names the bug
        yield Problem(record_name, f"cannot read the record ({type(exc).__name__}: {exc})")
        return
    if note := unread_date(record):
        yield Problem(record_name, note, kept=True)
    yield article


def read_feed(name: str, text: str) -> Iterator[Article | Problem]:
    """RSS/Atom entries with embedded content (content:encoded, <content>, or the summary)."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        reason = "not an RSS/Atom feed" if not feed.get("version") else "feed has no entries"
        yield Problem(name, reason)
        return
    site = normalize_outlet(feed.feed.get("title"))
    for i, entry in enumerate(feed.entries, start=1):
        record_name = f"{name}:{i}"
        body = ""
        for content in entry.get("content") or []:
            if len(content.get("value", "")) > len(body):
                body = content["value"]
        body = body or entry.get("summary", "")
        if looks_like_html(body):
            body = html_fragment_to_text(body)
        if not body.strip():
            yield Problem(record_name, "feed entry has no content")
            continue
        record = {
            "id": entry.get("id") or None,
            "url": entry.get("link"),
            "title": entry.get("title"),
            "text": body,
            "published": entry.get("published") or entry.get("updated"),
            "outlet": (entry.get("source") or {}).get("title") or site,
            "author": entry.get("author"),
            "lang": entry.get("language") or feed.feed.get("language"),
        }
        yield from read_record(record, record_name)  # no entry id: file name and a hash of the text
