"""Alembic migrations of the store schema, run programmatically (no alembic.ini).

    upgrade(engine)        bring a database to the newest schema (idempotent)
    at_head(engine)        whether it is there already (one query; Alembic is not loaded)
    current(engine)        the revision a database is at (None: never migrated)
    drift(engine)          differences between the database and the SQLAlchemy models

`SQLStore` calls `upgrade` when it opens a store that is not `at_head`, so a new store is
created, and an old one upgraded, by these revisions. They serve SQLite and PostgreSQL:
they create the tables of `store.schema`, then the dialect's own pieces (pgvector HNSW
index and tsvector column on PostgreSQL).
New revision after a model change (developers): `python -m newsweave.store.migrations
revision -m "what changed" DATABASE_URL` autogenerates it against an up-to-date database.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection, Engine

HERE = Path(__file__).resolve().parent


HEAD = "0003"  # the newest revision; tests check it against the scripts


def _config(conn: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = conn  # env.py runs on this connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.util import CommandError
    from sqlalchemy import inspect

    from newsweave.errors import NewsweaveError

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # two processes opening a fresh database at once must not both create tables
            from newsweave.store.postgres import lock_assignment

            lock_assignment(conn, key=MIGRATION_LOCK)
        cfg = _config(conn)
        tables = set(inspect(conn).get_table_names())
        if "articles" in tables and "alembic_version" not in tables:
            # a store created before migrations existed holds exactly the first revision
            command.stamp(cfg, "0001")
        try:
            command.upgrade(cfg, revision)
        except CommandError as exc:  # e.g. a revision from a newer newsweave
            shown = engine.url.render_as_string(hide_password=True)
            raise NewsweaveError(
                f"cannot bring the store at {shown} to this newsweave's schema: {exc} "
                "(was it written by a newer version?)"
            ) from exc


def at_head(engine: Engine) -> bool:
    """True when the database is at `HEAD`: the cheap check made on every open."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return False
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD


def current(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def drift(engine: Engine) -> list[Any]:
    """What autogenerate would change: empty when the migrations match the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from newsweave.store.schema import Base

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return [d for d in compare_metadata(ctx, Base.metadata) if not _ignored(d)]


def _ignored(diff: Any) -> bool:
    # objects the revisions add by raw DDL, invisible to the models on purpose
    text = repr(diff)
    return any(name in text for name in IGNORED)


IGNORED = ("alembic_version", "_fts", "search", "hnsw")
MIGRATION_LOCK = 0x6E77_6D69_6772  # "nwmigr": a different advisory lock than assignment's


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) >= 4 and args[0] == "revision" and args[1] == "-m":
        from alembic import command
        from sqlalchemy import create_engine

        message, url = args[2], args[3]
        engine = create_engine(url)
        with engine.begin() as conn:
            command.revision(_config(conn), message=message, autogenerate=True)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
