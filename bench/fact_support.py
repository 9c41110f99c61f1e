"""Where fact support F1 is lost on the dev corpus (../shared/corpus), gold fact by gold fact.

    .venv/bin/python bench/fact_support.py [EVENT_ID ...]

For each gold key fact, the dossier fact ../shared/eval/score.py matches it with (e5 >= FACT_SIM
and USE >= USE_SIM on the fact's text) and its support precision and recall, or why none
matches: "use" when a dossier fact passes e5 but not USE, "none" when none passes e5. The
closing lines count the kinds of loss: no match, recall short, precision short. Skips cleanly
when ../shared or the scorer's models are absent.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import corpus_events, load_records  # noqa: E402
from newsweave.dossier import build_dossier  # noqa: E402
from newsweave.embed import get_embedder  # noqa: E402
from quality import _scorer  # noqa: E402


def main(argv: list[str]) -> int:
    events, by_event = corpus_events()
    scorer = _scorer()
    if scorer is None:
        return 0
    embedder = get_embedder()
    losses: Counter[str] = Counter()
    f1s: list[float] = []
    for ev in events:
        if argv and ev["event_id"] not in argv:
            continue
        dossier = build_dossier(
            load_records(by_event[ev["event_id"]]), embedder=embedder, event_id=ev["event_id"]
        )
        texts = [f.text for f in dossier.facts]
        gold = [k["fact"] for k in ev["key_facts"]]
        print(f"=== {ev['event_id']}")
        if not texts:  # the scorer gives every gold fact 0 then
            losses["no match (no facts)"] += len(gold)
            f1s.extend(0.0 for _ in gold)
            print(f"no dossier facts: {len(gold)} gold facts at 0")
            continue
        sim = scorer.match_matrix(gold, texts)
        e5 = scorer.embed(gold) @ scorer.embed(texts).T  # the scorer caches its models
        for i, key in enumerate(ev["key_facts"]):
            j = int(np.argmax(sim[i]))
            if sim[i, j] < scorer.FACT_SIM:
                near = int(e5[i].argmax())
                why = "use" if e5[i, near] >= scorer.FACT_SIM else "none"
                losses[f"no match ({why})"] += 1
                f1s.append(0.0)
                print(f"[{key['id']}] 0.00 no match ({why}, e5 {e5[i, near]:.3f}) | {key['fact']}")
                print(f"      nearest: {texts[near][:140]}")
                continue
            pred = {c.article for c in dossier.facts[j].support}
            want = set(key["support"])
            hit = len(pred & want)
            f1 = 2 * hit / (len(pred) + len(want))
            f1s.append(f1)
            if hit < len(want):
                losses["recall short"] += 1
            if hit < len(pred):
                losses["precision short"] += 1
            print(
                f"[{key['id']}] {f1:.2f} P {hit}/{len(pred)} R {hit}/{len(want)} | {key['fact']}"
            )
            print(f"      matched: {texts[j][:140]}")
    if f1s:
        print(f"\ngold facts {len(f1s)}, mean support F1 (pooled) {np.mean(f1s):.3f}")
        for kind, n in sorted(losses.items()):
            print(f"  {kind:22} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
