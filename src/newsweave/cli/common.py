"""Helpers shared by the CLI commands."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from newsweave.errors import NewsweaveError, Problem
from newsweave.ingest.fetch import DEFAULT_TIMEOUT

EXIT_SKIPPED = 1  # some records were skipped (or read with a warning); the rest was processed


def input_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--max-bytes and --timeout, the same on every command that reads input."""
    fn = click.option(
        "--timeout",
        type=click.FloatRange(min=0.1),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        help="Seconds per URL, all of it (connecting, headers, body).",
    )(fn)
    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=None,
        help="Size cap per file or URL (default 20 MB, or NEWSWEAVE_MAX_BYTES).",
    )(fn)


def report(problems: Iterable[Problem]) -> int:
    """Print one line per skipped record on stderr; return the count."""
    n = 0
    for p in problems:
        click.echo(p.line(), err=True)
        n += 1
    return n


def user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a NewsweaveError into a one-line message and exit code 2 (no traceback)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NewsweaveError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        except Exception as exc:
            sa = sys.modules.get("sqlalchemy.exc")
            if sa is None or not isinstance(exc, sa.DatabaseError):
                raise
            # a store damaged after it was opened and checked (or a large one, not checked)
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            click.echo(f"error: the store cannot be read: {reason}", err=True)
            sys.exit(2)

    return wrapper
