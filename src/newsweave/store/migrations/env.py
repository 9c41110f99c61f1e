"""Alembic environment: always online, on the connection `migrations.upgrade` passes in."""

from __future__ import annotations

from alembic import context

from newsweave.store.schema import Base

conn = context.config.attributes.get("connection")
if conn is None:
    raise RuntimeError("run migrations through newsweave.store.migrations.upgrade(engine)")
context.configure(
    connection=conn,
    target_metadata=Base.metadata,
    render_as_batch=conn.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
