"""Clustering a batch in time windows, then stitching the windows (the batch engines).

Each window is clustered with the stream's clusterer, and also sees a *halo*: the previous
window's articles from its last HALO_DAYS days. A report that trails an event across the
window edge is then grouped with the event's halo copies by the same article-level rule,
and the halo tells the driver which earlier event that group continues (stitching). Undated
articles have no window: as in `cluster_articles`, they come last and join the events the
dated ones formed (or start their own), on the driver. Rows are plain dicts (Arrow-friendly):
key, window, day, cluster (pickled (Features, MemberInfo)), vector (float32 bytes).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from newsweave.model import Event

WINDOW_DAYS = 14  # clustering partitions: wide enough that few events straddle an edge
UNDATED = -1  # the window of articles without a usable date


def window_of(date: tuple[int, int] | None, days: int = WINDOW_DAYS) -> int:
    """The clustering partition of an article dated `date` (proleptic ordinal days)."""
    return UNDATED if date is None else date[0] // days


HALO_DAYS = 3  # = ClusterConfig.day_tolerance: how far reports trail their event for free


def cluster_rows(row: Mapping[str, Any], days: int = WINDOW_DAYS) -> list[dict[str, Any]]:
    """The clustering input of one article row: itself in its window, plus a halo copy in
    the next window when it is dated within HALO_DAYS of the edge."""
    base = {k: row[k] for k in ("key", "window", "cluster", "vector")}
    out = [{**base, "halo": False}]
    w = int(row["window"])
    if w != UNDATED and days > HALO_DAYS and int(row["day"]) % days >= days - HALO_DAYS:
        out.append({**base, "window": w + 1, "halo": True})
    return out


@dataclass
class WindowResult:
    window: int
    events: list[Any]  # cluster.EventState of home members only; members are article keys
    links: dict[str, list[int]]  # event id -> halo keys it grouped with its home members


def cluster_window(
    window: int, rows: Sequence[Mapping[str, Any]], config: Any = None
) -> WindowResult:
    """Cluster one window (halo included) exactly as `cluster_articles` would: arrival
    order, batches of `cluster.BATCH`, the finishing pass; then take the halo back out."""
    from newsweave.cluster import BATCH, OnlineClusterer, arrival_order

    rows = sorted(rows, key=lambda r: (int(r["key"]), bool(r["halo"])))
    keys = [int(r["key"]) for r in rows]
    parsed = [pickle.loads(r["cluster"]) for r in rows]
    feats = [p[0] for p in parsed]
    infos = [p[1] for p in parsed]
    vectors = np.stack([np.frombuffer(r["vector"], dtype=np.float32) for r in rows])
    clusterer = OnlineClusterer(int(vectors.shape[1]), config, keep_articles=True)
    order = arrival_order(feats)
    for start in range(0, len(order), BATCH):
        idx = order[start : start + BATCH]
        clusterer.add_batch(
            [keys[i] for i in idx], [feats[i] for i in idx], vectors[idx], [infos[i] for i in idx]
        )
    clusterer.refine()
    halo = {int(r["key"]) for r in rows if r["halo"]}
    links: dict[str, list[int]] = {}
    events = []
    for ev in sorted(clusterer.events.values(), key=lambda e: e.seq):
        linked = [k for k in ev.members if k in halo]
        for k in linked:
            item = clusterer.articles[k]
            ev.remove(k, item.features, item.vec, item.info)
        if ev.size:
            events.append(ev)
            if linked:
                links[ev.id] = linked
    return WindowResult(window, events, links)


def stitch_windows(results: Iterable[WindowResult]) -> list[Any]:
    """Join each window's events to the earlier events their halo articles belong to; an
    event whose halo spans several earlier events continues the one with most of them."""
    home: dict[int, Any] = {}  # article key -> surviving event
    survivors: dict[str, Any] = {}
    age: dict[str, int] = {}  # survivor id -> creation order
    for res in sorted(results, key=lambda r: r.window):
        if res.window == UNDATED:
            continue
        for ev in res.events:
            votes: dict[str, int] = {}
            for k in res.links.get(ev.id, []):
                if k in home:
                    target_id = home[k].id
                    votes[target_id] = votes.get(target_id, 0) + 1
            if votes:
                # most halo articles; ties go to the older event (creation order)
                target = survivors[max(votes, key=lambda e: (votes[e], -age[e]))]
                target.absorb(ev)
            else:
                # ids derive from the founding article: a halo copy can found an event in
                # the next window too, and the two must stay apart
                base, n = ev.id, 1
                while ev.id in survivors:
                    n += 1
                    ev.id = f"{base}-{n}"
                target = survivors[ev.id] = ev
                age[ev.id] = len(age)
            for m in ev.members:
                home[m] = target
    return list(survivors.values())


def assign_undated(
    events: list[Any],
    dated: tuple[Sequence[int], np.ndarray],
    undated: Sequence[Mapping[str, Any]],
    config: Any = None,
) -> list[Any]:
    """Undated articles join the stitched events (or start their own), in input order, as
    the last step of `cluster_articles` does. `dated` is (keys, vectors) of every dated
    article: the ANN index the clusterer searches."""
    if not undated:
        return events
    from newsweave.cluster import BATCH, OnlineClusterer

    rows = sorted(undated, key=lambda r: int(r["key"]))
    vectors = np.stack([np.frombuffer(r["vector"], dtype=np.float32) for r in rows])
    clusterer = OnlineClusterer(int(vectors.shape[1]), config)
    event_of = {k: ev.id for ev in events for k in ev.members}
    clusterer.restore(events, {}, event_of)
    dated_keys, dated_vectors = dated
    clusterer.ann.add(np.asarray(dated_keys, dtype=np.uint64), dated_vectors)
    parsed = [pickle.loads(r["cluster"]) for r in rows]
    keys = [int(r["key"]) for r in rows]
    for start in range(0, len(rows), BATCH):
        sl = slice(start, start + BATCH)
        clusterer.add_batch(
            keys[sl], [p[0] for p in parsed[sl]], vectors[sl], [p[1] for p in parsed[sl]]
        )
    return list(clusterer.events.values())


def cluster_events(
    results: Iterable[WindowResult],
    dated: tuple[Sequence[int], np.ndarray],
    undated: Sequence[Mapping[str, Any]],
    key_to_id: Mapping[int, str],
    config: Any = None,
) -> tuple[list[Event], dict[int, tuple[str, int]]]:
    """The driver's part of clustering: stitch the windows, place the undated articles."""
    states = assign_undated(stitch_windows(results), dated, undated, config)
    return finish_events(states, key_to_id)


def dated_vectors(rows: Iterable[Mapping[str, Any]]) -> tuple[list[int], np.ndarray]:
    """(keys, vectors) of dated article rows, in key order (the ANN index is built in this
    order by both engines)."""
    pairs = sorted((int(r["key"]), r["vector"]) for r in rows if int(r["window"]) != UNDATED)
    if not pairs:
        return [], np.zeros((0, 0), dtype=np.float32)
    return [k for k, _ in pairs], np.stack([np.frombuffer(v, dtype=np.float32) for _, v in pairs])


def finish_events(
    states: Sequence[Any], key_to_id: Mapping[int, str]
) -> tuple[list[Event], dict[int, tuple[str, int]]]:
    """Public events (sorted as `cluster_articles` sorts them) and, per article key,
    (event id, rank in the event)."""
    from newsweave.cluster import to_event

    ids = dict(key_to_id)
    events = [to_event(ev, ids) for ev in states]
    events.sort(key=lambda e: (e.date or "9999", -len(e.articles), e.id))
    assignment = {key: (ev.id, rank) for ev in states for rank, key in enumerate(ev.members)}
    return events, assignment
