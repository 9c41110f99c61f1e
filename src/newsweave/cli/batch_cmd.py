"""`newsweave batch INPUT... --out DIR [--engine local|ray]`: the whole pipeline, offline.

Reads and cleans every input, clusters the articles into events and builds one dossier per
event; writes Parquet tables, events.json and dossiers/ under DIR (see newsweave.engine).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from newsweave.cli.common import EXIT_SKIPPED, report, user_errors
from newsweave.engine.stages import WINDOW_DAYS
from newsweave.model import MAX_SUMMARY


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    "-o",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Output folder (created; earlier batch output in it is replaced).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: in this process. ray: Ray Data stages (pip install 'newsweave[ray]').",
)
@click.option(
    "--address",
    default=None,
    help="Ray cluster to join (e.g. 'auto' on a cluster node, or ray://HOST:10001); "
    "default: $RAY_ADDRESS, else a private local cluster.",
)
@click.option("--num-cpus", type=click.IntRange(min=1), help="CPUs of a local Ray cluster.")
@click.option(
    "--embed-workers",
    type=click.IntRange(min=1),
    help="Embedding actors (Ray; default: per GPU, else CPUs/2).",
)
@click.option(
    "--window-days",
    type=click.IntRange(min=1),
    default=WINDOW_DAYS,
    show_default=True,
    help="Width of the time windows clustered in parallel.",
)
@click.option(
    "--max-summary",
    type=click.IntRange(min=0),
    default=MAX_SUMMARY,
    show_default=True,
    help="Most summary sentences per dossier.",
)
@click.option("--no-dossiers", is_flag=True, help="Cluster only: no dossiers, no facts table.")
@click.option("--timings", is_flag=True, help="Print seconds per stage on stderr.")
@user_errors
def batch(
    inputs: tuple[str, ...],
    out: Path,
    engine: str,
    address: str | None,
    num_cpus: int | None,
    embed_workers: int | None,
    window_days: int,
    max_summary: int,
    no_dossiers: bool,
    timings: bool,
) -> None:
    """Cluster INPUT... (files, folders, JSONL streams, URLs) into events and build their dossiers."""
    from newsweave.engine import BatchOptions, run_batch

    opts = BatchOptions(
        window_days=window_days,
        max_summary=max_summary,
        dossiers=not no_dossiers,
        address=address,
        num_cpus=num_cpus,
        embed_workers=embed_workers,
    )
    start = time.perf_counter()
    result = run_batch(list(inputs), out, engine=engine, options=opts)
    elapsed = time.perf_counter() - start
    skipped = report(result.problems)
    click.echo(
        f"{result.articles} articles, {len(result.events)} events, {result.dossiers} dossiers "
        f"-> {out} ({engine}, {elapsed:.1f} s)",
        err=True,
    )
    if timings:
        for stage, seconds in result.timings.items():
            click.echo(f"  {stage}: {seconds:.1f} s", err=True)
    if skipped:
        sys.exit(EXIT_SKIPPED)
