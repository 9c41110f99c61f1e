"""Feed entries to cleaned, annotated articles. An entry with its content in the feed is read
from the feed; one with only a link is fetched (robots.txt, deadline and size cap from the
polite client) and its page extracted by the HTML reader (trafilatura)."""

from __future__ import annotations

from newsweave.errors import InputError, Problem
from newsweave.ingest import process
from newsweave.ingest.dates import parse_date
from newsweave.ingest.decode import decode_bytes
from newsweave.ingest.normalize import html_fragment_to_text, looks_like_html
from newsweave.ingest.readers import read_html
from newsweave.ingest.records import raw_article
from newsweave.model import Article
from newsweave.watch.feeds import Entry
from newsweave.watch.http import FetchError, PoliteClient

MAX_ID = 200  # the store's article id column


def article_id(entry: Entry) -> str:
    return (
        entry.key if len(entry.key) <= MAX_ID else entry.key[: MAX_ID - 9] + "~" + _short(entry.key)
    )


def _short(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def to_article(entry: Entry, client: PoliteClient) -> Article | Problem:
    name = entry.link or entry.key
    try:
        if entry.content.strip():
            body = entry.content
            if looks_like_html(body):
                body = html_fragment_to_text(body)
            art = raw_article(
                {
                    "id": article_id(entry),
                    "url": entry.link,
                    "title": entry.title,
                    "text": body,
                    "published": entry.published,
                    "outlet": entry.outlet,
                    "author": entry.author,
                    "lang": entry.lang,
                },
                name,
            )
        else:
            art = _fetched(entry, client)
        return process(art)
    except InputError as exc:
        return Problem(exc.record, exc.reason)
    except FetchError as exc:
        return Problem(name, exc.reason)
    except Exception as exc:  # untrusted page: one bad item must not stop the watcher
        return Problem(name, f"internal error while reading ({type(exc).__name__}: {exc})")


def _fetched(entry: Entry, client: PoliteClient) -> Article:
    url = entry.link
    if not url:
        raise InputError(entry.key, "feed entry has neither content nor a link")
    if not client.allowed(url):
        raise InputError(url, "robots.txt does not allow fetching this page")
    got = client.get(url)
    art = read_html(url, decode_bytes(got.body, url, got.content_type), url=got.url)
    art.id = article_id(entry)
    art.url = url
    # what the feed says about the item wins over what extraction guessed
    art.title = entry.title or art.title
    art.outlet = entry.outlet or art.outlet
    art.published = (parse_date(entry.published) if entry.published else None) or art.published
    art.lang = art.lang or entry.lang
    return art
