"""The ingest pipeline: articles -> duplicates dropped -> features -> embeddings -> events -> store.

Articles are read ahead `WINDOW` at a time and their dated ones put oldest first (a folder
or a dump comes in any order), then processed in batches; each batch is one transaction,
so a killed ingest loses at most the batch in flight and a rerun picks up exactly there
(duplicates by id, URL or text are recognised and skipped). While one batch is clustered
and written, the next one is embedded. The configured model embeds in a child process
(`embed.process`): its tokenising and numpy glue are Python, and in a thread of this
process they took turns with the clustering on the GIL (1.39x the model's own time at 100k
articles, 1.14x with the child; bench/stream.py).

On SQLite one process writes at a time: `add` holds the store's writer lock (a second
`ingest` waits, then takes in what the first wrote). The ANN index is kept in memory and
saved next to the SQLite file on close, stamped with the store state it reflects (commit
count, vectors); a stale or missing index (after a kill, or saved by a writer that was
overtaken) is rebuilt from the stored vectors on open. On PostgreSQL it is the database's
pgvector index instead.

An id already stored with a different text is a conflict, not a duplicate: the article is
stored under a derived id (`records.conflict_id`) and the report says so.
"""

from __future__ import annotations

import dataclasses
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsweave import settings
from newsweave.cluster import (
    ClusterConfig,
    OnlineClusterer,
    arrival_order,
    article_info,
    extract,
)
from newsweave.cluster.features import Features
from newsweave.embed import Embedder, get_embedder
from newsweave.embed.ann import AnnIndex, VectorIndex
from newsweave.embed.process import process_embedder
from newsweave.errors import Problem
from newsweave.ingest.records import conflict_id
from newsweave.model import Article
from newsweave.store.base import IngestReport
from newsweave.store.rows import BatchWrite, StoredArticle
from newsweave.store.sql import SQLStore, normalise_url, open_store, text_hash

BATCH = 64
# Articles read ahead before they are clustered in batches, their dated ones put oldest
# first (as `cluster.arrival_order` does for a batch): a folder or a dump comes in any
# order, and a report of a later event read early would start an event its look-alike's
# reports then join
WINDOW = 1024


@dataclass
class _Prepared:
    """A batch after duplicate removal, with its features and (pending) embeddings."""

    articles: list[Article]
    hashes: list[str]
    features: list[Features]
    vectors: Future[np.ndarray] | None
    size: int  # articles in the batch, duplicates included


