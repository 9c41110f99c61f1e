"""`newsweave demo`: the whole dossier pipeline on the bundled, invented sample event."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from newsweave.cli.common import EXIT_SKIPPED, report, user_errors
from newsweave.cli.dossier_cmd import build, load_event
from newsweave.model import Dossier
from newsweave.render import write_all


def counts(d: Dossier) -> list[tuple[str, int]]:
    """What a first-time user wants to see the tool found."""
    return [
        ("articles", len(d.articles)),
        ("facts", len(d.facts)),
        ("corroborated facts", sum(1 for f in d.facts if f.status == "corroborated")),
        ("quotes", len(d.quotes)),
        ("divergent quotes", sum(1 for q in d.quotes if q.divergent)),
        ("divergences", len(d.divergences)),
    ]


@click.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("newsweave-demo"),
    show_default=True,
    help="Folder for dossier.html, dossier.md and dossier.json.",
)
@user_errors
def demo(out: Path) -> None:
    """Run newsweave on the bundled sample: seven invented reports of one event."""
    from newsweave.cli import inspect_cmd
    from newsweave.data import sample_dir

    src = sample_dir()
    click.echo(f"Sample: {src} (an invented event, see SAMPLE.md there)\n")
    articles, problems = load_event([src])
    skipped = report(problems)
    inspect_cmd.print_table(articles)
    d = build(articles)
    paths = write_all(d, out, article_texts={a.id: a.text for a in articles})
    click.echo(f"\nDossier of “{d.event.title}”")
    click.echo("  " + ", ".join(f"{n} {label}" for label, n in counts(d)))
    for fmt, path in paths.items():
        click.echo(f"  {fmt:<5} {path}")
    click.echo(f"Open {paths['html']} in a browser to read it.")
    if skipped:
        sys.exit(EXIT_SKIPPED)
