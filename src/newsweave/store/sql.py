"""The SQL store (SQLAlchemy 2): SQLite file by default, any SQLAlchemy URL otherwise.

Reads implement `store.base.Store` for the CLI and the web app. Writes come from the
stream pipeline (`newsweave.stream`), one transaction per batch of articles: a killed
ingest leaves the store at its last committed batch, and the clusterer's state (event
aggregates, redirects) is part of the same transaction, so reopening resumes exactly there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sys
import time
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    union,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from newsweave.cluster.state import EventState
from newsweave.errors import NewsweaveError
from newsweave.model import Article, Dossier, Event
from newsweave.settings import DEFAULT_DB
from newsweave.store import migrations, versions
from newsweave.store.base import EventQuery
from newsweave.store.fts import FullText, for_dialect, query_terms
from newsweave.store.guard import damaged, writer_lock
from newsweave.store.postgres import create_pg_engine, is_postgres
from newsweave.store.rows import (
    BatchWrite,
    event_row,
    event_state,
    features_json,
    plain,
)
from newsweave.store.schema import (
    SCHEMA_VERSION,
    articles,
    dossiers,
    embeddings,
    events,
    facts,
    memberships,
    merges,
    meta,
)
from newsweave.text.fold import stored_fold


def normalise_url(url: str) -> str:
    """Ingest `url` for duplicate detection: no scheme, no `www.`, no fragment, no trailing slash."""
    u = url.strip().split("#", 1)[0]
    u = u.split("://", 1)[-1]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/").lower()


def text_hash(text: str) -> str:
    """Hash of the normalised text: case, accents and spacing do not make a new article."""
    return hashlib.sha1(" ".join(stored_fold(text).split()).encode("utf-8")).hexdigest()


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _url(target: str | None) -> str:
    target = target or DEFAULT_DB
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


class SQLStore:
    """A store on any SQLAlchemy URL; `open_store` is the usual way in."""

    def __init__(self, url: str) -> None:
        self.url = url
        if is_postgres(url):  # psycopg 3 (an optional extra), loaded by the engine
            self.engine: Engine = create_pg_engine(url)
        else:
            self.engine = create_engine(url)
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.fts: FullText = for_dialect(self.dialect)
        shown = self.engine.url.render_as_string(hide_password=True)
        deadline = time.monotonic() + OPEN_WAIT
        while True:
            try:
                version = self._open(shown)
                break
            except SQLAlchemyError as exc:  # no server, not a database, no permission
                reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
                # another process creating or migrating the same new file: wait for it
                if "locked" in reason and self.path is not None and time.monotonic() < deadline:
                    _busy(self.path)
                    time.sleep(0.5)
                    continue
                raise NewsweaveError(f"cannot open the store at {shown}: {reason}") from exc
        if version not in (None, SCHEMA_VERSION):
            raise NewsweaveError(
                f"{shown}: store schema {version}, this newsweave reads {SCHEMA_VERSION}"
            )

    def _open(self, shown: str) -> str | None:
        """Check, migrate when needed, and read the schema version."""
        problem = damaged(self.engine, self.path)
        if problem:
            raise NewsweaveError(f"the store at {shown} is damaged: {problem}")
        fresh = not migrations.at_head(self.engine)
        if not fresh:
            return self._open_meta(fresh)
        # a new store, or one made by an older newsweave: one process migrates; another
        # one opening it meanwhile waits, then finds the tables made (two `ingest` runs)
        with self.writing():
            fresh = not migrations.at_head(self.engine)
            if fresh:
                migrations.upgrade(self.engine)
            return self._open_meta(fresh)

    def _open_meta(self, fresh: bool) -> str | None:
        with self.engine.begin() as conn:
            if fresh or self.dialect == "sqlite":
                self.fts.create(conn)  # idempotent; FTS5 tables are not in the revisions
            version = self._meta(conn, "schema")
            if version is None:
                self._set_meta(conn, "schema", SCHEMA_VERSION)
        return version

    def writing(self) -> contextlib.AbstractContextManager[None]:
        """Hold the store's writer lock (SQLite files: one writer at a time, across
        processes); a no-op on PostgreSQL, whose ingestors coordinate in the database."""
        if self.path is None:
            return contextlib.nullcontext()
        return writer_lock(self.path, on_wait=_busy)

    @property
    def shared_writers(self) -> bool:
        """Whether several processes may ingest at once (PostgreSQL): then each batch is
        assigned under `assignment_lock()` after taking in what the others wrote."""
        return self.dialect == "postgresql"

    def assignment_lock(self) -> contextlib.AbstractContextManager[None]:
        """Held while a batch is assigned to events and written: a session-level advisory
        lock on PostgreSQL; a no-op on SQLite, whose `writing()` lock already excludes
        other writers."""
        if not self.shared_writers:
            return contextlib.nullcontext()
        from newsweave.store.postgres import session_lock

        return session_lock(self.engine)

    def vector_index(self, dim: int) -> Any:
        """The database's own ANN index (pgvector HNSW, shared by all workers; a
        `cluster.ann.VectorIndex`), or None where the ingestor keeps its own."""
        if not self.shared_writers:
            return None
        from newsweave.store.postgres import PgVectorIndex

        return PgVectorIndex(self.engine, dim)

    @property
    def path(self) -> Path | None:
        """The database file, when there is one (the ANN index is saved next to it)."""
        db = self.engine.url.database
        if self.dialect != "sqlite" or not db or db == ":memory:":
            return None
        return Path(db)

    def close(self) -> None:
        self.engine.dispose()

    # -- meta ----------------------------------------------------------------------------

    @staticmethod
    def _meta(conn: Connection, key: str) -> str | None:
        return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()

    @staticmethod
    def _set_meta(conn: Connection, key: str, value: str) -> None:
        if conn.execute(update(meta).where(meta.c.key == key).values(value=value)).rowcount == 0:
            conn.execute(insert(meta).values(key=key, value=value))

    def commit_stamp(self) -> str:
        """Changes with every committed batch: what a saved ANN index must match."""
        with self.engine.connect() as conn:
            return self._meta(conn, "commits") or "0"

    def check_embedder(self, name: str, dim: int) -> None:
        """Vectors of one store come from one model; refuse to mix. On PostgreSQL the first
        embedder also fixes the dimension of the HNSW index."""
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                from newsweave.store.postgres import ensure_vector_index, lock_assignment

                lock_assignment(conn, key=migrations.MIGRATION_LOCK)  # workers start together
                ensure_vector_index(conn, dim)
            stored = self._meta(conn, "embedder")
            if stored is None:
                self._set_meta(conn, "embedder", json.dumps({"name": name, "dim": dim}))
                return
            info = json.loads(stored)
            if info.get("name") != name or info.get("dim") != dim:
                raise NewsweaveError(
                    f"{self.url} was built with embedder {info.get('name')!r} "
                    f"(dim {info.get('dim')}); this run uses {name!r} (dim {dim})"
                )

    # -- reads (the Store protocol) ------------------------------------------------------

    def resolve(self, event_id: str) -> str:
        """The current id of an event that may have been merged into another."""
        with self.engine.connect() as conn:
            return self._resolve(conn, event_id)

    @staticmethod
    def _resolve(conn: Connection, event_id: str) -> str:
        seen = {event_id}
        while True:
            nxt = conn.execute(select(merges.c.new_id).where(merges.c.old_id == event_id)).scalar()
            if nxt is None or nxt in seen:
                return event_id
            seen.add(nxt)
            event_id = nxt

    def get_article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            data = conn.execute(select(articles.c.data).where(articles.c.id == article_id)).scalar()
        return Article.from_dict(json.loads(data)) if data else None

    def get_event(self, event_id: str) -> Event | None:
        with self.engine.connect() as conn:
            event_id = self._resolve(conn, event_id)
            row = conn.execute(select(events).where(events.c.id == event_id)).mappings().first()
            if row is None:
                return None
            return self._events_from_rows(conn, [row])[0]

    def list_events(self, q: EventQuery) -> tuple[list[Event], int]:
        sel = select(events)
        if q.since:
            sel = sel.where(func.coalesce(events.c.last_date, events.c.date) >= q.since)
        if q.until:
            sel = sel.where(func.coalesce(events.c.first_date, events.c.date) <= q.until)
        if q.lang:
            sel = sel.where(events.c.languages.like(f'%"{q.lang}"%'))
        if q.outlet:
            sel = sel.where(events.c.outlets.like(f'%"{q.outlet}"%'))
        if q.query is not None:
            if not query_terms(q.query):
                return [], 0
            hits = union(
                select(memberships.c.event_id).where(
                    memberships.c.article_pk.in_(self.fts.article_matches(q.query))
                ),
                select(facts.c.event_id).where(facts.c.pk.in_(self.fts.fact_matches(q.query))),
            ).subquery()
            sel = sel.where(events.c.id.in_(select(hits.c.event_id)))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(sel.subquery())).scalar() or 0
            page = sel.order_by(
                events.c.last_date.desc().nulls_last(),
                events.c.n_articles.desc(),
                events.c.id,
            )
            rows = conn.execute(page.limit(q.limit).offset(q.offset)).mappings().all()
            return self._events_from_rows(conn, rows), int(total)

    def _events_from_rows(self, conn: Connection, rows: Sequence[Any]) -> list[Event]:
        ids = [r["id"] for r in rows]
        members: dict[str, list[str]] = {i: [] for i in ids}
        if ids:
            for ev_id, art_id in conn.execute(
                select(memberships.c.event_id, articles.c.id)
                .join(articles, articles.c.pk == memberships.c.article_pk)
                .where(memberships.c.event_id.in_(ids))
                .order_by(articles.c.pk)
            ):
                members[ev_id].append(art_id)
        return [
            Event(
                id=r["id"],
                title=r["title"],
                date=r["date"],
                articles=members[r["id"]],
                first_date=r["first_date"],
                last_date=r["last_date"],
                languages=json.loads(r["languages"]),
                outlets=json.loads(r["outlets"]),
                independent_sources=r["n_sources"],
                updated=r["updated"],
            )
            for r in rows
        ]

    def event_articles(self, event_id: str) -> list[Article]:
        with self.engine.connect() as conn:
            event_id = self._resolve(conn, event_id)
            rows = conn.execute(
                select(articles.c.data)
                .join(memberships, memberships.c.article_pk == articles.c.pk)
                .where(memberships.c.event_id == event_id)
                .order_by(articles.c.pk)
            ).scalars()
            return [Article.from_dict(json.loads(d)) for d in rows]

    def event_of_article(self, article_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(memberships.c.event_id)
                .join(articles, articles.c.pk == memberships.c.article_pk)
                .where(articles.c.id == article_id)
            ).scalar()

    def cached_dossier(self, event_id: str, stamp: str | None = None) -> tuple[str | None, Dossier | None]:
        """(the event's current stamp, its dossier if one was saved for that stamp); the stamp
        is None when there is no such event. `stamp` asks for that stamp's dossier instead.
        Building dossiers is not the store's job: see `newsweave.dossiers.current`."""
        with self.engine.connect() as conn:
            event_id = self._resolve(conn, event_id)
            current = conn.execute(select(events.c.updated).where(events.c.id == event_id)).scalar()
            if current is None:
                return None, None
            cached = conn.execute(
                select(dossiers.c.stamp, dossiers.c.data).where(dossiers.c.event_id == event_id)
            ).first()
        if cached is not None and cached.stamp == (stamp or current):
            return current, Dossier.from_dict(json.loads(cached.data))
        return current, None

    def save_dossier(self, event_id: str, stamp: str, d: Dossier) -> None:
        """Keep `d` as the dossier of the event at `stamp` (dropped when the event has
        changed since), with its facts for search and a version in its history."""
        with self.engine.begin() as conn:
            # an ingest may have changed the event meanwhile: then this build is already stale
            current = conn.execute(select(events.c.updated).where(events.c.id == event_id)).scalar()
            if current != stamp:
                return
            old = list(
                conn.execute(select(facts.c.pk).where(facts.c.event_id == event_id)).scalars()
            )
            conn.execute(delete(facts).where(facts.c.event_id == event_id))
            new: list[tuple[int, str]] = []
            for fact in d.facts:
                pk = conn.execute(
                    insert(facts).values(
                        event_id=event_id,
                        fact_id=fact.id,
                        text=fact.text,
                        status=fact.status,
                        sources=fact.independent_sources,
                    )
                ).inserted_primary_key[0]
                new.append((int(pk), fact.text))
            self.fts.replace_facts(conn, old, new)
            # one title and one independent-source count everywhere: the list and the event
            # show what the dossier found (the clusterer's are estimates until it is built)
            conn.execute(
                update(events)
                .where(events.c.id == event_id)
                .values(title=d.event.title, n_sources=d.independent_sources())
            )
            conn.execute(delete(dossiers).where(dossiers.c.event_id == event_id))
            data = d.to_dict()
            conn.execute(
                insert(dossiers).values(
                    event_id=event_id, stamp=stamp, data=json.dumps(data, ensure_ascii=False)
                )
            )
            versions.record(conn, event_id, stamp, now(), data)  # the history of this dossier

    def counts(self) -> dict[str, int]:
        """Row counts (articles, events, merges, dossiers): for reports and tests."""
        with self.engine.connect() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                for t in (articles, events, merges, dossiers)
            }

    # -- ingest --------------------------------------------------------------------------

    def find_duplicates(
        self, ids: Sequence[str], urls: Sequence[str], hashes: Sequence[str]
    ) -> tuple[dict[str, str], set[str], set[str]]:
        """Which of these ids (with their text hash), normalised URLs and text hashes are
        stored already."""
        conds = [articles.c.id.in_(ids), articles.c.text_hash.in_(hashes)]
        if urls:
            conds.append(articles.c.url.in_(urls))
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(articles.c.id, articles.c.url, articles.c.text_hash).where(or_(*conds))
            ).all()
        found = {r.id: r.text_hash for r in rows}
        return found, {r.url for r in rows if r.url}, {r.text_hash for r in rows}

    def article_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(embeddings)).scalar() or 0)

    def next_key(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(articles.c.pk))).scalar() or 0) + 1

    def write_batch(self, batch: BatchWrite, stamp: str | None = None) -> None:
        """Commit one batch: new articles with their vectors and memberships, the events they
        created, grew or merged, and the redirect of every merged id. All or nothing."""
        stamp = stamp or now()
        with self.engine.begin() as conn:
            if batch.new:
                conn.execute(
                    insert(articles),
                    [
                        {
                            "pk": s.pk,
                            "id": s.article.id,
                            "url": normalise_url(s.article.url) if s.article.url else None,
                            "text_hash": s.text_hash,
                            "outlet": s.article.outlet,
                            "published": (s.article.published or "")[:10] or None,
                            "lang": s.article.lang,
                            "title": s.article.title,
                            "data": json.dumps(plain(s.article), ensure_ascii=False),
                            "features": features_json(s.features),
                            "added": stamp,
                        }
                        for s in batch.new
                    ],
                )
                conn.execute(
                    insert(embeddings),
                    [
                        {"article_pk": s.pk, "vector": np.asarray(s.vector, "<f4").tobytes()}
                        for s in batch.new
                    ],
                )
                self.fts.add_articles(
                    conn, [(s.pk, s.article.title or "", s.article.text) for s in batch.new]
                )
            if batch.membership:
                conn.execute(
                    insert(memberships),
                    [
                        {"article_pk": pk, "event_id": ev, "score": sc}
                        for pk, ev, sc in batch.membership
                    ],
                )
            for old, new in batch.merged:
                conn.execute(insert(merges).values(old_id=old, new_id=new, merged=stamp))
                conn.execute(
                    update(memberships).where(memberships.c.event_id == old).values(event_id=new)
                )
                conn.execute(update(merges).where(merges.c.new_id == old).values(new_id=new))
                conn.execute(delete(events).where(events.c.id == old))
                conn.execute(delete(dossiers).where(dossiers.c.event_id == old))
                fact_pks = list(
                    conn.execute(select(facts.c.pk).where(facts.c.event_id == old)).scalars()
                )
                self.fts.replace_facts(conn, fact_pks, [])
                conn.execute(delete(facts).where(facts.c.event_id == old))
            if batch.changed:
                existing = set(
                    conn.execute(
                        select(events.c.id).where(events.c.id.in_([e.id for e in batch.changed]))
                    ).scalars()
                )
                rows = [event_row(e, stamp) for e in batch.changed]
                fresh = [r for r in rows if r["id"] not in existing]
                if fresh:
                    conn.execute(insert(events), fresh)
                grown = [
                    {("b_id" if k == "id" else k): v for k, v in r.items() if k != "created"}
                    for r in rows
                    if r["id"] in existing
                ]
                if grown:  # one executemany for the batch
                    conn.execute(update(events).where(events.c.id == bindparam("b_id")), grown)
            commits = int(self._meta(conn, "commits") or 0) + 1
            self._set_meta(conn, "commits", str(commits))

    def load_state(
        self, dim: int, from_key: int = 0, known_merges: Collection[str] = ()
    ) -> tuple[list[EventState], dict[str, str], dict[int, str]]:
        """(events, redirects, article key -> event) as `OnlineClusterer.restore` takes them.

        All of it on opening; with `from_key`, what other writers committed since this
        process last wrote or loaded (every key it has not seen is `from_key` or more): the
        memberships of those articles, the events they joined or that survived a merge not
        in `known_merges` (whole), and all redirects (few: one per merge)."""
        with self.engine.connect() as conn:
            redirects = dict(conn.execute(select(merges.c.old_id, merges.c.new_id)).tuples().all())
            pair = select(memberships.c.article_pk, memberships.c.event_id)
            event_of: dict[int, str] = dict(
                conn.execute(pair.where(memberships.c.article_pk >= from_key)).tuples().all()
            )
            query = select(
                events.c.id, events.c.seq, events.c.title, events.c.centroid, events.c.state
            )
            if from_key:  # only the events that changed, with all their members
                fresh = {new for old, new in redirects.items() if old not in known_merges}
                touched = sorted(set(event_of.values()) | fresh)
                rows = conn.execute(query.where(events.c.id.in_(touched))).all()
                ids = [r.id for r in rows]
                pairs = conn.execute(pair.where(memberships.c.event_id.in_(ids))).tuples().all()
            else:
                rows = conn.execute(query).all()
                pairs = list(event_of.items())
        members: dict[str, list[int]] = {}
        for pk, ev in sorted(pairs):
            members.setdefault(ev, []).append(pk)
        states = [event_state(row, dim, members.get(row.id, [])) for row in rows]
        return states, redirects, event_of

    def iter_vectors(self, chunk: int = 8192) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(keys, vectors) of every stored article, in chunks (to rebuild an ANN index)."""
        last = 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(embeddings.c.article_pk, embeddings.c.vector)
                    .where(embeddings.c.article_pk > last)
                    .order_by(embeddings.c.article_pk)
                    .limit(chunk)
                ).all()
            if not rows:
                return
            keys = np.fromiter((r[0] for r in rows), dtype=np.uint64, count=len(rows))
            vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype="<f4").reshape(len(rows), -1)
            yield keys, vecs
            last = int(keys[-1])


_ANNOUNCED: set[Path] = set()
OPEN_WAIT = 60.0  # seconds an opening waits for another process that holds a new file


def _busy(path: Path) -> None:
    if path not in _ANNOUNCED:  # once: an ingest takes the lock up to four times
        _ANNOUNCED.add(path)
        print(f"store busy: another newsweave is writing {path}; waiting for it", file=sys.stderr)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL: readers (the web app) never block the ingest; a killed writer loses only its open
    # transaction. NORMAL sync is durable against process kills, which is what we promise.
    cur.execute("PRAGMA busy_timeout=10000")  # first: switching to WAL may wait on a lock
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA wal_autocheckpoint=8192")  # ~32 MB between checkpoints: fewer fsyncs
    # 64 MiB of page cache instead of 2: inserts into the id/URL/hash indexes hit random
    # pages, and at 100k articles (800 MB) the default cache made ingest 15 % slower
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


def open_store(target: str | None = None) -> SQLStore:
    """A store for a file path (SQLite), a `sqlite:///...` or a `postgresql://...` URL.

    None opens `newsweave.db` in the working directory.
    """
    return SQLStore(_url(target))
