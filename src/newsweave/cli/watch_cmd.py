"""`newsweave watch`: follow feeds, ingesting new items as they appear."""

from __future__ import annotations

import signal
import sys
import threading
from typing import Any

import click

from newsweave.cli.common import DB_OPTION, EXIT_SKIPPED, input_options, report, user_errors


@click.command()
@click.argument("sources", nargs=-1, required=True)
@DB_OPTION
@click.option(
    "--interval",
    type=click.FloatRange(min=1),
    default=600.0,
    show_default=True,
    help="Seconds between polls of a feed (longer when its ttl asks, on errors, or 429/503).",
)
@click.option("--once", is_flag=True, help="Poll every due source once, then exit (cron, tests).")
@click.option(
    "--notify", metavar="URL", help="POST a JSON change record here when an event changes."
)
@click.option(
    "--dossiers/--no-dossiers",
    default=True,
    show_default=True,
    help="Rebuild grown events' dossiers after each round (keeps their versions).",
)
@click.option("--per-host", type=click.IntRange(min=1), default=2, show_default=True)
@click.option(
    "--min-delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds between two requests to one host.",
)
@input_options
@user_errors
def watch(
    sources: tuple[str, ...],
    db: str,
    interval: float,
    once: bool,
    notify: str | None,
    dossiers: bool,
    per_host: int,
    min_delay: float,
    max_bytes: int | None,
    timeout: float,
) -> None:
    """Follow SOURCE... (RSS/Atom/JSON Feed or news sitemap URLs, OPML files of feeds): new
    items go through the normal ingest; each feed's state is kept in the store, so a restart
    resumes without re-ingesting. Stops cleanly on Ctrl-C or SIGTERM (the current round is
    finished and committed)."""
    from newsweave.ingest.sources import max_bytes_default
    from newsweave.store.sql import open_store
    from newsweave.watch.sources import expand
    from newsweave.watch.watcher import WatchConfig

    urls = expand(list(sources))
    config = WatchConfig(
        interval=interval,
        per_host=per_host,
        min_delay=min_delay,
        timeout=timeout,
        max_bytes=max_bytes or max_bytes_default(),
        dossiers=dossiers,
    )
    store = open_store(db)
    try:
        problems = run_watch(store, urls, config, once=once, notify=notify)
    finally:
        store.close()
    if problems and once:
        sys.exit(EXIT_SKIPPED)


def run_watch(
    store: Any,
    urls: list[str],
    config: Any,
    once: bool = False,
    notify: str | None = None,
    embedder: Any = None,
) -> int:
    """The watch loop with its own ingestor; SIGINT/SIGTERM end it after the current round.
    Returns how many problems were reported."""
    from newsweave.stream import Ingestor
    from newsweave.watch.notify import Notifier
    from newsweave.watch.watcher import RoundReport, Watcher

    problems = 0

    def on_round(r: RoundReport) -> None:
        nonlocal problems
        problems += len(r.problems)
        if r.polled:
            click.echo(
                f"polled {r.polled} feed(s): {r.not_modified} not modified, {r.failed} failed; "
                f"added {len(r.added)} article(s) to {len(r.events)} event(s)"
                + (f"; {r.duplicates} already stored" if r.duplicates else ""),
                err=True,
            )

    with Ingestor(store, embedder) as ing:
        watcher = Watcher(store, urls, lambda arts: ing.add(arts), config)
        watcher.on_problem.append(lambda p: report([p]))
        notifier = Notifier(notify) if notify else None
        if notifier:
            watcher.on_change.append(notifier)
        previous = {}
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                previous[sig] = signal.signal(sig, lambda *_: watcher.stop.set())
        try:
            watcher.run(once=once, on_round=on_round)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            watcher.close()
            if notifier:
                notifier.close()
    return problems