class Ingestor:
    """Adds articles to a store, clustering each into an event as it arrives.

    Use as a context manager (or call `close()`): closing saves the ANN index.
    """

    def __init__(
        self,
        store: SQLStore,
        embedder: Embedder | None = None,
        config: ClusterConfig | None = None,
        batch_size: int = BATCH,
        embed_process: bool | None = None,
    ) -> None:
        self.store = store
        self.embedder = embedder or get_embedder()
        self.config = config
        self.batch_size = batch_size
        self._ahead: dict[int, Features] = {}  # read ahead and counted for idf, not yet added
        self.dim = int(self.embedder.dim)
        with store.writing():  # the first writer records the embedder
            store.check_embedder(self.embedder.name, self.dim)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsweave-embed")
        # the next batch is embedded while this one is clustered and written; in a child
        # process (the default model's) the two do not take turns on the GIL
        if embed_process is None:
            embed_process = embedder is None and settings.get("embed_process")
        self.embed_process = embed_process
        if embed_process:
            process_embedder(self.embedder.name)  # start it now: a bad model fails here
        self._load()

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self.embed_process:  # looked up each time: a child that died is replaced
            return process_embedder(self.embedder.name).encode(texts)
        return self.embedder.encode(texts)

    def _load(self) -> None:
        """(Re)load the clusterer from the store: event aggregates, redirects, ANN index."""
        self._stamp = self.store.commit_stamp()
        self.clusterer = OnlineClusterer(self.dim, self.config, ann=self._open_ann(self.dim))
        self.clusterer.restore(*self.store.load_state(self.dim))
        self._next_key = self.store.next_key()
        # what this session accepted; the store answers for earlier sessions
        self._ids: set[str] = set()
        self._urls: set[str] = set()
        self._hashes: set[str] = set()

    def _refresh(self) -> None:
        self._load()  # one writer at a time on SQLite: a rare event, reload it all

    # -- ANN persistence --------------------------------------------------------------------

    @property
    def ann_path(self) -> Path | None:
        db = self.store.path
        return db.with_name(db.name + ".ann") if db else None

    def _open_ann(self, dim: int) -> VectorIndex:
        shared = self.store.vector_index(dim)  # pgvector HNSW, shared by all workers
        if shared is not None:
            return shared
        path = self.ann_path
        if path is not None:
            ann = AnnIndex.load(path, self._stamp, dim)
            if ann is not None and len(ann) == self.store.article_count():
                return ann
        ann = AnnIndex(dim)
        for keys, vectors in self.store.iter_vectors():
            ann.add(keys, vectors)
        return ann

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        path = self.ann_path
        ann = self.clusterer.ann
        if path is not None and isinstance(ann, AnnIndex) and len(ann):
            # stamped with the state it reflects (our last load or commit), not the store's
            # now: had another writer committed since, the next open rebuilds it
            with self.store.writing():
                ann.save(path, self._stamp)

    def __enter__(self) -> Ingestor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- pipeline --------------------------------------------------------------------------

    def add(
        self,
        items: Iterable[Article],
        report: IngestReport | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Ingest articles; returns what was added and what was a duplicate.
        `progress(n)` is called after each committed batch with the articles handled so far."""
        report = report or IngestReport()
        with self.store.writing():
            if self.store.commit_stamp() != self._stamp:
                self._refresh()  # another writer changed the store since we loaded it
            self._add(items, report, progress)
        report.events_touched = list(dict.fromkeys(report.events_touched))
        return report

    def _add(
        self,
        items: Iterable[Article],
        report: IngestReport,
        progress: Callable[[int], None] | None,
    ) -> None:
        pending: _Prepared | None = None
        done = 0
        try:
            for batch, feats in self._batches(items):
                prepared = self._prepare(batch, report, feats)  # starts embedding on the worker
                if pending is not None:
                    self._commit(pending, report)
                    done += pending.size
                    if progress:
                        progress(done)
                pending = prepared
            if pending is not None:
                self._commit(pending, report)
                if progress:
                    progress(done + pending.size)
        finally:  # what was read ahead but not stored leaves the idf counts
            self.clusterer.unobserve(self._ahead.values())
            self._ahead = {}

    def _batches(
        self, items: Iterable[Article]
    ) -> Iterator[tuple[list[Article], list[Features]]]:
        """Batches of `items` with their features: in each `WINDOW` of them the dated ones
        take the dated places oldest first (one day's keep their order, so a stream that
        comes in order is left as it is); an undated report keeps its place among its peers
        (its batch still puts it after them)."""
        for window in chunks(items, WINDOW):
            feats = [extract(a) for a in window]
            # names and numbers counted for their idf before any of them is assigned, as the
            # batch command counts a whole file: a name the window's reports share looks
            # common from the first of them on
            self.clusterer.observe(feats)
            self._ahead.update((id(f), f) for f in feats)
            dated = [i for i, f in enumerate(feats) if f.date]
            # without ids, one day's keep their input order
            oldest = iter([dated[k] for k in arrival_order([feats[i] for i in dated])])
            order = [next(oldest) if f.date else i for i, f in enumerate(feats)]
            for start in range(0, len(order), self.batch_size):
                part = order[start : start + self.batch_size]
                yield [window[i] for i in part], [feats[i] for i in part]

    def _prepare(
        self, batch: list[Article], report: IngestReport, feats: list[Features]
    ) -> _Prepared:
        hashes = [text_hash(a.text) for a in batch]
        urls = [normalise_url(a.url) if a.url else None for a in batch]
        ids_db, urls_db, hashes_db = self.store.find_duplicates(
            [a.id for a in batch], [u for u in urls if u], hashes
        )
        keep: list[Article] = []
        kept_hashes: list[str] = []
        kept_feats: list[Features] = []
        for k, (a, u, h) in enumerate(zip(batch, urls, hashes, strict=True)):
            if (
                h in hashes_db
                or h in self._hashes
                or (u is not None and (u in urls_db or u in self._urls))
            ):
                report.duplicates.append(a.id)
                continue
            if a.id in ids_db or a.id in self._ids:  # same id, another text: keep both
                new_id = conflict_id(a.id, a.text)
                report.conflicts.append((a.id, new_id))
                a = dataclasses.replace(a, id=new_id)
            self._ids.add(a.id)
            self._hashes.add(h)
            if u is not None:
                self._urls.add(u)
            keep.append(a)
            kept_hashes.append(h)
            kept_feats.append(feats[k])
        dropped = {id(f) for f in feats} - {id(f) for f in kept_feats}
        self._forget(dropped)
        feats = kept_feats
        # within a batch, dated reports go first (see cluster.arrival_order): cheap, and a
        # batch's undated reports then find the events its dated ones started
        order = arrival_order(feats, [a.id for a in keep])
        keep = [keep[i] for i in order]
        kept_hashes = [kept_hashes[i] for i in order]
        feats = [feats[i] for i in order]
        leads = [f.lead for f in feats]
        vectors = self._pool.submit(self._encode, leads) if keep else None
        return _Prepared(keep, kept_hashes, feats, vectors, len(batch))

    def _forget(self, dropped: set[int]) -> None:
        """Articles read ahead that will not be added (duplicates) leave the idf counts."""
        self.clusterer.unobserve(self._ahead.pop(k) for k in dropped if k in self._ahead)

    def _commit(self, p: _Prepared, report: IngestReport) -> None:
        if p.vectors is None:
            return
        vectors = p.vectors.result()
        keys = list(range(self._next_key, self._next_key + len(p.articles)))
        self._next_key += len(p.articles)
        c = self.clusterer
        assignments = c.add_batch(
            keys, p.features, vectors, [article_info(a) for a in p.articles], observed=True
        )
        for f in p.features:
            self._ahead.pop(id(f), None)
        absorbed = [old for a in assignments for old in a.merged]
        # events grown by this batch may now look like one of their neighbours
        absorbed += [old for old, _ in c.merge_close(a.event for a in assignments)]
        merged = [(old, c.resolve(old)) for old in absorbed]
        touched = list(dict.fromkeys(c.resolve(a.event) for a in assignments))
        write = BatchWrite(
            new=[
                StoredArticle(a, f, v, h, pk=k)
                for a, f, v, h, k in zip(
                    p.articles, p.features, vectors, p.hashes, keys, strict=True
                )
            ],
            membership=[(a.key, c.resolve(a.event), a.score) for a in assignments],
            changed=[c.events[e] for e in touched],
            merged=merged,
        )
        self.store.write_batch(write)
        c.ann.committed()
        self._stamp = self.store.commit_stamp()
        report.added.extend(a.id for a in p.articles)
        report.events_touched.extend(touched)


def articles_only(
    items: Iterable[Article | Problem],
    problems: list[Problem],
    on_problem: Callable[[Problem], object] | None = None,
) -> Iterator[Article]:
    """The articles of a reader's output; problems are collected (and passed to `on_problem`)
    as they come."""
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            if on_problem is not None:
                on_problem(item)
        else:
            yield item


class ConcurrentIngestor(Ingestor):
    """Each batch is assigned and written under the assignment lock: after another
    worker's commit it takes in the events that worker changed (the ANN index is the
    database's), drops the articles it stored meanwhile, and takes fresh keys. Parsing
    and embedding stay outside."""

    def _commit(self, p: _Prepared, report: IngestReport) -> None:
        if p.vectors is None:
            return
        vectors = p.vectors.result()
        with self.store.assignment_lock():
            if self.store.commit_stamp() != self._stamp:
                self._refresh()
            p = self._recheck(p, vectors, report)
            if p is not None:
                self._next_key = self.store.next_key()
                super()._commit(p, report)

    def _refresh(self) -> None:
        # only what the other workers changed: their articles have keys from ours on
        # (keys are taken under this lock), the events they touched come whole
        c = self.clusterer
        stamp = self.store.commit_stamp()
        c.restore(*self.store.load_state(self.dim, self._next_key, c.redirects.keys()))
        self._stamp = stamp

    def _recheck(
        self, p: _Prepared, vectors: np.ndarray, report: IngestReport
    ) -> _Prepared | None:
        urls = [normalise_url(a.url) if a.url else None for a in p.articles]
        ids_db, urls_db, hashes_db = self.store.find_duplicates(
            [a.id for a in p.articles], [u for u in urls if u], p.hashes
        )
        keep = [
            i
            for i, (u, h) in enumerate(zip(urls, p.hashes, strict=True))
            if h not in hashes_db and (u is None or u not in urls_db)
        ]
        for i in keep:  # another worker took the id for another text: keep both
            a = p.articles[i]
            if a.id in ids_db:
                p.articles[i] = dataclasses.replace(a, id=conflict_id(a.id, a.text))
                report.conflicts.append((a.id, p.articles[i].id))
        report.duplicates.extend(
            p.articles[i].id for i in range(len(p.articles)) if i not in keep
        )
        self._forget({id(p.features[i]) for i in range(len(p.articles)) if i not in keep})
        if not keep:
            return None
        done: Future[np.ndarray] = Future()
        done.set_result(vectors[keep])
        return _Prepared(
            [p.articles[i] for i in keep],
            [p.hashes[i] for i in keep],
            [p.features[i] for i in keep],
            done,
            p.size,
        )


_INGESTORS: weakref.WeakKeyDictionary[SQLStore, Ingestor] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _ingestor(store: SQLStore, embedder: Embedder | None, config: ClusterConfig | None) -> Ingestor:
    # several writers (PostgreSQL): each assigns under the store's lock, after taking in
    # what the others wrote
    cls = ConcurrentIngestor if store.shared_writers else Ingestor
    return cls(store, embedder, config)


def ingest_articles(
    store: SQLStore,
    articles: Sequence[Article],
    progress: Callable[[int, int], None] | None = None,
    embedder: Embedder | None = None,
) -> IngestReport:
    """Add already-read articles to an open store (the web app's entry). The clusterer stays
    loaded between calls on the same store; one ingest at a time."""
    with _LOCK:
        ing = _INGESTORS.get(store)
        if ing is None:
            ing = _INGESTORS[store] = _ingestor(store, embedder, None)
        total = len(articles)
        return ing.add(articles, progress=(lambda n: progress(n, total)) if progress else None)


def ingest(
    items: Iterable[Article],
    db: str | None = None,
    embedder: Embedder | None = None,
    config: ClusterConfig | None = None,
) -> IngestReport:
    """Ingest articles into the store at `db` (a path or URL; default newsweave.db)."""
    store = open_store(db)
    try:
        with _ingestor(store, embedder, config) as ing:
            return ing.add(items)
    finally:
        store.close()


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
