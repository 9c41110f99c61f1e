"""Turn a web submission (uploaded files, URLs, JSON records) into articles in the store.

Users never name a file-system path: uploads are written into a fresh temporary
folder under a name we make (the original name reduced to a safe slug, because
the ingest rule makes the file name the article id), and URLs are fetched by
`serve.fetch`, which only speaks http(s). The work runs in a job thread and
reports progress through `jobs.Progress`.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from newsweave.errors import NewsweaveError, Problem
from newsweave.model import Article
from newsweave.serve import fetch as fetching
from newsweave.serve.jobs import Progress
from newsweave.store.base import IngestReport, Store

# The optional string fields of a posted JSON record (besides the required `text`).
RECORD_FIELDS = ("id", "url", "title", "published", "outlet", "lang")
UPLOAD_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".xml")
MAX_URLS = 50
MAX_FILES = 100
COPY_CHUNK = 1 << 16


class SubmissionError(Exception):
    """The submission as a whole is unusable (HTTP status and message for the client)."""

    def __init__(self, status: int, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.problems = problems or []


class TooLarge(SubmissionError):
    def __init__(self, limit: int):
        super().__init__(413, f"upload is larger than the limit of {limit} bytes")


class Ingester(Protocol):
    """Adds articles to the store, clustering them into events; `progress(done, total)`."""

    def __call__(
        self, store: Store, articles: list[Article], progress: Callable[[int, int], None]
    ) -> IngestReport: ...


def slug(name: str, fallback: str) -> str:
    """A file-name-safe stem: letters, digits, '-', '_' only, so no separator or '..' survives."""
    s = re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-_")[:80]
    return s or fallback


@dataclass
class Submission:
    """What one request asked to ingest; owns its temporary folder."""

    tmp: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="newsweave-upload-")))
    files: list[tuple[str, Path]] = field(
        default_factory=list
    )  # (name shown to the user, saved path)
    urls: list[str] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)  # JSON records, parsed already
    # URLs, files and records refused before the job starts (and records read with a
    # warning, `kept`): reported by the job
    refused: list[Problem] = field(default_factory=list)
    _stems: set[str] = field(default_factory=set)

    @property
    def sources(self) -> list[str]:
        names = [n for n, _ in self.files] + list(self.urls)
        if self.articles:
            names.append(f"{len(self.articles)} JSON record(s)")
        return names

    @property
    def empty(self) -> bool:
        return not (self.files or self.urls or self.articles or self.refused)

    def _path(self, stem: str, ext: str) -> Path:
        base, n = stem, 2
        while stem.lower() in self._stems:
            stem, n = f"{base}-{n}", n + 1
        self._stems.add(stem.lower())
        return self.tmp / f"{stem}{ext}"

    def add_file(self, name: str, data: BinaryIO, limit: int) -> None:
        """Copy one upload in, refusing unknown extensions and anything over `limit` bytes."""
        if len(self.files) >= MAX_FILES:
            raise SubmissionError(422, f"at most {MAX_FILES} files per submission")
        shown = Path(name.replace("\\", "/")).name or "upload"
        stem, ext = Path(shown).stem, Path(shown).suffix.lower()
        if ext not in UPLOAD_EXTENSIONS:  # a problem of this file; the others go on
            reason = f"unsupported file type; use one of {', '.join(UPLOAD_EXTENSIONS)}"
            self.refused.append(Problem(shown, reason))
            return
        path = self._path(slug(stem, f"upload-{len(self.files) + 1}"), ext)
        size = 0
        with path.open("wb") as out:
            while chunk := data.read(COPY_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise TooLarge(limit)
                out.write(chunk)
        self.files.append((shown, path))

    def add_urls(self, text: str) -> None:
        """One URL per line (blank lines and surrounding space ignored). A URL that is not
        well-formed http(s) becomes a problem of the job; the rest of the submission goes on."""
        lines = [u.strip() for u in text.splitlines() if u.strip()]
        for u in lines:
            try:
                self.urls.append(fetching.check_url(u))
            except fetching.FetchError as exc:
                self.refused.append(Problem(u[:200], str(exc)))
        if len(self.urls) > MAX_URLS:
            raise SubmissionError(422, f"at most {MAX_URLS} URLs per submission")

    def cleanup(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def parse_records(payload: Any) -> tuple[list[Article], list[Problem]]:
    """JSON body -> articles, and the records whose content could not be used.

    A body that breaks the documented shape (not a record or a list of records, a record
    without a non-blank string `text`) fails as a whole (422), so a client never has to work
    out which half of a malformed batch went in. A well-formed record whose content does not
    survive (nothing left after cleaning) is a problem of the job; the others go in."""
    records = payload if isinstance(payload, list) else [payload]
    if not records:
        raise SubmissionError(422, "empty list: send one record or a non-empty list of records")
    shape: list[Problem] = []
    for i, record in enumerate(records, 1):
        if not isinstance(record, dict):
            shape.append(Problem(f"record {i}", "not a JSON object"))
        elif not isinstance(record.get("text"), str) or not record["text"].strip():
            shape.append(Problem(f"record {i}", "'text' must be a non-empty string"))
        else:
            wrong = [k for k in RECORD_FIELDS if record.get(k) is not None]
            wrong = [k for k in wrong if not isinstance(record[k], str)]
            if wrong:  # a list or number id would be silently turned into a string
                shape.append(Problem(f"record {i}", f"{', '.join(wrong)}: must be a string"))
    if shape:
        raise SubmissionError(422, "invalid article record(s)", shape)
    from newsweave.ingest import process
    from newsweave.ingest.readers import read_record

    articles: list[Article] = []
    problems: list[Problem] = []
    for i, record in enumerate(records, 1):
        name = f"record {i}"
        # "record:N" names a record of a multi-record body: without an id it gets a
        # content-derived one (two posts without ids must not both become one article)
        for item in read_record(record, f"record:{i}"):
            if isinstance(item, Problem):  # refused, or read with a warning (`kept`)
                problems.append(Problem(name, item.reason, kept=item.kept))
                continue
            try:
                articles.append(process(item))
            except (NewsweaveError, ValueError, TypeError, KeyError) as exc:
                problems.append(Problem(name, getattr(exc, "reason", None) or str(exc)))
    return articles, problems


def url_stem(url: str) -> str:
    """An article id for a fetched page: the whole URL as the CLI names it (`sources.url_id`),
    so two pages that both end in "/index.html" never share one; long ones end in a hash."""
    from newsweave.ingest.sources import url_id

    whole = url_id(url)
    if len(whole) > 80:
        whole = whole[:69] + "-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
    return whole.lstrip(".") or "page"  # url_id keeps only [\w.-]: no separator survives


def _read(path: Path, shown: str, max_bytes: int) -> Iterable[Article | Problem]:
    """Articles and problems of one saved file, named as the user knows it (never our temp path)."""
    from newsweave.ingest import read

    for item in read([str(path)], max_bytes=max_bytes):
        if isinstance(item, Problem):
            yield _shown(item, path, shown)
        else:
            item.source = shown
            yield item


def _shown(problem: Problem, path: Path, name: str) -> Problem:
    """Report a problem under the name the user knows, never our temporary path."""
    record = problem.record.replace(str(path), name).replace(str(path.parent) + "/", "")
    return Problem(record, problem.reason, kept=problem.kept)


def run(
    sub: Submission,
    store: Store,
    ingest: Ingester,
    max_bytes: int,
    client: Any = None,
) -> Callable[[Progress], None]:
    """The job body: read every source, then hand the articles to the store's ingest."""

    def work(p: Progress) -> None:
        try:
            articles = list(sub.articles)
            steps = len(sub.files) + len(sub.urls)
            p.phase("reading", steps)
            for problem in sub.refused:
                p.problem(problem)
            done = 0
            for name, path in sub.files:
                for item in _read(path, name, max_bytes):
                    if isinstance(item, Problem):
                        p.problem(item)
                    else:
                        articles.append(item)
                done += 1
                p.advance(done)
            for url in sub.urls:
                articles.extend(_fetch_one(sub, url, p, max_bytes, client))
                done += 1
                p.advance(done)
            p.phase("ingesting", len(articles))
            if not articles:
                return
            report = ingest(store, articles, lambda d, t: p.advance(d, t))
            events = {a: e for a in report.added if (e := store.event_of_article(a))}
            p.update(
                done=len(articles),
                added=list(report.added),
                duplicates=list(report.duplicates),
                events_touched=list(report.events_touched),
                article_events=events,
            )
        finally:
            sub.cleanup()

    return work


def _fetch_one(
    sub: Submission, url: str, p: Progress, max_bytes: int, client: Any
) -> list[Article]:
    try:
        page = fetching.fetch(url, max_bytes, client=client)
    except fetching.FetchError as exc:
        p.problem(Problem(url, str(exc)))
        return []
    except Exception as exc:  # one URL must not sink the job and the files posted with it
        p.problem(Problem(url, f"internal error while fetching ({type(exc).__name__}: {exc})"))
        return []
    path = sub._path(url_stem(page.url), page.extension)
    path.write_bytes(page.content)
    out: list[Article] = []
    for item in _read(path, url, max_bytes):
        if isinstance(item, Problem):
            p.problem(item)
        else:
            item.url = item.url or url  # the reader saw a local file; keep where it came from
            out.append(item)
    return out
