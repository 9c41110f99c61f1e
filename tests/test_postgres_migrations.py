"""Store migrations: the revisions build exactly the models' schema (SQLite always; PostgreSQL
with pgvector and tsvector when NEWSWEAVE_TEST_PG_URL names a server)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, inspect, select, text

from newsweave.store import migrations
from newsweave.store.fts import PostgresFTS

PG_URL = os.environ.get("NEWSWEAVE_TEST_PG_URL")
REGENERATE = (
    "the store models changed without a migration: add a revision with "
    "`python -m newsweave.store.migrations revision -m WHAT sqlite:///at-head.db`"
)


def test_sqlite_migrations_match_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrations.upgrade(engine)
    assert migrations.current(engine) == migrations.HEAD
    assert migrations.drift(engine) == [], REGENERATE
    migrations.upgrade(engine)  # idempotent
    engine.dispose()


def test_a_store_made_before_migrations_is_adopted(tmp_path: Path) -> None:
    from newsweave.store.schema import metadata

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    metadata.create_all(engine)  # how stores were created before revision 0001
    migrations.upgrade(engine)
    assert migrations.current(engine) == migrations.HEAD and migrations.drift(engine) == []
    engine.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(
    not PG_URL, reason="no PostgreSQL: set NEWSWEAVE_TEST_PG_URL (scripts/test.sh does)"
)
def test_postgres_migrations_add_pgvector_and_tsvector() -> None:
    from newsweave.store import pgserver
    from newsweave.store import postgres as pg

    assert PG_URL
    name = f"nw_mig_{uuid.uuid4().hex[:8]}"
    url = pgserver.create_database(PG_URL, name)
    engine = pg.create_pg_engine(url)
    try:
        migrations.upgrade(engine)
        assert migrations.current(engine) == migrations.HEAD
        cols = {
            c["name"]: str(c["type"]).lower() for c in inspect(engine).get_columns("embeddings")
        }
        assert "vector" in cols["vector"]
        # the models say "bytes" for the vector column: that is the Embedding type's Python side
        assert [d for d in migrations.drift(engine) if "embeddings" not in repr(d)] == []
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO articles (pk, id, text_hash, title, data, features, added) VALUES "
                    "(1, 'a1', 'h', 'Dam fails', '{\"text\": \"The Halden dam failed\"}', '{}', 'now')"
                )
            )
            vec = np.array([1, 0, 0, 0], dtype="<f4")
            # the column the migration made, written and read as the store does: bytes
            emb = Table(
                "embeddings",
                MetaData(),
                Column("article_pk", Integer, primary_key=True),
                Column("vector", pg.Embedding()),
            )
            conn.execute(emb.insert(), {"article_pk": 1, "vector": vec.tobytes()})
            assert conn.execute(select(emb.c.vector)).scalar_one() == vec.tobytes()
            pg.ensure_vector_index(conn, 4)
            assert pg.nearest(conn, "embeddings", "vector", "article_pk", vec, 1, dim=4)[0][0] == 1
            fts = PostgresFTS()
            hits = conn.execute(fts.article_matches("halden DAM")).scalars().all()
            assert hits == [1]
            assert conn.execute(fts.article_matches("data")).scalars().all() == []  # not JSON keys
        migrations.upgrade(engine)  # idempotent
    finally:
        engine.dispose()
        pgserver.drop_database(PG_URL, name)


def test_head_constant_names_the_newest_revision(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from newsweave.store.sql import SQLStore

    cfg = migrations._config(None)  # type: ignore[arg-type]
    assert ScriptDirectory.from_config(cfg).get_current_head() == migrations.HEAD
    store = SQLStore(f"sqlite:///{tmp_path / 'new.db'}")  # a new store is built by them
    assert migrations.at_head(store.engine) and migrations.drift(store.engine) == []
    store.close()


def test_a_store_from_a_newer_version_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    from newsweave.errors import NewsweaveError
    from newsweave.store.sql import SQLStore

    url = f"sqlite:///{tmp_path / 'newer.db'}"
    SQLStore(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(NewsweaveError, match=r"newer\.db .*'0099'.*newer version"):
        SQLStore(url)
