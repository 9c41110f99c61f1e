"""The watcher loop: poll the feeds that are due, ingest what is new, keep the feed state.

One round: due feeds are polled in parallel (the client keeps each host polite); entries
whose id or URL the store already holds are dropped before any page is fetched; the new
articles go through the normal stream ingest (dedup, clustering, store) in one call; only
then is each feed's state (ETag, Last-Modified, next poll) saved. A watcher killed between
the two re-polls those feeds and the ingest's dedup finds their items stored: nothing is
lost and nothing is stored twice. After the round, the dossiers of the events that grew are
rebuilt (once each; `store.versions` keeps the previous one) and a change record goes to
the `on_change` callbacks (the web app's live page, `--notify`).
"""

from __future__ import annotations

import datetime as dt
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from newsweave.errors import Problem
from newsweave.ingest.fetch import DEFAULT_TIMEOUT
from newsweave.ingest.sources import max_bytes_default
from newsweave.model import Article
from newsweave.store.base import IngestReport
from newsweave.store.feeds import FeedState, load_feeds, save_feed
from newsweave.store.sql import SQLStore, normalise_url
from newsweave.watch.feeds import NotAFeed, parse
from newsweave.watch.http import FetchError, PoliteClient
from newsweave.watch.items import article_id, to_article

Ingest = Callable[[list[Article]], IngestReport]
OnChange = Callable[[dict[str, Any]], None]


@dataclass
class WatchConfig:
    interval: float = 600.0  # seconds between polls of a healthy feed
    max_backoff: float = 6 * 3600.0
    workers: int = 8  # feeds polled at once (each host still gets at most `per_host`)
    per_host: int = 2
    min_delay: float = 1.0  # seconds between two requests to one host
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = field(default_factory=max_bytes_default)  # NEWSWEAVE_MAX_BYTES or 20 MB
    dossiers: bool = True  # rebuild the dossiers of grown events after each round


@dataclass
class FeedResult:
    state: FeedState
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    not_modified: bool = False
    error: str | None = None
    incomplete: bool = False  # pages left for the next poll: keep the old validators
    interrupted: bool = False  # shutdown left items unread: the next run owes them at once


@dataclass
class RoundReport:
    polled: int = 0
    not_modified: int = 0
    failed: int = 0
    added: list[str] = field(default_factory=list)
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # poll, ingest, dossiers


def iso(t: float) -> str:
    return dt.datetime.fromtimestamp(t, dt.UTC).isoformat(timespec="milliseconds")


def stamp_of(value: str | None) -> float:
    return dt.datetime.fromisoformat(value).timestamp() if value else 0.0


