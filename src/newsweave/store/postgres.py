"""PostgreSQL specifics of the store: driver URLs, pgvector, tsvector search, safe assignment
locks. The throw-away server for tests and benchmarks is `store/pgserver.py`.

The SQLAlchemy models (`store/schema.py`) are shared with SQLite; what differs lives here:

- vectors: the `schema.Embedding` column is a pgvector `vector` here, with an HNSW index
  (`vector_cosine_ops`) that `PgVectorIndex` queries for the clusterer's candidates;
- full-text search: a generated `tsvector` column with a GIN index (SQLite uses FTS5);
- concurrency: articles go in with `INSERT ... ON CONFLICT DO NOTHING` (the unique
  constraints decide what a duplicate is), and event assignment runs under a
  transaction-level advisory lock, so two workers never found two events for one story.

Nothing here imports psycopg or pgvector at module load: the default install has neither.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
from sqlalchemy import Table, text
from sqlalchemy.engine import URL, Connection, Engine, make_url

from newsweave.errors import NewsweaveError
from newsweave.store.schema import Embedding  # noqa: F401  (the column type, re-exported)

DRIVER = "psycopg"  # psycopg 3; SQLAlchemy's bare "postgresql://" would mean psycopg2

# One lock id for "assigning articles to events": a stable 63-bit number derived from a name,
# so every newsweave worker (any version, any host) agrees on it.
ASSIGN_LOCK = int.from_bytes(hashlib.sha1(b"newsweave:assign").digest()[:8], "big") >> 1


# --- URLs and engines -----------------------------------------------------------------


def is_postgres(url: str | URL) -> bool:
    return make_url(url).get_backend_name() in ("postgresql", "postgres")


def engine_url(url: str | URL) -> URL:
    """`postgresql://...` with the psycopg 3 driver (the only PostgreSQL driver we install)."""
    u = make_url(url)
    if u.get_backend_name() not in ("postgresql", "postgres"):  # postgres://: Heroku & co
        raise NewsweaveError(f"not a PostgreSQL URL: {u.render_as_string(hide_password=True)}")
    return u.set(drivername=f"postgresql+{DRIVER}")


def create_pg_engine(url: str | URL, **kwargs: Any) -> Engine:
    """A SQLAlchemy engine for a PostgreSQL URL; a clear message when the extra is missing."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:  # optional dependency
        raise NewsweaveError(
            "PostgreSQL needs the postgres extra: pip install 'newsweave[postgres]'"
        ) from exc
    from sqlalchemy import create_engine

    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(engine_url(url), **kwargs)


def ensure_extensions(conn: Connection) -> None:
    """pgvector must exist in the database; creating it needs a superuser (or a trusted
    extension), so a managed server may have to run `CREATE EXTENSION vector` once by hand."""
    have = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'vector'")).first()
    if have:
        return
    try:
        with conn.begin_nested():
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
    except Exception as exc:  # the server says why (not installed, not allowed)
        raise NewsweaveError(
            f"the PostgreSQL database needs the pgvector extension: {exc.__class__.__name__}: "
            f"{str(exc).splitlines()[0]} (ask an administrator to run CREATE EXTENSION vector)"
        ) from exc


# --- vectors ----------------------------------------------------------------------------


def vector_literal(vector: np.ndarray) -> str:
    """pgvector's text form, for raw SQL (psycopg has no adapter for it unless registered).
    Nine significant digits give back the same float32."""
    return "[" + ",".join(f"{x:.9g}" for x in np.asarray(vector, dtype=np.float32).tolist()) + "]"


def hnsw_index_ddl(
    table: str, column: str, dim: int | None = None, m: int = 16, ef_construction: int = 64
) -> str:
    """An HNSW index for cosine k-NN (pgvector >= 0.5). With `dim`, on `column::vector(dim)`
    (for a column without a fixed dimension; queries must use the same cast)."""
    expr = f"({column}::vector({dim}))" if dim else column
    return (
        f"CREATE INDEX IF NOT EXISTS ix_{table}_{column}_hnsw ON {table} "
        f"USING hnsw ({expr} vector_cosine_ops) WITH (m = {m}, ef_construction = {ef_construction})"
    )


def ensure_vector_index(conn: Connection, dim: int, table: str = "embeddings") -> None:
    """The store's HNSW index, once the embedder (and so the dimension) is known. Looked up
    first: CREATE INDEX takes a lock that would wait for other workers' inserts."""
    name = f"ix_{table}_vector_hnsw"
    if conn.execute(text("SELECT to_regclass(:n)"), {"n": name}).scalar() is None:
        conn.execute(text(hnsw_index_ddl(table, "vector", dim)))


def nearest(
    conn: Connection,
    table: str,
    column: str,
    key: str,
    vector: np.ndarray,
    k: int,
    dim: int | None = None,
) -> list[tuple[Any, float]]:
    """The k rows nearest to `vector` by cosine, as (key, similarity), best first (uses HNSW;
    give `dim` when the index is on `column::vector(dim)`)."""
    col = f"{column}::vector({dim})" if dim else column
    rows = conn.execute(
        text(
            f"SELECT {key}, 1 - ({col} <=> CAST(:q AS vector)) AS sim FROM {table} "
            f"WHERE {column} IS NOT NULL ORDER BY {col} <=> CAST(:q AS vector) LIMIT :k"
        ),
        {"q": vector_literal(vector), "k": k},
    )
    return [(r[0], float(r[1])) for r in rows]


