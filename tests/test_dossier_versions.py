"""Dossier rebuilds happen once per event (single-flight, failures cached too), every
rebuilt dossier is kept as a version, and the change record says what changed."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import jsonschema
import pytest

from bench import synth
from newsweave import dossiers
from newsweave.changes import changes
from newsweave.dossiers import changes_since
from newsweave.embed.hashing import HashEmbedder
from newsweave.model import Article, ArticleInfo, Citation, Dossier, EventInfo, Fact
from newsweave.store import open_store
from newsweave.stream import Ingestor

BUILDS: list[str] = []


def fake_build(arts: list[Article], event_id: str | None = None) -> Dossier:
    """A dossier whose facts follow the articles: one shared fact, one per outlet."""
    BUILDS.append(event_id or "")
    time.sleep(0.3)  # long enough for every reader to arrive while it runs
    shared = Fact(
        id="f1",
        text="The invented bridge closed on Monday.",
        support=[Citation(a.id, "The bridge closed.") for a in arts],
        independent_sources=len({a.outlet for a in arts}),
        status="corroborated" if len(arts) > 1 else "single-source",
    )
    own = [
        Fact(
            id=f"f{i + 2}",
            text=f"{a.outlet} reported detail {a.id}.",
            support=[Citation(a.id, "x")],
        )
        for i, a in enumerate(arts)
    ]
    outlets = list(dict.fromkeys(a.outlet or "?" for a in arts))
    return Dossier(
        event=EventInfo(title="Invented bridge", date=None, outlets=outlets, id=event_id),
        articles=[ArticleInfo(a.id, a.outlet, a.title, None, None, False, False) for a in arts],
        facts=[shared, *own],
    )


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    BUILDS.clear()
    monkeypatch.setattr("newsweave.dossiers.build_dossier", fake_build)
    s = open_store(str(tmp_path / "v.db"))
    yield s
    s.close()


def _articles(n: int, seed: int = 0) -> list[Article]:
    arts, _ = synth.articles(n, seed=seed)
    return arts


def _ingest(store, arts: list[Article]) -> str:
    with Ingestor(store, HashEmbedder()) as ing:
        return ing.add(arts).events_touched[0]


def _parallel(fn, n: int = 5) -> list:
    out: list = [None] * n

    def one(i: int) -> None:
        try:
            out[i] = fn()
        except Exception as exc:  # kept to compare
            out[i] = exc

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_five_parallel_readers_cause_one_rebuild(store) -> None:
    arts = _articles(6, seed=11)
    eid = _ingest(store, arts[:1])
    got = _parallel(lambda: dossiers.current(store, eid))
    assert BUILDS == [eid]  # one build for five readers
    assert all(isinstance(d, Dossier) and d.event.id == eid for d in got)
    assert dossiers.current(store, eid) is not None and BUILDS == [eid]  # then served from the cache


def test_a_failed_build_is_cached_until_the_event_changes(
    store, monkeypatch: pytest.MonkeyPatch
) -> None:
    arts = _articles(3, seed=12)
    eid = _ingest(store, arts[:1])
    calls: list[str] = []

    def broken(a, event_id=None):
        calls.append(event_id)
        time.sleep(0.2)
        raise RuntimeError("model exploded")

    monkeypatch.setattr("newsweave.dossiers.build_dossier", broken)
    got = _parallel(lambda: dossiers.current(store, eid))
    assert len(calls) == 1 and all(isinstance(g, RuntimeError) for g in got)
    with pytest.raises(RuntimeError):
        dossiers.current(store, eid)
    assert len(calls) == 1  # the failure is remembered for this state of the event


def test_versions_and_what_changed(store) -> None:
    arts, gold = synth.articles(60, seed=13)
    # the biggest synthetic event: its first report, then the others
    sizes: dict[str, list[Article]] = {}
    for a in arts:
        sizes.setdefault(gold[a.id], []).append(a)
    story = max(sizes.values(), key=len)
    eid = _ingest(store, story[:1])
    assert dossiers.current(store, eid) is not None
    with Ingestor(store, HashEmbedder()) as ing:
        rep = ing.add(story[1:])
    grown = store.resolve(eid)
    assert grown in rep.events_touched
    dossiers.current(store, grown)
    record = changes_since(store, grown, "1")
    assert record is not None and record["since"]["version"] == 1
    assert record["current"]["version"] == 2
    ev = store.get_event(grown)
    assert sorted(record["new_articles"]) == sorted(set(ev.articles) - {story[0].id})
    changed = {f["text"]: f for f in record["changed_facts"]}
    shared = changed["The invented bridge closed on Monday."]
    assert shared["support"] == len(ev.articles) and shared["before"]["support"] == 1
    assert len(record["new_facts"]) == len(record["new_articles"])
    assert record["new_outlets"] == [o for o in record["new_outlets"] if o != story[0].outlet]
    assert changes_since(store, grown, None)["since"]["version"] == 1  # default: previous
    assert changes_since(store, grown, "2099-01-01T00:00:00")["empty"]  # nothing since then
    assert changes_since(store, "no-such-event", "1") is None


def test_change_record_fields() -> None:
    old = {
        "event": {"id": "e", "title": "T", "outlets": ["A"]},
        "articles": [{"id": "a1"}],
        "facts": [
            {
                "text": "Dam  opened.",
                "status": "single-source",
                "support": [{"article": "a1", "text": "x"}],
                "independent_sources": 1,
            }
        ],
        "divergences": [
            {"kind": "number", "description": "toll", "variants": [{"article": "a1", "text": "3"}]}
        ],
        "quotes": [],
    }
    new = {
        "event": {"id": "e", "title": "T", "outlets": ["A", "B"]},
        "articles": [{"id": "a1"}, {"id": "b1"}],
        "facts": [
            {
                "text": "dam opened.",
                "status": "corroborated",
                "support": [{"article": "a1", "text": "x"}, {"article": "b1", "text": "y"}],
                "independent_sources": 2,
            },
            {
                "text": "Road shut.",
                "status": "single-source",
                "support": [{"article": "b1", "text": "z"}],
                "independent_sources": 1,
            },
        ],
        "divergences": [
            {
                "kind": "number",
                "description": "toll",
                "variants": [{"article": "a1", "text": "3"}, {"article": "b1", "text": "4"}],
            }
        ],
        "quotes": [
            {"speaker": "Mayor Ilo", "variants": [{"article": "b1", "text": "We will rebuild."}]}
        ],
    }
    r = changes(old, new)
    assert r["schema"] == "newsweave.changes/1" and not r["empty"]
    assert r["new_outlets"] == ["B"] and r["new_articles"] == ["b1"]
    assert [f["text"] for f in r["new_facts"]] == ["Road shut."]
    assert r["changed_facts"][0]["before"] == {
        "text": "Dam  opened.",
        "status": "single-source",
        "independent_sources": 1,
        "support": 1,
        "articles": ["a1"],
    }
    assert r["changed_divergences"][0]["articles"] == ["a1", "b1"]
    assert r["new_quotes"][0]["speaker"] == "Mayor Ilo"
    assert r["new_quotes"][0]["direct"]  # a dossier from before variants said so: quoted
    new["quotes"][0]["variants"][0]["direct"] = False
    assert not changes(old, new)["new_quotes"][0]["direct"]
    assert changes(new, new)["empty"]
    schema = json.loads((Path(__file__).parents[1] / "docs/schema/changes.schema.json").read_text())
    jsonschema.validate(r, schema)
    jsonschema.validate(changes(None, new), schema)
