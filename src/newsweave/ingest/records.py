"""JSON records to Articles: the usual field names of scrapers, APIs and CMS exports."""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath
from typing import Any

from newsweave.errors import InputError
from newsweave.ingest.dates import date_problem, parse_date
from newsweave.ingest.normalize import html_fragment_to_text, looks_like_html
from newsweave.model import Article

# field -> names it goes by, in order of preference
# fmt: off
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "article_id", "uid", "uuid", "guid", "key"),
    "url": ("url", "link", "href", "source_url", "canonical_url", "permalink"),
    "title": ("title", "headline", "heading"),
    "text": ("text", "content", "body", "article", "maintext", "full_text", "fulltext", "article_text", "description", "summary"),
    "published": ("published", "date", "published_at", "publishedAt", "publish_date", "pubdate", "date_published", "datetime", "created_at", "time", "timestamp"),
    "outlet": ("outlet", "source", "domain", "site", "sitename", "site_name", "publisher", "source_name", "media", "newspaper"),
    "lang": ("lang", "language", "locale"),
    "author": ("author", "authors", "byline", "creator"),
}
# fmt: on
_ID_UNSAFE = re.compile(r"[^\w.-]+")
# C0/C1 controls other than tab and newlines: no text holds them on purpose, and the XML
# tree the HTML fragments go through refuses them
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# a lone UTF-16 surrogate ("\ud800" escaped in JSON) is no character: nothing can encode it
_SURROGATE = re.compile("[\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """`text` without control characters, a lone surrogate replaced by U+FFFD (as a
    byte that does not decode is)."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def content_id(stem: str, text: str) -> str:
    """An id for a record that has none: its file's stem and a hash of its text, so the same
    record gets the same id on every run, wherever it sits in the file."""
    digest = hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:10]
    return f"{stem}-{digest}"


def conflict_id(article_id: str, text: str) -> str:
    """The id a different text stored under an existing id gets: the id and a hash of the text."""
    return content_id(article_id, text)


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: Any) -> str | None:
    """A field as text: strings as they are, lists joined, {"name": ...} objects by name."""
    if value is None:
        return None
    if isinstance(value, str):
        return strip_controls(value).strip() or None
    if isinstance(value, dict):
        return _as_text(
            value.get("name") or value.get("title") or value.get("value") or value.get("text")
        )
    if isinstance(value, (list, tuple)):
        parts = [_as_text(v) for v in value]
        return ", ".join(p for p in parts if p) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def id_from_name(name: str) -> str:
    """The id rule for records without one: the file name without its extension.

    "dir/000_9d00a7a7ed5803ca.txt" -> "000_9d00a7a7ed5803ca"; a record of a
    multi-record file ("feed.jsonl:3") gets the line: "feed-3".
    """
    base, _, line = name.rpartition(":") if re.search(r":\d+$", name) else (name, "", "")
    stem = PurePath(base.split("?")[0].rstrip("/")).name or base
    for suffix in (
        ".gz",
        ".jsonl",
        ".ndjson",
        ".json",
        ".txt",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".xhtml",
        ".xml",
        ".rss",
        ".atom",
    ):
        if stem.lower().endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            break
    else:
        stem = PurePath(stem).stem or stem
    stem = _ID_UNSAFE.sub("_", stem).strip("_") or "article"
    return f"{stem}-{line}" if line else stem


def record_id(record_name: str, text: str) -> str:
    """The id of a record without one: the file name for a whole file, and for a record of a
    multi-record file ("feed.jsonl:3") the file name and a hash of its text, not its position
    (two posts without ids must not both become "record-1")."""
    if re.search(r":\d+$", record_name):
        return content_id(id_from_name(record_name.rpartition(":")[0]), text)
    return id_from_name(record_name)


def unread_date(record: dict[str, Any]) -> str | None:
    """Why the record's date field holds something yet gives no date (text no date reader
    understands, an object), or None. Such an article is kept, dated by its text if at all:
    a warning, where a date out of range (`date_problem`) refuses the record."""
    value = _first(record, FIELDS["published"])
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dict) or (parse_date(value) is None and not date_problem(value)):
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        return f"date {shown} not understood; the article is kept without it"
    return None


def raw_article(record: dict[str, Any], record_name: str) -> Article:
    """Map a record's fields onto an uncleaned Article; raise InputError when it has no text."""
    if not isinstance(record, dict):
        raise InputError(record_name, f"expected a JSON object, got {type(record).__name__}")
    given = _first(record, FIELDS["id"])
    if isinstance(given, (list, tuple, dict, bool)):  # not coerced: "['a', 'b']" is no id
        raise InputError(
            record_name, f"id must be a string or a number, got {type(given).__name__}"
        )
    text = _as_text(_first(record, FIELDS["text"]))
    if not text:
        raise InputError(record_name, "no text (expected a 'text', 'content' or 'body' field)")
    if looks_like_html(text):
        text = html_fragment_to_text(text)
    raw_id = _as_text(given)
    outlet = _first(record, FIELDS["outlet"])
    published = _first(record, FIELDS["published"])
    lang = _as_text(_first(record, FIELDS["lang"]))
    if not isinstance(published, dict) and date_problem(published):
        raise InputError(record_name, str(date_problem(published)))  # not a silent null
    return Article(
        id=raw_id if raw_id else record_id(record_name, text),
        text=text,
        title=_as_text(_first(record, FIELDS["title"])),
        outlet=_as_text(outlet),
        published=parse_date(published) if not isinstance(published, dict) else None,
        author=_as_text(_first(record, FIELDS["author"])),
        lang=lang.lower().replace("_", "-").split("-")[0] if lang else None,
        url=_as_text(_first(record, FIELDS["url"])),
        source=record_name,
    )
