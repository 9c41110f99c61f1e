"""Stream ingest throughput and memory on synthetic streams (bench/synth.py; nothing real).

For each size (default 1k, 10k, 100k articles) a fresh process generates the stream, then
ingests it into a new SQLite store with `stream.Ingestor` (duplicate checks, features,
embeddings, ANN candidates, assignment, merges, one transaction per 64 articles), and
reports articles/s, peak RSS, and B-cubed F1 of the events against the generator's labels.
As `newsweave ingest` does, the model runs in a child process (newsweave.embed.process);
peak RSS adds the two processes' peaks (the ingest process here also holds a copy of the
model, for the next measurement). In the same process it embeds the same leads alone (all of
them, or a sample at large sizes): the ratio of the two times is what everything besides
the model costs.

    .venv/bin/python bench/stream.py [--sizes 1000,10000,100000] [--embed-sample 20000]
                                     [--repeat 3]   # sizes up to 10k: median of 3 runs

Parsing and cleaning (newsweave.ingest) are not part of this: the stream starts from Article
objects, as the web app and the engine hand them over.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root: bench.synth


def child(size: int, embed_sample: int, seed: int) -> dict[str, Any]:
    from bench import synth
    from newsweave.cluster import extract
    from newsweave.cluster.evaluate import bcubed
    from newsweave.embed import get_embedder
    from newsweave.embed.process import process_embedder
    from newsweave.store import open_store
    from newsweave.stream import Ingestor

    t0 = time.perf_counter()
    articles, gold = synth.articles(size, seed=seed)
    gen_s = time.perf_counter() - t0
    embedder = get_embedder()
    embedder.encode(["warm up the model"])  # loading is not ingest time
    # the model alone on the same leads, batched as the ingest batches them; half of the
    # sample before the ingest and half after, so that a change in machine load evens out
    sample = articles[:embed_sample] if embed_sample else articles
    leads = [extract(a).lead for a in sample]
    half = len(leads) // 2
    embed_s = _embed_time(embedder, leads[:half])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        t0 = time.perf_counter()
        # as the CLI ingests: the model embeds in a child process (newsweave.embed.process)
        with Ingestor(store, embedder, embed_process=True) as ing:
            open_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            report = ing.add(articles)
            ingest_s = time.perf_counter() - t0
            n_events = len(ing.clusterer.events)
            pred = {a.id: ing.clusterer.resolve(ev) for a, ev in _assignments(ing, articles)}
        t0 = time.perf_counter()
        reopen = Ingestor(store, embedder)  # loads the saved index and the event state
        reopen_s = time.perf_counter() - t0
        reopen.close()
        db_mb = (Path(tmp) / "bench.db").stat().st_size / 2**20
        store.close()
    assert len(report.added) == size, (len(report.added), len(report.duplicates))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = _peak_rss_mb(process_embedder(embedder.name).pid)
    embed_s += _embed_time(embedder, leads[half:])
    embed_s *= len(articles) / len(sample)
    p, r, f = bcubed(pred, gold)
    return {
        "size": size,
        "events": n_events,
        "gold_events": len(set(gold.values())),
        "generate_s": round(gen_s, 2),
        "open_s": round(open_s, 2),
        "ingest_s": round(ingest_s, 2),
        "articles_per_s": round(size / ingest_s, 1),
        "ms_per_article": round(1000 * ingest_s / size, 3),
        "embed_only_s": round(embed_s, 2),
        "embed_sample": len(sample),
        "embed_articles_per_s": round(size / embed_s, 1),
        "ratio_vs_embedding": round(ingest_s / embed_s, 3),
        "reopen_s": round(reopen_s, 2),
        "peak_rss_mb": round(peak_mb + child_mb),  # both peaks added: an upper bound
        "peak_rss_ingest_mb": round(peak_mb),
        "peak_rss_embedder_mb": round(child_mb),
        "db_mb": round(db_mb, 1),
        "bcubed": [round(p, 3), round(r, 3), round(f, 3)],
    }


def _peak_rss_mb(pid: int) -> float:
    """A live process's peak resident set (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _embed_time(embedder: Any, leads: list[str]) -> float:
    from newsweave.stream import BATCH

    t0 = time.perf_counter()
    for i in range(0, len(leads), BATCH):
        embedder.encode(leads[i : i + BATCH])
    return time.perf_counter() - t0


def _assignments(ing: Any, articles: list[Any]) -> list[tuple[Any, str]]:
    """(article, event id) from the store the ingest just wrote."""
    import sqlalchemy as sa

    from newsweave.store.schema import articles as t_articles
    from newsweave.store.schema import memberships

    with ing.store.engine.connect() as conn:
        rows = dict(
            conn.execute(
                sa.select(t_articles.c.id, memberships.c.event_id).join(
                    memberships, memberships.c.article_pk == t_articles.c.pk
                )
            )
            .tuples()
            .all()
        )
    return [(a, rows[a.id]) for a in articles]


def _run(size: int, args: argparse.Namespace) -> dict[str, Any]:
    # one process per run: its peak RSS is that size's alone
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(size), "--embed-sample",
         str(args.embed_sample), "--seed", str(args.seed)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if out.returncode != 0:
        raise SystemExit(f"size {size} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--embed-sample", type=int, default=20000, help="0: embed every lead")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3, help="runs of sizes up to 10k (median)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.embed_sample, args.seed)))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        # short runs (a 1k stream takes 3 s) swing with the machine: the median of a few
        runs = [_run(size, args) for _ in range(args.repeat if size <= 10_000 else 1)]
        res = sorted(runs, key=lambda r: r["ms_per_article"])[len(runs) // 2]
        res["runs"] = len(runs)
        results.append(res)
        print(
            f"{size:>7,} articles: {res['articles_per_s']:>7.1f} articles/s "
            f"({res['ms_per_article']:.3f} ms each, {res['ingest_s']:.1f} s), "
            f"embedding alone {res['embed_articles_per_s']:.1f}/s -> ratio "
            f"{res['ratio_vs_embedding']:.2f}; peak RSS {res['peak_rss_mb']} MB "
            f"(ingest {res['peak_rss_ingest_mb']} + embedder process {res['peak_rss_embedder_mb']}); "
            f"{res['events']:,} events (gold {res['gold_events']:,}), B-cubed P/R/F1 "
            f"{'/'.join(f'{x:.3f}' for x in res['bcubed'])}; db {res['db_mb']} MB; "
            f"reopen {res['reopen_s']:.1f} s"
            + (f" (median of {len(runs)} runs)" if len(runs) > 1 else ""),
            flush=True,
        )
    if len(results) > 1:
        first, last = results[0], results[-1]
        print(
            f"cost per article at {last['size']:,} vs {first['size']:,}: "
            f"{last['ms_per_article'] / first['ms_per_article']:.2f}x"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
