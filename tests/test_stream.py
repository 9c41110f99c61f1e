"""The stream commands end to end: ingest (idempotent, resumable after SIGKILL, bad records
reported), events, show, and the batch `cluster` output. Inputs come from bench/synth.py."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench import synth
from newsweave import stream
from newsweave.cli.main import cli
from newsweave.embed.hashing import HashEmbedder
from newsweave.model import Dossier, EventInfo
from newsweave.store import EventQuery, open_store


def _jsonl(path: Path, n: int, seed: int = 0, extra: list[str] | None = None) -> list[dict]:  # type: ignore[type-arg]
    records, _ = synth.generate(n, seed)
    lines = list(synth.iter_jsonl(records))
    path.write_text("\n".join([*lines, *(extra or [])]) + "\n", encoding="utf-8")
    return records


def _db_rows(db: Path) -> tuple[list[str], list[tuple[int, str]], Counter[str]]:
    """(article ids, memberships, event sizes) straight from the file."""
    con = sqlite3.connect(db)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM articles")]
        members = list(con.execute("SELECT article_pk, event_id FROM memberships"))
        sizes = Counter({r[0]: r[1] for r in con.execute("SELECT id, n_articles FROM events")})
    finally:
        con.close()
    return ids, members, sizes


def _check_complete(db: Path, expected: set[str]) -> None:
    ids, members, sizes = _db_rows(db)
    assert len(ids) == len(set(ids)) and set(ids) == expected  # everything, once
    assert len(members) == len(ids) and len({pk for pk, _ in members}) == len(ids)
    per_event = Counter(ev for _, ev in members)
    assert per_event == sizes  # every membership points at a live event of the right size


def test_ingest_is_idempotent_and_lists_events(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    records = _jsonl(src, 40)
    db = tmp_path / "s.db"
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(src), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert first.output.startswith("added 40 articles to ")
    second = runner.invoke(cli, ["ingest", str(src), "--db", str(db)])
    assert second.exit_code == 0
    assert "added 0 articles" in second.output and "40 already stored" in second.output
    _check_complete(db, {r["id"] for r in records})

    listed = runner.invoke(cli, ["events", "--db", str(db), "--format", "json"])
    doc = json.loads(listed.output)
    assert doc["schema"] == "newsweave.events/1" and doc["total"] == len(doc["events"])
    assert sum(len(e["articles"]) for e in doc["events"]) == 40
    table = runner.invoke(cli, ["events", "--db", str(db), "--lang", "fr"])
    assert table.exit_code == 0 and "ev-" in table.output
    missing = runner.invoke(cli, ["events", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no store" in missing.output


def test_bad_records_are_reported_and_skipped(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    records = _jsonl(src, 10, extra=['{"id": "broken", "text": ', '{"id": "empty", "text": ""}'])
    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(db)])
    assert result.exit_code == 1
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 2
    _check_complete(db, {r["id"] for r in records})


@pytest.mark.slow  # 800 articles through the model in a CLI process, killed, then resumed
def test_resume_after_sigkill(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    records = _jsonl(src, 800, seed=3)
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "newsweave.cli.main", "ingest", str(src), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if db.exists():
                try:
                    con = sqlite3.connect(db, timeout=0.1)
                    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                    con.close()
                except sqlite3.OperationalError:  # tables not created yet
                    continue
                if stored >= 64:
                    break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert 64 <= stored < 800, "the ingest finished before it could be killed"
    ids, _, _ = _db_rows(db)
    assert 0 < len(ids) < 800 and len(ids) == len(set(ids))
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"{len(ids)} already stored" in result.stdout
    _check_complete(db, {r["id"] for r in records})
    # the index saved at the end matches the store: the next run loads it as is
    meta = json.loads(db.with_name(db.name + ".ann.json").read_text())
    store = open_store(str(db))
    try:
        assert meta["stamp"] == store.commit_stamp() and meta["size"] == 800
    finally:
        store.close()


def test_show_builds_and_caches_the_dossier(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in.jsonl"
    _jsonl(src, 12)
    db = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    calls: list[str] = []

    def fake_build(arts: list, event_id: str | None = None) -> Dossier:  # type: ignore[type-arg]
        calls.append(event_id or "")
        return Dossier(event=EventInfo(title=arts[0].title or "?", date=None, id=event_id))

    monkeypatch.setattr("newsweave.dossiers.build_dossier", fake_build)
    store = open_store(str(db))
    page, _ = store.list_events(EventQuery(limit=1))
    event = page[0]
    store.close()
    for _ in range(2):
        out = runner.invoke(cli, ["show", event.id, "--db", str(db), "--format", "json"])
        assert out.exit_code == 0, out.output
        assert json.loads(out.output)["event"]["id"] == event.id
    assert calls == [event.id]  # built once, then served from the cache
    by_article = runner.invoke(
        cli, ["show", event.articles[0], "--db", str(db), "--format", "json"]
    )
    assert json.loads(by_article.output)["event"]["id"] == event.id
    nothing = runner.invoke(cli, ["show", "ev-nothing", "--db", str(db)])
    assert nothing.exit_code == 2 and "no event or article" in nothing.output


def test_cluster_command_output_shape(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    records = _jsonl(src, 60, seed=5, extra=["not json"])
    result = CliRunner().invoke(cli, ["cluster", str(src), "--format", "json"])
    assert result.exit_code == 1  # one line skipped
    doc = json.loads(result.output[result.output.index("{") :])
    assert doc["schema"] == "newsweave.events/1"
    seen = [a for e in doc["events"] for a in e["articles"]]
    assert sorted(seen) == sorted(r["id"] for r in records)  # every article exactly once
    for e in doc["events"]:
        assert {"id", "title", "date", "articles"} <= set(e)
    # the synthetic stream's own events come back nearly intact
    gold = {r["id"]: r["event_id"] for r in records}
    from newsweave.cluster.evaluate import bcubed

    _, _, f1 = bcubed({a: e["id"] for e in doc["events"] for a in e["articles"]}, gold)
    assert f1 >= 0.9


def test_ingest_articles_for_the_web_app(tmp_path: Path) -> None:
    arts, _ = synth.articles(30, seed=7)
    store = open_store(str(tmp_path / "w.db"))
    seen: list[tuple[int, int]] = []
    try:
        report = stream.ingest_articles(
            store, arts, progress=lambda d, t: seen.append((d, t)), embedder=HashEmbedder()
        )
        assert len(report.added) == 30 and seen[-1] == (30, 30)
        again = stream.ingest_articles(store, arts[:5])
        assert again.duplicates == [a.id for a in arts[:5]]
        assert all(store.event_of_article(a.id) for a in arts)
    finally:
        store.close()


def test_ingest_reads_ahead_and_clusters_in_arrival_order(tmp_path: Path) -> None:
    """A folder or a dump arrives in any order: ingest puts the dated articles it reads
    ahead (up to stream.WINDOW) oldest first, so their events do not depend on the order of
    the input (an undated one keeps its place among its peers)."""
    import random

    records, _ = synth.generate(150, 5, events_per_day=3.0, twin_rate=0.5, undated_rate=0.0)
    partitions = []
    for k, recs in enumerate((records, random.Random(1).sample(records, len(records)))):
        src, db = tmp_path / f"in{k}.jsonl", tmp_path / f"s{k}.db"
        src.write_text("\n".join(synth.iter_jsonl(recs)) + "\n", encoding="utf-8")
        result = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(db)])
        assert result.exit_code == 0, result.output
        listed = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "json"])
        events = json.loads(listed.output)["events"]
        partitions.append(sorted(sorted(e["articles"]) for e in events))
    assert partitions[0] == partitions[1]


def _idf_counts(ing: stream.Ingestor) -> tuple[int, Counter[str], Counter[str]]:
    c = ing.clusterer
    return c.n_articles, +c.df_names, +c.df_numbers  # unary +: zero counts dropped


def test_read_ahead_idf_counts_only_what_is_stored(tmp_path: Path) -> None:
    """The names and numbers of a window are counted before it is assigned; duplicates and
    the articles of a failed ingest are taken back, so the counts are always those of the
    stored articles (what a fresh load from the store computes)."""
    arts, _ = synth.articles(90, seed=3)
    store = open_store(str(tmp_path / "i.db"))
    try:
        with stream.Ingestor(store, HashEmbedder(), batch_size=16) as ing:
            ing.add(arts[:50])
            report = ing.add(arts[30:70])  # 20 duplicates
            assert len(report.duplicates) == 20
            counts = _idf_counts(ing)

        class Failing(HashEmbedder):
            calls = 0

            def encode(self, texts: list[str]):  # type: ignore[no-untyped-def]
                Failing.calls += 1
                if Failing.calls > 1:
                    raise RuntimeError("model gone")
                return super().encode(texts)

        with stream.Ingestor(store, Failing(), batch_size=16) as ing:
            ing.embed_process = False
            assert _idf_counts(ing) == counts
            with pytest.raises(RuntimeError):
                ing.add(arts[70:])  # the first batch is stored, then the model fails
            after = _idf_counts(ing)
        with stream.Ingestor(store, HashEmbedder()) as fresh:
            assert after == _idf_counts(fresh)
            assert fresh.clusterer.n_articles == 70 + 16
    finally:
        store.close()


def test_a_windows_names_are_counted_before_its_first_batch_is_assigned(tmp_path: Path) -> None:
    arts, _ = synth.articles(40, seed=4)
    store = open_store(str(tmp_path / "w.db"))
    try:
        with stream.Ingestor(store, HashEmbedder(), batch_size=16) as ing:
            seen: list[int] = []
            add_batch = ing.clusterer.add_batch

            def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
                seen.append(ing.clusterer.n_articles)
                return add_batch(*args, **kwargs)

            ing.clusterer.add_batch = spy  # type: ignore[method-assign]
            ing.add(arts)
        assert seen == [40, 40, 40]  # all 40 counted when the first 16 are assigned
    finally:
        store.close()
