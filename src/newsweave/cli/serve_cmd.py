"""`newsweave serve`: the web UI and HTTP API over a store."""

from __future__ import annotations

import ipaddress

import click

from newsweave.cli.common import DB_OPTION, setting_option, user_errors


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@setting_option("api_token", "token")
@click.option(
    "--sample", is_flag=True, help="Ingest the bundled sample event into the store first."
)
@click.option(
    "--max-upload-mb",
    default=16.0,
    show_default=True,
    type=click.FloatRange(min=0.01),
    help="Largest request body accepted (uploads, JSON).",
)
@setting_option("allowed_hosts", "allowed_hosts", multiple=True)
@click.option(
    "--watch",
    "watch",
    multiple=True,
    metavar="SOURCE",
    help="Follow this feed URL or OPML file while serving (repeatable); see `newsweave watch`.",
)
@click.option(
    "--interval",
    type=click.FloatRange(min=1),
    default=600.0,
    show_default=True,
    help="With --watch: seconds between polls of a feed.",
)
@click.option(
    "--notify", metavar="URL", help="POST a JSON change record here when an event changes."
)
@user_errors
def serve(
    db: str,
    host: str,
    port: int,
    token: str | None,
    sample: bool,
    max_upload_mb: float,
    allowed_hosts: tuple[str, ...],
    watch: tuple[str, ...],
    interval: float,
    notify: str | None,
) -> None:
    """Serve the web UI and HTTP API (events, dossiers, articles, uploads; OpenAPI at /docs)."""
    import uvicorn

    from newsweave.serve.app import create_app
    from newsweave.serve.security import default_allowed_hosts

    if not _loopback(host) and not token:
        click.echo(
            f"warning: listening on {host} without --token: anyone who can reach it can add articles",
            err=True,
        )
    allowed = tuple(allowed_hosts) or default_allowed_hosts(host)
    if not allowed_hosts and host in ("0.0.0.0", "::"):
        click.echo(
            f"note: only {', '.join(allowed)} are answered; add --allowed-host NAME "
            "for the name other machines use",
            err=True,
        )
    feeds = None
    if watch:
        from newsweave.watch.sources import expand
        from newsweave.watch.watcher import WatchConfig

        feeds = expand(list(watch))
    app = create_app(
        db,
        api_token=token,
        max_upload_bytes=int(max_upload_mb * 1024 * 1024),
        allowed_hosts=allowed,
        watch=feeds,
        watch_config=WatchConfig(interval=interval) if feeds else None,
        notify=notify,
    )
    if sample:
        from newsweave.serve.store_ingest import ingest_sample

        report = ingest_sample(app.state.ctx.store)
        click.echo(
            f"sample: {len(report.added)} article(s) added, {len(report.duplicates)} already stored",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"newsweave: serving on http://{shown}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
