"""The default engine: every stage in this process, one after the other.

It calls exactly the stage functions the Ray engine schedules, in the same chunks and
groups, so the two agree; it is also the faster of the two on a small machine (no
serialisation, no scheduler)."""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from newsweave.cluster import windows
from newsweave.engine import stages as st
from newsweave.engine.batch import BatchOptions, BatchResult
from newsweave.errors import Problem


def run(inputs: list[str], out: Path, opts: BatchOptions) -> BatchResult:
    from newsweave.embed import get_embedder

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    chunks, problems = st.plan(inputs, opts.chunk)
    embedder = get_embedder()
    done = [st.embed_chunk(st.annotate_chunk(st.read_chunk(c)), embedder) for c in chunks]
    references = sorted(set().union(*(st.published_dates(c) for c in done)))
    rows: list[st.Row] = []
    for chunk in done:
        problems.extend(chunk.problems)
        rows.extend(st.explode_chunk(chunk, opts.window_days, references))
    timings["read+annotate+embed"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    drop, dup = st.duplicate_keys((r.id, r.key) for r in rows)
    problems.extend(dup)
    rows = [r for r in rows if r.key not in drop]
    key_to_id = {r.key: r.id for r in rows}
    by_window: dict[int, list[dict[str, Any]]] = defaultdict(list)
    undated: list[dict[str, Any]] = []
    for r in rows:
        row = r.as_dict()
        if r.window == windows.UNDATED:
            undated.append(row)
            continue
        for cr in windows.cluster_rows(row, opts.window_days):
            by_window[cr["window"]].append(cr)
    cfg = opts.cluster_config
    results = [windows.cluster_window(w, group, cfg) for w, group in sorted(by_window.items())]
    dated = windows.dated_vectors(r.as_dict() for r in rows) if undated else ([], None)
    t1 = time.perf_counter()
    events, assignment = windows.cluster_events(results, dated, undated, key_to_id, cfg)
    timings["cluster"] = time.perf_counter() - t0
    timings["cluster: driver merge"] = time.perf_counter() - t1  # serial, part of cluster

    t0 = time.perf_counter()
    facts: list[dict[str, Any]] = []
    if opts.dossiers:
        by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            event_id, rank = assignment[r.key]
            by_event[event_id].append({"rank": rank, "article": r.article})
        for ev in events:
            dossier = st.dossier_for_event(ev.id, by_event[ev.id], embedder, opts.max_summary)
            st.write_json(st.dossier_path(out, ev.id), dossier.to_dict())
            facts.extend(st.fact_rows(ev.id, dossier))
    timings["dossiers"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    table_rows = [{**r.as_dict(), "event": assignment[r.key][0]} for r in rows]
    st.write_part(out, "articles", st.article_rows(table_rows))
    st.write_part(out, "sentences", st.sentence_table_rows(table_rows))
    st.write_part(out, "facts", facts)
    st.write_events(out, events)
    timings["write"] = time.perf_counter() - t0
    return BatchResult(
        events=events,
        problems=sorted(problems, key=_problem_order),
        articles=len(rows),
        dossiers=len(events) if opts.dossiers else 0,
        timings=timings,
    )


def _problem_order(p: Problem) -> tuple[str, str]:
    return (p.record, p.reason)
