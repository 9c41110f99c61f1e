"""Body extraction on real news pages: newsweave's ingest beside plain trafilatura, and a gate.

    .venv/bin/python bench/realworld.py            # per-page table, means, removals that hit the body
    .venv/bin/python bench/realworld.py --check    # exit 1 when a newsweave mean drops below its floor
    .venv/bin/python bench/realworld.py --update   # pin the current means as the floors

Reads ../shared/realworld/aeb-pages.tar.gz: the 181 pages of scrapinghub's
article-extraction-benchmark and `aeb_ground_truth.json` (the correct `articleBody` of
each). Skips cleanly (exit 0) when it is absent.

The metric is the benchmark's own: 4-word shingles of lower-cased `\\w+` tokens, true
and false positives and negatives counted per page and normalised by the page's total
(so long pages do not weigh more). "mean" is the mean of the per-page figures (the
figures the floors pin), "aggregate" the benchmark's sum of the normalised counts.

newsweave's text is what `newsweave inspect` prints for the page (`ingest.read`: trafilatura
with newsweave's options, then the cleaning rules). A removal "hits the body" when the
shingles it took out occur in the correct body more often than in what was kept.
The floors live in bench/realworld_baseline.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import shared_or_exit  # noqa: E402

BASELINE = Path(__file__).resolve().parent / "realworld_baseline.json"
TOLERANCE = 0.002  # floors are means over 181 pages; this absorbs rounding, not a regression
_TOKEN = re.compile(r"\w+")
N = 4


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def shingles(toks: list[str], n: int = N) -> Counter[tuple[str, ...]]:
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def match(true: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of the shingles, normalised to sum to 1 (the benchmark's `string_shingle_matching`)."""
    ts, ps = shingles(tokens(true)), shingles(tokens(pred))
    tp = fp = fn = 0
    for key in ts.keys() | ps.keys():
        t, p = ts.get(key, 0), ps.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def removal_hits(true: str, kept: str, removed: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The removals whose words belong to the correct body: their shingles (or, under 4 words,
    their whole word run) occur in the body more often than in the text kept."""
    true_toks = tokens(true)
    ts, ks = shingles(true_toks), shingles(tokens(kept))
    hits = []
    for text, reason in removed:
        toks = tokens(text)
        if not toks:
            continue
        if len(toks) >= N:
            hit = sum(
                1
                for key, count in shingles(toks).items()
                for _ in range(min(count, max(0, ts.get(key, 0) - ks.get(key, 0))))
            )
            hit_tokens = min(len(toks), hit + N - 1) if hit else 0
        else:
            n = len(toks)
            in_true = sum(1 for i in range(len(true_toks) - n + 1) if true_toks[i : i + n] == toks)
            in_kept = kept.lower().count(" ".join(toks)) if n > 1 else tokens(kept).count(toks[0])
            hit_tokens = n if in_true > in_kept else 0
        hits.append({"reason": reason, "tokens": len(toks), "hit": hit_tokens, "text": text})
    return hits


def run_page(args: tuple[str, str, str]) -> dict[str, Any]:
    key, path, true = args
    import trafilatura

    from newsweave.errors import Problem
    from newsweave.ingest import read

    html = Path(path).read_bytes()
    plain = trafilatura.extract(html) or ""
    ours, removed, problem = "", [], None
    for item in read([path]):
        if isinstance(item, Problem):
            problem = item.reason
        else:
            ours = item.text
            removed = [(r.text, r.reason) for r in item.provenance.removed]
    return {
        "key": key,
        "trafilatura": match(true, plain),
        "newsweave": match(true, ours),
        "removals": removal_hits(true, ours, removed),
        "problem": problem,
    }


def summarise(rows: list[dict[str, Any]], name: str) -> dict[str, float]:
    tp, fp, fn = (sum(r[name][i] for r in rows) for i in range(3))
    p, r, f = prf(tp, fp, fn)
    per_page = [prf(*row[name]) for row in rows]
    k = len(per_page) or 1
    return {
        "precision": round(sum(x[0] for x in per_page) / k, 4),
        "recall": round(sum(x[1] for x in per_page) / k, 4),
        "f1": round(sum(x[2] for x in per_page) / k, 4),
        "aggregate_precision": round(p, 4),
        "aggregate_recall": round(r, 4),
        "aggregate_f1": round(f, 4),
    }


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--check", action="store_true", help="exit 1 when a mean drops below its floor")
    ap.add_argument("--update", action="store_true", help="write the current means as floors")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--quiet", action="store_true", help="no per-page table or removal list")
    ap.add_argument("--json", type=Path, help="also write the per-page rows to this file")
    opts = ap.parse_args()

    archive = shared_or_exit("realworld") / "aeb-pages.tar.gz"
    if not archive.exists():
        print(f"skip: {archive} not found")
        return 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        truth = json.loads((Path(tmp) / "aeb_ground_truth.json").read_text(encoding="utf-8"))
        jobs = [
            (key, str(Path(tmp) / "aeb" / f"{key}.html"), item.get("articleBody") or "")
            for key, item in sorted(truth.items())
        ]
        with ProcessPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
            rows = list(pool.map(run_page, jobs, chunksize=4))
    elapsed = time.perf_counter() - started
    if opts.json:
        opts.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))

    if not opts.quiet:
        print(f"{'page':14} {'trafilatura P/R/F1':>22}   {'newsweave P/R/F1':>22}")
        for row in rows:
            t, n = prf(*row["trafilatura"]), prf(*row["newsweave"])
            note = f"  ({row['problem']})" if row["problem"] else ""
            print(
                f"{row['key'][:12]:14} {t[0]:6.3f} {t[1]:6.3f} {t[2]:6.3f}   "
                f"{n[0]:6.3f} {n[1]:6.3f} {n[2]:6.3f}{note}"
            )
    by_rule: dict[str, list[int]] = {}
    hit_list = []
    for row in rows:
        for h in row["removals"]:
            counts = by_rule.setdefault(h["reason"], [0, 0, 0])
            counts[0] += 1
            counts[1] += h["hit"]
            counts[2] += h["tokens"] - h["hit"]
            if h["hit"]:
                hit_list.append((row["key"][:12], h))
    if not opts.quiet and hit_list:
        print(
            "\nremovals that hit the correct body (page, rule, words of the body / words removed):"
        )
        for key, h in hit_list:
            excerpt = re.sub(r"\s+", " ", h["text"])[:90]
            print(f"  {key} {h['reason']:22} {h['hit']:4}/{h['tokens']:<4} {excerpt}")
    print("\nremovals by rule: count, words of the correct body removed, other words removed")
    for reason, (count, hit, other) in sorted(by_rule.items(), key=lambda kv: -kv[1][1]):
        print(f"  {reason:26} {count:5} {hit:6} {other:6}")

    means = {name: summarise(rows, name) for name in ("trafilatura", "newsweave")}
    print(f"\n{len(rows)} pages, {elapsed:.1f} s with {opts.jobs} process(es)")
    print(f"{'mean':12} {'precision':>9} {'recall':>7} {'F1':>6}   aggregate P/R/F1")
    for name, m in means.items():
        print(
            f"{name:12} {m['precision']:9.3f} {m['recall']:7.3f} {m['f1']:6.3f}   "
            f"{m['aggregate_precision']:.3f} {m['aggregate_recall']:.3f} {m['aggregate_f1']:.3f}"
        )

    if opts.update:
        BASELINE.write_text(json.dumps({"tolerance": TOLERANCE, "floors": means}, indent=2) + "\n")
        print(f"floors written to {BASELINE}")
        return 0
    if opts.check:
        return check(means)
    return 0


def check(means: dict[str, dict[str, float]]) -> int:
    """Compare newsweave's means with the floors (trafilatura's are kept for reference)."""
    if not BASELINE.exists():
        print(f"FAIL: no floors in {BASELINE} (run with --update)")
        return 1
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    tol = base.get("tolerance", TOLERANCE)
    floors = base["floors"]["newsweave"]
    failed = False
    for metric in ("precision", "recall", "f1"):
        now, floor = means["newsweave"][metric], floors[metric]
        ok = now >= floor - tol
        failed |= not ok
        print(
            f"{'PASS' if ok else 'FAIL'}: newsweave {metric} {now:.4f} (floor {floor:.4f}, tolerance {tol})"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
