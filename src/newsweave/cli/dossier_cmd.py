"""`newsweave dossier PATH...`: treat every input as one event and render its dossier."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from newsweave.cli.common import EXIT_SKIPPED, input_options, report, user_errors
from newsweave.errors import NewsweaveError, Problem
from newsweave.model import MAX_SUMMARY, Article, Dossier
from newsweave.render import FORMATS, format_for, render


class NoArticles(NewsweaveError):
    """Nothing readable among the inputs; carries the skipped records so they can be reported."""

    def __init__(self, paths: Sequence[str | Path], problems: Sequence[Problem]):
        names = [str(p) for p in paths]
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        super().__init__(f"no articles could be read from {shown}")
        self.problems = list(problems)


def load_event(paths: Sequence[str | Path], **options: Any) -> tuple[list[Article], list[Problem]]:
    """Read every input as the articles of one event; problems are returned, not printed.
    `options`: `max_bytes`, `timeout` (see `ingest.read`)."""
    from newsweave.ingest import load_report

    articles, problems = load_report([str(p) for p in paths], **options)
    if not articles:
        raise NoArticles(paths, problems)
    return list(articles), list(problems)


def build(articles: list[Article], *, max_summary: int = MAX_SUMMARY) -> Dossier:
    # imported here: the pipeline pulls in the NLP models, which `--help` should not load
    from newsweave.dossier import build_dossier
    from newsweave.text.nlp import preload

    # spaCy loads (for the languages present only) while the sentences are embedded
    preload(a.lang for a in articles)
    return build_dossier(articles, max_summary=max_summary)


def summary_line(d: Dossier) -> str:
    """ "12 facts, 3 quotes (1 divergent), 2 divergences" - for the user after a write."""
    divergent = sum(1 for q in d.quotes if q.divergent)
    return (
        f"{len(d.articles)} articles, {len(d.facts)} facts, {len(d.quotes)} quotes "
        f"({divergent} divergent), {len(d.divergences)} divergences"
    )


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (default: from the -o file name, else md).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout.",
)
@click.option(
    "--max-summary",
    type=click.IntRange(min=0),
    default=MAX_SUMMARY,
    show_default=True,
    help="Most summary sentences.",
)
@input_options
@user_errors
def dossier(
    paths: tuple[str, ...],
    fmt: str | None,
    output: Path | None,
    max_summary: int,
    max_bytes: int | None,
    timeout: float,
) -> None:
    """Build the cross-checked dossier of one event from PATH... (files, folders, JSONL, URLs)."""
    try:
        articles, problems = load_event(paths, max_bytes=max_bytes, timeout=timeout)
    except NoArticles as exc:
        report(exc.problems)
        raise
    skipped = report(problems)
    d = build(articles, max_summary=max_summary)
    fmt = fmt or (format_for(output) if output else None) or "md"
    texts = {a.id: a.text for a in articles} if fmt == "html" else None
    text = render(d, fmt, article_texts=texts)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output} ({fmt}): {summary_line(d)}")
    if skipped:
        sys.exit(EXIT_SKIPPED)
