"""Dossier speed: model load time, then warm dossier time for the seeds and the largest
corpus event (../shared). Target: under 1 s warm for a 10-article event on 2 cores.

    .venv/bin/python bench/speed.py [--repeat N]

Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, corpus_events, load_texts, shared_or_exit  # noqa: E402
from newsweave.dossier import build_dossier  # noqa: E402


def _stage_times(articles: list, embedder: object) -> dict[str, float]:
    """Wall time of each stage once, on warm models (where the time goes)."""
    from newsweave.align.facts import align_facts
    from newsweave.compare.divergence import find_divergences
    from newsweave.compare.independence import group_index, source_groups
    from newsweave.dossier import CachingEmbedder, _quotes
    from newsweave.summarize.extractive import summarize
    from newsweave.summarize.timeline import build_timeline

    out: dict[str, float] = {}
    cache = CachingEmbedder(embedder)
    t = time.perf_counter()
    flat = cache.encode([s.text for a in articles for s in a.sentences])
    out["embed sentences"] = time.perf_counter() - t
    vectors, pos = {}, 0
    for a in articles:
        vectors[a.id] = flat[pos : pos + len(a.sentences)]
        pos += len(a.sentences)
    t = time.perf_counter()
    gindex = group_index(source_groups(articles, vectors=vectors))
    out["source groups"] = time.perf_counter() - t
    t = time.perf_counter()
    alignment = align_facts(articles, vectors=vectors, groups=gindex, embedder=cache)
    out["facts (incl. clause embeddings)"] = time.perf_counter() - t
    t = time.perf_counter()
    _, qdivs = _quotes(articles, cache)
    out["quotes"] = time.perf_counter() - t
    t = time.perf_counter()
    find_divergences(alignment, articles, gindex, quote_divergences=qdivs)
    out["divergences"] = time.perf_counter() - t
    t = time.perf_counter()
    summarize(alignment, articles)
    build_timeline(articles, vectors=vectors)
    out["summary + timeline"] = time.perf_counter() - t
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    shared_or_exit("")
    t0 = time.perf_counter()
    from newsweave.embed import get_embedder

    embedder = get_embedder()
    embedder.encode(["warm-up sentence"])
    print(f"model load: {time.perf_counter() - t0:.2f}s ({embedder.name})")

    cases: list[tuple[str, list]] = []
    if (SHARED / "seeds").exists():
        cases.append(("seeds", load_texts(sorted((SHARED / "seeds").glob("*.txt")))))
    if (SHARED / "corpus").exists():
        from _common import load_records

        _, by_event = corpus_events()
        name = max(by_event, key=lambda k: sum(len(r["text"]) for r in by_event[k]))
        cases.append((f"corpus:{name}", load_records(by_event[name])))
    for name, articles in cases:
        n_sent = sum(len(a.sentences) for a in articles)
        build_dossier(articles, embedder=embedder)  # first call loads spaCy etc.
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            build_dossier(articles, embedder=embedder)
            times.append(time.perf_counter() - t)
        print(
            f"{name}: {len(articles)} articles, {n_sent} sentences: dossier warm "
            f"min {min(times):.2f}s / median {sorted(times)[len(times) // 2]:.2f}s"
        )
        for stage, sec in _stage_times(articles, embedder).items():
            print(f"    {stage:32} {sec:6.3f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
