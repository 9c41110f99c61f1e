"""newsweave.ingest: articles in (files, folders, JSON/JSONL, feeds, URLs), clean annotated articles out.

    read(paths) -> Iterator[Article | Problem]     streaming; one Problem per bad input, the rest goes on
    load(paths) -> list[Article]                   problems skipped
    load_report(paths) -> (articles, problems)
    parse_record(record, record_name) -> Article   one JSON dict, cleaned and annotated
    clean(article) -> Article                      the cleaning rules alone
    article_record(article) -> dict                the JSON form `inspect` prints

Returned articles are cleaned and annotated by the text stage (lang,
paragraph_langs, sentences). Ids: the record's `id`, else the file name
without its extension.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsweave.errors import InputError, Problem
from newsweave.ingest.clean import clean
from newsweave.ingest.dates import resolve_year
from newsweave.ingest.export import article_record
from newsweave.ingest.fetch import DEFAULT_TIMEOUT
from newsweave.ingest.records import raw_article
from newsweave.ingest.sources import DEFAULT_MAX_BYTES, iter_raw
from newsweave.model import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "article_record",
    "clean",
    "load",
    "load_report",
    "parse_record",
    "process",
    "read",
    "resolve_partial_dates",
]


def process(article: Article) -> Article:
    """Clean, then annotate; raise InputError when nothing is left of the body."""
    from newsweave.text import annotate

    cleaned = clean(article)
    if not cleaned.text.strip():
        raise InputError(
            article.source or article.id, "empty article (nothing left after cleaning)"
        )
    return annotate(cleaned)


def parse_record(record: dict[str, Any], record_name: str) -> Article:
    """One JSON record (id/url/title/text|content|body/published|date/outlet|source|domain/lang) to a
    cleaned, annotated Article. Raises InputError (with `record_name`) for records without usable text.
    Calling `clean` or `annotate` on the result again is a no-op."""
    return process(raw_article(record, record_name))


def read(
    paths: Iterable[str | Path], *, max_bytes: int | None = None, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[Article | Problem]:
    """Stream cleaned, annotated Articles (and Problems) from paths, folders and URLs, in order.

    `max_bytes` caps each file or download (default 20 MB, or NEWSWEAVE_MAX_BYTES).
    Dates without a year stay in `provenance.partial_date`; `load_report` resolves them.
    """
    for item in iter_raw(paths, max_bytes=max_bytes, timeout=timeout):
        if isinstance(item, Problem):
            yield item
            continue
        try:
            yield process(item)
        except InputError as exc:
            yield Problem(exc.record, exc.reason)
        except Exception as exc:  # untrusted text must not sink the batch; the line names the bug
            yield Problem(
                item.source or item.id,
                f"internal error while cleaning ({type(exc).__name__}: {exc})",
            )


def load_report(
    paths: Iterable[str | Path], *, max_bytes: int | None = None, timeout: float = DEFAULT_TIMEOUT
) -> tuple[list[Article], list[Problem]]:
    """All articles and all problems of `paths` (see `read`), partial dates resolved in the batch."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in read(paths, max_bytes=max_bytes, timeout=timeout):
        (problems if isinstance(item, Problem) else articles).append(item)  # type: ignore[arg-type]
    return resolve_partial_dates(articles), problems


def load(paths: Iterable[str | Path], **options: Any) -> list[Article]:
    """The articles of `paths`; inputs that cannot be read are skipped (use `load_report` to see them)."""
    return load_report(paths, **options)[0]


def resolve_partial_dates(
    articles: list[Article], references: Iterable[str] | None = None
) -> list[Article]:
    """Give year-less dateline dates ("December 20") the year nearest the batch's other dates.

    A report that prints "Beijing, December 20" sits beside reports dated
    2022-12-20; the rule takes the year that puts it closest to them (within
    60 days) and says so in the signals. No dated neighbour, no date.
    `references` replaces the articles' own dates (a chunked run passes the
    dates of the whole input).
    """
    if references is None:
        references = [a.published for a in articles if a.published]
    references = list(references)
    if not references:
        return articles
    out = []
    for article in articles:
        partial = article.provenance.partial_date
        if article.published or not partial:
            out.append(article)
            continue
        resolved = resolve_year(partial, references)
        if not resolved:
            out.append(article)
            continue
        signal = f"year of the dateline date {partial} taken from the other reports in the batch: {resolved}"
        provenance = dataclasses.replace(
            article.provenance, partial_date=None, signals=[*article.provenance.signals, signal]
        )
        out.append(dataclasses.replace(article, published=resolved, provenance=provenance))
    return out
