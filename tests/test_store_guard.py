"""Stores that defend themselves: same id + other text kept, one writer at a time across
processes, a stale ANN index never trusted, a damaged file refused with a message."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench import synth
from newsweave import stream
from newsweave.cli.main import cli
from newsweave.embed.hashing import HashEmbedder
from newsweave.errors import NewsweaveError
from newsweave.model import Article
from newsweave.store import open_store
from newsweave.store.guard import writer_lock
from newsweave.store.sql import SQLStore

EMB = HashEmbedder(64)
# a CLI run with the hash embedder in the process (no model): what the subprocesses run
RUN_CLI = "import sys; from newsweave.cli.main import cli; cli(sys.argv[1:])"
ENV = {**os.environ, "NEWSWEAVE_EMBEDDER": "hash-bow", "NEWSWEAVE_EMBED_PROCESS": "0"}


def _report(i: str, text: str) -> Article:
    return Article(id=i, text=text, title="Harbour ferry", lang="en", published="2031-05-02")


def test_same_id_with_another_text_is_kept_under_a_derived_id(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    try:
        with stream.Ingestor(store, EMB) as ing:
            first = ing.add([_report("report", "The Lindqvist ferry resumed service on Monday.")])
        with stream.Ingestor(store, EMB) as ing:
            second = ing.add(
                [
                    _report("report", "The Lindqvist ferry resumed service on Monday."),  # same
                    _report("report", "Flooding closed the Osterby tunnel on Tuesday night."),
                    _report("report", "A third report, about the Kelm book fair opening."),
                ]
            )
        assert first.added == ["report"]
        assert second.duplicates == ["report"]  # the same text again: a true duplicate
        assert [given for given, _ in second.conflicts] == ["report", "report"]
        new_ids = [stored for _, stored in second.conflicts]
        assert second.added == new_ids and len(set(new_ids)) == 2
        assert all(i.startswith("report-") for i in new_ids)
        assert store.counts()["articles"] == 3
        stored = store.get_article(new_ids[0])
        assert stored is not None and "Osterby" in stored.text
    finally:
        store.close()


def test_cli_reports_conflicts_and_posts_without_ids_do_not_collide(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "report.txt").write_text("The Lindqvist ferry resumed service on Monday.", "utf-8")
    (two / "report.txt").write_text("Flooding closed the Osterby tunnel on Tuesday.", "utf-8")
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        json.dumps({"text": "Kelm book fair opened with 300 publishers on Friday."})
        + "\n"
        + json.dumps({"text": "Estoria's parliament passed the budget on Thursday."})
        + "\n",
        "utf-8",
    )
    run = [sys.executable, "-c", RUN_CLI, "ingest", "--db", str(db)]
    first = subprocess.run([*run, str(one)], env=ENV, capture_output=True, text=True)
    second = subprocess.run([*run, str(two), str(posts)], env=ENV, capture_output=True, text=True)
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert "added 3 articles" in second.stdout and "1 under a new id" in second.stdout
    assert "id conflict: report is stored with another text; stored as report-" in second.stderr
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM articles")]
    con.close()
    assert len(ids) == 4 == len(set(ids))


def test_the_writer_lock_serialises_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    order: list[str] = []
    waited: list[Path] = []
    held = threading.Event()

    def first() -> None:
        with writer_lock(db):
            held.set()
            time.sleep(0.3)
            order.append("first")

    thread = threading.Thread(target=first)
    thread.start()
    held.wait()
    with writer_lock(db, on_wait=waited.append):
        order.append("second")
    thread.join()
    assert order == ["first", "second"] and waited == [db]


def _jsonl(path: Path, n: int, seed: int) -> set[str]:
    records, _ = synth.generate(n, seed)
    path.write_text("\n".join(synth.iter_jsonl(records)) + "\n", encoding="utf-8")
    return {r["id"] for r in records}


def _ids(src: Path) -> list[str]:
    return [json.loads(line)["id"] for line in src.read_text("utf-8").splitlines() if line]


def _events(db: Path) -> Counter[tuple[str, ...]]:
    """The events as sets of article ids: comparable between stores."""
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT m.event_id, a.id FROM memberships m JOIN articles a ON a.pk = m.article_pk"
    ).fetchall()
    con.close()
    groups: dict[str, list[str]] = {}
    for ev, art in rows:
        groups.setdefault(ev, []).append(art)
    return Counter(tuple(sorted(g)) for g in groups.values())


@pytest.mark.slow  # four to six CLI processes, each a cold start of a few seconds
@pytest.mark.parametrize("existing", [False, True])
def test_two_ingests_on_one_store_both_succeed(tmp_path: Path, existing: bool) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    expected = _jsonl(a, 80, seed=1) | _jsonl(b, 80, seed=2)
    base = tmp_path / "base.jsonl"
    if existing:
        expected |= _jsonl(base, 40, seed=3)
    serial, both = tmp_path / "serial.db", tmp_path / "both.db"
    run = [sys.executable, "-c", RUN_CLI, "ingest"]
    for db in (serial, both):
        if existing:
            subprocess.run([*run, str(base), "--db", str(db)], env=ENV, check=True)
    procs = [
        subprocess.Popen(
            [*run, str(src), "--db", str(both)],
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for src in (a, b)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
    con = sqlite3.connect(both)
    ids = [r[0] for r in con.execute("SELECT id FROM articles")]
    con.close()
    assert len(ids) == len(set(ids)) and set(ids) == expected
    # the same events as one run after the other, in the order the lock let them in
    pk = dict(sqlite3.connect(both).execute("SELECT id, pk FROM articles").fetchall())
    order = [a, b] if min(pk[i] for i in _ids(a)) < min(pk[i] for i in _ids(b)) else [b, a]
    for src in order:
        subprocess.run([*run, str(src), "--db", str(serial)], env=ENV, check=True)
    assert _events(both) == _events(serial)


def test_a_stale_index_saved_by_an_overtaken_writer_is_not_used(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    try:
        arts, _ = synth.articles(120, seed=4)
        early = stream.Ingestor(store, EMB, batch_size=16)
        early.add(arts[:40])
        with stream.Ingestor(store, EMB, batch_size=16) as late:
            late.add(arts[40:])
        early.close()  # overtaken: it must not stamp its 40 vectors as the store's state
        with stream.Ingestor(store, EMB) as fresh:
            assert len(fresh.clusterer.ann) == 120
    finally:
        store.close()


def _damage(db: Path) -> None:
    """64 KB of garbage in the middle of the file."""
    size = db.stat().st_size
    with open(db, "r+b") as f:
        f.seek(size // 2 - 32 * 1024)
        f.write(os.urandom(64 * 1024))


def _filled(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    store = open_store(str(db))
    arts, _ = synth.articles(300, seed=5)
    with stream.Ingestor(store, EMB) as ing:
        ing.add(arts)
    store.close()
    assert db.stat().st_size > 256 * 1024
    return db


def test_a_damaged_store_is_refused_with_a_message(tmp_path: Path) -> None:
    db = _filled(tmp_path)
    _damage(db)
    with pytest.raises(NewsweaveError, match="is damaged"):
        SQLStore(f"sqlite:///{db}")
    runner = CliRunner()
    for args in (["events"], ["show", "anything"]):
        res = runner.invoke(cli, [*args, "--db", str(db)])
        assert res.exit_code == 2 and "is damaged" in res.output, res.output
        assert res.exception is None or isinstance(res.exception, SystemExit)
    src = tmp_path / "in.jsonl"
    _jsonl(src, 5, seed=6)
    res = subprocess.run(
        [sys.executable, "-c", RUN_CLI, "ingest", str(src), "--db", str(db)],
        env=ENV,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 2 and "is damaged" in res.stderr and "Traceback" not in res.stderr


def test_a_large_store_is_checked_after_a_writer_died(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsweave.store import guard

    db = _filled(tmp_path)
    monkeypatch.setattr(guard, "CHECK_EVERY_OPEN_BELOW", 1024)  # as if the file were large
    _damage(db)
    open_store(str(db)).close()  # not checked: no writer died (the lock is the only cost)
    db.with_name(db.name + ".writing").touch()  # what a SIGKILLed writer leaves
    with pytest.raises(NewsweaveError, match="is damaged"):
        open_store(str(db))


def test_every_input_command_takes_timeout_and_max_bytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The ferry resumed service on Monday. " * 50, "utf-8")
    runner = CliRunner()
    for cmd in ("inspect", "ingest", "cluster", "dossier"):
        extra = ["--db", str(tmp_path / "s.db")] if cmd == "ingest" else []
        res = runner.invoke(cli, [cmd, str(big), "--max-bytes", "100", "--timeout", "2", *extra])
        assert "no such option" not in res.output, (cmd, res.output)
        assert "see --max-bytes" in res.output, (cmd, res.output)


def test_a_store_error_after_opening_is_a_message_not_a_traceback() -> None:
    import click
    from sqlalchemy.exc import DatabaseError

    from newsweave.cli.common import user_errors

    @click.command()
    @user_errors
    def reads() -> None:
        raise DatabaseError(
            "SELECT 1", {}, sqlite3.DatabaseError("database disk image is malformed")
        )

    res = CliRunner().invoke(reads, [])
    assert res.exit_code == 2
    assert "error: the store cannot be read: database disk image is malformed" in res.output


def test_opening_waits_out_a_store_another_process_holds_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # CI saw "cannot open the store …: database is locked" when two ingests created one
    # new file at once: a lock held past SQLite's busy timeout is now waited out
    from sqlalchemy.exc import OperationalError

    from newsweave.store import migrations, sql

    real = migrations.at_head
    calls = {"n": 0}

    def locked_twice(engine):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] <= 2:
            raise OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
        return real(engine)

    monkeypatch.setattr(migrations, "at_head", locked_twice)
    monkeypatch.setattr(sql.time, "sleep", lambda s: None)
    store = open_store(str(tmp_path / "new.db"))
    assert calls["n"] >= 3 and store.path is not None
    assert "store busy" in capsys.readouterr().err
    # a store that stays locked still ends in a clear message, not a hang
    monkeypatch.setattr(sql, "OPEN_WAIT", 0.0)
    calls["n"] = 0
    with pytest.raises(NewsweaveError, match="database is locked"):
        open_store(str(tmp_path / "other.db"))


def test_a_store_another_process_holds_is_busy_not_damaged(tmp_path: Path) -> None:
    # a second `ingest` opening the file while the first switches it to WAL or migrates
    # it: its check meets a lock; that is a wait, never "the store … is damaged"
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    from newsweave.store.guard import damaged

    db = tmp_path / "held.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    engine = create_engine(f"sqlite:///{db}", connect_args={"timeout": 0.05})
    try:
        with pytest.raises(OperationalError, match="locked"):
            damaged(engine, db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        engine.dispose()
    assert damaged(create_engine(f"sqlite:///{db}"), db) is None