class PgVectorIndex:
    """The clusterer's nearest-article index (`cluster.ann.VectorIndex`) on PostgreSQL: the
    pgvector HNSW index over `embeddings`, so every worker sees every committed article
    without loading or rebuilding anything. Vectors added since the last commit (this
    batch's) are searched exactly in memory until `committed()`."""

    def __init__(self, engine: Engine, dim: int, table: str = "embeddings") -> None:
        self.engine, self.dim, self.table = engine, dim, table
        self._keys: list[int] = []
        self._vecs: list[np.ndarray] = []

    def __len__(self) -> int:
        with self.engine.connect() as conn:
            stored = conn.execute(text(f"SELECT count(*) FROM {self.table}")).scalar_one()
        return int(stored) + len(self._keys)

    def add(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        self._keys.extend(int(k) for k in keys)
        self._vecs.extend(np.asarray(vectors, dtype=np.float32))

    def committed(self) -> None:
        self._keys, self._vecs = [], []

    def search(self, vectors: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        """For each vector, up to k (key, cosine similarity) pairs, best first: one query for
        the whole batch (a LATERAL k-NN per vector, each served by the HNSW index)."""
        vectors = np.asarray(vectors, dtype=np.float32)
        out: list[dict[int, float]] = [{} for _ in range(len(vectors))]
        if len(vectors):
            col = f"e.vector::vector({self.dim})"
            sql = (
                f"SELECT q.i, e.article_pk, 1 - ({col} <=> q.v) FROM "
                f"unnest(CAST(:qs AS vector({self.dim})[])) WITH ORDINALITY AS q(v, i) "
                f"CROSS JOIN LATERAL (SELECT e.article_pk, e.vector FROM {self.table} e "
                f"ORDER BY {col} <=> q.v LIMIT :k) e"
            )
            qs = "{" + ",".join(f'"{vector_literal(v)}"' for v in vectors) + "}"
            with self.engine.begin() as conn:
                # the HNSW search list bounds what one query returns (default 40)
                conn.execute(text(f"SET LOCAL hnsw.ef_search = {max(40, 2 * int(k))}"))
                for i, key, sim in conn.execute(text(sql), {"qs": qs, "k": int(k)}):
                    out[int(i) - 1][int(key)] = float(sim)
        if self._keys:  # this batch, not stored yet: embedders give unit vectors, dot = cosine
            sims = vectors @ np.stack(self._vecs).T
            for row, hits in zip(sims, out, strict=True):
                for key, sim in zip(self._keys, row.tolist(), strict=True):
                    hits[key] = max(sim, hits.get(key, -1.0))
        return [sorted(h.items(), key=lambda kv: (-kv[1], kv[0]))[:k] for h in out]


# --- full-text search -------------------------------------------------------------------

# 'simple' folds case and nothing else: one configuration for a multilingual corpus (a
# stemmer for one language would mangle the others), matching FTS5's unicode61 tokenizer.
TS_CONFIG = "simple"


def tsvector_ddl(table: str, columns: Sequence[str], name: str = "search") -> list[str]:
    """A stored generated tsvector over `columns` and its GIN index (PostgreSQL >= 12)."""
    doc = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    return [
        f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {name} tsvector "
        f"GENERATED ALWAYS AS (to_tsvector('{TS_CONFIG}', {doc})) STORED",
        f"CREATE INDEX IF NOT EXISTS ix_{table}_{name} ON {table} USING gin ({name})",
    ]


def ts_query(query: str) -> str:
    """User words as a tsquery string: every word must match, prefixes allowed ("dam col*")."""
    terms = []
    for word in query.split():
        prefix = word.endswith("*")
        core = "".join(ch for ch in word if ch.isalnum())
        if core:
            terms.append(f"{core}:*" if prefix else core)
    return " & ".join(terms)


def search_ids(
    conn: Connection, table: str, key: str, query: str, limit: int = 1000, name: str = "search"
) -> list[Any]:
    """Keys of rows whose tsvector matches every word of `query`, best ranked first."""
    tsq = ts_query(query)
    if not tsq:
        return []
    rows = conn.execute(
        text(
            f"SELECT {key} FROM {table} WHERE {name} @@ to_tsquery('{TS_CONFIG}', :q) "
            f"ORDER BY ts_rank({name}, to_tsquery('{TS_CONFIG}', :q)) DESC, {key} LIMIT :n"
        ),
        {"q": tsq, "n": limit},
    )
    return [r[0] for r in rows]


# --- concurrent ingest ------------------------------------------------------------------


def insert_ignore(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> list[Any]:
    """Insert rows, skipping any that a unique constraint says exist already (also those a
    concurrent transaction is inserting right now: ON CONFLICT waits for it, then skips).
    Returns the primary keys actually inserted."""
    if not rows:
        return []
    from sqlalchemy.dialects.postgresql import insert

    pk = list(table.primary_key.columns)
    stmt = insert(table).values(list(rows)).on_conflict_do_nothing().returning(*pk)
    result = conn.execute(stmt)
    return [r[0] if len(pk) == 1 else tuple(r) for r in result]


def lock_assignment(conn: Connection, key: int = ASSIGN_LOCK) -> None:
    """Serialise event assignment until the transaction ends.

    Two workers ingesting reports of the same new story would each see no event for it and
    each found one; holding this lock while reading candidates and writing the assignment
    makes the second worker see the first one's event. Ingest batches, so the lock is taken
    once per batch; parsing and embedding (the slow part) happen before it.
    """
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


@contextlib.contextmanager
def session_lock(engine: Engine, key: int = ASSIGN_LOCK) -> Iterator[None]:
    """Hold the assignment lock across several transactions (session-level advisory lock on
    a connection of its own): read the events, assign, write, commit, then release."""
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            conn.commit()
