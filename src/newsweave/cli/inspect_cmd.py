"""`newsweave inspect PATH...`: what ingest made of each input (table or JSON)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from newsweave.cli.common import EXIT_SKIPPED, input_options, report, user_errors
from newsweave.errors import Problem
from newsweave.model import Article


@click.command("inspect")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@input_options
@user_errors
def inspect(paths: tuple[str, ...], fmt: str, max_bytes: int | None, timeout: float) -> None:
    """Parse and clean PATHS (files, folders, JSON/JSONL, feeds, http(s) URLs) and show the result."""
    from newsweave.ingest import article_record, read, resolve_partial_dates

    articles: list[Article] = []
    problems: list[Problem] = []
    with _progress() as advance:
        for item in read(paths, max_bytes=max_bytes, timeout=timeout):
            (problems if isinstance(item, Problem) else articles).append(item)  # type: ignore[arg-type]
            advance()
    articles = resolve_partial_dates(articles)
    if fmt == "json":
        click.echo(json.dumps([article_record(a) for a in articles], ensure_ascii=False, indent=2))
    else:
        print_table(articles)
    if report(problems):
        sys.exit(EXIT_SKIPPED)


@contextmanager
def _progress() -> Iterator[Callable[[], None]]:
    """A progress counter on stderr, only for a person watching (stderr is a TTY)."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("ingesting: {task.completed} records"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=None)
        yield lambda: progress.advance(task)


def _flags(article: Article) -> str:
    flags = []
    if article.machine_translated:
        flags.append("MT")
    if article.syndicated:
        flags.append("syndicated")
    if article.wire:
        flags.append(f"wire:{article.wire}")
    if len({lang for lang in article.paragraph_langs if lang}) > 1:
        flags.append("mixed-lang")
    return " ".join(flags)


def _removed(article: Article) -> str:
    counts = Counter(r.reason for r in article.provenance.removed)
    return ", ".join(f"{reason}×{n}" if n > 1 else reason for reason, n in counts.most_common())


def print_table(articles: list[Article]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(articles)} article(s)", show_lines=False)
    for column in ("id", "outlet", "date", "lang", "flags", "sentences", "removed"):
        table.add_column(
            column,
            overflow="fold",
            no_wrap=column in ("id", "date", "lang", "sentences"),
            justify="right" if column == "sentences" else "left",
        )
    for a in articles:
        table.add_row(
            a.id,
            a.outlet or "-",
            a.published or "-",
            a.lang or "-",
            _flags(a),
            str(len(a.sentences)),
            _removed(a),
        )
    # Piped output keeps whole rows; a terminal gets its own width.
    Console(width=None if sys.stdout.isatty() else 200).print(table)
