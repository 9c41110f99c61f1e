"""Dossier speed: model load time, then warm dossier time for the seeds and the largest
corpus event (../shared). Target: under 1 s warm for a 10-article event on 2 cores.

    .venv/bin/python bench/speed.py [--repeat N]
    .venv/bin/python bench/speed.py --cold N   # cold start of `newsweave dossier`

`--cold N` runs `newsweave dossier` on the largest corpus event (10 articles) N times, each
in a fresh process, and prints the median wall time; then one more fresh process that
times the phases one after another (imports, reading + language + sentences, embedder
load, spaCy load per language, the rest of the dossier), with NER in that process.

Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, corpus_events, load_texts, shared_or_exit  # noqa: E402
from newsweave.dossier import build_dossier  # noqa: E402


def _stage_times(articles: list, embedder: object) -> dict[str, float]:
    """Wall time of each dossier stage once, on warm models (where the time goes)."""
    from newsweave.dossier import build_dossier

    out: dict[str, float] = {}
    build_dossier(articles, embedder=embedder, timings=out)
    return out


def _largest_event() -> tuple[str, list[dict]]:
    _, by_event = corpus_events()
    name = max(by_event, key=lambda k: sum(len(r["text"]) for r in by_event[k]))
    return name, by_event[name]


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cold(runs: int) -> int:
    """Median wall time of `newsweave dossier` in fresh processes, then one phase breakdown."""
    name, records = _largest_event()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "event.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records))
        cmd = [sys.executable, "-m", "newsweave.cli.main", "dossier", str(path)]
        cmd += ["-o", str(Path(tmp) / "out.json")]
        times, cpu = [], []
        for _ in range(runs):
            t, c = time.perf_counter(), _children_cpu()
            subprocess.run(cmd, check=True, capture_output=True)
            times.append(time.perf_counter() - t)
            cpu.append(_children_cpu() - c)
        # CPU seconds say what the work costs when other processes share the cores
        print(
            f"cold `newsweave dossier` on corpus:{name} ({len(records)} articles), {runs} runs: "
            f"wall median {statistics.median(times):.2f}s (min {min(times):.2f}s), "
            f"CPU median {statistics.median(cpu):.2f}s (min {min(cpu):.2f}s)"
        )
        # phases one after another: spaCy in this process (in the NER child, where the
        # command runs it, its loading overlaps the embedding and cannot be timed apart)
        env = {**os.environ, "NEWSWEAVE_NER_PROCESS": "0"}
        subprocess.run([sys.executable, __file__, "--phases", str(path)], check=True, env=env)
    return 0


def phases(path: str) -> int:
    """In this (fresh) process: the cold cost of each phase, in the order the CLI meets them."""
    t = time.perf_counter()
    marks: list[tuple[str, float]] = []

    def mark(label: str) -> None:
        nonlocal t
        now = time.perf_counter()
        marks.append((label, now - t))
        t = now

    from newsweave.cli.dossier_cmd import build, load_event

    mark("import the CLI")
    articles, _ = load_event([path])
    mark("read + language + sentences")
    from newsweave.embed import get_embedder

    get_embedder().encode(["warm up"])
    mark("embedder load")
    from newsweave.text.nlp import get_nlp

    for lang in sorted({a.lang for a in articles if a.lang}):
        if get_nlp(lang) is not None:
            mark(f"spaCy load ({lang})")
    build(articles)
    mark("rest of the dossier")
    for label, sec in marks:
        print(f"    {label:32} {sec:6.2f}s")
    print(f"    {'total':32} {sum(s for _, s in marks):6.2f}s")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold", type=int, default=0, metavar="N", help="cold-start runs")
    parser.add_argument("--phases", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phases:
        return phases(args.phases)
    shared_or_exit("")
    if args.cold:
        return cold(args.cold)
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

        name, records = _largest_event()
        cases.append((f"corpus:{name}", load_records(records)))
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
