"""Dossier time and memory as events grow (issue 10, "Scale").

    python bench/dossier_scale.py                    # 50 vs 500 articles, a 2 MB article
    python bench/dossier_scale.py --sizes 50 200     # other event sizes
    python bench/dossier_scale.py --skip-big         # no 2 MB article
    python bench/dossier_scale.py --stages           # where the time of each event goes

Targets: the largest event in under 10x the warm dossier time of the smallest; the
dossier of a single 2 MB article with a peak RSS under 1.5 GB; warm dossier time per
article within 3x the time of embedding its sentences.

Events come from the dev corpus (../shared/corpus; skipped cleanly when absent): its 100
articles of 10 events, 5 per event for a 50-article event; past 100 articles, copies of
them follow, each with its paragraphs rotated and another outlet name (the reprints and
rewrites a big event gathers). The 2 MB article is invented English text
(bench/synth.py), ~470k characters once the cleaner has dropped repeated paragraphs.

Each measurement runs in a fresh child process (peak RSS is that child's, models
included), under a 12 GB address-space limit and a time limit so a runaway build fails
instead of taking the machine. Per event the child reads and annotates the articles,
warms the models on a 3-article dossier, then times the embedding of all sentences
once and the whole dossier once (it embeds them again itself), in wall seconds and in
CPU seconds of the process (all its threads) plus those of its NER child process (see
text/ner_process.py): on a shared machine the CPU figures are the steadier ones. Peak
RSS is the process's; the 2 MB target adds the NER child's peak to it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root: bench.synth

from _common import corpus_events  # noqa: E402

AS_LIMIT = 12 << 30  # bytes of address space per child


def event_records(n: int) -> list[dict[str, Any]]:
    """`n` corpus records: round-robin over the events, then rotated copies with other outlets."""
    _, by_event = corpus_events()
    events = [by_event[k] for k in sorted(by_event)]
    if n <= 100:
        per = -(-n // len(events))
        return [r for group in events for r in group[:per]][:n]
    base = [r for group in zip(*events, strict=False) for r in group]
    out: list[dict[str, Any]] = []
    for i in range(n):
        rec = dict(base[i % len(base)])
        copy = i // len(base)
        if copy:
            paragraphs = rec["text"].split("\n\n")
            k = copy % len(paragraphs)
            rec["text"] = "\n\n".join(paragraphs[k:] + paragraphs[:k])
            rec["id"] = f"{rec['id']}~{copy}"
            rec["outlet"] = f"{rec.get('outlet') or 'outlet'}-{copy}"
        out.append(rec)
    return out


def big_record(megabytes: float) -> dict[str, Any]:
    """One English article of `megabytes` MB from the invented stream (bench/synth.py): the
    corpus repeated would be cut back to its unique paragraphs by the cleaner's dedup."""
    from bench import synth

    articles, _ = synth.articles(6000, seed=1)
    english = [a.text for a in articles if a.lang == "en"]
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in english:
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= megabytes * 1_000_000:
                break
    return {"id": "big", "title": "A very long report", "lang": "en", "text": "\n\n".join(parts)}


# --- child -------------------------------------------------------------------


def child(path: str, stages: bool) -> None:
    from newsweave.dossier import build_dossier
    from newsweave.embed import get_embedder
    from newsweave.ingest import load

    try:
        from newsweave.text.limits import REASONS
    except ImportError:  # a build from before the caps (for before/after figures)
        REASONS = ()
    try:
        from newsweave.text.nlp import child_usage
    except ImportError:  # a build from before the NER child
        child_usage = lambda: None  # noqa: E731

    t = time.perf_counter()
    articles = load([path])
    read = time.perf_counter() - t
    embedder = get_embedder()
    # warm: one article of each language loads USE and every spaCy model the event needs
    first = {a.lang: a for a in reversed(articles)}
    build_dossier(list(first.values())[:8] or articles[:3], embedder=embedder)
    texts = [s.text for a in articles for s in a.sentences]
    t, c = time.perf_counter(), time.process_time()
    embedder.encode(texts)
    embed, embed_cpu = time.perf_counter() - t, time.process_time() - c
    ner_before = child_usage() or (0.0, 0.0)
    t, c = time.perf_counter(), time.process_time()
    stage_times: dict[str, float] = {}
    d = build_dossier(articles, embedder=embedder, timings=stage_times)
    dossier, dossier_cpu = time.perf_counter() - t, time.process_time() - c
    ner_cpu, ner_rss = child_usage() or (0.0, 0.0)
    ner_cpu -= ner_before[0]  # the NER child's CPU seconds count with the dossier's
    out: dict[str, Any] = {
        "articles": len(articles),
        "sentences": len(texts),
        "chars": sum(len(a.text) for a in articles),
        "capped": sorted({r.reason for a in articles for r in a.removed if r.reason in REASONS}),
        "read": read,
        "embed": embed,
        "dossier": dossier,
        "embed_cpu": embed_cpu,
        "dossier_cpu": dossier_cpu + ner_cpu,
        "ner_cpu": ner_cpu,
        "ner_rss": ner_rss,
        "facts": len(d.facts),
    }
    out["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB, Linux
    print("RESULT " + json.dumps(out), flush=True)  # kept should the stages time out
    if stages:
        out["stages"] = stage_times  # of the measured run (a second run would find warm caches)
        print("RESULT " + json.dumps(out), flush=True)


# --- parent ------------------------------------------------------------------


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (AS_LIMIT, AS_LIMIT))


