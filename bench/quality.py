"""Dossier quality on the dev corpus (../shared/corpus), event by event, against events.json.

    .venv/bin/python bench/quality.py [EVENT_ID ...]

Columns: summary = share of the event's best-supported key facts (up to 8, stated by >= 2
articles) that the summary covers; cites-ok = share of those covered whose summary item
cites only gold-supporting articles; F1 = mean over key facts of the best support F1 of a
text-matched dossier fact; hit = key facts with F1 >= 0.8; quotes / divs = gold quote groups
and divergences matched (speaker surname + article overlap; article overlap). Skips cleanly
when ../shared is absent.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import corpus_events, load_records  # noqa: E402
from _gold import divergence_found, match_facts, quote_found, summary_coverage  # noqa: E402
from newsweave.dossier import build_dossier  # noqa: E402
from newsweave.embed import get_embedder  # noqa: E402


def main(argv: list[str]) -> int:
    events, by_event = corpus_events()
    embedder = get_embedder()
    wanted = set(argv) or {e["event_id"] for e in events}
    header = (f"{'event':34} {'arts':>4} {'summary':>8} {'cites-ok':>8} {'F1':>5} {'hit':>6} "
              f"{'quotes':>7} {'divs':>6} {'facts':>5} {'ours':>4} {'time':>6}")  # fmt: skip
    print(header)
    print("-" * len(header))
    tot = {"cov": 0, "top": 0, "cite": 0, "f1": 0.0, "hit": 0, "kf": 0, "q": 0, "nq": 0,
           "d": 0, "nd": 0}  # fmt: skip
    for ev in events:
        if ev["event_id"] not in wanted:
            continue
        articles = load_records(by_event[ev["event_id"]])
        t0 = time.perf_counter()
        dossier = build_dossier(articles, embedder=embedder, event_id=ev["event_id"])
        elapsed = time.perf_counter() - t0
        kf = ev["key_facts"]
        matches = match_facts(dossier, kf, embedder)
        n_top = min(8, sum(len(k["support"]) >= 2 for k in kf))
        _, covered, bad = summary_coverage(dossier, kf, n_top, embedder)
        q = sum(quote_found(dossier, g["speaker"], g["articles"]) for g in ev["quotes"])
        d = sum(divergence_found(dossier, g["articles"]) for g in ev["divergences"])
        f1 = sum(m.f1 for m in matches)
        hits = sum(m.f1 >= 0.8 for m in matches)
        cites_ok = len(covered) - len(bad)
        print(
            f"{ev['event_id']:34} {len(articles):4d} {len(covered):>3}/{n_top:<4} "
            f"{cites_ok:>3}/{len(covered):<4} {f1 / len(kf):5.2f} {hits:>3}/{len(kf):<2} "
            f"{q:>3}/{len(ev['quotes']):<3} {d:>2}/{len(ev['divergences']):<3} "
            f"{len(dossier.facts):5d} {len(dossier.divergences):4d} {elapsed:5.2f}s"
        )
        for key, val in (("cov", len(covered)), ("top", n_top), ("cite", cites_ok),
                         ("f1", f1), ("hit", hits), ("kf", len(kf)), ("q", q),
                         ("nq", len(ev["quotes"])), ("d", d), ("nd", len(ev["divergences"]))):  # fmt: skip
            tot[key] += val
    print("-" * len(header))
    print(
        f"{'overall':34} {'':4} {tot['cov'] / max(tot['top'], 1):8.0%} "
        f"{tot['cite'] / max(tot['cov'], 1):8.0%} {tot['f1'] / max(tot['kf'], 1):5.2f} "
        f"{tot['hit']:>3}/{tot['kf']:<2} {tot['q']:>3}/{tot['nq']:<3} {tot['d']:>2}/{tot['nd']:<3}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
