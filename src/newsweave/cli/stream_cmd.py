"""The stream commands: `ingest` into a store, list `events`, `show` a dossier, `cluster` a file."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import click

from newsweave import dossiers
from newsweave.cli.common import DB_OPTION, EXIT_SKIPPED, input_options, report, user_errors
from newsweave.errors import NewsweaveError, Problem
from newsweave.model import EVENTS_SCHEMA, Article, Event
from newsweave.store.sql import SQLStore, open_store


@click.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@input_options
@user_errors
def ingest(paths: tuple[str, ...], db: str, max_bytes: int | None, timeout: float) -> None:
    """Add articles from PATH... (files, folders, JSONL, URLs) to the store, clustering each
    into an event as it arrives. Rerunning after an interruption adds only what is missing.
    An id already stored with another text is kept under a derived id (reported)."""
    from newsweave import stream
    from newsweave.ingest import read

    problems: list[Problem] = []
    # each problem is reported as it comes: a long ingest shows them early
    articles = stream.articles_only(
        read(paths, max_bytes=max_bytes, timeout=timeout),
        problems,
        on_problem=lambda p: report([p]),
    )
    result = stream.ingest(articles, db)
    for given, stored in result.conflicts:
        click.echo(
            f"id conflict: {given} is stored with another text; stored as {stored}", err=True
        )
    dup = len(result.duplicates)
    skipped = sum(not p.kept for p in problems)
    warned = len(problems) - skipped
    click.echo(
        f"added {len(result.added)} articles to {len(result.events_touched)} events"
        + (f"; {dup} already stored (same URL or text)" if dup else "")
        + (f"; {len(result.conflicts)} under a new id (id taken)" if result.conflicts else "")
        + (f"; {skipped} skipped" if skipped else "")
        + (f"; {warned} read with a warning" if warned else "")
    )
    if dup:
        shown = ", ".join(result.duplicates[:5]) + (" ..." if dup > 5 else "")
        click.echo(f"duplicates: {shown}", err=True)
    if problems:
        sys.exit(EXIT_SKIPPED)


@click.command()
@DB_OPTION
@click.option("--since", metavar="DATE", help="Events still reported on or after DATE.")
@click.option("--until", metavar="DATE", help="Events that began on or before DATE.")
@click.option("--lang", metavar="L", help="Events with articles in language L (ISO code).")
@click.option("--outlet", metavar="HOST", help="Events covered by this outlet.")
@click.option("--query", metavar="TEXT", help="Full-text search over articles and facts.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@user_errors
def events(
    db: str,
    since: str | None,
    until: str | None,
    lang: str | None,
    outlet: str | None,
    query: str | None,
    limit: int,
    offset: int,
    fmt: str,
) -> None:
    """List the stored events, most recent first."""
    from newsweave.store import EventQuery

    store = _open_existing(db)
    try:
        page, total = store.list_events(
            EventQuery(
                since=since,
                until=until,
                lang=lang,
                outlet=outlet,
                query=query,
                limit=limit,
                offset=offset,
            )
        )
    finally:
        store.close()
    if fmt == "json":
        doc = {"schema": EVENTS_SCHEMA, "total": total, "events": [e.to_dict() for e in page]}
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    _print_table(
        page,
        f"{total} events"
        + (f" (showing {offset + 1}-{offset + len(page)})" if total > len(page) else ""),
    )


@click.command()
@click.argument("event")
@DB_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout.",
)
@user_errors
def show(event: str, db: str, fmt: str, output: Path | None) -> None:
    """The dossier of EVENT (an event id, a merged event's old id, or an article id), built
    from the stored articles on first use and cached until the event changes."""
    from newsweave.render import render

    store = _open_existing(db)
    try:
        event_id = store.resolve(event)
        if store.get_event(event_id) is None:
            owner = store.event_of_article(event)
            if owner is None:
                raise NewsweaveError(f"no event or article {event!r} in {db}")
            event_id = owner
        d = dossiers.current(store, event_id)
        if d is None:
            raise NewsweaveError(f"no event {event!r} in {db}")
        texts = {a.id: a.text for a in store.event_articles(event_id)} if fmt == "html" else None
    finally:
        store.close()
    text = render(d, fmt, article_texts=texts)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output} ({fmt})")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="json", show_default=True
)
@input_options
@user_errors
def cluster(paths: tuple[str, ...], fmt: str, max_bytes: int | None, timeout: float) -> None:
    """Group the articles of FILE.jsonl (or any inputs) into events, in one batch.

    Prints {"schema": "newsweave.events/1", "events": [{"id", "title", "date", "articles"}]};
    every article read lands in exactly one event.
    """
    from newsweave.cluster import cluster_articles
    from newsweave.ingest import load_report

    articles, problems = load_report(list(paths), max_bytes=max_bytes, timeout=timeout)
    articles, dup_problems = _unique_ids(articles)
    problems = [*problems, *dup_problems]
    skipped = report(problems)
    evs = cluster_articles(articles) if articles else []
    if fmt == "json":
        doc = {"schema": EVENTS_SCHEMA, "events": [e.to_dict() for e in evs]}
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        _print_table(evs, f"{len(evs)} events from {len(articles)} articles")
    if skipped:
        sys.exit(EXIT_SKIPPED)


def _unique_ids(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """One article per id: a repeat with the same text is dropped, one with another text
    gets a derived id (as `ingest` does); each is reported."""
    from newsweave.ingest.records import conflict_id

    texts: dict[str, str] = {}
    out: list[Article] = []
    problems: list[Problem] = []
    for a in articles:
        if a.id in texts:
            name = a.source or a.id
            if texts[a.id] == a.text:
                problems.append(Problem(name, f"duplicate of {a.id!r} (same id and text)"))
                continue
            new_id = conflict_id(a.id, a.text)
            problems.append(
                Problem(name, f"id {a.id!r} taken by another text; kept as {new_id!r}", kept=True)
            )
            a = dataclasses.replace(a, id=new_id)
        texts[a.id] = a.text
        out.append(a)
    return out, problems


def _open_existing(db: str) -> SQLStore:
    if "://" not in db and not Path(db).exists():
        raise NewsweaveError(f"no store at {db}: run `newsweave ingest PATH... --db {db}` first")
    return open_store(db)


def _print_table(evs: list[Event], caption: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(caption=caption, show_lines=False)
    for name, kw in (
        ("id", {"no_wrap": True}),
        ("title", {"max_width": 60}),
        ("dates", {"no_wrap": True}),
        ("articles", {"justify": "right"}),
        ("sources", {"justify": "right"}),
        ("languages", {}),
        ("outlets", {"max_width": 40}),
    ):
        table.add_column(name, **kw)  # type: ignore[arg-type]
    for e in evs:
        span = e.first_date or e.date or "-"
        if e.last_date and e.last_date != span:
            span = f"{span} - {e.last_date}"
        outlets = ", ".join(e.outlets[:3]) + (
            f" +{len(e.outlets) - 3}" if len(e.outlets) > 3 else ""
        )
        table.add_row(
            e.id,
            e.title,
            span,
            str(len(e.articles)),
            str(e.independent_sources),
            " ".join(e.languages),
            outlets,
        )
    console = Console()
    if not console.is_terminal:  # piped: do not squeeze the table into 80 columns
        console = Console(width=200)
    console.print(table)
