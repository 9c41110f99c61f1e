"""Inputs to raw Articles: paths (files, folders, recursively), URLs; one Problem per bad input."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from newsweave import settings
from newsweave.errors import InputError, Problem
from newsweave.ingest import readers
from newsweave.ingest.decode import decode_noted, sniff_binary
from newsweave.ingest.fetch import DEFAULT_TIMEOUT, MAX_BYTES_HINT, fetch
from newsweave.ingest.records import id_from_name
from newsweave.model import Article

DEFAULT_MAX_BYTES: int = settings.SETTINGS["max_bytes"].default
TEXT_EXT = {".txt", ".text", ""}
MARKDOWN_EXT = {".md", ".markdown"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSON_EXT = {".json"}
JSONL_EXT = {".jsonl", ".ndjson"}
FEED_EXT = {".rss", ".atom", ".xml"}
KNOWN_EXT = TEXT_EXT | MARKDOWN_EXT | HTML_EXT | JSON_EXT | JSONL_EXT | FEED_EXT


def max_bytes_default() -> int:
    """The size cap: NEWSWEAVE_MAX_BYTES if set, else 20 MB."""
    return settings.get("max_bytes")


def is_url(value: str) -> bool:
    try:
        return urlsplit(value).scheme in ("http", "https")
    except ValueError:  # "http://[1::2::3]/": a URL, and a broken one (fetch says so)
        return value.lower().startswith(("http://", "https://"))


def iter_raw(
    inputs: Iterable[str | Path], max_bytes: int | None = None, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[Article | Problem]:
    """Uncleaned Articles and Problems, input by input, in order (folders sorted)."""
    cap = max_bytes or max_bytes_default()
    for item in inputs:
        if isinstance(item, str) and is_url(item):
            yield from _from_url(item, cap, timeout)
            continue
        path = Path(item)
        if not path.exists():
            yield Problem(str(item), "no such file or directory")
        elif path.is_dir():
            files, unreadable = walk(path)
            yield from unreadable
            if not files and not unreadable:
                yield Problem(str(path), "folder holds no files")
            for file in files:
                yield from _from_file(file, cap)
        else:
            yield from _from_file(path, cap)


def walk(folder: Path) -> tuple[list[Path], list[Problem]]:
    """Files under `folder`, sorted, hidden files and folders skipped; a folder that cannot
    be listed is a Problem (skipping it silently would lose its files without a word)."""
    found: list[Path] = []
    unreadable: list[Problem] = []

    def fail(exc: OSError) -> None:
        unreadable.append(
            Problem(str(exc.filename or folder), f"cannot read the folder ({exc.strerror or exc})")
        )

    for root, dirs, files in os.walk(folder, onerror=fail):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
        found.extend(Path(root) / f for f in sorted(files) if not f.startswith("."))
    return found, unreadable


def _from_file(path: Path, cap: int) -> Iterator[Article | Problem]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > cap:
            yield Problem(name, f"too large ({size:,} bytes; limit {cap:,}, {MAX_BYTES_HINT})")
            return
        if size == 0:
            yield Problem(name, "empty file")
            return
        with path.open("rb") as handle:
            data = handle.read(cap + 1)
    except OSError as exc:
        yield Problem(name, f"cannot read ({exc.strerror or exc})")
        return
    yield from _dispatch(name, data, path.suffix.lower(), None, None)


def _from_url(url: str, cap: int, timeout: float) -> Iterator[Article | Problem]:
    try:
        got = fetch(url, cap, timeout)
    except InputError as exc:
        yield Problem(exc.record, exc.reason)
        return
    path = urlsplit(got.url).path
    suffix = Path(path).suffix.lower()
    for item in _dispatch(url, got.data, suffix, got.content_type, got.url):
        if isinstance(item, Article) and item.id == id_from_name(url):
            item.id = url_id(got.url)
        yield item


def url_id(url: str) -> str:
    """The whole URL without its scheme, extension and fragment: two pages that both end in
    "/index.html" must not share an id."""
    parts = urlsplit(url)
    path = parts.path
    suffix = Path(path).suffix
    if suffix and suffix.lower() in KNOWN_EXT and path.endswith(suffix):
        path = path[: -len(suffix)]
    whole = f"{parts.netloc}{path}" + (f"?{parts.query}" if parts.query else "")
    return re.sub(r"[^\w.-]+", "_", whole).strip("_") or "url"


def _dispatch(
    name: str, data: bytes, suffix: str, content_type: str | None, url: str | None
) -> Iterator[Article | Problem]:
    try:
        text, note = decode_noted(data, name, content_type)
    except InputError as exc:
        yield Problem(exc.record, exc.reason)
        return
    if note:
        yield Problem(name, note, kept=True)
    if not text.strip():
        yield Problem(name, "empty file")
        return
    kind = _kind(suffix, content_type, text)
    if kind is None:
        binary = sniff_binary(data)
        yield Problem(
            name, f"unsupported file type {suffix or '(none)'}" + (f" ({binary})" if binary else "")
        )
        return
    try:
        if kind == "json":
            yield from readers.read_json(name, text)
        elif kind == "jsonl":
            yield from readers.read_jsonl(name, text)
        elif kind == "feed":
            yield from readers.read_feed(name, text)
        elif kind == "html":
            yield readers.read_html(name, text, url=url)
        else:
            yield readers.read_text(name, text, markdown=(kind == "markdown"))
    except InputError as exc:
        yield Problem(exc.record, exc.reason)
    except Exception as exc:  # a parser's bug on hostile input: a message, and the next input
        yield Problem(name, f"cannot parse ({type(exc).__name__}: {exc})")


def _kind(suffix: str, content_type: str | None, text: str) -> str | None:
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype:
        if "html" in ctype:
            return "html"
        if ctype in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines"):
            return "jsonl"
        if "json" in ctype:
            return "json"
        if "rss" in ctype or "atom" in ctype or ctype in ("application/xml", "text/xml"):
            return "feed"
        if ctype == "text/markdown":
            return "markdown"
    if suffix in HTML_EXT:
        return "html"
    if suffix in JSON_EXT:
        return "json"
    if suffix in JSONL_EXT:
        return "jsonl"
    if suffix in FEED_EXT:
        return "feed"
    if suffix in MARKDOWN_EXT:
        return "markdown"
    head = text.lstrip()[:500].lower()
    if suffix in TEXT_EXT or ctype.startswith("text/"):
        # Extension-less files and text/plain responses can still be HTML or a feed.
        if suffix == "" or ctype:
            if head.startswith(("<!doctype html", "<html")):
                return "html"
            if head.startswith("<?xml") and ("<rss" in head or "<feed" in head):
                return "feed"
            if head.startswith(("{", "[")) and suffix == "":
                return "jsonl" if "\n{" in text.strip()[:100000] else "json"
        return "text"
    return None
