"""Tables shared by every SQL backend (SQLAlchemy Core).

Only portable types are used; what differs between dialects (full-text search, a native
vector type) lives behind `store.fts` and can be added next to these tables.
"""

from __future__ import annotations

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
from sqlalchemy.orm import DeclarativeBase

SCHEMA_VERSION = "1"

metadata = MetaData()


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
    Column("vector", LargeBinary, nullable=False),  # float32, little-endian
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
