"""Check the dossier of the seed event (../shared/seeds) against its gold.json.

    .venv/bin/python bench/seeds_check.py

Prints the issue's acceptance checks: the Lukashenko quote group (Q1), gold facts matched
by support (F1 >= 0.8), summary coverage of the 8 best-supported gold facts, facts unique to
their source (F15, F16, F17) and gold noise lines leaking into the dossier. Skips cleanly
when ../shared is absent.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import load_texts, shared_or_exit  # noqa: E402
from _gold import match_facts, summary_coverage  # noqa: E402
from newsweave.dossier import build_dossier  # noqa: E402
from newsweave.embed import get_embedder  # noqa: E402


def _noise_hits(dossier_dict: dict, noise: list[dict]) -> list[str]:
    """Gold noise lines found in the dossier outside the provenance lists of removed lines."""
    data = dict(dossier_dict)
    data["articles"] = [{k: v for k, v in a.items() if k != "removed"} for a in data["articles"]]
    blob = " ".join(json.dumps(data, ensure_ascii=False).split()).lower()
    return [n["text"] for n in noise if " ".join(n["text"].split()).lower()[:60] in blob]


def main() -> int:
    root = shared_or_exit("seeds")
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    articles = load_texts(sorted(root.glob("*.txt")))
    embedder = get_embedder()
    t0 = time.perf_counter()
    dossier = build_dossier(articles, embedder=embedder)
    elapsed = time.perf_counter() - t0
    ok = True

    print(f"seeds: {len(articles)} articles, {len(dossier.facts)} facts, dossier {elapsed:.2f}s")
    # 1. Q1: one quote group with the four articles, divergent, odd one out 000
    q1 = gold["quotes"][0]
    want = {v["article"] for v in q1["variants"]}
    odd = next(d["odd_one_out"] for d in gold["divergences"] if d["kind"] == "quote")
    best = max(
        dossier.quotes, key=lambda q: len({v.article for v in q.variants} & want), default=None
    )
    got = {v.article for v in best.variants} if best else set()
    q_ok = bool(best) and want <= got and best.divergent and best.odd_one_out == odd
    ok &= q_ok
    print(f"\n[{'PASS' if q_ok else 'FAIL'}] Q1 Lukashenko quote group")
    if best:
        print(
            f"  {best.id}: speaker={best.speaker!r} articles={len(want & got)}/{len(want)} "
            f"(+{len(got - want)} other) divergent={best.divergent} odd_one_out={best.odd_one_out}"
        )

    # 2. gold facts matched by support
    matches = match_facts(dossier, gold["key_facts"], embedder)
    hits = sum(m.f1 >= 0.8 for m in matches)
    oracle = sum(m.oracle_f1 >= 0.8 for m in matches)
    f_ok = hits >= 15
    ok &= f_ok
    print(
        f"\n[{'PASS' if f_ok else 'FAIL'}] gold facts with support F1 >= 0.8: {hits}/{len(matches)} "
        f"(text-matched, cos >= 0.5); any fact: {oracle}/{len(matches)}"
    )
    print(f"  {'gold':5} {'F1':>5} {'any':>5} {'cos':>5}  fact")
    for m, k in zip(matches, gold["key_facts"], strict=True):
        fid = m.fact.id if m.fact else "-"
        print(
            f"  {m.gold_id:5} {m.f1:5.2f} {m.oracle_f1:5.2f} {m.sim:5.2f}  {fid:4} {k['fact'][:70]}"
        )

    # 3. summary covers >= 6 of the 8 best-supported gold facts, citing only their articles
    top, covered, bad = summary_coverage(dossier, gold["key_facts"], 8, embedder)
    s_ok = len(covered) >= 6 and not bad
    ok &= s_ok
    print(
        f"\n[{'PASS' if s_ok else 'FAIL'}] summary covers {len(covered)}/8 top gold facts "
        f"{covered}; citing outside gold support: {bad or 'none'}"
    )
    for item in dossier.summary:
        print(f"  - [{item.fact}] {item.text[:90]}  {sorted(c[:3] for c in item.citations)}")

    # 4. unique facts
    u_ok = True
    print()
    for gid in ("F15", "F16", "F17"):
        k = next(k for k in gold["key_facts"] if k["id"] == gid)
        m = next(m for m in matches if m.gold_id == gid)
        art = k["support"][0]
        unique = dossier.coverage.get(art)
        good = m.fact is not None and unique is not None and m.fact.id in unique.unique
        u_ok &= good
        print(f"  {gid} -> {m.fact.id if m.fact else '-'} in coverage[{art[:3]}].unique: {good}")
    ok &= u_ok
    print(f"[{'PASS' if u_ok else 'FAIL'}] F15, F16, F17 unique to their source")

    # 5. noise lines
    leaks = _noise_hits(dossier.to_dict(), gold["noise_lines"])
    n_ok = not leaks
    ok &= n_ok
    print(f"\n[{'PASS' if n_ok else 'FAIL'}] gold noise lines in the dossier: {len(leaks)}")
    for line in leaks:
        print(f"  leaked: {line[:90]}")
    print(f"\noverall: {'PASS' if ok else 'FAIL'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
