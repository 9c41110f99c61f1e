"""A fetched feed body to entries: RSS/Atom through feedparser, JSON Feed (which feedparser
6.0 does not read) as plain JSON, and news sitemaps (links only, so every entry is fetched).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import feedparser
from lxml import etree

from newsweave.ingest.outlets import normalize_outlet

# untrusted XML: no entities, no network, no huge trees
_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@dataclass
class Entry:
    key: str  # the entry's id (guid), else its link: what makes it "the same item" next poll
    link: str | None
    title: str | None = None
    content: str = ""  # HTML or text; empty: fetch `link` and extract
    published: str | None = None
    author: str | None = None
    outlet: str | None = None
    lang: str | None = None


@dataclass
class Parsed:
    kind: str  # "rss", "atom", "json", "sitemap"
    title: str | None
    entries: list[Entry]
    ttl_minutes: int | None = None
    skip_hours: set[int] = field(default_factory=set)


class NotAFeed(ValueError):
    pass


def parse(body: bytes, content_type: str = "") -> Parsed:
    head = body.lstrip()[:1]
    if head in (b"{", b"[") or "json" in content_type:
        return _json_feed(body)
    if b"<urlset" in body[:2000]:
        return _sitemap(body)
    return _feed(body)


def _feed(body: bytes) -> Parsed:
    parsed = feedparser.parse(body)
    if not parsed.get("version") and not parsed.entries:
        raise NotAFeed("not an RSS/Atom feed, JSON Feed or sitemap")
    site = normalize_outlet(parsed.feed.get("title"))
    lang = parsed.feed.get("language")
    entries = []
    for e in parsed.entries:
        content = ""
        for c in e.get("content") or []:
            if len(c.get("value", "")) > len(content):
                content = c["value"]
        link = e.get("link")
        key = e.get("id") or link
        if not key:
            continue
        entries.append(
            Entry(
                key=key,
                link=link,
                title=e.get("title"),
                content=content,
                published=e.get("published") or e.get("updated"),
                author=e.get("author"),
                outlet=(e.get("source") or {}).get("title") or site,
                lang=e.get("language") or lang,
            )
        )
        # a summary is only a teaser when there is a page to read; else it is the article
        if not content and not link:
            entries[-1].content = e.get("summary", "")
    ttl = parsed.feed.get("ttl", "")
    return Parsed(
        "atom" if str(parsed.get("version", "")).startswith("atom") else "rss",
        parsed.feed.get("title"),
        entries,
        int(ttl) if str(ttl).strip().isdigit() else None,
        _skip_hours(body),
    )


def _skip_hours(body: bytes) -> set[int]:
    """RSS <skipHours>: feedparser keeps only the last <hour>, so read them from the tree."""
    if b"skipHours" not in body:
        return set()
    try:
        root = etree.fromstring(body, _XML)
    except etree.XMLSyntaxError:
        return set()
    hours = {h.text.strip() for h in root.iterfind(".//skipHours/hour") if h.text}
    return {int(h) for h in hours if h.isdigit() and int(h) < 24}


def _json_feed(body: bytes) -> Parsed:
    try:
        doc = json.loads(body)
    except ValueError as exc:
        raise NotAFeed(f"not a JSON Feed ({exc})") from None
    if not isinstance(doc, dict) or "jsonfeed.org" not in str(doc.get("version", "")):
        raise NotAFeed("JSON without a JSON Feed version")
    site = normalize_outlet(doc.get("title"))
    entries = []
    for item in doc.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        key = str(item.get("id") or link or "")
        if not key:
            continue
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        entries.append(
            Entry(
                key=key,
                link=link,
                title=item.get("title"),
                content=item.get("content_html") or item.get("content_text") or "",
                published=item.get("date_published") or item.get("date_modified"),
                author=(authors[0] or {}).get("name") if authors else None,
                outlet=site,
                lang=item.get("language") or doc.get("language"),
            )
        )
    return Parsed("json", doc.get("title"), entries)


_SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def _sitemap(body: bytes) -> Parsed:
    try:
        root = etree.fromstring(body, _XML)
    except etree.XMLSyntaxError as exc:
        raise NotAFeed(f"not a sitemap ({exc})") from None
    entries = []
    for url in root.iterfind(f"{_SM}url"):
        loc = (url.findtext(f"{_SM}loc") or "").strip()
        if not loc:
            continue
        news = url.find(f"{_NEWS}news")
        title = date = outlet = lang = None
        if news is not None:
            title = news.findtext(f"{_NEWS}title")
            date = news.findtext(f"{_NEWS}publication_date")
            outlet = news.findtext(f"{_NEWS}publication/{_NEWS}name")
            lang = news.findtext(f"{_NEWS}publication/{_NEWS}language")
        entries.append(Entry(loc, loc, title, "", date, None, outlet, lang))
    return Parsed("sitemap", None, entries)
