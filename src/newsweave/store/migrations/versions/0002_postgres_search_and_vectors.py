"""PostgreSQL only: pgvector for stored embeddings, tsvector full-text search.

- `embeddings.vector` becomes a pgvector `vector` (existing float32 bytes are converted);
  `store.postgres.Embedding` keeps the Python side in bytes, so the store code is shared.
  The HNSW index needs the dimension, which the embedder fixes: `ensure_vector_index`.
- generated `search` tsvector columns with GIN indexes on articles and facts
  (`store.fts.PostgresFTS`); SQLite keeps its FTS5 tables.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import numpy as np
from alembic import op
from sqlalchemy import text

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from newsweave.store.fts import PostgresFTS
    from newsweave.store.postgres import ensure_extensions, vector_literal

    ensure_extensions(bind)
    op.execute("ALTER TABLE embeddings ADD COLUMN vec vector")
    rows = bind.execute(text("SELECT article_pk, vector FROM embeddings")).all()
    for pk, blob in rows:  # stores made before this revision: bytes to vectors
        bind.execute(
            text("UPDATE embeddings SET vec = CAST(:v AS vector) WHERE article_pk = :pk"),
            {"v": vector_literal(np.frombuffer(bytes(blob), "<f4")), "pk": pk},
        )
    op.execute("ALTER TABLE embeddings DROP COLUMN vector")
    op.execute("ALTER TABLE embeddings RENAME COLUMN vec TO vector")
    op.execute("ALTER TABLE embeddings ALTER COLUMN vector SET NOT NULL")
    PostgresFTS().create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in ("articles", "facts"):
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
        op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search")
    op.execute("DROP INDEX IF EXISTS ix_embeddings_vector_hnsw")
    op.execute("ALTER TABLE embeddings ADD COLUMN blob bytea")
    rows = bind.execute(text("SELECT article_pk, vector::text FROM embeddings")).all()
    for pk, literal in rows:
        vec = np.asarray([float(x) for x in literal.strip("[]").split(",")], dtype="<f4")
        bind.execute(
            text("UPDATE embeddings SET blob = :b WHERE article_pk = :pk"),
            {"b": vec.tobytes(), "pk": pk},
        )
    op.execute("ALTER TABLE embeddings DROP COLUMN vector")
    op.execute("ALTER TABLE embeddings RENAME COLUMN blob TO vector")
    op.execute("ALTER TABLE embeddings ALTER COLUMN vector SET NOT NULL")
