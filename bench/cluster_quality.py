"""Clustering quality on the development corpus (../shared/corpus, 100 real articles, 10 events).

Runs `newsweave cluster FILE --format json` (in process, the exact command) on the corpus
with its `event_id` labels dropped, in the file's order and in shuffled orders, and prints
B-cubed precision / recall / F1 against the labels and the confusable pairs (named in
events.json) that ended up in one event. Then the incremental path: `newsweave ingest` of
the shuffled stream into a fresh store (no finishing pass), scored the same way.

    .venv/bin/python bench/cluster_quality.py [--seeds 5] [--no-ingest]

Skips (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import shared_or_exit  # noqa: E402
from newsweave.cli.main import cli  # noqa: E402
from newsweave.cluster.evaluate import bcubed  # noqa: E402


def load() -> tuple[list[dict[str, Any]], dict[str, str], list[tuple[str, str]]]:
    root = shared_or_exit("corpus")
    records = [
        json.loads(line)
        for line in (root / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    gold = {r["id"]: r["event_id"] for r in records}
    events = json.loads((root / "events.json").read_text(encoding="utf-8"))
    pairs = sorted(
        {tuple(sorted((e["event_id"], o))) for e in events for o in e.get("confusable_with", [])}
    )
    unlabeled = [{k: v for k, v in r.items() if k != "event_id"} for r in records]
    return unlabeled, gold, pairs  # type: ignore[return-value]


def write(records: list[dict[str, Any]], path: Path) -> None:
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )


def run_cluster(path: Path) -> dict[str, str]:
    result = CliRunner().invoke(cli, ["cluster", str(path), "--format", "json"])
    if result.exit_code != 0:
        raise SystemExit(f"cluster failed ({result.exit_code}): {result.output[-2000:]}")
    doc = json.loads(result.output)
    assert doc["schema"] == "newsweave.events/1"
    return {a: e["id"] for e in doc["events"] for a in e["articles"]}


def run_ingest(path: Path, db: Path) -> dict[str, str]:
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(path), "--db", str(db)])
    if result.exit_code != 0:
        raise SystemExit(f"ingest failed ({result.exit_code}): {result.output[-2000:]}")
    listed = runner.invoke(cli, ["events", "--db", str(db), "--format", "json", "--limit", "10000"])
    doc = json.loads(listed.output)
    return {a: e["id"] for e in doc["events"] for a in e["articles"]}


def merged_pairs(
    pred: dict[str, str], gold: dict[str, str], pairs: list[tuple[str, str]]
) -> list[str]:
    """Confusable pairs with articles of both events in one predicted event."""
    mixed: list[str] = []
    events: dict[str, Counter[str]] = {}
    for a, ev in pred.items():
        events.setdefault(ev, Counter())[gold[a]] += 1
    for x, y in pairs:
        n = sum(1 for c in events.values() if c[x] and c[y])
        if n:
            mixed.append(f"{x} + {y} ({n} event{'s' * (n > 1)})")
    return mixed


def report(labels: list[str], runs: list[tuple[float, float, float, list[str]]]) -> None:
    for label, (p, r, f, mixed) in zip(labels, runs, strict=True):
        print(
            f"  {label:12s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  merged confusables: {mixed or 'none'}"
        )
    ps, rs, fs = zip(*[(p, r, f) for p, r, f, _ in runs], strict=True)
    print(
        f"  mean over {len(runs)}: P {statistics.mean(ps):.3f}  R {statistics.mean(rs):.3f}  "
        f"F1 {statistics.mean(fs):.3f}  (min F1 {min(fs):.3f})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=5, help="shuffled orders to evaluate")
    ap.add_argument("--no-ingest", action="store_true", help="skip the incremental runs")
    args = ap.parse_args()
    records, gold, pairs = load()
    print(f"corpus: {len(records)} articles, {len(set(gold.values()))} events, confusable pairs:")
    for x, y in pairs:
        print(f"  {x} / {y}")
    orders = [records] + [
        random.Random(seed).sample(records, len(records)) for seed in range(1, args.seeds + 1)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for i, recs in enumerate(orders):
            path = Path(tmp) / f"order{i}.jsonl"
            write(recs, path)
            pred = run_cluster(path)
            assert sorted(pred) == sorted(gold), "every article must be in exactly one event"
            runs.append((*bcubed(pred, gold), merged_pairs(pred, gold, pairs)))
        labels = ["file order"] + [f"shuffle {i}" for i in range(1, len(orders))]
        print("\n`newsweave cluster` (batch: online pass + finishing pass), B-cubed:")
        report(labels, runs)
        # robustness: the same without the metadata that helps most (not a tuning target)
        for what, strip in (("published", "no published dates"), ("title", "no titles")):
            path = Path(tmp) / f"without-{what}.jsonl"
            write([{**r, what: None} for r in orders[1]], path)
            pred = run_cluster(path)
            p, r, f = bcubed(pred, gold)
            mixed = merged_pairs(pred, gold, pairs)
            print(f"  {strip:18s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  merged: {mixed or 'none'}")
        if not args.no_ingest:
            runs = []
            for i in range(1, len(orders)):
                path = Path(tmp) / f"order{i}.jsonl"
                pred = run_ingest(path, Path(tmp) / f"ingest{i}.db")
                runs.append((*bcubed(pred, gold), merged_pairs(pred, gold, pairs)))
            print(
                "\n`newsweave ingest` (incremental, shuffled stream, no finishing pass), B-cubed:"
            )
            report(labels[1:], runs)


if __name__ == "__main__":
    main()
