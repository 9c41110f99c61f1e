"""The SQL store: round trips, duplicates, search, merges, dossier cache, ANN persistence.

A model-free hashing embedder keeps these fast; clustering quality is tested elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave import dossiers, stream
from newsweave.embed.ann import AnnIndex
from newsweave.embed.hashing import HashEmbedder
from newsweave.errors import NewsweaveError
from newsweave.model import Article, Dossier, EventInfo, Fact
from newsweave.store import EventQuery, open_store
from newsweave.store.sql import BatchWrite, SQLStore, normalise_url, text_hash

EMB = HashEmbedder(64)


def _dam(i: str, lang: str = "en", **kw: object) -> Article:
    text = {
        "en": "The Orvel dam in Maravia failed on Monday; governor Ilsa Tarnow ordered "
        "Brenfeld evacuated and 34 people died.",
        "fr": "Le barrage d'Orvel en Maravie a cédé lundi; la gouverneure Ilsa Tarnow a fait "
        "évacuer Brenfeld et 34 personnes sont mortes.",
    }[lang]
    fields: dict[str, object] = {
        "title": "Orvel dam fails",
        "lang": lang,
        "published": "2031-04-07",
        "outlet": f"{i}.example",
        "url": f"https://{i}.example/dam",
    }
    fields.update(kw)
    return Article(id=i, text=f"{text} Report {i}.", **fields)  # type: ignore[arg-type]


def _fair(i: str) -> Article:
    return Article(
        id=i,
        title="Kelm book fair opens",
        text=f"The Kelm book fair opened on Friday with 300 publishers from Estoria. Note {i}.",
        lang="en",
        published="2031-09-12",
        outlet=f"{i}.example",
        url=f"https://{i}.example/fair",
    )


def _ingest(store: SQLStore, arts: list[Article]) -> stream.IngestReport:
    with stream.Ingestor(store, EMB) as ing:
        return ing.add(arts)


@pytest.fixture
def store(tmp_path: Path) -> SQLStore:
    s = open_store(str(tmp_path / "t.db"))
    yield s  # type: ignore[misc]
    s.close()


def test_open_store_forms(tmp_path: Path) -> None:
    a = open_store(str(tmp_path / "a.db"))
    b = open_store(f"sqlite:///{tmp_path / 'b.db'}")
    for s in (a, b):
        assert s.path is not None and s.path.exists() and s.counts()["articles"] == 0
        s.close()
    mem = open_store("sqlite://")  # in memory: no file, no saved index
    assert mem.path is None
    mem.close()


def test_round_trip_and_reads(store: SQLStore) -> None:
    arts = [_dam("d1"), _dam("d2", "fr"), _dam("d3"), _fair("f1"), _fair("f2")]
    report = _ingest(store, arts)
    assert sorted(report.added) == ["d1", "d2", "d3", "f1", "f2"] and not report.duplicates
    assert store.get_article("d2") == arts[1]  # the whole Article comes back
    assert store.get_article("nope") is None
    ev = store.event_of_article("d1")
    assert ev is not None and store.event_of_article("d3") == ev
    assert store.event_of_article("f1") != ev
    event = store.get_event(ev)
    assert event is not None and sorted(event.articles) == ["d1", "d2", "d3"]
    assert event.date == "2031-04-07" and set(event.languages) == {"en", "fr"}
    assert event.independent_sources == 3 and event.updated
    assert [a.id for a in store.event_articles(ev)] == event.articles
    page, total = store.list_events(EventQuery())
    assert total == 2 and page[0].date == "2031-09-12"  # most recent first


def test_list_events_filters_and_search(store: SQLStore) -> None:
    _ingest(store, [_dam("d1"), _dam("d2", "fr"), _fair("f1")])

    def ids(**kw: object) -> list[int]:
        page, total = store.list_events(EventQuery(**kw))  # type: ignore[arg-type]
        assert total == len(page)
        return [len(e.articles) for e in page]

    assert ids(since="2031-05-01") == [1]
    assert ids(until="2031-05-01") == [2]
    assert ids(lang="fr") == [2]
    assert ids(outlet="f1.example") == [1]
    assert ids(query="publishers") == [1]
    assert ids(query="barrage") == [2]  # any language, accents folded
    assert ids(query="evacuer") == [2]
    assert ids(query="Tarnow publishers") == []  # every word must match
    assert ids(query='" OR *') == []  # no search syntax gets through
    page, total = store.list_events(EventQuery(limit=1, offset=1))
    assert total == 2 and [len(e.articles) for e in page] == [2]  # the older event


def test_duplicates_by_id_url_and_text(store: SQLStore) -> None:
    _ingest(store, [_dam("d1")])
    again = [
        _dam("d1"),  # same id
        _dam("other", url="http://www.d1.example/dam/#top"),  # same URL, written differently
        Article(  # same text up to case and spacing
            id="copy",
            text=_dam("d1").text.upper().replace(" ", "  "),
            url="https://copy.example/x",
        ),
        _dam("new", url="https://new.example/dam"),
    ]
    report = _ingest(store, again)
    assert report.duplicates == ["d1", "other", "copy"] and report.added == ["new"]
    assert store.counts()["articles"] == 2
    # within one batch as well
    report = _ingest(store, [_fair("f1"), _fair("f1")])
    assert report.added == ["f1"] and report.duplicates == ["f1"]
    assert normalise_url("HTTPS://www.X.org/a/") == "x.org/a"
    assert text_hash("A  b\nC") == text_hash("a b c")


def test_merge_redirects_old_ids(store: SQLStore) -> None:
    _ingest(store, [_dam("d1"), _fair("f1")])
    keep, gone = store.event_of_article("d1"), store.event_of_article("f1")
    assert keep and gone
    # a merge as the clusterer reports it: `gone` absorbed into `keep`
    store.write_batch(BatchWrite(merged=[(gone, keep)]))
    assert store.resolve(gone) == keep
    event = store.get_event(gone)
    assert event is not None and event.id == keep and sorted(event.articles) == ["d1", "f1"]
    assert store.event_of_article("f1") == keep
    assert store.list_events(EventQuery())[1] == 1


def test_dossier_is_cached_until_the_event_changes(
    store: SQLStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[list[str]] = []

    def fake_build(arts: list[Article], event_id: str | None = None) -> Dossier:
        built.append([a.id for a in arts])
        return Dossier(
            event=EventInfo(title="Orvel dam", date="2031-04-07", id=event_id),
            facts=[Fact(id="F1", text="The spillway of the Orvel dam cracked", support=[])],
        )

    monkeypatch.setattr("newsweave.dossiers.build_dossier", fake_build)
    _ingest(store, [_dam("d1"), _dam("d2")])
    ev = store.event_of_article("d1")
    assert ev is not None
    d1 = dossiers.current(store, ev)
    d2 = dossiers.current(store, ev)
    assert d1 == d2 and d1 is not None and d1.event.id == ev and len(built) == 1
    # facts are searchable once a dossier exists
    page, _ = store.list_events(EventQuery(query="spillway"))
    assert [e.id for e in page] == [ev]
    _ingest(store, [_dam("d3")])  # the event grows: the cached dossier is stale
    dossiers.current(store, ev)
    assert built[-1] == ["d1", "d2", "d3"] and len(built) == 2
    assert dossiers.current(store, "no-such-event") is None


def test_embedder_mismatch_is_refused(store: SQLStore) -> None:
    _ingest(store, [_dam("d1")])
    with pytest.raises(NewsweaveError, match="hash-bow"):
        stream.Ingestor(store, HashEmbedder(32))


def test_ann_index_saved_and_reused_or_rebuilt(
    store: SQLStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ingest(store, [_dam("d1"), _fair("f1")])
    assert store.path is not None
    ann = store.path.with_name(store.path.name + ".ann")
    assert ann.exists()
    rebuilt: list[int] = []
    original = SQLStore.iter_vectors

    def spy(self: SQLStore, chunk: int = 8192):  # type: ignore[no-untyped-def]
        rebuilt.append(1)
        return original(self, chunk)

    monkeypatch.setattr(SQLStore, "iter_vectors", spy)
    stream.Ingestor(store, EMB).close()  # stamp matches: loaded, not rebuilt
    assert rebuilt == []
    # a writer that dies before saving its index leaves a stale one behind
    ing = stream.Ingestor(store, EMB)
    ing.add([_dam("d2")])
    ing._pool.shutdown()  # no close(): as if killed
    assert AnnIndex.load(ann, store.commit_stamp(), EMB.dim) is None
    with stream.Ingestor(store, EMB) as again:
        assert rebuilt == [1] and len(again.clusterer.ann) == 3
        assert again.add([_dam("d3")]).added == ["d3"]
    assert store.event_of_article("d3") == store.event_of_article("d1")


def _state(c: object) -> dict[str, object]:
    """What the clusterer decides with, comparable across two instances."""
    evs = c.events  # type: ignore[attr-defined]
    return {
        "events": {
            e.id: (e.size, sorted(e.members), dict(e.names), e.vec_sum.round(5).tolist())
            for e in evs.values()
        },
        "resolved": {k: c.resolve(v) for k, v in c.event_of.items()},  # type: ignore[attr-defined]
        "names": {k: v for k, v in c.df_names.items() if v},  # type: ignore[attr-defined]
        "numbers": {k: v for k, v in c.df_numbers.items() if v},  # type: ignore[attr-defined]
        "articles": c.n_articles,  # type: ignore[attr-defined]
    }


def test_another_writers_changes_are_taken_in_without_reloading(store: SQLStore) -> None:
    from bench import synth

    arts, _ = synth.articles(120, seed=3)
    first = stream.Ingestor(store, EMB, batch_size=16)
    first.add(arts[:60])
    # a second writer (as another PostgreSQL worker would) grows, founds and merges events
    with stream.Ingestor(store, EMB, batch_size=16) as other:
        other.add(arts[60:])
    c = first.clusterer
    c.restore(*store.load_state(first.dim, first._next_key, c.redirects.keys()))
    with stream.Ingestor(store, EMB) as fresh:
        assert _state(c) == _state(fresh.clusterer)
    first._pool.shutdown()
