"""Entry point: `newsweave COMMAND ...`. Each command lives in its own module."""

from __future__ import annotations

import sys

import click

from newsweave.errors import NewsweaveError

# command name -> "module:function"; imported only when the command runs, so
# `newsweave --help` stays fast and a broken optional extra breaks one command only.
COMMANDS = {
    "inspect": "newsweave.cli.inspect_cmd:inspect",
    "demo": "newsweave.cli.demo_cmd:demo",
    "dossier": "newsweave.cli.dossier_cmd:dossier",
    "ingest": "newsweave.cli.stream_cmd:ingest",
    "events": "newsweave.cli.stream_cmd:events",
    "show": "newsweave.cli.stream_cmd:show",
    "cluster": "newsweave.cli.stream_cmd:cluster",
    "serve": "newsweave.cli.serve_cmd:serve",
    "batch": "newsweave.cli.batch_cmd:batch",
    "watch": "newsweave.cli.watch_cmd:watch",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        import importlib

        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup)
@click.version_option(package_name="newsweave")
def cli() -> None:
    """newsweave: cross-checked, cited dossiers from many reports of one event."""
    from newsweave.compare import nli
    from newsweave.errors import StageError
    from newsweave.settings import SettingError, check, get

    try:
        check()  # a bad NEWSWEAVE_* value fails here, named, before any work
        if get("nli") and not nli.installed():
            raise StageError("E106", how="NEWSWEAVE_NLI=1")  # not minutes later, in a stage
    except (SettingError, StageError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except NewsweaveError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
