"""The event store: SQLite (+FTS5) by default, any SQLAlchemy URL (PostgreSQL) at scale.

store = open_store("newsweave.db")      # or "sqlite:///...", "postgresql://..."
events, total = store.list_events(EventQuery(query="earthquake"))
"""

from newsweave.store.base import EventQuery, IngestReport, Store
from newsweave.store.sql import DEFAULT_DB, SQLStore, open_store

__all__ = ["DEFAULT_DB", "EventQuery", "IngestReport", "SQLStore", "Store", "open_store"]