def measure(records: list[dict[str, Any]], timeout: float, stages: bool) -> dict[str, Any]:
    """Run the child on `records`; its RESULT plus wall time and peak RSS (MB)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "event.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records))
        cmd = [sys.executable, __file__, "--child", str(path)] + (["--stages"] if stages else [])
        t = time.perf_counter()
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_limit
        )
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            err = f"timed out after {timeout:.0f}s"
        wall = time.perf_counter() - t
    results = [json.loads(line[7:]) for line in out.splitlines() if line.startswith("RESULT ")]
    result = results[-1] if results else None
    if result is None:
        tail = (err or "").strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        return {"error": tail[0], "wall": wall}
    return {**result, "wall": wall}


def _line(name: str, r: dict[str, Any]) -> str:
    if "error" in r:
        return f"{name}: FAILED after {r['wall']:.0f}s ({r['error']})"
    per = r["dossier_cpu"] / max(r["articles"], 1)
    text = (
        f"{name}: {r['articles']} articles, {r['sentences']} sentences, {r['chars']:,} chars, "
        f"{r['facts']} facts; read {r['read']:.1f}s; embed {r['embed']:.2f}s "
        f"(CPU {r['embed_cpu']:.2f}s); dossier {r['dossier']:.2f}s (CPU {r['dossier_cpu']:.2f}s, "
        f"{per * 1000:.0f} ms/article); peak RSS {r['rss']:.0f} MB"
    )
    if r.get("ner_rss"):
        text += f" (NER child: CPU {r['ner_cpu']:.2f}s, peak RSS {r['ner_rss']:.0f} MB)"
    if r.get("capped"):
        text += f"; capped: {', '.join(r['capped'])}"
    for stage, sec in r.get("stages", {}).items():
        text += f"\n    {stage:32} {sec:7.2f}s"
    return text


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[50, 500])
    parser.add_argument("--big-mb", type=float, default=2.0)
    parser.add_argument("--skip-big", action="store_true")
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per child")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.stages)
        return 0
    corpus_events()  # exits cleanly when ../shared/corpus is absent
    print(f"threads: NEWSWEAVE_THREADS={os.environ.get('NEWSWEAVE_THREADS', 'default')}")
    runs = {}
    for n in args.sizes:
        runs[n] = r = measure(event_records(n), args.timeout, args.stages)
        print(_line(f"event of {n}", r), flush=True)
    if len(runs) >= 2:
        small, large = runs[min(runs)], runs[max(runs)]
        if "error" not in small and "error" not in large:
            ratio = large["dossier"] / small["dossier"]
            cpu = large["dossier_cpu"] / small["dossier_cpu"]
            print(
                f"warm dossier time, {max(runs)} vs {min(runs)} articles: wall {ratio:.1f}x, "
                f"CPU {cpu:.1f}x (target < 10x: {'met' if max(ratio, cpu) < 10 else 'NOT met'})"
            )
    if not args.skip_big:
        r = measure([big_record(args.big_mb)], args.timeout, args.stages)
        print(_line(f"one {args.big_mb:g} MB article", r))
        if "error" not in r:
            rss = r["rss"] + r.get("ner_rss", 0.0)  # both processes, as if at once
            print(
                f"peak RSS of the {args.big_mb:g} MB article dossier: {rss:.0f} MB "
                f"(target < 1536 MB: {'met' if rss < 1536 else 'NOT met'})"
            )
    for n, r in runs.items():
        if "error" not in r:
            ratio = r["dossier"] / max(r["embed"], 1e-9)
            cpu = r["dossier_cpu"] / max(r["embed_cpu"], 1e-9)
            print(
                f"warm dossier / embedding its sentences, {n} articles: wall {ratio:.1f}x, "
                f"CPU {cpu:.1f}x (target <= 3x: {'met' if max(ratio, cpu) <= 3 else 'NOT met'})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
