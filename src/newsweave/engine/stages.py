"""The batch pipeline's stages as plain functions over batches; the engines only schedule them.

    plan ─▶ read ─▶ annotate ─▶ embed ─▶ explode ─▶ ┬ window clusters ─▶ merge (driver)
    (driver) (map)   (map)     (actors)   (map)     │  (group by window)         │
                                                    └──────── group by event ◀──┘─▶ dossiers

Inputs are cut into chunks of sources once, on the driver; a chunk is the unit of the
per-record stages in *both* engines. That is what makes the engines agree bit for bit: the
embedder's output depends (in the 7th digit) on which texts share its batch, so the batch
must not depend on how an engine happens to split the data.

Every article gets an integer key, `source position << 20 | index within the source`: it
orders the input (ties in the clusterer's arrival order), keys the ANN index, and survives
the shuffles.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from newsweave.cluster.windows import WINDOW_DAYS, window_of
from newsweave.errors import Problem
from newsweave.ingest.sources import walk
from newsweave.model import EVENTS_SCHEMA, MAX_SUMMARY, Article, Dossier, Event

CHUNK = 64  # sources per chunk: one embedder call per chunk
SUB_BITS = 20  # a file may hold up to 2**20 articles (a JSON array, a feed)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


# --- plan (driver) ------------------------------------------------------------------------


@dataclass
class Source:
    """One unit to read: a file/URL for the ingest readers, or one JSONL line."""

    name: str
    path: str | None = None
    record: str | None = None


@dataclass
class Chunk:
    """A batch as it moves through the per-record stages."""

    index: int
    pos0: int  # position of the first source in the whole input
    sources: list[Source]
    keys: list[int] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    vectors: np.ndarray | None = None  # (n, dim) lead embeddings, in `articles` order
    features: list[Any] = field(default_factory=list)  # cluster.Features, in `articles` order


def plan(inputs: Sequence[str | Path], chunk: int = CHUNK) -> tuple[list[Chunk], list[Problem]]:
    """Chunks of sources in input order. JSONL files are split into lines so that one big
    stream file spreads over workers; other files and URLs go whole to the ingest readers."""
    sources: list[Source] = []
    problems: list[Problem] = []
    for item in inputs:
        name = str(item)
        if name.startswith(("http://", "https://")):
            sources.append(Source(name, path=name))
            continue
        path = Path(name)
        if path.is_dir():  # the ingest readers' walk: same order, same files skipped
            files, unreadable = walk(path)
            problems.extend(unreadable)
            if not files and not unreadable:
                problems.append(Problem(name, "folder holds no files"))
        elif path.is_file():
            files = [path]
        else:
            problems.append(Problem(name, "no such file or directory"))
            continue
        for f in files:
            if f.suffix.lower() in JSONL_SUFFIXES:
                sources.extend(_jsonl_sources(f, problems))
            else:
                sources.append(Source(str(f), path=str(f)))
    chunks = [
        Chunk(index=i, pos0=start, sources=sources[start : start + chunk])
        for i, start in enumerate(range(0, len(sources), chunk))
    ]
    return chunks, problems


def _jsonl_sources(path: Path, problems: list[Problem]) -> Iterator[Source]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(str(path), f"cannot read: {exc.strerror or exc}"))
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # not UTF-8: let the ingest reader decode it (and say why if it cannot)
        yield Source(str(path), path=str(path))
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield Source(f"{path}:{lineno}", record=line)


# --- per-chunk stages (map) ------------------------------------------------------------------


def read_chunk(chunk: Chunk) -> Chunk:
    """Sources to cleaned Articles (the ingest readers and cleaning rules); unreadable
    sources and articles that cleaning empties become Problems."""
    from newsweave.ingest import clean
    from newsweave.ingest.readers import read_record
    from newsweave.ingest.sources import iter_raw

    for i, src in enumerate(chunk.sources):
        pos = chunk.pos0 + i
        items: Iterable[Article | Problem]
        if src.record is not None:
            try:
                items = list(read_record(json.loads(src.record), src.name))
            except json.JSONDecodeError as exc:  # worded as the JSONL reader words it
                items = [Problem(src.name, f"invalid JSON ({exc.msg}, column {exc.colno})")]
        else:
            items = iter_raw([src.path or src.name])
        sub = 0
        for item in items:
            if isinstance(item, Problem):
                chunk.problems.append(item)
                continue
            cleaned = clean(item)
            if not cleaned.text.strip():
                name = item.source or item.id
                chunk.problems.append(Problem(name, "empty article (nothing left after cleaning)"))
                continue
            chunk.keys.append(pos << SUB_BITS | sub)
            chunk.articles.append(cleaned)
            sub += 1
    return chunk


def annotate_chunk(chunk: Chunk) -> Chunk:
    """Language and sentences (the text stage)."""
    from newsweave.text import annotate

    chunk.articles = [annotate(a) for a in chunk.articles]
    return chunk


def published_dates(chunk: Chunk) -> set[str]:
    """The chunk's publication dates: the driver gathers them as the reference dates that
    give year-less dateline dates their year (as `ingest.load_report` does for a batch)."""
    return {a.published for a in chunk.articles if a.published}


def resolve_dates(articles: list[Article], references: Sequence[str]) -> list[Article]:
    """`ingest.resolve_partial_dates` against the dates of the whole input, not one chunk."""
    from newsweave.ingest import resolve_partial_dates

    if not references or not any(a.provenance.partial_date for a in articles):
        return articles
    return resolve_partial_dates(articles, references)


def embed_chunk(chunk: Chunk, embedder: Any) -> Chunk:
    """The clusterer's features and lead embeddings (title + first sentences), one embedder
    call per chunk."""
    from newsweave.cluster import extract

    chunk.features = [extract(a) for a in chunk.articles]
    leads = [f.lead for f in chunk.features]
    chunk.vectors = np.asarray(embedder.encode(leads), dtype=np.float32)
    return chunk


@dataclass
class Row:
    """One article between the shuffles; every field is plain data (Arrow-friendly)."""

    key: int
    id: str
    window: int
    day: int  # first day of the article's date (proleptic ordinal), -1 when undated
    article: bytes  # pickled Article
    cluster: bytes  # pickled (Features, cluster.MemberInfo)
    vector: bytes  # float32

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "id": self.id,
            "window": self.window,
            "day": self.day,
            "article": self.article,
            "cluster": self.cluster,
            "vector": self.vector,
        }


def explode_chunk(
    chunk: Chunk, days: int = WINDOW_DAYS, references: Sequence[str] = ()
) -> list[Row]:
    """A chunk's articles as rows, each with its clustering window (partial dates resolved
    against `references` first: the date decides the window)."""
    from newsweave.cluster import article_info, extract

    assert chunk.vectors is not None, "embed_chunk first"
    articles = resolve_dates(chunk.articles, references)
    rows = []
    for key, article, old, feats, vec in zip(
        chunk.keys, articles, chunk.articles, chunk.features, chunk.vectors, strict=True
    ):
        if article is not old:  # a dateline date got its year: the date feature changes
            feats = extract(article)
        rows.append(
            Row(
                key=key,
                id=article.id,
                window=window_of(feats.date, days),
                day=feats.date[0] if feats.date else -1,
                article=pickle.dumps(article, protocol=5),
                cluster=pickle.dumps((feats, article_info(article)), protocol=5),
                vector=np.asarray(vec, dtype=np.float32).tobytes(),
            )
        )
    return rows


def duplicate_keys(pairs: Iterable[tuple[str, int]]) -> tuple[set[int], list[Problem]]:
    """Keys of articles whose id came earlier in the input (the first one is kept)."""
    first: dict[str, int] = {}
    drop: set[int] = set()
    problems: list[Problem] = []
    for article_id, key in sorted(pairs, key=lambda p: p[1]):
        if article_id in first:
            drop.add(key)
            problems.append(Problem(f"article {article_id}", "duplicate id; kept the first"))
        else:
            first[article_id] = key
    return drop, problems


# --- dossiers (group by event) -----------------------------------------------------------------


def dossier_for_event(
    event_id: str,
    rows: Sequence[Mapping[str, Any]],
    embedder: Any = None,
    max_summary: int = MAX_SUMMARY,
) -> Dossier:
    """The dossier of one event; `rows` carry the pickled articles and their `rank` (the
    event's member order, so every engine hands build_dossier the same list)."""
    from newsweave.dossier import build_dossier

    ordered = sorted(rows, key=lambda r: int(r["rank"]))
    articles = [pickle.loads(r["article"]) for r in ordered]
    return build_dossier(articles, max_summary=max_summary, embedder=embedder, event_id=event_id)


def dossier_path(out: Path, event_id: str) -> Path:
    return out / "dossiers" / f"{event_id}.json"


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def events_document(events: Sequence[Event]) -> dict[str, Any]:
    """What `newsweave cluster --format json` prints (schema newsweave.events/1)."""
    return {"schema": EVENTS_SCHEMA, "events": [e.to_dict() for e in events]}


# --- tables ----------------------------------------------------------------------------------


def article_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows of the articles table from article rows that carry `key`, `article`, `event`."""
    return [article_row(pickle.loads(r["article"]), int(r["key"]), r["event"]) for r in rows]


def sentence_table_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows of the sentences table from article rows that carry `article`."""
    out: list[dict[str, Any]] = []
    for r in rows:
        out.extend(sentence_rows(pickle.loads(r["article"])))
    return out


def write_part(out: Path, name: str, rows: Iterable[dict[str, Any]], part: int = 0) -> None:
    """One Parquet part file of table `name` under `out/name/`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(list(rows), schema=schemas()[name])
    pq.write_table(table, folder / f"part-{part:05d}.parquet")


def write_events(out: Path, events: Sequence[Event]) -> None:
    """events.json and the events table (small: written by the driver in both engines),
    with the title and independent-source count of each event's dossier where one was
    built: one title and one count everywhere (the clusterer's are estimates)."""
    events = [_as_dossier_says(out, e) for e in events]
    write_json(out / "events.json", events_document(events))
    write_part(out, "events", [event_row(e) for e in events])


def _as_dossier_says(out: Path, event: Event) -> Event:
    path = dossier_path(out, event.id)
    if not path.exists():
        return event
    d = Dossier.from_dict(json.loads(path.read_text(encoding="utf-8")))
    sources = d.independent_sources() or event.independent_sources
    return replace(event, title=d.event.title or event.title, independent_sources=sources)


def article_row(article: Article, key: int, event_id: str | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "key": key,
        "event": event_id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "lang": article.lang,
        "url": article.url,
        "source": article.source,
        "author": article.author,
        "dateline": article.dateline,
        "wire": article.wire,
        "syndicated": article.syndicated,
        "machine_translated": article.machine_translated,
        "text": article.text,
        "sentences": len(article.sentences),
        "provenance": json.dumps(article.provenance.to_dict(), ensure_ascii=False),
    }


def sentence_rows(article: Article) -> list[dict[str, Any]]:
    return [
        {
            "article": s.article_id,
            "index": s.index,
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "paragraph": s.paragraph,
            "lang": s.lang,
        }
        for s in article.sentences
    ]


def fact_rows(event_id: str, dossier: Dossier) -> list[dict[str, Any]]:
    return [
        {
            "event": event_id,
            "id": f.id,
            "text": f.text,
            "status": f.status,
            "independent_sources": f.independent_sources,
            "score": float(f.score),
            "articles": sorted({c.article for c in f.support}),
            "support": json.dumps([c.to_dict() for c in f.support], ensure_ascii=False),
        }
        for f in dossier.facts
    ]


def event_row(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "title": event.title,
        "date": event.date,
        "first_date": event.first_date,
        "last_date": event.last_date,
        "size": len(event.articles),
        "articles": list(event.articles),
        "languages": list(event.languages),
        "outlets": list(event.outlets),
        "independent_sources": event.independent_sources,
    }


def schemas() -> dict[str, Any]:
    """Arrow schemas of the output tables (explicit, so an empty part has the same columns)."""
    import pyarrow as pa

    s, i64, b, f64 = pa.string(), pa.int64(), pa.bool_(), pa.float64()
    return {
        "articles": pa.schema(
            [
                ("id", s), ("key", i64), ("event", s), ("title", s), ("outlet", s),
                ("published", s), ("lang", s), ("url", s), ("source", s), ("author", s),
                ("dateline", s), ("wire", s), ("syndicated", b), ("machine_translated", b),
                ("text", s), ("sentences", i64), ("provenance", s),
            ]
        ),
        "sentences": pa.schema(
            [
                ("article", s), ("index", i64), ("text", s), ("start", i64), ("end", i64),
                ("paragraph", i64), ("lang", s),
            ]
        ),
        "facts": pa.schema(
            [
                ("event", s), ("id", s), ("text", s), ("status", s),
                ("independent_sources", i64), ("score", f64), ("articles", pa.list_(s)),
                ("support", s),
            ]
        ),
        "events": pa.schema(
            [
                ("id", s), ("title", s), ("date", s), ("first_date", s), ("last_date", s),
                ("size", i64), ("articles", pa.list_(s)), ("languages", pa.list_(s)),
                ("outlets", pa.list_(s)), ("independent_sources", i64),
            ]
        ),
    }  # fmt: skip
