"""Helpers shared by the CLI commands."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from newsweave import settings
from newsweave.errors import NewsweaveError, Problem
from newsweave.ingest.fetch import DEFAULT_TIMEOUT

EXIT_SKIPPED = 1  # some records were skipped (or read with a warning); the rest was processed


class SettingType(click.ParamType):
    """A click type that parses with a setting's own parser (same rules, same messages,
    whether the value comes from the option or the variable)."""

    def __init__(self, setting: settings.Setting) -> None:
        self.setting = setting
        self.name = setting.value

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return self.setting.parse(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def setting_option(name: str, *decls: str, **kwargs: Any) -> Callable[..., Any]:
    """The click option of setting `name` (see newsweave.settings): its option name, its
    variable as `envvar` (shown in --help), its help and shown default. `decls` add
    parameter names; `kwargs` override (e.g. `multiple=True`, which parses items as text).
    The option's own default is None: the caller falls back to `settings.get(name)`."""
    s = settings.SETTINGS[name]
    if s.option is None:
        raise ValueError(f"setting {name!r} has no CLI option")
    kwargs.setdefault("envvar", s.env)
    kwargs.setdefault("show_envvar", True)
    kwargs.setdefault("help", s.help)
    kwargs.setdefault("metavar", s.value.split()[0])
    kwargs.setdefault("type", click.STRING if kwargs.get("multiple") else SettingType(s))
    if s.default_text():
        kwargs.setdefault("show_default", s.default_text())
    return click.option(s.option, *decls, **kwargs)


DB_OPTION = click.option(
    "--db",
    default=settings.DEFAULT_DB,
    show_default=True,
    help="Store: a SQLite file, or a sqlite:/// or postgresql:// URL.",
)


def input_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--max-bytes and --timeout, the same on every command that reads input."""
    fn = click.option(
        "--timeout",
        type=click.FloatRange(min=0.1),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        help="Seconds per URL, all of it (connecting, headers, body).",
    )(fn)
    return setting_option("max_bytes")(fn)


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