def after_skip_hours(t: float, skip: set[int]) -> float:
    """`t`, or the start of the next hour (UTC) the feed does not ask to be skipped."""
    if not skip or len(skip) >= 24:
        return t
    when = dt.datetime.fromtimestamp(t, dt.UTC)
    while when.hour in skip:
        when = (when + dt.timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
    return when.timestamp()


class Watcher:
    def __init__(
        self,
        store: SQLStore,
        urls: list[str],
        ingest: Ingest,
        config: WatchConfig | None = None,
        client: PoliteClient | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.config = config or WatchConfig()
        self.ingest = ingest
        self.clock = clock
        c = self.config
        self.client = client or PoliteClient(c.per_host, c.min_delay, c.timeout, c.max_bytes)
        known = load_feeds(store)
        self.feeds = {u: known.get(u) or FeedState(url=u) for u in urls}
        self.stop = threading.Event()
        self.on_change: list[OnChange] = []
        self.on_problem: list[Callable[[Problem], None]] = []
        self._round = threading.Lock()  # one round at a time

    # -- scheduling -------------------------------------------------------------------------

    def due(self, now: float | None = None) -> list[FeedState]:
        now = self.clock() if now is None else now
        return [s for s in self.feeds.values() if stamp_of(s.next_poll) <= now]

    def next_due(self) -> float:
        return min((stamp_of(s.next_poll) for s in self.feeds.values()), default=self.clock())

    def _backoff(self, state: FeedState, now: float, retry_after: float | None) -> float:
        # exponential with jitter: feeds that fail together do not come back together
        base = min(self.config.max_backoff, self.config.interval * 2 ** min(state.errors, 20))
        delay = base * random.uniform(0.5, 1.0)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.config.max_backoff))
        return now + delay

    # -- one feed ---------------------------------------------------------------------------

    def _poll(self, state: FeedState) -> FeedResult:
        result = FeedResult(state)
        now = self.clock()
        state.last_poll = iso(now)
        state.polls += 1
        try:
            got = self.client.get(state.url, state.etag, state.last_modified)
            state.last_status = got.status
            if got.status == 304:
                result.not_modified = True
                ttl, skip = None, set()
            else:
                state.full += 1
                parsed = parse(got.body, got.content_type)
                state.title = parsed.title or state.title
                ttl, skip = parsed.ttl_minutes, parsed.skip_hours
                self._read_entries(parsed.entries, result)
                if not result.incomplete:  # else the next poll must get the body again
                    state.etag, state.last_modified = got.etag, got.last_modified
        except (FetchError, NotAFeed) as exc:
            status = exc.status if isinstance(exc, FetchError) else None
            wait = exc.retry_after if isinstance(exc, FetchError) else None
            state.errors += 1
            state.last_status = status
            state.last_error = str(exc)
            state.next_poll = iso(self._backoff(state, now, wait))
            result.error = f"{state.url}: {exc}"
            return result
        state.errors = 0
        state.last_error = None
        state.last_success = iso(now)
        wait = max(self.config.interval, (ttl or 0) * 60.0)
        # an interrupted feed is due as soon as the watcher runs again (`--once` included)
        state.next_poll = iso(now if result.interrupted else after_skip_hours(now + wait, skip))
        return result

    def _read_entries(self, entries: list[Any], result: FeedResult) -> None:
        if not entries:
            return
        ids = [article_id(e) for e in entries]
        urls = [normalise_url(e.link) for e in entries if e.link]
        stored_ids, stored_urls, _ = self.store.find_duplicates(ids, urls, [])
        for entry, aid in zip(entries, ids, strict=True):
            if aid in stored_ids or (entry.link and normalise_url(entry.link) in stored_urls):
                continue  # seen in an earlier poll: no page fetch, no work
            if self.stop.is_set() and not entry.content.strip():
                # shutting down: its page is fetched next time
                result.incomplete = result.interrupted = True
                continue
            item = to_article(entry, self.client)
            if isinstance(item, Problem):
                result.problems.append(item)
                # a page that could not be fetched is tried again at the next poll, which
                # therefore must not be a 304
                result.incomplete = result.incomplete or not entry.content.strip()
            else:
                result.articles.append(item)

    # -- one round --------------------------------------------------------------------------

    def poll_once(self, force: bool = False) -> RoundReport:
        """Poll the feeds that are due (all of them with `force`), ingest, save state."""
        with self._round:
            states = list(self.feeds.values()) if force else self.due()
            report = RoundReport(polled=len(states))
            if not states:
                return report
            t0 = time.perf_counter()
            workers = max(1, min(self.config.workers, len(states)))
            with ThreadPoolExecutor(workers, thread_name_prefix="newsweave-poll") as pool:
                results = list(pool.map(self._poll, states))
            articles = [a for r in results for a in r.articles]
            for r in results:
                report.problems.extend(r.problems)
                if r.error:
                    report.failed += 1
                    report.problems.append(Problem(r.state.url, r.state.last_error or "failed"))
                report.not_modified += r.not_modified
            for p in report.problems:
                for callback in self.on_problem:
                    callback(p)
            t1 = time.perf_counter()
            ing = self.ingest(articles) if articles else IngestReport()
            added = set(ing.added)
            report.added = list(ing.added)
            report.duplicates = len(ing.duplicates)
            report.events = list(ing.events_touched)
            for r in results:  # the articles are committed: now the feed state may move on
                r.state.items += sum(a.id in added for a in r.articles)
                save_feed(self.store, r.state)
            t2 = time.perf_counter()
            if self.config.dossiers and report.events:
                report.changes = self.rebuild(report.events)
            report.seconds = {
                "poll": t1 - t0,
                "ingest": t2 - t1,
                "dossiers": time.perf_counter() - t2,
            }
            return report

    def rebuild(self, event_ids: list[str]) -> list[dict[str, Any]]:
        """Rebuild the dossiers of grown events (once each) and announce what changed."""
        from newsweave.dossiers import changes_since

        out = []
        for eid in dict.fromkeys(event_ids):
            if self.stop.is_set() and len(out):
                break  # readers rebuild the rest on demand (single-flight)
            try:
                record = changes_since(self.store, eid, None)
            except Exception as exc:  # a dossier that cannot be built must not stop polling
                for callback in self.on_problem:
                    callback(Problem(eid, f"dossier rebuild failed ({type(exc).__name__}: {exc})"))
                continue
            if record is None:
                continue
            out.append(record)
            for callback in self.on_change:
                callback(record)
        return out

    def run(
        self, once: bool = False, on_round: Callable[[RoundReport], None] | None = None
    ) -> None:
        """Rounds until `stop` is set (SIGINT/SIGTERM in the CLI); `once`: one round."""
        while not self.stop.is_set():
            report = self.poll_once(force=False)
            if on_round is not None:
                on_round(report)
            if once:
                return
            self.stop.wait(max(0.2, min(self.next_due() - self.clock(), self.config.interval)))

    def close(self) -> None:
        self.client.close()
