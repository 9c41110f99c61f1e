"""Ingest throughput and language-ID accuracy on ../shared/corpus/articles.jsonl.

    .venv/bin/python bench/ingest_speed.py [--passes 5] [--workers 2]

Times parse_record (clean + annotate) per article after a warm-up (models are
loaded once per process, as in the stream stage), then checks the detected
language of the cleaned text against the corpus's hand-set `lang`. Skips
cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles.jsonl"


def _records() -> list[dict[str, Any]]:
    rows = [
        json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    # The hand-set language is the answer key: the pipeline must not see it.
    return [{k: v for k, v in row.items() if k not in ("lang", "event_id")} for row in rows]


def _run(records: list[dict[str, Any]]) -> int:
    from newsweave.ingest import parse_record

    return sum(1 for i, r in enumerate(records) if parse_record(r, f"corpus:{i}"))


def _warm() -> None:
    """Load the models the corpus needs, as a long-running worker would have them."""
    from newsweave.ingest import parse_record

    for i, record in enumerate(_records()):
        parse_record(record, f"warm:{i}")


def _ready(_: int) -> int:
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passes", type=int, default=5, help="times the corpus is pushed through")
    parser.add_argument("--workers", type=int, default=1, help="processes (the box has 2 cores)")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skip: {CORPUS} not found")
        return 0
    from newsweave.ingest import clean, parse_record
    from newsweave.ingest.records import raw_article
    from newsweave.text import annotate

    records = _records()
    t0 = time.perf_counter()
    _warm()  # every language the corpus holds, so the timed passes measure steady state
    warm = time.perf_counter() - t0
    batch = records * args.passes
    if args.workers > 1:
        chunks = [batch[i :: args.workers] for i in range(args.workers)]
        with ProcessPoolExecutor(args.workers, initializer=_warm) as pool:
            list(pool.map(_ready, range(args.workers * 4)))  # start and warm every worker first
            t0, c0 = time.perf_counter(), time.process_time()
            n = sum(pool.map(_run, chunks))
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    else:
        t0, c0 = time.perf_counter(), time.process_time()
        n = _run(batch)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    raws = [raw_article(r, f"corpus:{i}") for i, r in enumerate(records)] * args.passes
    c0 = time.process_time()
    cleaned = [clean(a) for a in raws]
    t_clean = time.process_time() - c0
    c0 = time.process_time()
    for a in cleaned:
        annotate(a)
    t_annotate = time.process_time() - c0

    print(f"model warm-up: {warm:.2f} s")
    print(
        f"parse_record (clean + annotate), {args.workers} worker(s): {n} articles in {elapsed:.2f} s wall"
        f" = {n / elapsed:.0f} articles/s"
    )
    if args.workers == 1:
        # Wall time counts other processes on a shared box; CPU time is this process's own cost.
        print(f"  per CPU-second: {n / cpu:.0f} articles/s (one core)")
    print(f"  clean alone:    {len(raws) / t_clean:.0f} articles per CPU-second")
    print(f"  annotate alone: {len(raws) / t_annotate:.0f} articles per CPU-second")

    gold = [
        json.loads(line)["lang"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    got = [parse_record(r, f"corpus:{i}").lang for i, r in enumerate(records)]
    right = sum(g == p for g, p in zip(gold, got, strict=True))
    print(
        f"language ID: {right}/{len(gold)} = {right / len(gold):.1%} agree with the hand-set lang"
    )
    for i, (g, p) in enumerate(zip(gold, got, strict=True)):
        if g != p:
            print(f"  {records[i]['id']}: gold {g}, detected {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
