"""Tables shared by every SQL backend (SQLAlchemy Core).

Portable types only, plus `Embedding`, which is a BLOB on SQLite and a pgvector `vector`
on PostgreSQL. Full-text search differs between dialects and lives behind `store.fts`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator, TypeEngine

SCHEMA_VERSION = "1"

metadata = MetaData()


class Embedding(TypeDecorator[bytes]):
    """A float32 vector column: raw little-endian bytes on SQLite, pgvector `vector` on
    PostgreSQL. Python values are bytes on both (what `store.sql` writes and reads), so the
    shared code does not change; numpy arrays are accepted when binding too.

    The column has no fixed dimension (the embedder decides it, once per store); the HNSW
    index is an expression index on `vector::vector(dim)`, made by `ensure_vector_index`.
    """

    impl = LargeBinary
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            from pgvector.sqlalchemy import VECTOR

            return dialect.type_descriptor(VECTOR())
        return dialect.type_descriptor(LargeBinary())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, bytes | bytearray | memoryview):
            arr = np.frombuffer(bytes(value), dtype="<f4")
        else:
            arr = np.asarray(value, dtype="<f4").reshape(-1)
        if dialect.name == "postgresql":
            return arr.astype(np.float32)  # pgvector's bind processor formats arrays
        return arr.tobytes()

    def process_result_value(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        if isinstance(value, bytes | bytearray | memoryview):
            return bytes(value)
        return np.asarray(value, dtype="<f4").tobytes()


class Base(DeclarativeBase):
    """For tools that expect a declarative base (Alembic's autogenerate): same metadata."""

    metadata = metadata


# One row per stored article: the full Article JSON plus the columns we filter and dedupe on.
articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),  # the ANN key
    Column("id", String(200), nullable=False, unique=True),
    Column("url", String(2000), index=True),
    Column("text_hash", String(40), nullable=False, index=True),
    Column("outlet", String(300), index=True),
    Column("published", String(10), index=True),
    Column("lang", String(8), index=True),
    Column("title", Text),
    Column("data", Text, nullable=False),  # Article.to_dict() as JSON
    Column("features", Text, nullable=False),  # clustering features as JSON (see stream.py)
    Column("added", String(32), nullable=False),
)

embeddings = Table(
    "embeddings",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk"), primary_key=True),
    Column("vector", Embedding(), nullable=False),  # float32; pgvector on PostgreSQL
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("date", String(10), index=True),
    Column("first_date", String(10), index=True),
    Column("last_date", String(10), index=True),
    Column("n_articles", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("languages", Text, nullable=False),  # JSON list, most frequent first
    Column("outlets", Text, nullable=False),  # JSON list
    Column("created", String(32), nullable=False),
    Column("updated", String(32), nullable=False, index=True),
    Column("centroid", LargeBinary, nullable=False),  # float32 sum of member vectors
    Column("state", Text, nullable=False),  # clustering counters as JSON
)

memberships = Table(
    "memberships",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk"), primary_key=True),
    Column("event_id", String(64), nullable=False, index=True),
    Column("score", Float),
)

# A merged event's id keeps working: it redirects to the event that absorbed it.
merges = Table(
    "merges",
    metadata,
    Column("old_id", String(64), primary_key=True),
    Column("new_id", String(64), nullable=False, index=True),
    Column("merged", String(32), nullable=False),
)

dossiers = Table(
    "dossiers",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("stamp", String(32), nullable=False),  # the event's `updated` when it was built
    Column("data", Text, nullable=False),
)

facts = Table(
    "facts",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), nullable=False, index=True),
    Column("fact_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("status", String(32)),
    Column("sources", Integer),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

Index("ix_events_order", events.c.last_date, events.c.n_articles)

# -- following feeds (newsweave watch) and dossier history (revision 0003) ------------------

# One row per followed feed: what a conditional GET and the polite schedule need, so a
# restarted watcher resumes where it stopped.
feeds = Table(
    "feeds",
    metadata,
    Column("url", String(2000), primary_key=True),
    Column("title", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_poll", String(32)),
    Column("last_success", String(32)),
    Column("last_status", Integer),
    Column("last_error", Text),
    Column("errors", Integer, nullable=False),  # consecutive failures (backoff)
    Column("next_poll", String(32)),
    Column("items", Integer, nullable=False),  # articles this feed added, all polls
    Column("polls", Integer, nullable=False),
    Column("full", Integer, nullable=False),  # polls answered with a body (not 304)
)

# Every dossier an event has had: "what changed since version N / since time T".
dossier_versions = Table(
    "dossier_versions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("stamp", String(32), nullable=False),  # the event's `updated` it was built from
    Column("built", String(32), nullable=False, index=True),
    Column("n_articles", Integer, nullable=False),
    Column("data", Text, nullable=False),  # Dossier.to_dict() as JSON
)
