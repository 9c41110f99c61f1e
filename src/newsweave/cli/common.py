"""Helpers shared by the CLI commands."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from newsweave.errors import NewsweaveError, Problem

EXIT_SKIPPED = 1  # some records were skipped; the rest was processed


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

    return wrapper
